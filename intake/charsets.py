"""Bytes of a text part → str, whatever charset the sender declared (or got wrong).

Mail in the wild labels Windows-1252 as ISO-8859-1 or as nothing at all, sends UTF-8 under
"us-ascii", and invents charset names. Decoding never fails: the declared charset is tried
strictly, then UTF-8, then Windows-1252 with replacement characters, and each fallback is a defect.
"""

from __future__ import annotations

import codecs
import re

# Labels that promise nothing about the bytes.
_UNDECLARED = frozenset({"", "unknown-8bit", "x-unknown", "unknown", "default", "x-user-defined"})
# Codecs whose label, in practice, means Windows-1252 (WHATWG encoding standard): the smart quotes
# and dashes Outlook writes sit in 0x80-0x9F, which ISO-8859-1 maps to control characters.
_MEANS_WINDOWS_1252 = frozenset({"ascii", "iso8859-1", "latin-1"})
_ALIASES = {"win-1252": "cp1252", "x-cp1252": "cp1252", "ansi": "cp1252", "unicode-1-1-utf-8": "utf-8"}
_C1_CONTROLS = re.compile("[\x80-\x9f]")


def _codec(charset: str) -> str | None:
    try:
        info = codecs.lookup(_ALIASES.get(charset, charset))
    except LookupError:
        return None
    return info.name if getattr(info, "_is_text_encoding", True) else None


def _fallback(data: bytes, defects: list[str]) -> tuple[str, tuple[str, ...]]:
    """UTF-8 if the bytes form it, else Windows-1252 with replacement characters."""
    try:
        return data.decode("utf-8"), tuple(defects)
    except UnicodeDecodeError:
        pass
    text = data.decode("windows-1252", errors="replace")
    if "\ufffd" in text:
        defects.append("undecodable bytes replaced")
    return text, tuple(defects)


def decode_text(data: bytes, charset: str | None) -> tuple[str, tuple[str, ...]]:
    declared = (charset or "").strip().strip('"').strip("'").lower()
    if declared in _UNDECLARED:
        return _fallback(data, [])
    codec = _codec(declared)
    if codec is None:
        return _fallback(data, [f"unknown charset {declared!r}: decoded as a fallback"])
    if codec in _MEANS_WINDOWS_1252:
        try:
            return data.decode("ascii"), ()
        except UnicodeDecodeError:
            return _fallback(data, [])   # 8-bit bytes under an ASCII or Latin-1 label
    try:
        text = data.decode(codec)
    except (UnicodeError, LookupError):
        return _fallback(data, [f"bytes are not valid {declared}: decoded as a fallback"])
    if _C1_CONTROLS.search(text):
        # Control characters nobody types: the bytes were Windows-1252 under another 8-bit label.
        try:
            return data.decode("windows-1252"), ()
        except UnicodeDecodeError:
            pass
    return text, ()
