"""Risks to the children and to workers, and the indicator codes (LABELLING §8)."""

from __future__ import annotations

import pytest

from tests.extraction.reading import new_text, reply
from triage.extraction.risks import INDICATOR_CODES, extract_risks, find_indicators


def risks_of(text: str, subject: str | None = None, children: tuple[str, ...] = (),
             ages: tuple[int, ...] = ()) -> dict:
    sts = new_text(text)
    codes, spans = find_indicators(text, sts, subject, children, ages)
    return extract_risks(text, sts, codes, spans, children)[0]


@pytest.mark.parametrize(("text", "children", "workers"), [
    ("Risks to children: None known\nRisks to workers: Nil known", "none_known", "none_known"),
    ("Risks: None known to children or workers", "none_known", "none_known"),
    ("Risks: low", "none_known", "not_stated"),
    ("No concerns re the kids. Safe to visit.", "none_known", "none_known"),
    ("I am not aware of any risks to the children or to workers visiting the family.",
     "none_known", "none_known"),
    ("Risk to child(ren): nil known", "none_known", "not_stated"),
    ("Lone working: none", "not_stated", "none_known"),
    ("It is unclear whether there are any risks to the children.", "not_stated", "not_stated"),
    ("Risks to children: not yet assessed", "not_stated", "not_stated"),
    ("Risks to children: Low, but she was heard shouting at them.", "identified", "not_stated"),
    ("Risks to children: No known risks, although the baby was in the room during the restraint.",
     "identified", "not_stated"),
    ("No known risks to the children. The children appeared frightened when police arrived.",
     "identified", "not_stated"),
    ("I am worried about the baby, who was left alone for several hours.", "identified", "not_stated"),
    ("Risks to professionals: she can be verbally abusive.", "not_stated", "identified"),
    ("No known risks to workers, but please note there is a dog at the property.",
     "not_stated", "identified"),
    ("Workers should visit in pairs.", "not_stated", "identified"),
    ("There is a police marker on the address.", "not_stated", "identified"),
    ("He became aggressive towards the paramedics.", "not_stated", "identified"),
    ("She was detained. There are no children in the household.", "not_stated", "not_stated"),
    ("Risks to children: N/A – no children in the home", "not_stated", "not_stated"),
    ("There are no safeguarding concerns.", "none_known", "not_stated"),
    ("Risks (children): low\nRisks (workers): none", "none_known", "none_known"),
    ("Nothing to flag for staff visiting.", "not_stated", "none_known"),
    ("He has previously threatened professionals with a hammer.", "not_stated", "identified"),
    ("Any known risks to the children? No", "none_known", "not_stated"),
    ("The children are not felt to be at risk.", "none_known", "not_stated"),
    ("In my view the children are safe with their father.", "none_known", "not_stated"),
    ("Home visits: no known risks.", "not_stated", "none_known"),
    ("The baby was in the house alone when police arrived.", "identified", "not_stated"),
    ("The children were in the house when she tried to hang herself.", "identified", "not_stated"),
    ("His partner has convictions for violence.", "not_stated", "identified"),
    ("Only visit with police.", "not_stated", "identified"),
    ("Two officers were assaulted during the restraint.", "not_stated", "identified"),
    ("There is a history of domestic violence and police were called last month.",
     "not_stated", "not_stated"),
    ("Police were called after he assaulted his partner.", "not_stated", "not_stated"),
    ("She was distressed; the children were with their father.", "not_stated", "not_stated"),
    ("It is safe for workers to visit.", "not_stated", "none_known"),
    ("Risk to workers: it is not safe to visit alone.", "not_stated", "identified"),
    ("Children - any risks: Nil", "none_known", "not_stated"),
    ("No lone working concerns.", "not_stated", "none_known"),
    ("Risks to children: Low risk as the children are with their father.", "none_known", "not_stated"),
    ("Risks to children: High\nRisks to workers: see above", "identified", "not_stated"),
    ("Staff can visit safely.", "not_stated", "none_known"),
    ("Any risk to visiting staff? Low", "not_stated", "none_known"),
    ("Risks to children: The children are with their father. No immediate concerns.",
     "none_known", "not_stated"),
    ("Jayden's siblings were not present; no concerns about them.", "none_known", "not_stated"),
    ("I've nae concerns about Isla's safety.", "none_known", "not_stated"),
    ("Risk: Kai was at nursery; Jade says Ewan has never been aggressive towards Kai.", "not_stated",
     "not_stated"),
    ("The health visitor was concerned that she has stopped feeding the baby.", "identified", "not_stated"),
    ("Tomasz did not consent but was told the referral would be made to safeguard the children.",
     "not_stated", "not_stated"),
    ("Risks to children: I'm not aware of risks to the boys.", "none_known", "not_stated"),
    ("Risks to children: I don't think she's a direct risk to them.", "none_known", "not_stated"),
    ("Risks to children: see above - the intrusive thoughts are about the baby.", "identified", "not_stated"),
    ("Risk to children: low, though the fire started while both boys were upstairs.", "identified",
     "not_stated"),
    ("Her former partner, who has assaulted her twice, is now looking after the children.", "identified",
     "not_stated"),
    ("Risks to children: possible, given how volatile things are at home", "identified", "not_stated"),
    ("There is nobody else to look after Ellie tonight.", "identified", "not_stated"),
    ("The police have advised that nobody visits alone.", "not_stated", "identified"),
    ("Workers: nothing known, fine to visit", "not_stated", "none_known"),
    ("Workers - none, but there is a large dog in the yard", "not_stated", "identified"),
    # Aggression towards police officers or nurses named in passing is a warning about visiting.
    ("He headbutted a PC in the custody suite.", "not_stated", "identified"),
    ("She spat at two of the ward nurses.", "not_stated", "identified"),
    ("With him on the ward I can't see any risk to staff visiting his wife - safe to visit.", "not_stated",
     "none_known"),
    # An all-clear about "them" right after the children are mentioned is about the children.
    ("There are three kids at home, all at school today.\nNo real concerns about them.", "none_known",
     "not_stated"),
    # "Place of safety" is a place, not a statement about safety.
    ("Came in: s136, taken to the place of safety by Ellie's aunt's neighbour", "not_stated", "not_stated"),
    ("Workers\t\tLow", "not_stated", "none_known"),
    ("Regarding workers: nothing known, okay to visit.", "not_stated", "none_known"),
    ("Colleagues should be aware that her brother, who lives there, is known to the police for violence.",
     "not_stated", "identified"),
    ("There is no evidence that Ellie is at risk from her father.", "none_known", "not_stated"),
    ("The risk to the children is judged to be low since their gran is with them.", "none_known",
     "not_stated"),
    ("She has in the past been hostile towards her CPN.", "not_stated", "identified"),
    # A child named only in the risk sentence (one who lives elsewhere) is still a child.
    ("I know of no risk to Lola, who lives with her father.", "none_known", "not_stated"),
    ("There is no risk to staff visiting.", "not_stated", "none_known"),
    # What a risk-to-children line says is a hazard to them, even when it also warns workers.
    ("Risk to the children: her ex Dale has a conviction for assault and has moved back in.",
     "identified", "identified"),
    ("Risks to children: she has been too low to look after Ellie, who has been getting herself to school.",
     "identified", "not_stated"),
])
def test_statuses_follow_what_the_email_says(text: str, children: str, workers: str) -> None:
    found = risks_of(text, children=("Ellie",))
    assert (found["to_children"], found["to_workers"]) == (children, workers)


def test_a_named_child_makes_a_narrative_statement_about_the_children() -> None:
    text = "Sarah has a long history of self-harm but I do not believe Lily is at risk."
    assert risks_of(text, children=("Lily",))["to_children"] == "none_known"
    shaken = "I have no concerns about Finn's safety at home, but he was clearly shaken by what he saw."
    assert risks_of(shaken, children=("Finn",))["to_children"] == "identified"


def test_facts_elsewhere_are_indicators_not_a_statement_of_risk_to_the_children() -> None:
    found = risks_of("She has been drinking heavily and stopped her medication. She is 20 weeks pregnant.")
    assert found["to_children"] == "not_stated"
    assert found["indicators"] == ["substance_misuse", "unborn_or_newborn", "non_engagement"]


def test_the_services_quoted_questions_are_not_risk_statements() -> None:
    text, sts = reply("Thanks, the family agreed.",
                      "- any perceived risks to the children\n- any risks to workers contacting the family\n"
                      "Please reply to this email with the missing details.")
    codes, spans = find_indicators(text, sts)
    found = extract_risks(text, sts, codes, spans)[0]
    assert (found["to_children"], found["to_workers"]) == ("not_stated", "not_stated")


@pytest.mark.parametrize(("text", "code"), [
    ("She believes the baby is possessed.", "child_in_delusions"),
    ("His delusional beliefs are about Theo, whom he thinks is an impostor.", "child_in_delusions"),
    ("She said she would hurt Tayo if anyone took the children.", "harm_to_child_threatened"),
    ("He disclosed a plan to end his life and to take Chidi with him.", "suicide_plan_involving_child"),
    ("She punched a neighbour last week.", "violence_aggression"),
    ("There is a history of domestic abuse between her and her ex-partner.", "domestic_abuse"),
    ("Escalating cannabis use.", "substance_misuse"),
    ("The children were left alone overnight with no food.", "neglect"),
    ("Mia (8 months old) lives at home.", "unborn_or_newborn"),
    ("Noah has been helping to care for his mum.", "young_carer"),
    ("He keeps a machete under the bed.", "weapons"),
    ("She has missed her last two depot injections.", "non_engagement"),
    ("The children witnessed the restraint.", "child_witnessed_incident"),
    ("She is a single parent.", "no_other_carer"),
    ("His partner called 999 after he smashed the kitchen.", "violence_aggression"),
    ("He believes his daughter is being controlled by aliens.", "child_in_delusions"),
    ("He has made threats towards his son.", "harm_to_child_threatened"),
    ("She planned to drive the car into the sea with the children.", "suicide_plan_involving_child"),
    ("He is known to use crack cocaine.", "substance_misuse"),
    ("She drinks a bottle of vodka a day.", "substance_misuse"),
    ("The children have not been to school for weeks.", "neglect"),
    ("She is expecting her second child in March.", "unborn_or_newborn"),
    ("Her eldest (12) does the cooking and looks after her siblings.", "young_carer"),
    ("Dad is not around and there is no other family support.", "no_other_carer"),
    ("She hadn't slept for a week and kept saying the baby had been swapped.", "child_in_delusions"),
    ("He was smoking skunk daily.", "substance_misuse"),
    ("His partner Stacey reported he'd been smoking skunk daily.", "substance_misuse"),
    ("We're worried about the children - they've barely eaten for three days.", "neglect"),
    ("He's no' been taking his meds since the summer.", "non_engagement"),
    ("She told the doctors the baby is the devil.", "child_in_delusions"),
    ("She said she wanted to kill herself and her children.", "suicide_plan_involving_child"),
    ("Last night he came at his partner with a screwdriver.", "domestic_abuse"),
    ("He went for his girlfriend with a kitchen knife.", "violence_aggression"),
    ("She has previous convictions for assaulting him.", "domestic_abuse"),
    ("He threw plates at the wall and kicked the door in.", "violence_aggression"),
    ("She set fire to the curtains in the lounge.", "violence_aggression"),
    ("Yesterday he hit his dad in the face.", "violence_aggression"),
    ("He has not taken his aripiprazole since Christmas.", "non_engagement"),
    ("She came off her lithium in the summer.", "non_engagement"),
    ("He hasn't been having his depot.", "non_engagement"),
    ("He insists his daughter is a police informer.", "child_in_delusions"),
    ("She has thought about stepping in front of a train with the baby.", "suicide_plan_involving_child"),
    ("No-one else lives at the flat with them; nobody else lives there.", "no_other_carer"),
    ("She lives alone with the children.", "no_other_carer"),
    ("Children: Isla (7 weeks) and Finn (4).", "unborn_or_newborn"),
    ("He threatened his neighbour with a carving knife.", "violence_aggression"),
    ("She says her husband Imran is spying on her and last night she attacked Imran.", "domestic_abuse"),
    ("Voices tell her to harm the baby and she was found standing over the cot holding a pillow.",
     "harm_to_child_threatened"),
    ("He has refused any input from his care coordinator since June.", "non_engagement"),
    ("He was racially abusive to the paramedics.", "violence_aggression"),
    ("She was found collapsed by her 9-year-old daughter Mia after an overdose.", "child_witnessed_incident"),
    ("Noah was in the bedroom the whole time the police were restraining her.", "child_witnessed_incident"),
    ("The voices have been telling her that the neighbours want to steal the baby away.",
     "child_in_delusions"),
    ("He has been taking a lot of coke at weekends.", "substance_misuse"),
    ("She refused to feed the children because she thought the food was poisoned.", "neglect"),
    ("He has kept both boys off school since half term.", "neglect"),
    ("There is no partner or other adult living at the home.", "no_other_carer"),
    ("He set fire to the mattress in the back bedroom while his partner slept.", "violence_aggression"),
    ("She is sure the twins are being filmed through the smoke alarm.", "child_in_delusions"),
    ("Mia (11) has been cooking the family's dinners all week.", "young_carer"),
    ("Theo had not been to nursery since Easter.", "neglect"),
    ("Both boys feature in Rachel's paranoid beliefs.", "child_in_delusions"),
    ("He kept screaming at his son that he is a spy for the council.", "child_in_delusions"),
    ("She has been saying the twins were \"claimed by the devil\" at birth.", "child_in_delusions"),
])
def test_each_indicator_is_found_in_narrative(text: str, code: str) -> None:
    assert code in risks_of(text, children=("Theo", "Tayo", "Chidi", "Noah", "Mia"))["indicators"]


@pytest.mark.parametrize(("text", "code"), [
    ("There is no history of domestic abuse.", "domestic_abuse"),
    ("She denies any drug use.", "substance_misuse"),
    ("The children were not present during the incident.", "child_witnessed_incident"),
    ("No weapons were found.", "weapons"),
    ("Severe low mood and self-neglect.", "neglect"),
    ("She has not been eating or leaving her bedroom.", "neglect"),
    ("She planned to go shopping with the children.", "suicide_plan_involving_child"),
    ("The assessment was adjourned as she was too intoxicated to be assessed.", "substance_misuse"),
    ("Her partner was hostile to professionals and threatened the AMHP.", "violence_aggression"),
    ("Emeka made threats to harm the children.", "violence_aggression"),
    ("She said she wanted to kill herself and her children.", "harm_to_child_threatened"),
    ("She had not eaten or drunk for four days.", "substance_misuse"),
    ("Increasing agitation and hostility at home.", "violence_aggression"),
    ("Police came at 2am with a warrant.", "violence_aggression"),
    ("Officers broke the door to gain entry.", "violence_aggression"),
    ("She set fire to her bedding while lying in it.", "violence_aggression"),
    ("She said she could not keep the baby safe.", "child_in_delusions"),
    ("GP to review in 2/52 and CMHT in 3/12.", "unborn_or_newborn"),
    ("He threw his things away.", "violence_aggression"),
    ("She is very paranoid and told the health visitor she could not keep the baby safe.",
     "child_in_delusions"),
    ("There is a history of postnatal depression after her first child.", "unborn_or_newborn"),
    ("She had post-partum psychosis in 2016.", "unborn_or_newborn"),
    ("She has not had her depot (3 weeks).", "unborn_or_newborn"),
    ("She gave birth to her eldest in 2012.", "unborn_or_newborn"),
    ("There is a 10 week old puppy in the flat.", "unborn_or_newborn"),
    ("She has barely eaten for a week.", "neglect"),
    ("Her brother Dean can be aggressive when he has been drinking.", "violence_aggression"),
])
def test_negated_or_misattributed_cues_give_no_indicator(text: str, code: str) -> None:
    assert code not in risks_of(text, subject="Emeka")["indicators"]


def test_a_parents_drinking_is_not_the_child_subjects_substance_misuse() -> None:
    text = "Ewa has been drinking heavily and is struggling to care for the children."
    assert "substance_misuse" not in risks_of(text, subject="Tamsin")["indicators"]
    assert "substance_misuse" in risks_of(text, subject="Ewa")["indicators"]


def test_a_baby_under_a_year_in_the_home_is_an_indicator() -> None:
    assert risks_of("Children: Ava and Leo.", children=("Ava", "Leo"), ages=(4, 0))["indicators"] == [
        "unborn_or_newborn"]


@pytest.mark.parametrize(("text", "code"), [
    ("She spoke of taking the twins and stepping in front of a train.", "suicide_plan_involving_child"),
    ("He is convinced his son has been swapped at the hospital.", "child_in_delusions"),
    ("Known for affray; he also threw a mug at his wife last month.", "domestic_abuse"),
    ("Police note: DV history at the address.", "domestic_abuse"),
    ("Placed on s2, regraded to s3 after he was aggressive towards nursing staff.", "violence_aggression"),
])
def test_a_hazard_told_in_passing_is_an_indicator(text: str, code: str) -> None:
    assert code in risks_of(text)["indicators"]


def test_a_child_in_the_beliefs_is_not_by_itself_a_baby_under_a_year() -> None:
    text = "Seen by the perinatal psychiatric team; he thinks his daughter is being poisoned."
    assert risks_of(text)["indicators"] == ["child_in_delusions"]


def test_a_terse_risk_note_about_abuse_at_home_is_a_risk_to_the_children() -> None:
    assert risks_of("Risks:\n- DV, ex hostile\n- 3 kids at home")["to_children"] == "identified"


def test_indicators_are_in_contract_order() -> None:
    found = risks_of("She keeps a knife. She is pregnant. She has been drinking heavily.")["indicators"]
    assert found == sorted(found, key=INDICATOR_CODES.index)


def test_a_terse_lower_case_form_line_is_its_own_statement() -> None:
    text = ("why: found on the ring road saying the neighbours were poisoning the water\n"
            "kids at home: tom (6) and ava (3)\nrisks to kids - none known")
    found = risks_of(text, children=("tom", "ava"))
    assert (found["to_children"], found["indicators"]) == ("none_known", [])


def test_harm_to_the_partner_named_elsewhere_is_domestic_abuse() -> None:
    text = "Tom lives with his girlfriend, Tasha, and her son.\nLast night he chased Tasha round the kitchen."
    assert "domestic_abuse" in risks_of(text, subject="Tom")["indicators"]
    assert "domestic_abuse" not in risks_of("Last night he chased Tasha round the kitchen.", subject="Tom"
                                            )["indicators"]


def test_a_relative_clause_about_another_adult_does_not_hide_the_doer() -> None:
    text = "Mark, who thinks his wife is spying on him, punched the neighbour."
    assert "violence_aggression" in risks_of(text, subject="Mark")["indicators"]


def test_a_threat_to_kill_the_named_partner_is_domestic_abuse() -> None:
    text = "He lives with his wife, Rana.\nHe threatened to kill Rana last night."
    assert "domestic_abuse" in risks_of(text, subject="Omar")["indicators"]


def test_no_risk_to_the_named_partner_is_not_about_the_children() -> None:
    text = "He lives with his partner, Jo.\nI see no risk to Jo now that he is on the ward."
    assert risks_of(text)["to_children"] == "not_stated"


def test_an_adult_making_the_meals_is_not_a_young_carer() -> None:
    assert "young_carer" not in risks_of("His wife Jo has been making the meals.", subject="Tom",
                                         children=("Mia",))["indicators"]
