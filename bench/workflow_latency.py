"""Workflow benchmark (not a test): from the intake's 250 to the forward or missing-information reply
handed to the relay, at a sustained referral rate.

Starts `frontdoor serve` on a fresh data dir (SQLite, or --database-url) with a capturing aiosmtpd
relay, imports the fixture case register, then sends referrals at --rate per second for --seconds:
half for an allocated child (→ `forward`), half with gaps (→ `missing-info`). Latency per referral is
relay receipt time − time the 250 came back; prints count, p50, p95, p99, max, and how many were
missing or duplicated.

    .venv/bin/python bench/workflow_latency.py [--rate 20] [--seconds 30] [--database-url URL]
"""

from __future__ import annotations

import argparse
import email
import email.policy
import os
import smtplib
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

import httpx
from aiosmtpd.controller import Controller

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
from tests.workflow.mails import referral  # noqa: E402

INBOX = "wschildrenservices@westsussex.gov.uk"
KINDS = ("forward", "missing-info")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Relay:
    def __init__(self) -> None:
        self.arrived: dict[str, float] = {}
        self.counts: Counter[str] = Counter()
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope) -> str:  # type: ignore[no-untyped-def]
        msg = email.message_from_bytes(envelope.content, policy=email.policy.default)
        if msg["X-Frontdoor-Kind"] in KINDS:
            answers = str(msg["In-Reply-To"])
            with self.lock:
                self.counts[answers] += 1
                self.arrived.setdefault(answers, time.perf_counter())
        return "250 2.0.0 ok"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rate", type=float, default=20.0)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--database-url", default=None)
    parser.add_argument("--drain-seconds", type=float, default=120.0)
    args = parser.parse_args()

    relay = Relay()
    relay_port = free_port()
    controller = Controller(relay, hostname="127.0.0.1", port=relay_port)
    controller.start()
    data = Path(tempfile.mkdtemp(prefix="fd-bench-"))
    smtp_port, http_port = free_port(), free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("FRONTDOOR_")}
    env.update(FRONTDOOR_DATA_DIR=str(data), FRONTDOOR_SMTP_PORT=str(smtp_port),
               FRONTDOOR_HTTP_PORT=str(http_port), FRONTDOOR_INBOX=INBOX, FRONTDOOR_RELAY_HOST="127.0.0.1",
               FRONTDOOR_RELAY_PORT=str(relay_port), FRONTDOOR_LOG_FORMAT="json")
    if args.database_url:
        env["FRONTDOOR_DATABASE_URL"] = args.database_url
    frontdoor = str(Path(sys.executable).parent / "frontdoor")
    subprocess.run([frontdoor, "migrate"], env=env, check=True, capture_output=True)
    subprocess.run([frontdoor, "cases", "import", str(REPO / "fixtures" / "case_register.csv")], env=env,
                   check=True, capture_output=True)
    log = (data / "serve.log").open("wb")
    serve = subprocess.Popen([frontdoor, "serve"], env=env, stdout=log, stderr=log)
    try:
        for _ in range(600):
            try:
                if httpx.get(f"http://127.0.0.1:{http_port}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        else:
            raise SystemExit("serve did not become healthy")

        total = int(args.rate * args.seconds)
        accepted: dict[str, float] = {}
        lag = 0.0
        with smtplib.SMTP("127.0.0.1", smtp_port, timeout=60) as client:
            start = time.perf_counter()
            for n in range(total):
                due = start + n / args.rate
                pause = due - time.perf_counter()
                if pause > 0:
                    time.sleep(pause)
                lag = max(lag, -pause)
                message_id = f"bench-{n}@nhs.example"
                # Each from its own AMHP, as in life: the per-sender reply cap does not apply.
                amhp = f"amhp{n}@sussexpartnership.example"
                raw = referral(message_id, sender=amhp) if n % 2 == 0 else referral(
                    message_id, child="Mia Example", omit=("consent",), sender=amhp)
                client.sendmail(amhp, [INBOX], raw)
                accepted[f"<{message_id}>"] = time.perf_counter()
            sent_for = time.perf_counter() - start
        deadline = time.perf_counter() + args.drain_seconds
        while time.perf_counter() < deadline and len(relay.arrived) < total:
            time.sleep(0.2)
        time.sleep(1.0)  # anything sent twice would arrive now
        metrics = httpx.get(f"http://127.0.0.1:{http_port}/metrics", timeout=10).text
    finally:
        serve.terminate()
        serve.wait(timeout=120)
        controller.stop()

    latencies = sorted(relay.arrived[k] - accepted[k] for k in accepted if k in relay.arrived)
    duplicates = sum(1 for c in relay.counts.values() if c > 1)

    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(p * len(latencies)))] if latencies else float("nan")

    print(f"referrals sent: {total} at {total / sent_for:.1f}/s (target {args.rate}/s, worst send lag "
          f"{lag * 1000:.0f} ms); database: {'postgresql' if args.database_url else 'sqlite'}")
    print(f"handed to relay: {len(latencies)}; missing: {total - len(latencies)}; duplicated: {duplicates}")
    if latencies:
        print(f"250 → relay latency: p50 {pct(0.50):.3f} s, p95 {pct(0.95):.3f} s, p99 {pct(0.99):.3f} s, "
              f"max {latencies[-1]:.3f} s, mean {statistics.mean(latencies):.3f} s")
    print("mean seconds per stage:", stage_means(metrics))
    return 0


def stage_means(metrics: str) -> str:
    sums: dict[str, float] = {}
    counts: dict[str, float] = {}
    for line in metrics.splitlines():
        if line.startswith("frontdoor_stage_seconds_sum"):
            sums[line.split('"')[1]] = float(line.rsplit(" ", 1)[1])
        elif line.startswith("frontdoor_stage_seconds_count"):
            counts[line.split('"')[1]] = float(line.rsplit(" ", 1)[1])
    return ", ".join(f"{k} {sums[k] / counts[k]:.3f}" for k in sums if counts.get(k))


if __name__ == "__main__":
    raise SystemExit(main())
