"""The outcome as an advisor reads it (LABELLING §7)."""

from __future__ import annotations

import pytest

from tests.extraction.reading import new_text, reply
from triage.extraction.outcome import extract_outcome


def outcome_of(text: str) -> dict:
    return extract_outcome(text, new_text(text))[0]


@pytest.mark.parametrize(("text", "status", "section"), [
    ("Outcome: Detained under s3 MHA", "detained", "3"),
    ("MHA outcome: Section 2 MHA – detained", "detained", "2"),
    ("She was sectioned under Section 2 this evening.", "detained", "2"),
    ("He has been placed on a Section 3 and is on Oak Ward.", "detained", "3"),
    ("An emergency application was made and she was detained under section 4.", "detained", "4"),
    ("Outcome: S2", "detained", "2"),
    ("She was detained under s2, which was regraded to section 3 on Friday.", "detained", "3"),
    ("Brought in by police on a s136; after assessment she was detained under section 2.", "detained", "2"),
    ("A warrant under s135(1) was executed and he was later detained under S.3.", "detained", "3"),
    ("Outcome: Informal", "admitted_informal", None),
    ("She agreed to go into hospital voluntarily.", "admitted_informal", None),
    ("He did not meet the criteria for detention but agreed to an informal admission.",
     "admitted_informal", None),
    ("Not detained – remains in the community with CRHT input.", "not_admitted", None),
    ("The doctors did not feel she was detainable. No further action.", "not_admitted", None),
    ("Outcome: no grounds to detain; home treatment offered.", "not_admitted", None),
    ("Outcome: NFA", "not_admitted", None),
    ("The assessment was adjourned as no second doctor was available.", "not_concluded", None),
    ("We are still waiting for a bed, so the assessment is not concluded.", "not_concluded", None),
    ("She is being held on a 136 at the Oaks pending assessment.", "not_concluded", "136"),
    ("Detained by police under section 136; the MHA assessment is pending.", "not_concluded", "136"),
    ("A s135 warrant was executed and she was taken to the Section 136 suite; assessment awaited.",
     "not_concluded", "135"),
    ("Please find below details of an MHA assessment I have started.", "not_concluded", None),
    ("An MHA assessment took place today.", "not_stated", None),
    ("Outcome of MHA: Application made under section 2 – awaiting bed", "detained", "2"),
    ("Assessment outcome: Detention not required; she will stay with her mother.", "not_admitted", None),
    ("Outcome: Home with CRHT", "not_admitted", None),
    ("Outcome: TBC", "not_concluded", None),
    ("Assessment result: no section, GP to review on Friday.", "not_admitted", None),
    ("Update: a bed came free and she is now on Larch Ward under section 3.", "detained", "3"),
    ("Result: sectioned (s2), she's now on Larch Ward at the Meadows.", "detained", "2"),
    ("Ellie agreed to stay on the paediatric ward informally.", "admitted_informal", None),
    ("He was admitted to hospital under Section 2 of the Mental Health Act.", "detained", "2"),
    ("She had been on a section 2 which has now been converted to a section 3.", "detained", "3"),
    ("Outcome – s.4 emergency application, second medical recommendation to follow.", "detained", "4"),
    ("He was brought in on a section 136 and discharged home after assessment.", "not_admitted", None),
    ("The assessment concluded that she does not need to be in hospital.", "not_admitted", None),
    ("The assessment did not go ahead as he had left the property.", "not_concluded", None),
    ("The assessment is ongoing.", "not_concluded", None),
    ("She is now an inpatient on Oak Ward under the MHA.", "detained", None),
    ("Outcome: Section 2 not required", "not_admitted", None),
    ("Outcome: Admitted to Oak Ward", "admitted_informal", None),
    ("She was assessed as not requiring admission.", "not_admitted", None),
    ("Outcome: Pending", "not_concluded", None),
    ("He is awaiting trial for assault and has a pending court case.", "not_stated", None),
    ("I spoke to her mother informally about the admission plan.", "not_stated", None),
    ("From 1 December patients detained under s136 will be taken to Mill View.", "not_stated", None),
    ("Police took no further action.", "not_stated", None),
    ("MHA result: Sec. 2\nLocation: Amberley Ward", "detained", "2"),
    ("She was detained under section two and later regraded to section three.", "detained", "3"),
    ("Not found at home; police to do a welfare check and we'll try again with a s135 warrant if needed.",
     "not_concluded", None),
    # A detention still to come is not the outcome.
    ("Second doctor awaited; the application under section 3 will follow.", "not_concluded", None),
    ("Still waiting on a bed - once one is found she will be sectioned under s2.", "not_concluded", None),
    # An informal admission is also "not detained".
    ("Outcome: admitted informally (dad in agreement) to Beech Unit. Not sectioned.",
     "admitted_informal", None),
    # The section of an application that cannot be made yet is not a detention.
    ("Outcome: s3 application cannot be made until a bed is available - assessment ongoing.",
     "not_concluded", None),
    ("Outcome - recommendations for section 3 are signed but there are no beds, so the application has not "
     "been made.", "not_concluded", None),
])
def test_status_and_section_are_read_from_any_phrasing(text: str, status: str, section: str | None) -> None:
    found = outcome_of(text)
    assert (found["status"], found["mha_section"]) == (status, section)


@pytest.mark.parametrize("history", [
    "She has a history of admissions, most recently under section 3 in 2019.",
    "He was last detained under s3 in 2019.",
    "She was previously detained under Section 2 two years ago.",
    "She was detained under section 3 in March 2022 and discharged.",
])
def test_an_earlier_detention_is_history_not_the_outcome(history: str) -> None:
    assert outcome_of(history)["status"] == "not_stated"
    assert outcome_of(history + " Outcome: informal admission.")["status"] == "admitted_informal"


def test_recommended_detention_without_a_bed_is_not_a_detention() -> None:
    found = outcome_of("Not concluded – the doctors recommended detention but no bed was available. "
                       "Contact for update: Sam Lee, duty AMHP, 01632 960058")
    assert found["status"] == "not_concluded"
    assert found["update_contact"] == "Sam Lee, duty AMHP, 01632 960058"


def test_a_newer_detention_supersedes_the_quoted_adjournment() -> None:
    text, sts = reply("A bed was found and she is now detained under section 2.",
                      "Outcome: assessment not concluded, ring the duty AMHP on 01632 960111 for an update.")
    found = extract_outcome(text, sts)[0]
    assert (found["status"], found["mha_section"], found["update_contact"]) == ("detained", "2", None)


def test_an_outcome_the_reply_does_not_repeat_still_counts() -> None:
    text, sts = reply("Risks to workers: none known.", "Outcome: Detained under s3 MHA")
    assert extract_outcome(text, sts)[0]["status"] == "detained"


def test_the_services_own_request_quoted_back_is_not_an_outcome() -> None:
    text, sts = reply("Thanks, see below.",
                      "- the outcome of the assessment (and who to contact for an update if not concluded)",
                      kind="service")
    assert extract_outcome(text, sts)[0]["status"] == "not_stated"


@pytest.mark.parametrize(("text", "where"), [
    ("She is currently at Poppy Ward, Riverside Hospital, Horsham.",
     "Poppy Ward, Riverside Hospital, Horsham"),
    ("Detained under s2. She was conveyed to Kestrel Ward, Larchwood Centre.",
     "Kestrel Ward, Larchwood Centre"),
    ("Not detained. She remains at home with family.", "at home with family"),
    ("Current whereabouts: The 136 suite at Harbourview Unit", "The 136 suite at Harbourview Unit"),
    ("Outcome: Informal admission\nCurrently at: Oak Ward", "Oak Ward"),
    ("Outcome: Detained under S.3 — Amber Ward, Meadowfield.", "Amber Ward, Meadowfield"),
    ("A bed was found overnight and he is now detained under s2 at Langley Green.", "Langley Green"),
    ("He is on a 136 at the Langley Green place of safety.", "the Langley Green place of safety"),
    ("He is in A&E at St Aldhelm's Hospital; assessment pending.", "A&E at St Aldhelm's Hospital"),
    ("outcome: sectioned s3, taken to willow ward, northgate", "willow ward, northgate"),
    ("Detained s2, Heron Ward, Millbrook Hospital.", "Heron Ward, Millbrook Hospital"),
    ("She agreed to stay on Fern Ward informally.", "Fern Ward"),
    ("Detained under s2 and admitted with her son to the Perinatal Unit.", "the Perinatal Unit"),
    ("Late news: a bed came up and a bed was found at Elmstead. He is detained under section 3.", "Elmstead"),
    ("Police took him to the place of safety at Crossways; assessment awaited.",
     "the place of safety at Crossways"),
    ("Not detained and discharged home with GP review.", "home"),
    ("Not detained. She is back at home with her partner.", "back at home"),
    ("Not detained; he is going to stay with his nan for a few days.", "with his nan"),
    ("she is on cedar ward now, detained s2", "cedar ward"),
    ("Not sectioned; she will remain at home with her sister for now.", "at home with her sister"),
    ("He remained on Birch Ward, Elm Centre after the regrading.", "Birch Ward, Elm Centre"),
    ("Outcome: voluntary admission (with her consent) to the mother and baby unit at Kestrel House.",
     "the mother and baby unit at Kestrel House"),
    ("Update: a bed became available on Wren Ward overnight and he was detained under s3.", "Wren Ward"),
    ("Assessment adjourned. He is waiting in the emergency department at Eastgate General.",
     "the emergency department at Eastgate General"),
    ("Detained s2 on Finch Ward.\nCurrently: the boys are with their aunt in Hove.", "Finch Ward"),
    ("Status: under s136 in the Mill Lane place of safety (St Anne's), doctors awaited.",
     "the Mill Lane place of safety (St Anne's)"),
    ("Detained under section 2 - currently in A&E at Eastgate until a bed is found.", "A&E at Eastgate"),
    ("Sectioned (s3); she is now an inpatient at the Chestnut Unit, Lewes.", "the Chestnut Unit, Lewes"),
    ("Bed found; he is now on Oak Ward under s2.", "Oak Ward"),
])
def test_current_location_is_copied_as_written(text: str, where: str) -> None:
    assert outcome_of(text)["current_location"] == where


def test_a_place_of_safety_reached_on_the_way_is_not_the_current_location() -> None:
    assert outcome_of("She was taken to a place of safety, where she was assessed and detained under s3."
                      )["current_location"] is None


@pytest.mark.parametrize("text", [
    "Assessment adjourned. For an update please contact the AMHP Hub on 01632 960647.",
    "Assessment adjourned. Please ring Jo Bell, duty AMHP, on 01632 960000 for an update.",
    "Assessment pending (awaiting a bed). Updates can be obtained from the AMHP service.",
    "Outcome: pending\nContact for update: me (the assessing AMHP)",
    "He is on a 136 awaiting assessment. Contact the AMHP Hub on 0117 496 0100.",
    "Assessment adjourned. For updates the duty AMHP team on 01632 960 555 (24 hours).",
    "Outcome — adjourned, no interpreter\nUpdate — duty AMHP Sam Reed 01632 960 488",
    "Adjourned, no answer at the door. Any questions to the AMHP office on 01632 960 909.",
    "Assessment pending a bed. The duty AMHP can be reached on 0117 496 0111 overnight.",
])
def test_whom_to_contact_for_an_update_is_read_when_not_concluded(text: str) -> None:
    found = outcome_of(text)
    assert found["status"] == "not_concluded"
    assert found["update_contact"]


def test_an_update_contact_is_only_kept_while_not_concluded() -> None:
    found = outcome_of("Detained s2. For an update contact the ward on 01632 960001.")
    assert found["update_contact"] is None


@pytest.mark.parametrize("text", [
    "Not detained. Plan: CRHT follow-up.",
    "Not detained. The home treatment team will visit daily.",
    "Did not meet criteria. She will be followed up by the EIP team.",
    "Informal admission agreed; she will move to the MBU once a bed is free.",
    "Not detained. The CMHT will arrange a review next week.",
    "Not detained. The perinatal team will follow up at home on Monday.",
    "Detained s2. Community mental health team to review after discharge.",
    "Informal admission. She will move to Larkhill, the young people's unit, tomorrow.",
])
def test_follow_up_plan_is_read(text: str) -> None:
    assert outcome_of(text)["follow_up"]


@pytest.mark.parametrize("text", [
    "Assessment adjourned: a s135(1) warrant is being applied for.",
    "Not concluded - no answer at the door. Applying for a section 135 warrant tomorrow.",
    "Outcome: pending. Warrant (s135) to be sought on Monday.",
])
def test_a_warrant_still_being_sought_is_a_plan_not_a_hold(text: str) -> None:
    found = outcome_of(text)
    assert (found["status"], found["mha_section"]) == ("not_concluded", None)


def test_an_update_line_with_a_number_names_the_update_contact() -> None:
    found = outcome_of("Outcome: adjourned, no interpreter.\nUpdate: duty AMHP Sam Reed 01632 960 488")
    assert found["update_contact"] == "duty AMHP Sam Reed 01632 960 488"


def test_an_update_line_with_news_is_not_a_contact() -> None:
    found = outcome_of("Update - a bed was found at Elmstead and he is detained under s3.")
    assert (found["status"], found["update_contact"]) == ("detained", None)


def test_a_transfer_without_a_destination_is_not_a_follow_up_plan() -> None:
    assert outcome_of("Detained s4. She is in A&E awaiting transfer.")["follow_up"] is None


def test_a_remark_in_brackets_about_history_does_not_hide_the_outcome() -> None:
    found = outcome_of("Outcome: detained, s3 (known to services for years). Now at Elm Lodge.")
    assert (found["status"], found["mha_section"]) == ("detained", "3")


def test_a_visit_that_was_tried_before_the_assessment_is_not_a_follow_up_plan() -> None:
    assert outcome_of("Her care coordinator tried to visit on Monday but she would not open the door."
                      )["follow_up"] is None


def test_a_past_ward_is_not_the_current_location() -> None:
    assert outcome_of("He was previously on Oak Ward in 2019.")["current_location"] is None


@pytest.mark.parametrize("plan", [
    "She has been referred to the maternal wellbeing team, who will call her on Friday.",
    "The CAMHS consultant will arrange an outpatient appointment next month.",
    "His key worker will stay involved while he is on the ward.",
    "He will move to the young people's unit in the morning.",
    "Twice daily visits from the crisis team have been agreed.",
    "She will be reviewed by the consultant in clinic on Tuesday.",
])
def test_a_plan_told_in_narrative_is_the_follow_up(plan: str) -> None:
    assert outcome_of(f"Not detained. {plan}")["follow_up"] == plan.rstrip(".")


def test_why_the_assessment_was_asked_for_is_not_the_follow_up_plan() -> None:
    text = ("I was requested to assess Amy by the home treatment team after she cut herself on Sunday. "
            "She was detained under s2.")
    assert outcome_of(text)["follow_up"] is None


def test_where_the_children_are_staying_is_not_the_persons_location() -> None:
    text = "He was detained under s2. His two sons are going to stay with their grandmother."
    assert outcome_of(text)["current_location"] is None


def test_where_the_person_will_be_moved_is_not_where_they_are_now() -> None:
    text = "Detained s2 on Hazel Ward. He will then be moved to Birch Unit once a bed is free."
    assert outcome_of(text)["current_location"] == "Hazel Ward"


def test_every_value_has_a_span_into_the_text() -> None:
    text = "Outcome: detained under section 2.\nCurrent location: Oak Ward"
    _, spans = extract_outcome(text, new_text(text))
    fields = {s["field"]: s for s in spans}
    assert fields["outcome.mha_section"]["text"] == "2"
    for s in spans:
        assert text[s["start"]:s["end"]] == s["text"]


def test_staff_with_the_person_tonight_are_not_a_follow_up_plan() -> None:
    text = "Assessment adjourned. She remains at home with home treatment staff present tonight."
    assert outcome_of(text)["follow_up"] is None


def test_a_child_staying_with_a_relative_is_not_where_the_person_is() -> None:
    text = "Not detained. His son Kieran lives with him but he is staying with his grandmother this week."
    assert outcome_of(text)["current_location"] is None
