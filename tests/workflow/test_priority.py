import copy

from triage.extract import empty_extraction
from triage.priority import facts_of, score, unknown_facts
from triage.profile import load_profile

WS = load_profile("west-sussex")


def extraction(**changes):  # type: ignore[no-untyped-def]
    result = copy.deepcopy(empty_extraction())
    for path, value in changes.items():
        target = result
        *parents, leaf = path.split("__")
        for name in parents:
            target = target[name]
        target[leaf] = value
    return result


def priority_of(e, hours: int = 0, out_of_hours: bool = False, overdue: bool = False):  # type: ignore[no-untyped-def]
    return score(WS.priority, facts_of(e, out_of_hours=out_of_hours, overdue=overdue), hours, e)


def test_every_amhp_notification_is_a_priority_from_receipt() -> None:
    plain = priority_of(extraction())
    assert plain.score == WS.priority.base > 0
    assert plain.explain() == f"priority {WS.priority.base}"


def test_explanation_names_delusions_section_and_time_waiting_in_order_of_weight() -> None:
    e = extraction(outcome__status="detained", outcome__mha_section="2",
                   risks__indicators=["child_in_delusions"])
    result = priority_of(e, hours=3)
    assert result.reasons == ("child named in delusions", "detained s2", "3h waiting")
    assert result.explain() == f"priority {result.score}: child named in delusions; detained s2; 3h waiting"


def test_child_subject_outranks_an_adult_with_no_risks() -> None:
    child = extraction(subject_person__is_child=True)
    assert priority_of(child).score > priority_of(extraction()).score
    assert "child is the subject" in priority_of(child).reasons


def test_overdue_referral_rises_in_the_queue() -> None:
    e = extraction()
    assert priority_of(e, overdue=True).score > priority_of(e).score
    assert "decision overdue" in priority_of(e, overdue=True).reasons


def test_priority_never_exceeds_the_ceiling() -> None:
    e = extraction(subject_person__is_child=True, outcome__status="detained",
                   risks__indicators=["child_in_delusions", "harm_to_child_threatened", "weapons"])
    assert priority_of(e, hours=48, out_of_hours=True, overdue=True).score == WS.priority.ceiling


def test_shipped_profiles_name_only_facts_that_exist() -> None:
    for name in ("west-sussex", "camden"):
        assert unknown_facts(load_profile(name).priority) == set()
