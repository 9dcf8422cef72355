"""Who is calling: local passwords, browser sessions with CSRF tokens, bearer API tokens.

Authorisation (which role may call which route) is `api.deps.require_role`; this module only
establishes identity. OIDC sign-in plugs in through `sign_in_external`: a provider verifies the
person, and we map its subject to an account an administrator has linked.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from fastapi import Request, Response
from sqlmodel import Session, select

from models.users import ApiToken, Role, User, WebSession

SESSION_COOKIE = "fd_session"
LOGIN_CSRF_COOKIE = "fd_login_csrf"
CSRF_FORM_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
SESSION_IDLE = timedelta(hours=8)
SESSION_MAX = timedelta(hours=12)
TOKEN_PREFIX = "fd_"

ALL_ROLES = frozenset(Role)
READERS = ALL_ROLES
WORKERS = frozenset({Role.advisor, Role.manager, Role.admin})
DECIDERS = frozenset({Role.manager, Role.admin})
AUDIT_READERS = frozenset({Role.manager, Role.admin, Role.auditor})
ADMINS = frozenset({Role.admin})

_hasher = PasswordHasher()
# Verified when the username is unknown, so a wrong name costs the same time as a wrong password.
_DUMMY_HASH = _hasher.hash(secrets.token_urlsafe(16))


@dataclass(frozen=True)
class Principal:
    user: User
    via: str  # "token" | "session"
    web_session: WebSession | None = None

    @property
    def role(self) -> Role:
        return Role(self.user.role)

    @property
    def name(self) -> str:
        return self.user.username

    @property
    def roles(self) -> frozenset[Role]:
        return frozenset({self.role})


def utcnow() -> datetime:
    return datetime.now(UTC)


def _aware(moment: datetime) -> datetime:
    # SQLite hands datetimes back naive; they were stored as UTC.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def create_user(session: Session, username: str, role: Role, password: str | None = None,
                display_name: str = "", email: str | None = None) -> User:
    user = User(username=username.strip().lower(), role=Role(role).value,
                display_name=display_name or username, email=email,
                password_hash=hash_password(password) if password else None)
    session.add(user)
    session.flush()
    return user


def authenticate_password(session: Session, username: str, password: str) -> User | None:
    user = session.exec(select(User).where(User.username == username.strip().lower())).first()
    stored = user.password_hash if user is not None and user.active and user.password_hash else None
    try:
        _hasher.verify(stored or _DUMMY_HASH, password)
    except (VerificationError, InvalidHashError):
        return None
    if stored is None:
        return None
    if _hasher.check_needs_rehash(stored):
        user.password_hash = hash_password(password)
    return user


class LoginThrottle:
    """Refuses further attempts for a username or a client address after repeated failures.

    Keyed on both so one address cannot spray many names and many addresses cannot hammer one name.
    Kept in memory: the service is one process, and a restart forgetting failures is acceptable.
    """

    def __init__(self, max_failures: int = 5, window_seconds: float = 900.0) -> None:
        self.max_failures = max_failures
        self.window = window_seconds
        self._failures: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        times = self._failures[key]
        while times and now - times[0] > self.window:
            times.popleft()
        return times

    def blocked(self, username: str, address: str) -> bool:
        now = time.monotonic()
        with self._lock:
            return any(len(self._recent(k, now)) >= self.max_failures
                       for k in (f"u:{username.strip().lower()}", f"a:{address}"))

    def failed(self, username: str, address: str) -> None:
        now = time.monotonic()
        with self._lock:
            for key in (f"u:{username.strip().lower()}", f"a:{address}"):
                self._recent(key, now).append(now)

    def succeeded(self, username: str) -> None:
        with self._lock:
            self._failures.pop(f"u:{username.strip().lower()}", None)


def start_session(session: Session, user: User) -> str:
    """Creates a browser session and returns the cookie value (never stored)."""
    cookie = secrets.token_urlsafe(32)
    now = utcnow()
    session.add(WebSession(id=digest(cookie), user_id=user.id, csrf_token=secrets.token_urlsafe(32),
                           created_at=now, expires_at=now + SESSION_MAX, last_seen_at=now))
    session.flush()
    return cookie


def end_session(session: Session, cookie: str | None) -> None:
    if cookie:
        record = session.get(WebSession, digest(cookie))
        if record is not None:
            session.delete(record)


def set_session_cookie(response: Response, request: Request, cookie: str) -> None:
    response.set_cookie(SESSION_COOKIE, cookie, max_age=int(SESSION_MAX.total_seconds()), httponly=True,
                        samesite="lax", secure=request.url.scheme == "https", path="/")


def principal_from_session(session: Session, cookie: str) -> Principal | None:
    record = session.get(WebSession, digest(cookie))
    if record is None:
        return None
    now = utcnow()
    if _aware(record.expires_at) <= now or now - _aware(record.last_seen_at) > SESSION_IDLE:
        session.delete(record)
        return None
    user = session.get(User, record.user_id)
    if user is None or not user.active:
        return None
    # Touch at most once a minute: a page load should not always write.
    if now - _aware(record.last_seen_at) > timedelta(minutes=1):
        record.last_seen_at = now
    return Principal(user=user, via="session", web_session=record)


def issue_token(session: Session, user: User, name: str) -> tuple[str, ApiToken]:
    """Returns the token text (shown once) and its stored record."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    record = ApiToken(user_id=user.id, name=name, token_hash=digest(token), prefix=token[:10])
    session.add(record)
    session.flush()
    return token, record


def principal_from_bearer(session: Session, token: str) -> Principal | None:
    record = session.exec(select(ApiToken).where(ApiToken.token_hash == digest(token))).first()
    if record is None or record.revoked_at is not None:
        return None
    user = session.get(User, record.user_id)
    if user is None or not user.active:
        return None
    now = utcnow()
    if record.last_used_at is None or now - _aware(record.last_used_at) > timedelta(minutes=1):
        record.last_used_at = now
    return Principal(user=user, via="token")


def authenticate_request(request: Request, session: Session) -> Principal | None:
    header = request.headers.get("authorization", "")
    scheme, _, credentials = header.partition(" ")
    if scheme.lower() == "bearer" and credentials.strip():
        return principal_from_bearer(session, credentials.strip())
    cookie = request.cookies.get(SESSION_COOKIE)
    if cookie:
        return principal_from_session(session, cookie)
    return None


def csrf_valid(principal: Principal, submitted: str | None) -> bool:
    """Bearer calls carry no ambient credential, so only cookie sessions need the token."""
    if principal.web_session is None:
        return True
    return bool(submitted) and hmac.compare_digest(principal.web_session.csrf_token, submitted)


def ensure_admin_token(session: Session, token: str) -> None:
    """FRONTDOOR_ADMIN_TOKEN: make sure this token exists, unrevoked, for an admin account."""
    record = session.exec(select(ApiToken).where(ApiToken.token_hash == digest(token))).first()
    if record is not None and record.revoked_at is None:
        return
    user = session.exec(select(User).where(User.username == "admin")).first()
    if user is None:
        user = create_user(session, "admin", Role.admin, display_name="Administrator")
    if record is None:
        session.add(ApiToken(user_id=user.id, name="FRONTDOOR_ADMIN_TOKEN", token_hash=digest(token),
                             prefix=token[:10]))
    else:
        record.revoked_at = None
    session.flush()


@dataclass(frozen=True)
class ExternalIdentity:
    """What an identity provider (OIDC) vouches for after its own sign-in flow."""

    subject: str
    email: str | None = None


def sign_in_external(session: Session, identity: ExternalIdentity) -> str | None:
    """Starts a session for the account linked to this identity, or None if no account is linked."""
    user = session.exec(select(User).where(User.oidc_subject == identity.subject)).first()
    if user is None or not user.active:
        return None
    return start_session(session, user)
