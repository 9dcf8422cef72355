"""Scale-out on PostgreSQL: several `frontdoor serve` processes share one database and one spool.

Whichever process a message reaches, it is processed once and every reply or forward made from it is
handed to the relay once, also when one of the processes is killed with SIGKILL in the middle.
"""

from __future__ import annotations

import smtplib
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from models.db import make_engine, session_factory
from tests.conftest import INBOX
from tests.scale.conftest import REGISTER_CSV, Cluster, start_processes
from tests.workflow.conftest import Sink
from tests.workflow.mails import referral
from triage.register import read_register_csv, store_entries

pytestmark = [pytest.mark.slow, pytest.mark.postgres]

PER_PROCESS = 24
SETTLE_SECONDS = 300.0


def mail(n: int) -> bytes:
    """Half the referrals name a child with an open case (forwarded), half lack consent (a reply)."""
    sender = f"amhp{n}@trust.nhs.example"  # one each, so the per-sender reply limit never withholds
    if n % 2:
        return referral(f"scale-{n}@nhs.example", sender=sender)
    return referral(f"scale-{n}@nhs.example", child="Mia Example", child_dob="01/02/2016", omit=("consent",),
                    sender=sender)


def load_register(url: str) -> None:
    engine = make_engine(url)
    with session_factory(engine)() as session:
        store_entries(session, read_register_csv(REGISTER_CSV.read_text()).entries)
        session.commit()
    engine.dispose()


def deliver(ports: list[int], numbers: range, acknowledged: list[int], lock: threading.Lock) -> None:
    """Send each message to the first port, falling back to the next one, as a relay with two MX would."""
    for n in numbers:
        for port in ports:
            try:
                with smtplib.SMTP("127.0.0.1", port, timeout=30) as client:
                    client.sendmail(f"amhp{n}@trust.nhs.example", [INBOX], mail(n))
            except (OSError, smtplib.SMTPException):
                continue
            with lock:
                acknowledged.append(n)
            break


def send_concurrently(ports: list[int], total: int, on_progress=None) -> list[int]:  # type: ignore[no-untyped-def]
    acknowledged: list[int] = []
    lock = threading.Lock()
    threads = []
    for i in range(len(ports)):
        # Each client starts at a different process and falls back to the others.
        order = ports[i:] + ports[:i]
        threads.append(threading.Thread(target=deliver, args=(order, range(i, total, len(ports)),
                                                               acknowledged, lock)))
    for t in threads:
        t.start()
    if on_progress is not None:
        on_progress(acknowledged)
    for t in threads:
        t.join(timeout=SETTLE_SECONDS)
    return acknowledged


def settle(cluster: Cluster, relay: Sink) -> None:
    deadline = time.monotonic() + SETTLE_SECONDS
    while time.monotonic() < deadline:
        (pending,) = cluster.query("SELECT count(*) FROM messages WHERE state = 'pending'")[0]
        (queued,) = cluster.query("SELECT count(*) FROM outbox WHERE status = 'queued'")[0]
        (sent,) = cluster.query("SELECT count(*) FROM outbox WHERE status = 'sent'")[0]
        if pending == 0 and queued == 0 and len(relay.received) >= sent:
            return
        time.sleep(0.5)
    raise AssertionError(f"not settled: {pending} pending, {queued} queued, {len(relay.received)} relayed")


def assert_each_message_once(cluster: Cluster, relay: Sink, message_numbers: set[int],
                             allowed_duplicates: int = 0) -> None:
    rows = cluster.query("SELECT message_id, state, referral_id FROM messages")
    assert {r[0] for r in rows} == {f"<scale-{n}@nhs.example>" for n in message_numbers}
    assert {r[1] for r in rows} == {"referral"}
    referral_of = {r[0]: r[2] for r in rows}
    assert len(set(referral_of.values())) == len(message_numbers), "one referral per message"
    assert all(len({r[2] for r in rows if r[0] == m}) == 1 for m in referral_of), "duplicates fold"

    outbox = cluster.query("SELECT referral_id, kind, message_id, status FROM outbox")
    assert {r[3] for r in outbox} == {"sent"}
    per_kind = Counter((r[0], r[1]) for r in outbox)
    assert max(per_kind.values()) == 1, "no reply or forward is queued twice for a referral"
    kinds = Counter(r[1] for r in outbox)
    assert kinds["forward"] == sum(1 for n in message_numbers if n % 2)
    assert kinds["missing-info"] == sum(1 for n in message_numbers if not n % 2)

    relayed = Counter(str(m["Message-ID"]).strip() for m in relay.received)
    assert set(relayed) == {r[2] for r in outbox}, "everything queued reached the relay, nothing else"
    assert sum(relayed.values()) - len(relayed) <= allowed_duplicates


def test_three_processes_share_the_load_and_each_message_is_handled_once(
        cluster: Cluster, relay: Sink, tmp_path: Path) -> None:
    load_register(cluster.url)
    processes = start_processes(cluster, tmp_path, relay, 3)
    total = PER_PROCESS * len(processes)
    acknowledged = send_concurrently([p.smtp_port for p in processes], total)
    assert sorted(acknowledged) == list(range(total))
    settle(cluster, relay)
    assert_each_message_once(cluster, relay, set(range(total)))
    received_by = cluster.query("SELECT count(DISTINCT smtp_session) FROM messages")[0][0]
    assert received_by >= len(processes)


def test_a_process_killed_mid_load_loses_nothing_and_sends_nothing_twice(
        cluster: Cluster, relay: Sink, tmp_path: Path) -> None:
    load_register(cluster.url)
    processes = start_processes(cluster, tmp_path, relay, 3)
    victim = processes[1]
    total = PER_PROCESS * len(processes)

    def kill_when_busy(acknowledged: list[int]) -> None:
        deadline = time.monotonic() + SETTLE_SECONDS
        while len(acknowledged) < total // 3 and time.monotonic() < deadline:
            time.sleep(0.05)
        cluster.kill(victim)

    acknowledged = send_concurrently([p.smtp_port for p in processes], total, on_progress=kill_when_busy)
    assert sorted(acknowledged) == list(range(total)), "the other processes took every message"
    settle(cluster, relay)
    # A reply the victim was handing to the relay at the instant it died may go out twice (same
    # Message-ID, so the relay or recipient can tell); nothing else may.
    assert_each_message_once(cluster, relay, set(range(total)), allowed_duplicates=1)
