"""The HTTP face of the service: health, metrics and the read API of CONTRACT §2."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, FastAPI, Query, Request, Response
from fastapi.responses import JSONResponse
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy import text
from sqlalchemy.orm import sessionmaker
from sqlmodel import Session, select

from api.cursors import iso, newest_first
from api.deps import SessionDep, require_role
from api.routes import install as install_triage
from intake.spool import Spool
from models.db import make_engine, session_factory
from models.settings import Settings, get_settings
from models.tables import Message

DEFAULT_LIMIT = 50
MAX_LIMIT = 200
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT)]
Page = dict[str, Any]


@dataclass
class Readiness:
    """Set by `frontdoor serve` as the parts come up and go down."""

    smtp_bound: bool = False
    draining: bool = False
    # False in a process that runs no SMTP listener (`frontdoor serve --role api|worker`).
    smtp_required: bool = True
    # Where accepted mail is written: probed, so that a full or unwritable disk turns readiness red.
    spool: Spool | None = None

    @property
    def smtp_ok(self) -> bool:
        return self.smtp_bound or not self.smtp_required

    @property
    def spool_ok(self) -> bool:
        return self.spool is None or self.spool.writable()


def message_item(row: Message) -> dict[str, Any]:
    return {"id": row.id, "message_id": row.message_id, "received_at": iso(row.received_at),
            "sender": row.sender, "state": row.state, "referral_id": row.referral_id}


def quarantine_item(row: Message) -> dict[str, Any]:
    return {"id": row.id, "received_at": iso(row.received_at), "message_id": row.message_id,
            "error": row.error}


api = APIRouter(prefix="/api/v1", dependencies=[Depends(require_role("manager", "admin", "auditor"))])


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
    rows, next_cursor = newest_first(session, query, Message.id, cursor, limit)
    return {"items": [item(r) for r in rows], "next": next_cursor}


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
        ok = database and readiness.smtp_ok
        return JSONResponse({"status": "ok"} if ok else
                            {"status": "unavailable", "database": database, "smtp": readiness.smtp_bound},
                            status_code=200 if ok else 503)

    @app.get("/readyz")
    def readyz(request: Request) -> JSONResponse:
        readiness: Readiness = request.app.state.readiness
        database = _database_reachable(request.app.state.sessions)
        spool = readiness.spool_ok
        ready = database and spool and readiness.smtp_ok and not readiness.draining
        return JSONResponse({"status": "ready" if ready else "not_ready", "database": database,
                             "smtp": readiness.smtp_bound, "spool": spool, "draining": readiness.draining},
                            status_code=200 if ready else 503)

    @app.get("/metrics")
    def metrics() -> Response:
        return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)

    app.include_router(api)
    install_triage(app)
    return app
