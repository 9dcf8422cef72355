"""The assessment reason: what happened, copied as written (LABELLING §3)."""

from __future__ import annotations

import pytest

from tests.extraction.reading import new_text
from triage.extraction.reason import extract_reason


def reason_of(text: str) -> str | None:
    return extract_reason(text, new_text(text))[0]


@pytest.mark.parametrize(("text", "reason"), [
    ("Reason for MHA assessment: Escalating alcohol use and threats to end her life.",
     "Escalating alcohol use and threats to end her life"),
    ("Why was the assessment requested?\nHearing voices instructing him to harm himself.",
     "Hearing voices instructing him to harm himself"),
    ("The assessment was requested by his GP, Dr Mistry because he was found by police on a bridge.",
     "he was found by police on a bridge"),
    ("Assessment requested by the CMHT due to increasingly bizarre behaviour at home.",
     "increasingly bizarre behaviour at home"),
    ("She was referred by police after she was found wandering on the A23.",
     "she was found wandering on the A23"),
    ("Keisha was assessed because of heavy cannabis use and worsening psychotic symptoms.",
     "heavy cannabis use and worsening psychotic symptoms"),
    ("MHA assessment this morning following a request from the police who found him on the railway line.",
     "a request from the police who found him on the railway line"),
    ("Mia was assessed under the MHA at A&E following an overdose of sertraline.",
     "an overdose of sertraline"),
    ("The referral for assessment followed hearing voices instructing him to harm himself.",
     "hearing voices instructing him to harm himself"),
])
def test_the_reason_is_copied_as_written(text: str, reason: str) -> None:
    assert reason_of(text) == reason


@pytest.mark.parametrize("text", [
    "Reason: paranoid schizophrenia",
    "Presenting concerns: known diagnosis of bipolar affective disorder",
    "She has a history of admissions, most recently under section 2 in 2020.",
    "Diagnosis: paranoid schizophrenia.",
])
def test_a_diagnosis_or_history_alone_is_not_a_reason(text: str) -> None:
    assert reason_of(text) is None


def test_without_a_stated_reason_the_incident_sentence_is_the_reason() -> None:
    text = "I assessed Ellie Rudd, 16, yesterday. Ellie had taken an overdose and was found by her brother."
    assert reason_of(text) == "Ellie had taken an overdose and was found by her brother"
