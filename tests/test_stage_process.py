"""Parse and extract in a child process: a hang or a hard crash costs one message, not the service."""

from __future__ import annotations

import os
import time
from typing import Any

import pytest

from intake.mime import ParsedMessage, parse_message
from triage.stage_process import StageProcess
from triage.worker import StageError

GOOD = b"From: amhp@trust.nhs.example\r\nSubject: referral\r\nMessage-ID: <ok@x>\r\n\r\nReferral.\r\n"


def parse_unless_told_otherwise(raw: bytes, own: frozenset[str]) -> ParsedMessage:
    if b"HANG" in raw:
        time.sleep(3600)
    if b"CRASH" in raw:
        os._exit(70)  # stands for a segfault or the kernel's OOM killer
    return parse_message(raw, own)


def refuse_to_extract(parsed: ParsedMessage) -> dict[str, Any]:
    raise ValueError("no sense in it")


@pytest.fixture
def stages():  # type: ignore[no-untyped-def]
    process = StageProcess(timeout=5.0, parse=parse_unless_told_otherwise)
    yield process
    process.close()


def test_a_message_is_parsed_and_extracted_in_the_child(stages: StageProcess) -> None:
    parsed, extraction = stages.run(GOOD)
    assert parsed.message_id == "<ok@x>"
    assert extraction["schema"] == "frontdoor.extraction/1"


def test_a_hanging_parse_is_stopped_and_the_next_message_still_goes_through(stages: StageProcess) -> None:
    stages.timeout = 1.0
    with pytest.raises(StageError, match="parse: timed out"):
        stages.run(GOOD + b"HANG")
    stages.timeout = 60.0
    assert stages.run(GOOD)[0].message_id == "<ok@x>"


def test_a_crash_of_the_child_is_reported_against_the_stage_and_a_new_child_takes_over(stages) -> None:
    with pytest.raises(StageError, match="parse: the parse/extract process died"):
        stages.run(GOOD + b"CRASH")
    assert stages.run(GOOD)[0].message_id == "<ok@x>"


def test_an_exception_in_a_stage_names_the_stage() -> None:
    process = StageProcess(timeout=30.0, extract_=refuse_to_extract)
    try:
        with pytest.raises(StageError, match="extract: ValueError: no sense in it"):
            process.run(GOOD)
    finally:
        process.close()
