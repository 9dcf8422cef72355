"""ParsedMessage → the extraction object of CONTRACT §3 (schema frontdoor.extraction/1)."""

from __future__ import annotations

import bisect
from datetime import UTC, datetime
from typing import Any

from intake.mime import ParsedMessage
from triage.extraction.contacts import find_contacts
from triage.extraction.people import find_people
from triage.extraction.sections import closing_blocks, read_layout, unquote
from triage.extraction.semantics import fill_semantics
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
    _fill_people_and_contacts(parsed, result)
    # Outcome, risks, consent and reason read the people found above (subject, children).
    fill_semantics(parsed.text, parsed.segments, result)
    result["missing"] = missing_items(result)
    return result


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


def _fill_people_and_contacts(parsed: ParsedMessage, result: dict[str, Any]) -> None:
    unquoted = unquote(parsed.text)
    text = unquoted.text
    layout = read_layout(text)
    closings = _closings(parsed)
    evidence = _evidence(parsed, closings)
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
    for span in [*people.spans, *contacts.spans]:
        start, end = unquoted.original(span["start"]), unquoted.original(span["end"])
        result["spans"].append({**span, "start": start, "end": end, "text": parsed.text[start:end]})
