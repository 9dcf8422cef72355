"""SMTP policy for the front-door inbox, on aiosmtpd.

The handler decides and nothing more: is the recipient ours (else 550 5.1.1, never an open
relay), is the message within SIZE (else 552 5.3.4), and is it durable (250 only after the raw
bytes and their row are committed, else 451 4.3.0 so that the sender retries).
"""

from __future__ import annotations

import asyncio
import secrets
import socket
import ssl
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import structlog
from aiosmtpd.smtp import SMTP, Envelope, Session, syntax

from intake.store import Delivery
from models.metrics import INTAKE_WRITE_SECONDS, MESSAGES_ACCEPTED, MESSAGES_REJECTED

log = structlog.get_logger(__name__)

SIZE_REFUSAL = "552 5.3.4 Message size exceeds fixed maximum message size"
# aiosmtpd's own size refusals carry no enhanced status code (RFC 3463); they are replaced by SIZE_REFUSAL.
# A line can only be "too long" when it is longer than the whole size limit (see IntakeSMTP).
_AIOSMTPD_SIZE_REFUSALS = frozenset({
    "552 Error: message size exceeds fixed maximum message size",
    "552 Error: Too much mail data",
    "500 Line too long (see RFC5321 4.5.3.1.6)",
})


class IntakeHandler:
    def __init__(self, inbox: frozenset[str], submit: Callable[[Delivery], Future[int]],
                 on_accepted: Callable[[], None] = lambda: None) -> None:
        self.inbox = frozenset(a.lower() for a in inbox)
        # Queues the durable write (intake.store.MessageStore.submit); the future resolves once it is done.
        self.submit = submit
        self.on_accepted = on_accepted
        self.closing = False

    async def handle_MAIL(self, server: IntakeSMTP, session: Session, envelope: Envelope,
                          address: str, mail_options: list[str]) -> str:
        if self.closing:
            return "421 4.3.2 Service shutting down, try again later"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 2.1.0 OK"

    async def handle_RCPT(self, server: IntakeSMTP, session: Session, envelope: Envelope,
                          address: str, rcpt_options: list[str]) -> str:
        if address.lower() not in self.inbox:
            MESSAGES_REJECTED.labels("recipient").inc()
            log.info("smtp.rcpt_refused", smtp_session=server.session_id)
            return "550 5.1.1 Recipient address rejected: not a front-door inbox"
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server: IntakeSMTP, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or b""
        delivery = Delivery(envelope.mail_from, tuple(envelope.rcpt_tos), raw, server.session_id)
        try:
            with INTAKE_WRITE_SECONDS.time():
                row_id = await asyncio.wrap_future(self.submit(delivery))
        except Exception:
            MESSAGES_REJECTED.labels("storage").inc()
            log.exception("smtp.store_failed", smtp_session=server.session_id, size=len(raw))
            return "451 4.3.0 Message not stored, please try again later"
        MESSAGES_ACCEPTED.inc()
        log.info("smtp.accepted", smtp_session=server.session_id, message=row_id, size=len(raw))
        self.on_accepted()
        return f"250 2.0.0 OK queued as {row_id}"


class IntakeSMTP(SMTP):
    """aiosmtpd's protocol with our line and size rules, and a record of DATA in progress."""

    def __init__(self, handler: IntakeHandler, tracker: SessionTracker, *, max_message_bytes: int,
                 tls_context: ssl.SSLContext | None = None, **kwargs: Any) -> None:
        # Only the total size is limited (CONTRACT FRONTDOOR_MAX_MESSAGE_BYTES): real Outlook mail
        # has lines longer than RFC 5321's 1000 octets, and Postfix accepts them.
        self.line_length_limit = max_message_bytes
        super().__init__(handler, data_size_limit=max_message_bytes, enable_SMTPUTF8=True,
                         decode_data=False, tls_context=tls_context, ident="Front Door ESMTP", **kwargs)
        self.tracker = tracker
        self.session_id = secrets.token_hex(6)

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.tracker.connections.add(self)
        super().connection_made(transport)

    def connection_lost(self, exc: Exception | None) -> None:
        self.tracker.connections.discard(self)
        super().connection_lost(exc)

    async def push(self, status: str) -> None:
        if status in _AIOSMTPD_SIZE_REFUSALS:
            MESSAGES_REJECTED.labels("size").inc()
            status = SIZE_REFUSAL
        await super().push(status)

    @syntax("DATA")
    async def smtp_DATA(self, arg: str) -> None:
        self.tracker.in_data += 1
        try:
            await super().smtp_DATA(arg)
        finally:
            self.tracker.in_data -= 1


class SessionTracker:
    """Open SMTP connections and how many are inside DATA, for a graceful shutdown."""

    def __init__(self) -> None:
        self.connections: set[IntakeSMTP] = set()
        self.in_data = 0

    async def drain(self, grace_seconds: float) -> None:
        """Wait (bounded) for DATA in progress to finish, then close every connection."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + grace_seconds
        while self.in_data and loop.time() < deadline:
            await asyncio.sleep(0.05)
        for protocol in list(self.connections):
            if protocol.transport is not None:
                protocol.transport.close()


def tls_context(cert: Path, key: Path) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    return context


async def start_smtp_server(handler: IntakeHandler, tracker: SessionTracker, host: str, port: int, *,
                            max_message_bytes: int, tls: ssl.SSLContext | None = None) -> asyncio.Server:
    loop = asyncio.get_running_loop()
    # Looked up once: aiosmtpd would otherwise call getfqdn() (a DNS query) for every connection.
    hostname = await asyncio.to_thread(socket.getfqdn)
    return await loop.create_server(
        lambda: IntakeSMTP(handler, tracker, max_message_bytes=max_message_bytes, tls_context=tls,
                           hostname=hostname),
        host=host, port=port)
