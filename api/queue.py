"""The prioritised queue: filters, keyset pagination and counts per status.

Ordered by priority (highest first) then id (oldest first). The cursor is the (priority, id) of the
last row shown, so rows inserted meanwhile never shift or repeat what the next page returns.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import String, cast, func, or_
from sqlmodel import Session, select

from api.cursors import decode_cursor, encode_cursor, iso
from models.casework import ReferralWork
from models.tables import Message, Referral
from models.users import User
from models.workflow import CaseRecord, ReferralTriage

# Statuses that no longer need the front door; the queue hides them unless asked for by status.
FINISHED = ("closed",)


@dataclass(frozen=True)
class QueueFilters:
    status: str | None = None
    team: str | None = None
    assigned: str | None = None  # a username, "me" or "nobody"
    overdue: bool | None = None
    has_missing: bool | None = None
    received_from: date | None = None
    received_to: date | None = None
    q: str | None = None


def _conditions(filters: QueueFilters, me: str, now: datetime) -> list[Any]:
    conditions: list[Any] = []
    if filters.status:
        conditions.append(Referral.status == filters.status)
    else:
        conditions.append(Referral.status.not_in(FINISHED))
    if filters.team:
        conditions.append(CaseRecord.team == filters.team)
    if filters.assigned == "nobody":
        conditions.append(ReferralWork.assigned_user_id.is_(None))
    elif filters.assigned:
        username = me if filters.assigned == "me" else filters.assigned.lower()
        conditions.append(ReferralWork.assigned_user_id.in_(select(User.id).where(User.username == username)))
    if filters.overdue is not None:
        late = ReferralTriage.decision_due_at < now
        conditions.append(late if filters.overdue else or_(~late, ReferralTriage.decision_due_at.is_(None)))
    if filters.has_missing is not None:
        empty = cast(Referral.missing, String) == "[]"
        conditions.append(~empty if filters.has_missing else empty)
    if filters.received_from:
        conditions.append(Referral.created_at >= datetime.combine(filters.received_from, time(), UTC))
    if filters.received_to:
        end = datetime.combine(filters.received_to + timedelta(days=1), time(), UTC)
        conditions.append(Referral.created_at < end)
    if filters.q:
        pattern = f"%{filters.q.strip().lower()}%"
        conditions.append(or_(func.lower(Referral.subject).like(pattern),
                              func.lower(Referral.sender).like(pattern),
                              func.lower(cast(Referral.extraction, String)).like(pattern)))
    return conditions


def _joined(query: Any) -> Any:
    return (query.join(ReferralWork, ReferralWork.referral_id == Referral.id, isouter=True)
            .join(ReferralTriage, ReferralTriage.referral_id == Referral.id, isouter=True)
            .join(CaseRecord, CaseRecord.case_ref == ReferralTriage.case_ref, isouter=True))


def _rows() -> Any:
    """Each row: (referral, work row, triage row, case record, first received, assignee username);
    the joined rows may be None."""
    first_received = (select(func.min(Message.received_at)).where(Message.referral_id == Referral.id)
                      .correlate(Referral).scalar_subquery())
    return (_joined(select(Referral, ReferralWork, ReferralTriage, CaseRecord, first_received, User.username))
            .join(User, User.id == ReferralWork.assigned_user_id, isouter=True))


def queue_row(session: Session, referral_id: int) -> Any:
    return session.exec(_rows().where(Referral.id == referral_id)).first()


def queue_page(session: Session, filters: QueueFilters, me: str, cursor: str | None,
               limit: int) -> tuple[list[Any], str | None]:
    """One page of the queue and the next cursor.

    Two steps: the page's ids first (walking the priority index), then the rows for just those ids, so the
    per-row work (first received time) is never done for rows the page does not show."""
    conditions = _conditions(filters, me, datetime.now(UTC))
    query = (_joined(select(Referral.id, Referral.priority)).where(*conditions)
             .order_by(Referral.priority.desc(), Referral.id))
    if cursor:
        priority, last_id = decode_cursor(cursor, 2)
        # The leading `priority <= p` lets the index scan start at the cursor instead of the top.
        query = query.where(Referral.priority <= priority,
                            or_(Referral.priority < priority, Referral.id > last_id))
    keys = list(session.exec(query.limit(limit + 1)).all())
    shown = [key.id for key in keys[:limit]]
    found = session.exec(_rows().where(Referral.id.in_(shown))).all() if shown else []
    by_id = {row[0].id: row for row in found}
    rows = [by_id[i] for i in shown if i in by_id]
    if len(keys) <= limit:
        return rows, None
    return rows, encode_cursor(keys[limit - 1].priority, keys[limit - 1].id)


def status_counts(session: Session) -> dict[str, int]:
    rows = session.exec(select(Referral.status, func.count()).group_by(Referral.status)).all()
    return {status: count for status, count in rows}


def queue_item(row: Any, now: datetime) -> dict[str, Any]:
    """CONTRACT §2 fields (kept exactly) plus what the advisor's queue shows."""
    referral, work, triage, case, received_at, assignee = row
    due = triage.decision_due_at if triage else None
    due = due.replace(tzinfo=UTC) if due is not None and due.tzinfo is None else due
    return {"id": referral.id, "message_id": referral.message_id, "received_at": iso(received_at),
            "sender": referral.sender, "subject": referral.subject, "status": referral.status,
            "priority": referral.priority, "priority_reasons": referral.priority_reasons,
            "missing": referral.missing, "extraction": referral.extraction,
            "created_at": iso(referral.created_at), "updated_at": iso(referral.updated_at),
            "assigned_to": assignee, "due_at": iso(due), "overdue": due is not None and due < now,
            "team": case.team if case else None, "case_ref": triage.case_ref if triage else None,
            "decision": work.decision if work else None, "version": work.version if work else 0}
