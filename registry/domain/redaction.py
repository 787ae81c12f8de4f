"""Redaction placeholders and the door to the leak guard (DESIGN.md §4).

The guard itself lives in registry.domain.leakguard: it compares every public text with every
private value in every form it can take, and looks for identifying patterns. It returns every
hit; workflow refuses approval and publication while any remains that a moderator has not
marked, for that field and that exact text, as a false positive.
"""
from __future__ import annotations

from . import leakguard
from .leakguard import GuardContext, LeakHit, fold, folded, unresolved

__all__ = ["PLACEHOLDERS", "GuardContext", "LeakHit", "fold", "folded", "leak_hits", "occurrences",
           "private_needles", "redact", "unresolved"]

# Fixed labels, fixed length: a placeholder must not reveal the length or kind of what it hides
# beyond the category a moderator chose.
PLACEHOLDERS = {
    "name": "[name withheld]",
    "location": "[location withheld]",
    "date": "[date withheld]",
    "detail": "[detail withheld]",
}


def leak_hits(texts: dict[str, str], private, public_names=(), context: GuardContext | None = None) -> list[LeakHit]:
    """Every private value and identifying pattern found in the given public texts.

    `texts` maps public field names to their text (workflow.public_texts); hits come back in
    the order of the fields given, then by position. Placeholders are never hits.
    """
    return leakguard.check(texts, private, public_names, context, placeholders=tuple(PLACEHOLDERS.values()))


def private_needles(private, context: GuardContext | None = None, public_names=()):
    """Every private value of an allegation as the guard looks for it (for benchmarks and tests)."""
    return leakguard.private_needles(private, context, public_names)


def redact(text: str, spans: list[tuple[int, int, str]]) -> str:
    """Replace each (start, end, label) span of text by its placeholder.

    Spans may come in any order; overlapping spans become one placeholder (the label of the
    span that starts first), so redacting a name and its surname together leaves no fragment.
    """
    ordered = sorted(spans, key=lambda s: (s[0], -s[1]))
    merged: list[list] = []
    for start, end, label in ordered:
        if label not in PLACEHOLDERS:
            raise ValueError(f"Unknown redaction label: {label!r}.")
        if not 0 <= start < end <= len(text):
            raise ValueError(f"Redaction span {start}-{end} lies outside the text.")
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end, label])
    out = []
    at = 0
    for start, end, label in merged:
        out.append(text[at:start])
        out.append(PLACEHOLDERS[label])
        at = end
    out.append(text[at:])
    return "".join(out)


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Every place the needle stands in text, found as the leak guard finds it.

    Folded, whole words only ("Ali" is not in "Alice"), declined and transliterated forms and
    Arabic prefixes included, so that redacting every occurrence clears the guard's hits.
    """
    parts = leakguard.name_words(needle)
    if not parts:
        return []
    from .leakguard import matcher
    from .leakguard.needles import Name, Needles, Phrase
    from .leakguard.text import decode, fold_mapped, words

    mapped = fold_mapped(decode(text))
    ws = words(mapped, text)
    index = matcher.NameIndex([Name(parts, "name", "needle")])
    phrases = [Phrase(p, "name", "needle") for p in {folded(needle).strip(), " ".join(parts)} if p]
    found = [(f.start, f.end) for f in matcher.phrase_hits(Needles(phrases=phrases), mapped, mapped, lambda n: False)]
    for hit in matcher.name_hits(index, mapped, ws) + matcher.cjk_hits(index, mapped, lambda n: False):
        if len(parts) == 1 or len(leakguard.name_words(text[hit.start:hit.end])) >= len(parts):
            found.append((hit.start, hit.end))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(set(found), key=lambda s: (s[0], -s[1])):
        if merged and start < merged[-1][1]:
            continue
        merged.append((start, end))
    return merged
