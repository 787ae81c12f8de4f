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

from . import lexicon, names
from .forms import is_cjk
from .names import name_words
from .text import folded


@dataclasses.dataclass(frozen=True)
class Name:
    """A name (person, place, organisation) as folded words; matched word by word in every form."""

    parts: tuple[str, ...]
    kind: str  # name, location, detail, contact
    source: str  # the private field it comes from
    strict: bool = False  # an organisation's name: its common words alone are no hit
    person: bool = False  # free text said it is a person's ("his sister Sofia"): never taken for a city


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

def _proper_nouns(text: str, kind: str, source: str, out: Needles, *, everything: bool = True) -> None:
    """Names and places in private free text: capitalised words, words after cues, quoted names."""
    for found in names.find(text, everything=everything):
        out.names.append(Name(found.parts, "location" if found.how == "suffix" else kind, source, strict=found.strict,
                              person=found.cued and found.label == "person"))


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
    # Acronyms in a narrative are institutions (ГКНБ, NSS); the organisation's own is listed apart.
    _proper_nouns(text, "name", source, found, everything=False)
    from . import recogniser

    for entity in recogniser.model_entities(text):
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
