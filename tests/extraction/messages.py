"""Helpers for the people and contacts tests: a ParsedMessage from plain text, and its extraction."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from intake.mime import ParsedMessage, Segment
from triage.extract import extract

SENT = datetime(2025, 3, 10, 12, 0, tzinfo=UTC)


def message(*parts: tuple[str, str, int] | str, sent: datetime = SENT) -> ParsedMessage:
    """Text made of parts, each plain text (new, depth 0) or (text, segment kind, depth)."""
    text, segments = "", []
    for part in parts:
        body, kind, depth = (part, "new", 0) if isinstance(part, str) else part
        segments.append(Segment(len(text), len(text) + len(body), kind, depth))
        text += body
    return ParsedMessage(
        message_id="<t@example>",
        sender="amhp@example.nhs.uk",
        subject="MHA assessment",
        date=sent,
        headers={},
        text=text,
        segments=tuple(segments),
    )


def extracted(*parts: tuple[str, str, int] | str, sent: datetime = SENT) -> dict[str, Any]:
    return extract(message(*parts, sent=sent))


def child_names(result: dict[str, Any]) -> list[str | None]:
    return [c["name"] for c in result["children"]]
