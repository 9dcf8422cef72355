"""What advisors and managers do to a referral: who has it, their corrections, items settled by phone,
the decision. Kept beside the referral, never written into its extraction, so the original stays intact.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, Text
from sqlmodel import Field, SQLModel

from models.users import timestamp, utcnow


class ReferralWork(SQLModel, table=True):
    """One row per referral once anyone has acted on it. `version` guards against silent overwrites."""

    __tablename__ = "referral_work"

    referral_id: int = Field(foreign_key="referrals.id", primary_key=True)
    version: int = 0
    assigned_user_id: int | None = Field(default=None, foreign_key="users.id", index=True)
    assigned_at: datetime | None = timestamp(default=None)
    decision: str | None = Field(default=None, max_length=40)
    decision_reason: str | None = Field(default=None, sa_type=Text)
    decided_by: str | None = Field(default=None, max_length=120)
    decided_at: datetime | None = timestamp(default=None)
    escalated_at: datetime | None = timestamp(default=None)
    closed_at: datetime | None = timestamp(default=None)


class Correction(SQLModel, table=True):
    __tablename__ = "corrections"

    id: int | None = Field(default=None, primary_key=True)
    referral_id: int = Field(foreign_key="referrals.id", index=True)
    field: str = Field(max_length=60)
    value: Any = Field(default=None, sa_column=Column(JSON, nullable=True))
    original: Any = Field(default=None, sa_column=Column(JSON, nullable=True))
    note: str | None = Field(default=None, sa_type=Text)
    actor: str = Field(max_length=120)
    at: datetime = timestamp(default_factory=utcnow)


class MissingResolution(SQLModel, table=True):
    """A missing item the advisor obtained by phone (or otherwise) instead of by reply."""

    __tablename__ = "missing_resolutions"

    id: int | None = Field(default=None, primary_key=True)
    referral_id: int = Field(foreign_key="referrals.id", index=True)
    item: str = Field(max_length=40)
    note: str | None = Field(default=None, sa_type=Text)
    actor: str = Field(max_length=120)
    at: datetime = timestamp(default_factory=utcnow)
