"""Threading replies back to their referral.

Our outgoing Message-IDs carry a signed referral token (`fd-<id>-<hmac>`), so a reply that keeps
In-Reply-To/References is matched without trusting anything the sender typed. Failing that, the
subject reference `[FD-00042]`, then the signed marker in the body of our mail (quoted back in a
reply). The signature stops a stranger from attaching mail to someone else's referral by guessing ids.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Iterable, Mapping

SIG_CHARS = 16
TOKEN = re.compile(rf"fd-(\d{{1,12}})-([0-9a-f]{{{SIG_CHARS}}})", re.I)
SUBJECT_REFERENCE = re.compile(r"\[FD-(\d{1,12})\]", re.I)
MESSAGE_IDS = re.compile(r"<([^<>\s]+)>")


def signature(secret: bytes, referral_id: int) -> str:
    return hmac.new(secret, f"referral:{referral_id}".encode(), hashlib.sha256).hexdigest()[:SIG_CHARS]


def token(secret: bytes, referral_id: int) -> str:
    return f"fd-{referral_id}-{signature(secret, referral_id)}"


def reference(referral_id: int) -> str:
    """What people read and quote: `FD-00042`."""
    return f"FD-{referral_id:05d}"


def subject_tag(referral_id: int) -> str:
    return f"[{reference(referral_id)}]"


def body_marker(secret: bytes, referral_id: int) -> str:
    return f"Reference: {reference(referral_id)} ({token(secret, referral_id)})"


def new_message_id(secret: bytes, referral_id: int | None, kind: str, domain: str) -> str:
    nonce = secrets.token_hex(8)
    prefix = token(secret, referral_id) if referral_id is not None else "fd"
    return f"<{prefix}.{kind}.{nonce}@{domain}>"


def _verified(secret: bytes, text: str) -> list[int]:
    found = []
    for match in TOKEN.finditer(text):
        referral_id = int(match.group(1))
        if hmac.compare_digest(match.group(2).lower(), signature(secret, referral_id)):
            found.append(referral_id)
    return found


def referenced_message_ids(headers: Mapping[str, list[str]]) -> list[str]:
    """Message-IDs this mail answers, nearest first (In-Reply-To, then References newest first)."""
    ids = [m for value in headers.get("in-reply-to", []) for m in MESSAGE_IDS.findall(value)]
    for value in headers.get("references", []):
        ids.extend(reversed(MESSAGE_IDS.findall(value)))
    return [f"<{i}>" for i in dict.fromkeys(ids)]


def referral_from_headers(secret: bytes, headers: Mapping[str, list[str]]) -> int | None:
    for message_id in referenced_message_ids(headers):
        found = _verified(secret, message_id)
        if found:
            return found[0]
    return None


def referral_from_subject(subject: str) -> int | None:
    """Unsigned: the caller must check that the sender belongs to that referral."""
    match = SUBJECT_REFERENCE.search(subject)
    return int(match.group(1)) if match else None


def referral_from_body(secret: bytes, texts: Iterable[str]) -> int | None:
    for text in texts:
        found = _verified(secret, text)
        if found:
            return found[0]
    return None
