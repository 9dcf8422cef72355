"""Emails written differently from the dev corpus (cases/*.eml), read end to end by parse + extract.

Each case's .json holds the expected people and contacts fields; names compare casefolded, as the
corpus scorer does.
"""

import json
from pathlib import Path
from typing import Any

import pytest

from intake.mime import parse_message
from triage.extract import extract

CASES = sorted(Path(__file__).with_name("cases").glob("*.eml"))


def _folded(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            k: (v.casefold() if k == "name" and isinstance(v, str) else _folded(v)) for k, v in value.items()
        }
    if isinstance(value, list):
        return [_folded(v) for v in value]
    return value


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_handwritten_case_reads_like_an_advisor_would(path: Path) -> None:
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    got = extract(parse_message(path.read_bytes()))
    assert {k: _folded(got[k]) for k in expected} == _folded(expected)
