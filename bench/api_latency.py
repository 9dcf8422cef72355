"""Triage API latency with 100,000 referrals: queue first page, 50th page and detail, against /healthz.

Runs the real app under uvicorn on a loopback port and times sequential HTTP requests from this process,
on SQLite and (when reachable) PostgreSQL. The /healthz timings in the same run give the floor that the
HTTP stack alone costs, so the ratio says what the database work adds.

    .venv/bin/python -m bench.api_latency [--referrals 100000] [--requests 200] [--only sqlite|postgresql]
"""

from __future__ import annotations

import argparse
import json
import random
import secrets
import socket
import statistics
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import psycopg
import uvicorn
from sqlalchemy import insert, text

from api import auth
from api.app import create_app
from intake.spool import Spool
from models.db import migrate
from models.settings import Settings
from models.tables import Message, Referral
from models.users import Role
from models.workflow import ReferralTriage
from tests.api.seed import add_referral, raw_email

PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/test"
BATCH = 5_000
PAGE = 50
RAW_MESSAGES = 2_000


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fill(app, spool: Spool, count: int) -> str:  # type: ignore[no-untyped-def]
    """Loads `count` referrals over RAW_MESSAGES distinct raw emails, returns an advisor token.

    More distinct emails than the detail view's parse cache holds, so random details mostly parse afresh."""
    template_id = add_referral(app.state.sessions, spool, raw_email())
    shas = [spool.write(raw_email(subject=f"MHA assessment {i}")) for i in range(RAW_MESSAGES)]
    with app.state.sessions() as session:
        template = session.get(Referral, template_id)
        extraction, missing = template.extraction, template.missing
        user = auth.create_user(session, "bench", Role.advisor, "bench password 1234")
        token, _ = auth.issue_token(session, user, "bench")
        session.commit()
    rng = random.Random(7)
    start = datetime.now(UTC) - timedelta(days=30)
    with app.state.sessions() as session:
        next_id = template_id + 1
        for offset in range(0, count - 1, BATCH):
            size = min(BATCH, count - 1 - offset)
            ids = range(next_id, next_id + size)
            moments = [start + timedelta(seconds=26 * (offset + i)) for i in range(size)]
            session.execute(
                insert(Referral),
                [
                    {
                        "id": rid,
                        "created_at": at,
                        "updated_at": at,
                        "message_id": f"<{rid}@bench>",
                        "dedup_key": f"<{rid}@bench>",
                        "sender": "amhp@example.nhs.uk",
                        "subject": f"MHA assessment {rid}",
                        "status": rng.choice(
                            ["ready_for_triage", "awaiting_information", "routed", "closed"]
                        ),
                        "priority": rng.randint(10, 99),
                        "priority_reasons": ["detained s2"],
                        "extraction": extraction,
                        "missing": missing if rid % 3 else [],
                    }
                    for rid, at in zip(ids, moments, strict=True)
                ],
            )
            session.execute(
                insert(Message),
                [
                    {
                        "sha256": shas[rid % RAW_MESSAGES],
                        "size": 1000,
                        "message_id": f"<{rid}@bench>",
                        "dedup_key": f"<{rid}@bench>",
                        "sender": "amhp@example.nhs.uk",
                        "recipients": [],
                        "received_at": at,
                        "state": "referral",
                        "attempts": 0,
                        "referral_id": rid,
                    }
                    for rid, at in zip(ids, moments, strict=True)
                ],
            )
            session.execute(
                insert(ReferralTriage),
                [
                    {
                        "referral_id": rid,
                        "profile": "west-sussex",
                        "received_at": at,
                        "out_of_hours": False,
                        "automatic": [],
                        "decision_due_at": at + timedelta(days=1),
                        "match": {},
                        "routed_to": [],
                        "conflicts": [],
                    }
                    for rid, at in zip(ids, moments, strict=True)
                ],
            )
            session.commit()
            next_id += size
    with app.state.sessions() as session:
        # Statistics as autovacuum would leave them after a bulk load; without them PostgreSQL plans blind.
        if session.get_bind().dialect.name == "postgresql":
            session.execute(text("ANALYZE"))
        session.commit()
    return token


@contextmanager
def served(app) -> Iterator[str]:  # type: ignore[no-untyped-def]
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_config=None, lifespan="off", access_log=False)
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(1000):
        if server.started:
            break
        time.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def timings(client: httpx.Client, paths: list[str]) -> dict[str, float]:
    spent = []
    for path in paths:
        began = time.perf_counter()
        response = client.get(path)
        spent.append((time.perf_counter() - began) * 1000)
        response.raise_for_status()
    spent.sort()
    return {
        "p50_ms": round(statistics.median(spent), 2),
        "p99_ms": round(spent[int(len(spent) * 0.99) - 1], 2),
        "max_ms": round(spent[-1], 2),
        "n": len(spent),
    }


def measure(url: str, data_dir: Path, count: int, requests: int) -> dict[str, object]:
    migrate(url)
    app = create_app(Settings(data_dir=data_dir, database_url=url))
    app.state.readiness.smtp_bound = True
    began = time.perf_counter()
    token = fill(app, Spool(data_dir / "spool"), count)
    load_seconds = time.perf_counter() - began
    with (
        served(app) as base,
        httpx.Client(base_url=base, headers={"Authorization": f"Bearer {token}"}, timeout=30) as client,
    ):
        cursor = None
        for _ in range(49):
            cursor = client.get(
                "/api/v1/referrals", params={"limit": PAGE} | ({"cursor": cursor} if cursor else {})
            ).json()["next"]
        rng = random.Random(11)
        details = [f"/api/v1/referrals/{rng.randint(1, count)}" for _ in range(requests)]
        timings(
            client, ["/healthz"] * 20 + details[:20]
        )  # warm-up: connections, caches, JIT-free but cold pages
        result = {
            "healthz": timings(client, ["/healthz"] * requests),
            "queue_first_page": timings(client, [f"/api/v1/referrals?limit={PAGE}"] * requests),
            "queue_page_50": timings(client, [f"/api/v1/referrals?limit={PAGE}&cursor={cursor}"] * requests),
            "detail": timings(client, details),
        }
    floor = result["healthz"]["p99_ms"]  # type: ignore[index]
    return {
        "referrals": count,
        "load_seconds": round(load_seconds, 1),
        **result,
        "p99_ratio_to_healthz": {
            k: round(v["p99_ms"] / floor, 1)  # type: ignore[index]
            for k, v in result.items()
            if k != "healthz"
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--referrals", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--only", choices=["sqlite", "postgresql"])
    args = parser.parse_args()
    report: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="fd-bench-") as tmp:
        if args.only in (None, "sqlite"):
            report["sqlite"] = measure(
                f"sqlite:///{tmp}/frontdoor.db", Path(tmp) / "sqlite", args.referrals, args.requests
            )
        if args.only in (None, "postgresql"):
            name = f"fd_bench_{secrets.token_hex(4)}"
            with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
                admin.execute(f'CREATE DATABASE "{name}"')
            try:
                report["postgresql"] = measure(
                    f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}",
                    Path(tmp) / "pg",
                    args.referrals,
                    args.requests,
                )
            finally:
                with psycopg.connect(PG_ADMIN, autocommit=True) as admin:
                    admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
