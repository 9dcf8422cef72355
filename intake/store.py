"""The durable write behind a 250: raw bytes to the spool, then a `pending` row, committed.

Each delivery's bytes are written and fsync'd by the calling thread, so concurrent sessions sync
in parallel (the filesystem journal merges their flushes). Rows are committed by one committer
thread in batches: every delivery waiting at that moment shares one transaction, so a busy intake
pays for one database sync per batch rather than per message (group commit). `accept` returns only
once its own bytes are durable and its own row is committed.
"""

from __future__ import annotations

import queue
import threading
from concurrent.futures import Future
from dataclasses import dataclass
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import parseaddr

from sqlalchemy.orm import sessionmaker
from sqlmodel import Session

from intake.spool import Spool
from models.tables import Message

MAX_HEADER_CHARS = 998
MAX_BATCH = 256


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


class MessageStore:
    def __init__(self, sessions: sessionmaker[Session], spool: Spool) -> None:
        self.sessions = sessions
        self.spool = spool
        self._pending: queue.SimpleQueue[tuple[Message, Future[int]] | None] = queue.SimpleQueue()
        self._committer: threading.Thread | None = None
        self._start_lock = threading.Lock()

    def accept(self, delivery: Delivery) -> int:
        """Make the delivery durable and return the message row id. Raises if anything is not on disk."""
        sha256 = self.spool.write(delivery.raw)
        message_id, sender = header_summary(delivery.raw)
        row = Message(
            sha256=sha256,
            size=len(delivery.raw),
            message_id=message_id,
            dedup_key=message_id or f"sha256:{sha256}",
            envelope_sender=storable_text(delivery.mail_from),
            sender=sender or storable_text(delivery.mail_from),
            recipients=[storable_text(r) or "" for r in delivery.rcpt_tos],
            smtp_session=delivery.smtp_session,
        )
        committed: Future[int] = Future()
        self._ensure_committer()
        self._pending.put((row, committed))
        return committed.result()

    def close(self) -> None:
        """Commit what is queued, then stop the committer thread."""
        if self._committer is not None:
            self._pending.put(None)
            self._committer.join()
            self._committer = None

    def _ensure_committer(self) -> None:
        with self._start_lock:
            if self._committer is None:
                self._committer = threading.Thread(target=self._commit_batches, name="intake-commit",
                                                   daemon=True)
                self._committer.start()

    def _commit_batches(self) -> None:
        stopping = False
        while not stopping:
            first = self._pending.get()
            if first is None:
                return
            batch = [first]
            while len(batch) < MAX_BATCH:
                try:
                    item = self._pending.get_nowait()
                except queue.Empty:
                    break
                if item is None:
                    stopping = True
                    break
                batch.append(item)
            self._commit(batch)

    def _commit(self, batch: list[tuple[Message, Future[int]]]) -> None:
        try:
            with self.sessions() as session:
                session.add_all([row for row, _ in batch])
                session.commit()
        except Exception as exc:
            # Nothing of this batch is committed: every sender in it gets 451 and retries.
            for _, committed in batch:
                committed.set_exception(exc)
            return
        for row, committed in batch:
            assert row.id is not None
            committed.set_result(row.id)
