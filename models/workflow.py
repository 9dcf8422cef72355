"""The triage workflow's tables: the case register, each referral's clocks and routing, and the outbox."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column, LargeBinary, Text
from sqlmodel import Field, SQLModel

from models.tables import utcnow
from models.users import timestamp

OUTBOX_STATES = ("queued", "sent", "failed", "bounced")


class CaseRecord(SQLModel, table=True):
    """One row of the register of children open to children's social care (CONTRACT §5)."""

    __tablename__ = "case_register"

    id: int | None = Field(default=None, primary_key=True)
    case_ref: str = Field(max_length=64, unique=True)
    child_name: str = Field(sa_type=Text)
    dob: date | None = None
    allocated_worker: str | None = Field(default=None, sa_type=Text)
    worker_email: str | None = Field(default=None, sa_type=Text)
    team: str | None = Field(default=None, sa_type=Text)
    team_email: str | None = Field(default=None, sa_type=Text)
    status: str = Field(default="open", max_length=16, index=True)
    updated_at: datetime = timestamp(default_factory=utcnow)


class ReferralTriage(SQLModel, table=True):
    """What the workflow knows about a referral beyond the extraction: clocks, match, routing."""

    __tablename__ = "referral_triage"

    referral_id: int = Field(foreign_key="referrals.id", primary_key=True)
    profile: str = Field(max_length=64)
    received_at: datetime = timestamp(default_factory=utcnow)
    out_of_hours: bool = False
    automatic: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    decision_due_at: datetime | None = timestamp(default=None)
    follow_up_due_at: datetime | None = timestamp(default=None)
    case_ref: str | None = Field(default=None, max_length=64)
    match: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    routed_to: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    # Facts that changed between the first email and a follow-up: shown to the advisor.
    conflicts: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    last_missing_reply_at: datetime | None = timestamp(default=None)


class OutboxMessage(SQLModel, table=True):
    """A message to send, written in the same transaction as the change that calls for it."""

    __tablename__ = "outbox"

    id: int | None = Field(default=None, primary_key=True)
    # Our Message-ID: a relay that saw the first attempt recognises the retry; the sink de-duplicates on it.
    message_id: str = Field(sa_type=Text, unique=True)
    referral_id: int | None = Field(default=None, foreign_key="referrals.id", index=True)
    kind: str = Field(max_length=32)
    sender: str = Field(sa_type=Text)
    recipients: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    subject: str = Field(default="", sa_type=Text)
    raw: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    status: str = Field(default="queued", max_length=16, index=True)
    attempts: int = 0
    created_at: datetime = timestamp(default_factory=utcnow, index=True)
    next_attempt_at: datetime = timestamp(default_factory=utcnow, index=True)
    sent_at: datetime | None = timestamp(default=None)
    last_error: str | None = Field(default=None, sa_type=Text)
