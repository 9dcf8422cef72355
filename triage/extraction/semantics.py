"""What happened and what it means for the children: outcome, risks, consent, reason.

Fills those parts of a §3 extraction from the parsed message. It reads the people the
extraction already found (the subject's name, the children's names and ages) so that
indicators are attributed to the right person ("her mother has been drinking" is not the
subject's substance misuse when the subject is the child).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from triage.extraction.consent import extract_consent
from triage.extraction.evidence import SegmentLike, Statement, statements
from triage.extraction.outcome import extract_outcome
from triage.extraction.reason import extract_reason
from triage.extraction.risks import extract_risks, find_indicators

# Words every AMHP notification, or a reply quoting one, uses somewhere.
_MHA_CONTEXT = re.compile(
    r"\b(?:mha|mental health act|amhp|assess\w*|section\s?(?:2|3|4|135|136)\b|s\.?\s?13[56]\b|sectioned|nfa\b"
    r"|detained|detention|detainable|informal(?:ly)? admi\w*|admitted informally|referral|safeguarding)",
    re.IGNORECASE)


def _about_mental_health_act(sts: Sequence[Statement]) -> bool:
    return any(_MHA_CONTEXT.search(st.text) for st in sts)


def _first_name(name: str | None) -> str | None:
    parts = (name or "").split()
    return parts[0] if parts else None


def fill_semantics(text: str, segments: Sequence[SegmentLike], extraction: dict[str, Any]) -> None:
    """Set `assessment_reason`, `outcome`, `risks`, `consent` and append their spans."""
    sts = statements(text, tuple(segments))
    if not _about_mental_health_act(sts):
        # Bounces, newsletters and the like: their "deferred", "jump on board" or "dealer" are
        # not an outcome, a reason or a risk, so nothing is read from them.
        sts = ()
    children = extraction.get("children") or []
    subject = _first_name((extraction.get("subject_person") or {}).get("name"))
    child_names = [first for c in children if (first := _first_name(c.get("name")))]
    ages = [c.get("age") for c in children]
    codes, indicator_spans = find_indicators(text, sts, subject, child_names, ages)
    reason, reason_spans = extract_reason(text, sts, subject)
    outcome, outcome_spans = extract_outcome(text, sts, child_names)
    risks, risk_spans = extract_risks(text, sts, codes, indicator_spans, child_names)
    consent, consent_spans = extract_consent(text, sts)
    if extraction.get("assessment_reason") is None:
        extraction["assessment_reason"] = reason
    extraction["outcome"] = outcome
    extraction["risks"] = risks
    extraction["consent"] = consent
    extraction.setdefault("spans", []).extend([*reason_spans, *outcome_spans, *risk_spans, *consent_spans])
