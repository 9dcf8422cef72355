import copy

from triage.extract import empty_extraction
from triage.merge import merge_extractions


def test_follow_up_fills_gaps_without_losing_earlier_facts() -> None:
    earlier = empty_extraction()
    earlier["subject_person"]["name"] = "Jane Doe"
    earlier["children"] = [{"name": "Liam Doe", "dob": "2017-05-02", "age": 9}]
    earlier["children_status"] = "listed"
    newer = empty_extraction()
    newer["consent"] = {"status": "obtained", "family_aware": True}
    merged, conflicts = merge_extractions(earlier, newer)
    assert merged["subject_person"]["name"] == "Jane Doe"
    assert merged["children"] == earlier["children"]
    assert merged["consent"] == {"status": "obtained", "family_aware": True}
    assert conflicts == []


def test_newer_statement_wins_and_the_disagreement_is_kept_for_the_advisor() -> None:
    earlier = empty_extraction()
    earlier["outcome"]["status"] = "not_concluded"
    newer = copy.deepcopy(empty_extraction())
    newer["outcome"]["status"] = "detained"
    newer["outcome"]["mha_section"] = "2"
    merged, conflicts = merge_extractions(earlier, newer)
    assert merged["outcome"]["status"] == "detained"
    assert conflicts == [{"field": "outcome.status", "earlier": "not_concluded", "newer": "detained"}]


def test_children_and_indicators_from_both_emails_are_combined() -> None:
    earlier = empty_extraction()
    earlier["children"] = [{"name": "Liam Doe", "dob": None, "age": 9}]
    earlier["risks"]["indicators"] = ["domestic_abuse"]
    newer = empty_extraction()
    newer["children"] = [{"name": "liam doe", "dob": "2017-05-02", "age": None},
                         {"name": "Ava Doe", "dob": None, "age": 2}]
    newer["risks"]["indicators"] = ["child_in_delusions", "domestic_abuse"]
    merged, _ = merge_extractions(earlier, newer)
    assert [(c["name"], c["dob"], c["age"]) for c in merged["children"]] == [
        ("liam doe", "2017-05-02", 9), ("Ava Doe", None, 2)]
    assert merged["risks"]["indicators"] == ["domestic_abuse", "child_in_delusions"]
