"""A megabyte of pathological input through the reader, the extraction and the chain's header and text
readers: each finishes (pytest-timeout stops a catastrophic backtrack and fails the test)."""

from __future__ import annotations

import pytest

from intake.mime import parse_message
from triage.automatic import automatic_reasons
from triage.extract import extract
from triage.nonreferral import classify
from triage.threading import referenced_message_ids, referral_from_body, referral_from_subject

MB = 1_000_000
HEAD = b"From: amhp@trust.nhs.example\r\nTo: wschildrenservices@westsussex.gov.uk\r\nSubject: referral\r\n"


def mail(body: bytes, headers: bytes = HEAD, content_type: bytes = b"text/plain") -> bytes:
    return headers + b"Content-Type: " + content_type + b"; charset=utf-8\r\n\r\n" + body


BODIES = {
    "one long word": b"a" * MB,
    "spaces": b" " * MB,
    "newlines": b"\r\n" * (MB // 2),
    "quote markers": b"> " * (MB // 2),
    "nested quote markers": (b">" * 1000 + b" text\r\n") * (MB // 1007),
    "attribution lines": b"On Mon, 6 Jan 2025 at 10:00, Jane Doe <jane@example.org> wrote:\r\n" * (MB // 67),
    "signature markers": b"-- \r\n" * (MB // 5),
    "labels without values": b"Name: " * (MB // 6),
    "digits": b"0" * MB,
    "postcode-like": b"RH10 1AA RH10 " * (MB // 14),
    "dates": b"01/02/2016 " * (MB // 11),
    "at signs": b"a@" * (MB // 2),
    "equals signs": b"=" * MB,
    "base64-looking": b"QUFB" * (MB // 4),
    "capitalised words": b"Jane Doe Smith Jones " * (MB // 21),
}
HTML = {
    "open angle brackets": b"<" * MB,
    # Not here: "<a href='" repeated. CPython 3.11.7's html.parser is quadratic on unclosed attribute
    # quotes; that page is bounded by the worker's stage time limit instead (tests/hostile/test_bombs.py).
    "comments never closed": b"<!--" * (MB // 4),
    "nested tables": b"<table><tr><td>" * (MB // 15),
}
HEADERS = {
    "encoded words in the subject": b"From: a@example.org\r\nSubject: " + b"=?utf-8?q?a?= " * (MB // 14)
                                    + b"\r\n",
    "a megabyte of References": b"From: a@example.org\r\nReferences: " + b"<a@b> " * (MB // 6) + b"\r\n",
    "a From of at signs": b"From: " + b"a@" * (MB // 2) + b"\r\nSubject: x\r\n",
    "folded header lines": b"From: a@example.org\r\nSubject: x" + b"\r\n x" * (MB // 4) + b"\r\n",
}
CASES = {**{k: mail(v) for k, v in BODIES.items()},
         **{k: mail(v, content_type=b"text/html") for k, v in HTML.items()},
         **{k: v + b"\r\nbody\r\n" for k, v in HEADERS.items()}}


@pytest.mark.slow
@pytest.mark.timeout(180)
@pytest.mark.parametrize("raw", CASES.values(), ids=CASES.keys())
def test_a_megabyte_of_pathological_mail_is_read_extracted_and_classified(raw: bytes) -> None:
    parsed = parse_message(raw)
    extraction = extract(parsed)
    assert extraction["schema"]
    automatic_reasons(parsed.headers, parsed.sender, "relay@example.org", frozenset())
    classify(parsed.headers, parsed.sender, parsed.subject, parsed.text, extraction)
    referenced_message_ids(parsed.headers)
    referral_from_subject(parsed.subject)
    referral_from_body(b"secret", [parsed.text])
