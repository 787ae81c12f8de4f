"""The redaction editor's text operations, as pure functions (no database, no Flask).

The browser runs the same operations in registry/static/redaction.js; these serve the pages
without JavaScript and keep the rules in one tested place. Spans are offsets in the original
narrative: {"start", "end", "label", "text"}, as workflow stores them in `redactions`.
"""
from __future__ import annotations

from . import redaction


def redact_text(summary: str, text: str, label: str) -> str:
    """The summary with every occurrence of text (folded as the leak guard folds) replaced by the label's placeholder."""
    spans = [(start, end, label) for start, end in redaction.occurrences(summary, text)]
    return redaction.redact(summary, spans)


def _overlaps(span: dict, spans: list[dict]) -> bool:
    return any(s["start"] < span["end"] and span["start"] < s["end"] for s in spans)


def redact_everywhere(summary: str, narrative: str, redactions: list[dict], text: str,
                      label: str) -> tuple[str, list[dict]]:
    """Redact text everywhere: in the summary, and as new spans of the narrative for the list."""
    if label not in redaction.PLACEHOLDERS:
        raise ValueError("unknown redaction label")
    spans = [dict(s) for s in redactions]
    for start, end in redaction.occurrences(narrative, text):
        span = {"start": start, "end": end, "label": label, "text": narrative[start:end]}
        if not _overlaps(span, spans):
            spans.append(span)
    return redact_text(summary, text, label), sorted(spans, key=lambda s: s["start"])


def seed_summary(narrative: str, redactions: list[dict]) -> str:
    """A first public summary: the narrative with the spans already marked replaced by placeholders."""
    return redaction.redact(narrative, [(s["start"], s["end"], s["label"]) for s in redactions])


def _expected_position(redactions: list[dict], target: dict) -> int:
    """Where a span's placeholder sits in a summary seeded from the narrative."""
    shift = sum(len(redaction.PLACEHOLDERS[s["label"]]) - (s["end"] - s["start"])
                for s in redactions if s is not target and s["end"] <= target["start"])
    return target["start"] + shift


def undo_redaction(summary: str, redactions: list[dict], index: int) -> tuple[str, list[dict]]:
    """Take back one span: its text returns in place of the nearest matching placeholder.

    The summary may have been edited freely since; when its placeholder is gone, only the span
    leaves the list and the summary stays as the moderator wrote it.
    """
    if not 0 <= index < len(redactions):
        raise IndexError("no such redaction")
    target = redactions[index]
    placeholder = redaction.PLACEHOLDERS[target["label"]]
    expected = _expected_position(redactions, target)
    positions = []
    start = summary.find(placeholder)
    while start != -1:
        positions.append(start)
        start = summary.find(placeholder, start + 1)
    remaining = [s for i, s in enumerate(redactions) if i != index]
    if not positions:
        return summary, remaining
    at = min(positions, key=lambda p: abs(p - expected))
    return summary[:at] + target["text"] + summary[at + len(placeholder):], remaining


def _same_redaction(a: dict, b: dict) -> bool:
    """Same label and the same text as "every occurrence" finds it (Zaïnab, ZAINAB, zainab)."""
    return a.get("label") == b.get("label") and \
        redaction.folded(str(a.get("text") or "")) == redaction.folded(str(b.get("text") or ""))


def redaction_groups(redactions: list[dict]) -> list[dict]:
    """The list a moderator reads: one row per redacted text and label, however many places it
    was found in ("every occurrence" adds a span for each), with the index of its first span."""
    groups: list[dict] = []
    for index, span in enumerate(redactions):
        for group in groups:
            if _same_redaction(group, span):
                group["count"] += 1
                break
        else:
            groups.append({"text": span.get("text"), "label": span.get("label"), "count": 1, "index": index})
    return groups


def undo_redaction_group(summary: str, redactions: list[dict], index: int) -> tuple[str, list[dict]]:
    """Take back the span at index and every other span of the same text and label (one Undo per row)."""
    if not 0 <= index < len(redactions):
        raise IndexError("no such redaction")
    target = redactions[index]
    spans = list(redactions)
    for position in range(len(spans) - 1, -1, -1):  # from the end: earlier indexes stay valid
        if _same_redaction(spans[position], target):
            summary, spans = undo_redaction(summary, spans, position)
    return summary, spans


def marked_segments(text: str, hits) -> list[tuple[str, object | None]]:
    """The text cut into (piece, hit or None), so a template can wrap each hit in <mark>."""
    segments: list[tuple[str, object | None]] = []
    at = 0
    for hit in sorted(hits, key=lambda h: h.start):
        if hit.start < at:
            continue  # overlapping hits: the first one marks the place
        if hit.start > at:
            segments.append((text[at:hit.start], None))
        segments.append((text[hit.start:hit.end], hit))
        at = hit.end
    if at < len(text):
        segments.append((text[at:], None))
    return segments
