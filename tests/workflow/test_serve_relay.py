"""`frontdoor serve` as a real process, with a capturing relay: the allocated case reaches the worker."""

from __future__ import annotations

import smtplib
import subprocess

from tests.conftest import ServeProcess, frontdoor_command
from tests.workflow.conftest import REGISTER_CSV, Sink, wait_for
from tests.workflow.mails import referral


def test_serve_forwards_an_allocated_case_through_the_relay(serve_process: ServeProcess, sink: Sink) -> None:
    serve_process.env.update(FRONTDOOR_RELAY_HOST="127.0.0.1", FRONTDOOR_RELAY_PORT=str(sink.port))
    imported = subprocess.run([*frontdoor_command(), "cases", "import", str(REGISTER_CSV)],
                              env=serve_process.env, capture_output=True, text=True, timeout=60)
    assert imported.returncode == 0, imported.stderr
    serve_process.start()
    with smtplib.SMTP("127.0.0.1", serve_process.smtp_port, timeout=30) as smtp:
        smtp.sendmail("alex.amhp@sussexpartnership.example", ["wschildrenservices@westsussex.gov.uk"],
                      referral("serve-1@nhs.example"))
    assert wait_for(lambda: len(sink.of_kind("forward")) == 1, rounds=300, pause=0.1)
    forward = sink.of_kind("forward")[0]
    assert "priya.example@westsussex.example" in forward["To"]
    assert forward["In-Reply-To"] == "<serve-1@nhs.example>"
    serve_process.stop()
    assert len(sink.of_kind("forward")) == 1  # sent once, however the run ended
    # Out of office hours (real time here), the referrer is also pointed to the emergency duty team.
    assert {m["X-Frontdoor-Kind"] for m in sink.received} <= {"forward", "out-of-hours"}
