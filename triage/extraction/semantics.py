"""What happened and what it means for the children: outcome, risks, consent, reason.

Fills those parts of a §3 extraction from the parsed message. It reads the people the
extraction already found (the subject's name, the children's names and ages) so that
indicators are attributed to the right person ("her mother has been drinking" is not the
subject's substance misuse when the subject is the child).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from triage.extraction.consent import extract_consent
from triage.extraction.evidence import SegmentLike, statements
from triage.extraction.outcome import extract_outcome
from triage.extraction.reason import extract_reason
from triage.extraction.risks import extract_risks, find_indicators


def _first_name(name: str | None) -> str | None:
    parts = (name or "").split()
    return parts[0] if parts else None


def fill_semantics(text: str, segments: Sequence[SegmentLike], extraction: dict[str, Any]) -> None:
    """Set `assessment_reason`, `outcome`, `risks`, `consent` and append their spans."""
    sts = statements(text, tuple(segments))
    children = extraction.get("children") or []
    subject = _first_name((extraction.get("subject_person") or {}).get("name"))
    child_names = [first for c in children if (first := _first_name(c.get("name")))]
    ages = [c.get("age") for c in children]
    codes, indicator_spans = find_indicators(text, sts, subject, child_names, ages)
    reason, reason_spans = extract_reason(text, sts)
    outcome, outcome_spans = extract_outcome(text, sts)
    risks, risk_spans = extract_risks(text, sts, codes, indicator_spans, child_names)
    consent, consent_spans = extract_consent(text, sts)
    if extraction.get("assessment_reason") is None:
        extraction["assessment_reason"] = reason
    extraction["outcome"] = outcome
    extraction["risks"] = risks
    extraction["consent"] = consent
    extraction.setdefault("spans", []).extend([*reason_spans, *outcome_spans, *risk_spans, *consent_spans])
