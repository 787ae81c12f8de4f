"""Cleaning of free text before it is stored: one rule for every form, API call and CLI."""
from __future__ import annotations

import re
import unicodedata

# C0/C1 controls other than tab and newline, and the bidirectional overrides and isolates that
# can make a stored text display differently from what it says (Trojan Source, CVE-2021-42574).
_FORBIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\ufeff\ufffe\uffff]"
)
_SURROGATES = re.compile("[\ud800-\udfff]")


def clean_text(value, *, multiline: bool = True) -> str:
    """NFC-normalised text without control or bidi-override characters, ends trimmed."""
    if value is None:
        return ""
    text = str(value)
    text = _SURROGATES.sub("\ufffd", text)
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _FORBIDDEN.sub("", text)
    if not multiline:
        text = " ".join(text.split())
    return text.strip()
