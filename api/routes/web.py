"""The advisor's web page: server-rendered forms over the same casework functions as the API."""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Form, Query, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates
from sqlmodel import Session, select

from api import auth, casework
from api.auth import ADMINS, AUDIT_READERS, DECIDERS, READERS, WORKERS, Principal
from api.cursors import MAX_ID, Id
from api.deps import SessionDep, require_role
from api.detail import referral_detail
from api.facts import BY_PATH, FIELDS, MISSING_FIELD, MISSING_LABEL, display, get_path
from api.problems import Problem
from api.queue import QueueFilters, queue_item, queue_page, status_counts
from api.routes.admin import outbox_page
from api.routes.referrals import audit_page, own_addresses, spool
from api.web.highlight import runs
from models.tables import Message
from models.users import ApiToken, Role, User

templates = Jinja2Templates(directory=Path(__file__).resolve().parent.parent / "web" / "templates")
templates.env.filters["display"] = display
router = APIRouter(include_in_schema=False)
Reader = Annotated[Principal, Depends(require_role(*READERS))]
Worker = Annotated[Principal, Depends(require_role(*WORKERS))]
Decider = Annotated[Principal, Depends(require_role(*DECIDERS))]
Auditor = Annotated[Principal, Depends(require_role(*AUDIT_READERS))]
Admin = Annotated[Principal, Depends(require_role(*ADMINS))]
Overseer = Annotated[Principal, Depends(require_role(*(DECIDERS | AUDIT_READERS)))]
Text = Annotated[str, Form(max_length=8000)]
OptionalText = Annotated[str | None, Form(max_length=8000)]
Version = Annotated[str, Form(pattern=r"^\d+$")]


def page(
    request: Request, template: str, principal: Principal | None, status_code: int = 200, **context: Any
) -> HTMLResponse:
    return templates.TemplateResponse(
        request,
        template,
        {
            "me": principal,
            "csrf": principal.web_session.csrf_token if principal and principal.web_session else "",
            "roles": Role,
            "can_work": principal is not None and principal.role in WORKERS,
            "can_decide": principal is not None and principal.role in DECIDERS,
            "can_audit": principal is not None and principal.role in AUDIT_READERS,
            "is_admin": principal is not None and principal.role in ADMINS,
            **context,
        },
        status_code=status_code,
    )


def login_page(
    request: Request, status_code: int = 200, error: str | None = None, next_path: str = "/"
) -> HTMLResponse:
    token = request.cookies.get(auth.LOGIN_CSRF_COOKIE) or secrets.token_urlsafe(24)
    response = page(
        request, "login.html", None, status_code, error=error, login_csrf=token, next_path=next_path
    )
    response.set_cookie(
        auth.LOGIN_CSRF_COOKIE,
        token,
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
        path="/login",
    )
    return response


def html_error(request: Request, status_code: int, detail: str) -> Response:
    if status_code == 401:
        return login_page(request, 401, next_path=_safe_next(request.url.path))
    return page(
        request,
        "error.html",
        getattr(request.state, "principal", None),
        status_code,
        status=status_code,
        detail=detail,
    )


def _safe_next(path: str | None) -> str:
    # Only our own paths: never an open redirect to another site.
    return path if path and path.startswith("/") and not path.startswith(("//", "/\\")) else "/"


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str = "/") -> HTMLResponse:
    return login_page(request, next_path=_safe_next(next))


@router.post("/login", response_model=None)
def login(
    request: Request,
    session: SessionDep,
    username: Annotated[str, Form(max_length=120)],
    password: Annotated[str, Form(max_length=1000)],
    csrf_token: Annotated[str, Form(max_length=100)],
    next: Annotated[str, Form(max_length=500)] = "/",
) -> Response:
    cookie = request.cookies.get(auth.LOGIN_CSRF_COOKIE, "")
    if not cookie or not hmac.compare_digest(cookie, csrf_token):
        return login_page(request, 403, "The sign-in form expired: please try again.", _safe_next(next))
    address = request.client.host if request.client else "unknown"
    throttle: auth.LoginThrottle = request.app.state.login_throttle
    if throttle.blocked(username, address):
        return login_page(
            request, 429, "Too many failed attempts: wait 15 minutes and try again.", _safe_next(next)
        )
    user = auth.authenticate_password(session, username, password)
    if user is None:
        throttle.failed(username, address)
        # One message whether the name or the password was wrong: no clue which accounts exist.
        return login_page(request, 401, "Username or password not recognised.", _safe_next(next))
    throttle.succeeded(username)
    value = auth.start_session(session, user)
    session.commit()
    response = RedirectResponse(_safe_next(next), status_code=303)
    auth.set_session_cookie(response, request, value)
    response.delete_cookie(auth.LOGIN_CSRF_COOKIE, path="/login")
    return response


@router.post("/logout")
def logout(request: Request, session: SessionDep, _: Reader) -> RedirectResponse:
    auth.end_session(session, request.cookies.get(auth.SESSION_COOKIE))
    session.commit()
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie(auth.SESSION_COOKIE, path="/")
    return response


def _day(value: str | None) -> date | None:
    # A form sends empty fields as ""; an unreadable date is ignored rather than refused.
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _flag(value: str | None) -> bool | None:
    return {"yes": True, "no": False}.get(value or "")


@router.get("/", response_class=HTMLResponse)
def queue(
    request: Request,
    session: SessionDep,
    who: Reader,
    status: str | None = None,
    team: str | None = None,
    assigned: str | None = None,
    overdue: str | None = None,
    has_missing: str | None = None,
    received_from: str | None = None,
    received_to: str | None = None,
    q: Annotated[str | None, Query(max_length=200)] = None,
    cursor: str | None = None,
) -> HTMLResponse:
    filters = QueueFilters(
        status=status or None,
        team=team or None,
        assigned=assigned or None,
        overdue=_flag(overdue),
        has_missing=_flag(has_missing),
        received_from=_day(received_from),
        received_to=_day(received_to),
        q=q or None,
    )
    rows, next_cursor = queue_page(session, filters, who.name, cursor, 50)
    now = datetime.now(UTC)
    params = {k: v for k, v in request.query_params.items() if k != "cursor" and v}
    return page(
        request,
        "queue.html",
        who,
        items=[queue_item(r, now) for r in rows],
        counts=status_counts(session),
        filters=params,
        next_url=f"/?{urlencode(params | {'cursor': next_cursor})}" if next_cursor else None,
        first_url=f"/?{urlencode(params)}" if cursor else None,
        now=now,
    )


@router.get("/referrals/{referral_id}", response_class=HTMLResponse)
def referral(
    referral_id: Id,
    request: Request,
    session: SessionDep,
    who: Reader,
    done: str | None = None,
    error: str | None = None,
) -> HTMLResponse:
    detail = referral_detail(session, spool(request), referral_id, own_addresses(request))
    casework.audit(session, referral_id, who.name, "viewed")
    session.commit()
    effective = detail["effective_extraction"]
    corrected_fields = {c["field"]: c for c in detail["corrections"]}
    spans_by_field = {s.get("field") for s in detail["spans"]}
    facts = [
        {
            "field": f,
            "value": get_path(effective, f.path),
            "correction": corrected_fields.get(f.path),
            "has_span": f.path in spans_by_field,
        }
        for f in FIELDS
    ]
    users = session.exec(select(User).where(User.active).order_by(User.username)).all()
    return page(
        request,
        "referral.html",
        who,
        d=detail,
        r=detail["referral"],
        facts=facts,
        runs=runs(detail["text"] or "", detail["spans"], detail["segments"]),
        missing_labels=MISSING_LABEL,
        missing_field=MISSING_FIELD,
        decisions=casework.DECISIONS,
        users=users,
        done=done,
        error=error,
        children=effective.get("children") or [],
    )


def _act(referral_id: int, done: str, step: Callable[[], None]) -> RedirectResponse:
    """Runs a form's step; its outcome (or why it was refused) is shown on the referral page."""
    try:
        step()
    except Problem as problem:
        return RedirectResponse(f"/referrals/{referral_id}?error={quote(problem.detail)}", status_code=303)
    return RedirectResponse(f"/referrals/{referral_id}?done={quote(done)}", status_code=303)


@router.post("/referrals/{referral_id}/claim")
def claim(referral_id: Id, session: SessionDep, who: Worker, version: Version) -> RedirectResponse:
    return _act(
        referral_id,
        "Assigned to you",
        lambda: casework.assign(session, who, referral_id, int(version), who.user.id),
    )


@router.post("/referrals/{referral_id}/assign")
def assign(
    referral_id: Id,
    session: SessionDep,
    who: Decider,
    version: Version,
    user_id: Annotated[str, Form(max_length=20)],
) -> RedirectResponse:
    target = int(user_id) if user_id.isdigit() else None
    return _act(
        referral_id,
        "Assignment saved",
        lambda: casework.assign(session, who, referral_id, int(version), target),
    )


@router.post("/referrals/{referral_id}/correct")
def correct(
    referral_id: Id,
    session: SessionDep,
    who: Worker,
    version: Version,
    field: Annotated[str, Form(max_length=60)],
    value: OptionalText = None,
    note: OptionalText = None,
) -> RedirectResponse:
    label = BY_PATH[field].label if field in BY_PATH else field
    return _act(
        referral_id,
        f"{label} corrected",
        lambda: casework.correct(session, who, referral_id, int(version), field, value, note or None),
    )


@router.post("/referrals/{referral_id}/resolve")
def resolve(
    referral_id: Id,
    session: SessionDep,
    who: Worker,
    version: Version,
    item: Annotated[str, Form(max_length=40)],
    note: OptionalText = None,
) -> RedirectResponse:
    return _act(
        referral_id,
        f"{MISSING_LABEL.get(item, item)}: resolved by phone",
        lambda: casework.resolve_missing(session, who, referral_id, int(version), item, note or None),
    )


@router.post("/referrals/{referral_id}/ask-again")
def ask_again(
    referral_id: Id,
    request: Request,
    session: SessionDep,
    who: Worker,
    version: Version,
    item: Annotated[str, Form(max_length=40)],
) -> RedirectResponse:
    return _act(
        referral_id,
        f"{MISSING_LABEL.get(item, item)}: asked again",
        lambda: casework.ask_again(session, who, referral_id, int(version), [item],
                                   request.app.state.chain_config),
    )


@router.post("/referrals/{referral_id}/decide")
def decide(
    referral_id: Id,
    session: SessionDep,
    who: Decider,
    version: Version,
    decision: Annotated[str, Form(max_length=40)],
    reason: Text,
) -> RedirectResponse:
    if decision not in casework.DECISIONS or not reason.strip():
        return _act(referral_id, "", lambda: _refuse("Choose a decision and give the reason for it"))
    return _act(
        referral_id,
        f"Decision recorded: {casework.DECISIONS[decision]}",
        lambda: casework.decide(session, who, referral_id, int(version), decision, reason.strip()),
    )


def _refuse(detail: str) -> None:
    raise Problem(422, detail)


@router.post("/referrals/{referral_id}/escalate")
def escalate(
    referral_id: Id, session: SessionDep, who: Decider, version: Version, reason: Text
) -> RedirectResponse:
    return _act(
        referral_id,
        "Escalated",
        lambda: casework.escalate(session, who, referral_id, int(version), reason.strip() or "escalated"),
    )


@router.post("/referrals/{referral_id}/feedback")
def feedback(
    referral_id: Id, request: Request, session: SessionDep, who: Worker, version: Version, message: Text
) -> RedirectResponse:
    config = request.app.state.chain_config
    return _act(
        referral_id,
        "Feedback queued for the referrer",
        lambda: casework.send_feedback(session, who, referral_id, int(version), message.strip(), config),
    )


@router.post("/referrals/{referral_id}/close")
def close(
    referral_id: Id, session: SessionDep, who: Decider, version: Version, reason: Text
) -> RedirectResponse:
    return _act(
        referral_id,
        "Closed",
        lambda: casework.close(session, who, referral_id, int(version), reason.strip() or "closed"),
    )


@router.get("/audit", response_class=HTMLResponse)
def audit(
    request: Request,
    session: SessionDep,
    who: Auditor,
    cursor: str | None = None,
    referral_id: Annotated[str | None, Query(max_length=12)] = None,
    actor: str | None = None,
) -> HTMLResponse:
    wanted = (
        int(referral_id) if referral_id and referral_id.isdigit() and int(referral_id) <= MAX_ID else None
    )
    trail = audit_page(session, cursor, 100, wanted, actor or None)
    return page(request, "audit.html", who, trail=trail, referral_id=wanted, actor=actor or "")


@router.get("/admin", response_class=HTMLResponse)
def admin(request: Request, session: SessionDep, who: Admin) -> HTMLResponse:
    return admin_page(request, session, who)


def admin_page(
    request: Request, session: Session, who: Principal, new_token: str | None = None, error: str | None = None
) -> HTMLResponse:
    users = session.exec(select(User).order_by(User.username)).all()
    tokens = session.exec(
        select(ApiToken, User.username).join(User, User.id == ApiToken.user_id).order_by(ApiToken.id)
    ).all()
    return page(request, "admin.html", who, users=users, tokens=tokens, new_token=new_token, error=error)


@router.post("/admin/tokens", response_class=HTMLResponse)
def issue_token(
    request: Request,
    session: SessionDep,
    who: Admin,
    username: Annotated[str, Form(max_length=120)],
    name: Annotated[str, Form(min_length=1, max_length=120)],
) -> HTMLResponse:
    """Shows the new token once, in the answer to the form: never in a URL, never stored in clear."""
    user = session.exec(select(User).where(User.username == username.strip().lower())).first()
    if user is None:
        return admin_page(request, session, who, error=f"No user named {username!r}")
    token, record = auth.issue_token(session, user, name)
    casework.audit(session, None, who.name, "token_issued", user=user.username, token=record.prefix)
    session.commit()
    return admin_page(request, session, who, new_token=token)


@router.post("/admin/users")
def create_user(
    request: Request,
    session: SessionDep,
    who: Admin,
    username: Annotated[str, Form(min_length=2, max_length=120)],
    role: Annotated[Role, Form()],
    password: Annotated[str, Form(min_length=12, max_length=1000)],
    display_name: Annotated[str, Form(max_length=200)] = "",
) -> Response:
    if session.exec(select(User).where(User.username == username.strip().lower())).first() is not None:
        return admin_page(request, session, who, error=f"A user named {username!r} already exists")
    user = auth.create_user(session, username, role, password, display_name=display_name)
    casework.audit(session, None, who.name, "user_created", user=user.username, role=user.role)
    session.commit()
    return RedirectResponse("/admin", status_code=303)


@router.get("/mail", response_class=HTMLResponse)
def mail(
    request: Request, session: SessionDep, who: Overseer, done: str | None = None, error: str | None = None
) -> HTMLResponse:
    rows = session.exec(
        select(Message).where(Message.state == "quarantined").order_by(Message.id.desc()).limit(200)
    ).all()
    return page(
        request,
        "mail.html",
        who,
        outbox=outbox_page(session, None, 100, None),
        quarantine=rows,
        done=done,
        error=error,
    )


@router.post("/mail/quarantine/{message_id}/reprocess")
def reprocess(message_id: Id, request: Request, session: SessionDep, who: Decider) -> RedirectResponse:
    try:
        casework.reprocess_message(session, who, message_id, request.app.state.sessions)
    except Problem as problem:
        return RedirectResponse(f"/mail?error={quote(problem.detail)}", status_code=303)
    return RedirectResponse(
        f"/mail?done={quote(f'Message {message_id} sent back to the worker')}", status_code=303
    )
