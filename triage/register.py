"""The case register (CONTRACT §5): CSV import, and matching an email's children against it.

Matching is tolerant of spelling, hyphenation, nicknames and a date of birth written day-for-month,
and says how sure it is. Anything short of one clear candidate is "ambiguous" and goes to a person:
a referral is never routed to a worker on a guess.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import weakref
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy import Engine, func
from sqlmodel import Session, select

from models.tables import utcnow
from models.workflow import CaseRecord

COLUMNS = ("child_name", "dob", "case_ref", "allocated_worker", "worker_email", "team", "team_email",
           "status")
STATUSES = ("open", "closed")
CONFIDENT = 0.85
# A runner-up this close to the best candidate makes the match ambiguous.
MARGIN = 0.10
NAME_FLOOR = 80.0

# Short forms → the names they stand for (both directions are looked up).
NICKNAMES: dict[str, tuple[str, ...]] = {
    "alex": ("alexander", "alexandra", "alexis"), "alfie": ("alfred",), "archie": ("archibald",),
    "ben": ("benjamin",), "bill": ("william",), "billy": ("william",), "bob": ("robert",),
    "charlie": ("charles", "charlotte"), "dan": ("daniel",), "danny": ("daniel",), "ed": ("edward",),
    "eddie": ("edward",), "ellie": ("eleanor", "elena", "ellen"), "evie": ("eve", "evelyn"),
    "freddie": ("frederick",), "harry": ("henry", "harold"), "izzy": ("isabel", "isabella"),
    "jack": ("john", "jackson"), "jim": ("james",), "jimmy": ("james",), "jake": ("jacob",),
    "josh": ("joshua",), "kate": ("katherine", "catherine", "kathryn"), "katie": ("katherine", "catherine"),
    "liam": ("william",), "liz": ("elizabeth",), "beth": ("elizabeth", "bethany"), "lottie": ("charlotte",),
    "matt": ("matthew",), "mike": ("michael",), "millie": ("amelia", "millicent"), "molly": ("mary",),
    "nick": ("nicholas",), "olly": ("oliver",), "ollie": ("oliver", "olivia"), "rob": ("robert",),
    "rosie": ("rose", "rosalind"), "sam": ("samuel", "samantha"), "sophie": ("sophia",),
    "teddy": ("edward", "theodore"), "theo": ("theodore",), "tilly": ("matilda",), "tom": ("thomas",),
    "tommy": ("thomas",), "will": ("william",), "zach": ("zachary",), "abby": ("abigail",),
    "maddie": ("madeleine", "madison"), "jenny": ("jennifer",), "becky": ("rebecca",), "vicky": ("victoria",),
}
_FORMAL_TO_SHORT: dict[str, set[str]] = {}
for _short, _formals in NICKNAMES.items():
    for _formal in _formals:
        _FORMAL_TO_SHORT.setdefault(_formal, set()).add(_short)


@dataclass(frozen=True)
class RegisterEntry:
    case_ref: str
    child_name: str
    dob: date | None
    allocated_worker: str | None = None
    worker_email: str | None = None
    team: str | None = None
    team_email: str | None = None
    status: str = "open"


@dataclass(frozen=True)
class Candidate:
    entry: RegisterEntry
    confidence: float
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class ChildMatch:
    child: str
    status: str  # matched | ambiguous | none
    candidates: tuple[Candidate, ...] = ()

    @property
    def best(self) -> Candidate | None:
        return self.candidates[0] if self.candidates else None


@dataclass(frozen=True)
class RegisterMatch:
    status: str  # matched | ambiguous | none
    children: tuple[ChildMatch, ...] = ()
    cases: tuple[RegisterEntry, ...] = field(default=())

    def summary(self) -> dict[str, Any]:
        def candidate(c: Candidate) -> dict[str, Any]:
            return {"case_ref": c.entry.case_ref, "confidence": round(c.confidence, 2),
                    "reasons": list(c.reasons)}

        return {"status": self.status, "cases": [c.case_ref for c in self.cases], "children": [
            {"status": m.status, "candidates": [candidate(c) for c in m.candidates]} for m in self.children]}


# --- import -------------------------------------------------------------------------------------------

@dataclass
class ImportResult:
    entries: list[RegisterEntry] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def read_register_csv(text: str) -> ImportResult:
    """Parse the register; rows with errors are reported by line and left out, the rest kept."""
    result = ImportResult()
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    try:
        missing_columns = [c for c in COLUMNS if c not in (reader.fieldnames or ())]
        if missing_columns:
            result.errors.append(f"header: missing columns {missing_columns}; expected {','.join(COLUMNS)}")
            return result
        _read_rows(reader, result)
    except csv.Error as exc:
        # Malformed CSV (stray carriage returns, NUL bytes): keep the rows read so far, say where it broke.
        result.errors.append(f"line {reader.line_num}: not valid CSV ({exc}); the rest was not read")
    return result


def _read_rows(reader: csv.DictReader[str], result: ImportResult) -> None:
    seen: set[str] = set()
    for row in reader:
        values = {k: (row.get(k) or "").strip() for k in COLUMNS}
        problem = _row_problem(values, seen)
        if problem:
            result.errors.append(f"line {reader.line_num}: {problem}")
            continue
        seen.add(values["case_ref"])
        result.entries.append(RegisterEntry(
            case_ref=values["case_ref"], child_name=values["child_name"],
            dob=date.fromisoformat(values["dob"]) if values["dob"] else None,
            allocated_worker=values["allocated_worker"] or None, worker_email=values["worker_email"] or None,
            team=values["team"] or None, team_email=values["team_email"] or None,
            status=values["status"].lower()))


def _row_problem(values: Mapping[str, str], seen: set[str]) -> str | None:
    if not values["case_ref"] or not values["child_name"]:
        return "case_ref and child_name are required"
    if values["case_ref"] in seen:
        return f"case_ref {values['case_ref']} appears twice"
    if values["status"].lower() not in STATUSES:
        return f"status must be one of {STATUSES}"
    if values["dob"]:
        try:
            date.fromisoformat(values["dob"])
        except ValueError:
            return "dob must be an ISO date (YYYY-MM-DD)"
    return None


# --- matching -----------------------------------------------------------------------------------------

def normalise_name(name: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return [t for t in re.split(r"[\s\-'’.]+", plain) if t]


def _first_name_variants(tokens: list[str]) -> list[list[str]]:
    if not tokens:
        return [tokens]
    first = tokens[0]
    alternatives = {first, *NICKNAMES.get(first, ()), *_FORMAL_TO_SHORT.get(first, ())}
    return [[alt, *tokens[1:]] for alt in sorted(alternatives)]


def name_similarity(email_name: str, register_name: str) -> tuple[float, str | None]:
    """0–100, and why it is not exact (nickname, hyphenation, spelling)."""
    email_tokens, register_tokens = normalise_name(email_name), normalise_name(register_name)
    if not email_tokens or not register_tokens:
        return 0.0, None
    best, why = 0.0, None
    for variant in _first_name_variants(email_tokens):
        # token_set: "Liam Smith" is inside "Liam Smith-Jones" once the hyphen is a space.
        score = max(fuzz.token_set_ratio(" ".join(variant), " ".join(register_tokens)),
                    fuzz.ratio(" ".join(variant), " ".join(register_tokens)))
        if score > best:
            best, why = score, ("nickname" if variant[0] != email_tokens[0] else None)
    if len(email_tokens) == 1:
        best *= 0.8  # a first name alone fits too many children
        why = "first name only"
    if why is None and best < 100:
        hyphen = "-" in email_name or "-" in register_name
        why = "hyphenated surname" if hyphen and best >= 95 else "spelling"
    return float(best), why


def dob_agreement(email_dob: date | None, register_dob: date | None) -> tuple[float, str | None]:
    if email_dob is None or register_dob is None:
        return 0.6, "no date of birth to compare"
    if email_dob == register_dob:
        return 1.0, None
    if (email_dob.year == register_dob.year and email_dob.day == register_dob.month
            and email_dob.month == register_dob.day):
        return 0.9, "day and month swapped"
    return 0.0, "date of birth differs"


def _parse_dob(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def match_child(name: str, dob: date | None, register: Sequence[RegisterEntry]) -> ChildMatch:
    candidates = []
    for entry in register:
        similarity, name_why = name_similarity(name, entry.child_name)
        if similarity < NAME_FLOOR:
            continue
        agreement, dob_why = dob_agreement(dob, entry.dob)
        confidence = (similarity / 100) * agreement
        reasons = tuple(r for r in (name_why, dob_why) if r)
        candidates.append(Candidate(entry, confidence, reasons))
    candidates.sort(key=lambda c: -c.confidence)
    plausible = tuple(c for c in candidates if c.confidence >= 0.5)
    if not plausible:
        return ChildMatch(name, "none")
    best = plausible[0]
    runner_up = plausible[1].confidence if len(plausible) > 1 else 0.0
    clear = best.confidence >= CONFIDENT and best.confidence - runner_up >= MARGIN
    return ChildMatch(name, "matched" if clear else "ambiguous", plausible)


def children_to_match(extraction: Mapping[str, Any]) -> list[tuple[str, date | None]]:
    people = [(c.get("name"), c.get("dob")) for c in extraction.get("children") or ()]
    subject = extraction.get("subject_person") or {}
    if subject.get("is_child"):
        people.insert(0, (subject.get("name"), subject.get("dob")))
    return [(name, _parse_dob(dob)) for name, dob in people if name]


def match_register(extraction: Mapping[str, Any], register: Iterable[RegisterEntry]) -> RegisterMatch:
    """Open cases for the email's children. Ambiguous if any child is; "none" if nobody is open."""
    entries = list(register)
    matches = tuple(match_child(name, dob, entries) for name, dob in children_to_match(extraction))
    if any(m.status == "ambiguous" for m in matches):
        return RegisterMatch("ambiguous", matches)
    cases = tuple(dict.fromkeys(m.best.entry for m in matches if m.status == "matched" and m.best))
    open_cases = tuple(c for c in cases if c.status == "open")
    return RegisterMatch("matched" if open_cases else "none", matches, open_cases)


# --- storage ------------------------------------------------------------------------------------------

def store_entries(session: Session, entries: Iterable[RegisterEntry]) -> tuple[int, int]:
    """Insert or update by case_ref; returns (added, updated). The caller commits."""
    existing = {row.case_ref: row for row in session.exec(select(CaseRecord)).all()}
    added = updated = 0
    for entry in entries:
        row = existing.get(entry.case_ref)
        if row is None:
            row, added = CaseRecord(case_ref=entry.case_ref, child_name=entry.child_name), added + 1
        else:
            updated += 1
        for name in COLUMNS:
            setattr(row, name, getattr(entry, name))
        row.updated_at = utcnow()
        session.add(row)
    return added, updated


@dataclass(frozen=True)
class _Loaded:
    version: tuple[Any, ...]
    entries: tuple[RegisterEntry, ...]


# Per database: the register as last read, and the version it was read at.
_LOADED: weakref.WeakKeyDictionary[Engine, _Loaded] = weakref.WeakKeyDictionary()


def _version(session: Session) -> tuple[Any, ...]:
    # Changes whenever the register does: store_entries only adds rows or rewrites them, and stamps
    # updated_at on every row it writes. A change between this and the read only means a read too many.
    query = select(func.count(), func.max(CaseRecord.updated_at), func.max(CaseRecord.id))
    return tuple(session.execute(query).one())


def load_register(session: Session) -> tuple[RegisterEntry, ...]:
    """The register as this session sees it. Read for every referral, so the rows themselves are read
    again only when the register changed (one aggregate query otherwise)."""
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    version = _version(session)
    loaded = _LOADED.get(engine)
    if loaded is None or loaded.version != version:
        # Plain rows, not ORM objects: never changed here.
        rows = session.execute(select(*(getattr(CaseRecord, name) for name in COLUMNS)))
        entries = tuple(RegisterEntry(**dict(zip(COLUMNS, row, strict=True))) for row in rows)
        loaded = _Loaded(version, entries)
        _LOADED[engine] = loaded
    return loaded.entries
