"""The HTTP face of the service: health, metrics and the read API of CONTRACT §2."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, HTTPException, Query, Request, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy import and_, func, or_, text
from sqlalchemy.orm import sessionmaker
from sqlmodel import Session, select

from api.deps import SessionDep, require_role
from models.db import make_engine, session_factory
from models.settings import Settings, get_settings
from models.tables import Message, Referral

DEFAULT_LIMIT = 50
MAX_LIMIT = 200
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT)]
Page = dict[str, Any]


@dataclass
class Readiness:
    """Set by `frontdoor serve` as the parts come up and go down."""

    smtp_bound: bool = False
    draining: bool = False


def encode_cursor(*values: int) -> str:
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode().rstrip("=")


def decode_cursor(cursor: str, length: int) -> list[int]:
    try:
        values = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, ValueError):
        values = None
    if not (isinstance(values, list) and len(values) == length and all(isinstance(v, int) for v in values)):
        raise HTTPException(400, "Invalid cursor: pass back the `next` value of the previous page")
    return values


def iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    # SQLite hands timestamps back without a zone; every timestamp is stored in UTC.
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).isoformat()


def message_item(row: Message) -> dict[str, Any]:
    return {"id": row.id, "message_id": row.message_id, "received_at": iso(row.received_at),
            "sender": row.sender, "state": row.state, "referral_id": row.referral_id}


def quarantine_item(row: Message) -> dict[str, Any]:
    return {"id": row.id, "received_at": iso(row.received_at), "message_id": row.message_id,
            "error": row.error}


def referral_item(row: Referral, received_at: datetime | None) -> dict[str, Any]:
    return {"id": row.id, "message_id": row.message_id, "received_at": iso(received_at), "sender": row.sender,
            "subject": row.subject, "status": row.status, "priority": row.priority,
            "priority_reasons": row.priority_reasons, "missing": row.missing, "extraction": row.extraction,
            "created_at": iso(row.created_at), "updated_at": iso(row.updated_at)}


def page(items: list[dict[str, Any]], limit: int, next_cursor: str | None) -> Page:
    return {"items": items[:limit], "next": next_cursor if len(items) > limit else None}


api = APIRouter(prefix="/api/v1", dependencies=[Depends(require_role("admin"))])


@api.get("/referrals")
def list_referrals(session: SessionDep, cursor: str | None = None, limit: Limit = DEFAULT_LIMIT) -> Page:
    """The queue: highest priority first, then the longest waiting."""
    first_received = (select(func.min(Message.received_at)).where(Message.referral_id == Referral.id)
                      .correlate(Referral).scalar_subquery())
    query = select(Referral, first_received).order_by(Referral.priority.desc(), Referral.id)
    if cursor:
        priority, last_id = decode_cursor(cursor, 2)
        query = query.where(or_(Referral.priority < priority,
                                and_(Referral.priority == priority, Referral.id > last_id)))
    rows = session.exec(query.limit(limit + 1)).all()
    last = rows[min(limit, len(rows)) - 1][0] if rows else None
    return page([referral_item(r, received) for r, received in rows], limit,
                encode_cursor(last.priority, last.id) if last else None)


@api.get("/messages")
def list_messages(session: SessionDep, cursor: str | None = None, limit: Limit = DEFAULT_LIMIT) -> Page:
    """Every accepted message, newest first, whatever became of it."""
    return _messages_page(session, select(Message), cursor, limit, message_item)


@api.get("/quarantine")
def list_quarantine(session: SessionDep, cursor: str | None = None, limit: Limit = DEFAULT_LIMIT) -> Page:
    """Messages accepted but not processed, with the error that stopped them."""
    return _messages_page(session, select(Message).where(Message.state == "quarantined"), cursor, limit,
                          quarantine_item)


def _messages_page(session: Session, query: Any, cursor: str | None, limit: int,
                   item: Callable[[Message], dict[str, Any]]) -> Page:
    if cursor:
        (last_id,) = decode_cursor(cursor, 1)
        query = query.where(Message.id < last_id)
    rows = session.exec(query.order_by(Message.id.desc()).limit(limit + 1)).all()
    last = rows[min(limit, len(rows)) - 1] if rows else None
    return page([item(r) for r in rows], limit, encode_cursor(last.id) if last else None)


def _database_reachable(sessions: sessionmaker[Session]) -> bool:
    try:
        with sessions() as session:
            session.execute(text("SELECT 1"))
        return True
    except Exception:
        return False


def create_app(settings: Settings | None = None, sessions: sessionmaker[Session] | None = None) -> FastAPI:
    settings = settings or get_settings()
    app = FastAPI(title="Front Door", version="0.1.0",
                  description="Email intake and triage for the children's-services front door")
    app.state.settings = settings
    app.state.sessions = sessions or session_factory(make_engine(settings.sqlalchemy_url))
    app.state.readiness = Readiness()

    @app.get("/healthz")
    def healthz(request: Request) -> JSONResponse:
        readiness: Readiness = request.app.state.readiness
        database = _database_reachable(request.app.state.sessions)
        ok = database and readiness.smtp_bound
        return JSONResponse({"status": "ok"} if ok else
                            {"status": "unavailable", "database": database, "smtp": readiness.smtp_bound},
                            status_code=200 if ok else 503)

    @app.get("/readyz")
    def readyz(request: Request) -> JSONResponse:
        readiness: Readiness = request.app.state.readiness
        database = _database_reachable(request.app.state.sessions)
        ready = database and readiness.smtp_bound and not readiness.draining
        return JSONResponse({"status": "ready" if ready else "not_ready", "database": database,
                             "smtp": readiness.smtp_bound, "draining": readiness.draining},
                            status_code=200 if ready else 503)

    @app.get("/metrics")
    def metrics() -> Response:
        return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)

    app.include_router(api)
    return app
