"""Mail that reaches the inbox but is not a referral: out-of-office replies, delivery reports,
newsletters, thank-you notes, general enquiries. They go to their own list, never to the queue,
and are never answered automatically.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from intake.mime import ParsedMessage

OUT_OF_OFFICE_SUBJECT = re.compile(
    r"^\s*(automatic reply|auto[- ]?reply|out of (the )?office|ooo\b|auto:|away from (the )?office|"
    r"absence notification)", re.I)
DELIVERY_REPORT_SUBJECT = re.compile(
    r"^\s*(undeliverable|undelivered mail|delivery status notification|mail delivery (failed|failure)|"
    r"returned mail|delivery (has )?failed|failure notice|delivered:|read:|not read:)", re.I)
DELIVERY_REPORT_SENDERS = frozenset({"mailer-daemon", "postmaster"})
THANKS = re.compile(r"\b(thank(s| you)|many thanks|cheers)\b", re.I)
# Words any AMHP notification uses; an email with none of them and no facts is not a referral.
REFERRAL_WORDS = re.compile(
    r"\b(mental health act|MHA|AMHP|assess(ed|ment)|section(ed)?\s*\d|s\.?\s?(2|3|4|135|136)\b|detained|"
    r"admitted|sectioned|referral|safeguarding|concern)", re.I)
SHORT_NOTE_CHARS = 400


@dataclass(frozen=True)
class NonReferral:
    kind: str  # out_of_office | delivery_report | newsletter | thank_you | general_enquiry
    reason: str


def _first(headers: Mapping[str, list[str]], name: str) -> str:
    values = headers.get(name)
    return values[0].strip().lower() if values else ""


def new_text(parsed: ParsedMessage) -> str:
    """The sender's own new text (not the quoted history), or all of it when nothing is marked new."""
    return "\n".join(parsed.text[s.start:s.end] for s in parsed.segments if s.kind == "new") or parsed.text


def has_referral_facts(extraction: Mapping[str, Any]) -> bool:
    subject = extraction.get("subject_person") or {}
    outcome = extraction.get("outcome") or {}
    return bool(subject.get("name") or extraction.get("children") or extraction.get("assessment_reason")
                or outcome.get("status", "not_stated") != "not_stated"
                or (extraction.get("risks") or {}).get("indicators"))


def classify(headers: Mapping[str, list[str]], sender: str | None, subject: str, new_text: str,
             extraction: Mapping[str, Any]) -> NonReferral | None:
    """What kind of non-referral this is, or None for a (possible) referral."""
    local_part = (sender or "").rsplit("@", 1)[0].lower()
    is_report = _first(headers, "content-type").startswith("multipart/report")
    if is_report or local_part in DELIVERY_REPORT_SENDERS or DELIVERY_REPORT_SUBJECT.match(subject):
        return NonReferral("delivery_report", "delivery or read report")
    auto_submitted = _first(headers, "auto-submitted")
    if (auto_submitted.startswith("auto-replied") or "x-autoreply" in headers
            or OUT_OF_OFFICE_SUBJECT.match(subject)):
        return NonReferral("out_of_office", "automatic reply")
    if has_referral_facts(extraction):
        return None
    is_list = "list-unsubscribe" in headers or "list-id" in headers
    if is_list or _first(headers, "precedence") in {"bulk", "list"}:
        return NonReferral("newsletter", "mailing list or bulk mail")
    if REFERRAL_WORDS.search(f"{subject}\n{new_text}"):
        return None
    if len(new_text.strip()) <= SHORT_NOTE_CHARS and THANKS.search(new_text):
        return NonReferral("thank_you", "a short thank-you note")
    return NonReferral("general_enquiry", "no assessment, person or referral details")
