"""What happens to a parsed, extracted message: the steps after extraction, in order.

First version: every message becomes a referral with status "received" and a priority that
counts the risk indicators found. The filter chain (automatic mail, follow-up threading,
priority, routing, outbox) grows here.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from intake.mime import ParsedMessage
from models.tables import AuditEvent, Message, Referral


def run_chain(session: Session, message: Message, parsed: ParsedMessage, extraction: dict[str, Any]) -> None:
    indicators = list(extraction.get("risks", {}).get("indicators", []))
    referral = Referral(
        message_id=message.message_id,
        dedup_key=message.dedup_key,
        sender=parsed.sender or message.sender,
        subject=parsed.subject,
        status="received",
        priority=len(indicators),
        priority_reasons=indicators,
        extraction=extraction,
        missing=list(extraction.get("missing", [])),
    )
    session.add(referral)
    session.flush()
    message.state = "referral"
    message.referral_id = referral.id
    session.add(AuditEvent(referral_id=referral.id, actor="system", action="received",
                           detail={"message": message.id}))
