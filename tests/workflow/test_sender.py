import smtplib
from datetime import UTC, datetime, timedelta

from sqlmodel import select

from models.workflow import OutboxMessage
from triage.outbox import Mailer, queue_mail
from triage.replies import Rendered
from triage.sender import Outgoing, Sender

MAILER = Mailer("wschildrenservices@westsussex.gov.uk", b"secret")


class TemporarilyRefusing:
    def __init__(self) -> None:
        self.tries = 0

    def send_batch(self, batch: list[Outgoing]) -> dict[int, object]:
        self.tries += 1
        return {item.id: smtplib.SMTPDataError(451, b"4.3.0 try again later") for item in batch}


def queue_one(sessions) -> int:  # type: ignore[no-untyped-def]
    with sessions() as session:
        row = queue_mail(session, MAILER, kind="missing-info", referral_id=None, to=["amhp@nhs.example"],
                         rendered=Rendered("[FD-00001] More information needed", "body"))
        session.commit()
        return row.id


def test_mail_is_held_not_lost_when_no_relay_is_configured(sessions) -> None:  # type: ignore[no-untyped-def]
    outbox_id = queue_one(sessions)
    assert Sender(sessions, None).run_once() == 0
    with sessions() as session:
        assert session.get(OutboxMessage, outbox_id).status == "queued"


def test_temporary_refusal_is_retried_then_given_up_after_five_days(sessions) -> None:  # type: ignore[no-untyped-def]
    outbox_id = queue_one(sessions)
    relay = TemporarilyRefusing()
    start = datetime.now(UTC) + timedelta(seconds=1)
    moment = [start]
    sender = Sender(sessions, relay, clock=lambda: moment[0])  # type: ignore[arg-type]
    assert sender.run_once() == 1
    with sessions() as session:
        row = session.get(OutboxMessage, outbox_id)
        assert (row.status, row.attempts) == ("queued", 1) and "451" in row.last_error
    assert sender.run_once() == 0  # backing off
    moment[0] = start + timedelta(days=5, minutes=1)
    assert sender.run_once() == 1
    with sessions() as session:
        assert session.exec(select(OutboxMessage.status)).one() == "failed"
