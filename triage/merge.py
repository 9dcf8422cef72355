"""Merging a follow-up's facts into its referral: newer statements win, disagreements are kept for
the advisor to see, nothing already known is lost to a reply that does not repeat it.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

SCALARS = ("assessment_reason", "address", "postcode", "children_status")
NESTED = ("subject_person", "outcome", "risks", "consent")
UNIONS = ("phones", "nhs_numbers")
UNINFORMATIVE = (None, "", "not_stated", [])


def _informative(value: Any) -> bool:
    return not any(value == empty for empty in UNINFORMATIVE)


def _child_key(child: Mapping[str, Any]) -> str:
    return " ".join(str(child.get("name") or "").lower().split()) or f"dob:{child.get('dob')}"


def merge_extractions(earlier: Mapping[str, Any], newer: Mapping[str, Any]
                      ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """(merged facts, conflicts). `missing` is left for the caller to recompute."""
    merged = copy.deepcopy(dict(earlier))
    conflicts: list[dict[str, Any]] = []

    def take(path: str, old: Any, new: Any) -> Any:
        if not _informative(new):
            return old
        if _informative(old) and old != new:
            conflicts.append({"field": path, "earlier": old, "newer": new})
        return new

    for key in SCALARS:
        merged[key] = take(key, earlier.get(key), newer.get(key))
    for key in NESTED:
        section = dict(earlier.get(key) or {})
        for name, value in (newer.get(key) or {}).items():
            if key == "risks" and name == "indicators":
                section[name] = list(dict.fromkeys([*section.get(name, []), *(value or [])]))
            else:
                section[name] = take(f"{key}.{name}", section.get(name), value)
        merged[key] = section
    for key in UNIONS:
        merged[key] = list(dict.fromkeys([*(earlier.get(key) or []), *(newer.get(key) or [])]))
    children = {_child_key(c): dict(c) for c in earlier.get("children") or []}
    for child in newer.get("children") or []:
        key = _child_key(child)
        if key in children:
            children[key].update({k: v for k, v in child.items() if _informative(v)})
        else:
            children[key] = dict(child)
    merged["children"] = list(children.values())
    if merged["children"] and merged.get("children_status") in UNINFORMATIVE:
        merged["children_status"] = "listed"
    return merged, conflicts
