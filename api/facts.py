"""The extracted facts an advisor sees and may correct: labels, types, and corrections laid over the original.

Pure functions: the stored extraction is never changed; a correction is a separate record applied on read.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any


@dataclass(frozen=True)
class FactField:
    path: str  # dotted path into the CONTRACT §3 object; also the span `field` name
    label: str
    kind: str = "text"  # text | date | int | enum | list | bool
    choices: tuple[str, ...] = ()


FIELDS: tuple[FactField, ...] = (
    FactField("subject_person.name", "Person assessed"),
    FactField("subject_person.dob", "Date of birth", "date"),
    FactField("subject_person.age", "Age", "int"),
    FactField("assessment_reason", "Reason for assessment"),
    FactField("children_status", "Children", "enum",
              ("listed", "none_known", "unknown_to_referrer", "not_stated")),
    FactField("address", "Address"),
    FactField("postcode", "Postcode"),
    FactField("phones", "Family phones", "list"),
    FactField("nhs_numbers", "NHS numbers", "list"),
    FactField("outcome.status", "Outcome", "enum",
              ("detained", "admitted_informal", "not_admitted", "not_concluded", "not_stated")),
    FactField("outcome.mha_section", "MHA section", "enum", ("2", "3", "4", "135", "136")),
    FactField("outcome.current_location", "Current location"),
    FactField("outcome.follow_up", "Follow-up"),
    FactField("outcome.update_contact", "Contact for update"),
    FactField("risks.to_children", "Risks to children", "enum", ("identified", "none_known", "not_stated")),
    FactField("risks.to_workers", "Risks to workers", "enum", ("identified", "none_known", "not_stated")),
    FactField("risks.indicators", "Risk indicators", "list"),
    FactField("consent.status", "Consent", "enum", ("obtained", "refused", "not_sought", "not_stated")),
    FactField("consent.family_aware", "Family aware", "bool"),
)
BY_PATH: dict[str, FactField] = {f.path: f for f in FIELDS}

# CONTRACT §4 missing items and the fact that answers each.
MISSING_FIELD: dict[str, str] = {
    "subject_name": "subject_person.name",
    "assessment_reason": "assessment_reason",
    "children": "children_status",
    "address": "address",
    "outcome": "outcome.status",
    "update_contact": "outcome.update_contact",
    "risks_to_children": "risks.to_children",
    "risks_to_workers": "risks.to_workers",
    "consent": "consent.status",
}
MISSING_LABEL: dict[str, str] = {
    "subject_name": "Name of the person assessed",
    "assessment_reason": "Reason for the assessment",
    "children": "Children in the household",
    "address": "Family address",
    "outcome": "Outcome of the assessment",
    "update_contact": "Who to contact for an update",
    "risks_to_children": "Risks to the children",
    "risks_to_workers": "Risks to workers",
    "consent": "Consent to the referral",
}


def get_path(data: Mapping[str, Any], path: str) -> Any:
    value: Any = data
    for key in path.split("."):
        if not isinstance(value, Mapping):
            return None
        value = value.get(key)
    return value


def parse_value(path: str, raw: str | None) -> Any:
    """Turns what an advisor typed into the §3 value for that field; raises ValueError if it cannot be one."""
    field = BY_PATH.get(path)
    if field is None:
        raise ValueError(f"unknown field {path!r}")
    text = (raw or "").strip()
    if field.kind == "list":
        return [part.strip() for part in text.replace("\n", ",").split(",") if part.strip()]
    if not text:
        return None
    if field.kind == "date":
        return date.fromisoformat(text).isoformat()
    if field.kind == "int":
        number = int(text)
        if not 0 <= number <= 130:
            raise ValueError("age must be between 0 and 130")
        return number
    if field.kind == "bool":
        if text.lower() in {"true", "yes", "1"}:
            return True
        if text.lower() in {"false", "no", "0"}:
            return False
        raise ValueError("expected yes or no")
    if field.kind == "enum" and text not in field.choices:
        raise ValueError(f"expected one of {', '.join(field.choices)}")
    return text


def corrected(extraction: Mapping[str, Any], corrections: Iterable[tuple[str, Any]]) -> dict[str, Any]:
    """The extraction with corrections applied in order (latest wins); the input is untouched."""
    result = copy.deepcopy(dict(extraction))
    for path, value in corrections:
        *parents, leaf = path.split(".")
        node = result
        for key in parents:
            node = node.setdefault(key, {})
        node[leaf] = value
    return result


def display(value: Any) -> str:
    if value is None or value == []:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(display(v) if not isinstance(v, Mapping) else _child(v) for v in value)
    return str(value).replace("_", " ") if isinstance(value, str) and " " not in value else str(value)


def _child(child: Mapping[str, Any]) -> str:
    bits = [child.get("name") or "unnamed"]
    if child.get("dob"):
        bits.append(f"born {child['dob']}")
    elif child.get("age") is not None:
        bits.append(f"age {child['age']}")
    return " ".join(str(b) for b in bits)
