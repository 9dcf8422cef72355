"""Intake benchmark (not a test): throughput against a bare aiosmtpd server, latency, memory.

Runs, in the same invocation and with the same client:
  (a) a bare aiosmtpd server that discards every message (the ceiling for SMTP on this machine);
  (b) `frontdoor serve` on a fresh SQLite data dir, durability on (fsync'd spool + committed row).
Each gets MESSAGES messages of ~3 KB over SESSIONS concurrent loopback SMTP sessions. Prints the
throughput of each and their ratio, the latency from 250 to "parsed and listed" (from the
messages table: processed_at − received_at, p50/p99) for the burst (which includes waiting
behind the backlog the burst builds up) and for a paced phase at a rate the worker sustains, and
the peak RSS of `serve` and of its parse/extract child.

    .venv/bin/python bench/intake_throughput.py [--messages 10000] [--sessions 8]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import smtplib
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

INBOX = "wschildrenservices@westsussex.gov.uk"
BODY_LINE = "The AMHP assessed the person at home today; two children live at the address.\r\n"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def message(n: int) -> bytes:
    headers = (f"From: amhp@trust.nhs.example\r\nTo: {INBOX}\r\nSubject: MHA assessment {n}\r\n"
               f"Message-ID: <bench-{n}@trust.nhs.example>\r\n\r\n")
    return (headers + BODY_LINE * 38).encode()  # ~3 KB


def send_all(port: int, total: int, sessions: int, first: int = 0, interval: float = 0.0) -> float:
    """Deliver `total` messages over `sessions` concurrent connections, each session sending one
    message every `interval` seconds (0: as fast as it can); returns messages per second."""
    per_session = total // sessions

    def run(s: int) -> None:
        with smtplib.SMTP("127.0.0.1", port, timeout=120) as client:
            due = time.monotonic()
            for i in range(per_session):
                client.sendmail("amhp@trust.nhs.example", [INBOX], message(first + s * per_session + i))
                due += interval
                time.sleep(max(0.0, due - time.monotonic()))

    threads = [threading.Thread(target=run, args=(s,)) for s in range(sessions)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return per_session * sessions / (time.perf_counter() - started)


def bare_server(port: int) -> None:
    from aiosmtpd.smtp import SMTP

    class Discard:
        async def handle_DATA(self, server, session, envelope) -> str:  # type: ignore[no-untyped-def]
            return "250 OK"

    async def main() -> None:
        loop = asyncio.get_running_loop()
        server = await loop.create_server(lambda: SMTP(Discard(), hostname="bench"), "127.0.0.1", port)
        await server.serve_forever()

    asyncio.run(main())


def wait_until(check, within: float) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except (OSError, httpx.HTTPError):
            pass
        time.sleep(0.1)
    raise SystemExit("timed out waiting for the server")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def children(pid: int) -> list[int]:
    # Every thread's children: the parse/extract process is started from the worker thread.
    return [int(c) for task in Path(f"/proc/{pid}/task").iterdir()
            for c in (task / "children").read_text().split()]


def smtp_ready(port: int) -> bool:
    with smtplib.SMTP("127.0.0.1", port, timeout=2) as client:
        return client.noop()[0] == 250


def bench_bare(total: int, sessions: int) -> float:
    port = free_port()
    proc = subprocess.Popen([sys.executable, __file__, "--bare-server", str(port)])
    try:
        wait_until(lambda: smtp_ready(port), 30)
        return send_all(port, total, sessions)
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def bench_serve(total: int, sessions: int, data_dir: Path, paced_rate: float,
                paced_total: int) -> tuple[float, list[float], list[float], float, float]:
    smtp_port, http_port = free_port(), free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("FRONTDOOR_")}
    env |= {"FRONTDOOR_DATA_DIR": str(data_dir), "FRONTDOOR_SMTP_PORT": str(smtp_port),
            "FRONTDOOR_HTTP_PORT": str(http_port), "FRONTDOOR_LOG_FORMAT": "json"}
    frontdoor = Path(sys.executable).parent / "frontdoor"
    with (data_dir.parent / "serve.log").open("wb") as log:
        proc = subprocess.Popen([str(frontdoor), "serve"], env=env, stdout=log, stderr=log)
    peak = peak_child = 0.0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak, peak_child
        while not stop.wait(0.2):
            try:
                peak = max(peak, rss_mb(proc.pid))
                peak_child = max([peak_child] + [rss_mb(c) for c in children(proc.pid)])
            except OSError:
                pass

    try:
        wait_until(lambda: httpx.get(f"http://127.0.0.1:{http_port}/healthz").status_code == 200, 120)
        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        rate = send_all(smtp_port, total, sessions)
        burst = settled_latencies(data_dir, 0, total, within=1800)
        send_all(smtp_port, paced_total, sessions, first=total, interval=sessions / paced_rate)
        paced = settled_latencies(data_dir, total, paced_total, within=600)
        stop.set()
        return rate, burst, paced, peak, peak_child
    finally:
        stop.set()
        proc.terminate()
        proc.wait(timeout=60)


def settled_latencies(data_dir: Path, after_id: int, total: int, within: float) -> list[float]:
    """Seconds from acceptance to processed, for the `total` messages after row `after_id`."""
    import sqlite3

    db = data_dir / "frontdoor.db"
    query = ("SELECT (julianday(processed_at) - julianday(received_at)) * 86400 FROM messages "
             "WHERE processed_at IS NOT NULL AND id > ?")
    deadline = time.monotonic() + within
    rows: list[float] = []
    while time.monotonic() < deadline:
        with sqlite3.connect(db, timeout=30) as conn:
            rows = [r[0] for r in conn.execute(query, (after_id,))]
        if len(rows) >= total:
            return rows
        time.sleep(0.5)
    raise SystemExit(f"only {len(rows)} of {total} messages were processed in {within:g} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--sessions", type=int, default=8)
    parser.add_argument("--paced-rate", type=float, default=8.0, help="messages/s in the latency phase")
    parser.add_argument("--paced-messages", type=int, default=200)
    parser.add_argument("--bare-server", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.bare_server:
        bare_server(args.bare_server)
        return
    total = args.messages - args.messages % args.sessions
    print(f"{total} messages of {len(message(0))} bytes over {args.sessions} concurrent sessions")
    bare = bench_bare(total, args.sessions)
    print(f"bare aiosmtpd (discard):        {bare:8.0f} msg/s")
    with tempfile.TemporaryDirectory() as tmp:
        rate, burst, paced, peak, peak_child = bench_serve(total, args.sessions, Path(tmp) / "data",
                                                           args.paced_rate, args.paced_messages)
    print(f"frontdoor serve (durable):      {rate:8.0f} msg/s")
    print(f"throughput ratio serve / bare:  {rate / bare:8.2f}")
    for label, latencies in (("burst (backlog included)", burst),
                             (f"paced {args.paced_rate:g} msg/s", paced)):
        q = statistics.quantiles(latencies, n=100)
        print(f"250 -> parsed and listed, {label}: p50 {q[49] * 1000:.0f} ms, p99 {q[98] * 1000:.0f} ms")
    print(f"peak RSS of serve:              {peak:8.0f} MB (+ {peak_child:.0f} MB parse/extract child)")


if __name__ == "__main__":
    main()
