"""/api/v1: the queue, a referral's detail, and the steps advisors and managers take on it."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Annotated, Any, Literal
from urllib.parse import quote

from fastapi import APIRouter, Depends, Header, Path, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field
from sqlmodel import Session, select

from api import casework
from api.auth import AUDIT_READERS, DECIDERS, READERS, WORKERS, Principal
from api.cursors import MAX_ID, Id, iso, newest_first
from api.deps import SessionDep, require_role
from api.detail import attachment, referral_detail, sanitised_html
from api.queue import QueueFilters, queue_item, queue_page, status_counts
from intake.spool import Spool
from models.tables import AuditEvent

# No allow-scripts in the sandbox, no network: the email's layout, nothing more.
FRAME_CSP = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'"
router = APIRouter(prefix="/api/v1", tags=["triage"])
Limit = Annotated[int, Query(ge=1, le=200)]
IfMatch = Annotated[str | None, Header(description="ETag of the referral as last read")]
Reader = Annotated[Principal, Depends(require_role(*READERS))]
Worker = Annotated[Principal, Depends(require_role(*WORKERS))]
Decider = Annotated[Principal, Depends(require_role(*DECIDERS))]
Auditor = Annotated[Principal, Depends(require_role(*AUDIT_READERS))]
MissingItem = Literal[
    "subject_name",
    "assessment_reason",
    "children",
    "address",
    "outcome",
    "update_contact",
    "risks_to_children",
    "risks_to_workers",
    "consent",
]
Decision = Literal[
    "nfa",
    "information_advice",
    "early_help",
    "child_and_family_assessment",
    "strategy_discussion_s47",
    "passed_to_allocated_worker",
]


class Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class AssignBody(Body):
    user_id: int | None = Field(ge=1, le=MAX_ID, description="the user to assign, or null to unassign")


class CorrectionBody(Body):
    field: str = Field(description="dotted path of the fact, e.g. subject_person.name", max_length=60)
    value: str | None = Field(description="the corrected value as the advisor reads it", max_length=4000)
    note: str | None = Field(default=None, max_length=2000)


class ResolveBody(Body):
    note: str | None = Field(default=None, max_length=2000, description="what was learnt by phone")


class AskAgainBody(Body):
    items: list[MissingItem] = Field(min_length=1)


class DecisionBody(Body):
    decision: Decision
    reason: str = Field(min_length=1, max_length=4000)


class ReasonBody(Body):
    reason: str = Field(min_length=1, max_length=4000)


class FeedbackBody(Body):
    message: str = Field(min_length=1, max_length=8000)


def spool(request: Request) -> Spool:
    return Spool(request.app.state.settings.data_dir / "spool")


def own_addresses(request: Request) -> frozenset[str]:
    return request.app.state.settings.inbox_addresses


@router.get("/referrals")
def list_referrals(
    session: SessionDep,
    who: Reader,
    cursor: str | None = None,
    limit: Limit = 50,
    status: str | None = None,
    team: str | None = None,
    assigned: Annotated[str | None, Query(description="a username, `me` or `nobody`")] = None,
    overdue: bool | None = None,
    has_missing: bool | None = None,
    received_from: date | None = None,
    received_to: date | None = None,
    q: Annotated[str | None, Query(max_length=200)] = None,
) -> dict[str, Any]:
    """The queue: highest priority first, then the longest waiting; closed referrals only by status filter."""
    filters = QueueFilters(
        status=status,
        team=team,
        assigned=assigned,
        overdue=overdue,
        has_missing=has_missing,
        received_from=received_from,
        received_to=received_to,
        q=q,
    )
    rows, next_cursor = queue_page(session, filters, who.name, cursor, limit)
    now = datetime.now(UTC)
    return {"items": [queue_item(row, now) for row in rows], "next": next_cursor}


@router.get("/queue/counts")
def queue_counts(session: SessionDep, _: Reader) -> dict[str, int]:
    """Number of referrals in each status, for the dashboard."""
    return status_counts(session)


@router.get("/referrals/{referral_id}")
def get_referral(
    referral_id: Id, request: Request, response: Response, session: SessionDep, who: Reader
) -> dict[str, Any]:
    """A referral with its facts, original text, thread, outbox, audit trail, case match and clocks.

    Reading it is audited: personal data access is recorded (who viewed what, when)."""
    detail = referral_detail(session, spool(request), referral_id, own_addresses(request))
    casework.audit(session, referral_id, who.name, "viewed")
    session.commit()
    response.headers["ETag"] = detail["etag"]
    return detail


@router.get(
    "/referrals/{referral_id}/attachments/{index}",
    response_class=Response,
    responses={200: {"content": {"application/octet-stream": {}}}},
)
def download_attachment(
    referral_id: Id,
    index: Annotated[int, Path(ge=0, le=1000)],
    request: Request,
    session: SessionDep,
    who: Reader,
) -> Response:
    casework.load_referral(session, referral_id)
    filename, _content_type, data = attachment(session, spool(request), referral_id, index)
    casework.audit(session, referral_id, who.name, "attachment_downloaded", index=index)
    session.commit()
    # Always a download, never rendered by the browser: an attachment may be hostile HTML.
    return Response(
        data,
        media_type="application/octet-stream",
        headers={"Content-Disposition": f"attachment; filename*=UTF-8''{quote(filename, safe='')}"},
    )


@router.get(
    "/referrals/{referral_id}/original.html",
    response_class=Response,
    responses={200: {"content": {"text/html": {}}}},
)
def original_html(referral_id: Id, request: Request, session: SessionDep, _: Reader) -> Response:
    """The email's own HTML after sanitising, for the page's sandboxed frame."""
    casework.load_referral(session, referral_id)
    html = sanitised_html(session, spool(request), referral_id, own_addresses(request))
    return Response(
        html,
        media_type="text/html",
        headers={"Content-Security-Policy": FRAME_CSP},
    )


def _seen(if_match: str | None) -> int:
    return casework.version_from(if_match, None)


@router.post("/referrals/{referral_id}/claim", status_code=204)
def claim(referral_id: Id, session: SessionDep, who: Worker, if_match: IfMatch = None) -> None:
    """Take the referral: assign it to yourself."""
    casework.assign(session, who, referral_id, _seen(if_match), who.user.id)


@router.post("/referrals/{referral_id}/assign", status_code=204)
def assign(
    referral_id: Id, body: AssignBody, session: SessionDep, who: Decider, if_match: IfMatch = None
) -> None:
    casework.assign(session, who, referral_id, _seen(if_match), body.user_id)


@router.post("/referrals/{referral_id}/corrections", status_code=204)
def correct(
    referral_id: Id, body: CorrectionBody, session: SessionDep, who: Worker, if_match: IfMatch = None
) -> None:
    """Correct an extracted fact; the original extraction is kept and shown beside the correction."""
    casework.correct(session, who, referral_id, _seen(if_match), body.field, body.value, body.note)


@router.post("/referrals/{referral_id}/missing/{item}/resolve", status_code=204)
def resolve_missing(
    referral_id: Id,
    item: MissingItem,
    body: ResolveBody,
    session: SessionDep,
    who: Worker,
    if_match: IfMatch = None,
) -> None:
    """Mark a missing item as obtained by phone."""
    casework.resolve_missing(session, who, referral_id, _seen(if_match), item, body.note)


@router.post("/referrals/{referral_id}/missing/ask-again", status_code=204)
def ask_again(
    referral_id: Id, body: AskAgainBody, request: Request, session: SessionDep, who: Worker,
    if_match: IfMatch = None
) -> None:
    """Ask the referrer again for outstanding missing items: a `missing-info` mail is queued."""
    casework.ask_again(session, who, referral_id, _seen(if_match), list(body.items),
                       request.app.state.chain_config)


@router.post("/referrals/{referral_id}/decision", status_code=204)
def record_decision(
    referral_id: Id, body: DecisionBody, session: SessionDep, who: Decider, if_match: IfMatch = None
) -> None:
    casework.decide(session, who, referral_id, _seen(if_match), body.decision, body.reason)


@router.post("/referrals/{referral_id}/feedback", status_code=204)
def send_feedback(
    referral_id: Id,
    body: FeedbackBody,
    request: Request,
    session: SessionDep,
    who: Worker,
    if_match: IfMatch = None,
) -> None:
    """Queue the outcome to the referrer (`X-Frontdoor-Kind: feedback`); needs a recorded decision."""
    config = request.app.state.chain_config
    casework.send_feedback(session, who, referral_id, _seen(if_match), body.message, config)


@router.post("/referrals/{referral_id}/escalate", status_code=204)
def escalate(
    referral_id: Id, body: ReasonBody, session: SessionDep, who: Decider, if_match: IfMatch = None
) -> None:
    casework.escalate(session, who, referral_id, _seen(if_match), body.reason)


@router.post("/referrals/{referral_id}/close", status_code=204)
def close(
    referral_id: Id, body: ReasonBody, session: SessionDep, who: Decider, if_match: IfMatch = None
) -> None:
    casework.close(session, who, referral_id, _seen(if_match), body.reason)


@router.post("/quarantine/{message_id}/reprocess", status_code=204)
def reprocess(message_id: Id, request: Request, session: SessionDep, who: Decider) -> None:
    """Put a quarantined message back in the worker's queue."""
    casework.reprocess_message(session, who, message_id, request.app.state.sessions)


@router.get("/audit")
def audit_trail(
    session: SessionDep,
    _: Auditor,
    cursor: str | None = None,
    limit: Limit = 50,
    referral_id: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
    actor: str | None = None,
) -> dict[str, Any]:
    """The audit trail, newest first."""
    return audit_page(session, cursor, limit, referral_id, actor)


def audit_page(
    session: Session, cursor: str | None, limit: int, referral_id: int | None, actor: str | None
) -> dict[str, Any]:
    query = select(AuditEvent)
    if referral_id is not None:
        query = query.where(AuditEvent.referral_id == referral_id)
    if actor:
        query = query.where(AuditEvent.actor == actor)
    rows, next_cursor = newest_first(session, query, AuditEvent.id, cursor, limit)
    items = [
        {
            "id": e.id,
            "referral_id": e.referral_id,
            "at": iso(e.at),
            "actor": e.actor,
            "action": e.action,
            "detail": e.detail,
        }
        for e in rows
    ]
    return {"items": items, "next": next_cursor}
