"""The read API of CONTRACT §2: tokens, pagination, the queue order, health and metrics."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.orm import sessionmaker
from sqlmodel import Session

from models.tables import Message, Referral

ENDPOINTS = ["/api/v1/referrals", "/api/v1/messages", "/api/v1/quarantine"]


def add_messages(sessions: sessionmaker[Session], count: int, state: str = "pending") -> list[int]:
    with sessions() as session:
        rows = [Message(sha256=f"{i:064x}", size=1, message_id=f"<{state}{i}@x>", dedup_key=f"<{state}{i}@x>",
                        recipients=[], state=state, error="parse: broken" if state == "quarantined" else None)
                for i in range(count)]
        session.add_all(rows)
        session.commit()
        return [r.id for r in rows if r.id is not None]


def add_referral(sessions: sessionmaker[Session], priority: int) -> int:
    with sessions() as session:
        referral = Referral(message_id=f"<p{priority}@x>", subject="s", priority=priority)
        session.add(referral)
        session.commit()
        assert referral.id is not None
        return referral.id


@pytest.mark.parametrize("path", ENDPOINTS)
def test_lists_need_a_bearer_token(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


@pytest.mark.parametrize("path", ENDPOINTS)
def test_a_wrong_token_is_refused(client: TestClient, path: str) -> None:
    assert client.get(path, headers={"Authorization": "Bearer not-the-token"}).status_code == 401


def test_messages_are_listed_newest_first_one_page_at_a_time(client, sessions, admin_headers) -> None:
    ids = add_messages(sessions, 5)
    seen: list[int] = []
    cursor = None
    for _ in range(10):
        params = {"limit": 2} | ({"cursor": cursor} if cursor else {})
        body = client.get("/api/v1/messages", params=params, headers=admin_headers).json()
        seen += [item["id"] for item in body["items"]]
        cursor = body["next"]
        if cursor is None:
            break
    assert seen == sorted(ids, reverse=True)


def test_message_items_carry_the_contract_fields(client, sessions, admin_headers) -> None:
    add_messages(sessions, 1)
    [item] = client.get("/api/v1/messages", headers=admin_headers).json()["items"]
    assert set(item) >= {"id", "message_id", "received_at", "sender", "state", "referral_id"}


def test_referrals_are_listed_highest_priority_first(client, sessions, admin_headers) -> None:
    low, high, middle = add_referral(sessions, 1), add_referral(sessions, 9), add_referral(sessions, 5)
    first = client.get("/api/v1/referrals", params={"limit": 2}, headers=admin_headers).json()
    second = client.get("/api/v1/referrals", params={"cursor": first["next"]}, headers=admin_headers).json()
    assert [r["id"] for r in first["items"] + second["items"]] == [high, middle, low]
    assert second["next"] is None
    assert set(first["items"][0]) >= {"id", "message_id", "received_at", "sender", "subject", "status",
                                      "priority", "missing", "extraction"}


def test_quarantine_lists_only_failed_messages_with_their_error(client, sessions, admin_headers) -> None:
    add_messages(sessions, 2)
    failed = add_messages(sessions, 2, state="quarantined")
    items = client.get("/api/v1/quarantine", headers=admin_headers).json()["items"]
    assert [(i["id"], i["error"]) for i in items] == [(f, "parse: broken") for f in reversed(failed)]


def test_limit_is_capped_at_200(client, admin_headers) -> None:
    assert client.get("/api/v1/messages", params={"limit": 201}, headers=admin_headers).status_code == 422


def test_a_garbled_cursor_is_a_client_error(client, admin_headers) -> None:
    assert client.get("/api/v1/messages", params={"cursor": "%%%"}, headers=admin_headers).status_code == 400


def test_health_is_ok_only_once_the_smtp_listener_is_bound(client, app) -> None:
    assert client.get("/healthz").status_code == 503
    app.state.readiness.smtp_bound = True
    assert client.get("/healthz").json() == {"status": "ok"}
    assert client.get("/readyz").status_code == 200


def test_not_ready_while_draining_for_shutdown(client, app) -> None:
    app.state.readiness.smtp_bound = True
    app.state.readiness.draining = True
    assert client.get("/readyz").status_code == 503


def test_metrics_are_exposed_for_prometheus(client) -> None:
    body = client.get("/metrics").text
    assert "frontdoor_messages_accepted_total" in body
    assert "frontdoor_messages_quarantined_total" in body


def test_openapi_document_is_served(client) -> None:
    assert "/api/v1/referrals" in client.get("/openapi.json").json()["paths"]
