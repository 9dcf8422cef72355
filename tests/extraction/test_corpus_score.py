"""The labelled dev corpus, scored by the shared scorer through `frontdoor extract`.

The floors are the figures reached when this was written (dev corpus, 150 messages); they
document the current level so a regression fails loudly. The unseen corpus decides acceptance:
targets there are children names F1 ≥ 0.95, subject name ≥ 0.95, phones and NHS numbers
F1 ≥ 0.98, postcode ≥ 0.98, missing F1 ≥ 0.97 and exact-set ≥ 0.90.
"""

import pytest

from tests.conftest import SHARED
from tests.extraction.scoring import score

# (path in the scorer's --json report, floor)
FLOORS = {
    "subject name accuracy": (("fields", "subject_person.name", "acc"), 0.99),
    "subject dob accuracy": (("fields", "subject_person.dob", "acc"), 0.98),
    "children status accuracy": (("fields", "children_status", "acc"), 0.98),
    "address accuracy": (("fields", "address", "acc"), 0.98),
    "postcode accuracy": (("fields", "postcode", "acc"), 0.99),
    "phones F1": (("sets", "phones", "f1"), 0.99),
    "NHS numbers F1": (("sets", "nhs_numbers", "f1"), 0.99),
    "children names F1": (("children", "f1"), 0.98),
    "children DOB accuracy": (("children", "dob_acc"), 0.98),
    "missing F1": (("headline", "missing_f1"), 0.97),
    "missing exact-set": (("headline", "missing_exact"), 0.93),
}

@pytest.fixture(scope="module")
def report() -> dict:
    return score(SHARED / "corpus" / "dev")


def test_dev_corpus_people_and_contacts_stay_above_their_floors(report: dict) -> None:
    below = {}
    for name, (path, floor) in FLOORS.items():
        figure = report
        for key in path:
            figure = figure[key]
        if figure < floor:
            below[name] = figure
    assert not below, f"below floor: {below}"
