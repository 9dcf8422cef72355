"""Consent to the referral and whether the family knows (LABELLING §9)."""

from __future__ import annotations

import pytest

from tests.extraction.reading import new_text, reply
from triage.extraction.consent import extract_consent


def consent_of(text: str) -> tuple[str, bool | None]:
    found = extract_consent(text, new_text(text))[0]
    return found["status"], found["family_aware"]


@pytest.mark.parametrize(("text", "status", "aware"), [
    ("Consent obtained? Yes", "obtained", True),
    ("Consent for referral: Given by her partner Omar", "obtained", True),
    ("The parents are aware and agreeable.", "obtained", True),
    ("I have discussed this referral with his partner, who is in agreement.", "obtained", True),
    ("Mum has given consent for this referral.", "obtained", True),
    ("She was happy for me to make the referral.", "obtained", True),
    ("They did not object to the referral.", "obtained", True),
    ("He did not want the referral but his wife agreed.", "obtained", True),
    ("Consent: Not given – declined, but informed", "refused", True),
    ("When asked, Keisha declined to give consent; I explained that I have a duty to share this information.",
     "refused", True),
    ("Tomasz did not consent to the referral but was told it would be made.", "refused", True),
    ("Consent: N/A – not appropriate to ask due to risk", "not_sought", None),
    ("Consent was not sought as it would place the children at risk; the family have not been told.",
     "not_sought", False),
    ("Consent obtained? Not sought (unreasonable delay) – family not yet informed", "not_sought", False),
    ("I have not asked for consent yet and will discuss the referral with her tomorrow.",
     "not_sought", False),
    ("Consent could not be sought as she lacks capacity.", "not_sought", None),
    ("The family are aware of this referral.", "not_stated", True),
    ("Family informed: Yes", "not_stated", True),
    ("Family aware of referral? No", "not_sought", False),
    ("Consent:", "not_stated", None),
    ("She agreed to an informal admission.", "not_stated", None),
    ("I am not aware of any risks to professionals visiting the home.", "not_stated", None),
    ("Consent gained from partner.", "obtained", True),
    ("Consent: John declined, partner consents.", "obtained", True),
    ("I have not discussed this referral with Sarah yet as she was too distressed; I will call her tomorrow.",
     "not_sought", False),
    ("Is the family aware of the referral? Not yet", "not_sought", False),
    ("Consent: to follow", "not_sought", None),
    ("Her husband Dan knows about this referral and is happy with it.", "obtained", True),
    ("Consent was obtained from the patient.", "obtained", True),
    ("She did not give her consent for this referral.", "refused", True),
    ("Consent will be sought once she is more settled.", "not_sought", False),
    ("Has the family been told about the referral? No.", "not_sought", False),
    ("Consent: No", "refused", True),
    ("Mother gave permission for this referral.", "obtained", True),
    ("I have not been able to speak to the family about this referral.", "not_sought", False),
    ("Mum (Karen) knows about the referral and is fine with it.", "obtained", True),
    ("Has consent been given?", "not_stated", None),
    ("Has consent been given? Not given – declined, but informed", "refused", True),
    ("She is willing to engage with CRHT; this referral is made for the children.", "not_stated", None),
    ("She agreed to go to hospital. I have discussed the referral with her.", "not_stated", None),
    ("I discussed the referral with her partner, who agreed to it.", "obtained", True),
    ("Consent: Not applicable", "not_sought", None),
    ("Consent: Dad yes, Mum no", "obtained", True),
    ("I didn't get a chance to talk to Zara about this notification - I'll phone her tomorrow.",
     "not_sought", False),
    ("Consent: No. Family aware? Yes", "refused", True),
    ("His wife is aware of and supports this referral.", "obtained", True),
    ("Mr Wong was agreeable to us sharing this with you.", "obtained", True),
    ("havent asked re consent - would delay things", "not_sought", None),
    ("Jodie was too unwell to discuss the referral and Liam hasn't been asked yet.", "not_sought", False),
    ("Consent not sought – Leon left before I could discuss it.", "not_sought", False),
    ("consent - gary agreed, shona too unwell to discuss", "obtained", True),
    ("I have let her father know that I am making this referral.", "not_stated", True),
    ("Her brother knows I'm sending this.", "not_stated", True),
    ("Consent: not sought (urgent); his mum, who has the kids, knows we are referring.", "not_sought", True),
    ("Consent: not asked yet", "not_sought", False),
    ("Consent was not sought as we have not been able to speak with him.", "not_sought", None),
    ("Still waiting to speak to the family about consent.", "not_sought", False),
    ("concent given by wife", "obtained", True),
    ("I raised the referral and she said no. I am making it anyway.", "refused", True),
    ("Consent: he said he'd rather we didn't", "refused", True),
    ("The husband is aware of this referral; consent not discussed.", "not_stated", True),
    ("He did not want social care involved and declined, but I explained I would still be referring.",
     "refused", True),
    # Agreement to the AMHP passing the news on, told in the story rather than a form.
    ("Her partner agreed to us letting the children's team know.", "obtained", True),
    ("Mum knows I am telling the social care team about this.", "not_stated", True),
    # Telling someone else something is not being told of the referral.
    ("He hit his brother and told police he wanted to die.", "not_stated", None),
    # Not asked yet, or to be discussed later: the family does not know yet.
    ("No one in the family has been asked about it yet.", "not_sought", False),
    ("This has not been discussed with Carl or his mother yet; I will do it tomorrow.", "not_sought", False),
    ("I haven't asked his wife yet, she was at work.", "not_sought", False),
    # A question label with the answer on the next line.
    ("Information sharing agreed\nNo - his father declined.", "refused", True),
    # Agreement only asked about, then refused.
    ("I asked Darren if he was okay with me contacting your team and he said no.", "refused", True),
    ("His father gave written permission for me to contact you.", "obtained", True),
    ("Her mum says she doesn't want social care involved.", "refused", True),
    ("I haven't talked to his partner about it yet.", "not_sought", False),
    ("I'll let her sister know about the referral on Monday.", "not_sought", False),
    ("Consent: dad fine with the referral, Kayla not asked as too distressed", "obtained", True),
    ("Does the family know about this referral? Not yet", "not_sought", False),
    ("Darren said no to me informing children's services.", "refused", True),
])
def test_consent_and_awareness_are_read_from_any_phrasing(text: str, status: str, aware: bool | None) -> None:
    assert consent_of(text) == (status, aware)


def test_a_family_not_yet_told_has_not_been_asked() -> None:
    assert consent_of("Chantelle has not been told about this referral as she may alert his associates.") == (
        "not_sought", False)


def test_a_blank_consent_field_does_not_borrow_the_next_paragraph() -> None:
    text = "Consent obtained?\n\n\nThe assessment was agreed by both doctors."
    assert consent_of(text) == ("not_stated", None)


def test_the_newest_statement_wins() -> None:
    text, sts = reply("Update: mum has now agreed to the referral.", "Consent: not yet sought.")
    assert extract_consent(text, sts)[0] == {"status": "obtained", "family_aware": True}


def test_the_services_own_question_is_not_an_answer() -> None:
    text, sts = reply("See below.", "- whether consent was obtained (and whether the family are aware)",
                      kind="service")
    assert extract_consent(text, sts)[0] == {"status": "not_stated", "family_aware": None}
