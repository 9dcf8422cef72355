"""Parse and extract in a child process, so that one bad message cannot hurt the service.

The child runs at a lower CPU priority than the SMTP listener, so extraction never slows intake
down, and it holds its own interpreter lock. A stage that hangs is stopped for real (the child is
killed and a fresh one started for the next message); a stage that crashes the interpreter takes
only the child with it. Either way the message is quarantined with the reason.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from multiprocessing.connection import Connection
from typing import Any

import structlog

from intake.mime import ParsedMessage
from models.metrics import STAGE_SECONDS
from triage.worker import Extract, Parse, StageError, default_stages

log = structlog.get_logger(__name__)

STARTUP_SECONDS = 300.0
CHILD_NICENESS = 10


def _child(conn: Connection, parse: Parse | None, extract_: Extract | None,
           own_addresses: frozenset[str]) -> None:
    os.nice(CHILD_NICENESS)
    real_parse, real_extract = default_stages()
    parse, extract_ = parse or real_parse, extract_ or real_extract
    conn.send(("ready",))
    while True:
        try:
            raw = conn.recv_bytes()
        except EOFError:
            return
        stage = "parse"
        try:
            started = time.perf_counter()
            parsed = parse(raw, own_addresses)
            conn.send(("parsed", time.perf_counter() - started))
            stage, started = "extract", time.perf_counter()
            extraction = extract_(parsed)
            conn.send(("done", time.perf_counter() - started, parsed, extraction))
        except Exception as exc:
            conn.send(("failed", stage, f"{type(exc).__name__}: {exc}"))


class StageProcess:
    """Runs parse → extract for the worker in a long-lived child process."""

    def __init__(self, own_addresses: frozenset[str] = frozenset(), timeout: float = 60.0,
                 parse: Parse | None = None, extract_: Extract | None = None) -> None:
        self.own_addresses = own_addresses
        self.timeout = timeout
        self._parse, self._extract = parse, extract_
        # spawn, not fork: the parent runs threads (SMTP writers, committer, HTTP), unsafe to fork.
        self._context = multiprocessing.get_context("spawn")
        self._process: multiprocessing.process.BaseProcess | None = None
        self._conn: Connection | None = None

    def start(self) -> None:
        if self._process is not None and self._process.is_alive():
            return
        parent, child = self._context.Pipe()
        self._process = self._context.Process(
            target=_child, args=(child, self._parse, self._extract, self.own_addresses),
            name="frontdoor-stages", daemon=True)
        self._process.start()
        child.close()
        self._conn = parent
        if not parent.poll(STARTUP_SECONDS):
            self.close()
            raise RuntimeError("the parse/extract process did not start")
        parent.recv()

    def run(self, raw: bytes) -> tuple[ParsedMessage, dict[str, Any]]:
        """Parse and extract `raw`; raises StageError naming the stage that failed, hung or died."""
        self.start()
        assert self._conn is not None
        self._conn.send_bytes(raw)
        parse_seconds = self._reply("parse")
        STAGE_SECONDS.labels("parse").observe(parse_seconds[1])
        reply = self._reply("extract")
        STAGE_SECONDS.labels("extract").observe(reply[1])
        return reply[2], reply[3]

    def _reply(self, stage: str) -> tuple[Any, ...]:
        assert self._conn is not None and self._process is not None
        if not self._conn.poll(self.timeout):
            self.close()
            raise StageError(stage, f"timed out after {self.timeout:g} s")
        try:
            reply = self._conn.recv()
        except (EOFError, OSError):
            self._process.join(5)
            code = self._process.exitcode
            self.close()
            raise StageError(stage, f"the parse/extract process died (exit code {code})") from None
        if reply[0] == "failed":
            raise StageError(reply[1], reply[2])
        return reply

    def close(self) -> None:
        if self._process is not None:
            if self._process.is_alive():
                self._process.kill()
            self._process.join(10)
        if self._conn is not None:
            self._conn.close()
        self._process, self._conn = None, None
