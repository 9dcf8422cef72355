"""People who log in, their API tokens and their browser sessions.

Secrets are never stored: passwords as argon2 hashes, API tokens and session ids as sha256 digests
(a token is 256 random bits, so a fast digest is enough and lets us look it up by index).
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import DateTime
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


def timestamp(**kwargs: Any) -> Any:
    return Field(sa_type=DateTime(timezone=True), **kwargs)


class Role(StrEnum):
    advisor = "advisor"  # works the queue
    manager = "manager"  # decisions, escalations, the case register
    admin = "admin"  # users, tokens, settings
    auditor = "auditor"  # read-only, including the audit trail


class User(SQLModel, table=True):
    __tablename__ = "users"

    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(index=True, unique=True, max_length=120)
    display_name: str = Field(default="", max_length=200)
    email: str | None = Field(default=None, max_length=320)
    role: str = Field(max_length=20)
    # None for accounts that sign in only through an identity provider or only use tokens.
    password_hash: str | None = Field(default=None, max_length=200)
    # The OIDC seam: an administrator links an account to the provider's `sub`; never auto-created.
    oidc_subject: str | None = Field(default=None, index=True, unique=True, max_length=255)
    active: bool = True
    created_at: datetime = timestamp(default_factory=utcnow)


class ApiToken(SQLModel, table=True):
    __tablename__ = "api_tokens"

    id: int | None = Field(default=None, primary_key=True)
    user_id: int = Field(foreign_key="users.id", index=True)
    name: str = Field(max_length=120)
    token_hash: str = Field(index=True, unique=True, max_length=64)
    prefix: str = Field(max_length=12)  # shown in lists so people can tell their tokens apart
    created_at: datetime = timestamp(default_factory=utcnow)
    last_used_at: datetime | None = timestamp(default=None)
    revoked_at: datetime | None = timestamp(default=None)


class WebSession(SQLModel, table=True):
    __tablename__ = "web_sessions"

    id: str = Field(primary_key=True, max_length=64)  # sha256 of the cookie value
    user_id: int = Field(foreign_key="users.id", index=True)
    csrf_token: str = Field(max_length=64)
    created_at: datetime = timestamp(default_factory=utcnow)
    expires_at: datetime = timestamp()
    last_seen_at: datetime = timestamp(default_factory=utcnow)
