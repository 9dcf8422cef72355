"""kill -9 of the worker at each stage: after a restart every message ends as it would have anyway."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.orm import sessionmaker
from sqlmodel import Session, select

from intake.spool import Spool
from intake.store import Delivery, MessageStore
from models.db import make_engine, migrate, session_factory
from models.tables import Message, Referral
from models.workflow import OutboxMessage
from tests.conftest import INBOX, REPO_ROOT, run_worker_until_idle
from tests.faults.crashing_worker import STAGES, workflow_worker
from tests.workflow.conftest import REGISTER_CSV, Sink
from tests.workflow.mails import referral
from triage.register import read_register_csv, store_entries
from triage.sender import Relay, Sender
from triage.worker import release_claims

MAILS = {
    "forwarded": referral("crash-forward@nhs.example", sender="a1@trust.nhs.example"),
    "missing": referral("crash-missing@nhs.example", child="Mia Example", child_dob="01/02/2016",
                        omit=("consent",), sender="a2@trust.nhs.example"),
}


def database(path: Path) -> tuple[str, sessionmaker[Session], Spool]:
    url = f"sqlite:///{path / 'frontdoor.db'}"
    migrate(url)
    sessions = session_factory(make_engine(url))
    with sessions() as session:
        store_entries(session, read_register_csv(REGISTER_CSV.read_text()).entries)
        session.commit()
    spool = Spool(path / "spool")
    store = MessageStore(sessions, spool)
    for raw in MAILS.values():
        store.accept(Delivery("amhp@trust.nhs.example", (INBOX,), raw))
    store.close()
    return url, sessions, spool


def finish(url: str, path: Path, sessions: sessionmaker[Session], sink: Sink) -> None:
    """What a (re)started `frontdoor serve` does: take back old claims, work until idle, send the outbox."""
    release_claims(sessions)
    run_worker_until_idle(workflow_worker(url, path))
    sender = Sender(sessions, Relay("127.0.0.1", sink.port, timeout=10))
    while sender.run_once():
        pass


def end_state(sessions: sessionmaker[Session], sink: Sink) -> dict[str, object]:
    with sessions() as session:
        messages = [(m.message_id, m.state) for m in session.exec(select(Message).order_by(Message.id))]
        referrals = [(r.message_id, r.status, tuple(r.missing)) for r in
                     session.exec(select(Referral).order_by(Referral.id))]
        outbox = sorted((o.kind, tuple(o.recipients), o.status) for o in session.exec(select(OutboxMessage)))
    relayed = sorted((str(m["X-Frontdoor-Kind"]), str(m["In-Reply-To"])) for m in sink.received)
    return {"messages": messages, "referrals": referrals, "outbox": outbox, "relayed": relayed}


@pytest.fixture
def expected(tmp_path: Path, sink: Sink) -> dict[str, object]:
    url, sessions, _ = database(tmp_path / "control")
    finish(url, tmp_path / "control", sessions, sink)
    state = end_state(sessions, sink)
    sink.received.clear()
    return state


@pytest.mark.slow
@pytest.mark.parametrize("stage", STAGES)
def test_worker_killed_at_each_stage_reaches_the_same_end_state_after_restart(
        stage: str, tmp_path: Path, sink: Sink, expected: dict[str, object]) -> None:
    path = tmp_path / "crash"
    url, sessions, _ = database(path)
    crashed = subprocess.run([sys.executable, "-m", "tests.faults.crashing_worker", url, str(path), stage],
                             cwd=REPO_ROOT, capture_output=True, timeout=300)
    assert crashed.returncode == -signal.SIGKILL, crashed.stderr.decode()[-2000:]
    finish(url, path, sessions, sink)
    assert end_state(sessions, sink) == expected
    assert expected["relayed"], "the control run sent mail, so the comparison means something"
