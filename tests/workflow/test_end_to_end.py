"""Over real loopback SMTP: intake listener → worker → chain → outbox → sender → a capturing relay."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import sessionmaker
from sqlmodel import Session, select

from intake.spool import Spool
from models.casework import MissingResolution
from models.settings import Settings
from models.tables import AuditEvent, Message, Referral
from models.workflow import OutboxMessage, ReferralTriage
from tests.conftest import RunningIntake, free_port
from tests.workflow.conftest import Sink, Workflow, make_workflow, wait_for
from tests.workflow.mails import referral, reply
from triage.profile import OfficeHours

AMHP = "alex.amhp@sussexpartnership.example"


def referrals(sessions: sessionmaker[Session]) -> list[Referral]:
    with sessions() as session:
        return list(session.exec(select(Referral).order_by(Referral.id)).all())


def test_allocated_case_is_forwarded_to_worker_and_team_with_original_attached(
        workflow: Workflow, sink: Sink) -> None:
    workflow.send(referral("alloc-1@nhs.example"))
    workflow.process()
    assert wait_for(lambda: len(sink.of_kind("forward")) == 1)
    forward = sink.of_kind("forward")[0]
    assert set(a.strip() for a in forward["To"].split(",")) == {
        "priya.example@westsussex.example", "crawley.fst@westsussex.example"}
    assert forward["In-Reply-To"] == "<alloc-1@nhs.example>"
    body = forward.get_body(("plain",)).get_content()
    assert "CR-100001" in body and "Liam Doe" in body and "detained under section 2" in body
    attachments = [part.get_filename() for part in forward.iter_attachments()]
    assert attachments == ["original-email.eml"]
    (ref,) = referrals(workflow.sessions)
    assert ref.status == "routed_to_worker"
    assert sink.of_kind("missing-info") == []


def test_missing_consent_and_risks_get_exactly_one_reply_naming_them(workflow: Workflow, sink: Sink) -> None:
    workflow.send(referral("gaps-1@nhs.example", child="Mia Example", child_dob="01/02/2016",
                           omit=("risks_children", "risks_workers", "consent")))
    workflow.process()
    assert wait_for(lambda: len(sink.received) >= 1)
    assert [m["X-Frontdoor-Kind"] for m in sink.received] == ["missing-info"]
    answer = sink.received[0]
    assert answer["To"] == AMHP
    assert answer["In-Reply-To"] == "<gaps-1@nhs.example>"
    assert answer["Auto-Submitted"] == "auto-replied"
    assert answer["X-Auto-Response-Suppress"] == "All"
    body = answer.get_body(("plain",)).get_content()
    assert "Risks to the children:" in body and "Risks to workers:" in body
    assert "Consent: Has the family been told about this referral and did they agree?" in body
    assert "Address:" not in body
    (ref,) = referrals(workflow.sessions)
    assert ref.status == "awaiting_information"
    assert ref.missing == ["risks_to_children", "risks_to_workers", "consent"]
    assert f"[FD-{ref.id:05d}]" in answer["Subject"]


def test_automatic_senders_get_nothing(workflow: Workflow, sink: Sink) -> None:
    gaps = ("risks_children", "risks_workers", "consent")
    workflow.send(referral("auto-1@nhs.example", child="Mia Example", omit=gaps,
                           extra_headers="Auto-Submitted: auto-generated\n"))
    workflow.send(referral("auto-2@nhs.example", child="Mia Example", omit=gaps,
                           sender="no-reply@sussexpartnership.example"))
    workflow.send(referral("auto-3@nhs.example", child="Mia Example", omit=gaps,
                           extra_headers="Precedence: bulk\n"))
    workflow.process()
    assert sink.received == []
    with workflow.sessions() as session:
        withheld = session.exec(select(AuditEvent).where(AuditEvent.action == "reply_withheld")).all()
    assert len(withheld) == 3


def test_reply_in_the_same_thread_completes_the_referral(workflow: Workflow, sink: Sink) -> None:
    workflow.send(referral("thread-1@nhs.example", child="Mia Example", omit=("risks_workers", "consent")))
    workflow.process()
    assert wait_for(lambda: len(sink.of_kind("missing-info")) == 1)
    ours = sink.of_kind("missing-info")[0]
    ours_text = ours.get_body(("plain",)).get_content()
    workflow.send(reply("thread-2@nhs.example", ours["Message-ID"], ours["Subject"],
                        "Risks to workers: no known risks to workers.\n"
                        "Consent: Jane agreed to this referral and the family are aware.", ours_text))
    workflow.process()
    (ref,) = referrals(workflow.sessions)
    assert ref.missing == []
    assert ref.status == "in_triage"
    assert ref.extraction["consent"]["status"] == "obtained"
    assert ref.extraction["children"][0]["name"] == "Mia Example"  # earlier facts kept
    with workflow.sessions() as session:
        states = session.exec(select(Message.state, Message.referral_id).order_by(Message.id)).all()
    assert states == [("referral", ref.id), ("follow_up", ref.id)]
    assert len(sink.received) == 1  # no second reply


def test_reply_still_leaving_gaps_gets_no_second_reply_the_same_day(workflow: Workflow, sink: Sink) -> None:
    workflow.send(referral("same-day-1@nhs.example", child="Mia Example", omit=("risks_workers", "consent")))
    workflow.process()
    ours = sink.of_kind("missing-info")[0]
    workflow.send(reply("same-day-2@nhs.example", ours["Message-ID"], ours["Subject"],
                        "Consent: Jane agreed to this referral and the family are aware.", ""))
    workflow.process()
    (ref,) = referrals(workflow.sessions)
    assert ref.missing == ["risks_to_workers"]
    assert len(sink.received) == 1


def test_relay_down_for_a_while_mail_is_delivered_later_exactly_once(
        settings: Settings, sessions: sessionmaker[Session], spool: Spool,
        smtp_server: RunningIntake) -> None:
    later = [timedelta(0)]
    relay_port = free_port()  # nothing listens here yet: the relay is down
    flow = make_workflow(settings, sessions, spool, smtp_server, relay_port,
                         clock=lambda: datetime.now(UTC) + later[0])
    flow.send(referral("down-1@nhs.example"))
    flow.process()
    with sessions() as session:
        (row,) = session.exec(select(OutboxMessage)).all()
    assert row.status == "queued" and row.attempts == 1 and row.last_error
    sink = Sink(relay_port)
    sink.start()
    try:
        flow.sender.run_once()  # not yet due: waits for its backoff
        assert sink.received == []
        later[0] = timedelta(hours=2)
        flow.process()
        flow.process()
        assert wait_for(lambda: len(sink.received) == 1)
        assert sink.received[0]["Message-ID"] == row.message_id
    finally:
        sink.stop()
    with sessions() as session:
        assert session.get(OutboxMessage, row.id).status == "sent"


def test_relay_refusing_permanently_marks_mail_failed_and_visible(
        settings: Settings, sessions: sessionmaker[Session], spool: Spool,
        smtp_server: RunningIntake) -> None:
    class Refusing(Sink):
        async def handle_RCPT(self, server, session, envelope, address, options) -> str:  # type: ignore[no-untyped-def]
            return "550 5.1.1 no such user"

    sink = Refusing(free_port())
    sink.start()
    try:
        flow = make_workflow(settings, sessions, spool, smtp_server, sink.port)
        flow.send(referral("refused-1@nhs.example"))
        flow.process()
    finally:
        sink.stop()
    with sessions() as session:
        (row,) = session.exec(select(OutboxMessage)).all()
        failed = session.exec(select(AuditEvent).where(AuditEvent.action == "mail_failed")).all()
    assert row.status == "failed" and "550" in (row.last_error or "")
    assert len(failed) == 1


def test_referral_arriving_out_of_hours_gets_the_emergency_duty_team_notice(
        settings: Settings, sessions: sessionmaker[Session], spool: Spool, smtp_server: RunningIntake,
        sink: Sink) -> None:
    never_open = OfficeHours(days=("sun",), start=datetime(2000, 1, 1, 3).time(),
                             end=datetime(2000, 1, 1, 3, 1).time())
    flow = make_workflow(settings, sessions, spool, smtp_server, sink.port, office_hours=never_open)
    flow.send(referral("night-1@nhs.example", child="Mia Example"))
    flow.process()
    (notice,) = sink.of_kind("out-of-hours")
    assert "0330 222 6664" in notice.get_body(("plain",)).get_content()
    (ref,) = referrals(sessions)
    assert "arrived out of hours" in ref.priority_reasons


def test_out_of_office_reply_to_our_mail_is_not_a_referral_and_gets_nothing(
        workflow: Workflow, sink: Sink) -> None:
    workflow.send(referral("ooo-1@nhs.example", child="Mia Example", omit=("consent",)))
    workflow.process()
    ours = sink.of_kind("missing-info")[0]
    raw = reply("ooo-2@nhs.example", ours["Message-ID"], ours["Subject"], "I am out of the office.", "")
    workflow.send(raw.replace(b"Subject: RE:", b"Auto-Submitted: auto-replied\r\nSubject: Automatic reply:"))
    workflow.process()
    assert len(referrals(workflow.sessions)) == 1
    with workflow.sessions() as session:
        states = [m.state for m in session.exec(select(Message).order_by(Message.id)).all()]
    assert states == ["referral", "non_referral"]
    assert len(sink.received) == 1


def test_two_children_with_the_same_name_and_no_dob_go_to_a_person(workflow: Workflow, sink: Sink) -> None:
    workflow.send(referral("twins-1@nhs.example", child="Oliver Brown", child_dob="unknown"))
    workflow.process()
    (ref,) = referrals(workflow.sessions)
    assert ref.status == "needs_review"
    assert sink.of_kind("forward") == []


def delivery_report(about: str) -> bytes:
    return (
        "From: MAILER-DAEMON@mx.sussexpartnership.example\r\nTo: wschildrenservices@westsussex.gov.uk\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\nMessage-ID: <dsn-1@mx.sussexpartnership.example>\r\n"
        "Auto-Submitted: auto-replied\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="B"\r\n\r\n'
        "--B\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n"
        "--B\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mx.sussexpartnership.example\r\n"
        f"\r\nFinal-Recipient: rfc822; {AMHP}\r\nAction: failed\r\nStatus: 5.1.1\r\n"
        "--B\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        f"From: wschildrenservices@westsussex.gov.uk\r\nMessage-ID: {about}\r\n--B--\r\n").encode()


def test_bounce_of_our_reply_marks_the_address_undeliverable_and_tells_the_advisor(
        workflow: Workflow, sink: Sink) -> None:
    workflow.send(referral("bounce-1@nhs.example", child="Mia Example", omit=("consent",)))
    workflow.process()
    ours = sink.of_kind("missing-info")[0]
    workflow.send(delivery_report(ours["Message-ID"]), mail_from="")
    workflow.process()
    (ref,) = referrals(workflow.sessions)
    with workflow.sessions() as session:
        (row,) = session.exec(select(OutboxMessage)).all()
        bounced = session.exec(select(AuditEvent).where(AuditEvent.action == "mail_bounced")).all()
        dsn = session.exec(select(Message).where(Message.sender.like("MAILER-DAEMON%"))).one()
    assert row.status == "bounced"
    assert [e.referral_id for e in bounced] == [ref.id]
    assert (dsn.state, dsn.referral_id) == ("non_referral", ref.id)
    workflow.send(referral("bounce-2@nhs.example", child="Ava Example", omit=("consent",)))
    workflow.process()
    assert len(sink.of_kind("missing-info")) == 1  # no more automatic mail to a dead address


def test_reply_without_thread_headers_is_matched_by_subject_reference(workflow: Workflow, sink: Sink) -> None:
    workflow.send(referral("subj-1@nhs.example", child="Mia Example", omit=("consent",)))
    workflow.process()
    ours = sink.of_kind("missing-info")[0]
    raw = reply("subj-2@nhs.example", "<unrelated@nhs.example>", ours["Subject"],
                "Consent: Jane agreed to this referral and the family are aware.", "")
    workflow.send(raw)
    workflow.process()
    (ref,) = referrals(workflow.sessions)
    assert ref.missing == []


def test_stranger_quoting_a_subject_reference_does_not_join_it(workflow: Workflow, sink: Sink) -> None:
    workflow.send(referral("own-1@nhs.example", child="Mia Example", omit=("consent",)))
    workflow.process()
    ours = sink.of_kind("missing-info")[0]
    workflow.send(referral("other-1@nhs.example", child="Ava Example", sender="someone.else@nhs.example")
                  .replace(b"Subject: MHA assessment notification", f"Subject: {ours['Subject']}".encode()))
    workflow.process()
    assert len(referrals(workflow.sessions)) == 2


def test_items_an_advisor_settled_by_phone_are_not_asked_for_again(workflow: Workflow, sink: Sink) -> None:
    workflow.send(referral("phone-1@nhs.example", child="Mia Example", omit=("risks_workers", "consent")))
    workflow.process()
    ours = sink.of_kind("missing-info")[0]
    (ref,) = referrals(workflow.sessions)
    with workflow.sessions() as session:
        session.add(MissingResolution(referral_id=ref.id, item="consent", note="family agreed by phone",
                                      actor="advisor1"))
        triage = session.get(ReferralTriage, ref.id)
        triage.last_missing_reply_at = datetime.now(UTC) - timedelta(days=2)
        session.commit()
    workflow.send(reply("phone-2@nhs.example", ours["Message-ID"], ours["Subject"], "Thanks, will do.", ""))
    workflow.process()
    second = sink.of_kind("missing-info")[1].get_body(("plain",)).get_content()
    assert "Risks to workers:" in second and "Consent:" not in second
