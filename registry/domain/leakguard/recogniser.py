"""The named-entity recogniser, behind one small door.

registry.domain.entities runs the models (installed from the package registry with the
project; nothing is downloaded at run time). The guard asks it for person names and precise
places; if no model can load, it finds none and the guard keeps every other check.
"""
from __future__ import annotations

import collections
import dataclasses
import hashlib
import logging
import threading

log = logging.getLogger("registry.leakguard")


@dataclasses.dataclass(frozen=True)
class Entity:
    start: int
    end: int
    text: str
    label: str  # person or place
    language: str = ""


_CACHE: "collections.OrderedDict[str, list[Entity]]" = collections.OrderedDict()
_LOCK = threading.Lock()
_CACHE_SIZE = 512


def entities(text: str) -> list[Entity]:
    """Person names and precise places the recogniser finds in text ([] when none can be found).

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
