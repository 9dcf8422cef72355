"""Which capitalised candidates can name a person (triage/extraction/names.py)."""

from __future__ import annotations

import pytest

from triage.extraction.names import is_person_name


@pytest.mark.parametrize(
    "candidate",
    [
        "Sundays",  # a day, plural
        "Referrals",  # an ordinary word, plural
        "Paternal",
        "Went",
        "ASB",  # an abbreviation in capitals
        "Tier CAMHS",
        "MASH Duty Desk",
        "Family Support Hub",
    ],
)
def test_ordinary_words_days_and_teams_are_not_names(candidate: str) -> None:
    assert not is_person_name(candidate)


@pytest.mark.parametrize(
    "candidate",
    [
        "Grace",  # a given name that is also a word
        "Rose-May",
        "Nour",
        "Bartosz Wójcik",
        "Aoife Ní Bhriain",
        "Tomasz",
        "Adebayo-Cole",
        "Siobhan O'HARE",
        "Daisy GREEN",
    ],
)
def test_given_names_and_unlisted_names_stay_names(candidate: str) -> None:
    assert is_person_name(candidate)
