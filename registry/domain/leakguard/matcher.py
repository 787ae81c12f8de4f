"""Finding needles in one public text: names word by word in every form, phrases, codes, details.

A name matches a word of the public text when the word is one of the name's parts in any of
its forms (declined, with an ending, transliterated, romanised differently, as an abjad writes
it), when one word joins several parts ("Bensalah", عبدالرحمن) or several words make one part
("Abd el Kader"), and as initials ("K.B.S."). Adjacent matching words make one hit. A part
that is also a common word ("Said", "Rosa") only counts where it is written as a name; a part
of one or two letters ("Li") only next to a title ("Ms Li") or to another part.
"""
from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from functools import lru_cache

from . import burmese, lexicon
from .forms import (
    ABJAD_SUFFIXES,
    CJK_PREFIXES,
    CJK_TITLES,
    PARTICLES,
    TITLES,
    cjk_romanisations,
    cjk_split,
    cyrillic_forms,
    caseless_stems,
    cyrillic_stems,
    is_cjk,
    latin,
    latin_stems,
    pinyin,
    roman_key,
    skeletons,
)
from .needles import Name, Needles
from .text import Mapped, Word, gap, name_gap, script

# Arabic writes conjunctions, prepositions and the article joined to the next word ("and
# Layla" is وليلى): a name may follow one of these prefixes (folded forms).
ARABIC_PROCLITICS = tuple(sorted({
    "\u0648", "\u0641", "\u0628", "\u0644", "\u0643",  # و ف ب ل ك
    "\u0627\u0644", "\u0644\u0644",  # ال لل
    "\u0648\u0627\u0644", "\u0641\u0627\u0644", "\u0628\u0627\u0644", "\u0643\u0627\u0644",  # وال فال بال كال
    "\u0648\u0644\u0644", "\u0641\u0644\u0644",  # ولل فلل
    "\u0648\u0628", "\u0648\u0644", "\u0648\u0643", "\u0641\u0628", "\u0641\u0644",  # وب ول وك فب فل
}, key=len, reverse=True))


@dataclasses.dataclass(frozen=True)
class Entry:
    name: int  # index of the Name
    first: int  # first part it stands for
    count: int  # how many parts (more than one: the parts written joined)
    script: str  # script of the needle's text


@dataclasses.dataclass
class Found:
    start: int  # original offsets
    end: int
    kind: str
    source: str


class NameIndex:
    """The needles' names by every form a word of public text may take."""

    def __init__(self, names: list[Name]):
        self.names: list[Name] = []
        self.exact: dict[str, list[Entry]] = defaultdict(list)
        self.stems: dict[str, list[Entry]] = defaultdict(list)
        self.roman: dict[str, list[Entry]] = defaultdict(list)
        self.skel_long: dict[str, list[Entry]] = defaultdict(list)
        self.skel_short: dict[str, list[Entry]] = defaultdict(list)
        self.cjk: list[tuple[str, int]] = []  # (substring, name index)
        self.memo: dict = {}  # a public word's matches, by its text, script and case
        self.initials: list[tuple[tuple[str, ...], int]] = []
        self._initials: dict[str, list[int]] | None = None
        self.abjad_patterns: dict[str, list[tuple[re.Pattern, Entry]]] = defaultdict(list)
        for name in names:
            self._add(name)
            for part in name.parts:
                if is_cjk(part) and len(name.parts) == 1:
                    for romanised in cjk_romanisations(part):
                        self._add(Name(tuple(romanised), name.kind, name.source))
                        if len(romanised) == 2:
                            self._add(Name((romanised[1], romanised[0]), name.kind, name.source))

    def _add(self, name: Name) -> None:
        index = len(self.names)
        self.names.append(name)
        parts = name.parts
        if len(parts) == 1 and is_cjk(parts[0]):
            self._add_cjk(parts[0], index)
            return
        for k, part in enumerate(parts):
            s = script(part[0]) if part else ""
            entry = Entry(index, k, 1, s)
            self.exact[part].append(entry)
            if s == "cyrillic":
                for form in cyrillic_forms(part):
                    if form != part:
                        self.exact[form].append(entry)
                for stem in cyrillic_stems(part):
                    self.stems[stem].append(entry)
            elif s == "latin" and not part.isdigit():
                for stem in latin_stems(part):
                    self.stems[stem].append(entry)
            elif s == "other":
                for stem in caseless_stems(part):
                    self.stems[stem].append(entry)
            self._add_keys(part, entry)
        for count in (2, 3):
            for k in range(len(parts) - count + 1):
                joined = "".join(parts[k:k + count])
                entry = Entry(index, k, count, script(joined[0]))
                self.exact[joined].append(entry)
                self._add_keys(joined, entry)
        for k, part in enumerate(parts):
            if part and script(part[0]) == "abjad" and len(part) >= 2:
                pattern = abjad_pattern(part)
                if pattern is not None:
                    first = re.sub(r"[^a-z]", "", latin(part).replace("`", ""))[:1]
                    for key in _ABJAD_FIRST.get(first, {first}):
                        self.abjad_patterns[key].append((pattern, Entry(index, k, 1, "abjad")))
        letters = [p for p in parts if p and not p.isdigit()]
        if len(letters) >= 2:
            self.initials.append((tuple(letters), index))

    def initials_table(self) -> dict[str, list[int]]:
        """Initials of each name of two or more parts (with and without particles) → names."""
        if self._initials is None:
            table: dict[str, list[int]] = defaultdict(list)
            for parts, name_index in self.initials:
                for chosen in (parts, tuple(p for p in parts if p not in PARTICLES)):
                    if len(chosen) >= 2:
                        for initials in {"".join(p[0] for p in chosen), "".join(latin(p)[:1] for p in chosen)}:
                            table[initials].append(name_index)
                            for cut in range(3, len(initials)):
                                table[initials[:cut]].append(name_index)  # K.B.S. for Khalid Bin Saeed Al-Marri
            self._initials = table
        return self._initials

    def _add_keys(self, text: str, entry: Entry) -> None:
        if text.isdigit():
            return
        key = roman_key(text)
        if len(key) >= 3:
            self.roman[key].append(entry)
        long, short = skeletons(text)
        if len(long) >= 3:
            self.skel_long[long].append(entry)
        if len(short) >= 3:
            self.skel_short[short].append(entry)

    def _add_cjk(self, name: str, index: int) -> None:
        self.cjk.append((name, index))
        if burmese.is_myanmar(name):
            # Runs of two or more of the name's syllables: ကိုကို and ဦးအောင် for ဦးအောင်ကိုကို.
            self.cjk.extend((run, index) for run in burmese.name_runs(name) if run != name)
            return
        surname, given = cjk_split(name)
        if len(given) >= 2:
            self.cjk.append((given, index))  # 小明 for 王小明
        if given:
            for title in CJK_TITLES:
                self.cjk.append((surname + title, index))  # 王律师, 李女士
            for prefix in CJK_PREFIXES:
                self.cjk.append((prefix + surname, index))  # 老王, 小李


# Latin spellings of each letter anyascii gives for Arabic and Persian script.
_ABJAD_LETTERS = {
    "b": "b", "t": "t", "th": "(?:th|t|s)", "j": "(?:j|dj|g|dzh)", "h": "h?", "kh": "(?:kh|h|x)", "d": "(?:d|dh|z)",
    "dh": "(?:dh|d|z|th)", "r": "r", "z": "(?:z|d|dh|s)", "s": "s", "sh": "(?:sh|ch|sch|s)", "f": "f", "q": "(?:q|k|g)",
    "k": "(?:k|c|q)", "l": "l", "m": "m", "n": "n", "g": "(?:g|gh)", "gh": "(?:gh|g|r)", "p": "p", "ch": "(?:ch|tch)",
    "zh": "(?:zh|j)", "v": "(?:v|w|o|u)",
}
_ABJAD_VOWEL = "[aeiou]*"
# The first letter a Latin spelling may start with, for each first letter of the transliteration
# (a vowel or alef may be any vowel): patterns are only tried on words that can match.
_ABJAD_FIRST = {"a": set("aeiou"), "e": set("aeiou"), "i": set("aeiouy"), "o": set("aeiou"), "u": set("aeiou"),
                "y": set("yi"), "w": set("wuov"), "d": set("dz"), "z": set("zds"), "t": set("ts"), "k": set("kcq"),
                "q": set("qkg"), "j": set("jdg"), "g": set("gr"), "v": set("vwou"), "h": set("haeiou"), "": set()}


def _abjad_key(word: str) -> str:
    return word[:1]


@lru_cache(maxsize=4096)
def abjad_pattern(word: str) -> re.Pattern | None:
    """A pattern of the Latin spellings of an Arabic or Persian name: علي → Ali, Aly, Ally; رضایی → Rezaee, Rezaei.

    Short vowels are not written in these scripts, so any may stand between the consonants;
    alef, waw and yeh are long vowels or consonants (a, w/o/u, y/i/ee).
    """
    spelled = latin(word).replace("`", "").replace("'", "")
    if not spelled.isascii() or len(re.sub(r"[^a-z]", "", spelled)) < 2:
        return None
    out = ["^", _ABJAD_VOWEL]
    i = 0
    consonants = 0
    while i < len(spelled):
        pair = spelled[i:i + 2]
        if pair in _ABJAD_LETTERS and len(pair) == 2:
            out.append(f"(?:{_ABJAD_LETTERS[pair]})+")
            consonants += 1
            i += 2
            continue
        ch = spelled[i]
        if ch in "aeiou":
            out.append("[aeiouy]*")  # alef: a long a, or a seat for hamza
        elif ch == "y":
            out.append("(?:y|i|ee|ie|ey|ei|ay|ai)?")
        elif ch == "w":
            out.append("(?:w|u|o|ou|oo|v)?")
        elif ch in _ABJAD_LETTERS:
            out.append(f"(?:{_ABJAD_LETTERS[ch]})+")  # doubled letters: Mohammed for محمد
            consonants += 1
        elif ch.isalpha():
            out.append(re.escape(ch) + "+")
            consonants += 1
        i += 1
        out.append(_ABJAD_VOWEL)
    if consonants < 1 or len(word) < 3 and consonants < 2:
        return None
    out.append("(?:e|a|i|y|ee|ie)?$")
    return re.compile("".join(out))


# ---------------------------------------------------------------------------------------------
# Names.

def _suffix_ok(stem_entry: Entry, suffix: str) -> bool:
    if not suffix or not suffix.isalpha():
        return False
    if stem_entry.script == "cyrillic":
        return len(suffix) <= 3 and all(script(c) == "cyrillic" for c in suffix)
    if stem_entry.script == "other":
        return len(suffix) <= 4 and all(script(c) == "other" for c in suffix)
    return len(suffix) <= 4 and all(script(c) == "latin" for c in suffix)


def _lookups(index: NameIndex, word: Word) -> list[tuple[Entry, str]]:
    """Every (entry, how) a word of public text matches (remembered per index: words repeat)."""
    key = (word.text, word.script, word.capital, word.upper)
    memo = index.memo
    if key not in memo:
        if len(memo) > 50_000:
            memo.clear()
        memo[key] = _lookup(index, word)
    return memo[key]


def _lookup(index: NameIndex, word: Word) -> list[tuple[Entry, str]]:
    text = word.text
    found: list[tuple[Entry, str]] = [(e, "exact") for e in index.exact.get(text, ())]
    if word.script == "abjad" and not found:
        for proclitic in ARABIC_PROCLITICS:
            if text.startswith(proclitic) and len(text) - len(proclitic) >= 2:
                rest = text[len(proclitic):]
                candidates = [rest, "\u0627\u0644" + rest] if proclitic.endswith("\u0644\u0644") else [rest]  # للحداد: ل + الحداد
                for candidate in candidates:
                    found.extend((e, f"proclitic:{len(proclitic)}") for e in index.exact.get(candidate, ()))
        for suffix in ABJAD_SUFFIXES if not lexicon.is_common(text, 4.0) else ():  # عليه is "on him", not Ali
            if text.endswith(suffix) and len(text) - len(suffix) >= 3:
                found.extend((e, "stem") for e in index.exact.get(text[:-len(suffix)], ()))
    if word.script in ("latin", "cyrillic", "other") and len(text) >= 4:
        for cut in range(1, 5):
            stem = text[:-cut]
            if len(stem) < 3:
                break
            for entry in index.stems.get(stem, ()):
                if entry.script == word.script and _suffix_ok(entry, text[-cut:]):
                    found.append((entry, "stem"))
    if not text.isdigit():
        key = roman_key(text)
        if len(key) >= 3:
            for entry in index.roman.get(key, ()):
                if entry.script != word.script or len(key) >= 5:
                    found.append((entry, "roman"))
        long, short = skeletons(text)
        for table, key in ((index.skel_long, long), (index.skel_short, short)):
            if len(key) < 3:
                continue
            for entry in table.get(key, ()):
                abjad = "abjad" in (entry.script, word.script)
                cased_ok = word.capital or word.script not in ("latin", "cyrillic", "greek")
                if abjad and entry.script != word.script and cased_ok:
                    found.append((entry, "skeleton"))
                elif not abjad and (len(key) >= 4 or entry.count > 1 and len(key) >= 3) and word.capital \
                        and len(text) >= 7:
                    found.append((entry, "skeleton"))  # Abubakar for Abu Bakr
    if word.script == "latin" and word.capital and not word.upper and len(text) >= 3 and index.abjad_patterns:
        for pattern, entry in index.abjad_patterns.get(_abjad_key(text), ()):
            if pattern.fullmatch(text):
                found.append((entry, "skeleton"))  # Ali for علي, Rezaee for رضایی
    return found


def _weak(name: Name, entry: Entry, word: Word) -> bool:
    """A match that counts only beside a title or another part of the same name."""
    if name.strict:  # an organisation's common words ("Centre", "Human Rights") alone
        covered = name.parts[entry.first:entry.first + entry.count]
        return not any(lexicon.zipf(p) < 3.0 and p not in lexicon.PUBLIC_WORDS for p in covered)
    if entry.count > 1:
        covered = name.parts[entry.first:entry.first + entry.count]
        return all(p in PARTICLES or p in lexicon.FUNCTION_WORDS for p in covered)  # "de la"
    part = name.parts[entry.first]
    if part in PARTICLES or part in TITLES:
        return True
    if len(part) <= 2:
        return True
    if word.script in ("latin", "cyrillic", "greek") and not word.capital and lexicon.is_common(part, 4.5):
        return True  # "said" is a verb; "Said" a name
    return False


def name_hits(index: NameIndex, mapped: Mapped, ws: list[Word], skip=lambda name: False) -> list[Found]:
    """Hits of the indexed names among the words of one public text."""
    by_word: dict[int, list[tuple[Entry, str, int]]] = defaultdict(list)  # word → (entry, how, width)
    for i, word in enumerate(ws):
        for entry, how in _lookups(index, word):
            by_word[i].append((entry, how, 1))
        # Several words making one part: "Abd el Kader" for Abdelkader, "Ben Salah" for Bensalah.
        joined = word.text
        for width in (2, 3):
            j = i + width - 1
            # Only words apart by a space or a hyphen: "Defender's" is not "Defenders".
            if j >= len(ws) or gap(mapped.text, ws[j - 1], ws[j]) not in (" ", "-", " - ") or len(ws[j].text) < 2:
                break
            joined += ws[j].text
            for entry in index.exact.get(joined, ()):
                by_word[i].append((entry, "split", width))
            key = roman_key(joined)
            if len(key) >= 5:
                for entry in index.roman.get(key, ()):
                    by_word[i].append((entry, "split", width))
    found: list[Found] = []
    # Group adjacent matches of one name into one hit.
    per_name: dict[int, dict[int, list[tuple[Entry, str, int]]]] = defaultdict(dict)
    for i, matches in by_word.items():
        for entry, how, width in matches:
            per_name[entry.name].setdefault(i, []).append((entry, how, width))
    for name_index, matches in per_name.items():
        name = index.names[name_index]
        if skip(name):
            continue
        starts = sorted(matches)
        i_pos = 0
        while i_pos < len(starts):
            first = starts[i_pos]
            last_end = first + max(w for _e, _h, w in matches[first])
            group = [first]
            strong = any(not _weak(name, e, ws[first]) for e, _h, _w in matches[first])
            nxt = i_pos + 1
            # The next match joins when it starts inside this one (a joined form over several
            # words) or right after it with only a name's gap between.
            while nxt < len(starts) and (starts[nxt] < last_end or starts[nxt] == last_end
                                         and name_gap(mapped.text, ws[last_end - 1], ws[starts[nxt]])):
                group.append(starts[nxt])
                last_end = max(last_end, starts[nxt] + max(w for _e, _h, w in matches[starts[nxt]]))
                nxt += 1
            strong = strong or any(not _weak(name, e, ws[k]) for k in group for e, _h, _w in matches[k])
            named = [k for k in group if any(name.parts[e.first] not in PARTICLES and not lexicon.is_function_word(
                name.parts[e.first]) for e, _h, _w in matches[k])]
            if name.strict:
                # An organisation's words side by side ("human rights") are its name only when
                # one of them is its own ("Observatory" is not, "Kavkaz" is) or most of it is there.
                named = [k for k in named if any(name.parts[e.first] not in lexicon.PUBLIC_WORDS
                                                 for e, _h, _w in matches[k])]
                # So are two or more of its own words capitalised side by side, as a name is written
                # ("Tierra Digna" of "Colectivo de Abogados Tierra Digna").
                covered = {j for k in group for _e, _h, w in matches[k] for j in range(k, k + w)}
                capitalised = [j for j in covered if ws[j].capital and ws[j].script in ("latin", "cyrillic", "greek")
                               and ws[j].text not in lexicon.PUBLIC_WORDS and not lexicon.is_function_word(ws[j].text)]
                if len(named) > 1 and (len(named) * 2 > len(name.parts)
                                       or any(lexicon.zipf(ws[k].text) < 3.0 for k in named)) \
                        or len(capitalised) > 1:
                    strong = True
            elif len(named) > 1:
                strong = True  # two parts of one name side by side: "Li Na", "Ms Li Wei"
            begin = first
            # A title before the name is part of the hit ("Ms Li", "Dr. Okafor", "г-н Кравец").
            # A short or common part counts beside a title, and the title is then part of the hit.
            title_at = _title_before(mapped, ws, begin) if not strong else None
            if title_at is not None:
                strong = True
                begin = title_at
            # Initials before a surname: "Y. Trabelsi", "П. Кравец".
            begin = _initials_before(mapped, ws, begin, name)
            if strong:
                start = ws[begin].start
                if begin == first:  # "و" of "وليلى" is the conjunction "and", not the name
                    cut = max((int(h.split(":")[1]) for _e, h, _w in matches[first] if h.startswith("proclitic:")),
                              default=0)
                    if cut and all(h.startswith("proclitic:") for _e, h, _w in matches[first]):
                        start = mapped.starts[ws[first].fstart + cut]
                found.append(Found(start, ws[last_end - 1].end, name.kind, name.source))
            i_pos = nxt
    found.extend(_initials_hits(index, mapped, ws, skip))
    return found


def _title_before(mapped: Mapped, ws: list[Word], i: int) -> int | None:
    if i == 0:
        return None
    prev = ws[i - 1]
    if prev.text in TITLES and re.fullmatch(r"\.?\s?|-", gap(mapped.text, prev, ws[i])):
        return i - 1
    return None


def _initials_before(mapped: Mapped, ws: list[Word], i: int, name: Name) -> int:
    initials = {p[0] for p in name.parts if p} | {latin(p)[:1] for p in name.parts if p}
    while i > 0 and len(ws[i - 1].text) == 1 and ws[i - 1].text in initials \
            and re.fullmatch(r"\.\s?", gap(mapped.text, ws[i - 1], ws[i])):
        i -= 1
    return i


def _initials_hits(index: NameIndex, mapped: Mapped, ws: list[Word], skip) -> list[Found]:
    """K.B.S., K. B. S., or KBS written in capitals, for a name of two or more parts."""
    if not index.initials:
        return []
    table = index.initials_table()
    text = mapped.text
    found = []
    i = 0
    n = len(ws)
    while i < n:
        word = ws[i]
        if len(word.text) == 1 and word.text.isalpha() and text[word.fend:word.fend + 1] == ".":
            j = i
            letters = []
            while j < n and len(ws[j].text) == 1 and ws[j].text.isalpha() and text[ws[j].fend:ws[j].fend + 1] == ".":
                letters.append(ws[j].text)
                j += 1
            if len(letters) >= 2:
                for name_index in table.get("".join(letters), ()):
                    name = index.names[name_index]
                    if not skip(name):
                        end = mapped.ends[ws[j - 1].fend]  # the last initial's dot
                        found.append(Found(word.start, end, name.kind, name.source))
            i = j
            continue
        i += 1
    return found


def cjk_hits(index: NameIndex, mapped: Mapped, skip) -> list[Found]:
    """Chinese names and their short forms, as substrings (Chinese is written without spaces)."""
    found = []
    text = mapped.text
    for needle, name_index in index.cjk:
        name = index.names[name_index]
        if skip(name):
            continue
        start = text.find(needle)
        while start != -1:
            s, e = mapped.span(start, start + len(needle))
            found.append(Found(s, e, name.kind, name.source))
            start = text.find(needle, start + 1)
    return found


def pinyin_hits(index: NameIndex, mapped: Mapped, skip) -> list[Found]:
    """A name in Latin letters written in Chinese characters: its pinyin is the name's spelling."""
    text = mapped.text
    runs = [(m.start(), m.end()) for m in re.finditer(r"[\u3400-\u4dbf\u4e00-\u9fff]+", text)]
    if not runs:
        return []
    targets: list[tuple[str, int]] = []
    for name_index, name in enumerate(index.names):
        if skip(name) or any(not p.isascii() or not p.isalpha() for p in name.parts):
            continue
        joined = "".join(name.parts)
        if len(joined) >= 5:
            targets.append((joined, name_index))
        for part in name.parts:
            if len(part) >= 6 and part != joined:
                targets.append((part, name_index))
    if not targets:
        return []
    found = []
    for a, b in runs:
        syllables = pinyin(text[a:b])
        starts = []
        spelled = ""
        for syllable in syllables:
            starts.append(len(spelled))
            spelled += syllable
        boundary = {s: k for k, s in enumerate(starts)}
        for target, name_index in targets:
            at = spelled.find(target)
            while at != -1:
                end = at + len(target)
                if at in boundary and (end == len(spelled) or end in boundary):
                    k0 = boundary[at]
                    k1 = boundary.get(end, len(syllables))
                    s, e = mapped.span(a + k0, a + k1)
                    name = index.names[name_index]
                    found.append(Found(s, e, name.kind, name.source))
                at = spelled.find(target, at + 1)
    return found


# ---------------------------------------------------------------------------------------------
# Phrases, codes and details.

def _bounded(text: str, start: int, end: int) -> bool:
    def word_char(ch: str) -> bool:
        return script(ch) not in ("", "unspaced")

    left = start == 0 or not word_char(text[start - 1]) or not word_char(text[start])
    right = end >= len(text) or not word_char(text[end]) or not word_char(text[end - 1])
    return left and right


def phrase_hits(needles: Needles, mapped: Mapped, deobfuscated: Mapped, skip) -> list[Found]:
    found = []
    for phrase in needles.phrases:
        if skip(phrase):
            continue
        haystacks = (mapped, deobfuscated) if phrase.kind == "contact" else (mapped,)
        for hay in haystacks:
            text = hay.text
            start = text.find(phrase.text)
            while start != -1:
                end = start + len(phrase.text)
                if _bounded(text, start, end):
                    s, e = hay.span(start, end)
                    found.append(Found(s, e, phrase.kind, phrase.source))
                start = text.find(phrase.text, start + 1)
    return found


_CODE_RUN = re.compile(r"(?:\+\s?)?(?:(?<![a-z])(?:[a-z][ .\-/]?){1,3})?\d(?:[\d \u00a0.\-/()]*\d)?(?:[ .\-/]?[a-z]{1,2}(?![a-z]))?")


_CJK_NUMERALS = str.maketrans("〇零一二三四五六七八九", "00123456789")
_CJK_NUMERAL_RUN = re.compile(r"[〇零一二三四五六七八九]{5,}")
_CODE_SEPARATOR = r"[ \u00a0.\-/_]?"


@lru_cache(maxsize=1024)
def _spread_code(code: str) -> re.Pattern:
    """A code of letters and digits with a separator allowed between any two ("5KX 9R2T")."""
    return re.compile(r"(?<![0-9a-z])" + _CODE_SEPARATOR.join(re.escape(c) for c in code) + r"(?![0-9a-z])")


def code_hits(needles: Needles, mapped: Mapped) -> list[Found]:
    """Numbers and codes compared by letters and digits only: 98.765.432 is 98765432, 5KX 9R2T is
    5kx9r2t, 一八六〇二八 is 186028."""
    if not needles.codes:
        return []
    found = []
    for code in needles.codes:
        if len(code.alnum) >= 5 and not code.alnum.isdigit() and any(c.isdigit() for c in code.alnum):
            for match in _spread_code(code.alnum).finditer(mapped.text):
                s, e = mapped.span(*match.span())
                found.append(Found(s, e, code.kind, code.source))
    if not mapped.text.isascii():
        for match in _CJK_NUMERAL_RUN.finditer(mapped.text):
            digits = match.group().translate(_CJK_NUMERALS)
            for code in needles.codes:
                if code.alnum.isdigit() and len(code.alnum) >= 5 and (code.alnum in digits or digits in code.alnum
                                                                       and len(digits) >= 7):
                    s, e = mapped.span(*match.span())
                    found.append(Found(s, e, code.kind, code.source))
                    break
    for match in _CODE_RUN.finditer(mapped.text):
        run = match.group()
        compact = re.sub(r"[^0-9a-z]", "", run)
        digits = re.sub(r"\D", "", run)
        if len(digits) < 4:
            continue
        for code in needles.codes:
            candidates = [code.alnum]
            if code.alnum.isdigit() and len(code.alnum) >= 9:
                candidates.append(code.alnum[-8:])  # the local number without its country code
            for target in candidates:
                haystack = digits if target.isdigit() else compact
                if len(target) >= 5 and target in haystack or len(target) >= 4 and haystack == target:
                    a, b = match.start(), match.end()
                    if target.isdigit():  # "and 4471902": the number, not the word before it
                        inner = re.search(r"[+\d].*\d", run)
                        a, b = a + inner.start(), a + inner.end()
                    s, e = mapped.span(a, b)
                    found.append(Found(s, e, code.kind, code.source))
                    break
    return found


def _detail_key(word: str) -> str:
    return word[:6] if len(word) > 6 else word


def detail_hits(needles: Needles, mapped: Mapped, ws: list[Word]) -> list[Found]:
    """Two distinctive words of an identifying detail in a row ("prosthetic leg")."""
    if not needles.details:
        return []
    content = [w for w in ws if not lexicon.is_function_word(w.text) and len(w.text) > 1]
    pairs: dict[tuple[str, str], tuple[str, str]] = {}
    for detail in needles.details:
        keys = [_detail_key(w) for w in detail.words]
        for a, b in zip(keys, keys[1:]):
            pairs.setdefault((a, b), (detail.kind, detail.source))
    found = []
    for left, right in zip(content, content[1:]):
        if mapped.text[left.fend:right.fstart].count(" ") > 3:
            continue
        pair = (_detail_key(left.text), _detail_key(right.text))
        if pair in pairs and (lexicon.zipf(left.text) < 3.8 or lexicon.zipf(right.text) < 3.8):
            kind, source = pairs[pair]
            found.append(Found(left.start, right.end, kind, source))
    return found


# ---------------------------------------------------------------------------------------------
# Spelled-out contacts.

_SPELLED_AT = re.compile(r"\s*(?:[\[({<]\s*(?:at|@)\s*[\])}>]|\s(?:at|arroba|chez|собака)\s)\s*")
_SPELLED_DOT = re.compile(r"\s*(?:[\[({<]\s*(?:dot|\.)\s*[\])}>]|\s(?:dot|point|punto|ponto|точка)\s)\s*")


_SPELLED = re.compile(f"(?P<at>{_SPELLED_AT.pattern})|(?P<dot>{_SPELLED_DOT.pattern})")


def deobfuscate(mapped: Mapped) -> Mapped:
    """"k dot barsky at gmail": the folded text with spelled-out @ and dots written as such."""
    text = mapped.text
    if not _SPELLED_AT.search(text) and not _SPELLED_DOT.search(text):
        return mapped
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    at = 0
    for match in _SPELLED.finditer(text):
        out.append(text[at:match.start()])
        starts.extend(mapped.starts[at:match.start()])
        ends.extend(mapped.ends[at:match.start()])
        out.append("@" if match.lastgroup == "at" else ".")
        starts.append(mapped.starts[match.start()])
        ends.append(mapped.ends[match.end() - 1])
        at = match.end()
    out.append(text[at:])
    starts.extend(mapped.starts[at:])
    ends.extend(mapped.ends[at:])
    return Mapped("".join(out), starts, ends)
