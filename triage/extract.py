"""ParsedMessage → the extraction object of CONTRACT §3 (schema frontdoor.extraction/1)."""

from __future__ import annotations

from typing import Any

from intake.mime import ParsedMessage
from triage.extraction.semantics import fill_semantics
from triage.validation import missing_items

SCHEMA = "frontdoor.extraction/1"


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
    # Outcome, risks, consent and reason read the people found above (subject, children).
    fill_semantics(parsed.text, parsed.segments, result)
    result["missing"] = missing_items(result)
    return result
