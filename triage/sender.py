"""The outbox delivery worker: hands queued mail to FRONTDOOR_RELAY_HOST.

A claim takes a batch and stamps `next_attempt_at` a lease ahead (SKIP LOCKED on PostgreSQL); the
batch goes over one SMTP connection, outside any transaction; the results are written in one more.
Temporary failures (4xx, relay down) are retried with growing delays for up to five days; permanent
ones (5xx) are marked failed and shown in the API. With no relay configured nothing is sent and nothing
is lost: mail stays queued.
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
class Outgoing:
    id: int
    sender: str
    recipients: list[str]
    raw: bytes


# Per message: the recipients the relay refused (accepted by the others), or why nothing was sent.
Result = dict[str, tuple[int, bytes]] | BaseException


@dataclass(frozen=True)
class Relay:
    host: str
    port: int = 25
    timeout: float = SMTP_TIMEOUT_SECONDS
    # Quick reconnects inside one round, for a relay that drops a connection now and then.
    quick_retries: int = 2

    def send_batch(self, batch: list[Outgoing]) -> dict[int, Result]:
        results: dict[int, Result] = {}
        retrying = Retrying(stop=stop_after_attempt(1 + self.quick_retries),
                            wait=wait_exponential(multiplier=0.2, max=2),
                            retry=retry_if_exception(_connection_dropped), reraise=True)
        try:
            for attempt in retrying:
                with attempt, smtplib.SMTP(self.host, self.port, timeout=self.timeout) as smtp:
                    for item in batch:
                        if item.id not in results:
                            results[item.id] = _send_one(smtp, item)
        except (OSError, smtplib.SMTPException) as exc:
            # The connection failed: whatever was not sent is retried later.
            for item in batch:
                results.setdefault(item.id, exc)
        return results


def _connection_dropped(exc: BaseException) -> bool:
    return isinstance(exc, ConnectionError | socket.timeout | smtplib.SMTPServerDisconnected)


def _send_one(smtp: smtplib.SMTP, item: Outgoing) -> Result:
    try:
        return smtp.sendmail(item.sender, item.recipients, item.raw)
    except (smtplib.SMTPRecipientsRefused, smtplib.SMTPSenderRefused, smtplib.SMTPDataError) as exc:
        return exc  # this message only; the connection carries on (smtplib has sent RSET)


def delay_after(attempts: int) -> timedelta:
    return min(LONGEST_DELAY, FIRST_DELAY * (2 ** max(0, attempts - 1)))


class Sender:
    def __init__(self, sessions: sessionmaker[Session], relay: Relay | None, *,
                 clock: Callable[[], datetime] = _now) -> None:
        self.sessions = sessions
        self.relay = relay
        self.clock = clock

    def claim(self, limit: int = BATCH) -> list[Outgoing]:
        now = self.clock()
        with self.sessions() as session:
            rows = list(session.exec(
                select(OutboxMessage)
                .where(OutboxMessage.status == "queued", OutboxMessage.next_attempt_at <= now)
                .order_by(OutboxMessage.id).limit(limit).with_for_update(skip_locked=True)).all())
            batch = [Outgoing(r.id, r.sender, list(r.recipients), r.raw) for r in rows if r.id is not None]
            for row in rows:
                row.next_attempt_at = now + LEASE
            session.commit()
        return batch

    def run_once(self) -> int:
        """Send what is due; returns how many messages were tried."""
        if self.relay is None:
            return 0
        batch = self.claim()
        if batch:
            self.record(self.relay.send_batch(batch))
        return len(batch)

    def run(self, stop: threading.Event, wake: threading.Event, idle_seconds: float = 1.0) -> None:
        if self.relay is None:
            log.warning("sender.no_relay", detail="FRONTDOOR_RELAY_HOST unset: outgoing mail stays queued")
            return
        while not stop.is_set():
            try:
                tried = self.run_once()
            except Exception:
                log.exception("sender.round_failed")
                tried = 0
            if not tried:
                wake.wait(idle_seconds)
                wake.clear()

    def record(self, results: dict[int, Result]) -> None:
        now = self.clock()
        with self.sessions() as session:
            for outbox_id, result in results.items():
                row = session.get(OutboxMessage, outbox_id)
                if row is None or row.status != "queued":
                    continue
                row.attempts += 1
                if isinstance(result, BaseException):
                    self._failed(session, row, result, now)
                else:
                    row.status, row.sent_at = "sent", now
                    row.last_error = f"refused by relay: {sorted(result)}" if result else None
                    detail = {"outbox": row.id, "kind": row.kind, "refused": len(result)}
                    session.add(AuditEvent(referral_id=row.referral_id, actor="sender", action="mail_sent",
                                           detail=detail))
            session.commit()
        log.info("sender.round", tried=len(results),
                 sent=sum(not isinstance(r, BaseException) for r in results.values()))

    @staticmethod
    def _failed(session: Session, row: OutboxMessage, exc: BaseException, now: datetime) -> None:
        row.last_error = f"{type(exc).__name__}: {exc}"[:2000]
        expired = now - as_utc(row.created_at) >= GIVE_UP_AFTER
        if _is_transient(exc) and not expired:
            row.next_attempt_at = now + delay_after(row.attempts)
            return
        row.status = "failed"
        reason = "gave up after 5 days" if expired else "refused permanently"
        session.add(AuditEvent(referral_id=row.referral_id, actor="sender", action="mail_failed",
                               detail={"outbox": row.id, "kind": row.kind, "error": row.last_error,
                                       "reason": reason}))
