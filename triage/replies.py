"""Outgoing mail text: Jinja2 templates per profile (triage/templates/<profile>/<kind>.j2).

A template's first line is `Subject: ...`, the rest is the body; both are plain text that a manager can
review. Every body ends with the service footer, whose first line the MIME reader uses to mark our own
text quoted back in a reply, so it is never read as evidence.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jinja2

from triage.profile import Profile
from triage.threading import body_marker, reference, subject_tag

TEMPLATES = Path(__file__).parent / "templates"
KINDS = ("missing-info", "forward", "acknowledgement", "feedback", "out-of-hours", "escalation")
SERVICE_LINE = "This is an automatic message from the Front Door service."

PLAIN_WORDS = {
    "listed": "listed", "none_known": "none known", "unknown_to_referrer": "not known to the referrer",
    "not_stated": "not stated", "identified": "identified", "detained": "detained",
    "admitted_informal": "admitted informally", "not_admitted": "not admitted",
    "not_concluded": "not concluded",
    "obtained": "obtained", "refused": "refused", "not_sought": "not sought",
}


@dataclass(frozen=True)
class Rendered:
    subject: str
    body: str


@cache
def _environment() -> jinja2.Environment:
    # Plain-text mail: no HTML escaping.
    return jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), undefined=jinja2.StrictUndefined,
                              autoescape=False, trim_blocks=True, lstrip_blocks=True,
                              keep_trailing_newline=True)


def render(profile: Profile, kind: str, context: Mapping[str, Any]) -> Rendered:
    if kind not in KINDS:
        raise ValueError(f"unknown outgoing mail kind {kind!r}")
    text = _environment().get_template(f"{profile.name}/{kind}.j2").render(**context).lstrip("\n")
    first, _, body = text.partition("\n")
    if not first.startswith("Subject:"):
        raise ValueError(f"template {profile.name}/{kind}.j2 must start with a Subject: line")
    return Rendered(" ".join(first.removeprefix("Subject:").split()), body.lstrip("\n"))


def body_context_defaults(secret: bytes, referral_id: int) -> dict[str, str]:
    """What every template may use: the reference people quote and the signed marker for the footer."""
    return {"reference": reference(referral_id), "tag": subject_tag(referral_id),
            "marker": body_marker(secret, referral_id)}


def missing_wording(profile: Profile, missing: list[str]) -> list[dict[str, str]]:
    return [{"label": profile.wording(i).label, "ask": profile.wording(i).ask}
            for i in missing if i in profile.missing_items]


def one_line(text: str | None, limit: int = 200) -> str:
    """Header-safe: a subject from the incoming mail, folded or hostile, becomes one plain line."""
    return " ".join((text or "").split())[:limit] or "(no subject)"


def facts_summary(extraction: Mapping[str, Any]) -> dict[str, Any]:
    subject = extraction.get("subject_person") or {}
    outcome = extraction.get("outcome") or {}
    risks = extraction.get("risks") or {}
    consent = extraction.get("consent") or {}
    status = outcome.get("status", "not_stated")
    section = f" under section {outcome['mha_section']}" if outcome.get("mha_section") else ""
    aware = {True: "; family aware", False: "; family not aware"}.get(consent.get("family_aware"), "")
    return {
        "subject_name": subject.get("name"), "subject_dob": subject.get("dob"),
        "subject_age": subject.get("age"),
        "assessment_reason": extraction.get("assessment_reason"),
        "children": extraction.get("children") or [],
        "children_status": PLAIN_WORDS.get(extraction.get("children_status", "not_stated"), "not stated"),
        "address": ", ".join(p for p in (extraction.get("address"), extraction.get("postcode")) if p) or None,
        "phones": extraction.get("phones") or [],
        "outcome": PLAIN_WORDS.get(status, status) + section,
        "current_location": outcome.get("current_location"), "update_contact": outcome.get("update_contact"),
        "risks_to_children": PLAIN_WORDS.get(risks.get("to_children", "not_stated"), "not stated"),
        "risks_to_workers": PLAIN_WORDS.get(risks.get("to_workers", "not_stated"), "not stated"),
        "indicators": [code.replace("_", " ") for code in risks.get("indicators") or ()],
        "consent": PLAIN_WORDS.get(consent.get("status", "not_stated"), "not stated") + aware,
        "missing": [m.replace("_", " ") for m in extraction.get("missing") or ()],
    }
