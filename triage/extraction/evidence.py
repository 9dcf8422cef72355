"""The message text as evidence: statements (sentences or form lines) with their age and label.

An advisor reads an AMHP email as a list of statements: form lines ("Outcome: detained s2"),
bullets and narrative sentences. Each statement carries the depth of the segment it came from
(0 = newest) so that, where statements conflict, the newest can win; text the service sent
itself, signatures, disclaimers and header blocks are never evidence and give no statements.
Everything here is linear in the size of the text: sentences are capped in length so that the
bounded-window patterns applied to them stay cheap on pathological input.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Protocol

NOT_EVIDENCE = frozenset({"service", "signature", "disclaimer", "header"})
MAX_SENTENCE = 1500
PATTERNS_DIR = Path(__file__).with_name("patterns")

_QUOTE_MARKS = re.compile(r"(?m)^[ \t]*(?:>[ \t]?)+")
_BULLET = re.compile(r"[ \t]*(?:[-*•▪◦·o]|\d{1,2}[.)])[ \t]+")
# A form line: a short capitalised label then a separator ("Name: ...", "DOB - ...", "NHS No | ...").
_FORM_LINE = re.compile(r"[ \t]*[A-Z][A-Za-z0-9()/'’ .,&-]{0,45}?(?:[ \t]*[:|?\t]|[ \t]+[-–][ \t])")
_COLON_LABEL = re.compile(r"[ \t]*[A-Z][A-Za-z0-9()/'’ .,&-]{0,45}?[ \t]*[:|\t]")
_SENTENCE_END = re.compile(r"(?<=[.!?])[ \t\n]+(?=[\"'(]?[A-Z0-9])|[ \t]*\n[ \t]*\n\s*")


class SegmentLike(Protocol):
    start: int
    end: int
    kind: str
    depth: int


@dataclass(frozen=True)
class Statement:
    start: int
    end: int
    text: str            # the statement with line breaks flattened to spaces (same length)
    depth: int
    label: str | None = None      # topic of the label that introduces it, if any
    value_start: int = 0          # offset in `text` where the labelled value begins


@dataclass(frozen=True)
class Cues:
    """Named tables of regular expressions, loaded from a pattern data file.

    A cue whose alternatives capture a named group is kept as separate patterns (Python's `re`
    forbids a group name twice in one pattern); `search` then returns the earliest match.
    """

    labels: dict[str, re.Pattern[str]]
    cues: dict[str, tuple[re.Pattern[str], ...]]

    def label_of(self, text: str) -> tuple[str, int] | None:
        for name, pattern in self.labels.items():
            m = pattern.match(text)
            if m:
                return name, m.end()
        return None

    def search(self, name: str, text: str, pos: int = 0) -> re.Match[str] | None:
        found = None
        for pattern in self.cues[name]:
            m = pattern.search(text, pos)
            if m and (found is None or m.start() < found.start()):
                found = m
        return found

    def finditer(self, name: str, text: str) -> list[re.Match[str]]:
        return sorted((m for p in self.cues[name] for m in p.finditer(text)), key=lambda m: m.start())


def _alternation(parts: Sequence[str] | str) -> str:
    return parts if isinstance(parts, str) else "|".join(f"(?:{p})" for p in parts)


def _compiled(parts: Sequence[str] | str) -> tuple[re.Pattern[str], ...]:
    alts = [parts] if isinstance(parts, str) else list(parts)
    if any("(?P<" in a for a in alts):
        return tuple(re.compile(a, re.IGNORECASE) for a in alts)
    return (re.compile(_alternation(alts), re.IGNORECASE),)


@cache
def pattern_data(name: str) -> dict[str, Any]:
    """The raw content of patterns/<name>.json."""
    data: dict[str, Any] = json.loads((PATTERNS_DIR / f"{name}.json").read_text("utf-8"))
    return data


@cache
def load_cues(name: str) -> Cues:
    """patterns/<name>.json: {"labels": {topic: [regex...]}, "cues": {cue: [regex...]}}."""
    raw = pattern_data(name)
    sep = r"(?:(?:[ \t]*(?:[:|?\t]|[-–](?=[ \t])|,))+[ \t]*|[ \t]+|$)"
    labels = {
        topic: re.compile(r"[ \t]*(?:" + _alternation(alts) + r")" + sep, re.IGNORECASE)
        for topic, alts in raw.get("labels", {}).items()
    }
    cues = {cue: _compiled(alts) for cue, alts in raw.get("cues", {}).items()}
    return Cues(labels, cues)


def _flatten(text: str) -> str:
    """Same-length copy with quote markers blanked, so offsets still index the original text."""
    return _QUOTE_MARKS.sub(lambda m: " " * len(m.group()), text)


def _blocks(flat: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    """Runs of lines that belong together: a form line or bullet starts a new block, and so
    does any line after a short line; long wrapped narrative lines are joined."""
    block_start = None
    prev_len = 0
    pos = start
    while pos < end:
        nl = flat.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        line = flat[pos:line_end]
        stripped = line.strip()
        if not stripped:
            if block_start is not None:
                yield block_start, pos
                block_start = None
        else:
            new_block = (block_start is None or prev_len < 45 or line_end - pos > 4000
                         or _BULLET.match(line) is not None or _FORM_LINE.match(line) is not None)
            if new_block:
                if block_start is not None:
                    yield block_start, pos
                block_start = pos
            prev_len = len(stripped) if not stripped.endswith((":", "?")) else 0
        pos = line_end + 1
    if block_start is not None:
        yield block_start, end


def _sentences(flat: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    pos = start
    for m in _SENTENCE_END.finditer(flat, start, end):
        yield from _capped(flat, pos, m.start())
        pos = m.end()
    yield from _capped(flat, pos, end)


def _capped(flat: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    while end - start > MAX_SENTENCE:
        cut = flat.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        yield start, cut
        start = cut
    if flat[start:end].strip():
        yield start, end


LABEL_FILES = ("outcome", "risks", "consent", "reason")


@cache
def _all_labels() -> Cues:
    labels: dict[str, re.Pattern[str]] = {}
    for name in LABEL_FILES:
        labels.update(load_cues(name).labels)
    return Cues(labels, {})


@lru_cache(maxsize=8)
def statements(text: str, segments: tuple[SegmentLike, ...]) -> tuple[Statement, ...]:
    """Every evidence statement of the message, in text order, labelled with the topics of the
    label tables in patterns/ (outcome, location, risks_children, consent, reason, ...).

    A label alone on its line ("Risks to children" then the value below) passes its topic to
    the next statement.
    """
    labels = _all_labels()
    flat = _flatten(text)
    usable = [s for s in segments if s.kind not in NOT_EVIDENCE]
    out: list[Statement] = []
    for seg in usable:
        pending: str | None = None
        prev_end = seg.start
        for b_start, b_end in _blocks(flat, seg.start, seg.end):
            for s_start, s_end in _sentences(flat, b_start, b_end):
                raw = flat[s_start:s_end].replace("\n", " ").replace("\r", " ")
                lead = _BULLET.match(raw)
                offset = lead.end() if lead else 0
                found = labels.label_of(raw[offset:])
                if found:
                    topic, value_at = found
                    value_at += offset
                    out.append(Statement(s_start, s_end, raw, seg.depth, topic, value_at))
                    pending = None if raw[value_at:].strip(" .:-–|\t") else topic
                else:
                    carried = (pending if pending and _COLON_LABEL.match(raw) is None
                               and flat.count("\n", prev_end, s_start) <= 2 else None)
                    out.append(Statement(s_start, s_end, raw, seg.depth, carried, offset))
                    pending = None
                prev_end = s_end
    return tuple(out)


def span(field: str, text: str, start: int, end: int) -> dict[str, Any]:
    """A highlight for the web page, trimmed of surrounding blanks and punctuation."""
    while start < end and text[start] in " \t\r\n.,;:-–|":
        start += 1
    while end > start and text[end - 1] in " \t\r\n.,;:-–|":
        end -= 1
    return {"field": field, "start": start, "end": end, "text": text[start:end]}


def clean_value(value: str) -> str | None:
    value = re.sub(r"\s+", " ", value).strip(" \t.,;:-–|")
    return value or None
