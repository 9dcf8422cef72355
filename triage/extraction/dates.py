"""Dates of birth and ages as UK writers give them.

Dates: 14/03/1988, 14.3.88, 14-03-1988, 1988-03-14, 14th March 1988, 26 Mar 2010, 14 March, 1988 and
March 14, 1988 — always day first when numeric. Two-digit years follow LABELLING §2: ``yy`` up to the
message year's ``yy`` is 20yy, otherwise 19yy.

Ages: "aged 7", "age 7", "7 years old", "7 yrs", "a 15-year-old", "fifteen", "8 months" (→ 0),
"18 months" (→ 1), "7 weeks" (→ 0), and, where the caller knows a child is meant, "(7)".
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from triage.extraction.sections import PATTERNS_DIR

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# Spaces, or a line break with the padding that unquoting leaves ("(20    \nApril 2017)").
_SP = r"(?:[ \t]{1,12}|[ \t]{0,12}\n[ \t]{0,3})"
_SP_DASH = rf"(?:{_SP}|-)"


@cache
def _ordinal_words() -> dict[str, int]:
    """Day numbers written as words ("the third of November 1981")."""
    data = json.loads((PATTERNS_DIR / "numbers.json").read_text(encoding="utf-8"))
    return data["ordinals"]


_ORDINALS = "|".join(w.replace("-", "[ -]") for w in sorted(_ordinal_words(), key=len, reverse=True))
_DATE = re.compile(
    r"(?<![\d.])(?P<iy>(?:19|20)\d\d)-(?P<im>\d{1,2})-(?P<id>\d{1,2})(?![\d])"
    r"|(?<![\d.])(?P<d>\d{1,2})(?P<sep>[./-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d])"
    rf"|(?:(?<![\d])(?P<td>\d{{1,2}})(?:st|nd|rd|th)?|\b(?P<wd>{_ORDINALS}))(?:{_SP}of)?{_SP_DASH}(?P<tm>{_MONTH})"
    rf"\.?,?(?:{_SP_DASH}|{_SP}?['’])(?P<ty>\d{{4}}|\d{{2}})(?![\d])"
    rf"|\b(?P<um>{_MONTH})\.?{_SP}(?P<ud>\d{{1,2}})(?:st|nd|rd|th)?,?{_SP}(?P<uy>\d{{4}})(?![\d])",
    re.I,
)


@cache
def _number_words() -> dict[str, int]:
    data = json.loads((PATTERNS_DIR / "numbers.json").read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if isinstance(v, int)}


def _words_alternation() -> str:
    words = sorted((w for w in _number_words() if w not in {"a", "an"}), key=len, reverse=True)
    return "|".join(words)


_UNIT = r"(?P<unit>years?|yrs?|y/?o|y|months?|mths?|mos|weeks?|wks?|days?)"
# "who turned eight last month": a birthday reached, not a lorry that "turned 90 degrees".
_TURNED = r"turned(?=[ \t]+\w+[ \t]+(?:years?|last|this|on|in|recently)\b|[ \t]+\w+[.,;])"
_AGE = re.compile(
    rf"(?:\b(?P<aged>ages|aged?|{_TURNED})"
    rf"(?:[ \t:]{{0,12}}\n)?[ \t:]{{0,3}}(?:about |approximately |approx\.? )?)?"
    rf"(?<![\d./-])(?P<n>\d{{1,3}}(?!\d)|\b(?:{_words_alternation()}|an?)\b)"
    rf"(?:(?:[ \t-]|\s)?{_UNIT}\b(?:[ \t-]old)?)?(?![\d./:-]\d)",
    re.I,
)
_AGE_LIST = re.compile(
    r"[ \t]*(?:,|and|&)(?:[ \t]+and)?[ \t]*(\d{1,2})\b(?![./:-]\d)(?![ \t]*(?:months?|weeks?))(?![ \t]+[A-Z])"
)
_BRACKETED_AGE = re.compile(r"(?<![\w.])\((?P<n>\d{1,2})\)(?!\d)")  # not "s5(2)", "+44 (0)7700"
# "two children (4 and 7)", "(2, 6 & 9)": several ages in one bracket.
_BRACKETED_AGES = re.compile(r"(?<![\w.])\(\d{1,2}(?:[ \t]*(?:,|and|&)[ \t]*\d{1,2})+\)")
_NUMBER = re.compile(r"\d{1,2}")
# Clinical shorthand for a baby's or toddler's age: "18/12" is 18 months, "6/52" is 6 weeks.
_SHORTHAND_AGE = re.compile(r"(?<![\d/.])(?P<n>\d{1,2})/(?P<per>12|52)(?![\d/.])")
# "for two weeks", "over the past 3 months", "10 years ago": how long, not how old.
_DURATION_BEFORE = re.compile(
    r"\b(?:for|over|within|during|after|since|every|each|per|in)[ \t]+"
    r"(?:(?:the|a|about|nearly|almost|around|over|past|last|next|first|few|couple[ \t]+of)[ \t]+){0,3}\Z",
    re.I,
)
_DURATION_AFTER = re.compile(r"[ \t]*(?:ago|before|later|earlier)\b", re.I)
_BORN_BEFORE = re.compile(r"\bborn[ \t]+(?:[a-z]+[ \t]+)?\Z", re.I)  # "born 4 weeks ago" is an age
_INFANT = re.compile(r"\b(?:aged?[ \t]+)?under[ \t]+(?:1|one|a)(?:[ \t]+year)?\b(?:[ \t]+old)?", re.I)


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    value: date


@dataclass(frozen=True)
class AgeMatch:
    start: int
    end: int
    years: int


def full_year(year: str, ref_year: int) -> int:
    if len(year) == 4:
        return int(year)
    yy = int(year)
    return 2000 + yy if yy <= ref_year % 100 else 1900 + yy


def find_dates(text: str, ref: date, start: int = 0, end: int | None = None) -> list[DateMatch]:
    found = []
    for m in _DATE.finditer(text, start, len(text) if end is None else end):
        g = m.groupdict()
        try:
            if g["iy"]:
                value = date(int(g["iy"]), int(g["im"]), int(g["id"]))
            elif g["d"]:
                value = date(full_year(g["y"], ref.year), int(g["m"]), int(g["d"]))
            elif g["td"] or g["wd"]:
                day = int(g["td"]) if g["td"] else _ordinal_words()[re.sub(r"[\s-]+", "-", g["wd"].lower())]
                value = date(full_year(g["ty"], ref.year), _MONTHS[g["tm"][:3].lower()], day)
            else:
                value = date(int(g["uy"]), _MONTHS[g["um"][:3].lower()], int(g["ud"]))
        except ValueError:
            continue
        found.append(DateMatch(m.start(), m.end(), value))
    return found


def age_at(dob: date, ref: date) -> int:
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


def _years(n: str, unit: str | None) -> int | None:
    count = int(n) if n.isdigit() else _number_words().get(n.lower())
    if count is None:
        return None
    unit = (unit or "y").lower()
    if unit.startswith("m"):
        return count // 12
    if unit.startswith(("w", "d")):
        return 0
    return count


def find_ages(text: str, start: int = 0, end: int | None = None, bracketed: bool = False) -> list[AgeMatch]:
    """Ages stated with "aged"/"age" or a unit ("7 years", "8 months"). With `bracketed`, "(7)" too."""
    stop = len(text) if end is None else end
    found = []
    for m in _AGE.finditer(text, start, stop):
        n = m.group("n")
        if not (m.group("aged") or m.group("unit")) or (n.lower() in {"a", "an"} and not m.group("unit")):
            continue
        if not m.group("aged") and _is_duration(text, m.start(), m.end()):
            continue
        years = _years(n, m.group("unit"))
        if years is not None and years < 120:
            found.append(AgeMatch(m.start(), m.end(), years))
        if m.group("aged"):
            # "three children aged 2, 5 and 11": the list carries on after the first age.
            pos = m.end()
            while more := _AGE_LIST.match(text, pos, stop):
                found.append(AgeMatch(more.start(1), more.end(1), int(more.group(1))))
                pos = more.end()
    found += [AgeMatch(m.start(), m.end(), 0) for m in _INFANT.finditer(text, start, stop)]
    found.sort(key=lambda a: a.start)
    if bracketed:
        brackets = _BRACKETED_AGE.finditer(text, start, stop)
        found += [AgeMatch(m.start(), m.end(), int(m.group("n"))) for m in brackets]
        found += [
            AgeMatch(n.start(), n.end(), int(n.group()))
            for m in _BRACKETED_AGES.finditer(text, start, stop)
            for n in _NUMBER.finditer(text, m.start(), m.end())
        ]
        shorthand = _SHORTHAND_AGE.finditer(text, start, stop)
        found += [
            AgeMatch(m.start(), m.end(), int(m.group("n")) // 12 if m.group("per") == "12" else 0)
            for m in shorthand
        ]
        found.sort(key=lambda a: a.start)
    return found


def _is_duration(text: str, start: int, end: int) -> bool:
    if _DURATION_BEFORE.search(text, max(0, start - 40), start):
        return True
    return bool(_DURATION_AFTER.match(text, end)) and not _BORN_BEFORE.search(text, max(0, start - 20), start)


def parse_age(value: str) -> int | None:
    """An "Age:" field: "46", "46 years", "aged 8 months", "fifteen"."""
    value = value.strip()
    m = re.match(r"(\d{1,3})\b(?![./-]\d)", value)
    if m and not re.match(r"\d{1,3}[ \t-]?(?:months?|mths?|weeks?|wks?|days?)", value, re.I):
        return int(m.group(1))
    ages = find_ages(value)
    if ages:
        return ages[0].years
    word = value.split()[0].lower() if value.split() else ""
    return _number_words().get(word) if word not in {"a", "an"} else None
