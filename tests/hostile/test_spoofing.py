"""Spoofing: with FRONTDOOR_AUTHSERV_ID set, a message our mail server could not verify is held for a person
(needs review), never answered automatically and never forwarded to a worker."""

from __future__ import annotations

import pytest
from sqlmodel import select

from models.tables import AuditEvent, Referral
from models.workflow import OutboxMessage
from tests.workflow.conftest import Sink, Workflow, make_workflow
from tests.workflow.mails import referral

OURS = "mx.westsussex.gov.uk"


def verdict(result: str, authserv_id: str = OURS) -> str:
    return f"Authentication-Results: {authserv_id}; {result}\r\n"


@pytest.fixture
def guarded(settings, sessions, spool, smtp_server, sink: Sink) -> Workflow:  # type: ignore[no-untyped-def]
    return make_workflow(settings.model_copy(update={"authserv_id": OURS}), sessions, spool, smtp_server,
                         sink.port)


def outcome(flow: Workflow) -> tuple[str, list[str], list[str]]:
    with flow.sessions() as session:
        (ref,) = session.exec(select(Referral)).all()
        kinds = [o.kind for o in session.exec(select(OutboxMessage)).all()]
        held = [a.detail["why"] for a in session.exec(
            select(AuditEvent).where(AuditEvent.action == "held_unverified_sender")).all()]
    return ref.status, kinds, held


SPOOFED = {
    "DMARC fail from our server": verdict("dmarc=fail header.from=sussexpartnership.example"),
    "our server's fail above a forged pass": verdict("dmarc=fail header.from=sussexpartnership.example")
    + verdict("dmarc=pass header.from=sussexpartnership.example"),
    "a pass from someone else's server only": verdict("dmarc=pass", authserv_id="mx.evil.example"),
    "SPF softfail, no DKIM, no DMARC": verdict("spf=softfail smtp.mailfrom=sussexpartnership.example"),
}


@pytest.mark.parametrize("headers", SPOOFED.values(), ids=SPOOFED.keys())
def test_an_unverified_referral_for_an_allocated_case_is_held_not_forwarded(guarded: Workflow, sink: Sink,
                                                                            headers: str) -> None:
    guarded.send(referral("spoof-1@nhs.example", extra_headers=headers.rstrip("\r\n").replace("\r\n", "\n")))
    guarded.process()
    status, kinds, held = outcome(guarded)
    assert status == "needs_review"
    assert kinds == [] and sink.received == []
    assert held


def test_an_unverified_referral_with_gaps_gets_no_automatic_reply(guarded: Workflow, sink: Sink) -> None:
    guarded.send(referral("spoof-2@nhs.example", child="Mia Example", omit=("consent",),
                          extra_headers=verdict("dkim=fail header.d=evil.example").strip()))
    guarded.process()
    status, kinds, held = outcome(guarded)
    assert (status, kinds, sink.received) == ("needs_review", [], [])
    assert held


def test_a_verified_referral_is_forwarded_as_usual(guarded: Workflow, sink: Sink) -> None:
    guarded.send(referral("verified-1@nhs.example",
                          extra_headers=verdict("dmarc=pass header.from=sussexpartnership.example").strip()))
    guarded.process()
    status, kinds, held = outcome(guarded)
    assert (status, kinds, held) == ("routed_to_worker", ["forward"], [])
