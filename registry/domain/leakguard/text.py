"""How the leak guard reads a text: decoded, folded, cut into words, with offsets kept.

Every step keeps, for each character it produces, the span of the original text it came from,
so a hit found in the folded text is shown to the moderator exactly where it stands.

- decode: percent-encoding (a name in a quoted link), HTML entities, a word hyphenated across a
  line break, and spelled-out e-mail addresses ("k.barsky (at) proton (dot) me");
- fold: case, diacritics, Arabic vowel marks and letter variants, digits of every script, every
  run of whitespace one space; zero-width characters, bidirectional controls and soft hyphens
  removed; look-alike letters of another script inside a word read as the word's own script
  (UTS #39 confusables: a Cyrillic "е" inside "Kravets").
"""
from __future__ import annotations

import dataclasses
import html
import re
import unicodedata
from functools import lru_cache
from urllib.parse import unquote

# Letters that unicodedata does not decompose but readers treat as variants of one letter.
# Arabic: the orthographic variants search engines fold (as Lucene's ArabicNormalizer and
# PersianNormalizer do): alef wasla, alef maksura → yeh, teh marbuta → heh, Persian yeh and
# keheh, the tatweel. Latin: letters whose "diacritic" is drawn into the glyph.
LETTER_FOLDS = {
    "\u0671": "\u0627", "\u0649": "\u064a", "\u06cc": "\u064a", "\u0629": "\u0647",
    "\u06a9": "\u0643", "\u0640": "",
    "ø": "o", "ł": "l", "đ": "d", "ħ": "h", "ŧ": "t", "ı": "i", "ƚ": "l", "ɨ": "i",
    "æ": "ae", "œ": "oe", "ß": "ss", "þ": "th", "ð": "d",
    # One apostrophe and one hyphen, so "O’Brien" matches "O'Brien".
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u0060": "'", "\u00b4": "'", "\u02b9": "'", "\u02bb": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
}


@dataclasses.dataclass
class Mapped:
    """A derived text and, for each of its characters, the original span it stands for."""

    text: str
    starts: list[int]
    ends: list[int]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of derived characters [start, end)."""
        return self.starts[start], self.ends[end - 1]


def identity(text: str) -> Mapped:
    return Mapped(text, list(range(len(text))), list(range(1, len(text) + 1)))


# ---------------------------------------------------------------------------------------------
# Decoding.

_PERCENT = re.compile(r"(?:%[0-9A-Fa-f]{2})+")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# "Kra-\nvets": a word broken at the end of a line joins again.
_LINE_HYPHEN = re.compile(r"(?<=\w)[-\u00ad\u2010](?:[ \t]*\r?\n[ \t]*|[ \t]+(?=[^\W\d_]*[a-zà-ÿа-я]\b))(?=\w)")
# "P a v e l": a name written with its letters apart reads as the name.
_SPACED_LETTERS = re.compile(r"(?<!\S)(?:[^\W\d_] ){3,}[^\W\d_](?!\S)")
_DECODERS = re.compile("|".join(f"(?P<g{i}>{p.pattern})" for i, p in enumerate(
    (_PERCENT, _ENTITY, _LINE_HYPHEN, _SPACED_LETTERS))))


def _decode_match(match: re.Match) -> str:
    raw = match.group()
    if match.lastgroup == "g0":
        decoded = unquote(raw, errors="strict") if _valid_utf8(raw) else raw
        return decoded.replace("+", " ")
    if match.lastgroup == "g1":
        return html.unescape(raw)
    if match.lastgroup == "g3":
        return raw.replace(" ", "")
    return ""


def _valid_utf8(percent: str) -> bool:
    try:
        bytes.fromhex(percent.replace("%", "")).decode("utf-8")
        return True
    except ValueError:
        return False


def decode(text: str) -> Mapped:
    """Percent-encoding, HTML entities and line-end hyphenation undone, offsets kept."""
    if "%" not in text and "&" not in text and "-" not in text and not _SPACED_LETTERS.search(text):
        return identity(text)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    at = 0
    for match in _DECODERS.finditer(text):
        for i in range(at, match.start()):
            out.append(text[i])
            starts.append(i)
            ends.append(i + 1)
        for ch in _decode_match(match):
            out.append(ch)
            starts.append(match.start())
            ends.append(match.end())
        at = match.end()
    for i in range(at, len(text)):
        out.append(text[i])
        starts.append(i)
        ends.append(i + 1)
    return Mapped("".join(out), starts, ends)


# ---------------------------------------------------------------------------------------------
# Folding.

_FOLDED: dict[str, str] = {}


@lru_cache(maxsize=65536)
def fold_char(ch: str) -> str:
    """One character folded: "" when it folds away, " " for whitespace."""
    category = unicodedata.category(ch)
    if ch.isspace() or category == "Zs":
        return " "
    if category == "Nd":
        return str(unicodedata.decimal(ch))  # Arabic-Indic, Devanagari, fullwidth digits
    if "\u1000" <= ch <= "\u109f" or "\ua9e0" <= ch <= "\uaa7f":
        # Myanmar: no case, and its vowel signs, asat and stacker are letters of the syllable
        # (ကို is not က; ဦ is not ဥ). Its digits fold like every other script's.
        return str(unicodedata.decimal(ch)) if category == "Nd" else ch
    if category in ("Cf", "Mn", "Me", "Cc"):
        return ""  # soft hyphens, zero-width joiners, bidi marks and lone combining marks hide nothing
    lowered = ch.casefold()
    if lowered in LETTER_FOLDS:
        return LETTER_FOLDS[lowered]
    decomposed = unicodedata.normalize("NFKD", lowered)
    base = "".join(c for c in decomposed if not unicodedata.combining(c)
                   and unicodedata.category(c) not in ("Mn", "Me", "Cf", "Cc")).casefold()
    result = "".join(LETTER_FOLDS.get(c, c) for c in base)
    # Compatibility forms that decompose to spaces ("¨" is space + diaeresis) fold like one.
    return " " if result.isspace() else "".join(result.split())


def fold_mapped(source: Mapped) -> Mapped:
    """Fold a mapped text; runs of whitespace become one space."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pending = -1
    text = source.text
    cache = _FOLDED
    for i, ch in enumerate(text):
        f = cache.get(ch)
        if f is None:
            f = cache[ch] = fold_char(ch)
        if f == " ":
            if pending < 0 and out:
                pending = i
            continue
        if not f:
            continue
        if pending >= 0:
            out.append(" ")
            starts.append(source.starts[pending])
            ends.append(source.ends[pending])
            pending = -1
        for c in f:
            out.append(c)
            starts.append(source.starts[i])
            ends.append(source.ends[i])
    return Mapped("".join(out), starts, ends)


def fold(text: str) -> tuple[str, list[int]]:
    """Folded text and, for each folded character, the offset of its character in the original."""
    mapped = fold_mapped(identity(text))
    return mapped.text, mapped.starts


def folded(text: str) -> str:
    """Text folded as the leak guard compares it."""
    return fold_mapped(identity(text or "")).text


# ---------------------------------------------------------------------------------------------
# Scripts and look-alikes.

# Scripts written without spaces between words: a name matches anywhere in the text.
_UNSPACED = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "THAI", "LAO", "KHMER", "MYANMAR", "TIBETAN",
             "YI ", "BOPOMOFO", "IDEOGRAPHIC")
_ABJADS = ("ARABIC", "HEBREW", "SYRIAC", "THAANA")


@lru_cache(maxsize=65536)
def script(ch: str) -> str:
    """'' for a non-word character, else latin, cyrillic, greek, abjad, unspaced or other."""
    if "\u1000" <= ch <= "\u109f" or "\ua9e0" <= ch <= "\uaa7f":
        return "unspaced" if unicodedata.category(ch)[0] in "LM" else ""  # Myanmar, its marks included
    if not (ch.isalnum() or ch == "_"):
        return ""
    if ch.isascii():
        return "latin"
    name = unicodedata.name(ch, "")
    if name.startswith(_UNSPACED):
        return "unspaced"
    for prefix, value in (("LATIN", "latin"), ("CYRILLIC", "cyrillic"), ("GREEK", "greek")):
        if name.startswith(prefix):
            return value
    if name.startswith(_ABJADS) or name.startswith("PERSIAN"):
        return "abjad"
    if unicodedata.category(ch) == "Nd":
        return "latin"
    return "other"


def _confusable_maps() -> dict[str, dict[str, str]]:
    """For each cased script, the letters of the other cased scripts that look like one of its own."""
    from confusable_homoglyphs import confusables  # UTS #39 data (Unicode's confusables.txt)

    maps: dict[str, dict[str, str]] = {"latin": {}, "cyrillic": {}, "greek": {}}
    data = confusables.confusables_data
    for char, entries in data.items():
        if len(char) != 1:
            continue
        own = script(char)
        if own not in maps:
            continue
        for entry in entries:
            target = entry["c"]
            if len(target) == 1 and script(target) in maps and script(target) != own:
                folded_target = fold_char(target)
                folded_char = fold_char(char)
                if len(folded_target) == 1 and len(folded_char) == 1:
                    maps[script(target)].setdefault(folded_char, folded_target)
    return maps


_CONFUSABLES: dict[str, dict[str, str]] | None = None


def unconfuse(word: str) -> str:
    """A word that mixes Latin, Cyrillic and Greek letters, read in the script most of it is in.

    "Kravеts" with a Cyrillic е reads "kravets"; a word in one script is returned as it is.
    """
    global _CONFUSABLES
    scripts = {script(c) for c in word} - {"", "other"}
    cased = scripts & {"latin", "cyrillic", "greek"}
    if len(cased) < 2:
        return word
    if _CONFUSABLES is None:
        _CONFUSABLES = _confusable_maps()
    counts = {s: sum(1 for c in word if script(c) == s) for s in cased}
    major = max(sorted(counts), key=counts.__getitem__)
    table = _CONFUSABLES[major]
    return "".join(table.get(c, c) if script(c) != major and not c.isdigit() else c for c in word)


# ---------------------------------------------------------------------------------------------
# Words.

@dataclasses.dataclass
class Word:
    text: str  # folded, look-alikes resolved
    start: int  # span in the original text
    end: int
    script: str
    capital: bool  # begins with a capital letter in the original (a name in a cased script)
    upper: bool  # written all in capitals (an acronym)
    fstart: int  # span in the folded text
    fend: int


_NAME_GAP = re.compile(r"^[ '\-.+_]{0,3}$")


# Letters of scripts written without spaces (Han, kana, Hangul, Thai, Lao, Khmer, Myanmar, Tibetan, Yi).
_UNSPACED_RUN = re.compile(
    "[\u0e00-\u0eff\u0f00-\u0fff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3100-\u312f\u3400-\u4dbf"
    "\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002fa1f]+")
_WORD_RUN = re.compile(r"[\w\u1000-\u109f\ua9e0-\ua9ff\uaa60-\uaa7f]+")  # Myanmar marks are of the word


def words(folded_text: Mapped, original: str, *, unspaced: bool = False) -> list[Word]:
    """Words of a folded text: runs of letters and digits of one spaced script.

    Runs of an unspaced script (Chinese) are words too when `unspaced` is set (a name given
    alone); in public text they are searched as substrings instead.
    """
    text = folded_text.text
    found: list[Word] = []
    for run in _WORD_RUN.finditer(text):
        token = run.group()
        if token.isascii():
            pieces = [(run.start(), run.end(), False)]
        else:
            pieces = []
            at = run.start()
            for u in _UNSPACED_RUN.finditer(token):
                if u.start() + run.start() > at:
                    pieces.append((at, run.start() + u.start(), False))
                pieces.append((run.start() + u.start(), run.start() + u.end(), True))
                at = run.start() + u.end()
            if at < run.end():
                pieces.append((at, run.end(), False))
        for i, j, is_unspaced in pieces:
            if is_unspaced and not unspaced:
                continue
            found.append(_word(folded_text, original, i, j, is_unspaced))
    return found


def _word(folded_text: Mapped, original: str, i: int, j: int, is_unspaced: bool) -> Word:
    token = folded_text.text[i:j]
    o_start, o_end = folded_text.starts[i], folded_text.ends[j - 1]
    while o_end < len(original) and unicodedata.category(original[o_end]) in ("Mn", "Me"):
        o_end += 1  # a combining accent after the last letter belongs to the word
    head = original[o_start:o_start + 1]
    capital = head.isupper() if head.isalpha() else any(c.isupper() for c in original[o_start:o_end][:3])
    raw = original[o_start:o_end]
    upper = len(raw) > 1 and raw.isupper()
    if is_unspaced:
        return Word(token, o_start, o_end, "unspaced", capital, upper, i, j)
    if token.isascii():
        return Word(token, o_start, o_end, "latin", capital, upper, i, j)
    word = unconfuse(token)
    scripts = {script(c) for c in word} - {""}
    main = "latin" if scripts <= {"latin"} else next(iter(sorted(scripts - {"latin"})), "latin")
    return Word(word, o_start, o_end, main, capital, upper, i, j)


def gap(folded_text: str, left: Word, right: Word) -> str:
    return folded_text[left.fend:right.fstart]


def name_gap(folded_text: str, left: Word, right: Word) -> bool:
    """Two words close enough to be parts of one name: a space, hyphen, apostrophe or dot between."""
    return bool(_NAME_GAP.match(gap(folded_text, left, right)))
