"""Working-day clocks: office hours, England and Wales bank holidays, Europe/London wall time.

Due times are computed in the profile's local wall time and converted to UTC, so a clock that runs
across a change to or from summer time still lands on the same local hour.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

import holidays

from triage.profile import WEEKDAYS, Profile


@cache
def _bank_holidays(country: str, subdivision: str) -> holidays.HolidayBase:
    return holidays.country_holidays(country, subdiv=subdivision)


def local(moment: datetime, profile: Profile) -> datetime:
    return as_utc(moment).astimezone(ZoneInfo(profile.timezone))


def as_utc(moment: datetime) -> datetime:
    # SQLite hands timestamps back without a zone; every timestamp is stored in UTC.
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def is_working_day(day: date, profile: Profile) -> bool:
    if WEEKDAYS[day.weekday()] not in profile.office_hours.days:
        return False
    return day not in _bank_holidays(profile.holidays_country, profile.holidays_subdivision)


def in_office_hours(moment: datetime, profile: Profile) -> bool:
    wall = local(moment, profile)
    hours = profile.office_hours
    return is_working_day(wall.date(), profile) and hours.start <= wall.time() < hours.end


def _at(day: date, profile: Profile, clock: time) -> datetime:
    return datetime.combine(day, clock, tzinfo=ZoneInfo(profile.timezone))


def next_opening(moment: datetime, profile: Profile) -> datetime:
    """The moment itself if the office is open, else when it next opens (UTC)."""
    if in_office_hours(moment, profile):
        return as_utc(moment)
    wall = local(moment, profile)
    day = wall.date()
    if wall.time() >= profile.office_hours.start:
        day += timedelta(days=1)
    while not is_working_day(day, profile):
        day += timedelta(days=1)
    return _at(day, profile, profile.office_hours.start).astimezone(UTC)


def add_working_days(moment: datetime, days: int, profile: Profile) -> datetime:
    """`days` working days after `moment`, the clock starting when the office next opens (UTC)."""
    start = local(next_opening(moment, profile), profile)
    day = start.date()
    for _ in range(days):
        day += timedelta(days=1)
        while not is_working_day(day, profile):
            day += timedelta(days=1)
    return _at(day, profile, start.time()).astimezone(UTC)


def hours_waiting(since: datetime, now: datetime) -> int:
    return max(0, int((as_utc(now) - as_utc(since)).total_seconds() // 3600))
