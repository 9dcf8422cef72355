"""Prometheus metrics shared by intake, the worker and the API (exposed at /metrics)."""

from prometheus_client import Counter, Histogram

MESSAGES_ACCEPTED = Counter("frontdoor_messages_accepted", "Messages answered 250 after a durable write")
MESSAGES_REJECTED = Counter("frontdoor_messages_rejected", "SMTP refusals, by reason", ["reason"])
MESSAGES_QUARANTINED = Counter("frontdoor_messages_quarantined", "Messages quarantined, by stage", ["stage"])
MESSAGES_PROCESSED = Counter("frontdoor_messages_processed", "Messages processed, by result", ["state"])
STAGE_SECONDS = Histogram("frontdoor_stage_seconds", "Time spent in each worker stage", ["stage"])
INTAKE_WRITE_SECONDS = Histogram("frontdoor_intake_write_seconds", "Durable write (spool + row) before 250")
