"""The relay answering 4xx: outgoing mail waits with backoff, then is delivered once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlmodel import select

from models.workflow import OutboxMessage
from tests.conftest import free_port
from tests.workflow.conftest import Sink, make_workflow, wait_for
from tests.workflow.mails import referral


class Busy(Sink):
    """A relay that answers `451 4.3.0` to the first `refusals` messages, then accepts."""

    refusals = 2

    async def handle_DATA(self, server, session, envelope) -> str:  # type: ignore[no-untyped-def]
        if self.refusals:
            self.refusals -= 1
            return "451 4.3.0 Temporary local problem, try again later"
        return await super().handle_DATA(server, session, envelope)


def test_a_relay_answering_451_gets_the_mail_later_exactly_once(settings, sessions, spool,
                                                                smtp_server) -> None:
    later = [timedelta(0)]
    relay = Busy(free_port())
    relay.start()
    try:
        flow = make_workflow(settings, sessions, spool, smtp_server, relay.port,
                             clock=lambda: datetime.now(UTC) + later[0])
        flow.send(referral("busy-1@nhs.example", child="Mia Example", omit=("consent",)))
        flow.process()
        with sessions() as session:
            (row,) = session.exec(select(OutboxMessage)).all()
        assert (row.status, row.attempts, relay.received) == ("queued", 1, [])
        assert "451" in (row.last_error or "")

        flow.process()  # not due yet: nothing is sent before the backoff
        assert relay.refusals == 1
        for step in (1, 2):
            later[0] = timedelta(hours=step)
            flow.process()
        assert wait_for(lambda: len(relay.received) == 1)
    finally:
        relay.stop()
    with sessions() as session:
        (row,) = session.exec(select(OutboxMessage)).all()
    assert (row.status, row.attempts) == ("sent", 3)
    assert [str(m["Message-ID"]).strip() for m in relay.received] == [row.message_id]
