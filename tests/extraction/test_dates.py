"""Dates of birth and ages as UK writers give them."""

from datetime import date

import pytest

from triage.extraction.dates import age_at, find_ages, find_dates, full_year, parse_age

SENT = date(2024, 5, 1)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("14/03/1988", date(1988, 3, 14)),
        ("14.3.88", date(1988, 3, 14)),
        ("14-03-1988", date(1988, 3, 14)),
        ("1988-03-14", date(1988, 3, 14)),
        ("14th March 1988", date(1988, 3, 14)),
        ("14th of March 1988", date(1988, 3, 14)),
        ("26 Mar 2010", date(2010, 3, 26)),
        ("March 14, 1988", date(1988, 3, 14)),
        ("d.o.b. 19.04.2023", date(2023, 4, 19)),
        ("born 5th April\n2016", date(2016, 4, 5)),
        ("(20    \nApril 2017)", date(2017, 4, 20)),
    ],
)
def test_uk_dates_are_read_day_first(written: str, expected: date) -> None:
    assert [m.value for m in find_dates(written, SENT)] == [expected]


def test_two_digit_years_up_to_the_message_year_are_this_century() -> None:
    assert full_year("24", 2024) == 2024
    assert full_year("25", 2024) == 1925
    assert full_year("88", 2024) == 1988


def test_nhs_numbers_and_phone_numbers_are_not_dates() -> None:
    assert find_dates("NHS no. 999-040-1334, tel 0113 496 0300", SENT) == []


def test_impossible_dates_are_skipped() -> None:
    assert find_dates("31/02/2020", SENT) == []


def test_age_turns_on_the_birthday() -> None:
    assert age_at(date(2010, 5, 1), SENT) == 14
    assert age_at(date(2010, 5, 2), SENT) == 13


@pytest.mark.parametrize(
    ("written", "years"),
    [
        ("aged 7", 7),
        ("7 years old", 7),
        ("a 15-year-old", 15),
        ("fifteen years old", 15),
        ("(3 yrs)", 3),
        ("8 months", 0),
        ("7 weeks old", 0),
        ("18 months", 1),
        ("aged under 1", 0),
        ("aged\n11", 11),
    ],
)
def test_ages_in_figures_words_and_months(written: str, years: int) -> None:
    assert [a.years for a in find_ages(written)] == [years]


def test_a_list_of_ages_after_aged_gives_each_age() -> None:
    assert [a.years for a in find_ages("three children aged 2, 5 and 11 who live with her")] == [2, 5, 11]


def test_a_bare_number_in_brackets_is_an_age_only_when_asked() -> None:
    assert find_ages("Liam (7)") == []
    assert [a.years for a in find_ages("Liam (7)", bracketed=True)] == [7]


def test_age_fields_accept_figures_words_and_months() -> None:
    assert parse_age("46") == 46
    assert parse_age("fifteen") == 15
    assert parse_age("8 months") == 0


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("born on the second of February 1979", date(1979, 2, 2)),
        ("born the twenty first of May 2019", date(2019, 5, 21)),
        ("born 7th Aug '93", date(1993, 8, 7)),
    ],
)
def test_birth_dates_with_the_day_in_words_or_a_clipped_year_are_read(written: str, expected: date) -> None:
    assert [m.value for m in find_dates(written, SENT)] == [expected]


def test_an_age_the_child_has_turned_is_their_age_but_nearly_is_not() -> None:
    assert [a.years for a in find_ages("Ruby, who turned nine last week")] == [9]
    assert [a.years for a in find_ages("Ruby, who is nearly 9")] == []
    assert find_ages("the lorry turned 90 degrees") == []


@pytest.mark.parametrize(
    "written",
    [
        "she had not slept for a week",
        "for two weeks he has been shouting",
        "over the past 3 months",
        "in the last couple of months",
        "they separated 10 years ago",
    ],
)
def test_how_long_something_lasted_is_not_an_age(written: str) -> None:
    assert find_ages(written, bracketed=True) == []


def test_born_some_weeks_ago_is_an_age() -> None:
    assert [a.years for a in find_ages("their son was born 4 weeks ago")] == [0]
    assert [a.years for a in find_ages("a baby aged 7 weeks")] == [0]


def test_several_ages_in_one_bracket_are_read_when_asked() -> None:
    assert [a.years for a in find_ages("two children (4 and 7)", bracketed=True)] == [4, 7]
    assert [a.years for a in find_ages("three children (2, 6 & 9)", bracketed=True)] == [2, 6, 9]
    assert find_ages("two children (4 and 7)") == []
