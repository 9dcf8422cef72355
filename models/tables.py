"""The tables: accepted raw messages, the referrals made from them, and the audit trail."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, Column, DateTime, Text
from sqlmodel import Field, SQLModel

MESSAGE_STATES = ("pending", "referral", "follow_up", "non_referral", "quarantined")


def utcnow() -> datetime:
    return datetime.now(UTC)


def _timestamp(**kwargs: Any) -> Any:
    return Field(sa_type=DateTime(timezone=True), **kwargs)


class Message(SQLModel, table=True):
    """One accepted SMTP delivery. Exists from the moment the sender got 250."""

    __tablename__ = "messages"

    id: int | None = Field(default=None, primary_key=True)
    sha256: str = Field(max_length=64, index=True)
    size: int
    # Message-ID header, or None; duplicates fold on `dedup_key` (Message-ID, else "sha256:<hex>").
    message_id: str | None = Field(default=None, sa_type=Text)
    dedup_key: str = Field(sa_type=Text, index=True)
    envelope_sender: str | None = Field(default=None, sa_type=Text)
    sender: str | None = Field(default=None, sa_type=Text)
    recipients: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    smtp_session: str | None = Field(default=None, max_length=64)
    received_at: datetime = _timestamp(default_factory=utcnow, index=True)
    state: str = Field(default="pending", max_length=16, index=True)
    error: str | None = Field(default=None, sa_type=Text)
    attempts: int = 0
    claimed_by: str | None = Field(default=None, max_length=128)
    lease_until: datetime | None = _timestamp(default=None)
    processed_at: datetime | None = _timestamp(default=None)
    referral_id: int | None = Field(default=None, foreign_key="referrals.id", index=True)


class Referral(SQLModel, table=True):
    __tablename__ = "referrals"

    id: int | None = Field(default=None, primary_key=True)
    created_at: datetime = _timestamp(default_factory=utcnow)
    updated_at: datetime = _timestamp(default_factory=utcnow)
    message_id: str | None = Field(default=None, sa_type=Text)
    # Unique so that two workers racing on the same delivery cannot make two referrals.
    dedup_key: str | None = Field(default=None, sa_type=Text, unique=True)
    sender: str | None = Field(default=None, sa_type=Text)
    subject: str = Field(default="", sa_type=Text)
    status: str = Field(default="received", max_length=32, index=True)
    priority: int = Field(default=0, index=True)
    priority_reasons: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    extraction: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    missing: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))


class AuditEvent(SQLModel, table=True):
    __tablename__ = "audit_events"

    id: int | None = Field(default=None, primary_key=True)
    referral_id: int | None = Field(default=None, foreign_key="referrals.id", index=True)
    at: datetime = _timestamp(default_factory=utcnow)
    actor: str = Field(max_length=128)
    action: str = Field(max_length=64)
    detail: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
