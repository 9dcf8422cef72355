"""The workflow's background threads for `frontdoor serve`: outbox delivery and the priority clock."""

from __future__ import annotations

import threading

import structlog
from sqlalchemy.orm import sessionmaker
from sqlmodel import Session

from models.settings import Settings
from triage.chain import chain_config
from triage.lifecycle import refresh_priorities
from triage.sender import Relay, Sender

log = structlog.get_logger(__name__)

REFRESH_EVERY_SECONDS = 300.0
# Short: outgoing mail is handed to the relay soon after the worker commits it.
SENDER_IDLE_SECONDS = 0.2


def _refresh_loop(settings: Settings, sessions: sessionmaker[Session], stop: threading.Event) -> None:
    config = chain_config(settings)
    while not stop.is_set():
        try:
            with sessions() as session:
                changed = refresh_priorities(session, config, config.clock())
                session.commit()
            log.info("priority.refreshed", changed=changed)
        except Exception:
            log.exception("priority.refresh_failed")
        stop.wait(REFRESH_EVERY_SECONDS)


def start_background(settings: Settings, sessions: sessionmaker[Session], stop: threading.Event,
                     wake: threading.Event) -> list[threading.Thread]:
    """Start the sender and the priority refresher; both end when `stop` is set (and `wake` too)."""
    relay = Relay(settings.relay_host, settings.relay_port) if settings.relay_host else None
    sender = Sender(sessions, relay)
    threads = [
        threading.Thread(target=sender.run, args=(stop, wake, SENDER_IDLE_SECONDS), name="sender",
                         daemon=True),
        threading.Thread(target=_refresh_loop, args=(settings, sessions, stop), name="priority",
                         daemon=True),
    ]
    for thread in threads:
        thread.start()
    return threads
