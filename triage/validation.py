"""What the email does not supply: the `missing` list (CONTRACT §4, LABELLING §10).

A profile names the items it requires; an item is missing when the extraction leaves it
unanswered. The order is always the vocabulary order of CONTRACT §4.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

Extraction = Mapping[str, Any]


def _outcome(e: Extraction) -> Mapping[str, Any]:
    return e.get("outcome") or {}


CHECKS: dict[str, Callable[[Extraction], bool]] = {
    "subject_name": lambda e: not (e.get("subject_person") or {}).get("name"),
    "assessment_reason": lambda e: not e.get("assessment_reason"),
    "children": lambda e: e.get("children_status", "not_stated") == "not_stated",
    "address": lambda e: not e.get("address"),
    "outcome": lambda e: _outcome(e).get("status", "not_stated") == "not_stated",
    "update_contact": lambda e: (_outcome(e).get("status") == "not_concluded"
                                 and not _outcome(e).get("update_contact")),
    "risks_to_children": lambda e: (e.get("risks") or {}).get("to_children", "not_stated") == "not_stated",
    "risks_to_workers": lambda e: (e.get("risks") or {}).get("to_workers", "not_stated") == "not_stated",
    "consent": lambda e: (e.get("consent") or {}).get("status", "not_stated") == "not_stated",
}
MISSING_ITEMS: tuple[str, ...] = tuple(CHECKS)


def missing_items(extraction: Extraction, profile_required: Sequence[str] = MISSING_ITEMS) -> list[str]:
    """The required items the extraction leaves unanswered, in CONTRACT §4 order.

    Unknown names in `profile_required` are an error in the profile, not something to ignore.
    """
    unknown = set(profile_required) - set(CHECKS)
    if unknown:
        raise ValueError(f"profile requires unknown items {sorted(unknown)}; known: {list(MISSING_ITEMS)}")
    required = set(profile_required)
    return [item for item in MISSING_ITEMS if item in required and CHECKS[item](extraction)]
