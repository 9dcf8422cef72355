"""The web page's protections: escaping of email content, CSRF, sign-in without enumeration, headers."""

from __future__ import annotations

from fastapi.testclient import TestClient

from models.tables import Message
from models.users import Role
from tests.api.conftest import page_csrf, sign_in
from tests.api.seed import add_referral, raw_email

HOSTILE = '<script>window.pwned=1</script><img src=x onerror="window.pwned=2">'


def test_script_in_an_email_is_shown_as_text_never_as_markup(
    client: TestClient, tokens, sessions, spool
) -> None:
    raw = raw_email(
        subject=f"Referral {HOSTILE}",
        body=f"Hello {HOSTILE} Jane Doe\n",
        html=f'<p>Hello</p>{HOSTILE}<a href="javascript:alert(1)">x</a>',
    )
    referral = add_referral(sessions, spool, raw)
    sign_in(client, "manager1")
    for path in ("/", f"/referrals/{referral}"):
        html = client.get(path).text
        assert "<script>window.pwned" not in html
        assert 'onerror="window' not in html
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in client.get(f"/referrals/{referral}").text
    original = client.get(f"/api/v1/referrals/{referral}/original.html")
    assert (
        "<script" not in original.text
        and "onerror" not in original.text
        and "javascript:" not in original.text
    )
    assert original.headers["content-security-policy"].startswith("sandbox;")


def test_pages_forbid_inline_script_and_framing(client: TestClient, tokens, referral_id) -> None:
    sign_in(client, "advisor1")
    response = client.get(f"/referrals/{referral_id}")
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "<script>" not in response.text  # only <script src=...>


def test_a_form_post_without_the_csrf_token_is_refused(client: TestClient, tokens, referral_id) -> None:
    sign_in(client, "manager1")
    refused = client.post(
        f"/referrals/{referral_id}/decide",
        follow_redirects=False,
        data={"version": "0", "decision": "nfa", "reason": "no concerns"},
    )
    assert refused.status_code == 403
    csrf = page_csrf(client.get(f"/referrals/{referral_id}").text)
    accepted = client.post(
        f"/referrals/{referral_id}/decide",
        follow_redirects=False,
        data={"version": "0", "decision": "nfa", "reason": "no concerns", "csrf_token": csrf},
    )
    assert accepted.status_code == 303 and "error" not in accepted.headers["location"]


def test_a_csrf_token_from_another_session_is_refused(app, tokens, referral_id) -> None:
    with TestClient(app) as mallory, TestClient(app) as victim:
        stolen = page_csrf(sign_in(mallory, "advisor1").get("/").text)
        sign_in(victim, "manager1")
        response = victim.post(
            f"/referrals/{referral_id}/decide",
            follow_redirects=False,
            data={"version": "0", "decision": "nfa", "reason": "x", "csrf_token": stolen},
        )
        assert response.status_code == 403


def test_sign_in_does_not_reveal_which_usernames_exist(client: TestClient, tokens) -> None:
    def attempt(username: str) -> tuple[int, str]:
        csrf = page_csrf(client.get("/login").text)
        response = client.post(
            "/login", data={"username": username, "password": "wrong password!", "csrf_token": csrf}
        )
        return response.status_code, response.text.split('role="alert">')[1].split("<")[0]

    assert attempt("advisor1") == attempt("nobody-by-this-name")


def test_repeated_failed_sign_ins_are_throttled(client: TestClient, tokens) -> None:
    codes = []
    for _ in range(7):
        csrf = page_csrf(client.get("/login").text)
        codes.append(
            client.post(
                "/login", data={"username": "auditor1", "password": "guess", "csrf_token": csrf}
            ).status_code
        )
    assert codes[:5] == [401] * 5 and codes[5:] == [429, 429]


def test_the_session_cookie_is_httponly_and_samesite(client: TestClient, tokens) -> None:
    csrf = page_csrf(client.get("/login").text)
    response = client.post(
        "/login",
        data={"username": "advisor1", "password": "correct horse battery staple", "csrf_token": csrf},
        follow_redirects=False,
    )
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie


def test_an_unauthenticated_page_visit_shows_the_sign_in_form(client: TestClient, referral_id) -> None:
    response = client.get(f"/referrals/{referral_id}", headers={"accept": "text/html"})
    assert response.status_code == 401 and 'action="/login"' in response.text


def test_the_wrong_role_sees_a_not_permitted_page(client: TestClient, tokens) -> None:
    sign_in(client, "advisor1")
    response = client.get("/admin", headers={"accept": "text/html"})
    assert response.status_code == 403 and "Not permitted" in response.text
    assert Role.advisor.value in client.get("/").text


def test_the_queue_filter_form_with_empty_fields_shows_the_queue(
    client: TestClient, tokens, referral_id
) -> None:
    sign_in(client, "advisor1")
    response = client.get(
        "/",
        params={
            "q": "",
            "status": "",
            "team": "",
            "assigned": "",
            "overdue": "",
            "has_missing": "",
            "received_from": "",
            "received_to": "",
        },
    )
    assert response.status_code == 200 and f"/referrals/{referral_id}" in response.text
    assert (
        client.get("/audit", params={"referral_id": "", "actor": ""}).status_code == 403
    )  # advisors: no audit


def test_an_admin_issues_a_token_on_the_page_and_it_works_once_shown(client: TestClient, tokens) -> None:
    sign_in(client, "admin1")
    csrf = page_csrf(client.get("/admin").text)
    response = client.post(
        "/admin/tokens", data={"username": "auditor1", "name": "reports", "csrf_token": csrf}
    )
    token = response.text.split("copy it now): <code>")[1].split("<")[0]
    client.cookies.clear()
    assert (
        client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"}).json()["username"]
        == "auditor1"
    )


def test_signing_in_never_redirects_to_another_site(client: TestClient, tokens) -> None:
    for target in ("//evil.example/", "/\\evil.example/", "https://evil.example/"):
        csrf = page_csrf(client.get("/login").text)
        response = client.post(
            "/login",
            follow_redirects=False,
            data={
                "username": "advisor1",
                "password": "correct horse battery staple",
                "csrf_token": csrf,
                "next": target,
            },
        )
        assert response.headers["location"] == "/"


def test_a_manager_sends_a_quarantined_message_back_from_the_page(
    client: TestClient, tokens, sessions
) -> None:
    with sessions() as session:
        session.add(
            Message(
                sha256="1" * 64,
                size=1,
                dedup_key="q",
                message_id="<broken@x>",
                recipients=[],
                state="quarantined",
                error="parse: broken",
            )
        )
        session.commit()
    sign_in(client, "manager1")
    listing = client.get("/mail").text
    assert "parse: broken" in listing
    action = "/mail/quarantine/" + listing.split('action="/mail/quarantine/')[1].split('"')[0]
    response = client.post(action, data={"csrf_token": page_csrf(listing)})
    assert "sent back to the worker" in response.text and "Quarantine is empty" in response.text
