"""The forms a name takes in other texts: inflected, transliterated, romanised, as pinyin.

Each function takes a folded word (leakguard.text.folded) and returns folded forms or keys;
two words that share a key are taken for the same name. Libraries do the linguistics:
pymorphy3 (Russian and Ukrainian dictionaries) declines names, anyascii transliterates any
script to Latin letters, pypinyin gives the pinyin of Chinese characters.
"""
from __future__ import annotations

import logging
import re
import threading
from functools import lru_cache

from anyascii import anyascii

from .text import script

log = logging.getLogger("registry.leakguard")

# ---------------------------------------------------------------------------------------------
# Inflection.

_MORPH: dict[str, object] = {}
_MORPH_LOCK = threading.Lock()


def _analyzer(lang: str):
    with _MORPH_LOCK:
        if lang not in _MORPH:
            try:
                import pymorphy3

                _MORPH[lang] = pymorphy3.MorphAnalyzer(lang=lang)
            except Exception as exc:  # a missing dictionary must not stop the guard's other checks
                log.warning("pymorphy3 %s dictionary not available: %s", lang, type(exc).__name__)
                _MORPH[lang] = None
        return _MORPH[lang]


# Russian, Ukrainian, Belarusian names decline: the final vowel or soft sign goes, a fleeting
# vowel before the last consonant drops (Кравец → Кравца, Павел → Павла).
CYRILLIC_ENDINGS = frozenset("аеиоуыэюяьійєї")
_FLEETING = re.compile(r"^(.{2,}[^аеиоуыэюяьійєї])[её]([^аеиоуыэюяьійєї])$")
_FLEETING_O = re.compile(r"^(.{2,}[^аеиоуыэюяьійєї])о([кн])$")


@lru_cache(maxsize=8192)
def cyrillic_forms(word: str) -> frozenset[str]:
    """Every case form of a Cyrillic name the dictionaries know, and the name itself."""
    forms = {word}
    for lang in ("ru", "uk"):
        morph = _analyzer(lang)
        if morph is None:
            continue
        for parse in morph.parse(word)[:4]:
            tag = str(parse.tag)
            if not any(t in tag for t in ("Name", "Surn", "Patr", "Geox", "NOUN", "ADJF")):
                continue
            try:
                forms.update(f.word.replace("ё", "е") for f in parse.lexeme)
            except Exception:  # pragma: no cover - pymorphy3 paradigms are data; never fail on one
                continue
    return frozenset(forms)


def cyrillic_stems(word: str) -> set[str]:
    """Stems a declined form of the name starts with (an ending of up to three letters follows)."""
    stems = {word}
    if word and word[-1] in CYRILLIC_ENDINGS:
        stems.add(word[:-1])
    for base in list(stems):  # Кравець → кравец → кравц (Кравця, Кравцю, Кравцем)
        for pattern in (_FLEETING, _FLEETING_O):
            match = pattern.match(base)
            if match:
                stems.add(match.group(1) + match.group(2))
    return {s for s in stems if len(s) >= 3}


_LATIN_FLEETING = re.compile(r"^(.{2,}[^aeiouy])(?:e|ie|io)([lkcnr])$")


def latin_stems(word: str) -> set[str]:
    """Stems an inflected Latin-script name starts with (Polish, Czech, Turkish, Finnish endings)."""
    stems = {word}
    if len(word) >= 5 and word[-1] in "aeiouy":
        stems.add(word[:-1])  # Kowalski → Kowalsk-iego, Nowaka
    match = _LATIN_FLEETING.match(word)
    if match:
        stems.add(match.group(1) + match.group(2))  # Wróbel → Wróbla, Marek → Marka, Kozioł → Kozła
    if word.endswith("nen") and len(word) >= 6:
        stems.add(word[:-3] + "se")  # Finnish: Virtanen → Virtasen, Virtaselle
    return {s for s in stems if len(s) >= 4}


def caseless_stems(word: str) -> set[str]:
    """Stems an inflected name in Georgian, Armenian, Indic or Ethiopic script starts with: these
    join case endings and postpositions to the word (ხუციშვილი → ხუციშვილმა, Գոհար → Գոհարի)."""
    stems = {word}
    if len(word) >= 5:
        stems.add(word[:-1])  # a final vowel gives way to the ending (ხუციშვილ-ის)
    return {s for s in stems if len(s) >= 4}


# Endings written joined to a name in Arabic and Persian: the accusative alef, the Persian plural
# and ezafe, possessives, the affectionate -jan (سميرًا, رضایی‌ها, مریمو, بهروزجان).
ABJAD_SUFFIXES = tuple(sorted({"ا", "ها", "هاي", "ي", "و", "ش", "م", "ت", "ان", "ين", "ون", "ه", "را", "جان", "جون"},
                              key=len, reverse=True))


# ---------------------------------------------------------------------------------------------
# Transliteration and romanisation.

# Spellings of one sound across romanisation systems (BGN/PCGN, ALA-LC, French, German, Spanish
# habits), reduced to one. Applied left to right on lower-case ASCII.
_ROMAN_RULES = [
    (re.compile(p), r) for p, r in (
        (r"[^a-z0-9]", ""),
        (r"sch|sh|ch(?=[^aeiouy]|$)|tch|tsch", "s"),
        (r"dzh|dj|zh|jh", "j"), (r"ph", "f"), (r"th", "t"), (r"kh|gh", "h"),
        (r"^u(?=[aeiy])", "v"),  # Уитфилд, Whitfield
        (r"h", ""),  # silent or breathed: John, Джон; Hernández, Эрнандес
        (r"ts|tz|tc|cz|c(?=[eiy])", "c"), (r"ck|q|c|k|g(?=$)", "k"), (r"x", "ks"),
        (r"w|v", "v"), (r"z", "s"),
        (r"ue", "u"), (r"oe", "o"), (r"ae", "a"), (r"ou|oo|uu", "u"), (r"ee|ii|ie|ey|iy|yi", "i"), (r"y", "i"),
        (r"(.)\1+", r"\1"),
    )
]
_VOWELS = re.compile(r"[aeiou]")
_DIPHTHONG_Y = re.compile(r"ay|ai|ei|ey|ee|ii|iy|y")
_DIPHTHONG_W = re.compile(r"aw|ow|oo|ou|uu|w")


@lru_cache(maxsize=65536)
def latin(word: str) -> str:
    """The word in Latin letters (any script), lower case."""
    return anyascii(word).lower() if not word.isascii() else word


@lru_cache(maxsize=65536)
def roman_key(word: str) -> str:
    """One spelling for the romanisations of a name: Kravets, Kravec, Krawez; Mueller, Müller."""
    key = latin(word)
    for pattern, replacement in _ROMAN_RULES:
        key = pattern.sub(replacement, key)
    return key


@lru_cache(maxsize=65536)
def skeletons(word: str) -> tuple[str, str]:
    """Consonant skeletons, the way an abjad writes a name: with long vowels (y, w) and without.

    Arabic and Persian write few vowels: ليلى is "lyl" and so is "Layla"; كريم is "krym" or
    "krm" and "Karim" is "krm".
    """
    key = latin(word).replace("`", "").replace("'", "")
    key = re.sub(r"[^a-z]", "", key)
    key = key.replace("kh", "h").replace("gh", "g").replace("sh", "s").replace("th", "t").replace("dh", "d")
    key = key.replace("q", "k").replace("c", "k").replace("p", "b").replace("v", "w")
    key = key.replace("dh", "z").replace("d", "z")  # ض ذ ظ ز: d in Arabic, z in Persian romanisations
    with_long = _VOWELS.sub("", _DIPHTHONG_W.sub("w", _DIPHTHONG_Y.sub("y", key)))
    without = _VOWELS.sub("", key.replace("y", "").replace("w", ""))
    collapse = re.compile(r"(.)\1+")
    # A final long vowel is often written in Arabic (ليلى, علي) and not in Latin (Layla, Ali).
    return collapse.sub(r"\1", with_long).rstrip("y"), collapse.sub(r"\1", without)


# ---------------------------------------------------------------------------------------------
# Chinese names.

# Two-character surnames (复姓); every other Chinese surname is one character.
COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 诸葛 上官 司徒 东方 皇甫 令狐 慕容 尉迟 公孙 夏侯 长孙 宇文 轩辕 端木 西门 南宫 独孤 百里".split())
# What follows a surname to make a way of addressing someone: 王律师 (lawyer Wang), 李女士 (Ms Li).
CJK_TITLES = tuple(
    "律师 女士 先生 小姐 太太 老师 医生 大夫 记者 教授 博士 同志 师傅 书记 主任 经理 校长 警官 牧师 阿姨 大爷 大妈 "
    "某某 某 姓 氏 律師 醫生 記者 夫人".split())
CJK_PREFIXES = ("小", "老", "阿")


def is_cjk(word: str) -> bool:
    """Written in an unspaced script (Chinese, Burmese, Thai...): searched as a substring."""
    return bool(word) and all(script(c) == "unspaced" for c in word)


def is_han(word: str) -> bool:
    return bool(word) and all("\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" for c in word)


def cjk_split(name: str) -> tuple[str, str]:
    """Surname and given name of a Chinese name written without a space."""
    if len(name) >= 3 and name[:2] in COMPOUND_SURNAMES:
        return name[:2], name[2:]
    return name[:1], name[1:]


@lru_cache(maxsize=4096)
def pinyin(text: str, style: str = "normal") -> tuple[str, ...]:
    """The pinyin syllables of Chinese characters, one per character (tone marks dropped)."""
    try:
        from pypinyin import Style, lazy_pinyin
    except ImportError:  # pragma: no cover - a dependency of the project
        return tuple(latin(c) for c in text)
    chosen = {"normal": Style.NORMAL, "wade": getattr(Style, "WADEGILES", Style.NORMAL)}[style]
    return tuple(s.lower().replace("-", "").replace("'", "") for s in lazy_pinyin(text, style=chosen, errors=lambda x: list(x)))


def cjk_romanisations(name: str) -> list[list[str]]:
    """A Chinese name as it is written in Latin letters: [surname, given] in pinyin and Wade-Giles.

    Burmese names are spelt syllable by syllable as the press writes them (burmese.py); other
    unspaced scripts (Thai, Khmer) are transliterated whole.
    """
    if not is_han(name):
        from . import burmese

        if burmese.is_myanmar(name):
            return [list(words) for words in burmese.romanisations(name)]  # "Aung Ko Ko", "U Aung Ko Ko"
        spelled = re.sub(r"[^a-z]", "", latin(name))
        return [[spelled]] if len(spelled) >= 3 else []
    surname, given = cjk_split(name)
    out = []
    for style in ("normal", "wade"):
        sur = "".join(pinyin(surname, style))
        giv = "".join(pinyin(given, style))
        if sur and giv:
            out.append([sur, giv])
        elif sur:
            out.append([sur])
    return out


# ---------------------------------------------------------------------------------------------
# Titles and particles.

# Words that stand before a surname as a way of address, in the languages the registry meets.
TITLES = frozenset("""
mr mrs ms miss mx dr prof sir madam mme mlle m me maitre monsieur madame mademoiselle docteur
sr sra srta don dona senor senora senorita lic licda dra ing abogado abogada
herr frau hr fr sig sigra signor signora dott avv
sayed sayyid sheikh shaykh sheikha hajj haji ustadh ustaz
bay bayan hanim bey avukat av sayin doktor dr
ong ba anh chi co chu bac
aghaye agha khanom
bwana bi mama mzee dk
pan pani
malam mallam malama alhaji hajiya kagawad kapitan ginoo ginang gng cənab xanım bapak pak ibu bu
г гн г-н гжа г-жа господин госпожа гражданин гражданка адвокат доктор пан пані
السيد السيدة الاستاذ الاستاذه المحامي المحاميه الدكتور الدكتوره الشيخ الحاج
اقاي اقا خانم دكتر
""".split())
# Name particles: part of a name, never a name alone (bin, abu, van, de...).
PARTICLES = frozenset("""
al el ul ad ar as at az an ash abd abdel abdul abdal abu abou bou ben bin bint ibn ibnu ould umm um
van von der den de del della di da das dos du la le lo st saint san santa mac mc o y e
بن ابن بنت ابو ام عبد ال
""".split())
