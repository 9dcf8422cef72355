"""Everything an advisor sees about one referral, assembled from the tables and the raw message.

The text shown is the same text the extraction's spans index (intake.mime.parse_message), so the
highlights land on the words they were read from.
"""

from __future__ import annotations

import email
import email.policy
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from email.message import EmailMessage
from functools import lru_cache
from pathlib import Path
from typing import Any

import nh3
from sqlmodel import Session, select

from api.casework import (
    DECISIONS,
    corrections_of,
    effective,
    etag,
    load_work,
    outstanding,
    resolutions_of,
)
from api.cursors import iso
from api.problems import Problem
from api.queue import queue_item, queue_row
from intake.mime import ParsedMessage, parse_message
from intake.spool import Spool
from models.tables import AuditEvent, Message
from models.workflow import CaseRecord, OutboxMessage, ReferralTriage


def _first_message(session: Session, referral_id: int) -> Message | None:
    return session.exec(
        select(Message)
        .where(Message.referral_id == referral_id)
        .order_by(Message.received_at, Message.id)
        .limit(1)
    ).first()


def _read(spool: Spool, message: Message | None) -> bytes | None:
    if message is None:
        return None
    try:
        return spool.read(message.sha256)
    except FileNotFoundError:
        return None  # past the retention period: the facts remain, the raw text is gone


def attachment_parts(raw: bytes) -> list[EmailMessage]:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return [
        part
        for part in message.walk()
        if not part.is_multipart() and (part.get_filename() or part.get_content_disposition() == "attachment")
    ]


def attachment_meta(parts: list[EmailMessage]) -> list[dict[str, Any]]:
    return [
        {
            "index": i,
            "filename": p.get_filename() or f"attachment-{i}",
            "content_type": p.get_content_type(),
            "size": len(p.get_payload(decode=True) or b""),
        }
        for i, p in enumerate(parts)
    ]


def attachment(session: Session, spool: Spool, referral_id: int, index: int) -> tuple[str, str, bytes]:
    raw = _read(spool, _first_message(session, referral_id))
    parts = attachment_parts(raw) if raw else []
    if not 0 <= index < len(parts):
        raise Problem(404, f"Referral {referral_id} has no attachment {index}")
    part = parts[index]
    return (
        part.get_filename() or f"attachment-{index}",
        part.get_content_type(),
        part.get_payload(decode=True) or b"",
    )


def sanitised_html(session: Session, spool: Spool, referral_id: int, own: frozenset[str]) -> str:
    first = reading(spool, _first_message(session, referral_id), own)
    parsed = first.parsed if first else None
    if parsed is None or not parsed.html:
        raise Problem(404, f"Referral {referral_id} has no HTML original")
    # nh3 drops scripts, event handlers and javascript: URLs; the page serving it adds a sandbox CSP too.
    return nh3.clean(parsed.html)


@dataclass(frozen=True)
class Reading:
    parsed: ParsedMessage
    attachments: list[dict[str, Any]]


@lru_cache(maxsize=128)
def _reading(root: Path, sha256: str, own: frozenset[str]) -> Reading:
    raw = Spool(root).read(sha256)
    return Reading(parse_message(raw, own_addresses=own), attachment_meta(attachment_parts(raw)))


def reading(spool: Spool, message: Message | None, own: frozenset[str]) -> Reading | None:
    """The parsed message; raw mail is content-addressed and never changes, so parses are reused."""
    # Checked every time so that a message purged at the end of its retention is not shown from memory.
    if message is None or not spool.path_for(message.sha256).exists():
        return None
    try:
        return _reading(spool.root, message.sha256, own)
    except FileNotFoundError:
        return None


def referral_detail(session: Session, spool: Spool, referral_id: int, own: frozenset[str]) -> dict[str, Any]:
    row = queue_row(session, referral_id)
    if row is None:
        raise Problem(404, f"No referral {referral_id}")
    referral, _, triage, case, _, _ = row
    work = load_work(session, referral_id)
    messages = list(
        session.exec(
            select(Message)
            .where(Message.referral_id == referral_id)
            .order_by(Message.received_at, Message.id)
        ).all()
    )
    first = reading(spool, messages[0] if messages else None, own)
    parsed = first.parsed if first else None
    corrections, resolutions = corrections_of(session, referral_id), resolutions_of(session, referral_id)
    thread = []
    for message in messages[1:]:
        later = reading(spool, message, own)
        follow_up = later.parsed if later else None
        thread.append(
            {
                "id": message.id,
                "message_id": message.message_id,
                "received_at": iso(message.received_at),
                "sender": message.sender,
                "state": message.state,
                "text": follow_up.text if follow_up else None,
            }
        )
    outbox = session.exec(
        select(OutboxMessage).where(OutboxMessage.referral_id == referral_id).order_by(OutboxMessage.id)
    ).all()
    trail = session.exec(
        select(AuditEvent).where(AuditEvent.referral_id == referral_id).order_by(AuditEvent.id)
    ).all()
    return {
        "referral": queue_item(row, datetime.now(UTC)),
        "etag": etag(work),
        "version": work.version,
        "extraction": referral.extraction,
        "effective_extraction": effective(referral, corrections),
        "corrections": [
            {
                "field": c.field,
                "value": c.value,
                "original": c.original,
                "note": c.note,
                "actor": c.actor,
                "at": iso(c.at),
            }
            for c in corrections
        ],
        "missing": referral.missing,
        "outstanding_missing": outstanding(referral, corrections, resolutions),
        "resolutions": [
            {"item": r.item, "note": r.note, "actor": r.actor, "at": iso(r.at)} for r in resolutions
        ],
        "text": parsed.text if parsed else None,
        "spans": referral.extraction.get("spans", []),
        "segments": [asdict(s) for s in parsed.segments] if parsed else [],
        "html_available": bool(parsed and parsed.html),
        "attachments": first.attachments if first else [],
        "thread": thread,
        "outbox": [
            {
                "id": o.id,
                "kind": o.kind,
                "recipients": o.recipients,
                "subject": o.subject,
                "status": o.status,
                "created_at": iso(o.created_at),
                "sent_at": iso(o.sent_at),
                "last_error": o.last_error,
            }
            for o in outbox
        ],
        "audit": [{"at": iso(e.at), "actor": e.actor, "action": e.action, "detail": e.detail} for e in trail],
        "case": _case(case, triage),
        "clocks": {
            "received_at": iso(triage.received_at) if triage else None,
            "decision_due_at": iso(triage.decision_due_at) if triage else None,
            "follow_up_due_at": iso(triage.follow_up_due_at) if triage else None,
            "out_of_hours": triage.out_of_hours if triage else None,
        },
        "conflicts": triage.conflicts if triage else [],
        "decision": {
            "decision": work.decision,
            "label": DECISIONS.get(work.decision or ""),
            "reason": work.decision_reason,
            "by": work.decided_by,
            "at": iso(work.decided_at),
        },
    }


def _case(case: CaseRecord | None, triage: ReferralTriage | None) -> dict[str, Any] | None:
    if triage is None or (case is None and not triage.match):
        return None
    return {
        "case_ref": triage.case_ref,
        "match": triage.match,
        "child_name": case.child_name if case else None,
        "allocated_worker": case.allocated_worker if case else None,
        "team": case.team if case else None,
        "status": case.status if case else None,
        "routed_to": triage.routed_to,
    }
