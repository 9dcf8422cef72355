"""Opaque keyset cursors for paginated lists, and timestamps as the API writes them."""

from __future__ import annotations

import base64
import binascii
import json
from datetime import UTC, datetime

from fastapi import HTTPException


def encode_cursor(*values: int) -> str:
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode().rstrip("=")


def decode_cursor(cursor: str, length: int) -> list[int]:
    try:
        values = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, ValueError):
        values = None
    if not (isinstance(values, list) and len(values) == length and all(isinstance(v, int) for v in values)):
        raise HTTPException(400, "Invalid cursor: pass back the `next` value of the previous page")
    return values


def iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    # SQLite hands timestamps back without a zone; every timestamp is stored in UTC.
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).isoformat()
