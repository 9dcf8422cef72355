"""The durable write behind a 250: raw bytes to the spool, then a `pending` row, committed."""

from __future__ import annotations

from dataclasses import dataclass
from email.parser import BytesHeaderParser
from email.policy import compat32
from email.utils import parseaddr

from sqlalchemy.orm import sessionmaker
from sqlmodel import Session

from intake.spool import Spool
from models.tables import Message

MAX_HEADER_CHARS = 998


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
        with self.sessions() as session:
            session.add(row)
            session.commit()
            assert row.id is not None
            return row.id
