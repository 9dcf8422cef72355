"""The background worker: every accepted message ends referral / non-referral / quarantined, never lost."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy.orm import sessionmaker
from sqlmodel import Session, select

from intake.spool import Spool
from intake.store import Delivery, MessageStore
from models.tables import Message, Referral
from tests.conftest import INBOX, run_worker_until_idle
from triage.chain import run_chain
from triage.worker import MAX_ATTEMPTS, InThreadStages, Worker, default_stages, purge_expired_raw, reprocess


class WorkerDied(BaseException):
    """Stands for the process dying mid-stage (kill -9, OOM): nothing after it runs."""


def deliver(sessions: sessionmaker[Session], spool: Spool, message_id: str | None, body: str = "text") -> int:
    headers = "From: amhp@trust.nhs.example\r\nSubject: referral\r\n"
    if message_id:
        headers += f"Message-ID: {message_id}\r\n"
    raw = (headers + "\r\n" + body + "\r\n").encode()
    return MessageStore(sessions, spool).accept(Delivery("amhp@trust.nhs.example", (INBOX,), raw))


def message(sessions: sessionmaker[Session], message_id: int) -> Message:
    with sessions() as session:
        row = session.get(Message, message_id)
        assert row is not None
        return row


def failing_extract(parsed: Any) -> dict[str, Any]:
    if "poison" in parsed.text:
        raise ValueError("cannot read this")
    return default_stages()[1](parsed)


def test_a_message_that_crashes_a_stage_is_quarantined_and_the_next_one_still_goes_through(
        sessions, spool, worker: Worker) -> None:
    bad = deliver(sessions, spool, "<bad@x>", body="poison")
    good = deliver(sessions, spool, "<good@x>")
    worker.stages = InThreadStages(extract=failing_extract)
    run_worker_until_idle(worker)
    assert (message(sessions, bad).state, message(sessions, bad).error) == (
        "quarantined", "extract: ValueError: cannot read this")
    assert message(sessions, good).state == "referral"


def test_a_stage_that_hangs_is_timed_out_and_quarantined(sessions, spool, worker: Worker) -> None:
    release = threading.Event()

    def hanging_parse(raw: bytes, own: frozenset[str]) -> Any:
        release.wait(30)
        raise RuntimeError("released")

    stuck = deliver(sessions, spool, "<stuck@x>")
    worker.stages = InThreadStages(parse=hanging_parse, timeout=0.2)
    try:
        run_worker_until_idle(worker)
    finally:
        release.set()
    row = message(sessions, stuck)
    assert row.state == "quarantined"
    assert row.error.startswith("parse: timed out")


def test_missing_raw_bytes_quarantine_the_message_instead_of_stalling_the_queue(sessions, spool,
                                                                               worker) -> None:
    lost = deliver(sessions, spool, "<lost@x>")
    spool.remove(message(sessions, lost).sha256)
    run_worker_until_idle(worker)
    assert message(sessions, lost).state == "quarantined"
    assert message(sessions, lost).error.startswith("read: FileNotFoundError")


def test_a_worker_that_dies_mid_stage_leaves_the_message_to_be_resumed(sessions, spool, settings) -> None:
    def dying_extract(parsed: Any) -> dict[str, Any]:
        raise WorkerDied

    msg = deliver(sessions, spool, "<resume@x>")
    first = Worker(sessions, spool, stages=InThreadStages(extract=dying_extract), name="first")
    with pytest.raises(WorkerDied):
        first.run_once()
    assert message(sessions, msg).state == "pending"

    later = datetime.now(UTC) + timedelta(hours=1)  # after the dead worker's lease has run out
    second = Worker(sessions, spool, name="second", clock=lambda: later)
    run_worker_until_idle(second)
    row = message(sessions, msg)
    assert (row.state, row.attempts) == ("referral", 2)
    with sessions() as session:
        assert len(session.exec(select(Referral)).all()) == 1


def test_two_workers_racing_on_duplicate_deliveries_make_one_referral(sessions, spool) -> None:
    first = deliver(sessions, spool, "<same@x>")
    second = deliver(sessions, spool, "<same@x>", body="resent by the relay")
    first_in_chain, let_first_finish = threading.Event(), threading.Event()

    def slow_chain(session: Session, message: Message, parsed: Any, extraction: dict[str, Any]) -> None:
        first_in_chain.set()
        let_first_finish.wait(30)
        run_chain(session, message, parsed, extraction)

    a = Worker(sessions, spool, chain=slow_chain, name="a")
    b = Worker(sessions, spool, name="b")
    assert (a.claim(limit=1), b.claim(limit=1)) == ([first], [second])
    racers = [threading.Thread(target=a.process, args=(first,))]
    racers[0].start()
    assert first_in_chain.wait(30)
    racers.append(threading.Thread(target=b.process, args=(second,)))
    racers[1].start()
    let_first_finish.set()
    for racer in racers:
        racer.join(60)
    run_worker_until_idle(b)  # a delivery that lost the race went back to the queue; now it folds
    assert message(sessions, first).referral_id == message(sessions, second).referral_id is not None
    with sessions() as session:
        assert len(session.exec(select(Referral)).all()) == 1


def test_a_worker_told_to_stop_hands_back_the_rest_of_its_batch(sessions, spool, worker: Worker) -> None:
    ids = [deliver(sessions, spool, f"<batch{i}@x>") for i in range(3)]
    stop = threading.Event()
    stop.set()
    assert worker.run_once(stop) == 3
    assert {(message(sessions, i).state, message(sessions, i).claimed_by) for i in ids} == {("pending", None)}
    assert Worker(sessions, spool, name="other").claim() == ids


def test_a_live_claim_is_not_taken_by_another_worker(sessions, spool) -> None:
    deliver(sessions, spool, "<claimed@x>")
    assert Worker(sessions, spool, name="a").claim() != []
    assert Worker(sessions, spool, name="b").claim() == []


def test_a_message_that_kills_the_worker_every_time_is_eventually_quarantined(sessions, spool) -> None:
    def dying_parse(raw: bytes, own: frozenset[str]) -> Any:
        raise WorkerDied

    msg = deliver(sessions, spool, "<killer@x>")
    moment = datetime.now(UTC)
    for attempt in range(MAX_ATTEMPTS):
        dying = Worker(sessions, spool, stages=InThreadStages(parse=dying_parse), name=f"w{attempt}",
                       clock=lambda a=attempt: moment + timedelta(hours=a))
        with pytest.raises(WorkerDied):
            dying.run_once()
    survivor = Worker(sessions, spool, name="survivor", clock=lambda: moment + timedelta(hours=MAX_ATTEMPTS))
    run_worker_until_idle(survivor)
    row = message(sessions, msg)
    assert row.state == "quarantined"
    assert "gave up" in row.error


def test_reprocessing_a_quarantined_message_runs_it_again(sessions, spool, worker: Worker) -> None:
    msg = deliver(sessions, spool, "<retry@x>", body="poison")
    worker.stages = InThreadStages(extract=failing_extract)
    run_worker_until_idle(worker)
    assert reprocess(sessions, [msg]) == [msg]
    assert message(sessions, msg).state == "pending"
    worker.stages = InThreadStages()
    run_worker_until_idle(worker)
    assert (message(sessions, msg).state, message(sessions, msg).error) == ("referral", None)


def test_reprocess_all_failed_requeues_only_quarantined_messages(sessions, spool, worker: Worker) -> None:
    bad = [deliver(sessions, spool, f"<bad{i}@x>", body="poison") for i in range(3)]
    good = deliver(sessions, spool, "<fine@x>")
    worker.stages = InThreadStages(extract=failing_extract)
    run_worker_until_idle(worker)
    assert reprocess(sessions, all_failed=True) == bad
    assert message(sessions, good).state == "referral"


def test_raw_mail_is_removed_after_the_retention_period_but_the_record_stays(sessions, spool, worker) -> None:
    msg = deliver(sessions, spool, "<old@x>")
    run_worker_until_idle(worker)
    sha256 = message(sessions, msg).sha256
    assert purge_expired_raw(sessions, spool, timedelta(days=30)) == 0
    next_month = datetime.now(UTC) + timedelta(days=31)
    assert purge_expired_raw(sessions, spool, timedelta(days=30), now=next_month) == 1
    assert not spool.path_for(sha256).exists()
    assert message(sessions, msg).state == "referral"


def test_raw_mail_still_waiting_for_the_worker_is_never_removed(sessions, spool) -> None:
    msg = deliver(sessions, spool, "<waiting@x>")
    next_week = datetime.now(UTC) + timedelta(days=9)
    assert purge_expired_raw(sessions, spool, timedelta(days=1), now=next_week) == 0
    assert spool.path_for(message(sessions, msg).sha256).exists()
