"""A small cluster: several `frontdoor serve` processes, one fresh PostgreSQL database, one shared spool.

Each process listens on its own SMTP and HTTP ports; they share FRONTDOOR_DATA_DIR (the raw spool and
the signing key) as they would share a volume in production. Outgoing mail goes to one capturing
loopback relay, so a test can count what every process handed over.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import psycopg
import pytest

from tests.conftest import ADMIN_TOKEN, INBOX, ServeProcess, free_port, throwaway_pg_database
from tests.workflow.conftest import Sink

REGISTER_CSV = Path(__file__).parents[2] / "fixtures" / "case_register.csv"


@dataclass
class Cluster:
    url: str
    processes: list[ServeProcess] = field(default_factory=list)

    def query(self, sql: str, *args: object) -> list[tuple]:
        with psycopg.connect(self.url.replace("+psycopg", ""), autocommit=True) as conn:
            cursor = conn.execute(sql, args)
            return cursor.fetchall() if cursor.description else []

    def kill(self, process: ServeProcess) -> None:
        """SIGKILL, then let the lease of whatever it held run out (as the clock would, 5 minutes on)."""
        assert process.process is not None
        pid = process.process.pid
        os.kill(pid, signal.SIGKILL)
        process.process.wait(timeout=30)
        self.query("UPDATE messages SET lease_until = now() - interval '1 second' "
                   "WHERE state = 'pending' AND claimed_by LIKE %s", f"%:{pid}:%")
        # The outbox claim is a lease too; move every queued message's next attempt to now.
        self.query("UPDATE outbox SET next_attempt_at = now() WHERE status = 'queued'")


@pytest.fixture
def scale_database() -> Iterator[str]:
    with throwaway_pg_database("fd_test_scale") as url:
        yield url


@pytest.fixture
def relay() -> Iterator[Sink]:
    sink = Sink(free_port())
    sink.start()
    yield sink
    sink.stop()


def serve_env(url: str, data_dir: Path, relay_port: int, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FRONTDOOR_")}
    env.update(FRONTDOOR_DATA_DIR=str(data_dir), FRONTDOOR_DATABASE_URL=url,
               FRONTDOOR_SMTP_PORT=str(free_port()), FRONTDOOR_HTTP_PORT=str(free_port()),
               FRONTDOOR_INBOX=INBOX, FRONTDOOR_ADMIN_TOKEN=ADMIN_TOKEN, FRONTDOOR_LOG_FORMAT="json",
               FRONTDOOR_RELAY_HOST="127.0.0.1", FRONTDOOR_RELAY_PORT=str(relay_port),
               FRONTDOOR_SECRET_KEY="scale-test-key", **extra)
    return env


@pytest.fixture
def cluster(scale_database: str, relay: Sink, tmp_path: Path) -> Iterator[Cluster]:
    running = Cluster(scale_database)
    yield running
    for process in running.processes:
        process.stop()


def start_processes(cluster: Cluster, tmp_path: Path, relay: Sink, count: int) -> list[ServeProcess]:
    for n in range(count):
        env = serve_env(cluster.url, tmp_path / "data", relay.port)
        process = ServeProcess(env, tmp_path / f"serve-{n}.log")
        cluster.processes.append(process)
        process.start(ready_within=120)
    return cluster.processes
