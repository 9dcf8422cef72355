"""Shared fixtures: a database on SQLite and on PostgreSQL, settings, the app, a real SMTP listener.

`db_url` runs a test once on SQLite (a file in the test's tmp dir) and once on PostgreSQL (a
database created for this pytest session on 127.0.0.1:5432, emptied before each test and dropped
at the end, so that parallel runs by several people never meet).
"""

from __future__ import annotations

import asyncio
import os
import secrets
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import psycopg
import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import sessionmaker
from sqlmodel import Session

from api.app import create_app
from intake.smtp import IntakeHandler, SessionTracker, start_smtp_server
from intake.spool import Spool
from intake.store import MessageStore
from models.db import make_engine, migrate, session_factory
from models.settings import Settings
from triage.worker import InThreadStages, Worker

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED = REPO_ROOT.parent / "shared"
PG_ADMIN_DSN = os.environ.get("FRONTDOOR_TEST_PG_DSN", "postgresql://postgres@127.0.0.1:5432/test")
INBOX = "wschildrenservices@westsussex.gov.uk"
ADMIN_TOKEN = "test-admin-token"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _pg_url(dbname: str) -> str:
    info = psycopg.conninfo.conninfo_to_dict(PG_ADMIN_DSN)
    user = info.get("user", "postgres")
    return f"postgresql+psycopg://{user}@{info.get('host', '127.0.0.1')}:{info.get('port', 5432)}/{dbname}"


@contextmanager
def throwaway_pg_database(prefix: str = "fd_test") -> Iterator[str]:
    """A new, migrated PostgreSQL database (its SQLAlchemy URL), dropped afterwards. Unreachable
    PostgreSQL skips the test with the reason, except under CI, where it fails."""
    name = f"{prefix}_{secrets.token_hex(6)}"
    try:
        admin = psycopg.connect(PG_ADMIN_DSN, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        message = f"PostgreSQL at {PG_ADMIN_DSN} is not reachable: {exc}"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        url = _pg_url(name)
        migrate(url)
        yield url
    finally:
        with psycopg.connect(PG_ADMIN_DSN, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def pg_database() -> Iterator[str]:
    """A migrated PostgreSQL database of our own for this pytest session; its SQLAlchemy URL."""
    with throwaway_pg_database() as url:
        yield url


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file, copied for each test (much faster than migrating each time)."""
    path = tmp_path_factory.mktemp("sqlite-template") / "frontdoor.db"
    migrate(f"sqlite:///{path}")
    return path


def _empty_pg_tables(url: str) -> None:
    with psycopg.connect(url.replace("+psycopg", ""), autocommit=True) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'alembic_version'")]
        if tables:
            conn.execute(f"TRUNCATE {', '.join(f'public.{t}' for t in tables)} RESTART IDENTITY CASCADE")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty, migrated database: SQLite in tmp_path, or this session's PostgreSQL database."""
    if request.param == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        target = tmp_path / "db" / "frontdoor.db"
        target.parent.mkdir()
        for part in template.parent.glob(f"{template.name}*"):  # the database and any WAL beside it
            shutil.copy(part, target.parent / part.name)
        return f"sqlite:///{target}"
    url = request.getfixturevalue("pg_database")
    _empty_pg_tables(url)
    return url


@pytest.fixture
def settings(db_url: str, tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", database_url=db_url, inbox=INBOX, admin_token=ADMIN_TOKEN,
                    smtp_port=0, http_port=0)


@pytest.fixture
def sessions(settings: Settings) -> Iterator[sessionmaker[Session]]:
    engine = make_engine(settings.sqlalchemy_url)
    yield session_factory(engine)
    engine.dispose()


@pytest.fixture
def spool(settings: Settings) -> Spool:
    return Spool(settings.data_dir / "spool")


@pytest.fixture
def worker(sessions: sessionmaker[Session], spool: Spool, settings: Settings) -> Worker:
    return Worker(sessions, spool, stages=InThreadStages(settings.inbox_addresses))


def run_worker_until_idle(worker: Worker, max_rounds: int = 1000) -> None:
    for _ in range(max_rounds):
        if worker.run_once() == 0:
            return
    raise AssertionError("the worker still had messages after max_rounds")


@pytest.fixture
def app(settings: Settings, sessions: sessionmaker[Session]):  # type: ignore[no-untyped-def]
    return create_app(settings, sessions)


@pytest.fixture
def client(app) -> Iterator[TestClient]:  # type: ignore[no-untyped-def]
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def admin_headers() -> dict[str, str]:
    return {"Authorization": f"Bearer {ADMIN_TOKEN}"}


@dataclass
class RunningIntake:
    """The real SMTP listener (intake/smtp.py) on a loopback port, served from a background thread."""

    host: str
    port: int
    handler: IntakeHandler
    accepted: threading.Event = field(default_factory=threading.Event)


@pytest.fixture
def smtp_server(settings: Settings, sessions: sessionmaker[Session], spool: Spool) -> Iterator[RunningIntake]:
    yield from start_intake(settings, sessions, spool)


def start_intake(settings: Settings, sessions: sessionmaker[Session], spool: Spool,
                 tls: ssl.SSLContext | None = None) -> Iterator[RunningIntake]:
    loop = asyncio.new_event_loop()
    thread = threading.Thread(target=loop.run_forever, name="smtp-test-loop", daemon=True)
    thread.start()
    accepted = threading.Event()
    handler = IntakeHandler(settings.inbox_addresses, MessageStore(sessions, spool).submit,
                            on_accepted=accepted.set)
    tracker = SessionTracker()
    server = asyncio.run_coroutine_threadsafe(
        start_smtp_server(handler, tracker, "127.0.0.1", 0, max_message_bytes=settings.max_message_bytes,
                          tls=tls), loop).result(timeout=30)
    port = server.sockets[0].getsockname()[1]
    try:
        yield RunningIntake("127.0.0.1", port, handler, accepted)
    finally:
        async def stop() -> None:
            server.close()
            await tracker.drain(5)

        asyncio.run_coroutine_threadsafe(stop(), loop).result(timeout=30)
        loop.call_soon_threadsafe(loop.stop)
        thread.join(timeout=30)
        loop.close()


def frontdoor_command() -> list[str]:
    script = Path(sys.executable).parent / "frontdoor"
    return [str(script)] if script.exists() else [shutil.which("frontdoor") or "frontdoor"]


@dataclass
class ServeProcess:
    """`frontdoor serve` as a real subprocess on free loopback ports."""

    env: dict[str, str]
    log_path: Path
    process: subprocess.Popen[bytes] | None = None
    args: tuple[str, ...] = ()  # after `serve`, e.g. ("--role", "smtp")

    @property
    def smtp_port(self) -> int:
        return int(self.env["FRONTDOOR_SMTP_PORT"])

    @property
    def http_url(self) -> str:
        return f"http://127.0.0.1:{self.env['FRONTDOOR_HTTP_PORT']}"

    def start(self, ready_within: float = 60.0) -> None:
        log = self.log_path.open("ab")
        self.process = subprocess.Popen([*frontdoor_command(), "serve", *self.args], env=self.env, stdout=log,
                                        stderr=log, cwd=self.log_path.parent)
        deadline = time.monotonic() + ready_within
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"frontdoor serve exited early:\n{self.log_path.read_text()[-4000:]}")
            try:
                if httpx.get(f"{self.http_url}/healthz", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise AssertionError(f"frontdoor serve did not become healthy:\n{self.log_path.read_text()[-4000:]}")

    def signal(self, sig: int) -> int:
        assert self.process is not None
        self.process.send_signal(sig)
        return self.process.wait(timeout=60)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.signal(signal.SIGTERM)

    def api(self, path: str) -> dict:
        response = httpx.get(f"{self.http_url}{path}", headers={"Authorization": f"Bearer {ADMIN_TOKEN}"},
                             timeout=10)
        response.raise_for_status()
        return response.json()

    def all_items(self, path: str) -> list[dict]:
        items: list[dict] = []
        cursor = None
        for _ in range(10_000):
            page = self.api(f"{path}?limit=200" + (f"&cursor={cursor}" if cursor else ""))
            items.extend(page["items"])
            cursor = page["next"]
            if cursor is None:
                return items
        raise AssertionError("pagination did not end")


@pytest.fixture
def serve_process(db_url: str, tmp_path: Path) -> Iterator[ServeProcess]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FRONTDOOR_")}
    env.update(FRONTDOOR_DATA_DIR=str(tmp_path / "serve-data"), FRONTDOOR_DATABASE_URL=db_url,
               FRONTDOOR_SMTP_PORT=str(free_port()), FRONTDOOR_HTTP_PORT=str(free_port()),
               FRONTDOOR_INBOX=INBOX, FRONTDOOR_ADMIN_TOKEN=ADMIN_TOKEN, FRONTDOOR_LOG_FORMAT="json")
    proc = ServeProcess(env, tmp_path / "serve.log")
    try:
        yield proc
    finally:
        proc.stop()
