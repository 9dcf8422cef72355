"""The outbox delivery worker: hands queued mail to FRONTDOOR_RELAY_HOST.

A claim stamps `next_attempt_at` a lease ahead (SKIP LOCKED on PostgreSQL), the SMTP conversation runs
outside any transaction, and the result is written straight after. Temporary failures (4xx, relay
down) are retried with growing delays for up to five days; permanent ones (5xx) are marked failed and
shown in the API. With no relay configured nothing is sent and nothing is lost: mail stays queued.
Each message keeps the Message-ID it was built with, so a retry after a crash is the same message.
"""

from __future__ import annotations

import smtplib
import socket
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import structlog
from sqlalchemy import update
from sqlalchemy.orm import sessionmaker
from sqlmodel import Session, select
from tenacity import Retrying, retry_if_exception, stop_after_attempt, wait_exponential

from models.tables import AuditEvent
from models.workflow import OutboxMessage
from triage.clocks import as_utc

log = structlog.get_logger(__name__)

GIVE_UP_AFTER = timedelta(days=5)
LEASE = timedelta(minutes=5)
FIRST_DELAY = timedelta(seconds=30)
LONGEST_DELAY = timedelta(hours=1)
BATCH = 20
SMTP_TIMEOUT_SECONDS = 30.0


def _now() -> datetime:
    return datetime.now(UTC)


def _is_transient(exc: BaseException) -> bool:
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return any(code < 500 for code, _ in exc.recipients.values())
    if isinstance(exc, smtplib.SMTPResponseException):
        return exc.smtp_code < 500
    return isinstance(exc, OSError | smtplib.SMTPException)


@dataclass(frozen=True)
class Relay:
    host: str
    port: int = 25
    timeout: float = SMTP_TIMEOUT_SECONDS
    # Quick retries inside one attempt, for a relay that drops a connection now and then.
    quick_retries: int = 2

    def send(self, sender: str, recipients: list[str], raw: bytes) -> dict[str, tuple[int, bytes]]:
        retrying = Retrying(stop=stop_after_attempt(1 + self.quick_retries),
                            wait=wait_exponential(multiplier=0.2, max=2), retry=retry_if_exception(
                                lambda e: isinstance(e, ConnectionError | socket.timeout)), reraise=True)
        for attempt in retrying:
            with attempt, smtplib.SMTP(self.host, self.port, timeout=self.timeout) as smtp:
                return smtp.sendmail(sender, recipients, raw)
        raise AssertionError("unreachable")


def delay_after(attempts: int) -> timedelta:
    return min(LONGEST_DELAY, FIRST_DELAY * (2 ** max(0, attempts - 1)))


class Sender:
    def __init__(self, sessions: sessionmaker[Session], relay: Relay | None, *,
                 clock: Callable[[], datetime] = _now) -> None:
        self.sessions = sessions
        self.relay = relay
        self.clock = clock

    def claim(self, limit: int = BATCH) -> list[int]:
        now = self.clock()
        with self.sessions() as session:
            ids = [i for i in session.exec(
                select(OutboxMessage.id).where(OutboxMessage.status == "queued",
                                               OutboxMessage.next_attempt_at <= now)
                .order_by(OutboxMessage.id).limit(limit).with_for_update(skip_locked=True)).all()
                   if i is not None]
            if ids:
                session.execute(update(OutboxMessage).where(OutboxMessage.id.in_(ids))
                                .values(next_attempt_at=now + LEASE))
            session.commit()
        return ids

    def run_once(self) -> int:
        """Send what is due; returns how many messages were tried."""
        if self.relay is None:
            return 0
        ids = self.claim()
        for outbox_id in ids:
            self.deliver(outbox_id)
        return len(ids)

    def run(self, stop: threading.Event, wake: threading.Event, idle_seconds: float = 1.0) -> None:
        if self.relay is None:
            log.warning("sender.no_relay", detail="FRONTDOOR_RELAY_HOST unset: outgoing mail stays queued")
            return
        while not stop.is_set():
            try:
                tried = self.run_once()
            except Exception:
                log.exception("sender.claim_failed")
                tried = 0
            if not tried:
                wake.wait(idle_seconds)
                wake.clear()

    def deliver(self, outbox_id: int) -> str:
        assert self.relay is not None
        with self.sessions() as session:
            row = session.get(OutboxMessage, outbox_id)
            if row is None or row.status != "queued":
                return row.status if row else "missing"
            sender, recipients, raw = row.sender, list(row.recipients), row.raw
            session.commit()
        try:
            refused = self.relay.send(sender, recipients, raw)
        except Exception as exc:
            return self._failed(outbox_id, exc)
        return self._sent(outbox_id, refused)

    def _sent(self, outbox_id: int, refused: dict[str, tuple[int, bytes]]) -> str:
        with self.sessions() as session:
            row = session.get(OutboxMessage, outbox_id)
            assert row is not None
            row.status, row.sent_at, row.attempts = "sent", self.clock(), row.attempts + 1
            row.last_error = f"refused by relay: {sorted(refused)}" if refused else None
            session.add(AuditEvent(referral_id=row.referral_id, actor="sender", action="mail_sent",
                                   detail={"outbox": row.id, "kind": row.kind, "refused": len(refused)}))
            session.commit()
        log.info("sender.sent", outbox=outbox_id)
        return "sent"

    def _failed(self, outbox_id: int, exc: BaseException) -> str:
        now = self.clock()
        with self.sessions() as session:
            row = session.get(OutboxMessage, outbox_id)
            assert row is not None
            row.attempts += 1
            row.last_error = f"{type(exc).__name__}: {exc}"[:2000]
            expired = now - as_utc(row.created_at) >= GIVE_UP_AFTER
            if _is_transient(exc) and not expired:
                row.next_attempt_at = now + delay_after(row.attempts)
            else:
                row.status = "failed"
                reason = "gave up after 5 days" if expired else "refused permanently"
                session.add(AuditEvent(referral_id=row.referral_id, actor="sender", action="mail_failed",
                                       detail={"outbox": row.id, "kind": row.kind, "reason": reason,
                                               "error": row.last_error}))
            status = row.status
            session.commit()
        log.warning("sender.failed", outbox=outbox_id, status=status, attempts=row.attempts)
        return status
