"""`missing`: what the email does not supply, in CONTRACT §4 order."""

from __future__ import annotations

import pytest

from triage.extract import empty_extraction
from triage.validation import MISSING_ITEMS, missing_items


def complete() -> dict:
    e = empty_extraction()
    e["subject_person"]["name"] = "Jane Doe"
    e["assessment_reason"] = "found on a bridge"
    e["children_status"] = "listed"
    e["address"] = "1 Mill Lane, Crawley"
    e["outcome"]["status"] = "detained"
    e["risks"].update(to_children="none_known", to_workers="identified")
    e["consent"]["status"] = "refused"
    return e


def test_a_complete_notification_misses_nothing() -> None:
    assert missing_items(complete()) == []


def test_an_empty_extraction_misses_everything_but_the_update_contact() -> None:
    assert missing_items(empty_extraction()) == [i for i in MISSING_ITEMS if i != "update_contact"]


def test_an_unconcluded_assessment_without_a_contact_asks_for_one() -> None:
    e = complete()
    e["outcome"]["status"] = "not_concluded"
    assert missing_items(e) == ["update_contact"]
    e["outcome"]["update_contact"] = "the AMHP Hub on 01632 960647"
    assert missing_items(e) == []


def test_items_come_in_contract_order_whatever_the_profile_order() -> None:
    e = empty_extraction()
    assert missing_items(e, ["consent", "subject_name"]) == ["subject_name", "consent"]


def test_a_profile_naming_an_unknown_item_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown items"):
        missing_items(complete(), ["subject_name", "shoe_size"])
