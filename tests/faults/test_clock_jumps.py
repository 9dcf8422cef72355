"""Working-day clocks under any instant, the two summer-time changes and a system clock that jumps."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from triage.clocks import (
    add_working_days,
    hours_waiting,
    in_office_hours,
    is_working_day,
    local,
    next_opening,
)
from triage.profile import load_profile

WS = load_profile("west-sussex")
INSTANTS = st.datetimes(min_value=datetime(2020, 1, 1), max_value=datetime(2030, 12, 31),
                        timezones=st.just(UTC))
# Around the changes: last Sundays of March and October, 00:00-03:00 UTC, to the second.
CHANGES = st.builds(lambda year, october, seconds: datetime(year, 10 if october else 3, 31, tzinfo=UTC)
                    - timedelta(days=(datetime(year, 10 if october else 3, 31).weekday() + 1) % 7)
                    + timedelta(seconds=seconds),
                    st.integers(2020, 2030), st.booleans(), st.integers(0, 3 * 3600))


@settings(max_examples=300, deadline=None)
@given(INSTANTS | CHANGES)
def test_the_clock_starts_at_the_next_opening_whatever_the_instant(moment: datetime) -> None:
    opening = next_opening(moment, WS)
    assert opening >= moment
    assert in_office_hours(opening, WS)
    assert opening == moment or local(opening, WS).time() == WS.office_hours.start


@settings(max_examples=300, deadline=None)
@given(INSTANTS | CHANGES, st.integers(1, 10))
def test_a_due_time_is_a_working_day_at_the_same_local_hour_as_the_clock_started(moment: datetime,
                                                                                 days: int) -> None:
    due = add_working_days(moment, days, WS)
    start = local(next_opening(moment, WS), WS)
    assert due > moment
    assert is_working_day(local(due, WS).date(), WS)
    assert local(due, WS).time() == start.time()
    assert (local(due, WS).date() - start.date()).days >= days


@given(INSTANTS, st.integers(-48 * 3600, 48 * 3600))
def test_hours_waiting_is_never_negative_when_the_clock_jumps_back(since: datetime, jump: int) -> None:
    waited = hours_waiting(since, since + timedelta(seconds=jump))
    assert waited >= 0
    assert waited == max(0, jump // 3600)


def test_a_referral_in_the_repeated_autumn_hour_gets_the_same_due_time_both_times_round() -> None:
    first, second = datetime(2026, 10, 25, 0, 30, tzinfo=UTC), datetime(2026, 10, 25, 1, 30, tzinfo=UTC)
    assert local(first, WS).strftime("%H:%M") == local(second, WS).strftime("%H:%M") == "01:30"
    assert add_working_days(first, 1, WS) == add_working_days(second, 1, WS)
