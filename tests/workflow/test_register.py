import dataclasses
from datetime import date
from pathlib import Path

from sqlalchemy.orm import sessionmaker
from sqlmodel import Session

from triage.extract import empty_extraction
from triage.register import (
    RegisterEntry,
    load_register,
    match_child,
    match_register,
    read_register_csv,
    store_entries,
)

FIXTURE = Path(__file__).parents[2] / "fixtures" / "case_register.csv"
REGISTER = read_register_csv(FIXTURE.read_text()).entries


def match(name: str, dob: str | None):  # type: ignore[no-untyped-def]
    return match_child(name, date.fromisoformat(dob) if dob else None, REGISTER)


def test_fixture_register_imports_without_errors() -> None:
    result = read_register_csv(FIXTURE.read_text())
    assert result.errors == [] and len(result.entries) == 6


def test_exact_name_and_dob_is_a_confident_match() -> None:
    result = match("Liam Doe", "2017-05-02")
    assert result.status == "matched" and result.best.entry.case_ref == "CR-100001"
    assert result.best.confidence == 1.0


def test_hyphenated_surname_written_as_one_part_still_matches() -> None:
    result = match("Maisie Smith", "2015-03-11")
    assert result.status == "matched" and result.best.entry.case_ref == "CR-100002"
    result = match("Maisie Smith Jones", "2015-03-11")
    assert result.status == "matched" and result.best.entry.case_ref == "CR-100002"


def test_day_and_month_swapped_matches_and_says_so() -> None:
    result = match("Maisie Smith-Jones", "2015-11-03")
    assert result.status == "matched"
    assert "day and month swapped" in result.best.reasons


def test_nickname_matches_the_registered_name() -> None:
    result = match("Billy Taylor", "2012-06-09")
    assert result.status == "matched" and result.best.entry.case_ref == "CR-100005"
    assert "nickname" in result.best.reasons


def test_misspelt_name_matches_with_lower_confidence() -> None:
    result = match("Liam Dow", "2017-05-02")
    assert result.status == "matched" and result.best.confidence < 1.0


def test_two_children_with_the_same_name_are_told_apart_by_dob() -> None:
    assert match("Oliver Brown", "2019-01-20").best.entry.case_ref == "CR-100004"
    assert match("Oliver Brown", "2019-01-20").status == "matched"


def test_two_children_with_the_same_name_and_no_dob_go_to_a_person() -> None:
    result = match("Oliver Brown", None)
    assert result.status == "ambiguous"
    assert {c.entry.case_ref for c in result.candidates} == {"CR-100003", "CR-100004"}


def test_same_name_different_dob_is_not_a_match() -> None:
    assert match("Liam Doe", "2010-01-15").status == "none"


def test_referral_for_a_closed_case_is_not_routed_to_the_old_worker() -> None:
    extraction = empty_extraction()
    extraction["children"] = [{"name": "Ruby Green", "dob": "2014-12-01", "age": 11}]
    assert match_register(extraction, REGISTER).status == "none"


def test_ambiguous_child_makes_the_whole_referral_ambiguous() -> None:
    extraction = empty_extraction()
    extraction["children"] = [{"name": "Liam Doe", "dob": "2017-05-02", "age": 9},
                              {"name": "Oliver Brown", "dob": None, "age": None}]
    assert match_register(extraction, REGISTER).status == "ambiguous"


def test_register_rows_with_errors_are_reported_by_line() -> None:
    text = ("child_name,dob,case_ref,allocated_worker,worker_email,team,team_email,status\n"
            "A B,2015-13-40,X1,,,,,open\nC D,2015-01-01,X2,,,,,pending\nE F,,X3,,,,,open\n")
    result = read_register_csv(text)
    assert [e.case_ref for e in result.entries] == ["X3"]
    assert result.errors[0].startswith("line 2:") and result.errors[1].startswith("line 3:")


def test_a_register_with_stray_carriage_returns_is_reported_by_line_not_crashed() -> None:
    header = "child_name,dob,case_ref,allocated_worker,worker_email,team,team_email,status\n"
    result = read_register_csv(header + "Ada Lovel\race,2019-01-02,CR1,,,,,open\nBea,,CR2,,,,,open\n")
    assert result.errors == ["line 2: case_ref and child_name are required"]
    assert [e.case_ref for e in result.entries] == ["CR1", "CR2"]


def test_garbage_instead_of_a_register_is_a_header_error() -> None:
    result = read_register_csv("$K\r)»\U0003f843\x10½o`")
    assert not result.entries and result.errors[0].startswith("header: missing columns")


def test_the_register_is_read_again_only_after_it_changed(sessions: sessionmaker[Session]) -> None:
    def store(entries: list[RegisterEntry]) -> None:
        with sessions() as session:
            store_entries(session, entries)
            session.commit()

    def loaded() -> tuple[RegisterEntry, ...]:
        with sessions() as session:
            return load_register(session)

    store(list(REGISTER))
    first = loaded()
    assert first == tuple(REGISTER) and loaded() is first  # unchanged: the rows are not read again
    moved = dataclasses.replace(REGISTER[0], worker_email="new.worker@westsussex.example")
    store([moved])
    assert moved in loaded() and REGISTER[0] not in loaded()
    added = RegisterEntry(case_ref="CR-100007", child_name="Ada Newcase", dob=date(2020, 2, 2))
    store([added])
    assert loaded()[-1] == added and len(loaded()) == len(REGISTER) + 1
