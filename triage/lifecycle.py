"""Steps in a referral's life after the chain: feedback to the referrer once a decision is recorded
(protocol step 7), an advisor asking the referrer again for missing items, and the periodic refresh
that lets time waiting and overdue clocks raise priority.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, select

from models.tables import AuditEvent, Message, Referral
from models.workflow import OutboxMessage, ReferralTriage
from triage.chain import ChainConfig, refresh_priority
from triage.outbox import queue_mail
from triage.replies import body_context_defaults, facts_summary, missing_wording, one_line, render

FEEDBACK_SENT = "feedback_sent"
QUEUE_STATUSES = ("received", "awaiting_information", "in_triage", "needs_review", "routed_to_worker",
                  "escalated")


def queue_feedback(session: Session, config: ChainConfig, referral_id: int, decision: str, message: str,
                   actor: str) -> OutboxMessage:
    """Queue the `feedback` mail to the referrer in the caller's transaction; the caller commits."""
    referral, row = _queue_to_referrer(session, config, referral_id, "feedback", actor,
                                       decision=decision, message=message)
    if referral.status != FEEDBACK_SENT:
        change = {"from": referral.status, "to": FEEDBACK_SENT, "why": "feedback queued"}
        session.add(AuditEvent(referral_id=referral_id, actor=actor, action="status_changed", detail=change))
        referral.status = FEEDBACK_SENT
    return row


def queue_missing_request(session: Session, config: ChainConfig, referral_id: int, items: list[str],
                          actor: str) -> OutboxMessage:
    """An advisor's "ask again": the `missing-info` mail naming `items`, queued in the caller's
    transaction (the caller commits). A person asked for it, so the once-a-day limit of the automatic
    reply does not apply."""
    _, row = _queue_to_referrer(session, config, referral_id, "missing-info", actor,
                                missing=missing_wording(config.profile, items))
    return row


def _queue_to_referrer(session: Session, config: ChainConfig, referral_id: int, kind: str, actor: str,
                       **extra: object) -> tuple[Referral, OutboxMessage]:
    """Queue a `kind` mail to the referral's sender, threaded under the last message of the referral."""
    referral = session.get(Referral, referral_id)
    if referral is None or not referral.sender:
        raise ValueError(f"referral {referral_id} has no referrer to write to")
    context = {**body_context_defaults(config.mailer.secret, referral_id),
               "original_subject": one_line(referral.subject), "referrer": referral.sender,
               "facts": facts_summary(referral.extraction), **extra}
    thread = [m for m in session.exec(select(Message.message_id).where(
        Message.referral_id == referral_id).order_by(Message.id)).all() if m]
    row = queue_mail(session, config.mailer, kind=kind, referral_id=referral_id, to=[referral.sender],
                     rendered=render(config.profile, kind, context),
                     answers=thread[-1] if thread else referral.message_id, references=thread, actor=actor)
    return referral, row


def refresh_priorities(session: Session, config: ChainConfig, now: datetime) -> int:
    """Recompute priority for every referral still in the queue; returns how many changed."""
    rows = session.exec(select(Referral, ReferralTriage).join(
        ReferralTriage, ReferralTriage.referral_id == Referral.id).where(
        Referral.status.in_(QUEUE_STATUSES))).all()
    changed = 0
    for referral, triage in rows:
        before = (referral.priority, list(referral.priority_reasons))
        refresh_priority(referral, triage, config.profile, now)
        changed += before != (referral.priority, list(referral.priority_reasons))
    return changed
