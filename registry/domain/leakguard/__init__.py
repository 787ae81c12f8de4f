"""The leak guard (DESIGN.md §4): every form of every private value, and identifying patterns.

    text.py        decoding and folding with offsets kept, scripts, look-alikes, words
    forms.py       the forms a name takes: declension, transliteration, romanisation, pinyin
    lexicon.py     common words and the public allow-list
    needles.py     every private value, cut into the pieces that can leak alone
    matcher.py     finding the needles in one public text
    patterns.py    e-mail addresses, phones, profile links, ID-like numbers
    names.py       names and places found by the way they are written (capitals, cues, units)
    recogniser.py  person names and precise places in public text: written forms and models

registry.domain.redaction is the door the rest of the registry uses (placeholders, redact,
leak_hits, unresolved). Matching errs towards reporting: a hit a moderator has to dismiss
costs a minute, a missed name can cost a person their safety.
"""
from __future__ import annotations

import collections
import dataclasses
import hashlib
import json
import threading

from . import forms, lexicon, matcher, patterns, recogniser
from .needles import Needles, name_words, private_needles
from .text import decode, fold, fold_mapped, folded, words

# Bumped whenever a change to the guard may find hits it did not find before: stored verdicts
# of an older version are checked again.
GUARD_VERSION = 2


@dataclasses.dataclass(frozen=True)
class GuardContext:
    """Private values kept outside an allegation's own sealed record, which the guard also looks for."""

    organisation_names: tuple[str, ...] = ()  # the submitting organisation's name, acronym and aliases
    submitter_names: tuple[str, ...] = ()  # the submitting person's name
    messages: tuple[str, ...] = ()  # bodies of the conversation (questions, answers, added information)
    country: str = ""  # the State: a town may share its name with the region only if that region is the State's


@dataclasses.dataclass(frozen=True)
class LeakHit:
    field: str  # the public field, e.g. "summary" or "follow_up:12"
    start: int  # offsets in that field's text
    end: int
    text: str  # the text found in the public field
    kind: str  # name, contact, location, id_number, detail, email, phone, profile_url, id_like, person, place
    source: str  # which private field it matches, "pattern", or "recogniser"

    def as_dict(self) -> dict:
        return dataclasses.asdict(self)


_PREPARED: "collections.OrderedDict[str, tuple[Needles, matcher.NameIndex]]" = collections.OrderedDict()
_PREPARED_LOCK = threading.Lock()


def _prepared(private, context, public_names) -> tuple[Needles, matcher.NameIndex]:
    """Needles and their index for one private record, kept for the next check of the same record.

    The key is a digest of the values, held in this process's memory only; the moderator's
    live panel checks the same record on every pause in typing.
    """
    material = json.dumps([dataclasses.asdict(private) if dataclasses.is_dataclass(private) else repr(private),
                           dataclasses.asdict(context) if context is not None else None, list(public_names)],
                          sort_keys=True, default=str, ensure_ascii=False)
    key = hashlib.sha256(material.encode()).hexdigest()
    with _PREPARED_LOCK:
        if key in _PREPARED:
            _PREPARED.move_to_end(key)
            return _PREPARED[key]
    needles = private_needles(private, context, public_names)
    prepared = (needles, matcher.NameIndex(needles.names))
    with _PREPARED_LOCK:
        _PREPARED[key] = prepared
        while len(_PREPARED) > 64:
            _PREPARED.popitem(last=False)
    return prepared


def _spans(text: str, needles) -> list[tuple[int, int]]:
    found = []
    for needle in needles:
        start = text.find(needle)
        while start != -1:
            found.append((start, start + len(needle)))
            start = text.find(needle, start + 1)
    return found


def _marks(length: int, spans) -> bytearray:
    """A byte per character of a text, 1 inside any of the spans: overlap tests in linear time."""
    marks = bytearray(length)
    for start, end in spans:
        marks[start:end] = b"\x01" * (end - start)
    return marks


WIDE_KINDS = ("email", "profile_url")
# Needles found in private free text: a place there may be the one the public region names.
FREE_TEXT_SOURCES = ("original_narrative", "evidence_notes", "internal_notes", "messages", "identifying_details")


def check(texts: dict[str, str], private, public_names=(), context: GuardContext | None = None,
          placeholders=()) -> list[LeakHit]:
    """Every private value and identifying pattern found in the given public texts.

    `texts` maps public field names to their text; hits come back in the order of the fields
    given, then by position. Text inside a placeholder is never a hit.
    """
    needles, index = _prepared(private, context, public_names)
    region = folded(texts.get("region", "") or "")
    # Only a real subdivision's name exempts anything: a town typed into the region is a leak.
    country = context.country if context is not None else ""
    region_words = set(region.split(" ")) - {""} if lexicon.is_subdivision_name(region, country) else set()
    region_keys = {forms.roman_key(w) for w in region_words}  # "Basra" for the region "Al Başrah"
    consented = {name_words(n) for n in public_names} if getattr(private, "consent_to_naming", False) else set()

    exempted: dict = {}

    def exempt(needle) -> bool:
        # The moderator published the place at the precision of its subdivision ("Sfax"), or
        # the State's capital or one of its largest cities; the same word in the street address
        # says no more than that. Streets and numbers still hit, and a name free text gives a
        # person ("his sister Sofia") is never taken for a city.
        if needle.kind != "location" and needle.source not in FREE_TEXT_SOURCES:
            return False
        key = id(needle)  # needles live as long as this check; hashing their fields costs more
        if key not in exempted:
            if hasattr(needle, "parts"):
                exempted[key] = len(needle.parts) == 1 and (needle.parts[0] in region_words
                                                              or forms.roman_key(needle.parts[0]) in region_keys) \
                    or not needle.person and lexicon.is_coarse_city(" ".join(needle.parts), country)
            else:
                exempted[key] = " " not in needle.text and not any(c.isdigit() for c in needle.text) \
                    and needle.text in region_words or lexicon.is_coarse_city(needle.text, country)
        return exempted[key]

    hits: list[LeakHit] = []
    order = {field: i for i, field in enumerate(texts)}
    for field, text in texts.items():
        if not text:
            continue
        hidden_spans = _spans(text, placeholders)
        found: list[tuple[int, int, str, str]] = []
        for start, end, kind in patterns.pattern_hits(text, hidden_spans):
            found.append((start, end, kind, "pattern"))
        mapped = fold_mapped(decode(text))
        ws = words(mapped, text)
        values: list[matcher.Found] = []
        values += matcher.name_hits(index, mapped, ws, skip=exempt)
        values += matcher.cjk_hits(index, mapped, exempt)
        values += matcher.pinyin_hits(index, mapped, exempt)
        spelled = matcher.deobfuscate(mapped) if any(p.kind == "contact" for p in needles.phrases) else mapped
        values += matcher.phrase_hits(needles, mapped, spelled, exempt)
        values += matcher.code_hits(needles, mapped)
        values += matcher.detail_hits(needles, mapped, ws)
        found.extend((f.start, f.end, f.kind, f.source) for f in values)
        if field != "region":
            for entity in recogniser.entities(text, mapped, ws):
                parts = entity.parts or name_words(entity.text)
                phrase = " ".join(parts)
                if not parts or parts in consented or lexicon.is_public_phrase(phrase) or set(parts) <= region_words:
                    continue
                if not (entity.cued and entity.label == "person") and lexicon.is_coarse_city(phrase, country):
                    continue  # "detained in Minsk": the State's capital or a city of half a million
                if not recogniser.credible(entity, parts, field, text):
                    continue
                found.append((entity.start, entity.end, entity.label, "recogniser"))
        if field == "region" and not lexicon.is_region_value(text, country):
            found.append((len(text) - len(text.lstrip()), len(text.rstrip()), "location", "region list"))
        hits.extend(_resolve_overlaps(field, text, found, hidden_spans))
    return sorted(hits, key=lambda h: (order[h.field], h.start, -h.end))


def _resolve_overlaps(field: str, text: str, found, hidden_spans) -> list[LeakHit]:
    """One hit per place: a whole e-mail or profile link first, then the longest value."""
    hidden = _marks(len(text), hidden_spans)
    taken = bytearray(len(text))
    out: list[LeakHit] = []

    def rank(item):
        start, end, kind, source = item
        return (0 if kind in WIDE_KINDS else 1 if source not in ("pattern", "recogniser") else 2 if source == "pattern"
                else 3, -(end - start), start)

    for start, end, kind, source in sorted(set(found), key=rank):
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start or hidden.find(0, start, end) == -1:
            continue  # inside a placeholder
        if taken.find(1, start, end) != -1:
            continue
        taken[start:end] = b"\x01" * (end - start)
        out.append(LeakHit(field, start, end, text[start:end], kind, source))
    return out


def unresolved(hits: list[LeakHit], false_positives: list[dict]) -> list[LeakHit]:
    """The hits no moderator's mark covers.

    A mark covers one field and one exact text, and only as many occurrences of it as that
    field held when the mark was made: the same text in another field, or written into the
    field later, is a new question (DESIGN §4).
    """
    allowance: dict[tuple[str, str], int] = {}
    for mark in false_positives:
        key = (mark.get("field", ""), mark.get("text", ""))
        allowance[key] = allowance.get(key, 0) + int(mark.get("count", 1) or 1)
    left: list[LeakHit] = []
    for hit in hits:
        key = (hit.field, hit.text)
        if allowance.get(key, 0) > 0:
            allowance[key] -= 1
            continue
        left.append(hit)
    return left


__all__ = ["GUARD_VERSION", "GuardContext", "LeakHit", "Needles", "check", "fold", "folded", "private_needles",
           "unresolved", "name_words"]
