"""Path traversal and header tricks in attachment names: served only as a quoted download name."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from models.users import Role
from tests.api.seed import add_referral, make_users, raw_email

HOSTILE_NAMES = [
    "../../../../etc/passwd",
    "..\\..\\..\\Windows\\win.ini",
    "/var/lib/frontdoor/spool/evil.eml",
    "report.pdf%0D%0ASet-Cookie%3A%20session%3Dstolen",  # RFC 2231: decodes to a CRLF and a header
    "C:\\Users\\Public\\evil.exe",
]


def mail_with_attachment(name: str) -> bytes:
    raw = raw_email(attachment=("placeholder.bin", b"payload"))
    if "%" not in name:
        return raw.replace(b"placeholder.bin", name.encode())
    return raw.replace(b'filename="placeholder.bin"', f"filename*=utf-8''{name}".encode())


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_a_hostile_attachment_name_never_becomes_a_path_or_a_header(client: TestClient, sessions, spool,
                                                                     name: str) -> None:
    token = make_users(sessions)[Role.advisor]
    referral_id = add_referral(sessions, spool, mail_with_attachment(name))
    before = sorted(p for p in spool.root.rglob("*") if p.is_file())
    response = client.get(f"/api/v1/referrals/{referral_id}/attachments/0",
                          headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200
    assert response.content == b"payload"
    disposition = response.headers["content-disposition"]
    assert disposition.startswith("attachment; filename*=UTF-8''")
    assert not any(c in disposition for c in "/\\\r\n\"")
    assert "set-cookie" not in response.headers
    assert sorted(p for p in spool.root.rglob("*") if p.is_file()) == before, "nothing written to disk"
