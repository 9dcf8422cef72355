"""Where the facts sit in an email: form fields ("Label: value"), headings with a block under them, sentences.

AMHP emails mix three layouts, often in one message:

- form lines: ``Name: Jane Doe``, ``• DOB: 14/03/1988``, ``Consent obtained? Yes``, ``Name:<TAB>Jane``,
  ``PATIENT NAME: ...``, ``Contact number(s) - Abena's mobile: ...``; a label may also start a
  sentence mid-line (``No known risks to the children. Risk to workers: a dog ...``);
- headings with the value under them: ``Children in the home:`` followed by indented lines, or an HTML
  table turned into text (``Name`` on one line, ``Tomasz Chowdhury`` on the next);
- narrative paragraphs, hard-wrapped or not.

Public API (stable; the semantics extractors use it too):

``read_layout(text) -> Layout``
    cached per text. ``Layout.fields`` lists every :class:`Field` in order of appearance;
    ``Layout.sentences`` the ``(start, end)`` offsets of sentences and list items;
    ``Layout.fields_with(*keys)`` filters fields by canonical key.
``label_key(label) -> str | None``
    the canonical key of a label wording (rules in ``patterns/labels.json``), e.g. ``"D.O.B."`` →
    ``"dob"``, ``"Lone working risks"`` → ``"risks_workers"``.
``segment_at(segments, offset) -> Segment | None``
    the :class:`intake.mime.Segment` holding an offset (segments cover the text in order).
``Layout.field_at(offset)``, ``Layout.sentence_at(offset)``, ``Layout.line_at(offset)``
    what holds an offset, by bisection.
``closing_blocks(text)``
    signature and disclaimer blocks found by their look, for segments that do not mark them.
``EvidenceMap(ranges)``
    depth of an offset among (start, end, depth) evidence ranges; ``offset in m`` for membership.

Keys: name, first_name, surname, dob, age, nhs, address, postcode, phone, reason, children, parents,
relatives, nearest_relative, care_coordinator, gp, doctors, police, outcome, location, follow_up,
update_contact, risks, risks_children, risks_workers, consent, family_aware, other; ``None`` for a
label-shaped line whose wording is unknown (``Pronouns: she/her``, ``Sent: ...``).

A field's ``value`` is ``text[start:end]``: the rest of the label line, plus the lines under a
heading, plus hard-wrapped continuation lines. A value can therefore hold more than one sentence
(``Risks to children: ... There are no known risks to staff.``); split it with ``Layout.sentences``
when that matters. Offsets index the text given, so they are valid spans.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from pathlib import Path

from intake.mime import Segment

PATTERNS_DIR = Path(__file__).with_name("patterns")

# A label line: optional bullet, a short label, then ":" / "?" / TAB / " - " and the value. Every
# quantifier is bounded or over a class that cannot overlap its neighbour, so matching stays linear.
_LABEL_LINE = re.compile(
    r"[ \t]*(?:(?:[-*•·▪◦►‣–>]|o(?=[ \t])|\d{1,2}[.)])[ \t]*)?"
    r"(?P<label>[^\W\d_][^:?\t\n]{0,79}?)[ \t]*(?P<sep>:|\?|\t| [-–—] )[ \t]*"
)
_BULLET = re.compile(r"[ \t]*(?:[-*•·▪◦►‣–]|o(?=[ \t])|\d{1,2}[.)])[ \t]+")
_SENTENCE_END = re.compile(r"[.!?][\"')\]]?(?=\s)")
_ABBREVIATION = re.compile(
    r"(?:\b(?:dr|mr|mrs|ms|mx|miss|st|no|nos|pc|ps|dc|s|ss|prof|rev|approx|tel|mob|ref)|\.\w)$", re.I
)
# Answers, not headings: "No known risks", "Nil", "Yes".
_ANSWER_START = re.compile(r"(?:no|nil|none|not|yes|n/a|unknown|none known)\b", re.I)
_MAX_LABEL_WORDS = 8
_MAX_HEADING_WORDS = 6
_ADDRESS_LINES = 6
_MAX_LINES = 20_000


@dataclass(frozen=True)
class Field:
    key: str | None
    label: str
    value: str
    start: int
    end: int
    label_start: int
    heading: bool = False  # the value sits on the lines under the label


@dataclass(frozen=True)
class Layout:
    text: str
    fields: tuple[Field, ...]
    sentences: tuple[tuple[int, int], ...]
    _line_starts: tuple[int, ...] = field(repr=False, default=())

    def fields_with(self, *keys: str) -> list[Field]:
        return [f for f in self.fields if f.key in keys]

    @cached_property
    def _by_value_start(self) -> tuple[list[int], list[Field]]:
        ordered = sorted(self.fields, key=lambda f: f.start)
        return [f.start for f in ordered], ordered

    def field_at(self, offset: int) -> Field | None:
        """The field whose value holds `offset` (the innermost, for a label inside a value)."""
        starts, ordered = self._by_value_start
        i = bisect.bisect_right(starts, offset) - 1
        return ordered[i] if i >= 0 and offset < ordered[i].end else None

    @cached_property
    def sentence_starts(self) -> tuple[int, ...]:
        return tuple(s for s, _ in self.sentences)

    def sentence_at(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sentence_starts, offset) - 1
        if i >= 0 and self.sentences[i][0] <= offset < self.sentences[i][1]:
            return self.sentences[i]
        return (offset, offset)

    def line_at(self, offset: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._line_starts, offset) - 1
        start = self._line_starts[max(i, 0)]
        end = self.text.find("\n", start)
        return start, len(self.text) if end < 0 else end


@cache
def _rules() -> list[tuple[str, list[list[re.Pattern[str]]], list[re.Pattern[str]]]]:
    data = json.loads((PATTERNS_DIR / "labels.json").read_text(encoding="utf-8"))

    def word_start(phrase: str) -> re.Pattern[str]:
        # Alternatives match at the start of a word, so "child" finds "children" but "age" not "page";
        # "^su" is a whole label ("SU:"), so short abbreviations don't match "support" or "suicide".
        if phrase.startswith("^"):
            return re.compile("^" + re.escape(phrase[1:]) + "$")
        return re.compile(r"(?<![a-z0-9])" + re.escape(phrase))

    return [
        (
            rule["key"],
            [[word_start(p) for p in group] for group in rule["all"]],
            [word_start(p) for p in rule.get("none", [])],
        )
        for rule in data["rules"]
    ]


@lru_cache(maxsize=4096)
def label_key(label: str) -> str | None:
    norm = " ".join(re.sub(r"[^\w]+", " ", label.lower()).split())
    for key, groups, excluded in _rules():
        if all(any(p.search(norm) for p in group) for group in groups) and not any(
            p.search(norm) for p in excluded
        ):
            return key
    return None


def segment_at(segments: Sequence[Segment], offset: int) -> Segment | None:
    starts = [s.start for s in segments]
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and segments[i].start <= offset < max(segments[i].end, segments[i].start + 1):
        return segments[i]
    return None


_NEWLINE = re.compile(r"\n")
_SENTENCE_THEN_CAPITAL = re.compile(r"[.!?] +(?=[A-Z])")
_NOT_HEADING_CHAR = re.compile(r"[\d@,]")


def _lines(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for m in _NEWLINE.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def _strip_cr(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t\r":
        end -= 1
    return end


def _label_at(text: str, start: int, end: int, mid: bool = False) -> tuple[str, int, int, str] | None:
    """(label, label_start, value_start, separator) for a label at `start`, else None.

    With `mid`, the label may begin a later sentence of the line; only known labels count then.
    """
    m = _LABEL_LINE.match(text, start, end)
    if not m:
        return None
    label = m.group("label")
    label_start = m.start("label")
    cut = label.rfind(". ")
    mid_line = cut >= 0
    if mid_line:
        # A label that starts a sentence mid-line ("... the child(ren). Risk to workers: ...").
        label_start += cut + 2
        label = label[cut + 2 :]
    label = label.strip()
    if not label or len(label.split()) > _MAX_LABEL_WORDS:
        return None
    # Notes typed without capitals ("pt: ...", "addr: ...") count only with a known label.
    if label[0].islower() and label_key(label) is None:
        return None
    if mid_line and (not mid or label_key(label) is None):
        return None
    return label, label_start, m.end(), m.group("sep").strip() or "\t"


def _mid_line_labels(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """Known labels that begin a later sentence on the line: (label, label_start, value_start)."""
    found = []
    for m in _SENTENCE_THEN_CAPITAL.finditer(text[start:end]):
        sub = start + m.end()
        got = _label_at(text, sub, end, mid=True)
        if got and got[3] in {":", "?"} and label_key(got[0]) is not None:
            found.append((got[0], got[1], got[2]))
    return found


# "A. Young person", "3) Household": a lettered or numbered section heading.
_ENUMERATOR = re.compile(r"(?:[A-Za-z]|\d{1,2})[.)][ \t]+")


def _is_heading(text: str, start: int, end: int) -> str | None:
    line = text[start:end].strip().rstrip(":?").strip()
    line = line[m.end() :] if (m := _ENUMERATOR.match(line)) else line
    words = line.split()
    if not line or len(words) > _MAX_HEADING_WORDS or not line[0].isupper():
        return None
    if line[-1] in ",;!" or (line[-1] == "." and len(words) > 2):
        return None
    if _NOT_HEADING_CHAR.search(line) or _ANSWER_START.match(line):
        return None
    return line if label_key(line) is not None else None


def _indent(text: str, start: int, end: int) -> int:
    line = text[start:end]
    return len(line) - len(line.lstrip(" \t"))


def _is_list_line(text: str, start: int, end: int) -> bool:
    return text[start:end].startswith((" ", "\t")) or _BULLET.match(text, start, end) is not None


def _field(text: str, label: str, label_start: int, start: int, end: int, heading: bool = False) -> Field:
    return Field(label_key(label), label, text[start:end], start, end, label_start, heading)


def _build(text: str) -> Layout:
    # A real notification has a few hundred lines; past this many, a message is not read for layout.
    lines = _lines(text)[:_MAX_LINES]
    n = len(lines)
    labels = [_label_at(text, s, e) for s, e in lines]
    headings = [None if lab else _is_heading(text, s, e) for (s, e), lab in zip(lines, labels, strict=True)]

    def stops_block(j: int) -> bool:
        s, e = lines[j]
        if not text[s:e].strip():
            return True
        lab = labels[j]
        return (lab is not None and label_key(lab[0]) is not None) or headings[j] is not None

    fields: list[Field] = []
    i = 0
    while i < n:
        s, e = lines[i]
        lab = labels[i]
        heading_label = headings[i]
        if lab is None and heading_label is None:
            i += 1
            continue
        if lab is not None:
            label, label_start, value_start, _sep = lab
            value_end = _strip_cr(text, value_start, e)
            heading = value_end <= value_start
        else:
            label, label_start, value_start, value_end, heading = heading_label, s, e, e, True
        j = i + 1
        if heading:
            # Lines under a heading. A bare heading (an HTML cell, no ":") may be followed by blank lines.
            if lab is None:
                while j < n and j - i <= 3 and not text[lines[j][0] : lines[j][1]].strip():
                    j += 1
            if j < n and not stops_block(j):
                value_start = lines[j][0]
                # A list under a heading ends where unindented, unbulleted prose starts.
                listed = _is_list_line(text, *lines[j])
                while j < n and not stops_block(j) and (not listed or _is_list_line(text, *lines[j])):
                    value_end = _strip_cr(text, lines[j][0], lines[j][1])
                    j += 1
            else:
                value_start = value_end = _strip_cr(text, s, e)
                j = i + 1
        else:
            key = label_key(label)
            # Hard-wrapped continuation: the previous line was long and the next is not a new item.
            # Or an indented list carrying on under the label line ("Children: Oliver ...\n    Alfie ...").
            indent = len(text[s:e]) - len(text[s:e].lstrip())
            while (
                j < n
                and not stops_block(j)
                and (
                    (
                        lines[j - 1][1] - lines[j - 1][0] >= 60
                        and not _BULLET.match(text, lines[j][0], lines[j][1])
                    )
                    or _indent(text, *lines[j]) > indent
                    # An address set out one part a line ("7 Church Lane\nSteyning\nBN44 3HA").
                    or (key == "address" and j - i <= _ADDRESS_LINES and lines[j][1] - lines[j][0] <= 40)
                )
            ):
                value_end = _strip_cr(text, lines[j][0], lines[j][1])
                j += 1
        while value_start < value_end and text[value_start].isspace():
            value_start += 1
        # "Children in household: no. Partner: Beth Clarke ...": each label's value ends where the
        # next label on the line begins.
        mids = _mid_line_labels(text, value_start, value_end)
        ends = [_strip_cr(text, value_start, mid_start) for _l, mid_start, _v in mids] + [value_end]
        fields.append(_field(text, label, label_start, value_start, ends[0], heading))
        for (mid_label, mid_start, mid_value), mid_end in zip(mids, ends[1:], strict=True):
            fields.append(_field(text, mid_label, mid_start, mid_value, max(mid_end, mid_value)))
        i = max(j, i + 1)
    # Labels that start a sentence inside narrative lines not already inside a field.
    covered = sorted((f.label_start, f.end) for f in fields)
    covered_starts = [cs for cs, _ in covered]
    for (s, e), lab in zip(lines, labels, strict=True):
        k = bisect.bisect_right(covered_starts, s) - 1
        if lab is not None or (k >= 0 and covered[k][0] <= s < covered[k][1]):
            continue
        for mid_label, mid_start, mid_value in _mid_line_labels(text, s, e):
            value_end = _paragraph_end(text, lines, mid_value)
            fields.append(_field(text, mid_label, mid_start, mid_value, value_end))
    fields.sort(key=lambda f: f.label_start)
    starts_item = [lab is not None or head is not None for lab, head in zip(labels, headings, strict=True)]
    sentences = _sentences(text, lines, starts_item)
    return Layout(text, tuple(fields), tuple(sentences), tuple(s for s, _ in lines))


def _paragraph_end(text: str, lines: list[tuple[int, int]], offset: int) -> int:
    end = text.find("\n\n", offset)
    end = len(text) if end < 0 else end
    return _strip_cr(text, offset, end)


def _sentences(text: str, lines: list[tuple[int, int]], starts_item: list[bool]) -> list[tuple[int, int]]:
    """Sentences and list items. A line break ends a sentence unless the line looks hard-wrapped.
    `starts_item`: whether each line is a label or heading line."""
    spans: list[tuple[int, int]] = []
    cur: int | None = None
    for (s, e), item in zip(lines, starts_item, strict=True):
        content_end = _strip_cr(text, s, e)
        stripped_start = s + len(text[s:content_end]) - len(text[s:content_end].lstrip())
        if stripped_start >= content_end:
            if cur is not None:
                spans.append((cur, _strip_cr(text, cur, s)))
                cur = None
            continue
        # "aged\n11. The family ..." is a wrapped sentence, not an eleventh list item.
        prev_start = text.rfind("\n", 0, max(s - 1, 0)) + 1
        mid_sentence = s >= 2 and text[s - 2].isalnum() and s - prev_start > 60
        if cur is not None and (
            (_BULLET.match(text, s, e) and not (mid_sentence and text[s].isdigit()))
            or item
        ):
            spans.append((cur, _strip_cr(text, cur, s)))
            cur = None
        if cur is None:
            cur = stripped_start
        pos = stripped_start
        for m in _SENTENCE_END.finditer(text, stripped_start, content_end):
            # Only the word before the full stop matters ("Dr.", "d.o.b."); a bounded look keeps
            # a line of a thousand abbreviations linear.
            before = text[max(pos, m.start() - 12) : m.start()].split()
            word = before[-1] if before else ""
            if _ABBREVIATION.search(word):
                continue
            nxt = text[m.end() : m.end() + 3].lstrip()
            if nxt and not (nxt[0].isupper() or nxt[0].isdigit() or nxt[0] in "\"'(•*-"):
                continue
            spans.append((cur, m.end()))
            cur = m.end() + 1
            while cur < content_end and text[cur] in " \t":
                cur += 1
            pos = cur
        if cur is not None and cur >= content_end:
            cur = None
        # A long line ending in ":" ("On 6 May 2025, Ruth <ruth@…> wrote:") introduces, it is not wrapped.
        wrapped = content_end - s >= 60 and text[content_end - 1] != ":"
        if cur is not None and not wrapped:
            spans.append((cur, content_end))
            cur = None
    if cur is not None:
        spans.append((cur, _strip_cr(text, cur, len(text))))
    return [(a, b) for a, b in spans if b > a]


@lru_cache(maxsize=8)
def read_layout(text: str) -> Layout:
    return _build(text)


# A sign-off alone on its line ("Kind regards,", "Thanks, Sara", "Best wishes"), not "Thanks for your email."
_VALEDICTION = re.compile(
    r"[ \t>]*(?:(?:(?:kind|best|warm|warmest|many|with (?:kind|best))[ \t]+)?"
    r"(?:regards|wishes|thanks|thank you)"
    r"|yours[ \t]+(?:sincerely|faithfully|truly)|cheers|best|sent from my[^\n]{0,30})"
    r"[ \t]*[,.!]*(?:[ \t]+[A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*)?)?[ \t]*[,.!]?[ \t]*\r?",
    re.I,
)
_DISCLAIMER = re.compile(
    r"[ \t>]*(?:confidential|disclaimer|this (?:e-?mail|message)(?: and any attachments?)? (?:is|are|may|and)"
    r"|official[- ]sensitive|privacy notice|the information in this)",
    re.I,
)
_HISTORY = re.compile(
    r"[ \t>]*(?:from:|sent:|-{2,}[ \t]*(?:original|forwarded)|_{5,}|begin forwarded|on [^\n]{5,200}wrote:)",
    re.I,
)
_MAX_SIGNATURE_LINES = 14


# Form labels that carry family facts: a signature never holds them, so they end a closing block.
_FAMILY_KEYS = frozenset(
    {
        "name",
        "first_name",
        "surname",
        "dob",
        "age",
        "nhs",
        "address",
        "postcode",
        "children",
        "reason",
        "outcome",
        "risks",
        "risks_children",
        "risks_workers",
        "consent",
    }
)


def _family_label(text: str, start: int, end: int) -> bool:
    found = _label_at(text, start, end)
    return found is not None and label_key(found[0]) in _FAMILY_KEYS


def closing_blocks(text: str) -> list[tuple[int, int]]:
    """Signature and disclaimer blocks found by their look: a valediction line ("Kind regards,")
    and the short lines under it, or a confidentiality notice, up to the next quoted header.

    A fallback for messages whose segments do not mark signatures; never family facts.
    """
    lines = _lines(text)
    blocks: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        s, e = lines[i]
        line = text[s:e]
        if len(line.strip()) <= 40 and _VALEDICTION.fullmatch(line):
            limit = _MAX_SIGNATURE_LINES
        elif _DISCLAIMER.match(line):
            limit = 8
        else:
            i += 1
            continue
        j, seen = i + 1, 0
        while j < len(lines) and seen < limit:
            ls, le = lines[j]
            if _HISTORY.match(text, ls, le) or _family_label(text, ls, le):
                break
            if text[ls:le].strip():
                seen += 1
                if le - ls > 100 and limit == _MAX_SIGNATURE_LINES:
                    break  # a long narrative line: the writer carried on after signing off
            j += 1
        blocks.append((s, lines[j - 1][1]))
        i = j
    return blocks


NO_EVIDENCE = 99  # the depth reported for an offset outside every evidence range


class EvidenceMap:
    """Depth lookup over (start, end, depth) evidence ranges in O(log n) per offset."""

    def __init__(self, ranges: Sequence[tuple[int, int, int]]) -> None:
        self._ranges = sorted(ranges)
        self._starts = [s for s, _e, _d in self._ranges]

    def depth(self, offset: int) -> int:
        i = bisect.bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self._ranges[i][1]:
            return self._ranges[i][2]
        return NO_EVIDENCE

    def __contains__(self, offset: int) -> bool:
        return self.depth(offset) != NO_EVIDENCE
