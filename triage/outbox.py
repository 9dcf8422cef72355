"""Queue outgoing mail in the outbox, in the caller's transaction (CONTRACT §2a headers).

The message is built once, with its final Message-ID, and stored as bytes: a retry sends exactly the
same message, so a relay (or the recipient) can recognise a duplicate. Headers are set through
email.message.EmailMessage with the SMTP policy, which refuses CR or LF in a header value: text from
an incoming mail can never add a header of its own.
"""

from __future__ import annotations

import email.policy
import email.utils
import functools
from dataclasses import dataclass
from email.headerregistry import BaseHeader, HeaderRegistry
from email.message import EmailMessage

from sqlmodel import Session

from models.tables import AuditEvent
from models.workflow import OutboxMessage
from triage.replies import Rendered
from triage.threading import new_message_id

# Replies a machine sends without a person deciding to: RFC 3834 auto-replied.
AUTOMATIC_KINDS = frozenset({"missing-info", "forward", "acknowledgement", "out-of-hours", "escalation"})
MAX_REFERENCES = 20


class _CachingRegistry(HeaderRegistry):
    """The standard header classes and parsing, done once where the stdlib repeats it: its registry
    makes a new class on every lookup (twice per header: to parse and to fold), and most of our
    headers are the same in every message (From, X-Loop, the kind, the MIME headers)."""

    @functools.cache  # noqa: B019 - one instance, alive as long as the module
    def __getitem__(self, name: str) -> type[BaseHeader]:
        return super().__getitem__(name)

    @functools.lru_cache(maxsize=256)  # noqa: B019 - as above
    def __call__(self, name: str, value: str) -> BaseHeader:
        # A parsed header is immutable (a str with its parse tree), so one can stand in several messages.
        return super().__call__(name, value)


POLICY = email.policy.SMTP.clone(header_factory=_CachingRegistry())


@dataclass(frozen=True)
class Mailer:
    sender: str  # From:, FRONTDOOR_FROM
    secret: bytes  # signs the referral token in our Message-IDs

    @property
    def domain(self) -> str:
        return self.sender.rsplit("@", 1)[-1] or "localhost"


def build_message(mailer: Mailer, *, kind: str, referral_id: int | None, to: list[str], rendered: Rendered,
                  answers: str | None = None, references: list[str] | tuple[str, ...] = (),
                  original: bytes | None = None) -> EmailMessage:
    msg = EmailMessage(policy=POLICY)
    msg["From"] = mailer.sender
    msg["To"] = ", ".join(to)
    msg["Subject"] = rendered.subject
    msg["Date"] = email.utils.formatdate(localtime=False)
    msg["Message-ID"] = new_message_id(mailer.secret, referral_id, kind, mailer.domain)
    msg["X-Frontdoor-Kind"] = kind
    if referral_id is not None:
        msg["X-Frontdoor-Referral"] = str(referral_id)
    if answers:
        msg["In-Reply-To"] = answers
    chain = [*references, answers] if answers and answers not in references else list(references)
    if chain:
        msg["References"] = " ".join(chain[-MAX_REFERENCES:])
    if kind in AUTOMATIC_KINDS:
        msg["Auto-Submitted"] = "auto-replied"
    # Ask Exchange not to answer us with out-of-office or read receipts; X-Loop lets us spot our own mail.
    msg["X-Auto-Response-Suppress"] = "All"
    msg["X-Loop"] = mailer.sender
    msg.set_content(rendered.body)
    if original is not None:
        msg.add_attachment(original, maintype="application", subtype="octet-stream",
                           filename="original-email.eml")
    return msg


def queue_mail(session: Session, mailer: Mailer, *, kind: str, referral_id: int | None, to: list[str],
               rendered: Rendered, answers: str | None = None, references: list[str] | tuple[str, ...] = (),
               original: bytes | None = None, actor: str = "system") -> OutboxMessage:
    """Add the message to the outbox; it is sent only if the caller's transaction commits."""
    recipients = list(dict.fromkeys(a.strip() for a in to if a and a.strip()))
    if not recipients:
        raise ValueError(f"{kind} mail with no recipient")
    msg = build_message(mailer, kind=kind, referral_id=referral_id, to=recipients, rendered=rendered,
                        answers=answers, references=references, original=original)
    row = OutboxMessage(message_id=str(msg["Message-ID"]), referral_id=referral_id, kind=kind,
                        sender=mailer.sender, recipients=recipients, subject=rendered.subject,
                        raw=msg.as_bytes())
    session.add(row)
    # Named by Message-ID rather than row id: no flush needed here, the caller's commit writes both.
    session.add(AuditEvent(referral_id=referral_id, actor=actor, action="mail_queued",
                           detail={"kind": kind, "message_id": row.message_id,
                                   "recipients": len(recipients)}))
    return row
