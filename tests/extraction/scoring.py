"""Runs the shared corpus scorer over a labelled folder through the installed `frontdoor extract`."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SHARED

SCORER = SHARED / "corpus" / "score.py"


def score(folder: Path) -> dict:
    """The scorer's --json report for `folder`. Without the shared corpus the test is skipped
    with a reason, except under CI, where its absence is a failure."""
    if not SCORER.exists():
        if os.environ.get("CI"):
            pytest.fail(f"the shared corpus scorer is missing at {SCORER}")
        pytest.skip(f"shared corpus not beside the repository ({SCORER})")
    cmd = shutil.which("frontdoor", path=str(Path(sys.executable).parent))
    assert cmd, "frontdoor entry point not installed in this environment"
    out = subprocess.run(
        [sys.executable, str(SCORER), str(folder), "--cmd", f"{cmd} extract", "--json"],
        capture_output=True, text=True, timeout=600, check=True,
    )
    return json.loads(out.stdout)
