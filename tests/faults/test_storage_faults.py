"""The database or the disk failing during DATA: 451 4.3.0, nothing half-written, back by itself."""

from __future__ import annotations

import errno
import os
import smtplib
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import make_url
from sqlalchemy.orm import sessionmaker
from sqlmodel import Session, select

import models.db
from api.app import create_app
from intake import spool as spool_module
from intake.spool import Spool
from models.db import make_engine, session_factory
from models.settings import Settings
from models.tables import Message
from tests.conftest import INBOX, PG_ADMIN_DSN, RunningIntake, start_intake
from triage.worker import Worker

SENDER = "amhp@trust.nhs.example"


def mail(tag: str) -> bytes:
    return (f"From: {SENDER}\r\nTo: {INBOX}\r\nSubject: referral\r\nMessage-ID: <{tag}@fault>\r\n\r\n"
            "Assessment of Jane Doe today.\r\n").encode()


def send(intake: RunningIntake, raw: bytes) -> tuple[int, bytes]:
    """The reply to DATA, as a sending server sees it."""
    with smtplib.SMTP(intake.host, intake.port, timeout=60) as client:
        try:
            client.sendmail(SENDER, [INBOX], raw)
        except smtplib.SMTPDataError as refused:
            return refused.smtp_code, refused.smtp_error
    return 250, b""


def stored(sessions: sessionmaker[Session]) -> list[Message]:
    with sessions() as session:
        return list(session.exec(select(Message).order_by(Message.id)).all())


def spooled(spool: Spool) -> list[Path]:
    return [p for p in spool.root.rglob("*") if p.is_file()]


def run_worker_in_background(worker: Worker) -> tuple[threading.Event, threading.Thread]:
    stop, wake = threading.Event(), threading.Event()
    thread = threading.Thread(target=worker.run, args=(stop, wake, 0.1), daemon=True)
    thread.start()
    return stop, thread


def wait_processed(sessions: sessionmaker[Session], count: int) -> list[Message]:
    for _ in range(600):
        try:
            rows = stored(sessions)
        except Exception:
            rows = []
        if len(rows) == count and all(r.state != "pending" for r in rows):
            return rows
        threading.Event().wait(0.1)
    raise AssertionError("the worker did not resume")


# --- PostgreSQL unreachable --------------------------------------------------------------------------

@pytest.fixture
def pg_name(db_url: str) -> Iterator[str]:
    name = make_url(db_url).database
    assert name
    yield name
    with psycopg.connect(PG_ADMIN_DSN, autocommit=True) as admin:
        admin.execute(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS true')


def cut_off(name: str, allow: bool) -> None:
    """Refuse (or allow again) new connections to the database and drop the ones it has."""
    with psycopg.connect(PG_ADMIN_DSN, autocommit=True) as admin:
        admin.execute(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS {str(allow).lower()}')
        if not allow:
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                          (name,))


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_database_unreachable_during_data_answers_451_and_work_resumes_when_it_returns(
        smtp_server: RunningIntake, sessions, spool: Spool, worker: Worker, pg_name: str) -> None:
    stop, thread = run_worker_in_background(worker)
    try:
        cut_off(pg_name, allow=False)
        code, text = send(smtp_server, mail("during-outage"))
        assert (code, text.split()[0]) == (451, b"4.3.0")
        cut_off(pg_name, allow=True)
        # The sending server retries the same message; nothing of the first try is left half-written.
        assert send(smtp_server, mail("during-outage"))[0] == 250
        assert send(smtp_server, mail("after-outage"))[0] == 250
        rows = wait_processed(sessions, 2)
    finally:
        stop.set()
        thread.join(30)
    assert [r.message_id for r in rows] == ["<during-outage@fault>", "<after-outage@fault>"]
    assert {r.state for r in rows} <= {"referral", "non_referral"}


# --- SQLite locked by another process ----------------------------------------------------------------

@pytest.fixture
def impatient_sessions(settings: Settings,
                       monkeypatch: pytest.MonkeyPatch) -> Iterator[sessionmaker[Session]]:
    """Sessions that wait 0.3 s (not 30 s) for a lock, so that the test does not sit out the timeout."""
    monkeypatch.setattr(models.db, "SQLITE_BUSY_MS", 300)
    engine = make_engine(settings.sqlalchemy_url)
    yield session_factory(engine)
    engine.dispose()


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_database_locked_during_data_answers_451_and_nothing_is_half_written(
        settings: Settings, impatient_sessions, spool: Spool) -> None:
    database = settings.sqlalchemy_url.removeprefix("sqlite:///")
    for intake in start_intake(settings, impatient_sessions, spool):
        locker = sqlite3.connect(database, isolation_level=None)
        locker.execute("BEGIN EXCLUSIVE")
        try:
            code, text = send(intake, mail("while-locked"))
        finally:
            locker.execute("ROLLBACK")
            locker.close()
        assert (code, text.split()[0]) == (451, b"4.3.0")
        assert stored(impatient_sessions) == []
        assert send(intake, mail("while-locked"))[0] == 250
    assert [r.message_id for r in stored(impatient_sessions)] == ["<while-locked@fault>"]


# --- disk full -------------------------------------------------------------------------------------------

def test_disk_full_answers_451_turns_readiness_red_and_recovers(
        settings: Settings, sessions, spool: Spool, smtp_server: RunningIntake,
        monkeypatch: pytest.MonkeyPatch) -> None:
    app = create_app(settings, sessions)
    app.state.readiness.smtp_bound = True
    app.state.readiness.spool = spool

    def no_space(*_args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with TestClient(app) as client:
        assert client.get("/readyz").status_code == 200
        with monkeypatch.context() as disk:
            # Both ways bytes are made durable: the readiness probe's fsync and the intake's batch flush.
            disk.setattr(os, "fsync", no_space)
            disk.setattr(spool_module, "_flush_filesystem", no_space)
            code, text = send(smtp_server, mail("disk-full"))
            readiness = client.get("/readyz")
        assert (code, text.split()[0]) == (451, b"4.3.0")
        assert readiness.status_code == 503 and readiness.json()["spool"] is False
        assert stored(sessions) == []
        assert [p for p in spooled(spool) if p.parent != spool.root / "tmp"] == []
        assert client.get("/readyz").status_code == 200
        assert send(smtp_server, mail("disk-full"))[0] == 250
    assert [r.message_id for r in stored(sessions)] == ["<disk-full@fault>"]

