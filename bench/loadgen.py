"""Load generator: concurrent asyncio SMTP sessions over loopback, bounded in count and in time.

Each of SESSIONS sessions keeps one connection open and sends its share of the messages, either as
fast as the server answers or paced so that all sessions together offer RATE messages per second.
Every message carries a Message-ID naming its number, so the caller can check that what was
acknowledged with 250 is exactly what the server stored.

    .venv/bin/python -m bench.loadgen --port 8025 [--messages 1000] [--sessions 8] [--rate 50]
"""

from __future__ import annotations

import argparse
import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import aiosmtplib

INBOX = "wschildrenservices@westsussex.gov.uk"
SENDER = "amhp@trust.nhs.example"
BODY_LINE = "The AMHP assessed the person at home today; two children live at the address.\r\n"


def message(n: int, tag: str = "load") -> bytes:
    """A ~3 KB referral-like message numbered n."""
    headers = (f"From: {SENDER}\r\nTo: {INBOX}\r\nSubject: MHA assessment {n}\r\n"
               f"Message-ID: <{tag}-{n}@trust.nhs.example>\r\n\r\n")
    return (headers + BODY_LINE * 38).encode()


@dataclass
class LoadResult:
    offered: int
    acknowledged: dict[int, float] = field(default_factory=dict)  # message number → wall time of the 250
    refused: int = 0
    elapsed: float = 0.0

    @property
    def rate(self) -> float:
        return len(self.acknowledged) / self.elapsed if self.elapsed else 0.0


async def _session(port: int, numbers: range, interval: float, deadline: float, result: LoadResult,
                   make: Callable[[int], bytes]) -> None:
    client = aiosmtplib.SMTP(hostname="127.0.0.1", port=port, timeout=120, start_tls=False)
    await client.connect()
    try:
        due = time.monotonic()
        for n in numbers:
            if time.monotonic() > deadline:
                return
            try:
                await client.sendmail(SENDER, [INBOX], make(n))
            except aiosmtplib.SMTPResponseException:
                result.refused += 1
            else:
                result.acknowledged[n] = time.time()
            due += interval
            await asyncio.sleep(max(0.0, due - time.monotonic()))
    finally:
        if client.is_connected:
            await client.quit()


async def run_load(port: int, total: int, sessions: int = 8, rate: float | None = None,
                   max_seconds: float = 600.0, make: Callable[[int], bytes] = message,
                   first: int = 0) -> LoadResult:
    """Send messages first..first+total-1; stop early after max_seconds. rate=None: as fast as possible."""
    interval = sessions / rate if rate else 0.0
    result = LoadResult(offered=total)
    deadline = time.monotonic() + max_seconds
    started = time.perf_counter()
    await asyncio.gather(*(
        _session(port, range(first + s, first + total, sessions), interval, deadline, result, make)
        for s in range(sessions)))
    result.elapsed = time.perf_counter() - started
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=8025)
    parser.add_argument("--messages", type=int, default=1000)
    parser.add_argument("--sessions", type=int, default=8)
    parser.add_argument("--rate", type=float, help="messages/s offered in total (default: flat out)")
    parser.add_argument("--max-seconds", type=float, default=600.0)
    args = parser.parse_args()
    result = asyncio.run(run_load(args.port, args.messages, args.sessions, args.rate, args.max_seconds))
    print(f"{len(result.acknowledged)} of {result.offered} acknowledged, {result.refused} refused, "
          f"{result.rate:.0f} msg/s over {result.elapsed:.1f} s")


if __name__ == "__main__":
    main()
