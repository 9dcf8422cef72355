"""ParsedMessage → the extraction object of CONTRACT §3 (schema frontdoor.extraction/1)."""

from __future__ import annotations

import bisect
from datetime import UTC, datetime
from typing import Any

from intake.mime import ParsedMessage, Segment
from intake.structure import Unquoted, unquote
from triage.extraction.contacts import find_contacts
from triage.extraction.people import find_people
from triage.extraction.sections import closing_blocks, read_layout
from triage.extraction.semantics import fill_semantics
from triage.nonreferral import classify, new_text
from triage.validation import missing_items

SCHEMA = "frontdoor.extraction/1"
# Segment kinds that are never family facts (LABELLING §1).
ADULT_AGE = 18
NOT_FACTS = frozenset({"service", "signature", "disclaimer", "header"})


def empty_extraction(message_id: str | None = None, sender: str | None = None) -> dict[str, Any]:
    return {
        "schema": SCHEMA,
        "message_id": message_id,
        "sender": sender,
        "subject_person": {"name": None, "dob": None, "age": None, "is_child": None},
        "assessment_reason": None,
        "children": [],
        "children_status": "not_stated",
        "address": None,
        "postcode": None,
        "phones": [],
        "nhs_numbers": [],
        "outcome": {
            "status": "not_stated",
            "mha_section": None,
            "current_location": None,
            "follow_up": None,
            "update_contact": None,
        },
        "risks": {"to_children": "not_stated", "to_workers": "not_stated", "indicators": []},
        "consent": {"status": "not_stated", "family_aware": None},
        "missing": [],
        "spans": [],
    }


def extract(parsed: ParsedMessage) -> dict[str, Any]:
    result = empty_extraction(parsed.message_id, parsed.sender)
    # Everything is read from the text without its quote marks; spans are mapped back at the end.
    unquoted = unquote(parsed.text)
    _fill_people_and_contacts(parsed, unquoted, result)
    # Outcome, risks, consent and reason read the people found above (subject, children).
    segments = tuple(Segment(unquoted.view(s.start), unquoted.view(s.end), s.kind, s.depth)
                     for s in parsed.segments)
    fill_semantics(unquoted.text, segments, result)
    if classify(parsed.headers, parsed.sender, parsed.subject, new_text(parsed), result) is not None:
        # An automatic reply, delivery report, bulletin or thank-you has no facts (LABELLING §1),
        # whatever its quoted or attached original says.
        result = empty_extraction(parsed.message_id, parsed.sender)
    result["spans"] = [_original_span(span, unquoted, parsed.text) for span in result["spans"]]
    result["missing"] = missing_items(result)
    return result


def _original_span(span: dict[str, Any], unquoted: Unquoted, text: str) -> dict[str, Any]:
    start, end = unquoted.original(span["start"]), unquoted.original(span["end"])
    return {**span, "start": start, "end": end, "text": text[start:end]}


def _closings(parsed: ParsedMessage) -> list[tuple[int, int]]:
    """Signature and disclaimer ranges, merged and in order: the segments marked so, plus
    signature-looking blocks the segments missed, each cut at the end of the segment it starts in
    (an attachment may follow)."""
    segments = parsed.segments or ()
    seg_starts = [s.start for s in segments]
    ranges = [(s.start, s.end) for s in segments if s.kind in {"signature", "disclaimer"}]
    for cs, ce in closing_blocks(parsed.text):
        i = bisect.bisect_right(seg_starts, cs) - 1
        ranges.append((cs, min(ce, segments[i].end) if i >= 0 else ce))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _evidence(parsed: ParsedMessage, closings: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(start, end, depth) ranges holding family facts, newest first: segments that are not our own
    text, headers, signatures or disclaimers. `closings` are merged and in order."""
    segments = parsed.segments or ()
    ranges = [(s.start, s.end, s.depth) for s in segments if s.kind not in NOT_FACTS]
    if not segments:
        ranges = [(0, len(parsed.text), 0)]
    closing_ends = [e for _s, e in closings]
    pieces = []
    for start, end, depth in ranges:
        pos = start
        i = bisect.bisect_right(closing_ends, start)
        while i < len(closings) and closings[i][0] < end:
            if closings[i][0] > pos:
                pieces.append((pos, closings[i][0], depth))
            pos = max(pos, closings[i][1])
            i += 1
        if pos < end:
            pieces.append((pos, end, depth))
    return sorted(pieces, key=lambda r: (r[2], r[0]))


def _fill_people_and_contacts(parsed: ParsedMessage, unquoted: Unquoted, result: dict[str, Any]) -> None:
    text = unquoted.text
    layout = read_layout(text)
    found = _closings(parsed)
    closings = [(unquoted.view(s), unquoted.view(e)) for s, e in found]
    evidence = [(unquoted.view(s), unquoted.view(e), d) for s, e, d in _evidence(parsed, found)]
    ref = (parsed.date or datetime.now(UTC)).date()
    people = find_people(text, layout, evidence, ref)
    result["subject_person"] = {
        "name": people.name,
        "dob": people.dob.isoformat() if people.dob else None,
        "age": people.age,
        "is_child": None if people.age is None else people.age < ADULT_AGE,
    }
    result["children"] = [
        {"name": c.name, "dob": c.dob.isoformat() if c.dob else None, "age": c.age} for c in people.children
    ]
    result["children_status"] = people.children_status
    contacts = find_contacts(text, layout, evidence, closings)
    result["address"] = contacts.address
    result["postcode"] = contacts.postcode
    result["phones"] = contacts.phones
    result["nhs_numbers"] = contacts.nhs_numbers
    result["spans"].extend([*people.spans, *contacts.spans])
