"""Needles: every private value the guard looks for, cut into the pieces that can leak alone.

Drawn from everything private (DESIGN §2): victims' names; other people named; the submitting
organisation (name, acronym, aliases) and person; contacts, exact location, ID numbers and
identifying details, each split into its parts; and the names and places that appear in private
free text (narrative, evidence notes, internal notes, messages) and are not on the public
allow-list, found by the named-entity recogniser where it covers the language and by the way
names are written (capitals, words like "his brother", "the village of") everywhere.
"""
from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from . import lexicon
from .forms import PARTICLES, TITLES, is_cjk
from .text import Word, decode, fold_mapped, folded, name_gap, script, words


@dataclasses.dataclass(frozen=True)
class Name:
    """A name (person, place, organisation) as folded words; matched word by word in every form."""

    parts: tuple[str, ...]
    kind: str  # name, location, detail, contact
    source: str  # the private field it comes from
    strict: bool = False  # an organisation's name: its common words alone are no hit


@dataclasses.dataclass(frozen=True)
class Phrase:
    """A folded phrase matched whole (a contact line, an address, a clause of identifying details)."""

    text: str
    kind: str
    source: str


@dataclasses.dataclass(frozen=True)
class Code:
    """A number or code (phone, ID, passport) compared by its letters and digits, separators ignored."""

    alnum: str
    kind: str
    source: str


@dataclasses.dataclass(frozen=True)
class Detail:
    """Distinctive words of a description ("prosthetic left leg"): two of them in a row are a hit."""

    words: tuple[str, ...]
    kind: str
    source: str


@dataclasses.dataclass
class Needles:
    names: list[Name] = dataclasses.field(default_factory=list)
    phrases: list[Phrase] = dataclasses.field(default_factory=list)
    codes: list[Code] = dataclasses.field(default_factory=list)
    details: list[Detail] = dataclasses.field(default_factory=list)

    def __len__(self) -> int:
        return len(self.names) + len(self.phrases) + len(self.codes) + len(self.details)


# ---------------------------------------------------------------------------------------------
# Splitting values into words.

def name_words(value: str) -> tuple[str, ...]:
    """The folded words of a name ("Zainab Okonkwo-Haddad" → zainab, okonkwo, haddad)."""
    mapped = fold_mapped(decode(value or ""))
    return tuple(w.text for w in words(mapped, value or "", unspaced=True))


def _code(value: str) -> str:
    return re.sub(r"[^0-9a-z]", "", folded(value))


# ---------------------------------------------------------------------------------------------
# Contacts.

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"]+|(?<![\w@.-])(?:[a-z0-9-]+\.)+[a-z]{2,}/[^\s<>\"]+", re.IGNORECASE)
_PHONE = re.compile(r"(?:\+|\(|\b)\d[\d \t().\-/]{4,}\d")
_HANDLE = re.compile(r"(?<![\w@])@([\w.]{3,})")
_LABEL = re.compile(r"^\s*[^\W\d][\w .-]{0,24}:\s*(?!//)")  # "Tel:", "Signal:", "WhatsApp:"
# Hosts everybody uses: the domain of an address there says nothing about its owner.
_COMMON_MAIL_HOSTS = frozenset("""gmail.com googlemail.com yahoo.com yahoo.fr hotmail.com hotmail.fr outlook.com
live.com msn.com icloud.com me.com aol.com proton.me protonmail.com pm.me tutanota.com tuta.io gmx.de gmx.net
web.de mail.ru yandex.ru ya.ru rambler.ru bk.ru inbox.ru list.ru qq.com 163.com 126.com sina.com yeah.net
orange.fr free.fr laposte.net wanadoo.fr riseup.net posteo.de zoho.com mail.com example.org example.net
example.com""".split())


def _contact_needles(value: str, source: str, out: Needles) -> None:
    for line in re.split(r"[\n;,]+", value or ""):
        rest = line
        for match in _EMAIL.finditer(line):
            address = match.group().strip(".")
            local, _, host = address.partition("@")
            out.phrases.append(Phrase(folded(address), "contact", source))
            out.phrases.append(Phrase(folded(local), "contact", source))
            joined = re.sub(r"[._+-]", "", local)
            if len(joined) >= 4:
                out.names.append(Name((folded(joined),), "contact", source))  # "kbarsky" for k.barsky
            for piece in re.split(r"[._+-]+", local):
                if len(piece) >= 4 and not lexicon.is_common(folded(piece)):
                    out.names.append(Name((folded(piece),), "contact", source))
            if host.lower() not in _COMMON_MAIL_HOSTS:
                out.phrases.append(Phrase(folded(host), "contact", source))
        rest = _EMAIL.sub(" ", rest)
        for match in _URL.finditer(rest):
            url = match.group().rstrip(".,;:!?)'\"")
            address = re.sub(r"^(?:https?://)?(?:www\.)?", "", url, flags=re.I).rstrip("/")
            if len(address) >= 4:
                out.phrases.append(Phrase(folded(address), "contact", source))
            if "/" in address:
                handle = address.rsplit("/", 1)[-1].lstrip("@")
                if len(handle) >= 3:
                    out.names.append(Name((folded(handle),), "contact", source))
                    out.phrases.append(Phrase(folded(address.split("/", 1)[1]), "contact", source))
        rest = _URL.sub(" ", rest)
        for match in _PHONE.finditer(rest):
            digits = re.sub(r"\D", "", match.group())
            if len(digits) >= 6:
                out.codes.append(Code(digits, "contact", source))
        rest = _PHONE.sub(" ", rest)
        for handle in _HANDLE.findall(rest):
            out.names.append(Name((folded(handle.strip(".")),), "contact", source))
        rest = _HANDLE.sub(" ", rest)
        remainder = folded(_LABEL.sub("", rest)).strip(" ,;:.-()")
        if len(remainder) >= 4:
            out.phrases.append(Phrase(remainder, "contact", source))
        # A handle written without its @ ("kravets_pavel88") or a bare user name.
        for token in re.findall(r"[\w.]{4,}", rest):
            if re.search(r"[_\d]", token) and re.search(r"[^\W\d_]", token):
                out.names.append(Name((folded(token.strip(".")),), "contact", source))
        _proper_nouns(line, "contact", source, out, everything=False)


# ---------------------------------------------------------------------------------------------
# Names in free text.

# Words after which a name follows, in languages written without capital letters (folded).
_ARABIC_CUES = frozenset(folded(w) for w in """
ابن ابنه ابنته بنت ابنة اخ اخو اخوه اخيه اخته اخت شقيق شقيقه شقيقته شقيقة زوج زوجه زوجته زوجة زوجها
والد والده والدته والدة والدها ام امه عم عمه عمها خال خاله جار جاره جارته صديق صديقه زميل زميله زميلته
المحامي المحامية الطبيب الطبيبة الدكتور الدكتورة السيد السيدة الشاهد الشاهدة الصحفي الصحفية الناشط الناشطة
المدعو المدعوة يدعى تدعى الملقب الملقبة المعروف المعروفة ابو ام
قرية بلدة حي مدينة مخيم شارع منطقة
برادر برادرش خواهر خواهرش همسر همسرش پدر پدرش مادر مادرش وکیل وكيل دکتر دكتر آقای اقای خانم روستای روستا محله
""".split())
_CJK_CUES = tuple("""妻子 丈夫 儿子 女儿 哥哥 弟弟 姐姐 妹妹 父亲 母亲 律师 医生 证人 邻居 朋友 同事 记者 村民 名叫 叫做 化名
妻 夫 兄 弟 姐 妹 子 女""".split())
_CJK_PLACE_SUFFIXES = ("村", "镇", "乡", "街道", "社区", "屯", "寨")
# The commonest Chinese surnames (about 85 % of people); a cue followed by one of these is a name.
_CJK_SURNAMES = frozenset("""王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪
范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹
申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简
车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝""".replace("\n", ""))
# "known as Abu Yassin", "alias", "nicknamed": what follows is a name even in lower case.
_ALIAS_CUES = re.compile(
    r"(?:known (?:locally |widely |here )?as|a\.?k\.?a\.?|alias|nicknamed|dit|surnommée?|connue? sous le nom de|"
    r"conocid[oa] como|apodad[oa]|alias|по прозвищу|известн(?:ый|ая) как|المعروف(?:ة)? ب|الملقب(?:ة)? ب|"
    r"معروف به|ملقب به)\s*[\"'“”«»„]?\s*",
    re.IGNORECASE)
_QUOTED = re.compile(r"[\"“”«„]([^\"“”«»„\n]{2,60})[\"“”»]")
_SENTENCE_END = re.compile(r"(?:^|[.!?:;\n]|[.!?]\s*[\"'»”)])\s*[\"'«“(\[]?\s*$")


def _sentence_initial(text: str, start: int) -> bool:
    return bool(_SENTENCE_END.search(text[max(0, start - 6):start]))


def _candidate(word: Word, original: str, everything: bool) -> bool:
    """A capitalised word that is probably a name: not public by nature, not a common word."""
    if word.script not in ("latin", "cyrillic", "greek") or not word.capital or len(word.text) < 2:
        return False
    if word.text.isdigit() or word.text in TITLES or word.text in lexicon.PUBLIC_WORDS:
        return False
    if lexicon.is_function_word(word.text):
        return False
    if word.upper and len(word.text) <= 5 and not everything:
        return False  # an acronym of an institution (NSS, HRC): an organisation's own is listed apart
    if lexicon.is_public_phrase(word.text):
        return False
    limit = 3.0 if _sentence_initial(original, word.start) else 4.6
    return lexicon.zipf(word.text) < limit


def _proper_nouns(text: str, kind: str, source: str, out: Needles, *, everything: bool = True) -> None:
    """Names and places in private free text: capitalised words, words after cues, quoted names."""
    if not text:
        return
    mapped = fold_mapped(decode(text))
    ws = words(mapped, text)
    group: list[Word] = []

    def flush() -> None:
        if group:
            parts = tuple(w.text for w in group)
            phrase = " ".join(parts)
            if not lexicon.is_public_phrase(phrase):
                out.names.append(Name(parts, kind, source))
        group.clear()

    for i, word in enumerate(ws):
        joined = group and name_gap(mapped.text, group[-1], word)
        if _candidate(word, text, everything):
            if group and not joined:
                flush()
            group.append(word)
        elif group and joined and word.capital and word.text not in TITLES and not lexicon.is_public_phrase(word.text) \
                and not lexicon.is_function_word(word.text):
            group.append(word)  # "Grace" in "Grace Okafor": common alone, part of the name here
        elif group and joined and word.text in PARTICLES and i + 1 < len(ws) and ws[i + 1].capital:
            group.append(word)  # "Ben" in "Karim ben Salah"
        else:
            flush()
            # A capitalised word just before a candidate ("Grace" before "Okafor") joins it.
            if word.capital and word.script in ("latin", "cyrillic", "greek") and i + 1 < len(ws) \
                    and _candidate(ws[i + 1], text, everything) and name_gap(mapped.text, word, ws[i + 1]) \
                    and word.text not in TITLES and not lexicon.is_public_phrase(word.text) \
                    and not lexicon.is_function_word(word.text) and not word.text.isdigit():
                group.append(word)
    flush()

    # Caseless scripts: the words after a cue ("his brother", "the village of").
    for i, word in enumerate(ws):
        if word.script == "abjad" and word.text in _ARABIC_CUES:
            parts = []
            for nxt in ws[i + 1:i + 4]:
                if nxt.script != "abjad" or nxt.text in _ARABIC_CUES and parts or lexicon.is_function_word(nxt.text):
                    break
                if lexicon.is_public_phrase(nxt.text):
                    break
                parts.append(nxt.text)
                if nxt.text not in PARTICLES and len(parts) >= 2:
                    break
            if parts and not all(p in PARTICLES for p in parts):
                out.names.append(Name(tuple(parts), kind, source))
    for cue in _CJK_CUES:
        for match in re.finditer(re.escape(cue), mapped.text):
            tail = mapped.text[match.end():match.end() + 3]
            tail = "".join(c for c in tail if script(c) == "unspaced")
            for size in (3, 2):
                name = tail[:size]
                if len(name) == size and name[0] in _CJK_SURNAMES:
                    out.names.append(Name((name,), kind, source))
                    break
    for suffix in _CJK_PLACE_SUFFIXES:
        for match in re.finditer(r"([\u4e00-\u9fff]{2,4})" + re.escape(suffix), mapped.text):
            out.names.append(Name((match.group(1) + suffix,), "location", source))
    # Aliases and quoted names, whatever their case.
    for match in _ALIAS_CUES.finditer(text):
        tail = text[match.end():match.end() + 60]
        tail = re.split(r"[\"“”»,.;:()\n]| and | et | y ", tail)[0]
        parts = name_words(tail)[:3]
        if parts and not lexicon.is_public_phrase(" ".join(parts)) and _name_like(tail, parts):
            out.names.append(Name(parts, kind, source))
    for match in _QUOTED.finditer(text):
        parts = name_words(match.group(1))
        if 1 <= len(parts) <= 4 and not lexicon.is_public_phrase(" ".join(parts)) and _name_like(match.group(1), parts):
            out.names.append(Name(parts, kind, source))


def _name_like(original: str, parts: tuple[str, ...]) -> bool:
    """A quoted or aliased phrase that reads as a name, not a slogan ("enemies of the nation")."""
    if any(script(p[0]) not in ("latin", "cyrillic", "greek") for p in parts if p):
        return not any(lexicon.is_function_word(p) for p in parts)  # caseless scripts: short, no function words
    capitals = [w for w in original.split() if w[:1].isupper()]
    return bool(capitals) and all(not lexicon.is_function_word(p) or p in PARTICLES for p in parts)


# ---------------------------------------------------------------------------------------------
# Identifying details.

_CLAUSES = re.compile(r"[\n;,.:()]+|\s(?:and|et|y|и|و|ve|và|na)\s", re.IGNORECASE)


def _detail_needles(value: str, source: str, out: Needles) -> None:
    for line in re.split(r"[\n;]+", value or ""):
        f = folded(line).strip(" ,.;:")
        if len(f) >= 5:
            out.phrases.append(Phrase(f, "detail", source))
        for clause in _CLAUSES.split(line):
            f = folded(clause).strip(" ,.;:")
            if len(f) >= 8 and " " in f:
                out.phrases.append(Phrase(f, "detail", source))
            content = tuple(w for w in name_words(clause) if not lexicon.is_function_word(w) and len(w) > 1)
            if len(content) >= 2:
                out.details.append(Detail(content, "detail", source))
        for number in re.findall(r"[A-Za-z]{0,3}[\d][\d\s./-]{3,}\d", line):
            code = _code(number)
            if len(code) >= 5:
                out.codes.append(Code(code, "detail", source))
    _proper_nouns(value, "detail", source, out)


# ---------------------------------------------------------------------------------------------
# Locations.

def _location_needles(value: str, out: Needles) -> None:
    source = "exact_location"
    for line in re.split(r"\n+", value or ""):
        f = folded(line).strip(" ,;.")
        if len(f) >= 4:
            out.phrases.append(Phrase(f, "location", source))
        for piece in re.split(r"[,;]+", line):
            f = folded(piece).strip(" .")
            if len(f) >= 4:
                out.phrases.append(Phrase(f, "location", source))
            street = re.sub(r"^[\d\s/-]+(?:bis|ter)?\s|\s[\d\s/-]+$", "", piece.strip())
            if " " in street.strip() and len(street.strip()) >= 4:
                out.phrases.append(Phrase(folded(street), "location", source))  # the street without its number
            # Each place name of the address as a name, so its inflected and transliterated forms hit.
            # Commonness is judged on the word as written: Vietnamese "thông" is common, "thong" is not.
            for raw in re.findall(r"[^\W\d_]+", piece):
                word = folded(raw)
                if len(word) >= 3 and not lexicon.is_function_word(word) and not lexicon.is_common(word, 4.5) \
                        and not lexicon.is_common(raw.lower(), 4.5) and not is_cjk(word):
                    out.names.append(Name((word,), "location", source))
            # Chinese addresses run on without commas: each administrative unit is a place of its own.
            for unit in re.findall(r"[\u4e00-\u9fff]{1,6}?(?:省|市|县|区|镇|乡|村|街道|路|街|号|社区|屯|寨)", piece):
                if len(unit) >= 2:
                    out.names.append(Name((unit,), "location", source))
            for number in re.findall(r"\d{5,}", piece):
                out.codes.append(Code(number, "location", source))
    _proper_nouns(value, "location", source, out)


# ---------------------------------------------------------------------------------------------
# Everything.

FREE_TEXT_FIELDS = ("original_narrative", "evidence_notes", "internal_notes")


def _person(value: str, source: str, out: Needles, *, strict: bool = False) -> None:
    parts = name_words(value)
    if not parts:
        return
    out.names.append(Name(parts, "name", source, strict=strict))
    full = folded(value).strip()
    if len(full) >= 2:
        out.phrases.append(Phrase(full, "name", source))


@lru_cache(maxsize=256)
def _free_text_needles(text: str, source: str) -> tuple[Name, ...]:
    """Names in one private free text (cached: the same narrative is checked on every keystroke)."""
    found = Needles()
    _proper_nouns(text, "name", source, found)
    from . import recogniser

    for entity in recogniser.entities(text):
        parts = name_words(entity.text)
        if parts and not lexicon.is_public_phrase(" ".join(parts)):
            found.names.append(Name(parts, "name" if entity.label == "person" else "location", source))
    return tuple(dict.fromkeys(found.names))


def private_needles(private, context=None, public_names=()) -> Needles:
    """Every private value of an allegation, as needles. Consented public names are left out."""
    out = Needles()
    consented = {name_words(n) for n in public_names} if getattr(private, "consent_to_naming", False) else set()
    for name in private.victim_names:
        if name_words(name) not in consented:
            _person(name, "victim_names", out)
    for person in getattr(private, "other_people", None) or []:
        name = person.get("name", "") if isinstance(person, dict) else str(person)
        _person(name, "other_people", out)
    if context is not None:
        for name in context.submitter_names:
            _person(name, "submitter", out)
        for name in context.organisation_names:
            parts = name_words(name)
            if len(parts) == 1:
                out.names.append(Name(parts, "name", "organisation"))  # an acronym or one-word name
            elif parts:
                out.names.append(Name(parts, "name", "organisation", strict=True))
                out.phrases.append(Phrase(" ".join(parts), "name", "organisation"))
                initials = "".join(p[0] for p in parts if not lexicon.is_function_word(p))
                if len(initials) >= 3:
                    out.names.append(Name((initials,), "name", "organisation", strict=True))
    _contact_needles(private.victim_contacts, "contacts", out)
    _contact_needles(private.source_contact, "source_contact", out)
    _location_needles(private.exact_location, out)
    for number in private.id_numbers:
        code = _code(number)
        if len(code) >= 4:
            out.codes.append(Code(code, "id_number", "id_numbers"))
        f = folded(number)
        if len(f) >= 3:
            out.phrases.append(Phrase(f, "id_number", "id_numbers"))
        for digits in re.findall(r"\d{5,}", f):
            out.codes.append(Code(digits, "id_number", "id_numbers"))
    _detail_needles(private.identifying_details, "identifying_details", out)
    texts = [(getattr(private, f, "") or "", f) for f in FREE_TEXT_FIELDS]
    if context is not None:
        texts += [(m, "messages") for m in context.messages]
    for text, source in texts:
        if text:
            out.names.extend(n for n in _free_text_needles(text, source) if n.parts not in consented)
    if consented:
        # A name published with consent is no leak, wherever else the private record repeats it.
        words_of = [set(c) for c in consented]
        joined = {"".join(c) for c in consented}
        def consented_name(name: Name) -> bool:
            for words in words_of:
                initials = {w[0] for w in words}
                if all(p in words or (len(p) == 1 and p in initials) for p in name.parts):
                    return True  # "Karim Q." for the consented "Karim Qasim"
            return re.sub(r"[\W_]", "", "".join(name.parts)) in joined

        out.names = [n for n in out.names if not consented_name(n)]
        spelled = {" ".join(c) for c in consented}
        out.phrases = [p for p in out.phrases if p.text not in spelled]
    out.names = list(dict.fromkeys(out.names))
    out.phrases = list(dict.fromkeys(p for p in out.phrases if p.text))
    out.codes = list(dict.fromkeys(out.codes))
    out.details = list(dict.fromkeys(out.details))
    return out
