"""Fixtures for the triage API and web page: users of every role, a seeded referral, signed-in browsers."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import sessionmaker
from sqlmodel import Session

from intake.spool import Spool
from models.users import Role
from tests.api.seed import PASSWORD, add_referral, make_users


@pytest.fixture
def tokens(sessions: sessionmaker[Session]) -> dict[Role, str]:
    return make_users(sessions)


@pytest.fixture
def referral_id(sessions: sessionmaker[Session], spool: Spool) -> int:
    return add_referral(sessions, spool)


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def sign_in(client: TestClient, username: str, password: str = PASSWORD) -> TestClient:
    form = client.get("/login")
    csrf = re.search(r'name="csrf_token" value="([^"]+)"', form.text)
    assert csrf is not None
    response = client.post(
        "/login",
        data={"username": username, "password": password, "csrf_token": csrf[1]},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    return client


def page_csrf(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert match is not None
    return match[1]
