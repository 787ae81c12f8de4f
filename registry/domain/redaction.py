"""Redaction placeholders and the leak guard (DESIGN.md §4).

The leak guard compares every public text with every private value after folding both the
same way: case-folded, diacritics removed, every run of whitespace (line breaks included) one
space. It also looks for identifying patterns (e-mails, phone numbers, profile URLs, ID-like
numbers). It returns every hit; workflow refuses approval and publication while any remains
that a moderator has not marked a false positive.
"""
from __future__ import annotations

import dataclasses
import re
import unicodedata

# Fixed labels, fixed length: a placeholder must not reveal the length or kind of what it hides
# beyond the category a moderator chose.
PLACEHOLDERS = {
    "name": "[name withheld]",
    "location": "[location withheld]",
    "date": "[date withheld]",
    "detail": "[detail withheld]",
}

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+", re.IGNORECASE)
_PROFILE_HOSTS = re.compile(
    r"(?:^|\.|//)(?:facebook\.com|fb\.com|twitter\.com|x\.com|instagram\.com|linkedin\.com|t\.me|"
    r"telegram\.me|vk\.com|ok\.ru|tiktok\.com|youtube\.com|youtu\.be|wa\.me|whatsapp\.com|"
    r"threads\.net|bsky\.app|mastodon\.[a-z]+|github\.com|weibo\.com|wechat\.com|signal\.me)",
    re.IGNORECASE,
)
# Phone numbers: international (+, 00) or local with a leading 0 or parentheses; 7+ digits.
_PHONE = re.compile(r"(?<![\w/])(?:\+|00)?\(?\d[\d\s().-]{5,}\d(?![\w/])")
_DATE_LIKE = re.compile(r"^\s*(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})\s*$")
# ID-like: six or more digits, or letters and digits mixed (passport and ID card numbers).
_ID_LIKE = re.compile(r"(?<![\w-])(?=[A-Z0-9-]*\d)(?:[A-Z]{1,3}-?\d{5,}|\d{6,}[A-Z]?)(?![\w-])", re.IGNORECASE)
# UN document symbols and registry references are public identifiers, not personal ones.
_PUBLIC_SYMBOL = re.compile(r"(?:RR-\d{4}-\d{4}|[A-Z]{1,4}/[A-Z0-9./-]+|\bRES/\d+)")


@dataclasses.dataclass(frozen=True)
class LeakHit:
    field: str  # the public field, e.g. "summary" or "follow_up:12"
    start: int  # offsets in that field's text
    end: int
    text: str  # the text found in the public field
    kind: str  # name, contact, location, id_number, detail, email, phone, profile_url, id_like
    source: str  # which private field it matches, or "pattern"

    def as_dict(self) -> dict:
        return dataclasses.asdict(self)


def fold(text: str) -> tuple[str, list[int]]:
    """Folded text and, for each folded character, its offset in the original."""
    out: list[str] = []
    index: list[int] = []
    pending_space = False
    for i, ch in enumerate(text):
        if ch.isspace() or unicodedata.category(ch) in ("Zs", "Cf"):
            pending_space = bool(out)
            continue
        decomposed = unicodedata.normalize("NFKD", ch)
        base = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
        if not base:
            continue
        if pending_space:
            out.append(" ")
            index.append(i)
            pending_space = False
        for c in base:
            out.append(c)
            index.append(i)
    return "".join(out), index


def folded(text: str) -> str:
    return fold(text)[0]


def _is_word(ch: str) -> bool:
    if not ch:
        return False
    if not ch.isalnum():
        return False
    # Scripts written without spaces between words (Han, kana, Thai...) have no word boundary.
    name = unicodedata.name(ch, "")
    return not any(s in name for s in ("CJK", "HIRAGANA", "KATAKANA", "THAI", "HANGUL"))


def private_needles(private, public_names=()) -> list[tuple[str, str, str]]:
    """(folded needle, kind, source field) for every private value the guard looks for.

    A victim's name is left out only when consent to naming is recorded and a moderator put
    that exact name in the public names.
    """
    needles: list[tuple[str, str, str]] = []

    def add(value: str, kind: str, source: str, *, parts: bool = False, min_len: int = 3):
        f = folded(value or "").strip(" ,;.")
        if len(f) >= min_len:
            needles.append((f, kind, source))
        if parts:
            for part in re.split(r"[\s,;/()]+|(?<=\w)-(?=\w)", f):
                part = part.strip(".'’\"")
                if len(part) > 2 and part != f:
                    needles.append((part, kind, source))

    consented = {folded(n) for n in public_names} if private.consent_to_naming else set()
    for name in private.victim_names:
        if folded(name) in consented:
            continue
        add(name, "name", "victim_names", parts=True)
    for value in (private.victim_contacts, private.source_contact):
        for token in re.split(r"[\n;,]+", value or ""):
            add(token, "contact", "contacts", min_len=4)
            for match in _EMAIL.finditer(token):
                add(match.group(), "contact", "contacts")
    for part in re.split(r"\n+", private.exact_location or ""):
        add(part, "location", "exact_location", parts=False)
        for piece in re.split(r"[,;]+", part):
            add(piece, "location", "exact_location", min_len=4)
    for number in private.id_numbers:
        add(number, "id_number", "id_numbers", min_len=3)
    for line in re.split(r"[\n;]+", private.identifying_details or ""):
        add(line, "detail", "identifying_details", min_len=5)
    # Longest first, so a full name is reported as one hit rather than as its parts.
    return sorted(set(needles), key=lambda n: -len(n[0]))


def _value_hits(field: str, text: str, needles) -> list[LeakHit]:
    haystack, index = fold(text)
    hits: list[LeakHit] = []
    taken: list[tuple[int, int]] = []
    for needle, kind, source in needles:
        start = haystack.find(needle)
        while start != -1:
            end = start + len(needle)
            before = haystack[start - 1] if start else ""
            after = haystack[end] if end < len(haystack) else ""
            bounded = not (_is_word(needle[0]) and _is_word(before)) and not (_is_word(needle[-1]) and _is_word(after))
            if bounded and not any(s < end and start < e for s, e in taken):
                taken.append((start, end))
                o_start, o_end = index[start], index[end - 1] + 1
                hits.append(LeakHit(field, o_start, o_end, text[o_start:o_end], kind, source))
            start = haystack.find(needle, start + 1)
    return hits


def _pattern_hits(field: str, text: str) -> list[LeakHit]:
    hits: list[LeakHit] = []
    for match in _EMAIL.finditer(text):
        hits.append(LeakHit(field, match.start(), match.end(), match.group(), "email", "pattern"))
    for match in _URL.finditer(text):
        if _PROFILE_HOSTS.search(match.group()):
            hits.append(LeakHit(field, match.start(), match.end(), match.group(), "profile_url", "pattern"))
    public_symbols = [m.span() for m in _PUBLIC_SYMBOL.finditer(text)]

    def free(s: int, e: int) -> bool:
        spans = public_symbols + [(h.start, h.end) for h in hits]
        return not any(a < e and s < b for a, b in spans)

    for match in _PHONE.finditer(text):
        value = match.group().strip()
        digits = sum(c.isdigit() for c in value)
        if digits < 7 or _DATE_LIKE.match(value) or re.fullmatch(r"\d{4}\s*[-–]\s*\d{4}", value):
            continue
        s = match.start() + (len(match.group()) - len(match.group().lstrip()))
        e = s + len(value)
        if free(s, e):
            hits.append(LeakHit(field, s, e, text[s:e], "phone", "pattern"))
    for match in _ID_LIKE.finditer(text):
        if free(match.start(), match.end()):
            hits.append(LeakHit(field, match.start(), match.end(), match.group(), "id_like", "pattern"))
    return hits


def leak_hits(texts: dict[str, str], private, public_names=()) -> list[LeakHit]:
    """Every private value and identifying pattern found in the given public texts."""
    needles = private_needles(private, public_names)
    hits: list[LeakHit] = []
    for field, text in texts.items():
        if not text:
            continue
        patterns = _pattern_hits(field, text)
        # A whole e-mail address or profile URL is one hit, even when it contains a name.
        wide = [(h.start, h.end) for h in patterns if h.kind in ("email", "profile_url")]
        value_hits = [h for h in _value_hits(field, text, needles)
                      if not any(s <= h.start and h.end <= e for s, e in wide)]
        covered = [(h.start, h.end) for h in value_hits]
        hits.extend(value_hits)
        hits.extend(h for h in patterns if h.kind in ("email", "profile_url")
                    or not any(s < h.end and h.start < e for s, e in covered))
    return sorted(hits, key=lambda h: (h.field, h.start))


def unresolved(hits: list[LeakHit], false_positives: list[dict]) -> list[LeakHit]:
    """The hits a moderator has not marked harmless (matched on folded text, in any field)."""
    cleared = {folded(fp.get("text", "")) for fp in false_positives}
    return [h for h in hits if folded(h.text) not in cleared]


def redact(text: str, spans: list[tuple[int, int, str]]) -> str:
    """Replace each (start, end, label) span of text by its placeholder; spans may come in any order."""
    out = text
    for start, end, label in sorted(spans, key=lambda s: s[0], reverse=True):
        out = out[:start] + PLACEHOLDERS[label] + out[end:]
    return out


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Every place the needle occurs in text, folded as the leak guard folds."""
    haystack, index = fold(text)
    target = folded(needle)
    found, start = [], haystack.find(target) if target else -1
    while start != -1:
        found.append((index[start], index[start + len(target) - 1] + 1))
        start = haystack.find(target, start + len(target))
    return found
