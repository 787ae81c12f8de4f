"""Redaction placeholders and the leak guard (DESIGN.md §4).

The leak guard compares every public text with every private value after folding both the
same way (`fold`): case-folded, diacritics and Arabic vowel marks removed, letter variants
unified, digits of every script made ASCII, every run of whitespace (line breaks included)
one space. It also looks for identifying patterns: e-mail addresses, phone numbers, links to
personal profiles and social handles, ID-like numbers. It returns every hit; workflow refuses
approval and publication while any remains that a moderator has not marked a false positive.

Matching errs towards reporting: a hit a moderator has to dismiss costs a minute, a missed
name can cost a person their safety.
"""
from __future__ import annotations

import dataclasses
import re
import unicodedata
from typing import Iterator

# Fixed labels, fixed length: a placeholder must not reveal the length or kind of what it hides
# beyond the category a moderator chose.
PLACEHOLDERS = {
    "name": "[name withheld]",
    "location": "[location withheld]",
    "date": "[date withheld]",
    "detail": "[detail withheld]",
}


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


@dataclasses.dataclass(frozen=True)
class GuardContext:
    """Private values kept outside an allegation's own sealed record, which the guard also looks for."""

    organisation_names: tuple[str, ...] = ()  # the submitting organisation's name, acronym and aliases
    submitter_names: tuple[str, ...] = ()  # the submitting person's name
    messages: tuple[str, ...] = ()  # bodies of the conversation (questions, answers, added information)


# ---------------------------------------------------------------------------------------------
# Folding.

# Letters that unicodedata does not decompose but readers treat as variants of one letter.
# Arabic: the orthographic variants search engines fold (as Lucene's ArabicNormalizer and
# PersianNormalizer do): alef wasla, alef maksura → yeh, teh marbuta → heh, Persian yeh and
# keheh, and the tatweel (a stretching stroke, no letter). Alef with hamza or madda decompose
# under NFKD and lose the mark like any diacritic. Latin: letters whose "diacritic" is drawn
# into the glyph (stroke, dotless i), which people drop when typing on another keyboard.
_LETTER_FOLDS = {
    "\u0671": "\u0627", "\u0649": "\u064a", "\u06cc": "\u064a", "\u0629": "\u0647",
    "\u06a9": "\u0643", "\u0640": "",
    "ø": "o", "ł": "l", "đ": "d", "ħ": "h", "ŧ": "t", "ı": "i", "ƚ": "l", "ɨ": "i",
    "æ": "ae", "œ": "oe",
    # One apostrophe and one hyphen, so "O’Brien" matches "O'Brien".
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u0060": "'", "\u00b4": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
}
_FOLD_CACHE: dict[str, str] = {}


def _fold_char(ch: str) -> str:
    """One character folded: "" when it folds away, " " for whitespace."""
    folded_ch = _FOLD_CACHE.get(ch)
    if folded_ch is not None:
        return folded_ch
    category = unicodedata.category(ch)
    if ch.isspace() or category == "Zs":
        result = " "
    elif category == "Nd":
        result = str(unicodedata.decimal(ch))  # Arabic-Indic, Devanagari, fullwidth digits
    elif category in ("Cf", "Mn", "Me", "Cc"):
        result = ""  # soft hyphens, zero-width joiners, bidi marks and lone combining marks hide nothing
    else:
        decomposed = unicodedata.normalize("NFKD", ch.casefold())
        base = "".join(c for c in decomposed if not unicodedata.combining(c)
                       and unicodedata.category(c) not in ("Mn", "Me", "Cf", "Cc")).casefold()
        result = "".join(_LETTER_FOLDS.get(c, c) for c in base)
        # Compatibility forms that decompose to spaces ("¨" is space + diaeresis) fold like one.
        result = " " if result.isspace() else "".join(result.split())
    _FOLD_CACHE[ch] = result
    return result


def fold(text: str) -> tuple[str, list[int]]:
    """Folded text and, for each folded character, the offset of its character in the original."""
    out: list[str] = []
    index: list[int] = []
    space_at = -1  # where a pending run of whitespace began
    for i, ch in enumerate(text):
        f = _fold_char(ch)
        if f == " ":
            if space_at < 0 and out:
                space_at = i
            continue
        if not f:
            continue
        if space_at >= 0:
            out.append(" ")
            index.append(space_at)
            space_at = -1
        out.append(f)
        if len(f) == 1:
            index.append(i)
        else:
            index.extend([i] * len(f))
    return "".join(out), index


def folded(text: str) -> str:
    """Text folded as the leak guard compares it."""
    return fold(text)[0]


# ---------------------------------------------------------------------------------------------
# Word boundaries by script.

# Scripts written without spaces between words: a name matches anywhere in the text.
_UNSPACED = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "THAI", "LAO", "KHMER", "MYANMAR", "TIBETAN",
             "YI ", "BOPOMOFO", "IDEOGRAPHIC")
_SCRIPT_CACHE: dict[str, str] = {}


def _script(ch: str) -> str:
    """'' for a non-word character, else unspaced, cyrillic, arabic or other."""
    script = _SCRIPT_CACHE.get(ch)
    if script is None:
        if not ch.isalnum():
            script = ""
        else:
            name = unicodedata.name(ch, "")
            if name.startswith(_UNSPACED):
                script = "unspaced"
            elif name.startswith("CYRILLIC"):
                script = "cyrillic"
            elif name.startswith("ARABIC"):
                script = "arabic"
            else:
                script = "other"
        _SCRIPT_CACHE[ch] = script
    return script


def _is_word(ch: str) -> bool:
    """A character that continues a word, so a name may not start or end next to it."""
    return bool(ch) and _script(ch) not in ("", "unspaced")


# Arabic writes conjunctions, prepositions and the article joined to the next word ("and Layla"
# is وليلى): a name may follow one of these prefixes (folded forms).
_ARABIC_PROCLITICS = frozenset({
    "\u0648", "\u0641", "\u0628", "\u0644", "\u0643",  # و ف ب ل ك
    "\u0627\u0644", "\u0644\u0644",  # ال لل
    "\u0648\u0627\u0644", "\u0641\u0627\u0644", "\u0628\u0627\u0644", "\u0643\u0627\u0644",  # وال فال بال كال
    "\u0648\u0644\u0644", "\u0641\u0644\u0644",  # ولل فلل
    "\u0648\u0628", "\u0648\u0644", "\u0648\u0643", "\u0641\u0628", "\u0641\u0644",  # وب ول وك فب فل
})
# Russian, Ukrainian, Belarusian names decline ("Петров", "Петрова", "Петровым"): a Cyrillic
# name matches with its final vowel or soft sign dropped and up to three letters of ending.
_CYRILLIC_ENDINGS = frozenset("аеиоуыэюяьіє")
_CYRILLIC_SUFFIX = 3


@dataclasses.dataclass(frozen=True)
class _Matcher:
    text: str  # folded, as searched for
    suffix: int  # letters of declension allowed after the match (Cyrillic)


def _matcher(needle: str) -> _Matcher:
    last_word = needle.rsplit(" ", 1)[-1]
    if len(last_word) >= 4 and _script(last_word[-1]) == "cyrillic":
        if last_word[-1] in _CYRILLIC_ENDINGS:
            return _Matcher(needle[:-1], _CYRILLIC_SUFFIX)
        return _Matcher(needle, _CYRILLIC_SUFFIX)
    return _Matcher(needle, 0)


def _left_bounded(haystack: str, start: int, first: str) -> bool:
    if not start or not _is_word(first) or not _is_word(haystack[start - 1]):
        return True
    if _script(first) != "arabic":
        return False
    word_start = start
    while word_start and _script(haystack[word_start - 1]) == "arabic":
        word_start -= 1
    if word_start and _is_word(haystack[word_start - 1]):
        return False
    return haystack[word_start:start] in _ARABIC_PROCLITICS


def _right_end(haystack: str, end: int, last: str, suffix: int) -> int:
    """Where a match ending at `end` really ends, or -1 when it ends inside another word."""
    if end >= len(haystack) or not _is_word(last) or not _is_word(haystack[end]):
        return end
    if not suffix:
        return -1
    stop = end
    while stop < len(haystack) and _script(haystack[stop]) == "cyrillic":
        stop += 1
    if stop - end > suffix or (stop < len(haystack) and _is_word(haystack[stop])):
        return -1
    return stop


def _find(haystack: str, matcher: _Matcher) -> Iterator[tuple[int, int]]:
    """Every (start, end) in the folded haystack where the matcher's needle stands as a word."""
    needle = matcher.text
    if not needle:
        return
    first, last = needle[0], needle[-1]
    start = haystack.find(needle)
    while start != -1:
        if _left_bounded(haystack, start, first):
            end = _right_end(haystack, start + len(needle), last, matcher.suffix)
            if end != -1:
                yield start, end
        start = haystack.find(needle, start + 1)


def _original_span(text: str, index: list[int], start: int, end: int) -> tuple[int, int]:
    """Offsets in the original text of folded [start, end), with marks that folded away."""
    o_start = index[start]
    o_end = index[end] if end < len(index) else len(text)
    o_end = max(o_end, index[end - 1] + 1)
    while o_end > o_start + 1 and text[o_end - 1].isspace():
        o_end -= 1
    return o_start, o_end


# ---------------------------------------------------------------------------------------------
# Private values.

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# "name [at] example [dot] org": the way people write an address to hide it from robots.
_EMAIL_SPELLED = re.compile(
    r"(?<![\w.+-])[\w.+-]+\s?[\[(]\s?(?:at|@)\s?[\])]\s?[\w-]+(?:\s?(?:[\[(]\s?(?:dot|\.)\s?[\])]|\.)\s?[\w-]+)+",
    re.IGNORECASE)
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"]+", re.IGNORECASE)
_LABEL = re.compile(r"^\s*[^\W\d][\w .-]{0,24}:\s*(?!//)")  # "Tel:", "Signal:", "WhatsApp:"
_PHONE_IN_CONTACT = re.compile(r"(?:\+|\(|\b)\d[\d \t().-]{5,}\d")


def private_needles(private, public_names=()) -> list[tuple[str, str, str]]:
    """(folded needle, kind, source field) for every private value the guard looks for.

    A victim's name is left out only when consent to naming is recorded and a moderator put
    that exact name in the public names.
    """
    needles: set[tuple[str, str, str]] = set()

    def add(value: str, kind: str, source: str, *, min_len: int = 3) -> None:
        f = folded(value or "").strip(" ,;:.!?")
        if len(f) >= min_len:
            needles.add((f, kind, source))

    consented = {folded(n) for n in public_names} if private.consent_to_naming else set()
    for name in private.victim_names:
        full = folded(name)
        if not full or full in consented:
            continue
        # The whole name even when short: two-character Chinese names are common.
        add(name, "name", "victim_names", min_len=2)
        for word in full.split(" "):
            add(word, "name", "victim_names")  # "okonkwo-haddad" as one hit, not two
            for part in re.split(r"[-,;/().'\"]+", word):
                add(part, "name", "victim_names")  # each part longer than two letters

    for value in (private.victim_contacts, private.source_contact):
        for line in re.split(r"[\n;,]+", value or ""):
            rest = line
            for pattern in (_EMAIL, _URL, _PHONE_IN_CONTACT):
                for match in pattern.finditer(rest):
                    found = _strip_trailing(match.group())
                    add(found, "contact", "contacts", min_len=4)
                    if pattern is _URL:
                        address = re.sub(r"^(?:https?://)?(?:www\.)?", "", found, flags=re.I)
                        add(address, "contact", "contacts", min_len=4)
                        handle = address.rstrip("/").rsplit("/", 1)[-1].lstrip("@")
                        if "/" in address.rstrip("/"):
                            add(handle, "contact", "contacts", min_len=4)
                rest = pattern.sub(" ", rest)
            for handle in re.findall(r"(?<![\w@])@([\w.]{3,})", rest):
                add(handle, "contact", "contacts", min_len=4)
            add(_LABEL.sub("", rest), "contact", "contacts", min_len=4)
            add(line, "contact", "contacts", min_len=4)

    for line in re.split(r"\n+", private.exact_location or ""):
        add(line, "location", "exact_location", min_len=4)
        for piece in re.split(r"[,;]+", line):
            add(piece, "location", "exact_location", min_len=4)
            street = re.sub(r"^[\d\s/-]+(?:bis|ter)?\s|\s[\d\s/-]+$", "", piece.strip())
            if " " in street.strip():
                add(street, "location", "exact_location", min_len=4)  # "Rue des Oliviers" without its number

    for number in private.id_numbers:
        add(number, "id_number", "id_numbers", min_len=3)
        for digits in re.findall(r"\d{5,}", folded(number)):
            add(digits, "id_number", "id_numbers")  # "TN-4471902" also as "4471902"

    for line in re.split(r"[\n;]+", private.identifying_details or ""):
        add(line, "detail", "identifying_details", min_len=5)
    # Longest first, so a full name is reported as one hit rather than as its parts.
    return sorted(needles, key=lambda n: (-len(n[0]), n))


def _exempt_by_region(needles, region: str) -> list[tuple[str, str, str]]:
    """Leave out single-word pieces of the exact location that the public region already names.

    The moderator chose to publish the place at region precision ("Sfax governorate"); the city
    in the street address ("14 Rue des Oliviers, Sfax") says no more than that. The street, the
    full address and any piece with a number still hit everywhere, the region field included.
    """
    region_words = set(folded(region or "").split(" "))
    return [n for n in needles if not (
        n[1] == "location" and " " not in n[0] and not any(c.isdigit() for c in n[0])
        and n[0] in region_words)]


def _value_hits(field: str, text: str, needles) -> list[LeakHit]:
    haystack, index = fold(text)
    hits: list[LeakHit] = []
    taken = bytearray(len(haystack))  # folded positions already inside a (longer) hit
    for needle, kind, source in needles:
        for start, end in _find(haystack, _matcher(needle)):
            if taken.find(1, start, end) != -1:
                continue
            taken[start:end] = b"\x01" * (end - start)
            o_start, o_end = _original_span(text, index, start, end)
            hits.append(LeakHit(field, o_start, o_end, text[o_start:o_end], kind, source))
    return hits


# ---------------------------------------------------------------------------------------------
# Identifying patterns.

_SOCIAL_HOSTS = (
    "facebook.com", "fb.com", "fb.me", "m.me", "messenger.com", "twitter.com", "x.com", "instagram.com",
    "instagr.am", "linkedin.com", "t.me", "telegram.me", "telegram.dog", "vk.com", "vk.ru", "ok.ru",
    "tiktok.com", "youtube.com", "youtu.be", "wa.me", "whatsapp.com", "threads.net", "bsky.app",
    "github.com", "gitlab.com", "weibo.com", "weibo.cn", "douyin.com", "reddit.com", "pinterest.com",
    "snapchat.com", "signal.me", "medium.com", "substack.com", "patreon.com", "flickr.com",
    "soundcloud.com", "tumblr.com", "truthsocial.com", "gettr.com", "rumble.com", "line.me",
    "viber.com", "qq.com", "skype.com", "discord.com", "discord.gg", "twitch.tv", "onlyfans.com",
    "mastodon.social", "mstdn.social", "linktr.ee",
)
# Hosts where the person is the subdomain: jose.substack.com.
_PERSONAL_SUBDOMAIN_HOSTS = ("substack.com", "medium.com", "tumblr.com", "blogspot.com", "wordpress.com",
                             "livejournal.com", "github.io", "bsky.social")
_BARE_SOCIAL = "|".join(re.escape(h) for h in sorted(_SOCIAL_HOSTS, key=len, reverse=True))
_ANY_URL = re.compile(
    r"(?:(?:https?://|www\.)[^\s<>\"]+"
    r"|(?<![\w@.-])(?:[a-z0-9-]+\.)*(?:" + _BARE_SOCIAL + r")/[^\s<>\"]+)",
    re.IGNORECASE)
_TRAILING = ".,;:!?'\"»”’…>"
_HANDLE = re.compile(r"(?<![\w@./+-])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?")

# Public identifiers masked before looking for phone and ID-like numbers: the registry's own
# references, UN document symbols (A/HRC/55/3, CCPR/C/GC/34, S/RES/2250 (2015)), dates, spans
# of years. They are public facts, not personal data.
_PUBLIC_IDENTIFIERS = [
    re.compile(r"\bRR-\d{4}-\d{4,}\b"),
    re.compile(r"(?<![\w/])(?:A|S|E|ST|CAT|CCPR|CED|CEDAW|CERD|CESCR|CMW|CRC|CRPD|SPT|HRI|UNEP|DP|TD)"
               r"(?:/[A-Za-z0-9.()-]+)+(?:\s\((?:19|20)\d{2}\))?"),
    re.compile(r"(?<![\d.-])\d{4}[-./]\d{1,2}[-./]\d{1,2}(?![-./]?\d)"),  # 2024-03-15
    re.compile(r"(?<![\d.-])\d{1,2}\s?[-./]\s?\d{1,2}\s?[-./]\s?(?:\d{4}|\d{2})(?![-./]?\d)"),  # 15.03.2024
    re.compile(r"(?<![\d.-])(?:1[89]|20)\d{2}\s?[-–/]\s?(?:(?:1[89]|20)\d{2}|\d{2})(?![-./]?\d)"),  # 2019-2024
]
# A phone number: international (+, 00) or local (leading 0, area code in parentheses) or a
# grouping typical of phone numbers; 7 to 15 digits (ITU-T E.164 has at most 15).
_PHONE_RUN = re.compile(r"(?:(?<![\w/+])[+(]\s?|(?<![\w/+.-]))\d[\d \t\u00a0\u202f().-]*\d(?![\w/]|[.,-]\d)")
# ID-like: passport and ID card numbers (one to three letters and five or more digits, or digits
# and a check letter), or a run of seven or more digits that is not a round number.
_ID_LIKE = re.compile(r"(?<![\w/-])(?:[A-Z]{1,3}-?\d{5,12}|\d{5,12}-?[A-Z]{1,2}|\d{7,})(?![\w/]|-\w)")


def _strip_trailing(url: str) -> str:
    """A URL without the sentence punctuation after it; a closing bracket stays if it is paired."""
    while url:
        last = url[-1]
        if last in _TRAILING:
            url = url[:-1]
        elif last in ")]}" and url.count({")": "(", "]": "[", "}": "{"}[last]) < url.count(last):
            url = url[:-1]
        else:
            break
    return url


def _is_profile_url(url: str) -> bool:
    address = re.sub(r"^(?:https?://)?", "", url, flags=re.IGNORECASE)
    host, _, path = address.partition("/")
    host = host.split("?")[0].split("#")[0].split(":")[0].lower()
    host = re.sub(r"^(?:www|m|mobile)\.", "", host)
    path = path.split("?")[0].split("#")[0].strip("/")
    if any(host.endswith("." + h) and host != "www." + h for h in _PERSONAL_SUBDOMAIN_HOSTS):
        return True
    if path.startswith("@"):
        return True  # Mastodon and other fediverse servers, Medium, YouTube: /@someone
    return bool(path) and any(host == h or host.endswith("." + h) for h in _SOCIAL_HOSTS)


def _mask(shadow: str, spans) -> str:
    chars = list(shadow)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _shadow(text: str) -> str:
    """Same length as text, with compatibility forms (fullwidth ＋０７９...) made plain."""
    out = []
    for ch in text:
        if ch.isascii():
            out.append(ch)
        else:
            n = unicodedata.normalize("NFKC", ch)
            out.append(n if len(n) == 1 else ch)
    return "".join(out)


def _looks_like_phone(run: str) -> bool:
    digits = "".join(str(unicodedata.decimal(c)) for c in run if c.isdecimal())
    if not 7 <= len(digits) <= 15:
        return False
    if run.startswith("+") or digits.startswith("0"):
        return True
    groups = re.findall(r"\d+", run)
    if len(groups) == 1:
        return False  # a bare run of digits: the ID-like rule decides
    separators = set(re.sub(r"[\d()]", "", run).replace(" ", "") or " ")
    if separators <= {"."} and len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]):
        return False  # 1.200.000: a number with thousands separators
    if all(len(g) == 4 and g[:2] in ("18", "19", "20") for g in groups):
        return False  # years side by side
    if len(groups) == 2:
        return len(groups[0]) <= 3 and len(groups[1]) >= 4  # 555 1234, not 2250 (2015)
    return True


def _pattern_hits(field: str, text: str, placeholders: list[tuple[int, int]]) -> list[LeakHit]:
    hits: list[LeakHit] = []
    shadow = _mask(_shadow(text), placeholders)

    def add(start: int, end: int, kind: str) -> None:
        hits.append(LeakHit(field, start, end, text[start:end], kind, "pattern"))

    masked: list[tuple[int, int]] = []
    for pattern in (_EMAIL, _EMAIL_SPELLED):
        for match in pattern.finditer(shadow):
            add(match.start(), match.end(), "email")
            masked.append(match.span())
        shadow = _mask(shadow, masked)
    for match in _ANY_URL.finditer(shadow):
        url = _strip_trailing(match.group())
        if _is_profile_url(url):
            add(match.start(), match.start() + len(url), "profile_url")
        masked.append((match.start(), match.start() + len(url)))  # other links are public sources
    shadow = _mask(shadow, masked)
    for match in _HANDLE.finditer(shadow):
        if len(match.group()) > 2:
            add(match.start(), match.end(), "profile_url")  # @handle: a profile without its link
            masked.append(match.span())
    shadow = _mask(shadow, masked)
    for pattern in _PUBLIC_IDENTIFIERS:
        shadow = pattern.sub(lambda m: " " * len(m.group()), shadow)
    for match in _PHONE_RUN.finditer(shadow):
        run = match.group()
        if _looks_like_phone(run):
            start = match.start()
            if run.startswith("(") and run.count("(") > run.count(")"):
                start += 1
            add(start, match.end(), "phone")
            masked.append((start, match.end()))
    shadow = _mask(shadow, masked)
    for match in _ID_LIKE.finditer(shadow):
        value = match.group()
        if value.isdigit() and re.search(r"0000$", value):
            continue  # 1000000: a round number, not somebody's identity card
        add(match.start(), match.end(), "id_like")
    return hits


def _placeholder_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for placeholder in PLACEHOLDERS.values():
        start = text.find(placeholder)
        while start != -1:
            spans.append((start, start + len(placeholder)))
            start = text.find(placeholder, start + 1)
    return spans


# ---------------------------------------------------------------------------------------------
# The guard.

def _marks(length: int, spans) -> bytearray:
    """A byte per character of a text, 1 inside any of the spans: overlap tests in linear time."""
    marks = bytearray(length)
    for start, end in spans:
        marks[start:end] = b"\x01" * (end - start)
    return marks


def leak_hits(texts: dict[str, str], private, public_names=(), context: GuardContext | None = None) -> list[LeakHit]:
    """Every private value and identifying pattern found in the given public texts.

    `texts` maps public field names to their text (workflow.public_texts); hits come back in
    the order of the fields given, then by position.
    """
    needles = _exempt_by_region(private_needles(private, public_names), texts.get("region", ""))
    hits: list[LeakHit] = []
    order = {field: i for i, field in enumerate(texts)}
    for field, text in texts.items():
        if not text:
            continue
        placeholders = _placeholder_spans(text)
        patterns = _pattern_hits(field, text, placeholders)
        # A whole e-mail address or profile URL is one hit, even when it contains a name.
        wide = _marks(len(text), [(h.start, h.end) for h in patterns if h.kind in ("email", "profile_url")])
        hidden = _marks(len(text), placeholders)
        value_hits = [h for h in _value_hits(field, text, needles)
                      if wide.find(0, h.start, h.end) != -1 and hidden.find(1, h.start, h.end) == -1]
        covered = _marks(len(text), [(h.start, h.end) for h in value_hits])
        hits.extend(value_hits)
        hits.extend(h for h in patterns if h.kind in ("email", "profile_url")
                    or covered.find(1, h.start, h.end) == -1)
    return sorted(hits, key=lambda h: (order[h.field], h.start, -h.end))


def unresolved(hits: list[LeakHit], false_positives: list[dict]) -> list[LeakHit]:
    """The hits a moderator has not marked harmless.

    A false positive clears its text (compared folded) in every public field of the allegation:
    a moderator judges a text, and a follow-up or correction quoting it again must not be
    blocked by the same question twice.
    """
    cleared = {folded(fp.get("text", "")) for fp in false_positives} - {""}
    return [h for h in hits if folded(h.text) not in cleared]


def redact(text: str, spans: list[tuple[int, int, str]]) -> str:
    """Replace each (start, end, label) span of text by its placeholder.

    Spans may come in any order; overlapping spans become one placeholder (the label of the
    span that starts first), so redacting a name and its surname together leaves no fragment.
    """
    ordered = sorted(spans, key=lambda s: (s[0], -s[1]))
    merged: list[list] = []
    for start, end, label in ordered:
        if label not in PLACEHOLDERS:
            raise ValueError(f"Unknown redaction label: {label!r}.")
        if not 0 <= start < end <= len(text):
            raise ValueError(f"Redaction span {start}-{end} lies outside the text.")
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end, label])
    out = []
    at = 0
    for start, end, label in merged:
        out.append(text[at:start])
        out.append(PLACEHOLDERS[label])
        at = end
    out.append(text[at:])
    return "".join(out)


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Every place the needle stands in text, found exactly as the leak guard finds it.

    Folded, whole words only ("Ali" is not in "Alice"), Cyrillic declensions and Arabic
    prefixes included, so that redacting every occurrence clears the guard's hits.
    """
    target = folded(needle)
    if not target:
        return []
    haystack, index = fold(text)
    found: list[tuple[int, int]] = []
    last_end = 0
    for start, end in _find(haystack, _matcher(target)):
        if start < last_end:
            continue
        last_end = end
        found.append(_original_span(text, index, start, end))
    return found
