"""Queue priority from the profile's rules: a number and the reasons, e.g.
"priority 92: child named in delusions; detained s2; 3h waiting".

Every AMHP notification is a priority referral from receipt (protocol step 4): the profile's `base`.
Rules add their weight when their fact holds; time waiting adds up to a ceiling; overdue adds more.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from triage.profile import PriorityRules

INDICATORS = (
    "child_in_delusions", "harm_to_child_threatened", "suicide_plan_involving_child", "violence_aggression",
    "domestic_abuse", "substance_misuse", "neglect", "unborn_or_newborn", "young_carer", "weapons",
    "non_engagement", "child_witnessed_incident", "no_other_carer",
)
FACTS = frozenset({"subject_is_child", "detained", "risks_to_children", "risks_to_workers", "out_of_hours",
                   "overdue", *(f"indicator:{code}" for code in INDICATORS)})


@dataclass(frozen=True)
class Priority:
    score: int
    reasons: tuple[str, ...]

    def explain(self) -> str:
        return f"priority {self.score}" + (f": {'; '.join(self.reasons)}" if self.reasons else "")


def facts_of(extraction: Mapping[str, Any], *, out_of_hours: bool, overdue: bool) -> set[str]:
    subject = extraction.get("subject_person") or {}
    outcome = extraction.get("outcome") or {}
    risks = extraction.get("risks") or {}
    facts = {f"indicator:{code}" for code in risks.get("indicators") or ()}
    if subject.get("is_child"):
        facts.add("subject_is_child")
    if outcome.get("status") == "detained":
        facts.add("detained")
    if risks.get("to_children") == "identified":
        facts.add("risks_to_children")
    if risks.get("to_workers") == "identified":
        facts.add("risks_to_workers")
    if out_of_hours:
        facts.add("out_of_hours")
    if overdue:
        facts.add("overdue")
    return facts


def score(rules: PriorityRules, facts: set[str], hours_waiting: int,
          extraction: Mapping[str, Any]) -> Priority:
    section = (extraction.get("outcome") or {}).get("mha_section")
    matched = [r for r in (*rules.rules, rules.overdue) if r.fact in facts]
    matched.sort(key=lambda r: -r.weight)  # the weightiest reasons first: what the advisor reads
    reasons = [r.reason.format(section=section or "?").replace(" s?", "") for r in matched]
    total = rules.base + sum(r.weight for r in matched)
    waiting = min(rules.waiting.max, int(hours_waiting * rules.waiting.per_hour))
    if hours_waiting > 0:
        total += waiting
        reasons.append(rules.waiting.reason.format(hours=hours_waiting))
    return Priority(min(rules.ceiling, total), tuple(reasons))


def unknown_facts(rules: PriorityRules) -> set[str]:
    """Facts a profile's rules name that nothing computes: a typo in the profile."""
    return {r.fact for r in (*rules.rules, rules.overdue)} - FACTS
