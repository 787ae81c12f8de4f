"""Names and places in free text, found by the way they are written.

Capitals in cased scripts (a capitalised word inside a sentence that is not a common word), the
words after a cue in every script ("his brother", "the village of", "حي", "律师", "ကို"), place
words written after a name ("Bağlar Mahallesi", "涞水县", "Sohar Polyclinic"), aliases and quoted
names. needles.py reads private free text with it (every name there is a needle); the recogniser
reads public text with it (every name there is a question for the moderator).
"""
from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from . import lexicon
from .cues import (
    ALIAS_CUES,
    SUFFIX_PLACE_CUES,
    ARABIC_CUES,
    ARABIC_PERSON_CUES,
    ARABIC_PLACE_CUES,
    CASELESS_PERSON_CUES,
    CASELESS_PLACE_AFTER,
    CASELESS_PLACE_CUES,
    CASELESS_STOP,
    CJK_CUES,
    CJK_PLACE_SUFFIXES,
    CJK_SURNAMES,
    CUE_LINKS,
    PERSON_CUES,
    PLACE_CUES,
    CJK_STOP,
)
from .forms import PARTICLES, TITLES
from .text import Word, decode, fold_mapped, folded, name_gap, script, words


@dataclasses.dataclass(frozen=True)
class Found:
    start: int  # span in the original text
    end: int
    parts: tuple[str, ...]  # folded words
    label: str  # person or place
    how: str  # capitals, cue, suffix, alias, quoted
    cued: bool = False  # a cue word stands before or after it
    strict: bool = False  # common words taken only because a cue stands by: no hit alone


_QUOTED = re.compile(r"[\"“”«„]([^\"“”«»„\n]{2,60})[\"“”»]")
_NUMBERED = re.compile(r"\s*(?:№|No\.?|no\.|n[º°o]\.?|n\.º|Nr\.?|nr\.?|#|number)\s*(\d{1,4})\b")
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\n]|[.!?]\s*[\"'»”)])\s*[\"'«“(\[]?\s*$")
_CASED = ("latin", "cyrillic", "greek")


def sentence_initial(text: str, start: int) -> bool:
    return bool(_SENTENCE_END.search(text[max(0, start - 6):start]))


def _candidate(word: Word, original: str, everything: bool) -> bool:
    """A capitalised word that is probably a name: not public by nature, not a common word."""
    if word.script not in _CASED or not word.capital or len(word.text) < 2:
        return False
    if word.text.isdigit() or word.text in TITLES or word.text in lexicon.PUBLIC_WORDS:
        return False
    if lexicon.is_function_word(word.text):
        return False
    if word.upper and len(word.text) <= 5 and not everything:
        return False  # an acronym of an institution (NSS, HRC): an organisation's own is listed apart
    if lexicon.is_public_phrase(word.text):
        return False
    limit = 3.0 if sentence_initial(original, word.start) else 4.6
    # Judged as written too: wordfreq knows "Thành" and "Müdürlüğü", not "thanh" and "mudurlugu".
    return lexicon.zipf_as_written(word.text, original[word.start:word.end]) < limit


def _joins(word: Word) -> bool:
    """A capitalised word that may continue a name it follows ("Grace" in "Grace Okafor")."""
    return word.capital and word.script in _CASED and word.text not in TITLES \
        and not lexicon.is_public_phrase(word.text) and not lexicon.is_function_word(word.text) \
        and not word.text.isdigit()


def find(text: str, *, everything: bool = True, quoted: bool = True, mapped=None, ws=None) -> list[Found]:
    """Every name and place the way it is written tells of, in the order the rules find them.

    `mapped` and `ws`, the text decoded and folded and its words, save the work when the caller
    has them already.
    """
    if not text:
        return []
    if mapped is None or ws is None:
        mapped = fold_mapped(decode(text))
        ws = words(mapped, text)
    out: list[Found] = []
    out += _capitals(text, mapped, ws, everything)
    out += _caseless_cues(text, ws)
    out += _cjk(text, mapped)
    out += _myanmar(text)
    out += _aliases(text, quoted)
    return out


@lru_cache(maxsize=16384)
def is_place_cue(word: str) -> bool:
    """A word before a place's name: "village", "школы" (an inflected "школа"), "mahallasida"."""
    return word in PLACE_CUES or _inflected(word, _PLACE_STEMS)


@lru_cache(maxsize=16384)
def is_person_cue(word: str) -> bool:
    return word in PERSON_CUES or _inflected(word, _PERSON_STEMS)


@lru_cache(maxsize=16384)
def is_suffix_place_cue(word: str) -> bool:
    """A word after a place's name: "district", "Mahallesi", "mahallasida" (with a case ending)."""
    return word in SUFFIX_PLACE_CUES or _inflected(word, _SUFFIX_STEMS)


def _stems(cues) -> dict[str, int]:
    """Cue stems (the word less a final vowel), for cues long enough to be read with an ending."""
    out = {}
    for cue in cues:
        if len(cue) >= 5:
            stem = cue[:-1] if cue[-1] in "aeiouyаеиоуыэюяьійєї" else cue
            out[stem] = len(stem)
    return out


def _inflected(word: str, stems: dict[str, int]) -> bool:
    """A cue with a case ending ("школы", "mahallasida"); in Latin script only where the word is
    not itself a common word of the languages the lists know ("prisoners" is not "prison")."""
    if len(word) < 5 or (word.isascii() and lexicon.zipf(word) >= 3.0):
        return False
    for size in range(len(word), 3, -1):
        if word[:size] in stems:
            return len(word) - size <= 4  # a case ending of up to four letters
    return False


_PLACE_STEMS = _stems(PLACE_CUES)
_PERSON_STEMS = _stems(PERSON_CUES - TITLES)
_SUFFIX_STEMS = _stems(SUFFIX_PLACE_CUES)


def _sentence_break(text: str, left: Word, right: Word) -> bool:
    """A full stop after a word longer than an initial: "Binadamu. Tarehe" is two sentences, "K. Bello" one."""
    return "." in text[left.end:right.start] and len(left.text) > 2


def _cue_before(ws: list[Word], first: int) -> str:
    """The cue before a word, over a function word or particle ("the village of X", "mtaa wa X")."""
    k = first - 1
    while k >= 0 and first - k <= 2 and ws[k].text in CUE_LINKS:
        k -= 1
    return ws[k].text if k >= 0 else ""


def _capitals(text: str, mapped, ws: list[Word], everything: bool) -> list[Found]:
    out: list[Found] = []
    group: list[int] = []

    def flush() -> None:
        if group:
            first, last = group[0], group[-1]
            parts = tuple(ws[k].text for k in group)
            if not lexicon.is_public_phrase(" ".join(parts)):
                before = _cue_before(ws, first)
                after = ws[last + 1].text if last + 1 < len(ws) else ""
                place = is_place_cue(before) or is_suffix_place_cue(after) or is_suffix_place_cue(parts[-1]) \
                    or (len(parts) > 1 and is_place_cue(parts[0]))
                cued = place or is_person_cue(before) or (len(parts) > 1 and is_person_cue(parts[0]))
                out.append(Found(ws[first].start, ws[last].end, parts, "place" if place else "person",
                                 "capitals", cued))
        group.clear()

    for i, word in enumerate(ws):
        joined = group and name_gap(mapped.text, ws[group[-1]], word) and not _sentence_break(text, ws[group[-1]], word)
        if _candidate(word, text, everything):
            if group and not joined:
                flush()
            group.append(i)
        elif group and joined and _joins(word):
            group.append(i)
        elif group and joined and word.text in PARTICLES and i + 1 < len(ws) and ws[i + 1].capital:
            group.append(i)  # "Ben" in "Karim ben Salah"
        else:
            flush()
            # A capitalised word just before a candidate ("Grace" before "Okafor") joins it.
            if _joins(word) and i + 1 < len(ws) and _candidate(ws[i + 1], text, everything) \
                    and name_gap(mapped.text, word, ws[i + 1]):
                group.append(i)
    flush()
    out += _cue_runs(text, mapped, ws)
    out += _vietnamese(text, mapped, ws)
    return out


# Vietnamese names are common words one by one; the family name (nine of ten people bear one of
# these) or the middle name Văn / Thị tells a name: "Hoàng Văn Cường", "Trần Thị Lan".
_VI_SURNAMES = frozenset(folded(w) for w in """
Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Vương Trịnh Trương Lâm Phùng
Mai Tô Hà Tạ Chu Lưu Cao Quách Đinh Thái Lương Triệu Kiều Lục Mạc Tăng Văn Nông Hứa
""".split())
_VI_MIDDLE = frozenset(folded(w) for w in "Văn Thị Hữu Đức Ngọc Thanh Xuân Quang Minh Công Đình".split())


def _vietnamese(text: str, mapped, ws: list[Word]) -> list[Found]:
    out: list[Found] = []
    i = 0
    while i < len(ws):
        word = ws[i]
        if not (word.capital and word.script == "latin" and (word.text in _VI_SURNAMES or word.text in _VI_MIDDLE)):
            i += 1
            continue
        run = [i]
        while run[-1] + 1 < len(ws) and len(run) < 4:
            nxt = ws[run[-1] + 1]
            if not (nxt.capital and nxt.script == "latin" and name_gap(mapped.text, ws[run[-1]], nxt)
                    and not _sentence_break(text, ws[run[-1]], nxt) and len(nxt.text) <= 7):
                break
            run.append(run[-1] + 1)
        parts = tuple(ws[k].text for k in run)
        raw = text[ws[run[0]].start:ws[run[-1]].end]
        vietnamese = any(ord(c) > 0x7f for c in raw) or any(p in _VI_MIDDLE for p in parts[1:])
        named = parts[0] in _VI_SURNAMES or any(p in _VI_MIDDLE for p in parts[1:-1])
        if len(run) >= 2 and vietnamese and named and not lexicon.is_public_phrase(" ".join(parts)):
            out.append(Found(ws[run[0]].start, ws[run[-1]].end, parts, "person", "cue", True))
        i = run[-1] + 1
    return out


def _run(text: str, mapped, ws: list[Word], k: int, step: int) -> list[int]:
    """Capitalised words from k on, in one direction, close enough to be one name."""
    run: list[int] = []
    while 0 <= k < len(ws):
        word = ws[k]
        ok = word.capital and word.script in _CASED and word.text not in TITLES and not word.text.isdigit() \
            and (not lexicon.is_function_word(word.text) or len(word.text) == 1)
        if not ok and word.text in PARTICLES and 0 <= k + step < len(ws) and ws[k + step].capital:
            ok = True  # "San" in "Hospital de San Rafael", "El" in "vereda El Credo"
        if run:
            left, right = sorted((ws[run[-1]], word), key=lambda w: w.start)
            if not name_gap(mapped.text, left, right) or _sentence_break(text, left, right):
                break
        if not ok:
            break
        run.append(k)
        k += step
    while run and ws[run[-1]].text in PARTICLES:
        run.pop()
    return sorted(run)


def _cue_runs(text: str, mapped, ws: list[Word]) -> list[Found]:
    """Capitalised words after a cue or before a place word, common or not: "Hospital San Rafael",
    "Area K police station", "sister Lan"."""
    out: list[Found] = []
    for i, word in enumerate(ws):
        if word.script not in _CASED:
            continue
        runs: list[tuple[list[int], str]] = []
        place_cue, person_cue = is_place_cue(word.text), is_person_cue(word.text)
        if person_cue and word.capital and i > 0 and ws[i - 1].capital and ws[i - 1].script in _CASED \
                and name_gap(mapped.text, ws[i - 1], word) and not _sentence_break(text, ws[i - 1], word):
            person_cue = False  # inside a name: "Hồ Chí Minh" (folded "chi", like the title "chị")
        if place_cue or person_cue:
            k = i + 1
            while k < len(ws) and k - i <= 2 and not ws[k].capital and ws[k].text in CUE_LINKS:
                k += 1
            runs.append((_run(text, mapped, ws, k, 1), "place" if place_cue else "person"))
            if place_cue:
                number = _NUMBERED.match(text, word.end)
                if number:  # "школы № 17", "School No. 3", "colegio n.º 5"
                    out.append(Found(word.start, number.end(), (word.text, number.group(1)), "place", "cue", True,
                                     strict=True))
        if is_suffix_place_cue(word.text):
            k = i - 1
            if k >= 0 and not ws[k].capital and not lexicon.is_function_word(ws[k].text) and len(ws[k].text) > 2:
                k -= 1  # "police" in "Area K police station"
            runs.append((_run(text, mapped, ws, k, -1), "place"))
        for run, label in runs:
            run = [k for k in run if k != i]
            if not run:
                continue
            near = run[0] if run[0] > i else run[-1]
            left, right = sorted((word, ws[near]), key=lambda w: w.start)
            if re.search(r"[^\w\s'’\-]", text[left.end:right.start]):
                continue  # "a witness. Four men", "Rizal Street, Davao City": the cue is not the name's
            parts = tuple(ws[k].text for k in run)
            if all(len(p) == 1 for p in parts):
                continue
            if label == "person" and all(p in lexicon.PUBLIC_WORDS for p in parts):
                continue  # "his lawyer, Human Rights Watch"; but "her sister Sofia" is a person, city or not
            if label == "place" and lexicon.is_public_phrase(" ".join(parts)) \
                    and not any(len(p) == 1 or p.isdigit() for p in parts):
                continue  # "United Nations compound"; but "Area K police station", "Block 4" are precise
            # A person after a word of kinship or role is a person wherever written as a name ("her
            # sister Grace"). After a title, or a place word, common words count only beside their
            # own: short titles are words of other languages too (Swahili "Bi", Vietnamese "bị").
            relation = label == "person" and word.text not in TITLES
            out.append(Found(ws[run[0]].start, ws[run[-1]].end, parts, label, "cue", True, strict=not relation))
    return out


_CASELESS = ("abjad", "other")
_BETWEEN_NAME = re.compile(r"[\s\-\u200c]*")  # between two words of one name
_AFTER_CUE = re.compile(r"[\s\-.:]*")  # between a cue and its name: "د. وائل", "ዶ/ር"


def _caseless_cue(word: Word, cues: frozenset[str]) -> bool:
    """A cue word, or, outside the Arabic script, one with up to three letters joined after it
    (an article or a case ending: "እማኙ", "থানায়", "ციხეში")."""
    if word.text in cues:
        return True
    if word.script != "other":
        return False
    text = word.text
    return any(text[:size] in cues for size in range(max(2, len(text) - 3), len(text)))


def _caseless_cues(text: str, ws: list[Word]) -> list[Found]:
    """Caseless scripts (Arabic, Ethiopic, Bengali, Devanagari, Georgian, Armenian...): the words
    after a cue ("his brother", "the district of", "አቶ"), and before a place word ("থানা")."""
    out: list[Found] = []
    consumed = -1
    for i, word in enumerate(ws):
        if word.script not in _CASELESS or i <= consumed:
            continue  # a cue word inside the name just taken ("أبو" in "الجار أبو فيصل") starts nothing
        if word.script == "abjad":
            person, place, after = word.text in ARABIC_PERSON_CUES, word.text in ARABIC_PLACE_CUES, False
        else:
            person, place = _caseless_cue(word, CASELESS_PERSON_CUES), _caseless_cue(word, CASELESS_PLACE_CUES)
            after = _caseless_cue(word, CASELESS_PLACE_AFTER)
        if person or place:
            taken = _caseless_name(text, ws, i, 1)
            if taken:
                consumed = taken[-1]
                parts = tuple(ws[k].text for k in taken)
                out.append(Found(ws[taken[0]].start, ws[taken[-1]].end, parts, "place" if place else "person",
                                 "cue", True))
        if after and not person and not place:
            taken = _caseless_name(text, ws, i, -1)
            if taken:
                parts = tuple(ws[k].text for k in taken)
                out.append(Found(ws[taken[0]].start, ws[taken[-1]].end, parts, "place", "cue", True, strict=True))
    return out


def _is_caseless_cue(word: Word) -> bool:
    if word.script == "abjad":
        return word.text in ARABIC_CUES
    return any(_caseless_cue(word, cues) for cues in (CASELESS_PERSON_CUES, CASELESS_PLACE_CUES, CASELESS_PLACE_AFTER))


def _caseless_name(text: str, ws: list[Word], i: int, step: int) -> list[int]:
    """The words of a name beside the cue at i, in one direction: up to two that are not
    particles, in the cue's script, with nothing but a space or hyphen between them."""
    taken: list[int] = []
    k = i + step
    while 0 <= k < len(ws) and len([j for j in taken if ws[j].text not in PARTICLES]) < 2:
        nxt, prev = ws[k], ws[taken[-1] if taken else i]
        left, right = sorted((prev, nxt), key=lambda w: w.start)
        between = text[left.end:right.start]
        if nxt.script != ws[i].script or not (_BETWEEN_NAME if taken else _AFTER_CUE).fullmatch(between):
            break
        if nxt.text in CASELESS_STOP or lexicon.is_function_word(nxt.text) or lexicon.is_public_phrase(nxt.text):
            break
        if taken and _is_caseless_cue(nxt):
            break
        taken.append(k)
        k += step
    while taken and ws[taken[-1]].text in PARTICLES:
        taken.pop()
    return sorted(taken) if taken and not all(ws[k].text in PARTICLES for k in taken) else []


_FOREIGN_NAME = re.compile(r"[\u4e00-\u9fff]{1,8}(?:[·•・‧.][\u4e00-\u9fff]{1,8})+")


def _cjk(original: str, mapped) -> list[Found]:
    """Chinese: a surname after a cue (邻居赵建国), a place before its unit or facility (涞水县),
    a foreign name written in characters with its parts joined by a dot (克莱尔·杜布瓦)."""
    out: list[Found] = []
    for match in _FOREIGN_NAME.finditer(original):
        parts = tuple(p for p in re.split(r"[·•・‧.]", match.group()) if p)
        out.append(Found(match.start(), match.end(), ("".join(parts),), "person", "cue", True))
    text = mapped.text
    for cue in CJK_CUES:
        for match in re.finditer(re.escape(cue), text):
            tail = "".join(c for c in text[match.end():match.end() + 3] if script(c) == "unspaced")
            for size in (3, 2):
                name = tail[:size]
                if len(name) == size and name[0] in CJK_SURNAMES:
                    s, e = mapped.span(match.end(), match.end() + size)
                    out.append(Found(s, e, (name,), "person", "cue", True))
                    break
    for suffix in CJK_PLACE_SUFFIXES:
        for match in re.finditer(re.escape(suffix), text):
            start = match.start()
            while start > 0 and match.start() - start < 4 and "\u4e00" <= text[start - 1] <= "\u9fff" \
                    and text[start - 1] not in CJK_STOP:
                start -= 1
            if match.start() - start < 1 or (match.start() - start < 2 and len(suffix) == 1):
                continue
            if suffix == "区" and text[max(0, match.start() - 2):match.start()] in ("自治", "地区", "特别"):
                continue  # 自治区, 特别行政区: a province-level region, public
            s, e = mapped.span(start, match.end())
            out.append(Found(s, e, (text[start:match.end()],), "place", "suffix", True))
    return out


# Honorifics a Burmese name starts with (မ "Ma" is left out: it is also the negative prefix), and
# the words after a place's name (village tract, village, township, town, ward, street).
_MY_PERSON = ("ဦး", "ကို", "ဒေါ်", "မောင်", "ဆရာ", "ဆရာမ", "ဒေါက်တာ")
_MY_PLACE_AFTER = ("ကျေးရွာ", "ရွာ", "မြို့နယ်", "မြို့", "ရပ်ကွက်", "လမ်း")
_MY_ANY = re.compile(r"[\u1000-\u109f]")
_MY_TOKEN = re.compile(r"[\u1000-\u1049\u104c-\u109f\ua9e0-\ua9ff\uaa60-\uaa7f]+")


def _myanmar(text: str) -> list[Found]:
    """Burmese: a word that starts with an honorific (ကိုဇော်ဝင်း), a word before a place word
    (ရွာသစ်ကုန်း ကျေးရွာ)."""
    if not _MY_ANY.search(text):
        return []
    from . import burmese

    out: list[Found] = []
    tokens = list(_MY_TOKEN.finditer(text))
    for k, token in enumerate(tokens):
        sylls = burmese.syllables(token.group())
        if len(sylls) >= 2 and sylls[0] in _MY_PERSON and any(s not in burmese.HONORIFICS for s in sylls[1:]):
            out.append(Found(token.start(), token.end(), (token.group(),), "person", "cue", True))
        following = tokens[k + 1] if k + 1 < len(tokens) else None
        if following is not None and len(sylls) >= 2 and text[token.end():following.start()].strip() == "" \
                and following.group().startswith(_MY_PLACE_AFTER):
            out.append(Found(token.start(), token.end(), (token.group(),), "place", "cue", True))
    return out


def _aliases(text: str, quoted: bool) -> list[Found]:
    """Aliases and, in private text, quoted names, whatever their case."""
    out: list[Found] = []
    for match in ALIAS_CUES.finditer(text):
        tail = text[match.end():match.end() + 60]
        tail = re.split(r"[\"“”»,.;:()\n]| and | et | y ", tail)[0]
        parts = name_words(tail)[:3]
        if parts and not lexicon.is_public_phrase(" ".join(parts)) and name_like(tail, parts):
            out.append(Found(match.end(), match.end() + len(tail), parts, "person", "alias", True))
    if quoted:
        for match in _QUOTED.finditer(text):
            parts = name_words(match.group(1))
            if 1 <= len(parts) <= 4 and not lexicon.is_public_phrase(" ".join(parts)) \
                    and name_like(match.group(1), parts):
                out.append(Found(match.start(1), match.end(1), parts, "person", "quoted"))
    return out


def name_words(value: str) -> tuple[str, ...]:
    """The folded words of a name ("Zainab Okonkwo-Haddad" → zainab, okonkwo, haddad)."""
    mapped = fold_mapped(decode(value or ""))
    return tuple(w.text for w in words(mapped, value or "", unspaced=True))


def name_like(original: str, parts: tuple[str, ...]) -> bool:
    """A quoted or aliased phrase that reads as a name, not a slogan ("enemies of the nation")."""
    if any(script(p[0]) not in _CASED for p in parts if p):
        return not any(lexicon.is_function_word(p) for p in parts)  # caseless scripts: short, no function words
    capitals = [w for w in original.split() if w[:1].isupper()]
    return bool(capitals) and all(not lexicon.is_function_word(p) or p in PARTICLES for p in parts)
