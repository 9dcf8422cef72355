from datetime import UTC, datetime, timedelta

from sqlmodel import select

from models.tables import AuditEvent, Referral
from models.workflow import ReferralTriage
from tests.workflow.conftest import Sink, Workflow
from tests.workflow.mails import referral
from triage.chain import chain_config
from triage.lifecycle import queue_feedback, refresh_priorities


def test_referral_waiting_past_its_decision_time_rises_in_priority(workflow: Workflow, settings) -> None:  # type: ignore[no-untyped-def]
    workflow.send(referral("wait-1@nhs.example", child="Mia Example"))
    workflow.process()
    config = chain_config(settings)
    with workflow.sessions() as session:
        ref = session.exec(select(Referral)).one()
        fresh = ref.priority
        due = session.get(ReferralTriage, ref.id).decision_due_at
        later = (due if due.tzinfo else due.replace(tzinfo=UTC)) + timedelta(hours=3)
        assert refresh_priorities(session, config, later) == 1
        session.commit()
        assert ref.priority > fresh
        assert "decision overdue" in ref.priority_reasons
        assert any(reason.endswith("h waiting") for reason in ref.priority_reasons)


def test_feedback_goes_to_the_referrer_in_the_same_thread(workflow: Workflow, sink: Sink, settings) -> None:  # type: ignore[no-untyped-def]
    workflow.send(referral("fb-1@nhs.example", child="Mia Example"))
    workflow.process()
    with workflow.sessions() as session:
        ref = session.exec(select(Referral)).one()
        queue_feedback(session, chain_config(settings), ref.id, "Early Help",
                       "The family were offered support.", actor="manager1")
        session.commit()
    workflow.process()
    (feedback,) = sink.of_kind("feedback")
    assert feedback["To"] == "alex.amhp@sussexpartnership.example"
    assert feedback["In-Reply-To"] == "<fb-1@nhs.example>"
    assert "Early Help" in feedback.get_body(("plain",)).get_content()
    with workflow.sessions() as session:
        assert session.get(Referral, ref.id).status == "feedback_sent"
        changes = session.exec(select(AuditEvent).where(AuditEvent.action == "status_changed")).all()
        assert changes[-1].detail["to"] == "feedback_sent" and changes[-1].actor == "manager1"


def test_referrer_writing_again_after_the_decision_is_escalated_to_the_ifd_manager(
        workflow: Workflow, sink: Sink, settings) -> None:  # type: ignore[no-untyped-def]
    workflow.send(referral("esc-1@nhs.example", child="Mia Example"))
    workflow.process()
    with workflow.sessions() as session:
        ref = session.exec(select(Referral)).one()
        queue_feedback(session, chain_config(settings), ref.id, "No further action", "", actor="manager1")
        session.commit()
    workflow.process()
    (feedback,) = sink.of_kind("feedback")
    raw = (f"From: alex.amhp@sussexpartnership.example\r\nTo: wschildrenservices@westsussex.gov.uk\r\n"
           f"Subject: RE: {feedback['Subject']}\r\nMessage-ID: <esc-2@nhs.example>\r\n"
           f"In-Reply-To: {feedback['Message-ID']}\r\n"
           f"Date: {datetime.now(UTC):%a, %d %b %Y %H:%M:%S +0000}\r\n\r\n"
           "I disagree with this outcome: the children are at risk.\r\n").encode()
    workflow.send(raw)
    workflow.process()
    (escalation,) = sink.of_kind("escalation")
    assert escalation["To"] == "ifd.manager@westsussex.gov.uk"
    with workflow.sessions() as session:
        assert session.get(Referral, ref.id).status == "escalated"
