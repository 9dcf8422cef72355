"""The background worker: claims accepted messages and runs parse → extract → chain on each.

Claims are short transactions (`FOR UPDATE SKIP LOCKED` on PostgreSQL, so several processes can
share one database) that stamp a lease; the work itself runs outside any transaction, and the
result is written in one short transaction at the end. A worker that dies mid-way leaves the
message pending with a lease that expires, so another worker (or the restarted one) takes it up.
Any exception or timeout in a stage quarantines that message with the error and moves on.
"""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol, TypeVar

import structlog
from sqlalchemy import func, or_, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import sessionmaker
from sqlmodel import Session, select

from intake.mime import ParsedMessage
from intake.spool import Spool
from models.metrics import MESSAGES_PROCESSED, MESSAGES_QUARANTINED, STAGE_SECONDS
from models.tables import Message
from triage.chain import run_chain

log = structlog.get_logger(__name__)

T = TypeVar("T")

STAGE_TIMEOUT_SECONDS = 60.0
# Longer than the stages can take together, so a live worker never loses its claim.
LEASE_SECONDS = 300.0
# A message whose processing killed the worker this many times is quarantined instead of retried.
MAX_ATTEMPTS = 3
CLAIM_BATCH = 16
PROCESSED_STATES = ("referral", "follow_up", "non_referral")


class StageError(Exception):
    def __init__(self, stage: str, cause: BaseException | str) -> None:
        detail = cause if isinstance(cause, str) else f"{type(cause).__name__}: {cause}"
        super().__init__(f"{stage}: {detail}")
        self.stage = stage


Parse = Callable[[bytes, frozenset[str]], ParsedMessage]
Extract = Callable[[ParsedMessage], dict[str, Any]]


def default_stages() -> tuple[Parse, Extract]:
    """The real parse and extract, imported on first use: `serve` hands messages to a child process
    (triage/stage_process.py) and so never loads the extraction pipeline itself."""
    from intake.mime import parse_message
    from triage.extract import extract

    return parse_message, extract


class StageRunner(Protocol):
    def start(self) -> None:
        """Get ready (load the pipeline) before the first message."""
        ...

    def run(self, raw: bytes) -> tuple[ParsedMessage, dict[str, Any]]:
        """Parse and extract; raise StageError naming the stage that failed."""
        ...


@dataclass(frozen=True)
class InThreadStages:
    """Parse and extract in the worker's process (tests, `frontdoor` tools); serve uses StageProcess."""

    own_addresses: frozenset[str] = frozenset()
    timeout: float = STAGE_TIMEOUT_SECONDS
    parse: Parse | None = None  # None: the real ones (default_stages)
    extract: Extract | None = None

    def start(self) -> None:
        default_stages()

    def run(self, raw: bytes) -> tuple[ParsedMessage, dict[str, Any]]:
        real_parse, real_extract = default_stages()
        parse, extract = self.parse or real_parse, self.extract or real_extract
        parsed = _run_with_timeout("parse", lambda: parse(raw, self.own_addresses), self.timeout)
        return parsed, _run_with_timeout("extract", lambda: extract(parsed), self.timeout)


Chain = Callable[[Session, Message, ParsedMessage, dict[str, Any]], None]


def worker_name() -> str:
    """This process, as written in the claims it takes (each worker adds its own suffix)."""
    return f"{socket.gethostname()}:{os.getpid()}"


def _now() -> datetime:
    return datetime.now(UTC)


def _run_with_timeout(stage: str, fn: Callable[[], T], timeout: float) -> T:
    # A fresh thread per call: a stage stuck in a hostile message must not hold up the next one.
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"stage-{stage}")
    try:
        with STAGE_SECONDS.labels(stage).time():
            return executor.submit(fn).result(timeout=timeout)
    except FutureTimeout:
        raise StageError(stage, f"timed out after {timeout:g} s") from None
    except Exception as exc:
        raise StageError(stage, exc) from exc
    finally:
        executor.shutdown(wait=False)


class Worker:
    def __init__(self, sessions: sessionmaker[Session], spool: Spool, *, stages: StageRunner | None = None,
                 chain: Chain = run_chain, lease_seconds: float = LEASE_SECONDS,
                 clock: Callable[[], datetime] = _now, name: str | None = None) -> None:
        self.sessions = sessions
        self.spool = spool
        self.stages = stages or InThreadStages()
        self.chain = chain
        self.lease = timedelta(seconds=lease_seconds)
        self.clock = clock
        self.name = name or f"{worker_name()}:{threading.get_ident()}"

    def claim(self, limit: int = CLAIM_BATCH) -> list[int]:
        now = self.clock()
        with self.sessions() as session:
            ids = list(session.exec(
                select(Message.id)
                .where(Message.state == "pending",
                       or_(Message.lease_until.is_(None), Message.lease_until < now))
                .order_by(Message.id).limit(limit).with_for_update(skip_locked=True)
            ).all())
            if ids:
                session.execute(update(Message).where(Message.id.in_(ids)).values(
                    claimed_by=self.name, lease_until=now + self.lease, attempts=Message.attempts + 1))
            session.commit()
        return [i for i in ids if i is not None]

    def run_once(self, stop: threading.Event | None = None) -> int:
        """Claim a batch and process it; returns how many messages were claimed. When `stop` is set
        part-way, the rest of the batch is handed back at once rather than left to its lease."""
        ids = self.claim()
        for n, message_id in enumerate(ids):
            if stop is not None and stop.is_set():
                for unprocessed in ids[n:]:
                    self._release(unprocessed)
                break
            self.process(message_id)
        return len(ids)

    def run(self, stop: threading.Event, wake: threading.Event, idle_seconds: float = 1.0) -> None:
        try:
            self.stages.start()
        except Exception:
            log.exception("worker.stages_not_started")  # run() starts them again for the first message
        while not stop.is_set():
            try:
                claimed = self.run_once(stop)
            except Exception:
                # The database may be briefly unreachable: log, wait, try again; nothing is lost.
                log.exception("worker.claim_failed", worker=self.name)
                claimed = 0
            if not claimed:
                wake.wait(idle_seconds)
                wake.clear()

    def _claimed(self, session: Session, message_id: int) -> Message | None:
        row = session.exec(select(Message).where(Message.id == message_id).with_for_update()).first()
        if row is None or row.state != "pending" or row.claimed_by != self.name:
            return None  # taken over by another worker after our lease ran out
        return row

    def process(self, message_id: int) -> str | None:
        """Run the stages for one claimed message; returns its new state (None if no longer ours)."""
        with self.sessions() as session:
            row = self._claimed(session, message_id)
            if row is None:
                return None
            if row.attempts > MAX_ATTEMPTS:
                return self._quarantine(session, row, StageError(
                    "worker", f"gave up after {MAX_ATTEMPTS} attempts: processing stopped mid-way each time"))
            if self._fold_duplicate(session, row):
                return row.state
            sha256 = row.sha256
            session.commit()  # release the read snapshot (and SQLite's write lock) while the stages run
        try:
            try:
                raw = self.spool.read(sha256)
            except OSError as exc:
                raise StageError("read", exc) from exc
            parsed, extraction = self.stages.run(raw)
        except StageError as exc:
            return self._quarantine_by_id(message_id, exc)
        return self._finish(message_id, parsed, extraction)

    def _finish(self, message_id: int, parsed: ParsedMessage, extraction: dict[str, Any]) -> str | None:
        with self.sessions() as session:
            row = self._claimed(session, message_id)
            if row is None:
                return None
            if self._fold_duplicate(session, row):
                return row.state
            try:
                with STAGE_SECONDS.labels("chain").time():
                    self.chain(session, row, parsed, extraction)
                self._done(row)
                session.commit()
            except IntegrityError:
                # Another worker just made the referral for a duplicate of this message: let it go
                # back to the queue, where it folds into that referral next time.
                session.rollback()
                self._release(message_id)
                log.info("worker.duplicate_race", message=message_id)
                return "pending"
            except Exception as exc:
                session.rollback()
                return self._quarantine_by_id(message_id, StageError("chain", exc))
        MESSAGES_PROCESSED.labels(row.state).inc()
        log.info("worker.processed", message=message_id, state=row.state, referral=row.referral_id,
                 worker=self.name)
        return row.state

    def _fold_duplicate(self, session: Session, row: Message) -> bool:
        """Same Message-ID (or same bytes) as a message already processed: same outcome, no new referral."""
        earlier = session.exec(
            select(Message).where(Message.dedup_key == row.dedup_key, Message.id != row.id,
                                  Message.state.in_(PROCESSED_STATES)).order_by(Message.id).limit(1)
        ).first()
        if earlier is None:
            return False
        row.state, row.referral_id = earlier.state, earlier.referral_id
        self._done(row)
        session.commit()
        MESSAGES_PROCESSED.labels("duplicate").inc()
        log.info("worker.duplicate", message=row.id, duplicate_of=earlier.id, referral=row.referral_id)
        return True

    def _done(self, row: Message) -> None:
        row.claimed_by, row.lease_until, row.error, row.processed_at = None, None, None, self.clock()

    def _release(self, message_id: int) -> None:
        with self.sessions() as session:
            session.execute(update(Message).where(Message.id == message_id, Message.claimed_by == self.name)
                            .values(claimed_by=None, lease_until=None))
            session.commit()

    def _quarantine_by_id(self, message_id: int, error: StageError) -> str | None:
        with self.sessions() as session:
            row = self._claimed(session, message_id)
            return None if row is None else self._quarantine(session, row, error)

    def _quarantine(self, session: Session, row: Message, error: StageError) -> str:
        self._done(row)
        row.state, row.error = "quarantined", str(error)[:4000]
        session.commit()
        MESSAGES_QUARANTINED.labels(error.stage).inc()
        log.warning("worker.quarantined", message=row.id, stage=error.stage)
        log.debug("worker.quarantine_reason", message=row.id, error=row.error)
        return "quarantined"


def release_claims(sessions: sessionmaker[Session]) -> int:
    """Hand back every claim at once: only for a single-process database (SQLite) at start-up."""
    with sessions() as session:
        result = session.execute(
            update(Message).where(Message.state == "pending", Message.claimed_by.is_not(None))
            .values(claimed_by=None, lease_until=None))
        session.commit()
        return result.rowcount or 0


def reprocess(sessions: sessionmaker[Session], ids: Iterable[int] = (),
              all_failed: bool = False) -> list[int]:
    """Put quarantined messages back in the queue; returns the ids requeued."""
    with sessions() as session:
        query = select(Message.id).where(Message.state == "quarantined")
        if not all_failed:
            query = query.where(Message.id.in_(list(ids)))
        requeued = [i for i in session.exec(query.order_by(Message.id)).all() if i is not None]
        if requeued:
            session.execute(update(Message).where(Message.id.in_(requeued)).values(
                state="pending", error=None, attempts=0, claimed_by=None, lease_until=None,
                processed_at=None))
        session.commit()
    return requeued


def purge_expired_raw(sessions: sessionmaker[Session], spool: Spool, retention: timedelta,
                      now: datetime | None = None) -> int:
    """Delete raw bytes whose every delivery is older than the retention period and processed."""
    cutoff = (now or _now()) - retention
    with sessions() as session:
        still_queued = select(Message.sha256).where(Message.state == "pending")
        expired = session.exec(
            select(Message.sha256).where(Message.sha256.not_in(still_queued))
            .group_by(Message.sha256).having(func.max(Message.received_at) < cutoff)
        ).all()
        session.commit()
    for sha256 in expired:
        spool.remove(sha256)
    return len(expired)
