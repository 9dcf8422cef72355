"""Several worker threads in one `frontdoor serve` (FRONTDOOR_WORKERS): shared work, each message once."""

from __future__ import annotations

import json
import smtplib
import time
from concurrent.futures import ThreadPoolExecutor

from tests.conftest import INBOX, ServeProcess
from tests.workflow.mails import referral

MESSAGES = 24


def test_three_workers_share_a_burst_and_make_one_referral_per_message(serve_process: ServeProcess) -> None:
    serve_process.env["FRONTDOOR_WORKERS"] = "3"
    serve_process.start(ready_within=120)

    def deliver(session_no: int) -> None:
        with smtplib.SMTP("127.0.0.1", serve_process.smtp_port, timeout=60) as client:
            for n in range(MESSAGES // 4):
                client.sendmail("alex.amhp@sussexpartnership.example", [INBOX],
                                referral(f"workers-{session_no}-{n}@nhs.example", child=f"Child Number{n}"))

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(deliver, range(4)))
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        listed = serve_process.all_items("/api/v1/messages")
        if len(listed) == MESSAGES and all(m["state"] != "pending" for m in listed):
            break
        time.sleep(0.5)
    assert sorted(m["state"] for m in listed) == ["referral"] * MESSAGES
    assert len(serve_process.all_items("/api/v1/referrals")) == MESSAGES

    processed_by = [json.loads(line).get("worker") for line in serve_process.log_path.read_text().splitlines()
                    if '"worker.processed"' in line]
    assert len(processed_by) == MESSAGES and len(set(processed_by)) > 1
