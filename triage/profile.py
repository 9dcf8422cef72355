"""Protocol profiles (CONTRACT §6): data files in triage/profiles/, loaded and checked with pydantic.

A profile is what a manager reviews: the inbox, what a referral must contain and how to ask for it,
the timescales, office hours and the out-of-hours route, contacts, and the priority rules.
"""

from __future__ import annotations

from datetime import time
from functools import cache
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, model_validator

from triage.validation import MISSING_ITEMS

PROFILES_DIR = Path(__file__).parent / "profiles"
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class MissingItemWording(Strict):
    label: str  # a few words, e.g. "Consent"
    ask: str  # the question the protocol asks, in plain words


class OfficeHours(Strict):
    days: tuple[str, ...] = ("mon", "tue", "wed", "thu", "fri")
    start: time = time(9, 0)
    end: time = time(17, 0)

    @model_validator(mode="after")
    def _sane(self) -> OfficeHours:
        unknown = set(self.days) - set(WEEKDAYS)
        if unknown:
            raise ValueError(f"unknown weekdays {sorted(unknown)}; use {WEEKDAYS}")
        if self.start >= self.end:
            raise ValueError("office hours must start before they end")
        return self


class Timescales(Strict):
    decision_working_days: int = Field(ge=0)  # manager decision after receipt
    feedback_working_days: int = Field(ge=0)  # feedback to the referrer after the decision
    follow_up_working_days: int = Field(ge=0)  # gaps in the referral chased within


class OutOfHours(Strict):
    send_notice: bool
    team: str
    phone: str
    email: str | None = None


class Contacts(Strict):
    triage_manager: str  # the team manager's triage queue (unallocated referrals)
    escalation: str  # the IFD manager: AMHP escalations (protocol step 8)


class ReplyLimits(Strict):
    missing_info_per_referral_per_day: int = Field(default=1, ge=0)
    per_sender_per_hour: int = Field(default=5, ge=0)


class PriorityRule(Strict):
    # A fact named by triage.priority.FACTS, e.g. "detained" or "indicator:child_in_delusions".
    fact: str
    weight: int
    reason: str  # may use {section}


class WaitingRule(Strict):
    per_hour: float = Field(ge=0)
    max: int = Field(ge=0)
    reason: str = "{hours}h waiting"


class PriorityRules(Strict):
    base: int = Field(ge=0)  # every AMHP notification is a priority referral from receipt
    ceiling: int = Field(default=100, ge=1)
    rules: tuple[PriorityRule, ...]
    waiting: WaitingRule
    overdue: PriorityRule


class Profile(Strict):
    name: str
    title: str
    protocol: str
    inbox: str
    timezone: str = "Europe/London"
    holidays_country: str = "GB"
    holidays_subdivision: str = "ENG"
    office_hours: OfficeHours = OfficeHours()
    timescales: Timescales
    out_of_hours: OutOfHours
    contacts: Contacts
    acknowledge_on_receipt: bool = False
    reply_limits: ReplyLimits = ReplyLimits()
    required: tuple[str, ...]
    missing_items: dict[str, MissingItemWording]
    priority: PriorityRules

    @model_validator(mode="after")
    def _items_known_and_worded(self) -> Profile:
        unknown = set(self.required) - set(MISSING_ITEMS)
        if unknown:
            raise ValueError(f"required items {sorted(unknown)} are not in the vocabulary {MISSING_ITEMS}")
        unworded = [item for item in self.required if item not in self.missing_items]
        if unworded:
            raise ValueError(f"required items {unworded} have no reply wording in missing_items")
        return self

    def wording(self, item: str) -> MissingItemWording:
        return self.missing_items[item]


def load_profile_file(path: Path) -> Profile:
    from triage.priority import unknown_facts  # priority reads the profile's types; import late

    with path.open(encoding="utf-8") as handle:
        profile = Profile.model_validate(yaml.safe_load(handle))
    unknown = unknown_facts(profile.priority)
    if unknown:
        raise ValueError(f"{path}: priority rules name unknown facts {sorted(unknown)}")
    return profile


@cache
def load_profile(name: str) -> Profile:
    path = PROFILES_DIR / f"{name}.yaml"
    if not path.is_file():
        known = sorted(p.stem for p in PROFILES_DIR.glob("*.yaml"))
        raise ValueError(f"no protocol profile {name!r}; known: {known}")
    profile = load_profile_file(path)
    if profile.name != name:
        raise ValueError(f"{path} names itself {profile.name!r}")
    return profile
