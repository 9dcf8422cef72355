"""The trusted-sender policy: did our own mail server verify who sent this message?

Our inbound mail server records SPF, DKIM and DMARC results in an Authentication-Results header
(RFC 8601) naming itself (its authserv-id, FRONTDOOR_AUTHSERV_ID). Only headers with that name count:
anyone can write an Authentication-Results header into the mail they send. A message passes when DMARC
passed, or (no DMARC verdict) DKIM or SPF passed; a DMARC fail is never outweighed. A message that does
not pass is held for a person: no automatic reply, no forward.
"""

from __future__ import annotations

from collections.abc import Mapping

import authres

PASSING_METHODS = ("dkim", "spf")


def _results(value: str) -> dict[str, set[str]] | None:
    try:
        header = authres.AuthenticationResultsHeader.parse_value(value)
    except Exception:  # authres raises its own syntax errors; a header we cannot read proves nothing
        return None
    results: dict[str, set[str]] = {}
    for result in header.results:
        results.setdefault(str(result.method).lower(), set()).add(str(result.result).lower())
    return results if header.authserv_id is not None else None


def unverified_sender(headers: Mapping[str, list[str]], authserv_id: str | None) -> str | None:
    """Why the sender is not verified, or None (verified, or no authserv-id configured: policy off)."""
    if not authserv_id:
        return None
    ours = []
    for value in headers.get("authentication-results", []):
        name = value.split(";", 1)[0].split()[0].lower() if value.strip() else ""
        if name == authserv_id.lower():
            ours.append(_results(value))
    if not ours or ours[0] is None:
        return f"no Authentication-Results from {authserv_id}"
    # The topmost header is the one our server added last, on receipt.
    results = ours[0]
    if "fail" in results.get("dmarc", set()):
        return "DMARC failed"
    if "pass" in results.get("dmarc", set()):
        return None
    if any("pass" in results.get(method, set()) for method in PASSING_METHODS):
        return None
    shown = ", ".join(f"{m}={'/'.join(sorted(r))}" for m, r in sorted(results.items())) or "none"
    return f"sender not verified ({shown})"
