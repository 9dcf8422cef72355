"""`frontdoor serve`: SMTP listener, HTTP API and background worker in one process.

SIGTERM (or SIGINT) shuts down in order: stop accepting SMTP connections, let DATA in progress
finish and be stored, stop the worker after its current message, then stop HTTP.
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import threading
from collections.abc import Iterator
from datetime import timedelta

import structlog
import uvicorn
from sqlalchemy.orm import sessionmaker
from sqlmodel import Session

from api.app import create_app
from intake.smtp import IntakeHandler, SessionTracker, start_smtp_server, tls_context
from intake.spool import Spool
from intake.store import MessageStore
from models.db import is_sqlite, make_engine, session_factory
from models.settings import Settings
from triage.background import start_background
from triage.stage_process import StageProcess
from triage.worker import Worker, purge_expired_raw, release_claims, worker_name

log = structlog.get_logger(__name__)

DRAIN_SECONDS = 30.0
WORKER_STOP_SECONDS = 30.0
PURGE_EVERY_SECONDS = 3600.0


class _HttpServer(uvicorn.Server):
    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        # Signals belong to serve(): SMTP must drain before HTTP stops.
        yield


async def _purge_periodically(sessions: sessionmaker[Session], spool: Spool, retention: timedelta) -> None:
    while True:
        try:
            removed = await asyncio.to_thread(purge_expired_raw, sessions, spool, retention)
            log.info("retention.purged", raw_messages=removed)
        except Exception:
            log.exception("retention.purge_failed")
        await asyncio.sleep(PURGE_EVERY_SECONDS)


async def serve(settings: Settings, role: str = "all") -> int:
    """Run the parts that `role` names (see `frontdoor serve --role`); HTTP runs in every role."""
    url = settings.sqlalchemy_url
    engine = make_engine(url)
    sessions = session_factory(engine)
    spool = Spool(settings.data_dir / "spool")
    runs_smtp, runs_worker = role in ("all", "smtp"), role in ("all", "worker")
    if is_sqlite(url) and role == "all":
        # SQLite means this is the only process: claims left by a killed run can be taken back now.
        release_claims(sessions)

    wake, stop = threading.Event(), threading.Event()
    # Each worker thread drives its own parse/extract child, so extraction runs on several cores while
    # the threads themselves mostly wait on their child and on the database.
    stages = [StageProcess(settings.inbox_addresses) for _ in range(settings.workers)] if runs_worker else []
    worker_threads = [
        threading.Thread(target=Worker(sessions, spool, stages=runner, name=f"{worker_name()}:{n}").run,
                         args=(stop, wake), name=f"worker-{n}", daemon=True)
        for n, runner in enumerate(stages)]
    # Outgoing mail (outbox → FRONTDOOR_RELAY_HOST) and the priority clock.
    outbox_wake = threading.Event()
    background = start_background(settings, sessions, stop, outbox_wake) if runs_worker else []
    for thread in worker_threads:
        thread.start()

    store = MessageStore(sessions, spool)
    handler = IntakeHandler(settings.inbox_addresses, store.submit, on_accepted=wake.set)
    tracker = SessionTracker()
    tls = tls_context(settings.tls_cert, settings.tls_key) if settings.tls_cert and settings.tls_key else None
    smtp = None
    if runs_smtp:
        smtp = await start_smtp_server(handler, tracker, settings.smtp_host, settings.smtp_port,
                                       max_message_bytes=settings.max_message_bytes, tls=tls)

    app = create_app(settings, sessions)
    app.state.readiness.smtp_bound = runs_smtp
    app.state.readiness.smtp_required = runs_smtp
    app.state.readiness.spool = spool if runs_smtp else None
    http = _HttpServer(uvicorn.Config(app, host=settings.http_host, port=settings.http_port, log_config=None,
                                      access_log=False, lifespan="off"))
    http_task = asyncio.create_task(http.serve())
    retention = timedelta(days=settings.retention_days)
    purge_task = asyncio.create_task(_purge_periodically(sessions, spool, retention)) if runs_worker else None

    loop = asyncio.get_running_loop()
    shutdown = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, shutdown.set)
    log.info("serve.started", role=role, smtp=f"{settings.smtp_host}:{settings.smtp_port}" if smtp else None,
             http=f"{settings.http_host}:{settings.http_port}", starttls=tls is not None,
             database="sqlite" if is_sqlite(url) else "postgresql")

    shutdown_task = asyncio.create_task(shutdown.wait())
    await asyncio.wait({shutdown_task, http_task}, return_when=asyncio.FIRST_COMPLETED)
    failed = http_task.done()
    log.info("serve.stopping", reason="http server stopped" if failed else "signal")

    app.state.readiness.draining = True
    handler.closing = True
    if smtp is not None:
        smtp.close()
    await tracker.drain(DRAIN_SECONDS)
    await asyncio.to_thread(store.close)
    stop.set()
    wake.set()
    for thread in worker_threads:
        await asyncio.to_thread(thread.join, WORKER_STOP_SECONDS)
    outbox_wake.set()
    for thread in background:
        await asyncio.to_thread(thread.join, WORKER_STOP_SECONDS)
    for runner in stages:
        runner.close()
    if purge_task is not None:
        purge_task.cancel()
    http.should_exit = True
    with contextlib.suppress(BaseException):
        await http_task
    shutdown_task.cancel()
    engine.dispose()
    log.info("serve.stopped")
    return 1 if failed else 0
