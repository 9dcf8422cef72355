"""/api/v1 administration: users and roles, API tokens, the protocol profile, the outbox."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from pydantic import BaseModel, ConfigDict, Field
from sqlmodel import Session, select

from api import auth
from api.auth import ADMINS, AUDIT_READERS, DECIDERS, READERS, Principal
from api.casework import audit, utcnow
from api.cursors import MAX_ID, Id, iso, newest_first
from api.deps import SessionDep, require_role
from api.problems import Problem
from models.users import ApiToken, Role, User
from models.workflow import OutboxMessage
from triage.profile import load_profile
from triage.register import read_register_csv, store_entries

router = APIRouter(prefix="/api/v1", tags=["administration"])
Admin = Annotated[Principal, Depends(require_role(*ADMINS))]
Reader = Annotated[Principal, Depends(require_role(*READERS))]
Manager = Annotated[Principal, Depends(require_role(*DECIDERS))]
Overseer = Annotated[Principal, Depends(require_role(*(DECIDERS | AUDIT_READERS)))]
Limit = Annotated[int, Query(ge=1, le=200)]


class Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class NewUser(Body):
    username: str = Field(min_length=2, max_length=120, pattern=r"^[A-Za-z0-9._@-]+$")
    role: Role
    password: str | None = Field(default=None, min_length=12, max_length=1000)
    display_name: str = Field(default="", max_length=200)
    email: str | None = Field(default=None, max_length=320)


class UserChange(Body):
    role: Role | None = None
    active: bool | None = None
    password: str | None = Field(default=None, min_length=12, max_length=1000)
    oidc_subject: str | None = Field(default=None, max_length=255)


class NewToken(Body):
    name: str = Field(min_length=1, max_length=120)
    user_id: int | None = Field(default=None, ge=1, le=MAX_ID, description="defaults to the caller")


def user_item(user: User) -> dict[str, Any]:
    return {
        "id": user.id,
        "username": user.username,
        "display_name": user.display_name,
        "email": user.email,
        "role": user.role,
        "active": user.active,
        "oidc_linked": user.oidc_subject is not None,
        "created_at": iso(user.created_at),
    }


def token_item(token: ApiToken) -> dict[str, Any]:
    return {
        "id": token.id,
        "user_id": token.user_id,
        "name": token.name,
        "prefix": token.prefix,
        "created_at": iso(token.created_at),
        "last_used_at": iso(token.last_used_at),
        "revoked_at": iso(token.revoked_at),
    }


@router.get("/me")
def me(who: Reader) -> dict[str, Any]:
    """Who the caller is, and their role."""
    return user_item(who.user)


@router.get("/users")
def list_users(session: SessionDep, _: Admin) -> dict[str, Any]:
    return {"items": [user_item(u) for u in session.exec(select(User).order_by(User.id)).all()], "next": None}


@router.post("/users", status_code=201)
def create_user(body: NewUser, session: SessionDep, who: Admin) -> dict[str, Any]:
    if session.exec(select(User).where(User.username == body.username.lower())).first() is not None:
        raise Problem(409, f"A user named {body.username!r} already exists")
    user = auth.create_user(session, body.username, body.role, body.password, body.display_name, body.email)
    audit(session, None, who.name, "user_created", user=user.username, role=user.role)
    session.commit()
    return user_item(user)


@router.patch("/users/{user_id}")
def change_user(user_id: Id, body: UserChange, session: SessionDep, who: Admin) -> dict[str, Any]:
    user = session.get(User, user_id)
    if user is None:
        raise Problem(404, f"No user {user_id}")
    changes = body.model_dump(exclude_unset=True)
    if "role" in changes and body.role is not None:
        user.role = body.role.value
    if "active" in changes and body.active is not None:
        user.active = body.active
    if body.password:
        user.password_hash = auth.hash_password(body.password)
    if "oidc_subject" in changes:
        user.oidc_subject = body.oidc_subject
    audit(
        session,
        None,
        who.name,
        "user_changed",
        user=user.username,
        fields=sorted(k for k in changes if k != "password") + (["password"] if body.password else []),
    )
    session.commit()
    return user_item(user)


@router.get("/tokens")
def list_tokens(session: SessionDep, _: Admin) -> dict[str, Any]:
    return {
        "items": [token_item(t) for t in session.exec(select(ApiToken).order_by(ApiToken.id)).all()],
        "next": None,
    }


@router.post("/tokens", status_code=201)
def issue_token(body: NewToken, session: SessionDep, who: Admin) -> dict[str, Any]:
    """Issues a token; its text is returned once and stored only as a digest."""
    user = session.get(User, body.user_id) if body.user_id is not None else who.user
    if user is None:
        raise Problem(422, "No such user", [{"field": "body.user_id", "detail": "unknown user"}])
    token, record = auth.issue_token(session, user, body.name)
    audit(session, None, who.name, "token_issued", user=user.username, token=record.prefix)
    session.commit()
    return token_item(record) | {"token": token}


@router.delete("/tokens/{token_id}", status_code=204)
def revoke_token(token_id: Id, session: SessionDep, who: Admin) -> None:
    record = session.get(ApiToken, token_id)
    if record is None:
        raise Problem(404, f"No token {token_id}")
    record.revoked_at = record.revoked_at or utcnow()
    audit(session, None, who.name, "token_revoked", token=record.prefix)
    session.commit()


@router.get("/profile")
def profile(request: Request, _: Reader) -> dict[str, Any]:
    """The protocol profile in force: required items, timescales, hours, contacts."""
    return load_profile(request.app.state.settings.profile).model_dump(mode="json")


@router.get("/outbox")
def outbox(
    session: SessionDep, _: Overseer, cursor: str | None = None, limit: Limit = 50, status: str | None = None
) -> dict[str, Any]:
    """Outgoing mail, newest first, with its delivery state."""
    return outbox_page(session, cursor, limit, status)


def outbox_page(session: Session, cursor: str | None, limit: int, status: str | None) -> dict[str, Any]:
    query = select(OutboxMessage)
    if status:
        query = query.where(OutboxMessage.status == status)
    rows, next_cursor = newest_first(session, query, OutboxMessage.id, cursor, limit)
    items = [
        {
            "id": o.id,
            "referral_id": o.referral_id,
            "kind": o.kind,
            "recipients": o.recipients,
            "subject": o.subject,
            "status": o.status,
            "attempts": o.attempts,
            "created_at": iso(o.created_at),
            "sent_at": iso(o.sent_at),
            "last_error": o.last_error,
        }
        for o in rows
    ]
    return {"items": items, "next": next_cursor}


MAX_REGISTER_BYTES = 20_000_000


@router.post(
    "/cases",
    openapi_extra={
        "requestBody": {"required": True, "content": {"text/csv": {"schema": {"type": "string"}}}}
    },
)
async def import_cases(request: Request, session: SessionDep, who: Manager) -> dict[str, Any]:
    """Load or update the case register from CSV (CONTRACT §5); rows with errors are listed and left out."""
    body = await request.body()
    if len(body) > MAX_REGISTER_BYTES:
        raise Problem(413, "The register file is larger than 20 MB")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise Problem(422, "The register must be UTF-8 CSV") from exc
    result = read_register_csv(text)
    if not result.entries and result.errors:
        raise Problem(
            422,
            "No register rows could be read",
            [{"field": "body", "detail": e} for e in result.errors[:50]],
        )
    added, updated = store_entries(session, result.entries)
    audit(
        session,
        None,
        who.name,
        "register_imported",
        added=added,
        updated=updated,
        rejected=len(result.errors),
    )
    session.commit()
    return {"added": added, "updated": updated, "errors": result.errors}
