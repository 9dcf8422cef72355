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


IDENTITY = "Name: Dana Price\nDOB: 04/07/1990\nAddress: 3 Elm Row, Lancing BN15 8AA\n\n"


@pytest.mark.parametrize(("text", "reason"), [
    # The concern raised by someone else, told as a story with no heading.
    ("Dana came to the attention of services after she was seen pacing the multi-storey car park at 4am.",
     "she was seen pacing the multi-storey car park at 4am"),
    ("The health visitor was worried that Dana had stopped feeding the baby and was talking to the radio.",
     "Dana had stopped feeding the baby and was talking to the radio"),
    ("Her dad rang the crisis line: she has not eaten for five days and thinks the TV is speaking to her.",
     "she has not eaten for five days and thinks the TV is speaking to her"),
    ("The midwife raised concerns after Dana told her the pregnancy was a curse.",
     "Dana told her the pregnancy was a curse"),
    ("His wife phoned the GP because he had locked himself in the shed with a can of petrol.",
     "he had locked himself in the shed with a can of petrol"),
    # The police or ambulance route.
    ("Mr Price was arrested after brandishing a screwdriver at the bus driver.",
     "brandishing a screwdriver at the bus driver"),
    ("He was taken to A&E after being found by a dog walker in the river.",
     "being found by a dog walker in the river"),
    ("She was held by police after being found on the multi-storey roof.",
     "being found on the multi-storey roof"),
    ("Police were called by the landlord after he barricaded the stairwell with furniture.",
     "he barricaded the stairwell with furniture"),
    # Participle openings.
    ("Assessed after he threatened to burn down his mother's flat.",
     "he threatened to burn down his mother's flat"),
    ("She was originally assessed after she walked into the sea fully clothed.",
     "she walked into the sea fully clothed"),
    # A parenthesis full of numbers between the referrer and the reason.
    ("He was referred by his CPN, Jo Tate (CMHT, 01632 960 111, mobile 07700 900 222), after he stopped his "
     "clozapine and began hoarding knives.",
     "he stopped his clozapine and began hoarding knives"),
])
def test_a_reason_told_as_a_story_is_found(text: str, reason: str) -> None:
    assert reason_of(IDENTITY + text) == reason


@pytest.mark.parametrize(("text", "reason"), [
    ("Why: rang 999 from the pier saying goodbye.", "rang 999 from the pier saying goodbye"),
    ("• Why: neighbours heard smashing glass all night.", "neighbours heard smashing glass all night"),
    ("Reason for referral for MHA assessment\nKept her son off school for a month, believing he is followed.",
     "Kept her son off school for a month, believing he is followed"),
    ("Circumstances leading to the assessment: walked out of the ward and onto the dual carriageway.",
     "walked out of the ward and onto the dual carriageway"),
    ("Presenting concerns: screaming at her reflection and not sleeping.",
     "screaming at her reflection and not sleeping"),
    ("Background to the request: sent threatening letters to the school.",
     "sent threatening letters to the school"),
    ("Background/reason: took an overdose after an argument with his partner.",
     "took an overdose after an argument with his partner"),
    ("Reason for MHAA:\tfound sleeping in the church porch, refusing food.",
     "found sleeping in the church porch, refusing food"),
    ("Why assessed: ongoing refusal to let carers in, shouting from the window.",
     "ongoing refusal to let carers in, shouting from the window"),
    ("What led to the assessment: her neighbour heard her crying for hours.",
     "her neighbour heard her crying for hours"),
    ("Presentation: pacing, talking to unseen others, refusing fluids.",
     "pacing, talking to unseen others, refusing fluids"),
    ("Reason for request | Ran from her flat crying that the walls were bleeding",
     "Ran from her flat crying that the walls were bleeding"),
    ("HPC: three weeks of escalating fear of the neighbours.",
     "three weeks of escalating fear of the neighbours"),
])
def test_a_reason_under_another_heading_is_found(text: str, reason: str) -> None:
    assert reason_of(IDENTITY + text) == reason


def test_a_reason_label_inside_a_lower_case_note_stops_at_the_next_label() -> None:
    text = ("mhaa last night\npt: dana price dob 4/7/90\n"
            "why: seen climbing the pier railings at 2am\nkids: none\n")
    assert reason_of(text) == "seen climbing the pier railings at 2am"


@pytest.mark.parametrize("text", [
    "On Sunday he drove at a police car outside the station.",
    "She has refused all contact for months and neighbours hear her shouting at night.",
    "Dana set fire to the bins behind the flats and told officers she was cleansing the street.",
])
def test_the_first_sentence_about_behaviour_is_the_reason_when_nothing_else_signals_it(text: str) -> None:
    assert reason_of(IDENTITY + text) == text.rstrip(".")


@pytest.mark.parametrize("text", [
    IDENTITY + "Police (PC 1234 Shaw) attended to assist.\nDana agreed to an informal admission to Elm Ward.",
    IDENTITY + "Dana lives with her partner and their son Leo (6).\nConsent: Dana agreed to the referral.",
    IDENTITY + "Risks to children: Dana said she would hurt Leo if he were taken.",
])
def test_facts_about_the_household_outcome_or_risks_are_not_a_reason(text: str) -> None:
    assert reason_of(text) is None


@pytest.mark.parametrize("text", [
    "Dana has not been answering the door to the CMHT and her post is piling up.",
    "Last night she tried to climb out of a third-floor window.",
    "Mr Price turned up at the school gates demanding to take his son to heaven.",
    "Her partner came home to find her standing on a chair with a belt around her neck.",
    "Earlier this week she locked the children out of the house.",
    "For the past month she has been giving money to strangers.",
])
def test_a_sentence_about_what_the_person_did_is_the_reason(text: str) -> None:
    full = IDENTITY + text
    assert extract_reason(full, new_text(full), "Dana")[0] == text.rstrip(".")


def test_being_picked_up_and_taken_to_the_place_of_safety_is_the_reason() -> None:
    text = IDENTITY + "Picked up by officers on the pier and taken to the place of safety."
    assert reason_of(text) == "Picked up by officers on the pier and taken to the place of safety"


@pytest.mark.parametrize("text", [
    "Dana was assessed at home today with two doctors.",
    "She is currently on Elm Ward at Swandean.",
    "Dana lives alone in a first-floor flat near the station.",
])
def test_a_sentence_about_the_assessment_or_the_home_is_not_a_reason(text: str) -> None:
    full = IDENTITY + text
    assert extract_reason(full, new_text(full), "Dana")[0] is None


@pytest.mark.parametrize("text", [
    "Dana Price, 34, was very unwell at the time of assessment and has been admitted to Elm Ward.\n"
    "Her sister has the kids tonight.\nHer partner Sam can be contacted on 07700 900123.\n",
    "Dear IFD\nDana was seen at her home address this afternoon with two doctors.\n"
    "She is 34 years old and a mother of two.\nOutcome: not detained, GP to review.\n",
    "Patient: Dana Price\nShe is Polish and speaks little English; an interpreter attended.\n"
    "Her mother is looking after the boys.\nThe family have been told about this referral.\n",
])
def test_a_notification_that_gives_no_reason_has_none(text: str) -> None:
    assert extract_reason(text, new_text(text), "Dana")[0] is None


def test_a_report_from_school_is_the_reason() -> None:
    text = IDENTITY + "Reports from school that the children arrive hungry and Dana talks to herself."
    assert reason_of(text) == "the children arrive hungry and Dana talks to herself"


@pytest.mark.parametrize("text", [
    "Reason for contact: MHA notification",
    "Reason for email - for your information",
    "Reason for referral: as per protocol",
])
def test_the_purpose_of_the_email_is_not_a_reason(text: str) -> None:
    assert reason_of(IDENTITY + text) is None
