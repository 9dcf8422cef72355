import pytest

from triage.automatic import automatic_reasons
from triage.extract import empty_extraction
from triage.nonreferral import classify

OWN = {"wschildrenservices@westsussex.gov.uk"}
PERSON = "amhp@sussex.nhs.uk"


def reasons(headers: dict[str, list[str]], sender: str = PERSON, envelope: str | None = PERSON) -> list[str]:
    return automatic_reasons(headers, sender, envelope, OWN)


def test_mail_written_by_a_person_is_not_automatic() -> None:
    assert reasons({"auto-submitted": ["no"], "from": [PERSON]}) == []


@pytest.mark.parametrize(("headers", "expected"), [
    ({"auto-submitted": ["auto-replied"]}, "Auto-Submitted: auto-replied"),
    ({"auto-submitted": ["auto-generated"]}, "Auto-Submitted: auto-generated"),
    ({"precedence": ["bulk"]}, "Precedence: bulk"),
    ({"precedence": ["list"]}, "Precedence: list"),
    ({"precedence": ["junk"]}, "Precedence: junk"),
    ({"list-id": ["<news.example.org>"]}, "list-id header"),
    ({"list-unsubscribe": ["<mailto:u@example.org>"]}, "list-unsubscribe header"),
    ({"return-path": ["<>"]}, "empty Return-Path (null sender)"),
    ({"content-type": ["multipart/report; report-type=delivery-status"]},
     "delivery or read report (multipart/report)"),
    ({"x-loop": ["wschildrenservices@westsussex.gov.uk"]}, "X-Loop names our own address"),
    ({"x-frontdoor-kind": ["missing-info"]}, "our own outgoing mail"),
])
def test_reply_is_not_sent_to_automatic_mail(headers: dict[str, list[str]], expected: str) -> None:
    assert expected in reasons(headers)


@pytest.mark.parametrize("sender", ["MAILER-DAEMON@mx.example.org", "postmaster@example.org",
                                    "no-reply@example.org", "noreply@example.org"])
def test_reply_is_not_sent_to_robot_senders(sender: str) -> None:
    assert reasons({}, sender=sender)


def test_null_envelope_sender_is_automatic() -> None:
    assert reasons({}, envelope="") == ["empty Return-Path (null sender)"]


def test_mail_from_our_own_address_is_never_answered() -> None:
    assert reasons({}, sender="wschildrenservices@westsussex.gov.uk") == ["sent from our own address"]


def kind(subject: str, text: str = "", headers: dict[str, list[str]] | None = None,
         sender: str = PERSON, extraction: dict | None = None) -> str | None:
    result = classify(headers or {}, sender, subject, text, extraction or empty_extraction())
    return result.kind if result else None


def test_out_of_office_reply_is_kept_out_of_the_queue() -> None:
    assert kind("Automatic reply: MHA assessment", "I am out of the office until Monday.") == "out_of_office"
    assert kind("Away", "back soon", {"auto-submitted": ["auto-replied"]}) == "out_of_office"


def test_delivery_report_is_kept_out_of_the_queue() -> None:
    assert kind("Undeliverable: [FD-00001] Missing information", "") == "delivery_report"
    assert kind("failure", "", sender="MAILER-DAEMON@mx.example.org") == "delivery_report"


def test_newsletter_is_kept_out_of_the_queue() -> None:
    assert kind("Safeguarding bulletin", "This month...", {"list-id": ["<b.example.org>"]}) == "newsletter"


def test_thank_you_note_and_general_enquiry_are_not_referrals() -> None:
    assert kind("Re: hello", "Thanks very much!") == "thank_you"
    assert kind("Parking at County Hall", "Where can visitors park on Tuesday?") == "general_enquiry"


def test_an_amhp_notification_is_a_referral_even_without_extracted_facts() -> None:
    assert kind("MHA assessment", "Mental Health Act assessment completed today for a parent.") is None


def test_a_newsletter_that_carries_referral_facts_is_still_a_referral() -> None:
    facts = empty_extraction()
    facts["subject_person"]["name"] = "Jane Doe"
    assert kind("Notification", "", {"list-id": ["<x>"]}, extraction=facts) is None
