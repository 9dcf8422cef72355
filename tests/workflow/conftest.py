"""Workflow fixtures: a capturing SMTP sink as the relay, and the chain wired to the test database."""

from __future__ import annotations

import email
import email.policy
import smtplib
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from datetime import time as clock_time
from email.message import EmailMessage
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy.orm import sessionmaker
from sqlmodel import Session

from intake.spool import Spool
from models.settings import Settings
from tests.conftest import RunningIntake, free_port, run_worker_until_idle
from triage.chain import chain_config, make_chain
from triage.profile import WEEKDAYS, OfficeHours, load_profile
from triage.register import read_register_csv, store_entries
from triage.sender import Relay, Sender
from triage.worker import InThreadStages, Worker

REGISTER_CSV = Path(__file__).parents[2] / "fixtures" / "case_register.csv"
ALWAYS_OPEN = OfficeHours(days=WEEKDAYS, start=clock_time(0, 0), end=clock_time(23, 59, 59))


@dataclass
class Sink:
    """The relay: keeps every message handed to it."""

    port: int
    received: list[EmailMessage] = field(default_factory=list)
    controller: Controller | None = None

    async def handle_DATA(self, server, session, envelope) -> str:  # type: ignore[no-untyped-def]
        self.received.append(email.message_from_bytes(envelope.content, policy=email.policy.default))
        return "250 2.0.0 queued"

    def start(self) -> None:
        self.controller = Controller(self, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    def of_kind(self, kind: str) -> list[EmailMessage]:
        return [m for m in self.received if m["X-Frontdoor-Kind"] == kind]


@pytest.fixture
def sink() -> Iterator[Sink]:
    running = Sink(free_port())
    running.start()
    yield running
    running.stop()


@dataclass
class Workflow:
    worker: Worker
    sender: Sender
    sessions: sessionmaker[Session]
    intake: RunningIntake

    def send(self, raw: bytes, mail_from: str = "amhp@sussexpartnership.example") -> None:
        with smtplib.SMTP(self.intake.host, self.intake.port, timeout=30) as smtp:
            smtp.sendmail(mail_from, ["wschildrenservices@westsussex.gov.uk"], raw)

    def process(self) -> None:
        run_worker_until_idle(self.worker)
        for _ in range(100):
            if self.sender.run_once() == 0:
                return
        raise AssertionError("the sender still had mail after 100 rounds")


def wait_for(condition: Callable[[], bool], rounds: int = 100, pause: float = 0.05) -> bool:
    for _ in range(rounds):
        if condition():
            return True
        time.sleep(pause)
    return condition()


def make_workflow(settings: Settings, sessions: sessionmaker[Session], spool: Spool, intake: RunningIntake,
                  relay_port: int, clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                  office_hours: OfficeHours = ALWAYS_OPEN) -> Workflow:
    profile = load_profile("west-sussex").model_copy(update={"office_hours": office_hours})
    config = chain_config(settings, profile=profile)
    worker = Worker(sessions, spool, stages=InThreadStages(settings.inbox_addresses),
                    chain=make_chain(config))
    with sessions() as session:
        store_entries(session, read_register_csv(REGISTER_CSV.read_text()).entries)
        session.commit()
    return Workflow(worker, Sender(sessions, Relay("127.0.0.1", relay_port, timeout=5), clock=clock),
                    sessions, intake)


@pytest.fixture
def workflow(settings: Settings, sessions: sessionmaker[Session], spool: Spool, smtp_server: RunningIntake,
             sink: Sink) -> Workflow:
    return make_workflow(settings, sessions, spool, smtp_server, sink.port)
