"""Outcome, risks, consent and reason read from a whole parsed message, as the worker does."""

from __future__ import annotations

from intake.mime import Segment, parse_message
from triage.extract import empty_extraction, extract
from triage.extraction.semantics import fill_semantics

OUR_INBOX = frozenset({"wschildrenservices@westsussex.gov.uk"})

REPLY = b"""From: Jo Bell <jo.bell@nhs.net>
To: wschildrenservices@westsussex.gov.uk
Subject: RE: Missing information - AMHP notification [IFD-2025-1111]
Date: Tue, 02 Dec 2025 10:00:00 +0000
Message-ID: <a1@nhs.net>
Content-Type: text/plain; charset=utf-8

Hi,

Update - a bed was found last night and Ruth is now detained under section 2 on Larch Ward.
Mum (Karen) knows about the referral and is fine with it.

Jo Bell
AMHP | Tel: 01632 960111

From: Integrated Front Door <wschildrenservices@westsussex.gov.uk>
Sent: 01 December 2025 16:00
To: Jo Bell <jo.bell@nhs.net>
Subject: Missing information - AMHP notification [IFD-2025-1111]

Dear Jo,

To complete screening the Integrated Front Door needs the following information:
- whether consent was obtained (and whether the family are aware)
- any risks to workers contacting the family
- the outcome of the assessment (and who to contact for an update if not concluded)

Please reply to this email with the missing details.

MASH Referral Advisor

From: Jo Bell <jo.bell@nhs.net>
Sent: 01 December 2025 14:00
To: Integrated Front Door <wschildrenservices@westsussex.gov.uk>
Subject: AMHP notification

Ruth Gray was assessed today after she was found by police on the M23 bridge.
She lives with her two children, Ollie (7) and Bea (4).
The assessment has not been concluded as there is no bed. Please ring the AMHP hub on
01632 960999 for an update.
There are no known risks to the children. Her daughter Bea found her after the overdose.
"""


def read(raw: bytes, children: list[dict] | None = None) -> dict:
    parsed = parse_message(raw, own_addresses=OUR_INBOX)
    extraction: dict = {"subject_person": {"name": "Ruth Gray"}, "children": children or []}
    fill_semantics(parsed.text, parsed.segments, extraction)
    extraction["text"] = parsed.text
    return extraction


def test_the_reply_supersedes_the_quoted_outcome_and_the_services_questions_are_ignored() -> None:
    found = read(REPLY, [{"name": "Ollie", "age": 7}, {"name": "Bea", "age": 4}])
    assert found["outcome"]["status"] == "detained"
    assert found["outcome"]["mha_section"] == "2"
    assert found["outcome"]["update_contact"] is None
    assert found["consent"] == {"status": "obtained", "family_aware": True}
    assert found["risks"]["to_workers"] == "not_stated"
    assert found["risks"]["to_children"] == "identified"
    assert "child_witnessed_incident" in found["risks"]["indicators"]
    assert found["assessment_reason"] == "she was found by police on the M23 bridge"


def test_every_span_points_at_its_text() -> None:
    found = read(REPLY)
    assert found["spans"]
    for s in found["spans"]:
        assert found["text"][s["start"]:s["end"]] == s["text"]
        assert s["field"].split(".")[0] in {"assessment_reason", "outcome", "risks", "consent"}


def test_mail_that_is_not_about_a_mental_health_act_assessment_yields_nothing() -> None:
    text = ("Delivery deferred: connection timed out, will retry.\n"
            "Jump on board while you can! Our dealer network is unable to find stock.\n"
            "Be aware of our new offers; your family will be told about them tomorrow.")
    extraction: dict = {"children": [], "subject_person": {"name": None}}
    fill_semantics(text, (Segment(0, len(text), "new", 0),), extraction)
    assert extraction["outcome"]["status"] == "not_stated"
    assert extraction["risks"] == {"to_children": "not_stated", "to_workers": "not_stated", "indicators": []}
    assert extraction["consent"] == {"status": "not_stated", "family_aware": None}
    assert extraction["assessment_reason"] is None


OUT_OF_OFFICE = b"""From: Sam Reed <sam.reed@nhs.net>
To: wschildrenservices@westsussex.gov.uk
Subject: Automatic reply: MHA assessment - Ruth Ellis
Auto-Submitted: auto-replied
Date: Tue, 02 Dec 2025 10:00:00 +0000
Message-ID: <ooo1@nhs.net>
Content-Type: text/plain; charset=utf-8

I am out of the office until Monday.

> Ruth Ellis (DOB 01/02/1990) was detained under section 2 last night.
> Her children Mia (4) and Leo (7) are with their grandmother at 4 Mill Lane, Crawley RH10 1AA.
"""


def test_an_automatic_reply_quoting_a_referral_gives_no_facts() -> None:
    found = extract(parse_message(OUT_OF_OFFICE, own_addresses=OUR_INBOX))
    blank = empty_extraction(found["message_id"], found["sender"])
    assert {k: v for k, v in found.items() if k not in ("missing", "spans")} == {
        k: v for k, v in blank.items() if k not in ("missing", "spans")}
    assert "update_contact" not in found["missing"] and "subject_name" in found["missing"]
