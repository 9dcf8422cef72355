"""Extraction benchmark (not a test): parse + extract on one core, against mail-parser alone.

In one run, on CPU time (so other work on the machine matters less):
  (a) msg/s over the labelled dev corpus for mail-parser alone, intake.mime.parse_message, and
      parse + triage.extract.extract, and the ratio of the last to mail-parser;
  (b) one ~10 MB message with attachments: parse + extract time and peak Python memory (tracemalloc);
  (c) linearity: a referral body repeated to 1x, 2x and 4x its size, time relative to 1x.

    .venv/bin/python -m bench.extraction_rate

bench/report.py takes its extraction section from `extraction_rates` here.
"""

from __future__ import annotations

import random
import time
import tracemalloc
from collections.abc import Callable
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

import mailparser

from intake.mime import parse_message
from triage.extract import extract

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "dev"


def _corpus() -> list[bytes]:
    return [p.read_bytes() for p in sorted(CORPUS.glob("*.eml"))]


def _cpu_seconds(fn: Callable[[bytes], object], messages: list[bytes]) -> float:
    began = time.process_time()
    for raw in messages:
        fn(raw)
    return time.process_time() - began


def _parse_and_extract(raw: bytes) -> object:
    return extract(parse_message(raw))


def extraction_rates() -> dict[str, float]:
    """msg/s (CPU time) over the dev corpus: mail-parser, parse, parse + extract."""
    corpus = _corpus()
    _parse_and_extract(corpus[0])  # load the pipeline outside the timing
    rate = {name: len(corpus) / _cpu_seconds(fn, corpus) for name, fn in
            (("mail_parser", mailparser.parse_from_bytes), ("parse", parse_message),
             ("parse_extract", _parse_and_extract))}
    return {"messages": len(corpus), **rate}


def _referral(body: str, attachments: int = 0, attachment_bytes: int = 0) -> bytes:
    msg = EmailMessage(policy=default)
    msg["From"] = "AMHP Duty <amhp.duty@example.org>"
    msg["To"] = "wschildrenservices@westsussex.gov.uk"
    msg["Subject"] = "Referral following Mental Health Act assessment"
    msg.set_content(body)
    noise = random.Random(0)
    for n in range(attachments):
        msg.add_attachment(noise.randbytes(attachment_bytes), maintype="application", subtype="octet-stream",
                           filename=f"report-{n}.bin")
    return msg.as_bytes()


def _body_text() -> str:
    """The plain text of the first corpus message with a body, as a realistic referral."""
    for raw in _corpus():
        part = mailparser.parse_from_bytes(raw).text_plain
        if part:
            return str(part[0])
    raise SystemExit("no plain-text message in the dev corpus")


def large_message(size_mb: float = 10.0) -> dict[str, float]:
    """Parse + extract of one message of about `size_mb` MB (a referral and four attachments)."""
    # base64 grows the attachments by 4/3; four of them make up the size.
    raw = _referral(_body_text(), attachments=4, attachment_bytes=int(size_mb * 1e6 * 3 / 4 / 4))
    tracemalloc.start()
    seconds = _cpu_seconds(_parse_and_extract, [raw])
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"size_mb": len(raw) / 1e6, "seconds": seconds, "peak_mb": peak / 1e6}


def linearity(repeats: int = 8, rounds: int = 5) -> dict[int, float]:
    """CPU time of parse + extract for the body at 1x, 2x and 4x, relative to 1x (best of `rounds`)."""
    body = _body_text()
    times = {}
    for factor in (1, 2, 4):
        raw = _referral("\n\n".join([body] * repeats * factor))
        times[factor] = min(_cpu_seconds(_parse_and_extract, [raw]) for _ in range(rounds))
    return {factor: t / times[1] for factor, t in times.items()}


def main() -> None:
    rates = extraction_rates()
    print(f"dev corpus, {rates['messages']:.0f} messages (msg/s, CPU time):")
    print(f"  mail-parser alone     {rates['mail_parser']:8.0f}")
    print(f"  parse                 {rates['parse']:8.0f}")
    print(f"  parse + extract       {rates['parse_extract']:8.0f}"
          f"   ({rates['parse_extract'] / rates['mail_parser']:.2f}x mail-parser)")
    big = large_message()
    print(f"{big['size_mb']:.1f} MB message with attachments: {big['seconds'] * 1000:.0f} ms,"
          f" peak {big['peak_mb']:.0f} MB traced")
    scale = linearity()
    print("body size 1x/2x/4x, time relative to 1x: " + " / ".join(f"{scale[f]:.2f}" for f in (1, 2, 4)))


if __name__ == "__main__":
    main()
