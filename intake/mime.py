"""Raw RFC 5322 bytes → ParsedMessage: the text an advisor reads, its structure, its attachments.

Never raises on bad mail: what cannot be read is listed in `defects`.
"""

from __future__ import annotations

import email
import email.policy
import email.utils
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    kind: str
    depth: int = 0


@dataclass(frozen=True)
class Attachment:
    filename: str | None
    content_type: str
    size: int
    text: str | None = None
    defects: tuple[str, ...] = ()


@dataclass(frozen=True)
class ParsedMessage:
    message_id: str | None
    sender: str | None
    subject: str
    date: datetime | None
    headers: Mapping[str, list[str]]
    text: str
    html: str | None = None
    segments: tuple[Segment, ...] = ()
    attachments: tuple[Attachment, ...] = ()
    defects: tuple[str, ...] = field(default_factory=tuple)


def parse_message(raw: bytes, own_addresses: frozenset[str] = frozenset()) -> ParsedMessage:
    # Placeholder reader on the standard library; replaced by the mail-parser based reader.
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    headers: dict[str, list[str]] = {}
    for name, value in msg.items():
        headers.setdefault(name.lower(), []).append(str(value))
    body = msg.get_body(("plain", "html"))
    text = body.get_content() if body is not None else ""
    sender = email.utils.parseaddr(str(msg.get("From", "")))[1] or None
    try:
        date = email.utils.parsedate_to_datetime(str(msg["Date"])) if msg["Date"] else None
    except (TypeError, ValueError):
        date = None
    return ParsedMessage(
        message_id=str(msg["Message-ID"]).strip() if msg["Message-ID"] else None,
        sender=sender,
        subject=str(msg.get("Subject", "")),
        date=date,
        headers=headers,
        text=text,
        segments=(Segment(0, len(text), "new", 0),),
    )
