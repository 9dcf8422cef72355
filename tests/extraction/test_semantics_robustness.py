"""Outcome, risks, consent and reason stay linear on hostile input (no catastrophic backtracking)."""

from __future__ import annotations

import pytest

from intake.mime import Segment
from triage.extraction.semantics import fill_semantics

PATHOLOGICAL = [
    "a" * 1_000_000,
    "Risks to children: " + "no " * 330_000,
    "Outcome: " + "section 2 " * 100_000,
    ("The assessment was requested by " + "x " * 200) * 2_000,
    "consent " * 125_000,
    "- " * 500_000,
    "\n" * 1_000_000,
    ("She is currently at " + "Ward, " * 30 + "\n") * 5_000,
    "threat to harm the " + "children and the " * 60_000,
]


@pytest.mark.timeout(20)
@pytest.mark.parametrize("text", PATHOLOGICAL, ids=range(len(PATHOLOGICAL)))
def test_a_megabyte_of_pathological_text_is_read_without_backtracking(text: str) -> None:
    extraction: dict = {"children": [], "subject_person": {"name": None}}
    fill_semantics(text, (Segment(0, len(text), "new", 0),), extraction)
    assert set(extraction) >= {"outcome", "risks", "consent", "assessment_reason"}
