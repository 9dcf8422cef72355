"""Every route refuses a caller without credentials (401) and a caller of the wrong role (403).

The route list is read from the app itself, so a route added later is covered without editing this file.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from fastapi.routing import APIRoute, iter_route_contexts
from fastapi.testclient import TestClient
from sqlmodel import select

from api.app import create_app
from intake.spool import Spool
from models.db import migrate
from models.settings import Settings
from models.users import ApiToken, Role
from tests.api.conftest import bearer
from tests.api.seed import add_referral, make_users

PUBLIC = {
    ("GET", "/healthz"),
    ("GET", "/readyz"),
    ("GET", "/metrics"),
    ("GET", "/openapi.json"),
    ("GET", "/docs"),
    ("GET", "/docs/oauth2-redirect"),
    ("GET", "/redoc"),
    ("GET", "/login"),
    ("POST", "/login"),
}
# Ids that do not exist: a call that gets past the guard must not change what later calls see.
PATH_VALUES = {"index": "0", "item": "consent", "message_id": "999", "user_id": "999", "token_id": "999"}


def roles_of(route: APIRoute) -> frozenset[Role] | None:
    pending = list(route.dependant.dependencies)
    while pending:
        dependency = pending.pop()
        roles = getattr(dependency.call, "roles", None)
        if roles is not None:
            return roles
        pending.extend(dependency.dependencies)
    return None


def all_routes() -> list[tuple[str, str, frozenset[Role] | None]]:
    app = create_app(Settings(database_url="sqlite:///:memory:"))
    return [
        (method, context.path, roles_of(context.route))
        for context in iter_route_contexts(app.routes)
        if isinstance(context.route, APIRoute)
        for method in sorted(context.methods - {"HEAD"})
    ]


ROUTES = all_routes()
GUARDED = [(m, p, r) for m, p, r in ROUTES if (m, p) not in PUBLIC]
WRONG_ROLE = [(m, p, role) for m, p, roles in GUARDED for role in Role if roles and role not in roles]
RIGHT_ROLE = [(m, p, role) for m, p, roles in GUARDED for role in Role if roles and role in roles]


@dataclass
class World:
    client: TestClient
    tokens: dict[Role, str]
    referral_id: int


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    """One app and database for the whole matrix: the guard does not depend on the database engine."""
    root = tmp_path_factory.mktemp("authz")
    url = f"sqlite:///{root / 'frontdoor.db'}"
    migrate(url)
    settings = Settings(data_dir=root, database_url=url, admin_token="matrix-admin-token")
    app = create_app(settings)
    tokens = make_users(app.state.sessions)
    referral = add_referral(app.state.sessions, Spool(root / "spool"))
    with TestClient(app) as client:
        yield World(client, tokens, referral)


def url(path: str, referral_id: int) -> str:
    return path.format(referral_id=referral_id, **PATH_VALUES)


def call(client: TestClient, method: str, path: str, headers: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    body = {"json": {}} if method in {"POST", "PATCH", "PUT"} else {}
    return client.request(method, path, headers=headers or {}, follow_redirects=False, **body)


def route_id(value: object) -> str:
    return value.value if isinstance(value, Role) else str(value)


def test_every_route_but_sign_in_health_and_docs_is_guarded_by_a_role() -> None:
    unguarded = [(m, p) for m, p, roles in GUARDED if not roles]
    assert unguarded == []
    assert len(GUARDED) > 30


@pytest.mark.parametrize(("method", "path", "_roles"), GUARDED, ids=route_id)
def test_a_call_without_credentials_is_refused_with_401(world: World, method, path, _roles) -> None:
    assert call(world.client, method, url(path, world.referral_id)).status_code == 401


@pytest.mark.parametrize(("method", "path", "role"), WRONG_ROLE, ids=route_id)
def test_a_call_with_the_wrong_role_is_refused_with_403(world: World, method, path, role) -> None:
    response = call(world.client, method, url(path, world.referral_id), bearer(world.tokens[role]))
    assert response.status_code == 403


@pytest.mark.parametrize(("method", "path", "role"), RIGHT_ROLE, ids=route_id)
def test_a_call_with_the_right_role_gets_past_the_guard(world: World, method, path, role) -> None:
    response = call(world.client, method, url(path, world.referral_id), bearer(world.tokens[role]))
    assert response.status_code not in {401, 403}


def test_auditors_and_advisors_cannot_record_decisions(client, tokens, referral_id) -> None:
    for role in (Role.auditor, Role.advisor):
        response = client.post(
            f"/api/v1/referrals/{referral_id}/decision",
            headers=bearer(tokens[role]) | {"If-Match": '"v0"'},
            json={"decision": "nfa", "reason": "no concerns"},
        )
        assert response.status_code == 403


def test_guessing_referral_ids_without_rights_reveals_nothing(client, referral_id) -> None:
    answers = set()
    for guess in (referral_id, referral_id + 1, 999_999):
        for path in (
            f"/api/v1/referrals/{guess}",
            f"/referrals/{guess}",
            f"/api/v1/referrals/{guess}/attachments/0",
            f"/api/v1/referrals/{guess}/original.html",
        ):
            response = client.get(path, headers={"Authorization": "Bearer fd_guessed"})
            assert response.status_code == 401
            answers.add(response.json()["detail"])
    # The same answer whether the referral exists or not: no oracle for which ids are real.
    assert len(answers) == 1


def test_a_revoked_token_is_refused(client, tokens, sessions, referral_id) -> None:
    admin = bearer(tokens[Role.admin])
    with sessions() as session:
        advisor_token = session.exec(
            select(ApiToken).where(ApiToken.prefix == tokens[Role.advisor][:10])
        ).one()
    assert client.get("/api/v1/referrals", headers=bearer(tokens[Role.advisor])).status_code == 200
    assert client.delete(f"/api/v1/tokens/{advisor_token.id}", headers=admin).status_code == 204
    assert client.get("/api/v1/referrals", headers=bearer(tokens[Role.advisor])).status_code == 401


def test_the_admin_token_from_the_environment_works_and_is_stored_hashed(
    client, sessions, admin_headers
) -> None:
    assert client.get("/api/v1/me", headers=admin_headers).json()["role"] == "admin"
    with sessions() as session:
        stored = [t.token_hash for t in session.exec(select(ApiToken)).all()]
    assert admin_headers["Authorization"].split()[1] not in stored
