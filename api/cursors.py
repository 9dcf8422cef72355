"""Opaque keyset cursors for paginated lists, and timestamps as the API writes them."""

from __future__ import annotations

import base64
import binascii
import json
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import HTTPException, Path
from sqlmodel import Session

# Ids fit a 32-bit signed column on every database we run on.
MAX_ID = 2_147_483_647
Id = Annotated[int, Path(ge=1, le=MAX_ID)]


def encode_cursor(*values: int) -> str:
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode().rstrip("=")


def decode_cursor(cursor: str, length: int) -> list[int]:
    try:
        values = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, ValueError):
        values = None
    if not (isinstance(values, list) and len(values) == length
            and all(isinstance(v, int) and abs(v) <= MAX_ID for v in values)):
        raise HTTPException(400, "Invalid cursor: pass back the `next` value of the previous page")
    return values


def newest_first(session: Session, query: Any, id_column: Any, cursor: str | None,
                 limit: int) -> tuple[list[Any], str | None]:
    """One page of `query`, newest (highest id) first, and the cursor of the next page (or None).
    Keyed on the id, so rows arriving meanwhile never shift a page."""
    if cursor:
        (last_id,) = decode_cursor(cursor, 1)
        query = query.where(id_column < last_id)
    rows = list(session.exec(query.order_by(id_column.desc()).limit(limit + 1)).all())
    return rows[:limit], (encode_cursor(rows[limit - 1].id) if len(rows) > limit else None)


def iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    # SQLite hands timestamps back without a zone; every timestamp is stored in UTC.
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).isoformat()
