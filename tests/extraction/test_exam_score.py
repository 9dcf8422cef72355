"""The exam set (tests/extraction/exam), scored by the shared scorer through `frontdoor extract`.

A second blind estimate of how extraction generalises to the unseen acceptance set: 50 messages
written and labelled from LABELLING.md alone, without reading the extractor or the first held-out
set, in the habits of many different AMHPs (formal letters, phone-typed notes, report sections,
Welsh and Scottish phrasing, agency one-paragraph notes, replies, forwards, .docx/.pdf forms, three
non-referrals). Do not tune against these files: fix the classes of phrasing the failures point
to and let this set tell whether the fix generalises. The floors sit just below the figures when
the set was added, so a regression fails; raise them as the extractor improves. Regenerate the
set with exam/make_exam.py.
"""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SCORER = Path("/work/shared/corpus/score.py")
EXAM = Path(__file__).parent / "exam"
# headline figure of the scorer's --json report -> floor
FLOORS = {
    "missing_f1": 0.76,
    "missing_exact": 0.62,
    "consent_acc": 0.98,
    "risks_acc": 0.94,
    "outcome_acc": 0.96,
    "names_f1": 0.73,
    "phones_f1": 0.94,
    "fields_acc": 0.91,
}

pytestmark = pytest.mark.skipif(not SCORER.exists(), reason="shared corpus not mounted")


def test_exam_headline_figures_stay_above_their_floors() -> None:
    cmd = shutil.which("frontdoor", path=str(Path(sys.executable).parent))
    assert cmd, "frontdoor entry point not installed in this environment"
    out = subprocess.run(
        [sys.executable, str(SCORER), str(EXAM), "--cmd", f"{cmd} extract", "--json"],
        capture_output=True,
        text=True,
        timeout=600,
        check=True,
    )
    report = json.loads(out.stdout)
    assert report["n"] == 50 and not report["invalid_predictions"]
    below = {key: report["headline"][key] for key, floor in FLOORS.items() if report["headline"][key] < floor}
    assert not below, f"below floor: {below}"
