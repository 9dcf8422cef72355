"""Dependencies of the routes: the database session and who is asking.

Authorisation is a dependency (`require_role`), never an `if` in a route. Identity comes from
`api.auth` (bearer API tokens, browser session cookies); a cookie session must also present its CSRF
token on every unsafe request. No credentials → 401; the wrong role → 403.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlmodel import Session

from api.auth import CSRF_FORM_FIELD, CSRF_HEADER, Principal, authenticate_request, csrf_valid
from models.users import Role

bearer = HTTPBearer(auto_error=False)
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def get_session(request: Request) -> Iterator[Session]:
    with request.app.state.sessions() as session:
        yield session


SessionDep = Annotated[Session, Depends(get_session)]


def authenticate(request: Request, session: SessionDep,
                 _credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> Principal:
    # `_credentials` only documents the bearer scheme in OpenAPI; cookies are read by authenticate_request.
    principal = authenticate_request(request, session)
    if principal is None:
        session.rollback()
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "Sign in or send a valid bearer token",
                            headers={"WWW-Authenticate": "Bearer"})
    if session.dirty or session.deleted:
        session.commit()  # a last-seen stamp (once a minute); else the route goes on in this transaction
    request.state.principal = principal
    return principal


async def _submitted_csrf(request: Request) -> str | None:
    if CSRF_HEADER in request.headers:
        return request.headers[CSRF_HEADER]
    if request.headers.get("content-type", "").startswith(("application/x-www-form-urlencoded",
                                                          "multipart/form-data")):
        value = (await request.form()).get(CSRF_FORM_FIELD)
        return value if isinstance(value, str) else None
    return None


def require_role(*roles: str) -> Callable[..., Awaitable[Principal]]:
    wanted = frozenset(Role(r) for r in roles)

    async def check(request: Request, principal: Annotated[Principal, Depends(authenticate)]) -> Principal:
        if principal.role not in wanted:
            raise HTTPException(status.HTTP_403_FORBIDDEN,
                                f"Needs one of the roles: {', '.join(sorted(wanted))}")
        if request.method in UNSAFE_METHODS and not csrf_valid(principal, await _submitted_csrf(request)):
            raise HTTPException(status.HTTP_403_FORBIDDEN,
                                "The form's CSRF token is missing or stale: reload the page")
        return principal

    # Read by the tests that prove every route refuses the wrong role.
    check.roles = wanted  # type: ignore[attr-defined]
    return check


PrincipalDep = Annotated[Principal, Depends(authenticate)]

