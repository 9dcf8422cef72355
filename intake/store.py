"""The durable write behind a 250: raw bytes to the spool, then a `pending` row, committed.

Deliveries are handled in batches of whatever is waiting at that moment (group commit), by two
threads in a pipeline: the spool thread places each message's bytes and makes the whole batch
durable with one filesystem flush; the commit thread inserts the durable batch's rows in one
transaction while the spool thread flushes the next batch. A busy intake so pays for two syncs per
batch rather than three per message, and the SMTP sessions wait on a future instead of holding a
thread each. A delivery's future resolves only once its own bytes are durable and its own row is
committed.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from concurrent.futures import Future
from dataclasses import dataclass
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import parseaddr
from typing import TypeVar

from sqlalchemy import insert
from sqlalchemy.orm import sessionmaker
from sqlmodel import Session

from intake.spool import Placed, Spool
from models.tables import Message, utcnow

MAX_HEADER_CHARS = 998
MAX_BATCH = 256

T = TypeVar("T")


@dataclass(frozen=True)
class Delivery:
    mail_from: str | None
    rcpt_tos: tuple[str, ...]
    raw: bytes
    smtp_session: str | None = None


def storable_text(value: object) -> str | None:
    """Header text safe for any database: valid UTF-8, no NUL, bounded length."""
    if value is None:
        return None
    text = str(value).encode("utf-8", "surrogateescape").decode("utf-8", "replace").replace("\x00", "")
    return text.strip()[:MAX_HEADER_CHARS] or None


def header_summary(raw: bytes) -> tuple[str | None, str | None]:
    """(Message-ID, From address) read from the header block only; never raises on bad mail."""
    headers = BytesHeaderParser(policy=compat32).parsebytes(raw)
    message_id = storable_text(headers.get("Message-ID"))
    sender = storable_text(parseaddr(str(headers.get("From", "")))[1])
    return message_id, sender


Row = tuple[dict[str, object], Future[int]]


class MessageStore:
    def __init__(self, sessions: sessionmaker[Session], spool: Spool) -> None:
        self.sessions = sessions
        self.spool = spool
        self._pending: queue.SimpleQueue[tuple[Delivery, Future[int]] | None] = queue.SimpleQueue()
        self._durable: queue.SimpleQueue[Row | None] = queue.SimpleQueue()
        self._threads: list[threading.Thread] = []
        self._start_lock = threading.Lock()

    def submit(self, delivery: Delivery) -> Future[int]:
        """Queue the delivery for the next batch; the future gives its row id once it is durable."""
        committed: Future[int] = Future()
        self._ensure_started()
        self._pending.put((delivery, committed))
        return committed

    def accept(self, delivery: Delivery) -> int:
        """Make the delivery durable and return the message row id. Raises if anything is not on disk."""
        return self.submit(delivery).result()

    def close(self) -> None:
        """Store and commit what is queued, then stop both threads."""
        with self._start_lock:
            if self._threads:
                self._pending.put(None)
                for thread in self._threads:
                    thread.join()
                self._threads = []

    def _ensure_started(self) -> None:
        # Two stages, so one batch's database commit overlaps the next batch's spool flush.
        with self._start_lock:
            if not self._threads:
                self._threads = [
                    threading.Thread(target=self._spool_batches, name="intake-spool", daemon=True),
                    threading.Thread(target=self._commit_batches, name="intake-commit", daemon=True)]
                for thread in self._threads:
                    thread.start()

    def _spool_batches(self) -> None:
        for batch in _batches(self._pending):
            for row in self._spool(batch):
                self._durable.put(row)
        self._durable.put(None)

    def _commit_batches(self) -> None:
        for batch in _batches(self._durable):
            self._commit(batch)

    def _spool(self, batch: list[tuple[Delivery, Future[int]]]) -> list[Row]:
        """Place the batch's bytes and flush them once; the rows of the deliveries now durable."""
        placed: list[Placed] = []
        rows: list[Row] = []
        for delivery, committed in batch:
            try:
                placed.append(self.spool.place(delivery.raw))
            except Exception as exc:
                committed.set_exception(exc)
                continue
            rows.append((_row(delivery, placed[-1].sha256), committed))
        if not rows:
            return []
        try:
            self.spool.sync(placed)
        except Exception as exc:
            # Not durable (disk full, I/O error): take the files back, every sender gets 451 and retries.
            self.spool.discard(placed)
            _fail(rows, exc)
            return []
        return rows

    def _commit(self, rows: list[Row]) -> None:
        try:
            with self.sessions() as session:
                ids = session.scalars(insert(Message).returning(Message.id, sort_by_parameter_order=True),
                                      [row for row, _ in rows]).all()
                session.commit()
        except Exception as exc:
            # Nothing of this batch is committed: every sender in it gets 451 and retries. The spooled
            # bytes stay: a commit that failed only in its reply may have landed and refer to them.
            _fail(rows, exc)
            return
        for row_id, (_, committed) in zip(ids, rows, strict=True):
            committed.set_result(row_id)


def _batches(source: queue.SimpleQueue[T | None]) -> Iterator[list[T]]:
    """Everything waiting in `source` at each moment, as one batch (group commit), until a None."""
    while (first := source.get()) is not None:
        batch = [first]
        while len(batch) < MAX_BATCH:
            try:
                item = source.get_nowait()
            except queue.Empty:
                break
            if item is None:
                yield batch
                return
            batch.append(item)
        yield batch


def _fail(rows: list[Row], exc: Exception) -> None:
    for _, committed in rows:
        committed.set_exception(exc)


def _row(delivery: Delivery, sha256: str) -> dict[str, object]:
    """The `messages` row of a delivery as plain values (cheaper to build than a Message object)."""
    message_id, sender = header_summary(delivery.raw)
    return {
        "sha256": sha256,
        "size": len(delivery.raw),
        "message_id": message_id,
        "dedup_key": message_id or f"sha256:{sha256}",
        "envelope_sender": storable_text(delivery.mail_from),
        "sender": sender or storable_text(delivery.mail_from),
        "recipients": [storable_text(r) or "" for r in delivery.rcpt_tos],
        "smtp_session": delivery.smtp_session,
        "received_at": utcnow(),
        "state": "pending",
        "attempts": 0,
    }
