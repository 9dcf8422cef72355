"""Consent to the referral and whether the family knows of it (LABELLING §9).

A statement counts when it sits under a consent label ("Consent obtained? Yes") or speaks of
the referral ("I have discussed this referral with his partner, who is in agreement"). Each
clause is read on its own, so "he did not want the referral but his wife agreed" gives both a
refusal and an agreement; an agreement by anyone with a say wins, then a refusal, then "not
sought". The newest statement that says anything decides.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from triage.extraction.evidence import Statement, load_cues, mentions, span

CUES = load_cues("consent")
Spans = list[dict[str, Any]]
PRECEDENCE = ("obtained", "refused", "not_sought")
_CLAUSE = re.compile(r";|\.\s|\s[-–]\s|\(|\)|,?\s+(?:but|however|although|though|whereas)\b,?|,\s+(?=who\b)"
                     r"|,\s+(?=(?:(?:his|her|their|the)\s+)?(?:partner|wife|husband|mother|father|mum|dad|parents?"
                     r"|family|nearest relative)\b)"
                     # a new person with their own verb ("dean agreed, kerry-ann too unwell to discuss")
                     r"|,\s+(?=[^\W\d_][\w'’-]*\s+(?:not|too|was|were|is|has|had|did|could|would|agreed|declined"
                     r"|refused|said|lacks?|consented)\b)")
_WINDOW = 28


@dataclass(frozen=True)
class Reading:
    status: str | None
    aware: bool | None
    statement: Statement


def _clauses(value: str) -> list[str]:
    return [c for c in _CLAUSE.split(value) if c and c.strip()]


def _about_referral(clause: str, end: int) -> bool:
    """Awareness of the referral, not of something else ("not aware of any risks to workers")."""
    return CUES.search("other_topic", clause[end:end + _WINDOW]) is None


def _plain(cue: str, clause: str) -> re.Match[str] | None:
    """A cue that is not negated ("did not consent", "declined to give consent") nor asked about
    ("I asked her whether she was happy for me to ...")."""
    for m in CUES.finditer(cue, clause):
        before = clause[max(0, m.start() - _WINDOW):m.start()]
        hedged = CUES.search("negation", before) or CUES.search("question", before)
        if not hedged and not CUES.search("negation", m.group()):
            return m
    return None


def _status_of(clause: str) -> str | None:
    if CUES.search("not_sought", clause):
        return "not_sought"
    if CUES.search("no_objection", clause):
        return "obtained"
    if CUES.search("refused", clause):
        return "refused"
    if _plain("obtained", clause):
        return "obtained"
    return None


def _aware_of(clause: str) -> bool | None:
    told_not = CUES.search("aware_false", clause)
    if told_not and _about_referral(clause, told_not.end()):
        return False
    told = _plain("aware_true", clause)
    if told and _about_referral(clause, told.end()):
        return True
    return None


def read_statement(st: Statement, about_referral: bool) -> Reading | None:
    labelled = st.label in ("consent", "family_aware")
    if (st.label is not None and not labelled) or not (labelled or about_referral):
        return None
    value = st.text[st.value_start:]
    if not value.strip(" .:-–|\t") or CUES.search("request", value) or CUES.search("hypothetical", st.text):
        return None
    if not labelled and not CUES.search("context", value):
        return None
    statuses = {s for c in _clauses(value) if (s := _status_of(c))}
    awareness = [a for c in _clauses(value) if (a := _aware_of(c)) is not None]
    if st.label == "consent" and not statuses:
        if CUES.search("value_obtained", value):
            statuses.add("obtained")
        elif CUES.search("value_refused", value):
            statuses.add("refused")
    if st.label == "family_aware" and not awareness:
        if CUES.search("value_aware_false", value):
            awareness.append(False)
        elif CUES.search("value_aware_true", value):
            awareness.append(True)
    status = next((s for s in PRECEDENCE if s in statuses), None)
    aware = awareness[-1] if awareness else None
    if status is None and aware is None:
        return None
    return Reading(status, aware, st)


def _newest(readings: Sequence[Reading]) -> list[Reading]:
    if not readings:
        return []
    depth = min(r.statement.depth for r in readings)
    return [r for r in readings if r.statement.depth == depth]


def extract_consent(text: str, statements: Sequence[Statement]) -> tuple[dict[str, Any], Spans]:
    """The §3 `consent` object and the spans of its evidence."""
    has = mentions(CUES, statements)
    readings = [r for i, st in enumerate(statements) if (r := read_statement(st, has("context", i)))]
    spans: list[dict[str, Any]] = []
    said = _newest([r for r in readings if r.status])
    status = next((s for s in PRECEDENCE if any(r.status == s for r in said)), "not_stated")
    if said:
        st = next(r for r in said if r.status == status).statement
        spans.append(span("consent.status", text, st.start + st.value_start, st.end))
    aware: bool | None
    told = _newest([r for r in readings if r.aware is not None])
    if status == "not_stated" and any(r.aware is False for r in told):
        # Not told of the referral means not asked about it.
        status = "not_sought"
    if status in ("obtained", "refused"):
        aware = True
    else:
        aware = told[-1].aware if told else None
        if told:
            st = told[-1].statement
            spans.append(span("consent.family_aware", text, st.start + st.value_start, st.end))
    return {"status": status, "family_aware": aware}, spans
