"""What advisors and managers do to a referral, each step audited and guarded by the referral's version.

The API routes and the web forms both call these functions, so a step behaves the same whichever way
it is taken. Every change bumps `ReferralWork.version` with a compare-and-set, so two people acting on
the same version cannot silently overwrite each other: the second gets 412 and reloads.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, NoReturn

from sqlalchemy import and_, insert, update
from sqlalchemy.orm import sessionmaker
from sqlmodel import Session, select

from api.auth import Principal
from api.facts import BY_PATH, MISSING_FIELD, corrected, get_path, parse_value
from api.problems import Problem
from models.casework import Correction, MissingResolution, ReferralWork
from models.tables import AuditEvent, Message, Referral
from models.users import User
from triage.chain import ChainConfig
from triage.lifecycle import queue_feedback, queue_missing_request
from triage.worker import reprocess

DECISIONS: dict[str, str] = {
    "nfa": "No further action",
    "information_advice": "Information and advice",
    "early_help": "Early Help",
    "child_and_family_assessment": "Child and family assessment",
    "strategy_discussion_s47": "Strategy discussion / section 47",
    "passed_to_allocated_worker": "Passed to allocated worker",
}

# Referral.status values this module moves a referral into (the workflow owns the earlier ones).
STATUS_DECIDED = "decision_recorded"
STATUS_ESCALATED = "escalated"
STATUS_CLOSED = "closed"


def utcnow() -> datetime:
    return datetime.now(UTC)


def audit(session: Session, referral_id: int | None, actor: str, action: str, **detail: Any) -> None:
    session.add(AuditEvent(referral_id=referral_id, actor=actor, action=action, detail=detail))


def load_referral(session: Session, referral_id: int) -> Referral:
    referral = session.get(Referral, referral_id)
    if referral is None:
        raise Problem(404, f"No referral {referral_id}")
    return referral


def load_work(session: Session, referral_id: int) -> ReferralWork:
    return session.get(ReferralWork, referral_id) or ReferralWork(referral_id=referral_id, version=0)


def etag(work: ReferralWork) -> str:
    return f'"v{work.version}"'


def version_from(if_match: str | None, form_version: str | None) -> int:
    """The version the caller last saw: the If-Match header (API) or the form's hidden field (web)."""
    raw = if_match or (f'"v{form_version}"' if form_version else None)
    if raw is None:
        raise Problem(428, "Send If-Match with the ETag of the referral you read, so changes are not lost")
    text = raw.strip().removeprefix("W/").strip('"')
    if not (text.startswith("v") and text[1:].isdigit()):
        raise Problem(412, "If-Match does not name a version of this referral: reload it")
    return int(text[1:])


def begin_change(session: Session, referral_id: int, seen_version: int) -> tuple[Referral, ReferralWork]:
    """Claims the next version of the referral or raises 412 if someone else changed it first."""
    referral = load_referral(session, referral_id)
    if session.get(ReferralWork, referral_id) is None:
        session.execute(insert(ReferralWork).values(referral_id=referral_id, version=0))
    current = and_(ReferralWork.referral_id == referral_id, ReferralWork.version == seen_version)
    result = session.execute(update(ReferralWork).where(current).values(version=ReferralWork.version + 1))
    if result.rowcount != 1:
        refuse(session, 412, "Someone else changed this referral since you opened it: "
                             "reload to see their change")
    work = session.get(ReferralWork, referral_id)
    assert work is not None
    session.refresh(work)
    referral.updated_at = utcnow()
    return referral, work


def assign(session: Session, principal: Principal, referral_id: int, seen: int, user_id: int | None) -> None:
    if user_id is not None:
        user = session.get(User, user_id)
        if user is None or not user.active:
            raise Problem(422, "No such active user", [{"field": "body.user_id", "detail": "unknown user"}])
    referral, work = begin_change(session, referral_id, seen)
    work.assigned_user_id, work.assigned_at = user_id, utcnow() if user_id else None
    audit(session, referral.id, principal.name, "assigned", user_id=user_id)
    session.commit()


def correct(session: Session, principal: Principal, referral_id: int, seen: int, field: str,
            value: str | None, note: str | None) -> None:
    if field not in BY_PATH:
        raise Problem(422, f"{field!r} is not a correctable field",
                      [{"field": "body.field", "detail": "unknown field"}])
    try:
        parsed = parse_value(field, value)
    except ValueError as exc:
        raise Problem(422, f"{BY_PATH[field].label}: {exc}",
                      [{"field": "body.value", "detail": str(exc)}]) from exc
    referral, _ = begin_change(session, referral_id, seen)
    before = get_path(effective_extraction(session, referral), field)
    session.add(Correction(referral_id=referral_id, field=field, value=parsed,
                           original=get_path(referral.extraction, field), note=note, actor=principal.name))
    audit(session, referral.id, principal.name, "corrected", field=field, before=before, after=parsed)
    session.commit()


def refuse(session: Session, status: int, detail: str) -> NoReturn:
    """Undo the change begun in this transaction and answer with a problem."""
    session.rollback()
    raise Problem(status, detail)


def resolve_missing(session: Session, principal: Principal, referral_id: int, seen: int, item: str,
                    note: str | None) -> None:
    referral, _ = begin_change(session, referral_id, seen)
    if item not in outstanding_missing(session, referral):
        refuse(session, 409, f"{item!r} is not an outstanding missing item of this referral")
    session.add(MissingResolution(referral_id=referral_id, item=item, note=note, actor=principal.name))
    audit(session, referral.id, principal.name, "missing_resolved_by_phone", item=item)
    session.commit()


def ask_again(session: Session, principal: Principal, referral_id: int, seen: int, items: list[str],
              config: ChainConfig) -> None:
    """Queues a `missing-info` mail naming `items` to the referrer, in the same transaction."""
    referral, _ = begin_change(session, referral_id, seen)
    outstanding = outstanding_missing(session, referral)
    unknown = [i for i in items if i not in outstanding]
    if not items or unknown:
        refuse(session, 409, "Only outstanding missing items can be asked for again")
    try:
        queue_missing_request(session, config, referral_id, items, principal.name)
    except ValueError as exc:  # no referrer to write to
        refuse(session, 409, str(exc))
    audit(session, referral.id, principal.name, "missing_asked_again", items=items, to=referral.sender)
    session.commit()


def decide(session: Session, principal: Principal, referral_id: int, seen: int, decision: str,
           reason: str) -> None:
    referral, work = begin_change(session, referral_id, seen)
    work.decision, work.decision_reason = decision, reason
    work.decided_by, work.decided_at = principal.name, utcnow()
    referral.status = STATUS_DECIDED
    audit(session, referral.id, principal.name, "decision_recorded", decision=decision, reason=reason)
    session.commit()


def escalate(session: Session, principal: Principal, referral_id: int, seen: int, reason: str) -> None:
    referral, work = begin_change(session, referral_id, seen)
    work.escalated_at = utcnow()
    referral.status = STATUS_ESCALATED
    audit(session, referral.id, principal.name, "escalated", reason=reason)
    session.commit()


def send_feedback(session: Session, principal: Principal, referral_id: int, seen: int, message: str,
                  config: ChainConfig) -> None:
    """Queues the `feedback` mail to the referrer (protocol step 7) in the same transaction."""
    referral, work = begin_change(session, referral_id, seen)
    if work.decision is None:
        refuse(session, 409, "Record a decision before sending feedback to the referrer")
    try:
        queue_feedback(session, config, referral_id, DECISIONS[work.decision], message, principal.name)
    except ValueError as exc:  # no referrer to write to
        refuse(session, 409, str(exc))
    audit(session, referral.id, principal.name, "feedback_requested", to=referral.sender)
    session.commit()


def close(session: Session, principal: Principal, referral_id: int, seen: int, reason: str) -> None:
    referral, work = begin_change(session, referral_id, seen)
    work.closed_at = utcnow()
    referral.status = STATUS_CLOSED
    audit(session, referral.id, principal.name, "closed", reason=reason)
    session.commit()


def reprocess_message(session: Session, principal: Principal, message_id: int,
                      sessions: sessionmaker[Session]) -> None:
    # The worker's own requeue, in its own transaction; ours is closed first so SQLite's lock is free.
    session.rollback()
    if reprocess(sessions, [message_id]) != [message_id]:
        raise Problem(409, f"Message {message_id} is not in quarantine")
    message = session.get(Message, message_id)
    audit(session, message.referral_id if message else None, principal.name, "reprocess_requested",
          message=message_id)
    session.commit()


def corrections_of(session: Session, referral_id: int) -> list[Correction]:
    return list(session.exec(select(Correction).where(Correction.referral_id == referral_id)
                             .order_by(Correction.id)).all())


def resolutions_of(session: Session, referral_id: int) -> list[MissingResolution]:
    return list(session.exec(select(MissingResolution).where(MissingResolution.referral_id == referral_id)
                             .order_by(MissingResolution.id)).all())


def effective(referral: Referral, corrections: list[Correction]) -> dict[str, Any]:
    return corrected(referral.extraction, [(c.field, c.value) for c in corrections])


def outstanding(referral: Referral, corrections: list[Correction],
                resolutions: list[MissingResolution]) -> list[str]:
    """Missing items not yet settled: not resolved by phone and not filled in by a correction."""
    resolved = {r.item for r in resolutions}
    extraction = effective(referral, corrections)
    corrected_fields = {c.field for c in corrections}
    return [item for item in referral.missing
            if item not in resolved
            and not (MISSING_FIELD.get(item) in corrected_fields
                     and get_path(extraction, MISSING_FIELD[item]) not in (None, "", [], "not_stated"))]


def effective_extraction(session: Session, referral: Referral) -> dict[str, Any]:
    return effective(referral, corrections_of(session, referral.id))


def outstanding_missing(session: Session, referral: Referral) -> list[str]:
    return outstanding(referral, corrections_of(session, referral.id), resolutions_of(session, referral.id))
