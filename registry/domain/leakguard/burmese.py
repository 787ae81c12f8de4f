"""Burmese (Myanmar script) names: syllables, honorifics, and the forms the press writes them in.

Burmese names are runs of syllables with no spaces (ဦးအောင်ကိုကို = U + Aung + Ko + Ko), often
after an honorific (ဦး U, ဒေါ် Daw, ကို Ko, မ Ma, မောင် Maung). Public Burmese text is searched for
runs of two or more of the name's syllables; English text for the name spelt in the conventional
romanisation, one word per syllable ("Aung Ko Ko", "U Aung Ko Ko"). anyascii cannot do that
(it spells အောင်ကိုကို "eankiukiu"), so a table of name syllables does (burmese_names.py).
"""
from __future__ import annotations

import heapq
import re
import sys
import unicodedata

from anyascii import anyascii

from .burmese_names import COMPOUNDS, HONORIFIC_ROMAN, ROMAN

_BLOCKS = ((0x1000, 0x109F), (0xA9E0, 0xA9FF), (0xAA60, 0xAA7F))
ASAT, STACKER, DOT_BELOW = "\u103a", "\u1039", "\u1037"
MAX_VARIANTS = 16

# Honorifics before a name: the titles come first (ဒေါက်တာဦးအောင် = Dr U Aung), then the
# kinship ones. ဆရာတော် is here so that ဆရာ never takes the first half of it.
TITLES = frozenset({"ဆရာ", "ဆရာမ", "ဒေါက်တာ", "ဆရာတော်"})
KINSHIP = frozenset({"ဦး", "ကို", "မောင်", "ဒေါ်", "မ"})
HONORIFICS = TITLES | KINSHIP


def _block_class(keep) -> str:
    chars = (chr(cp) for lo, hi in _BLOCKS for cp in range(lo, hi + 1))
    return "".join(re.escape(c) for c in chars if keep(unicodedata.category(c)))


_MY = "\u1000-\u109f\ua9e0-\ua9ff\uaa60-\uaa7f"
_LETTER = _block_class(lambda cat: cat.startswith("L"))  # consonants, independent vowels, Shan...
_OTHER = _block_class(lambda cat: cat[0] not in "LM")  # digits, punctuation, symbols
# Combining marks outside the Myanmar block (accents, joiners) stay with the character before.
_FOREIGN_MARK = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u200c\u200d"

# The syllable-break rule (as in Ye Kyaw Thu's sylbreak): break before a letter unless it is
# stacked under the one before (preceded by U+1039) or killed (followed by asat or the stacker,
# with dot below allowed between: NFC puts U+1037 before U+103A). Always break before a Myanmar
# digit or sign; between Myanmar and other text; between spaces and other text.
_BREAK = re.compile(
    rf"(?<=[\s\S])(?:"
    rf"(?<!{STACKER})(?=[{_LETTER}](?!{DOT_BELOW}?[{ASAT}{STACKER}]))"
    rf"|(?=[{_OTHER}])"
    rf"|(?<=[{_MY}])(?=[^{_MY}{_FOREIGN_MARK}])"
    rf"|(?<=[^{_MY}])(?=[{_LETTER}{_OTHER}])"
    rf"|(?<=\s)(?=[^\s{_MY}{_FOREIGN_MARK}])"
    rf"|(?<=[^\s{_MY}])(?=\s)"
    rf")")


def syllables(text: str) -> list[str]:
    """Cut Myanmar text into syllables, marks kept with their syllable; nothing is lost.

    Burmese has no spaces between the syllables of a name (or the words of a sentence), so
    names are compared syllable by syllable. Other text comes out as runs of non-space
    characters and runs of spaces, so "".join(syllables(text)) == text always.
    """
    return [piece for piece in _BREAK.split(text) if piece]


def is_myanmar(word: str) -> bool:
    """Whether a (non-empty) word is written all in Myanmar script, so that this module applies."""
    return bool(word) and all(any(lo <= ord(c) <= hi for lo, hi in _BLOCKS) for c in word)


def _name_syllables(name: str) -> list[str]:
    """The Myanmar syllables of a name; spaces and zero-width spaces people put between its parts go."""
    return [s for s in syllables(name) if is_myanmar(s)]


def _split_honorifics(sylls: list[str]) -> tuple[list[str], list[str]]:
    """(honorifics, name): at most one title, then at most one kinship honorific, each taken only
    when a syllable is left. One of each, not more: in ဦးမောင်မောင် the name is Maung Maung."""
    taken: list[str] = []
    at = 0
    for kind in (TITLES, KINSHIP):
        for size in (3, 2, 1):  # longest first: ဆရာမ before ဆရာ
            head = "".join(sylls[at:at + size])
            if len(sylls) - at > size and unicodedata.normalize("NFC", head) in kind:
                taken.append(head)
                at += size
                break
    return taken, sylls[at:]


def strip_honorific(syllables: list[str]) -> list[str]:
    """The name without its leading honorific (ဦးအောင်ကိုကို -> အောင်ကိုကို), when anything is left.

    Honorifics change with age and status (Maung at school, Ko as a young man, U when older),
    so the same person is found under any of them, or under none.
    """
    return _split_honorifics(list(syllables))[1]


def name_runs(name: str) -> list[str]:
    """Every run of two or more consecutive syllables of the name, longest first, deduplicated.

    Searched as substrings of public Burmese text: ကိုကို and ဦးအောင် give away ဦးအောင်ကိုကို.
    A single syllable is left out (ကို alone is also the object marker, every sentence has one),
    and so are runs made only of the honorifics (ဒေါက်တာ is the word doctor).
    """
    sylls = _name_syllables(name)
    honorifics, _ = _split_honorifics(sylls)
    prefix = len(syllables("".join(honorifics))) if honorifics else 0
    runs: dict[str, None] = {}
    for size in range(len(sylls), 1, -1):
        for start in range(len(sylls) - size + 1):
            if start + size > prefix:
                runs.setdefault("".join(sylls[start:start + size]), None)
    return list(runs)


def _canon(syllable: str) -> str:
    """A syllable as the tables spell it: NFC (dot below before asat), ဥ် typed for ဉ်, digit ၀ for ဝ."""
    s = unicodedata.normalize("NFC", syllable).replace("\u1025\u103a", "\u1009\u103a")
    return "\u101d" + s[1:] if s[:1] == "\u1040" and len(s) > 1 else s


def _fallback(syllable: str) -> tuple[str, ...]:
    word = re.sub(r"[^a-z0-9]", "", anyascii(syllable).lower())
    return (word,) if word else ()


def _word_options(sylls: list[str], *, first_is_name: bool) -> list[list[tuple[str, ...]]]:
    """For each word of the name (a compound or one syllable), its spellings, most common first."""
    sylls = [_canon(s) for s in sylls]
    longest = max((len(syllables(k)) for k in COMPOUNDS), default=1)
    options: list[list[tuple[str, ...]]] = []
    at = 0
    while at < len(sylls):
        for size in range(min(longest, len(sylls) - at), 1, -1):
            compound = COMPOUNDS.get("".join(sylls[at:at + size]))
            if compound:
                options.append([tuple(v.split()) for v in compound])
                at += size
                break
        else:
            s = sylls[at]
            if s == "ဦး" and at == 0 and not first_is_name:
                spellings: tuple[tuple[str, ...], ...] = (("u",), ("oo",))  # the honorific U
            elif s in ROMAN:
                spellings = tuple((v,) for v in ROMAN[s])
            else:
                spellings = (_fallback(s),)
            options.append(list(spellings))
            at += 1
    return options


def _best(options: list[list[tuple[str, ...]]], limit: int) -> list[tuple[int, tuple[str, ...]]]:
    """The `limit` combinations with the lowest sum of spelling ranks (rank 0 = most common).

    Keeping the best `limit` partial combinations at each word is exact, and keeps a long
    name from multiplying out: 3 spellings for each of 20 syllables is 3**20 combinations.
    """
    beam: list[tuple[int, int, tuple[str, ...]]] = [(0, 0, ())]
    for choices in options:
        grown = [(rank + i, order * len(choices) + i, words + choice)
                 for rank, order, words in beam for i, choice in enumerate(choices)]
        beam = heapq.nsmallest(limit, grown)
    return [(rank, words) for rank, _, words in beam]


def romanisations(name: str, limit: int = MAX_VARIANTS) -> list[tuple[str, ...]]:
    """The name as English-language press writes it: lowercase words, one per syllable.

    With the honorific dropped and kept (("aung","ko","ko"), ("u","aung","ko","ko")), with the
    common spelling variants (Win/Winn, Tun/Htun), most common first, at most `limit` tuples.
    A one-word form left after dropping an honorific (("ko",) for ကိုကို) is left out: a single
    common word like "win" or "ko" would flag every English text.
    """
    sylls = _name_syllables(name)
    if not sylls:
        return []
    honorifics, rest = _split_honorifics(sylls)
    bare = _best(_word_options(rest, first_is_name=bool(honorifics)), limit)
    # Forms: bare, then the kinship honorific kept, then the title too, then the title alone.
    forms: list[list[str]] = [[]] + [honorifics[-1:]] * bool(honorifics)
    if len(honorifics) == 2:
        forms += [honorifics, honorifics[:1]]
    ranked: list[tuple[int, int, int, tuple[str, ...]]] = []
    for f, form in enumerate(forms):
        prefix_options = [[(w,) for w in HONORIFIC_ROMAN[unicodedata.normalize("NFC", h)]] for h in form]
        for p_rank, prefix in _best(prefix_options, limit):
            for n, (rank, words) in enumerate(bare):
                if not words or (not form and honorifics and len(words) < 2):
                    continue
                ranked.append((p_rank + rank, f, n, prefix + words))
    out: dict[tuple[str, ...], None] = {}
    for *_, words in sorted(ranked):
        out.setdefault(words, None)
    return list(out)[:limit]


if __name__ == "__main__":  # python -m registry.domain.leakguard.burmese ဦးအောင်ကိုကို
    for arg in sys.argv[1:]:
        print(syllables(arg), name_runs(arg), romanisations(arg))
