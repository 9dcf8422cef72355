"""The 344 awkward real-world messages of ../shared/mime over real SMTP: none refused, none lost."""

from __future__ import annotations

import re
import smtplib
from collections import defaultdict

import pytest
from sqlmodel import select

from models.tables import Message, Referral
from tests.conftest import INBOX, SHARED, run_worker_until_idle

MIME_CORPUS = SHARED / "mime"
FILES = sorted(p for p in MIME_CORPUS.rglob("*.eml"))


def as_relayed(raw: bytes) -> bytes:
    """What a relay puts on the wire: CRLF line ends (bare CRs are left alone), ending in CRLF."""
    crlf = re.sub(rb"\r?\n", b"\r\n", raw)
    return crlf if crlf.endswith(b"\r\n") else crlf + b"\r\n"


def test_the_corpus_is_present() -> None:
    assert len(FILES) == 344, f"expected the 344 messages of {MIME_CORPUS}"


@pytest.mark.slow
def test_every_corpus_message_is_accepted_stored_and_settled(smtp_server, sessions, spool, worker) -> None:
    sent: dict[str, bytes] = {}
    with smtplib.SMTP(smtp_server.host, smtp_server.port, timeout=120) as client:
        for path in FILES:
            raw = as_relayed(path.read_bytes())
            assert client.sendmail("relay@example.org", [INBOX], raw) == {}, path
            sent[str(path.relative_to(MIME_CORPUS))] = raw
    run_worker_until_idle(worker)

    with sessions() as session:
        rows = list(session.exec(select(Message).order_by(Message.id)).all())
        referral_ids = set(session.exec(select(Referral.id)).all())
    assert len(rows) == len(FILES)
    assert [spool.read(r.sha256) for r in rows] == list(sent.values())
    unsettled = [(name, r.state) for name, r in zip(sent, rows, strict=True)
                 if r.state not in {"referral", "follow_up", "non_referral", "quarantined"}]
    assert unsettled == []
    unexplained = [n for n, r in zip(sent, rows, strict=True) if r.state == "quarantined" and not r.error]
    assert unexplained == []

    by_key: dict[str, set[int | None]] = defaultdict(set)
    for r in rows:
        if r.state in {"referral", "follow_up"}:
            by_key[r.dedup_key].add(r.referral_id)
    assert all(len(ids) == 1 for ids in by_key.values()), "duplicates must fold into one referral"
    assert {i for ids in by_key.values() for i in ids} == referral_ids

