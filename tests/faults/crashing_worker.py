"""A worker process that kills itself with SIGKILL when it reaches a given stage (run by the tests).

    python -m tests.faults.crashing_worker DATABASE_URL DATA_DIR STAGE

STAGE is parse, extract, chain (the filter chain ran, its transaction not yet committed) or
committed (the result is committed, the outgoing mail not yet handed to the relay).
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path
from typing import Any

from intake.mime import parse_message
from intake.spool import Spool
from models.db import make_engine, session_factory
from models.settings import Settings
from tests.conftest import INBOX
from tests.workflow.conftest import ALWAYS_OPEN
from triage.chain import chain_config, make_chain
from triage.extract import extract
from triage.profile import load_profile
from triage.worker import InThreadStages, Worker

STAGES = ("parse", "extract", "chain", "committed")


def die() -> None:
    os.kill(os.getpid(), signal.SIGKILL)


def workflow_worker(url: str, data_dir: Path, crash_at: str | None = None) -> Worker:
    """The worker as `frontdoor serve` builds it; with crash_at, it dies at that stage."""
    settings = Settings(data_dir=data_dir, database_url=url, inbox=INBOX, secret_key="crash-test")
    profile = load_profile("west-sussex").model_copy(update={"office_hours": ALWAYS_OPEN})
    chain = make_chain(chain_config(settings, profile=profile))

    def parse(raw: bytes, own: frozenset[str]) -> Any:
        if crash_at == "parse":
            die()
        return parse_message(raw, own)

    def extract_(parsed: Any) -> dict[str, Any]:
        if crash_at == "extract":
            die()
        return extract(parsed)

    def chain_(*args: Any) -> None:
        chain(*args)
        if crash_at == "chain":
            die()

    class Crashing(Worker):
        def _finish(self, *args: Any) -> str | None:
            state = super()._finish(*args)
            if crash_at == "committed":
                die()
            return state

    sessions = session_factory(make_engine(url))
    stages = InThreadStages(settings.inbox_addresses, parse=parse, extract=extract_)
    return Crashing(sessions, Spool(data_dir / "spool"), stages=stages, chain=chain_)


if __name__ == "__main__":
    url, data_dir, stage = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
    workflow_worker(url, data_dir, stage).run_once()
    sys.exit(3)  # not reached: the worker died at the stage
