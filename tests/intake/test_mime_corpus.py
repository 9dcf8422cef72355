"""The reader on real mail: 344 awkward messages from other parsers' test suites, mutated copies of
them, and the 150 labelled AMHP emails of the development corpus."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake.mime import ParsedMessage, parse_message

SHARED = Path(__file__).resolve().parents[3] / "shared"
MIME = sorted((SHARED / "mime").glob("*/*.eml"))
DEV = sorted((SHARED / "corpus" / "dev").glob("*.eml"))
OWN = frozenset({"wschildrenservices@westsussex.gov.uk"})
EVIDENCE = {"new", "quoted", "forwarded", "attachment"}
BROKEN = ["cpython/msg_35", "mikel-mail/plain_emails__raw_email_incorrect_header",
          "mikel-mail/rfc2822__example13",
          "mime4j/mimetools__hdr-fakeout", "mime4j/testmsgs__basic-plain-with-bad-header-separator",
          "mime4j/testmsgs__malformedHeader-nocrlfcrlf", "mime4j/testmsgs__obsolete",
          "mime4j/testmsgs__malformedHeader-noheader", "mail-parser/mail_malformed_3"]

needs_mime = pytest.mark.skipif(not MIME, reason="shared MIME corpus not present")
needs_dev = pytest.mark.skipif(not DEV, reason="labelled development corpus not present")


def assert_well_formed(parsed: ParsedMessage) -> None:
    assert isinstance(parsed, ParsedMessage)
    position = 0
    for seg in parsed.segments:
        assert seg.start == position < seg.end
        assert seg.kind in {"new", "quoted", "forwarded", "signature", "disclaimer", "service", "attachment",
                            "header"}
        position = seg.end
    assert position == len(parsed.text)
    assert "\r" not in parsed.text and "\x00" not in parsed.text
    assert all(isinstance(d, str) for d in parsed.defects)


@needs_mime
@pytest.mark.parametrize("path", MIME, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_awkward_message_is_read_without_raising(path: Path) -> None:
    assert_well_formed(parse_message(path.read_bytes(), OWN))


@needs_mime
@pytest.mark.parametrize("name", BROKEN)
def test_deliberately_broken_messages_list_their_defects(name: str) -> None:
    parsed = parse_message((SHARED / "mime" / f"{name}.eml").read_bytes())
    assert parsed.defects


SEEDS = [p for p in MIME if p.stat().st_size < 40_000]
CHARSETS = ["utf-8", "windows-1252", "iso-8859-1", "x-unknown", "utf-16", "rot13", "hex", "utf-7", "",
            "\"bogus"]


def mutate(raw: bytes, choice: int, rng: random.Random) -> bytes:
    if choice == 0:
        return raw[: rng.randrange(len(raw) + 1)]
    if choice == 1:
        data = bytearray(raw)
        for _ in range(rng.randrange(1, 20)):
            if data:
                data[rng.randrange(len(data))] = rng.randrange(256)
        return bytes(data)
    if choice == 2:
        boundary = b"boundary=\"" + bytes(rng.randrange(33, 127) for _ in range(5))
        return re.sub(rb"boundary=\"?[^\";\r\n]*", lambda _: boundary, raw, count=1)
    if choice == 3:
        charset = b"charset=" + rng.choice(CHARSETS).encode()
        return re.sub(rb"charset=\"?[\w-]*\"?", lambda _: charset, raw)
    return re.sub(rb"\r?\n--", b"\n-", raw)   # every boundary line broken


@needs_mime
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(SEEDS or [Path("/dev/null")]), st.integers(0, 4), st.integers(0, 2**32 - 1))
def test_mutated_messages_are_still_read_without_raising(path: Path, choice: int, seed: int) -> None:
    raw = mutate(path.read_bytes(), choice, random.Random(seed))
    assert_well_formed(parse_message(raw, OWN))


def evidence_text(parsed: ParsedMessage) -> str:
    return "".join(parsed.text[s.start:s.end] for s in parsed.segments if s.kind in EVIDENCE)


def digits(value: str) -> str:
    only = re.sub(r"\D", "", value)
    return re.sub(r"^(?:44)?0?", "", only)


@needs_dev
@pytest.mark.parametrize("path", DEV, ids=lambda p: p.stem)
def test_labelled_facts_sit_in_evidence_segments(path: Path) -> None:
    label = json.loads(path.with_suffix(".json").read_text())
    parsed = parse_message(path.read_bytes(), OWN)
    assert_well_formed(parsed)
    evidence = evidence_text(parsed)
    flat = " ".join(evidence.split()).casefold()
    for child in label.get("children") or []:
        if child.get("name"):
            assert child["name"].casefold() in flat
    if label.get("postcode"):
        assert label["postcode"].replace(" ", "") in "".join(evidence.split()).upper()
    evidence_digits = re.sub(r"\D", "", evidence)
    for nhs in label.get("nhs_numbers") or []:
        assert nhs in evidence_digits
    for phone in label.get("phones") or []:
        assert digits(phone) in evidence_digits


CONTACT_LINE = re.compile(r"^[>\s]*(?:T|M|Tel|Mob|Mobile|Direct line|AMHP Hub[^:]*|Office):\s*(.+)$", re.M)


@needs_dev
@pytest.mark.parametrize("path", DEV, ids=lambda p: p.stem)
def test_the_referrers_own_numbers_are_never_evidence(path: Path) -> None:
    family = {digits(p) for p in json.loads(path.with_suffix(".json").read_text()).get("phones") or []}
    parsed = parse_message(path.read_bytes(), OWN)
    for match in CONTACT_LINE.finditer(parsed.text):
        if any(number and number in digits(match.group(1)) for number in family):
            continue
        (owner,) = [s for s in parsed.segments if s.start <= match.start(1) < s.end]
        assert owner.kind not in EVIDENCE, match.group(0)


@needs_dev
def test_our_quoted_requests_are_service_in_every_reply() -> None:
    replies = [p for p in DEV if b"In-Reply-To: <missing-info." in p.read_bytes()]
    assert replies
    for path in replies:
        parsed = parse_message(path.read_bytes(), OWN)
        at = parsed.text.find("Please reply to this email with the missing details")
        assert at >= 0, path.name
        (owner,) = [s for s in parsed.segments if s.start <= at < s.end]
        assert owner.kind == "service", path.name
