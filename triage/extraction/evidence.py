"""The message text as evidence: statements (sentences or form lines) with their age and label.

An advisor reads an AMHP email as a list of statements: form lines ("Outcome: detained s2"),
bullets and narrative sentences. Each statement carries the depth of the segment it came from
(0 = newest) so that, where statements conflict, the newest can win; text the service sent
itself, signatures, disclaimers and header blocks are never evidence and give no statements.
Everything here is linear in the size of the text: sentences are capped in length so that the
bounded-window patterns applied to them stay cheap on pathological input.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, Protocol

from triage.extraction.prefilter import Needs, candidates, needs, trie_pattern

NOT_EVIDENCE = frozenset({"service", "signature", "disclaimer", "header"})
MAX_SENTENCE = 1500
# An advisor reads the notification, not a 300-page attachment: evidence beyond this many
# characters (newest segments first in text order) is not read, which bounds the cost per message.
MAX_EVIDENCE = 100_000
PATTERNS_DIR = Path(__file__).with_name("patterns")

_QUOTE_MARKS = re.compile(r"(?m)^[ \t]*(?:>[ \t]?)+")
_BULLET = re.compile(r"[ \t]*(?:[-*•▪◦·o]|\d{1,2}[.)])[ \t]+")
# A form line: a short capitalised label then a separator ("Name: ...", "DOB - ...", "NHS No | ...").
_FORM_LINE = re.compile(r"[ \t]*[A-Z][A-Za-z0-9()/'’ .,&-]{0,45}?(?:[ \t]*[:|?\t]|[ \t]+[-–—][ \t])")
# A terse writer's lower-case form line ("kids at home: ...", "risks to kids - none known"): a label of
# up to four words, so that a hard-wrapped sentence rarely looks like one.
_LOWER_FORM_LINE = re.compile(r"[ \t]*[a-z][a-z()/'’&]*(?: [a-z()/'’&]+){0,3}(?:[ \t]*:|[ \t]+[-–—][ \t])")
_COLON_LABEL = re.compile(r"[ \t]*[A-Z][A-Za-z0-9()/'’ .,&-]{0,45}?[ \t]*[:|\t]")
# A full stop after an abbreviation does not end a sentence: a title before a name ("Dr. Lee"),
# a section or number word before a figure ("Sec. 2", "No. 5").
_SENTENCE_END = re.compile(
    r"(?<=[.!?])(?<!\bDr\.)(?<!\bM[rs]\.)(?<!\bMrs\.)(?<!\bSt\.)(?<!\be\.g\.)(?<!\bi\.e\.)"
    r"[ \t\n]+(?=[\"'(]?[^\W\d_])"
    r"|(?<=[.!?])(?<!\b[Ss]ec\.)(?<!\b[Ss]\.)(?<!\b[Nn]o\.)(?<!\bTel\.)[ \t\n]+(?=[0-9])"
    r"|[ \t]*\n[ \t]*\n\s*")


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
class TriggerIndex:
    """Cheap prefilter: which statements mention any trigger word of a cue, found in one scan
    of the whole message. Slow patterns then run only where they can match."""

    pattern: re.Pattern[str] | None   # the longest word starting at each position, as group 1
    names_of: dict[str, frozenset[str]]
    names: frozenset[str] = frozenset()   # the names that have trigger words

    @classmethod
    def build(cls, triggers: dict[str, Sequence[str]]) -> TriggerIndex:
        words = sorted({w for ws in triggers.values() for w in ws}, key=len, reverse=True)
        if not words:
            return cls(None, {})
        # The longest word at a position is found; it also credits the words inside it.
        names_of = {w: frozenset(n for n, ws in triggers.items() if any(v in w for v in ws)) for w in words}
        # In a lookahead the words overlap ("is on" and "ongoing" in "is ongoing"): one match per
        # position where a word starts, found in one pass.
        return cls(re.compile(f"(?=({trie_pattern(words)}))"), names_of,
                   frozenset(n for ns in names_of.values() for n in ns))

    def where(self, text: Joined) -> dict[str, set[int]]:
        """For each name, the statements that mention one of its trigger words."""
        return {name: set(at) for name, at in self.hits(text).items()}

    def hits(self, text: Joined) -> dict[str, dict[int, list[int] | None]]:
        """For each name, the statements that mention one of its trigger words and where in each
        statement's text such words start (None: anywhere in it, when lower-casing changed the
        text's length so that offsets in the lowered copy are not offsets in the statement)."""
        found: dict[str, dict[int, list[int] | None]] = {}
        if self.pattern is None:
            return found
        exact = len(text.lowered) == len(text.text)
        for m in self.pattern.finditer(text.lowered):
            i, offset = text.locate(m.start())
            for name in self.names_of[m.group(1)]:
                offsets = found.setdefault(name, {}).setdefault(i, [] if exact else None)
                if offsets is not None:
                    offsets.append(offset)
        return found


@dataclass(frozen=True)
class Cues:
    """Named tables of regular expressions, loaded from a pattern data file.

    A cue whose alternatives capture a named group is kept as separate patterns (Python's `re`
    forbids a group name twice in one pattern); `search` then returns the earliest match.
    """

    labels: dict[str, re.Pattern[str]]
    cues: dict[str, tuple[re.Pattern[str], ...]]
    triggers: TriggerIndex = field(default_factory=lambda: TriggerIndex(None, {}))
    # Per cue, each pattern with the test for the words it cannot match without (prefilter).
    checked: dict[str, tuple[tuple[re.Pattern[str], Needs], ...]] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "checked", {cue: tuple((p, needs(p.pattern, p.flags)) for p in patterns)
                                             for cue, patterns in self.cues.items()})

    def search(self, name: str, text: str, pos: int = 0) -> re.Match[str] | None:
        found = None
        for pattern in candidates(self.checked[name], text):
            m = pattern.search(text, pos)
            if m and (found is None or m.start() < found.start()):
                found = m
        return found

    def finditer(self, name: str, text: str) -> list[re.Match[str]]:
        found = (m for p in candidates(self.checked[name], text) for m in p.finditer(text))
        return sorted(found, key=lambda m: m.start())


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
    sep = r"(?:(?:[ \t]*(?:[:|?\t]|[-–—](?=[ \t])|,))+[ \t]*|[ \t]+|$)"
    labels = {
        topic: re.compile(r"[ \t]*(?:" + _alternation(alts) + r")" + sep, re.IGNORECASE)
        for topic, alts in raw.get("labels", {}).items()
    }
    cues = {cue: _compiled(alts) for cue, alts in raw.get("cues", {}).items()}
    return Cues(labels, cues, TriggerIndex.build(raw.get("triggers", {})))


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
                         or _BULLET.match(line) is not None or _FORM_LINE.match(line) is not None
                         or _LOWER_FORM_LINE.match(line) is not None)
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
def _all_labels() -> re.Pattern[str]:
    """Every topic label as one pattern with a group per topic, tried in file order."""
    topics = [(topic, p) for name in LABEL_FILES for topic, p in load_cues(name).labels.items()]
    return re.compile("|".join(f"(?P<{topic}>{p.pattern})" for topic, p in topics), re.IGNORECASE)


def _narrative(raw: str, label_start: int, value_start: int) -> bool:
    """A sentence that merely starts with a label's words ("Consent was obtained from mum"):
    no separator after the label and the rest goes on in lower case."""
    return (not re.search(r"[:|?\t,–—-]", raw[label_start:value_start])
            and raw[value_start:value_start + 1].islower())


def _label_of(labels: re.Pattern[str], text: str) -> tuple[str, int] | None:
    m = labels.match(text)
    return (m.lastgroup, m.end()) if m and m.lastgroup else None


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
    budget = MAX_EVIDENCE
    for seg in usable:
        if budget <= 0:
            break
        pending: str | None = None
        prev_end = seg.start
        for b_start, b_end in _blocks(flat, seg.start, seg.end):
            for s_start, s_end in _sentences(flat, b_start, b_end):
                raw = flat[s_start:s_end].replace("\n", " ").replace("\r", " ")
                lead = _BULLET.match(raw)
                offset = lead.end() if lead else 0
                found = _label_of(labels, raw[offset:])
                if found and not _narrative(raw, offset, found[1] + offset):
                    topic, value_at = found
                    value_at += offset
                    out.append(Statement(s_start, s_end, raw, seg.depth, topic, value_at))
                    # A lower-case list item ("- any risks to workers") is a question, not a form label.
                    question = raw[offset:offset + 1].islower()
                    pending = None if raw[value_at:].strip(" .:-–|\t") or question else topic
                else:
                    carried = (pending if pending and _COLON_LABEL.match(raw) is None
                               and flat.count("\n", prev_end, s_start) <= 2 else None)
                    out.append(Statement(s_start, s_end, raw, seg.depth, carried, offset))
                    pending = None
                prev_end = s_start + len(raw.rstrip())
                budget -= len(raw)
                if budget <= 0:
                    break
            if budget <= 0:
                break
    return tuple(out)


SEPARATOR = " ;\n"   # ends every window pattern ([^.;]) at a statement boundary


@dataclass(frozen=True)
class Joined:
    """All statements of a message in one string, so that a pattern is run once per message
    (not once per statement): matches are mapped back to their statement."""

    text: str
    starts: tuple[int, ...]
    lowered: str

    def locate(self, pos: int) -> tuple[int, int]:
        """(statement index, offset within that statement's text) of a position in `text`."""
        i = bisect.bisect_right(self.starts, pos) - 1
        return i, pos - self.starts[i]


@lru_cache(maxsize=8)
def joined(sts: tuple[Statement, ...]) -> Joined:
    starts = []
    pos = 0
    for st in sts:
        starts.append(pos)
        pos += len(st.text) + len(SEPARATOR)
    text = SEPARATOR.join(st.text for st in sts)
    return Joined(text, tuple(starts), text.lower())


def mentions(cues: Cues, sts: Sequence[Statement]) -> Callable[[str, int], bool]:
    """`has(name, i)`: whether statement i mentions a trigger word of cue `name` (true for a
    cue without trigger words)."""
    found = cues.triggers.where(joined(tuple(sts)))
    known = cues.triggers.names

    def has(name: str, i: int) -> bool:
        return name not in known or i in found.get(name, ())
    return has


def trigger_hits(cues: Cues, sts: Sequence[Statement]) -> Callable[[str], dict[int, list[int] | None]]:
    """`hits(name)`: the statements that mention a trigger word of cue `name`, with where the
    words start (TriggerIndex.hits); every statement, anywhere in it, for a cue without trigger words."""
    found = cues.triggers.hits(joined(tuple(sts)))
    known = cues.triggers.names
    everywhere: dict[int, list[int] | None] = dict.fromkeys(range(len(sts)))

    def hits(name: str) -> dict[int, list[int] | None]:
        return found.get(name, {}) if name in known else everywhere
    return hits


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
