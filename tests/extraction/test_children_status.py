"""Whether the email says children live in the home (LABELLING §4 `children_status`)."""

import pytest

from tests.extraction.messages import child_names, extracted


@pytest.mark.parametrize("text", [
    "He says there are three children at home but I was not able to get their names or ages.",
    "Her partner told me the kids live with them; I was unable to find out how old they are.",
])
def test_children_said_to_live_there_without_details_are_unknown_to_the_referrer(text: str) -> None:
    found = extracted(f"MHA assessment of Mr Kaya Demir today. {text}")
    assert found["children_status"] == "unknown_to_referrer"


def test_a_grandchild_who_stays_on_some_days_is_a_visitor() -> None:
    text = ("MHA assessment of Mr Roy Beck today. Roy lives alone. No children live there; "
            "his grandson Alfie (6) stays with him most Sundays.")
    found = extracted(text)
    assert "Alfie" not in child_names(found)
    assert found["children_status"] == "none_known"


@pytest.mark.parametrize(("text", "status"), [
    ("Mr Eli Grant lives on his own; his son (6) lives with his mother in Leeds.", "none_known"),
    ("Ms Dana Frost lives alone with her daughter Rosie (4).", "listed"),
])
def test_living_alone_means_no_children_in_the_home(text: str, status: str) -> None:
    assert extracted(f"MHA assessment today. {text}")["children_status"] == status
