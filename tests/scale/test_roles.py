"""`frontdoor serve --role`: the SMTP intake, the workers and the API as separate processes."""

from __future__ import annotations

import smtplib
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import INBOX, ServeProcess
from tests.scale.conftest import Cluster, serve_env
from tests.workflow.conftest import Sink
from tests.workflow.mails import referral

pytestmark = [pytest.mark.slow, pytest.mark.postgres]


def start(cluster: Cluster, tmp_path: Path, relay: Sink, role: str) -> ServeProcess:
    process = ServeProcess(serve_env(cluster.url, tmp_path / "data", relay.port), tmp_path / f"{role}.log",
                           args=("--role", role))
    cluster.processes.append(process)
    process.start(ready_within=120)
    return process


def test_intake_workers_and_api_run_as_separate_processes(cluster: Cluster, relay: Sink,
                                                          tmp_path: Path) -> None:
    smtp = start(cluster, tmp_path, relay, "smtp")
    worker = start(cluster, tmp_path, relay, "worker")
    api = start(cluster, tmp_path, relay, "api")
    for process in (worker, api):  # no SMTP listener in these roles
        with pytest.raises(OSError):
            smtplib.SMTP("127.0.0.1", process.smtp_port, timeout=5)
    assert httpx.get(f"{api.http_url}/readyz", timeout=10).status_code == 200

    with smtplib.SMTP("127.0.0.1", smtp.smtp_port, timeout=30) as client:
        client.sendmail("alex.amhp@sussexpartnership.example", [INBOX],
                        referral("roles-1@nhs.example", child="Mia Example", omit=("consent",)))
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        listed = api.all_items("/api/v1/messages")
        if listed and listed[0]["state"] != "pending" and relay.received:
            break
        time.sleep(0.3)
    assert [(m["message_id"], m["state"]) for m in listed] == [("<roles-1@nhs.example>", "referral")]
    # Out of office hours an out-of-hours notice goes out as well.
    assert "missing-info" in [m["X-Frontdoor-Kind"] for m in relay.received]
