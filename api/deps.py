"""Dependencies of the routes: the database session and who is asking.

Authorisation is a dependency (`require_role`), never an `if` in a route. Today the only
principal is the admin bearer token from FRONTDOOR_ADMIN_TOKEN; user accounts and sessions
plug in to `authenticate` without touching the routes.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, HTTPException, Request, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlmodel import Session

bearer = HTTPBearer(auto_error=False)


@dataclass(frozen=True)
class Principal:
    name: str
    roles: frozenset[str]


def get_session(request: Request) -> Iterator[Session]:
    with request.app.state.sessions() as session:
        yield session


def authenticate(request: Request,
                 credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> Principal:
    token = request.app.state.settings.admin_token
    if credentials is not None and token and secrets.compare_digest(credentials.credentials.encode(),
                                                                    token.encode()):
        return Principal("admin-token", frozenset({"admin"}))
    raise HTTPException(status.HTTP_401_UNAUTHORIZED, "A valid bearer token is required",
                        headers={"WWW-Authenticate": "Bearer"})


def require_role(*roles: str) -> Callable[[Principal], Principal]:
    wanted = frozenset(roles)

    def check(principal: Annotated[Principal, Depends(authenticate)]) -> Principal:
        if not principal.roles & wanted:
            raise HTTPException(status.HTTP_403_FORBIDDEN,
                                f"Needs one of the roles: {', '.join(sorted(wanted))}")
        return principal

    return check


SessionDep = Annotated[Session, Depends(get_session)]
