"""Person names and precise places in public text, which the moderator redacts or confirms.

Two sources: the way names are written (names.py: capitals, cue words, place words, in every
script), and, behind one small door, registry.domain.entities, which runs statistical models
where they are installed (from the package registry, with the project; nothing is downloaded at
run time). credible() decides which finds are worth a moderator's question.
"""
from __future__ import annotations

import collections
import dataclasses
import hashlib
import logging
import functools
import re
import threading

from . import lexicon, names
from .forms import PARTICLES
from .text import folded

log = logging.getLogger("registry.leakguard")


@dataclasses.dataclass(frozen=True)
class Entity:
    start: int
    end: int
    text: str
    label: str  # person or place
    language: str = ""
    how: str = "model"  # model, or how names.py found it: capitals, cue, suffix, alias
    cued: bool = False  # a cue word ("the village of", "his brother") stands by
    parts: tuple[str, ...] = ()  # its folded words, where already known


_CACHE: "collections.OrderedDict[str, list[Entity]]" = collections.OrderedDict()
_LOCK = threading.Lock()
_CACHE_SIZE = 512


def entities(text: str, mapped=None, ws=None) -> list[Entity]:
    """Person names and precise places in a text: the models' finds and the written forms'.

    `mapped` and `ws` are the text decoded and folded, and its words, when the caller has them.
    """
    found = [Entity(f.start, f.end, text[f.start:f.end], f.label, "", f.how, f.cued, f.parts)
             for f in names.find(text, quoted=False, mapped=mapped, ws=ws)]
    return found + model_entities(text)


def model_entities(text: str) -> list[Entity]:
    """Person names and precise places the models find in text ([] when none can be found).

    The models take tens of milliseconds a page; the guard reads the same texts again (approval,
    publication, feed builds, the live panel between keystrokes), so results are kept in this
    process's memory by the text's digest, the way the texts themselves are while a page is built.
    """
    if not text or not text.strip():
        return []
    key = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    with _LOCK:
        if key in _CACHE:
            _CACHE.move_to_end(key)
            return list(_CACHE[key])
    found = _recognise(text)
    with _LOCK:
        _CACHE[key] = found
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return list(found)


def _recognise(text: str) -> list[Entity]:
    try:
        from .. import entities as models
    except ImportError:
        return []
    try:
        return [Entity(e.start, e.end, e.text, e.label, getattr(e, "language", "")) for e in models.find_entities(text)
                if e.label in ("person", "place")]
    except Exception as exc:  # a model failing on one text must not stop the guard's other checks
        log.warning("named-entity recogniser failed: %s", type(exc).__name__)
        return []


def languages() -> dict[str, str]:
    """Languages the recogniser covers, and by what."""
    try:
        from .. import entities as models

        return dict(models.languages())
    except Exception:
        return {}


def credible(entity: Entity, parts: tuple[str, ...], field: str, text: str) -> bool:
    """Whether a name found in public text is worth a moderator's question.

    The models' finds and the cued ones count ("the village of Kisauni", "chị Trần Thị Lan"),
    unless every word is common (an institution: "Policía Nacional"). A capitalised word alone
    counts where it looks like a name: two or more words one of which is rare, or one word no word
    list knows inside a sentence of a language they know ("Surulere", "Chilanzar").
    """
    named = [p for p in parts if p not in PARTICLES and not lexicon.is_function_word(p)]
    if not named:
        return False
    written = {folded(w): w for w in re.findall(r"[^\W\d_]+", entity.text)}

    def zipf(part: str) -> float:
        return lexicon.zipf_as_written(part, written.get(part, ""))

    if entity.how == "model":
        return not all(zipf(p) >= 4.0 for p in named)
    if field == "title" and entity.text[:1].isupper():
        # Titles capitalise every word: only a cue tells a name there, and not one in common words
        # ("Lawyer Hamdi Zouari", not "Lawyer Detained After Client's Submission").
        return entity.cued and any(zipf(p) < 3.0 for p in named)
    if entity.cued or entity.how != "capitals":
        return True
    if all(zipf(p) >= 4.0 for p in named):
        return False
    if all(w.isupper() and len(w) <= 5 for w in entity.text.split()):
        return False  # acronyms: an institution, a communication's reference ("UA TZA 2/2023")
    if not _known_language(text):
        return False  # where the word lists do not know the language, every word looks rare
    if len(parts) == 1:
        opens = not text[:entity.start].strip() or text[:entity.start].rstrip()[-1:] in ".!?:;\"“«("
        # Turkish and Azerbaijani set a proper noun's case ending off with an apostrophe
        # ("Kayapınar'da"): a name even where the word lists know it.
        suffixed = text[entity.end:entity.end + 1] in "'’" and text[entity.end + 1:entity.end + 2].islower()
        return not opens and len(parts[0]) >= 5 and zipf(parts[0]) < (4.0 if suffixed else 2.5)
    return any(zipf(p) < 3.0 for p in named)


@functools.lru_cache(maxsize=256)
def _known_language(text: str) -> bool:
    """Whether the word lists know the language of a text (most of its lower-case words are in them).

    Only then does a word unknown to them stand out as a name; in Swahili, which they lack,
    every word is unknown.
    """
    lower = [w for w in re.findall(r"[^\W\d_]{3,}", text) if w.islower()]
    if len(lower) < 2:
        return False
    known = sum(1 for w in lower if lexicon.zipf_as_written(folded(w), w) > 0)
    return known >= 0.7 * len(lower)
