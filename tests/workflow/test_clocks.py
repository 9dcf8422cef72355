from datetime import UTC, datetime

from triage.clocks import add_working_days, in_office_hours, next_opening
from triage.profile import load_profile

WS = load_profile("west-sussex")


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_decision_due_skips_the_weekend() -> None:
    friday_10_london = utc(2026, 11, 27, 10, 0)  # GMT in November
    assert add_working_days(friday_10_london, 1, WS) == utc(2026, 11, 30, 10, 0)


def test_decision_due_skips_christmas_and_boxing_day_bank_holidays() -> None:
    christmas_eve = utc(2026, 12, 24, 11, 0)  # Thursday; 25th Fri and 28th Mon (Boxing Day substitute)
    assert add_working_days(christmas_eve, 1, WS) == utc(2026, 12, 29, 11, 0)


def test_easter_monday_is_not_a_working_day() -> None:
    thursday_before_easter = utc(2026, 4, 2, 14, 0)  # BST: 15:00 in London
    # Good Friday 3 April and Easter Monday 6 April are bank holidays in England.
    assert add_working_days(thursday_before_easter, 1, WS) == utc(2026, 4, 7, 14, 0)


def test_clock_keeps_local_hour_across_the_change_to_summer_time() -> None:
    friday_gmt = utc(2026, 3, 27, 10, 0)  # 10:00 GMT; clocks go forward on Sunday 29 March
    assert add_working_days(friday_gmt, 1, WS) == utc(2026, 3, 30, 9, 0)  # 10:00 BST


def test_clock_keeps_local_hour_across_the_change_back_to_gmt() -> None:
    friday_bst = utc(2026, 10, 23, 9, 0)  # 10:00 BST; clocks go back on Sunday 25 October
    assert add_working_days(friday_bst, 1, WS) == utc(2026, 10, 26, 10, 0)


def test_mail_arriving_at_night_starts_its_clock_at_next_opening() -> None:
    saturday_night = utc(2026, 11, 28, 23, 30)
    assert not in_office_hours(saturday_night, WS)
    assert next_opening(saturday_night, WS) == utc(2026, 11, 30, 9, 0)
    assert add_working_days(saturday_night, 5, WS) == utc(2026, 12, 7, 9, 0)


def test_office_hours_follow_london_time_in_summer() -> None:
    assert in_office_hours(utc(2026, 7, 1, 8, 30), WS)  # 09:30 BST
    assert not in_office_hours(utc(2026, 7, 1, 16, 30), WS)  # 17:30 BST
