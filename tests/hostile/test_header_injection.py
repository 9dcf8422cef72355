"""Header injection: line breaks or non-ASCII in an incoming mail's names, subject and addresses never add a
header or a recipient to the mail we send; a reply goes to the From address that was checked, never to an
address written in the body or a Reply-To."""

from __future__ import annotations

import base64
import email
import email.policy

import pytest
from sqlmodel import select

from models.workflow import OutboxMessage
from tests.workflow.conftest import Sink, Workflow
from tests.workflow.mails import referral

AMHP = "alex.amhp@sussexpartnership.example"
ORIGINAL_FROM = b"From: Alex Amhp <" + AMHP.encode() + b">"
ORIGINAL_SUBJECT = b"Subject: MHA assessment notification"
OUR_HEADERS = {"from", "to", "subject", "date", "message-id", "x-frontdoor-kind", "x-frontdoor-referral",
               "in-reply-to", "references", "auto-submitted", "x-auto-response-suppress", "x-loop",
               "content-type", "content-transfer-encoding", "mime-version"}

TRICKS = {
    "CRLF encoded in the display name":
        (b"From: =?utf-8?q?Alex=0D=0ABcc=3A_victim=40evil=2Eexample?= <" + AMHP.encode() + b">", None),
    "CRLF encoded in the subject":
        (None, b"Subject: =?utf-8?q?MHA_assessment=0D=0ABcc=3A_victim=40evil=2Eexample=0D=0A=0D=0Abody?="),
    "bare LF encoded in the subject":
        (None, b"Subject: =?utf-8?b?" + base64.b64encode(b"MHA\nCc: victim@evil.example") + b"?="),
    "non-ASCII name and subject":
        (b"From: =?utf-8?q?Zo=C3=AB_=C3=9Cn=C3=AFc=C3=B6de?= <" + AMHP.encode() + b">",
         "Subject: Évaluation – enfant à risque".encode()),
    "Reply-To and addresses in the body pointing elsewhere":
        (ORIGINAL_FROM + b"\r\nReply-To: attacker@evil.example", None),
}


def hostile_referral(tag: str, from_line: bytes | None, subject_line: bytes | None) -> bytes:
    raw = referral(f"{tag}@nhs.example", child="Mia Example", child_dob="01/02/2016", omit=("consent",))
    raw = raw.replace(b"Kind regards", b"Please reply to attacker@evil.example and Cc: boss@evil.example\r\n"
                                       b"Bcc: victim@evil.example\r\n\r\nKind regards")
    if from_line is not None:
        raw = raw.replace(ORIGINAL_FROM, from_line)
    if subject_line is not None:
        raw = raw.replace(ORIGINAL_SUBJECT, subject_line)
    return raw


@pytest.mark.parametrize("trick", TRICKS)
def test_hostile_names_and_subjects_never_add_headers_or_recipients(workflow: Workflow, sink: Sink,
                                                                    trick: str) -> None:
    from_line, subject_line = TRICKS[trick]
    workflow.send(hostile_referral("inject", from_line, subject_line))
    workflow.process()

    with workflow.sessions() as session:
        outbox = list(session.exec(select(OutboxMessage)).all())
    replies = [row for row in outbox if row.kind == "missing-info"]
    assert len(replies) == 1, "the referrer is still answered"
    assert replies[0].recipients == [AMHP]
    assert all("evil.example" not in address for row in outbox for address in row.recipients)
    for row in outbox:
        sent = email.message_from_bytes(row.raw, policy=email.policy.default)
        assert {name.lower() for name in sent} <= OUR_HEADERS, row.kind
        assert [a.addr_spec for a in sent["To"].addresses] == row.recipients
        assert "\n" not in str(sent["Subject"]) and "\r" not in str(sent["Subject"])
