"""How the leak guard reads a text: decoded, folded, cut into words, with offsets kept.

Every step keeps, for each character it produces, the span of the original text it came from,
so a hit found in the folded text is shown to the moderator exactly where it stands.

- decode: percent-encoding (a name in a quoted link, encoded up to three times over), HTML
  character references (numeric ones with or without their semicolon), JSON/JavaScript/Python
  escapes (\\u0417, \\u{417}, \\x41, their backslash doubled or not), a word hyphenated across a
  line break, and letters written apart by one repeated separator ("K a r i m", "З.а.й.ц.е.в",
  "H-a-r-r-i-e-t", "周/海/燕"); spelled-out e-mail addresses are matcher.deobfuscate's;
- fold: case, diacritics, Arabic vowel marks and letter variants, digits of every script, every
  run of whitespace one space; zero-width characters, bidirectional controls and soft hyphens
  removed;
- words: look-alike letters of any other script inside a word read as the word's own cased script
  (UTS #39 confusables: a Cyrillic "е" inside "Kravets", an Armenian "օ" inside "Ticona"), and
  digits drawn like its letters too ("3айцев", "Nabuk0va"), but never in numbers or codes.
"""
from __future__ import annotations

import dataclasses
import html
import re
import unicodedata
from functools import lru_cache

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
#
# Each step reads the text the previous one produced and returns its edits, (start, end,
# replacement, spans): text[start:end] becomes the replacement, each of whose characters stands
# for spans[k] of that text (or for all of [start, end) when spans is None). _apply composes the
# edits with the maps so far, so every decoded character keeps the span of the original it came from.

Edit = tuple[int, int, str, "list[tuple[int, int]] | None"]

_PERCENT = re.compile(r"(?:%[0-9A-Fa-f]{2})+")
# Named references need their semicolon ("AT&T", "?a=1&copy=2" are text); numeric ones do not,
# as browsers and html.unescape read them: "&#x48&#x61" is "Ha".
_ENTITY = re.compile(r"&(?:#[0-9]{1,8};?|#[xX][0-9A-Fa-f]{1,8};?|[A-Za-z][A-Za-z0-9]{1,31};)")
# JSON, JavaScript and Python escapes, their backslash doubled or not (a string escaped twice):
# \u0417, \u{417}, \U00000417, \x41; \n, \r and \t only before what is not a small letter, so
# that "C:\new" and "C:\temp" stay paths.
_ESCAPE = re.compile(r"\\{1,8}(?:u\{([0-9A-Fa-f]{1,6})\}|u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|x([0-9A-Fa-f]{2})"
                     r"|([nrt])(?![a-z]))")
_ESCAPED_WHITESPACE = {"n": "\n", "r": "\r", "t": "\t"}
# "Kra-\nvets": a word broken at the end of a line joins again.
_LINE_HYPHEN = re.compile(r"(?<=\w)[-\u00ad\u2010](?:[ \t]*\r?\n[ \t]*|[ \t]+(?=[^\W\d_]*[a-zà-ÿа-я]\b))(?=\w)")
# "P a v e l", "З.а.й.ц.е.в", "H-a-r-r-i-e-t", "H·a·r·r·i·e·t": four or more single letters or digits, the
# same separator between each (a space, or one of these marks with or without spaces around it).
# Chinese names have two or three characters: three Han characters apart read as one name too
# ("周/海/燕"), wherever they stand, since Chinese has no spaces to bound them.
_JOIN_MARKS = "./\\-_|*+:\u00b7\u2022\u2027\u2219\u22c5\u30fb\uff0f\u2010\u2011"
_JOIN_SEP = rf"(?: (?:[{_JOIN_MARKS}] ?)?|[{_JOIN_MARKS}] ?)"
_JOIN_LETTER = r"(?:[^\W_][\u0300-\u036f]*|_)"  # digits and the underscore too: a handle "z h y _ 1 9 8 2"
_HAN = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]"
# Bounded by anything but a letter or digit of a spaced script: Chinese writes Latin letters
# with no space before or after them ("微信号z h y _ 1 9 8 2遭到").
_SPACED_ALNUM = r"0-9A-Za-z\u00c0-\u024f\u0370-\u052f\u0600-\u06ff"
_JOINED = re.compile(rf"(?<![{_SPACED_ALNUM}])(?<![{_SPACED_ALNUM}][{_JOIN_MARKS}]){_JOIN_LETTER}(?P<sep>{_JOIN_SEP})"
                     rf"{_JOIN_LETTER}(?:(?P=sep){_JOIN_LETTER}){{2,}}(?![{_SPACED_ALNUM}])")
_JOINED_HAN = re.compile(rf"{_HAN}(?P<sep>{_JOIN_SEP}){_HAN}(?:(?P=sep){_HAN})+")
# Chinese writes foreign names with an interpunct between their parts (克莱尔·杜布瓦): Han
# characters apart by one are joined only when they stand alone.
_INTERPUNCTS = frozenset("\u00b7\u2027\u30fb\u2219\u22c5")
_MAX_ROUNDS = 3  # "%2525D0" is "%25D0" is "%D0": a value encoded three times over


def decode(text: str) -> Mapped:
    """Disguises undone, offsets kept.

    Percent-encoding, HTML character references and backslash escapes, repeated while a round
    changes something (a value encoded twice or three times over, or "%26%2372%3B"); then a
    word hyphenated across a line break, and letters written apart ("K a r i m", "З.а.й.ц.е.в").
    Each step runs only when a cheap test shows it can apply.
    """
    mapped: Mapped | None = None
    current = text
    for _ in range(_MAX_ROUNDS):
        changed = False
        for marker, step in (("%", _percent_edits), ("&", _entity_edits), ("\\", _escape_edits)):
            if marker in current:
                edits = step(current)
                if edits:
                    mapped = _apply(mapped, current, edits)
                    current = mapped.text
                    changed = True
        if not changed:
            break
    if "-" in current or "\u00ad" in current or "\u2010" in current:
        edits = [(m.start(), m.end(), "", None) for m in _LINE_HYPHEN.finditer(current)]
        if edits:
            mapped = _apply(mapped, current, edits)
            current = mapped.text
    edits = _joined_edits(current)
    if edits:
        mapped = _apply(mapped, current, edits)
    return mapped if mapped is not None else identity(text)


def _apply(base: Mapped | None, text: str, edits: list[Edit]) -> Mapped:
    """The text with the edits made, its maps composed with base's (None: text is the original)."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    at = 0
    for start, end, replacement, spans in edits:
        if start > at:
            out.append(text[at:start])
            if base is None:
                starts.extend(range(at, start))
                ends.extend(range(at + 1, start + 1))
            else:
                starts.extend(base.starts[at:start])
                ends.extend(base.ends[at:start])
        out.append(replacement)
        for k in range(len(replacement)):
            a, b = spans[k] if spans is not None else (start, end)
            if base is None:
                starts.append(a)
                ends.append(b)
            else:
                starts.append(base.starts[a])
                ends.append(base.ends[b - 1])
        at = end
    if at < len(text):
        out.append(text[at:])
        if base is None:
            starts.extend(range(at, len(text)))
            ends.extend(range(at + 1, len(text) + 1))
        else:
            starts.extend(base.starts[at:])
            ends.extend(base.ends[at:])
    return Mapped("".join(out), starts, ends)


def _utf8_length(lead: int) -> int:
    """Bytes in the UTF-8 sequence a byte begins (0: it begins none)."""
    if lead < 0x80:
        return 1
    if 0xC2 <= lead <= 0xDF:
        return 2
    if 0xE0 <= lead <= 0xEF:
        return 3
    if 0xF0 <= lead <= 0xF4:
        return 4
    return 0


def _utf8_at(data: bytes | list[int], k: int) -> tuple[str, int] | None:
    """The character the UTF-8 sequence at data[k] encodes and its length in bytes, if valid."""
    length = _utf8_length(data[k])
    if not length or k + length > len(data):
        return None
    try:
        return bytes(data[k:k + length]).decode("utf-8"), length
    except UnicodeDecodeError:
        return None


def _percent_edits(text: str) -> list[Edit]:
    """%D0%97 is З: each UTF-8 sequence one character, standing for its own escapes.

    A byte that begins no valid sequence stays as written ("100%AB"), unless it is a Latin-1
    letter ("Ren%E9e"); a "+" is a space, as in a form's query.
    """
    edits: list[Edit] = []
    for match in _PERCENT.finditer(text):
        base = match.start()
        data = bytes.fromhex(match.group().replace("%", ""))
        k = 0
        while k < len(data):
            found = _utf8_at(data, k)
            if found is None:
                if data[k] >= 0xC0 and chr(data[k]).isalpha():
                    found = (chr(data[k]), 1)
                else:
                    k += 1
                    continue
            ch, length = found
            edits.append((base + 3 * k, base + 3 * (k + length), " " if ch == "+" else ch, None))
            k += length
    return edits


def _entity_edits(text: str) -> list[Edit]:
    """&#x417; &#1047 &Zcy; each one character (or two), standing for the whole reference."""
    edits: list[Edit] = []
    for match in _ENTITY.finditer(text):
        raw = match.group()
        decoded = html.unescape(raw)
        if decoded != raw:
            edits.append((match.start(), match.end(), decoded, None))
    return edits


def _escape_edits(text: str) -> list[Edit]:
    """\\u0417 is З; a surrogate pair one character; \\xD0\\x97 the UTF-8 of З (else \\xE9 is é)."""
    units: list[tuple[int, int, str, int]] = []  # (start, end, kind, value) of each escape
    for match in _ESCAPE.finditer(text):
        braced, short, long, byte, space = match.groups()
        if space:
            units.append((match.start(), match.end(), "s", ord(_ESCAPED_WHITESPACE[space])))
        elif byte:
            units.append((match.start(), match.end(), "x", int(byte, 16)))
        else:
            units.append((match.start(), match.end(), "u", int(braced or short or long, 16)))
    edits: list[Edit] = []
    k = 0
    while k < len(units):
        start, end, kind, value = units[k]
        if kind == "x":
            # A run of \x escapes is read as UTF-8 where it is valid, byte by byte where not.
            run = [units[k]]
            while k + len(run) < len(units) and units[k + len(run)][2] == "x" and units[k + len(run)][0] == run[-1][1]:
                run.append(units[k + len(run)])
            data = [u[3] for u in run]
            i = 0
            while i < len(data):
                found = _utf8_at(data, i) if data[i] >= 0x80 else None
                ch, length = found if found is not None else (chr(data[i]), 1)
                edits.append((run[i][0], run[i + length - 1][1], ch, None))
                i += length
            k += len(run)
            continue
        if kind == "u" and 0xD800 <= value <= 0xDBFF and k + 1 < len(units) and units[k + 1][0] == end \
                and units[k + 1][2] == "u" and 0xDC00 <= units[k + 1][3] <= 0xDFFF:
            low = units[k + 1][3]
            edits.append((start, units[k + 1][1], chr(0x10000 + (value - 0xD800) * 0x400 + (low - 0xDC00)), None))
            k += 2
            continue
        if value <= 0x10FFFF and not 0xD800 <= value <= 0xDFFF:  # a lone surrogate stays as written
            edits.append((start, end, chr(value), None))
        k += 1
    return edits


def _joined_edits(text: str) -> list[Edit]:
    """Letters written apart, joined; each keeps its own place in the text."""
    found: list[tuple[int, int, str, str]] = []  # span, letters and separators, the separator
    for match in _JOINED.finditer(text):
        start, end = match.span()
        sep = match.group("sep")
        mark = sep.strip()
        if mark and text.startswith(sep, end) and end + len(sep) < len(text) and text[end + len(sep)].isalnum():
            continue  # "a-b-c-d-ef": a chain that does not end in a single letter
        if mark == "." and sum(c.isalpha() for c in match.group()) < 5 and match.group().isupper():
            continue  # initials or an acronym: "K.B.S.A.", "U.S.A.F."
        found.append((start, end, match.group(), sep))
    if not text.isascii():
        for match in _JOINED_HAN.finditer(text):
            start, end = match.span()
            if match.group("sep").strip() in _INTERPUNCTS and (start > 0 and text[start - 1].isalnum()
                                                               or end < len(text) and text[end].isalnum()):
                continue
            if not any(s < end and start < e for s, e, _g, _s in found):
                found.append((start, end, match.group(), match.group("sep")))
        found.sort()
    edits: list[Edit] = []
    for start, end, group, sep in found:
        kept: list[tuple[int, str]] = []
        at = start
        for token in group.split(sep) if sep else group:
            kept.extend((i, c) for i, c in enumerate(token, at) if not c.isspace())
            at += len(token) + len(sep)
        edits.append((start, end, "".join(c for _i, c in kept), [(i, i + 1) for i, _c in kept]))
    return edits


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
    if category in ("Cf", "Mn", "Mc", "Me", "Cc"):
        # Soft hyphens, zero-width joiners, bidi marks and lone combining marks hide nothing; the
        # vowel signs of Indic scripts go too, spacing (Mc) or not, so that a word stays one word
        # and is read by its consonants ("শফিকুল" and "শফিকল" are one name).
        return ""
    lowered = ch.casefold()
    if lowered in LETTER_FOLDS:
        return LETTER_FOLDS[lowered]
    decomposed = unicodedata.normalize("NFKD", lowered)
    base = "".join(c for c in decomposed if not unicodedata.combining(c)
                   and unicodedata.category(c) not in ("Mn", "Me", "Cf", "Cc")).casefold()
    result = "".join(LETTER_FOLDS.get(c, c) for c in base)
    # Compatibility forms that decompose to spaces ("¨" is space + diaeresis) fold like one.
    return " " if result.isspace() else "".join(result.split())


_PLAIN_ASCII = re.compile(r"[\x21-\x7e](?:[\x21-\x7e]| (?=[\x21-\x7e]))*")  # printable, single spaces inside


def fold_mapped(source: Mapped) -> Mapped:
    """Fold a mapped text; runs of whitespace become one space."""
    text = source.text
    if text.isascii() and _PLAIN_ASCII.fullmatch(text):
        # Most English text: folding is lower case (and ` as '), one character for one.
        return Mapped(text.lower().replace("`", "'"), list(source.starts), list(source.ends))
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pending = -1
    cache = _FOLDED
    src_starts, src_ends = source.starts, source.ends
    at = 0
    # Runs of plain ASCII fold in one step; the characters between them one by one.
    for run in _PLAIN_ASCII.finditer(text):
        for i in range(at, run.start()):
            ch = text[i]
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
                starts.append(src_starts[pending])
                ends.append(src_ends[pending])
                pending = -1
            for c in f:
                out.append(c)
                starts.append(src_starts[i])
                ends.append(src_ends[i])
        if pending >= 0:
            out.append(" ")
            starts.append(src_starts[pending])
            ends.append(src_ends[pending])
            pending = -1
        a, b = run.span()
        out.append(run.group().lower().replace("`", "'"))
        starts.extend(src_starts[a:b])
        ends.extend(src_ends[a:b])
        at = b
    for i in range(at, len(text)):
        ch = text[i]
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
            starts.append(src_starts[pending])
            ends.append(src_ends[pending])
            pending = -1
        for c in f:
            out.append(c)
            starts.append(src_starts[i])
            ends.append(src_ends[i])
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


_CASED = ("cyrillic", "greek", "latin")  # alphabetical: of two scripts with as many letters, the first wins


def _confusable_maps() -> dict[str, dict[str, str]]:
    """For each cased script, the letters of every other script that look like one of its own.

    UTS #39 (Unicode's confusables.txt): characters are confusable when they share a prototype.
    Direct pairs come first (Cyrillic "е" → Latin "e"), then those through a shared prototype
    (Armenian "օ" and Cyrillic "о" both look like "o"); Armenian, Cherokee, Coptic and the
    rest count as much as Cyrillic and Greek. Keys and values are folded, as words are.
    """
    from confusable_homoglyphs import confusables  # UTS #39 data (Unicode's confusables.txt)

    maps: dict[str, dict[str, str]] = {s: {} for s in _CASED}
    data = confusables.confusables_data

    def add(char: str, target: str) -> None:
        if len(target) != 1 or not char.isalpha() or not target.isalpha():
            return
        own, theirs = script(char), script(target)
        if theirs not in maps or not own or own == theirs:
            return
        folded_char, folded_target = fold_char(char), fold_char(target)
        if len(folded_char) == 1 and len(folded_target) == 1 and folded_char != folded_target:
            maps[theirs].setdefault(folded_char, folded_target)

    for char, entries in data.items():
        if len(char) == 1:
            for entry in entries:
                add(char, entry["c"])
    for char, entries in data.items():
        if len(char) == 1:
            for entry in entries:
                for other in data.get(entry["c"], ()):
                    add(char, other["c"])
    return maps


_CONFUSABLES: dict[str, dict[str, str]] | None = None


def unconfuse(word: str) -> str:
    """A word with look-alike letters of other scripts, read in the cased script most of it is in.

    "Kravеts" with a Cyrillic е reads "kravets"; "Ticօոa" with Armenian օ and ո reads "ticona".
    Letters of another cased script are read so whenever the word has a main script; letters of
    an uncased one (Armenian, Cherokee, Arabic) only when the main script has more letters than
    they have. Digits are left to digit_letters; a word in one script is returned as it is.
    """
    global _CONFUSABLES
    scripts = {script(c) for c in word}
    scripts.discard("")
    if len(scripts) < 2:
        return word
    counts: dict[str, int] = {}
    for c in word:
        if not c.isdigit():
            s = script(c)
            if s:
                counts[s] = counts.get(s, 0) + 1
    cased = [s for s in _CASED if s in counts]
    if not cased or len(counts) < 2:
        return word
    major = max(cased, key=counts.__getitem__)
    uncased = sum(n for s, n in counts.items() if s not in _CASED)
    with_uncased = uncased > 0 and counts[major] > uncased
    if len(cased) < 2 and not with_uncased:
        return word
    if _CONFUSABLES is None:
        _CONFUSABLES = _confusable_maps()
    table = _CONFUSABLES[major]
    out = []
    for c in word:
        s = script(c)
        if s and s != major and not c.isdigit() and (s in _CASED or with_uncased):
            out.append(table.get(c, c))
        else:
            out.append(c)
    return "".join(out)


# Digits drawn like a letter of a script (UTS #39 and the shapes of Latin and Cyrillic type):
# 0 is O/О/Ο, 1 is l (or I first in a word), 3 is З, 5 is S, 6 is б, 8 is B/В. No others:
# "4" for "a" or "ч" is a reading, not a look-alike.
_DIGIT_LETTERS = {
    "latin": {"0": "o", "1": "l", "5": "s", "8": "b"},
    "cyrillic": {"0": "о", "3": "з", "6": "б", "8": "в"},
    "greek": {"0": "ο"},
}
_DIGITS_IN_WORD = re.compile(r"[0-9]+")


def digit_letters(word: str, shown: str) -> str:
    """Digits standing for letters inside a word of one cased script: "3айцев", "Набук0ва", "Nabuk0va".

    `word` is folded, `shown` the word as written (for its case). Only where the word has three
    letters or more, all of one cased script, more letters than digits, every digit a look-alike
    of a letter of that script, no run of three digits ("Room101"), and one digit at most at
    either end ("Harriet80" is a handle, not a disguise). A word written in Latin capitals and
    digits is a code ("5KX9R2T", "A380"); in other capitals, one with as many digits as half its letters.
    """
    letters = digits = 0
    main = ""
    for c in word:
        if "0" <= c <= "9":
            digits += 1
        elif c.isalpha():
            s = script(c)
            if not main:
                main = s
            elif s != main:
                return word
            letters += 1
    table = _DIGIT_LETTERS.get(main)
    if not digits or table is None or letters < 3 or digits >= letters:
        return word
    runs = list(_DIGITS_IN_WORD.finditer(word))
    for run in runs:
        edge = run.start() == 0 or run.end() == len(word)
        if len(run.group()) > (1 if edge else 2) or any(d not in table for d in run.group()):
            return word
    if not any(c.islower() for c in shown) and (main == "latin" or 2 * digits >= letters):
        return word
    out = list(word)
    for run in runs:
        for k in range(run.start(), run.end()):
            out[k] = "i" if main == "latin" and word[k] == "1" and k == 0 else table[word[k]]
    return "".join(out)


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
    while o_end < len(original) and unicodedata.category(original[o_end]) in ("Mn", "Mc", "Me"):
        o_end += 1  # a combining accent or vowel sign after the last letter belongs to the word
    text, main, capital, upper = _word_form(token, original[o_start:o_end], is_unspaced)
    return Word(text, o_start, o_end, main, capital, upper, i, j)


@lru_cache(maxsize=65536)
def _word_form(token: str, raw: str, is_unspaced: bool) -> tuple[str, str, bool, bool]:
    """A word's folded text, script, and case as written (words repeat: remembered)."""
    # Its case as it reads, not as it is encoded ("&#x48;arriet" begins with a capital).
    shown = decode(raw).text if "%" in raw or "&" in raw or "\\" in raw else raw
    head = shown[:1]
    capital = head.isupper() if head.isalpha() else any(c.isupper() for c in shown[:3])
    upper = len(shown) > 1 and shown.isupper()
    if is_unspaced:
        return token, "unspaced", capital, upper
    if token.isascii():
        if not token.isalpha() and not token.isdigit():
            token = digit_letters(token, shown)
        return token, "latin", capital, upper
    word = digit_letters(unconfuse(token), shown)
    scripts = {script(c) for c in word} - {""}
    main = "latin" if scripts <= {"latin"} else next(iter(sorted(scripts - {"latin"})), "latin")
    return word, main, capital, upper


def gap(folded_text: str, left: Word, right: Word) -> str:
    return folded_text[left.fend:right.fstart]


def name_gap(folded_text: str, left: Word, right: Word) -> bool:
    """Two words close enough to be parts of one name: a space, hyphen, apostrophe or dot between."""
    return bool(_NAME_GAP.match(gap(folded_text, left, right)))
