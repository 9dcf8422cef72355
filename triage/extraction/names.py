"""Whether a capitalised candidate can name a person.

The name finder takes any capitalised word that is not on ``not_names.txt``, so an ordinary English
word written with a capital ("Came", "Workers", "Maternal"), a day ("Saturdays") or a team in
capitals ("Tier CAMHS", "DV") would pass for a child or the person assessed. A candidate is a name
when one of its words is a known given name (Faker's lists for ~90 locales, ``patterns/given_names.txt``:
"Lily", "Grace", "Yara", "Kwame") or a word that is neither in capitals nor an ordinary word (the
lower-case entries of Webster's Second, shipped by the english-words package, and days and months):
"Olek", "Okoro-Hale", "Ní Mhurchú" stay names.
"""

from __future__ import annotations

import calendar
from functools import cache

from english_words import get_english_words_set

from triage.extraction.sections import PATTERNS_DIR

# Plurals and verb forms of an ordinary word: "Workers", "Concerns", "Visited", "Visiting".
_ENDINGS = ("s", "es", "ed", "d", "ing")


@cache
def _given_names() -> frozenset[str]:
    lines = (PATTERNS_DIR / "given_names.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w for w in lines if w and not w.startswith("#"))


@cache
def _ordinary_words() -> frozenset[str]:
    # Webster's keeps proper nouns capitalised ("Harvey", "Saturday"): only lower-case entries count.
    words = get_english_words_set(["web2"], alpha=True)
    calendar_words = [*calendar.day_name, *calendar.month_name, *calendar.day_abbr, *calendar.month_abbr]
    return frozenset(w for w in words if w.islower()) | {w.casefold() for w in calendar_words if w}


def _is_ordinary(word: str) -> bool:
    ordinary = _ordinary_words()
    if word in ordinary:
        return True
    return any(word.endswith(e) and word[: -len(e)] in ordinary for e in _ENDINGS if len(word) > len(e) + 2)


def _is_name_word(word: str, given: frozenset[str]) -> bool:
    parts = [p for p in word.replace("’", "'").split("-") if p]
    if any(p.casefold() in given for p in parts):
        return True
    # "Okoro-Hale" stays a name when one part is no English word; "Follow-up" does not.
    return not all(p.isupper() or _is_ordinary(p.casefold()) for p in parts)


def is_person_name(name: str) -> bool:
    """Whether a cleaned candidate ("Tier CAMHS", "Workers", "Lily", "Olek Nowak") can name a person:
    some word of it is a given name, or a word that is neither an ordinary word nor in capitals."""
    given = _given_names()
    return any(_is_name_word(w, given) for w in name.split())
