"""Bytes of a text part → str, whatever charset the sender declared (or got wrong).

Mail in the wild labels Windows-1252 as ISO-8859-1 or as nothing at all, sends UTF-8 under
"us-ascii", and invents charset names. Decoding never fails: the declared charset is tried
strictly, then UTF-8, then Windows-1252 with replacement characters, and each fallback is a defect.
"""

from __future__ import annotations

import codecs

# Labels that promise nothing about the bytes.
_UNDECLARED = frozenset({"", "unknown-8bit", "x-unknown", "unknown", "default", "x-user-defined"})
# Windows-1252 is what these labels mean in practice (WHATWG encoding standard): the smart quotes
# and dashes Outlook writes sit in 0x80-0x9F, which ISO-8859-1 maps to control characters.
_AS_WINDOWS_1252 = frozenset({"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii",
                              "cp819", "iso_8859-1", "ansi_x3.4-1968"})


def _codec(charset: str) -> str | None:
    try:
        info = codecs.lookup(charset)
    except LookupError:
        return None
    return info.name if getattr(info, "_is_text_encoding", True) else None


def decode_text(data: bytes, charset: str | None) -> tuple[str, tuple[str, ...]]:
    declared = (charset or "").strip().strip('"').lower()
    if declared in _AS_WINDOWS_1252:
        try:
            return data.decode("ascii"), ()
        except UnicodeDecodeError:
            # 8-bit bytes under an ASCII or Latin-1 label: UTF-8 if they form it, else Windows-1252.
            declared = "utf-8-or-1252"
    codec = None if declared in _UNDECLARED or declared == "utf-8-or-1252" else _codec(declared)
    defects: list[str] = []
    if codec is not None:
        try:
            return data.decode(codec), ()
        except (UnicodeError, LookupError):
            defects.append(f"bytes are not valid {declared}: decoded as a fallback")
    elif declared not in _UNDECLARED and declared != "utf-8-or-1252":
        defects.append(f"unknown charset {declared!r}: decoded as a fallback")
    try:
        return data.decode("utf-8"), tuple(defects)
    except UnicodeDecodeError:
        pass
    text = data.decode("windows-1252", errors="replace")
    if "\ufffd" in text:
        defects.append("undecodable bytes replaced")
    return text, tuple(defects)
