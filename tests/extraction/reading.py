"""Helpers for the extraction tests: a message text as the statements the extractors read."""

from __future__ import annotations

from intake.mime import Segment
from triage.extraction.evidence import Statement, statements


def new_text(text: str) -> tuple[Statement, ...]:
    """The statements of a message that is all new text (no quoted history)."""
    return statements(text, (Segment(0, len(text), "new", 0),))


def reply(newest: str, quoted: str, kind: str = "quoted") -> tuple[str, tuple[Statement, ...]]:
    """A reply: `newest` on top (depth 0) over `quoted` history (depth 1, or a service segment)."""
    text = newest + "\n\n" + quoted
    cut = len(newest) + 2
    return text, statements(text, (Segment(0, cut, "new", 0), Segment(cut, len(text), kind, 1)))
