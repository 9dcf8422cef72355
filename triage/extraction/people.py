"""Who the email is about: the subject of the assessment, and the children living in the home.

Roles come from context, never from "the first name found": the label a name sits under
("Service user:", "Nearest relative:", "Children in the home:"), the cue word before it ("partner
Craig", "Dr Lennox", "her son Liam", "assessment of Ms Okafor") or after it ("Ewa (mother)",
"Niamh was detained", "Keisha (d.o.b. ...)"). Children follow LABELLING §4: under-18s living in the
home; adults, children living elsewhere, visitors and unborn babies are left out.
"""

from __future__ import annotations

import bisect
import itertools
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache, cached_property, lru_cache

from spacy.tokens import Doc, Span

from triage.extraction.dates import AgeMatch, DateMatch, age_at, find_ages, find_dates, parse_age
from triage.extraction.names import is_person_name
from triage.extraction.pipeline import NOT_NAMES, TITLES, get_nlp
from triage.extraction.sections import PATTERNS_DIR, EvidenceMap, Field, Layout

_ADULT = 18
_NEAR_ROLE_TOKENS = 3
_SUBJECT_WINDOW = 90  # characters after the subject's name that can hold their DOB or age
# Names are read from at most this much evidence (newest first) and this long a sentence: an
# AMHP's facts fit many times over, and a pathological 1 MB message stays well under a second.
_NAME_BUDGET = 60_000
_MAX_SNIPPET = 1_500
_MAX_NAME_POSITIONS = 20
# Fields whose names are never the subject's.
_OTHER_PEOPLE_KEYS = (
    "relatives",
    "children",
    "parents",
    "nearest_relative",
    "care_coordinator",
    "gp",
    "doctors",
    "police",
)
_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@cache
def _cues() -> dict[str, re.Pattern[str]]:
    data = json.loads((PATTERNS_DIR / "people.json").read_text(encoding="utf-8"))
    return {k: re.compile(v, re.I) for k, v in data.items() if not k.startswith("_")}


@dataclass
class Child:
    name: str | None
    dob: date | None
    age: int | None
    name_span: tuple[int, int] | None = None
    dob_span: tuple[int, int] | None = None
    excluded: bool = False


@dataclass
class People:
    name: str | None = None
    dob: date | None = None
    age: int | None = None
    children: list[Child] = field(default_factory=list)
    children_status: str = "not_stated"
    spans: list[dict[str, object]] = field(default_factory=list)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    role: str | None  # subject / child / relative / professional / None


_NICKNAME = re.compile(r"[ \t]+['\"‘“][^'\"’”]+['\"’”](?=[ \t])")


# A surname in capitals: "SMITH", "O'NEILL", "McCARTHY", "SMITH-JONES".
_CAPS_SURNAME = re.compile(r"(?:Mc|Mac)?[A-Z][A-Z'-]*[A-Z]")


def _clean_name(name: str) -> str:
    words = _NICKNAME.sub("", name).replace("’", "'").split()
    while words and words[0].rstrip(".").casefold() in TITLES:
        words = words[1:]
    # "SMITH Jodie Ann": a surname in capitals before the forenames, as case systems print it.
    if (
        len(words) > 1
        and _CAPS_SURNAME.fullmatch(words[0])
        and words[0].casefold() not in _PROFESSIONAL_TITLES
        and not any(w.isupper() for w in words[1:])
    ):
        words = [*words[1:], words[0]]
    return " ".join(words).strip(" ,.;:'-")


def _names_the_source(doc: Doc, role: Span) -> bool:
    """ "From Crawley CMHT: Ibrahim Sesay, DOB ...": the team the news comes from, then whom it is about."""
    after = doc[role.end : role.end + 2]
    if not any(t.text == ":" for t in after):
        return False
    for t in reversed(doc[max(0, role.start - 4) : role.start]):
        if "\n" in t.text:
            return False
        if t.lower_ == "from":
            return True
    return False


def _role_near(doc: Doc, span: Span) -> str | None:
    """The role cue just before a name ("partner Craig", "Dr Lennox") or in brackets after it."""
    best = None
    for role in doc.spans["role"]:
        if role.end <= span.start and span.start - role.end <= _NEAR_ROLE_TOKENS:
            between = doc[role.end : span.start]
            # "Partner: Beth" names a partner, but "Risks to children: Piotr ..." is not a child.
            stops = {".", ";", "\n"} if role.label_ in {"relative", "professional"} else {".", ";", ":", "\n"}
            if _names_the_source(doc, role) or _describes_the_person(doc.text, role.text, role.start_char):
                continue
            # "his partner Kerry Vine, Jayden Chandler (9)": an adult's cue is the first name's only, but
            # "the twins, Lena and Olek" are both children.
            like = doc._.fd_name_like if role.label_ in {"relative", "professional"} else None
            if not any(
                t.text in stops or "\n" in t.text or _ends_role_link(t.text) or (like and like[t.i])
                for t in between
            ):
                best = role.label_
        elif role.start > span.end and role.start - span.end <= 1 and doc[span.end].text in {"(", ","}:
            return role.label_
    return best


# Words that may sit between a cue and its name ("son, aged 4, Liam", "sons Tom and Ben",
# "daughter called Ellie"); any other lower-case word is a verb or clause of its own: in "feeding
# the baby and says God" or "a single parent and lives with Daniel" the cue is not about the name.
_ROLE_LINK_WORDS = frozenset({"and", "or", "aged", "age", "called", "named", "is", "now", "who", "of"})


def _ends_role_link(word: str) -> bool:
    return word.isalpha() and word.islower() and word not in _ROLE_LINK_WORDS


_PROFESSIONAL_TITLES = frozenset({"dr", "pc", "ps", "dc", "prof"})


def _mentions(text: str, start: int, end: int, unwrap: bool = False) -> list[Mention]:
    """Names in text[start:end]. With `unwrap`, line breaks are hard wraps inside a sentence, so a
    name may run over one ("Alfie\nChowdhury"); the copy keeps its length so offsets hold."""
    snippet = text[start : min(end, start + _MAX_SNIPPET)]
    found = _snippet_mentions(snippet.replace("\n", " ") if unwrap else snippet)
    return [Mention(start + s, start + e, name, role) for s, e, name, role in found]


@lru_cache(maxsize=4096)
def _snippet_mentions(snippet: str) -> tuple[tuple[int, int, str, str | None], ...]:
    # Cached: the same sentence is read for the subject, the fullest name and the children.
    doc = get_nlp()(snippet)
    found = []
    for span in doc.spans["person"]:
        role = _role_near(doc, span)
        if span.start > 0 and doc[span.start - 1].text.rstrip(".").casefold() in _PROFESSIONAL_TITLES:
            role = "professional"
        if role == "professional" and _NAMED_CHILD_AGE.match(snippet, span.start_char):
            role = None  # "Police found Amy (9)": a child's age says who she is.
        found.append((span.start_char, span.end_char, span.text, role))
    return tuple(_joined_names(snippet, _with_calendar_names(snippet, found)))


_Found = tuple[int, int, str, str | None]
# "Oluwaseun (“Seun”) Adeyemi", "Robert (Bobby) Vance": a nickname in brackets inside the name.
_NICK_OPEN = re.compile(r"[ \t]*\([ \t]*['\"‘“]?")
_NICK_CLOSE = re.compile(r"['\"’”]?[ \t]*\)[ \t]*")
# "SMITH, Jodie (DOB ...)": a surname in capitals, a comma, then the forenames.
_SURNAME_COMMA = re.compile(r",[ \t]*")
# What may follow the forenames of a surname-first name: a bracket, a comma, the end of the line or the
# details themselves ("MARSH, Keeley-Ann DoB 17/10/1996").
_DETAIL_WORD = r"(?i:d\.?o\.?b\b|date of birth|born|aged?\b|nhs\b)"
_DETAILS_AFTER = r"[ \t]*(?:[(,;]|$|\d|" + _DETAIL_WORD + ")"
_AFTER_FORENAMES = re.compile(_DETAILS_AFTER, re.M)


# Month and day names are also first names ("June Baker", "April (6)"), but only where no date is
# meant: not after "in", "on", "since", a day number or "the", and not before a number.
_CALENDAR_NAME = re.compile(
    r"(?<![\w'’-])(?:January|February|April|May|June|July|August|October|December|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)(?![\w'’-])"
)
_DATE_WORD_BEFORE = re.compile(
    r"(?:\b(?:in|on|of|since|from|until|till|by|during|last|next|early|late|mid|this|that|every|each|the|"
    r"before|after|end)|\d(?:st|nd|rd|th)?)[ \t,]*\Z",
    re.I,
)
_CHILD_AGE_AFTER = re.compile(r"[ \t]*\((?:\d|1[0-7])\)")


def _with_calendar_names(snippet: str, found: list[_Found]) -> list[_Found]:
    """Add back first names that are also month or day names, which the name tokens leave out."""
    if not _CALENDAR_NAME.search(snippet):
        return found
    starts = {f[0]: i for i, f in enumerate(found)}
    out = list(found)
    for m in _CALENDAR_NAME.finditer(snippet):
        if _DATE_WORD_BEFORE.search(snippet, max(0, m.start() - 12), m.start()) or m.start() == 0:
            continue
        nxt = starts.get(m.end() + 1) if snippet[m.end() : m.end() + 1] == " " else None
        if nxt is not None and " " not in out[nxt][2]:
            # "June Baker": the month is her first name.
            _s, e, text, role = out[nxt]
            out[nxt] = (m.start(), e, f"{m.group()} {text}", role)
        elif _CHILD_AGE_AFTER.match(snippet, m.end()):
            # "April (6)": a child's age after the month says it is a name.
            out.append((m.start(), m.end(), m.group(), None))
    return sorted(out, key=lambda f: f[0])


def _joined_names(snippet: str, found: list[_Found]) -> list[_Found]:
    """One mention for a name the tokens split: a bracketed nickname inside it, or surname first."""
    joined: list[_Found] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        c = found[i + 2] if i + 2 < len(found) else None
        if (
            b
            and c
            and _NICK_OPEN.fullmatch(snippet, a[1], b[0])
            and _NICK_CLOSE.fullmatch(snippet, b[1], c[0])
            and " " not in b[2]
        ):
            joined.append((a[0], c[1], f"{a[2]} {c[2]}", a[3]))
            i += 3
            continue
        if (
            b
            and " " not in a[2]
            and _CAPS_SURNAME.fullmatch(a[2].replace("’", "'"))
            and not b[2].split()[0].isupper()
            and _SURNAME_COMMA.fullmatch(snippet, a[1], b[0])
            and _AFTER_FORENAMES.match(snippet, b[1])
        ):
            joined.append((a[0], b[1], f"{a[2]} {b[2]}", a[3] or b[3]))
            i += 2
            continue
        joined.append(a)
        i += 1
    return joined


class _Reader:
    def __init__(self, text: str, layout: Layout, evidence: list[tuple[int, int, int]], ref: date) -> None:
        self.text = text
        self.layout = layout
        self.evidence = evidence  # (start, end, depth), newest first
        self.ref = ref

    def in_evidence(self, offset: int) -> bool:
        return offset in self._map

    def depth(self, offset: int) -> int:
        return self._map.depth(offset)

    @cached_property
    def _map(self) -> EvidenceMap:
        return EvidenceMap(self.evidence)

    def fields(self, *keys: str) -> list[Field]:
        found = [f for f in self.layout.fields_with(*keys) if self.in_evidence(f.label_start)]
        return sorted(found, key=lambda f: (self.depth(f.label_start), f.label_start))

    @cached_property
    def _sentences(self) -> list[tuple[int, int]]:
        kept = [s for s in self.layout.sentences if self.in_evidence(s[0])]
        return sorted(kept, key=lambda s: (self.depth(s[0]), s[0]))

    def sentences(self) -> Iterable[tuple[int, int]]:
        """Evidence sentences, newest segment first."""
        return iter(self._sentences)


# "DOE, Jane" / "Doe, Jane (Ms)": surname first, as case-management systems print it.
_SURNAME_FIRST = re.compile(
    r"([^\W\d_][\w'’-]+),[ \t]*([^\W\d_][\w'’-]+(?:[ \t]+(?!" + _DETAIL_WORD + r")[^\W\d_][\w'’-]+)?)"
    + _DETAILS_AFTER,
    re.M,
)


# Where a name written without capitals stops: "kerry-ann walsh  dob 12/6/91", "Jo Bloggs, 34".
_DETAILS_START = re.compile(r"[(,;\n]| - | – |\b(?:d\.?o\.?b|born|aged?)\b|\d", re.I)
# "assessment done today for maria santos dob 3/3/90": a lower-case name between a cue and a DOB.
_LOWER_CASE_SUBJECT = re.compile(
    r"\b(?:for|on|of|re|assessed|assess|saw|seen|see|visited)[ \t]+"
    r"((?:[^\W\d_][\w'’-]*[ \t]+){1,3}?[^\W\d_][\w'’-]*)(?:[ \t,]+\(?|[ \t]*\()"
    r"(?:d\.?o\.?b\b|date of birth|born|aged?\b)",
    re.I,
)


def _name_from_value(text: str, f: Field) -> tuple[str, int, int] | None:
    flipped = _SURNAME_FIRST.match(f.value.split("\n", 1)[0])
    if flipped and flipped.group(1)[0].isupper() and flipped.group(2)[0].isupper():
        surname, forenames = flipped.group(1), _clean_name(flipped.group(2))
        if (
            forenames
            and surname.casefold() not in NOT_NAMES
            and forenames.split()[0].casefold() not in NOT_NAMES
        ):
            return f"{forenames} {surname}", f.start, f.start + flipped.end(2)
    mentions = _mentions(text, f.start, f.end)
    if mentions:
        m = mentions[0]
        return _clean_name(m.text), m.start, m.end
    value = _DETAILS_START.split(f.value, maxsplit=1)[0].strip()
    words = value.split()
    if 1 <= len(words) <= 4 and all(_NAME_WORD.fullmatch(w) for w in words):
        cleaned = _clean_name(value)
        if cleaned and cleaned.split()[0].casefold() not in NOT_NAMES:
            return cleaned, f.start, f.start + len(value)
    return None


def _subject_from_fields(text: str, reader: _Reader) -> tuple[str, int, int] | None:
    last = next((g for f in reader.fields("surname") if (g := _name_from_value(text, f))), None)
    for f in reader.fields("name"):
        got = _name_from_value(text, f)
        if got:
            # "Patient: Tom" over "Surname: Hardy": the name field gave the forename only.
            if last and " " not in got[0] and got[0].casefold() != last[0].casefold():
                return f"{got[0]} {last[0]}", got[1], got[2]
            return got
    first = next((g for f in reader.fields("first_name") if (g := _name_from_value(text, f))), None)
    if first and last:
        return f"{first[0]} {last[0]}", first[1], first[2]
    return first or last


# "Mother: Hannah Greaves, 31" heading a form with no name field: the parent is the person assessed.
_PARENT_LABEL = re.compile(r"(?:mother|father|mum|dad|parent)", re.I)
# "Young person's name: Ruby", "Child: Ruby, 15": one child named first is the child assessed.
_ONE_CHILD_LABEL = re.compile(r"\b(?:young person|child|yp)\b", re.I)
_PARENT_IN_LABEL = re.compile(r"['’]s[ \t]+(?:mother|father|mum|dad|parent)\b", re.I)


def _subject_from_first_label(text: str, reader: _Reader) -> tuple[str, int, int] | None:
    """A form with no name field is about the person its first field names, when that field is a
    parent ("Mother:", "Name of parent assessed:") or one child ("Young person:"); "Children:" or
    "Siblings:" first are the household."""
    if reader.fields("name", "first_name", "surname"):
        return None
    known = [f for f in reader.layout.fields if f.key is not None and reader.in_evidence(f.label_start)]
    first = min(known, key=lambda f: (reader.depth(f.label_start), f.label_start), default=None)
    if first is None:
        return None
    parent = first.key == "parents" and _PARENT_LABEL.search(first.label)
    one_child = (
        first.key == "children"
        and _ONE_CHILD_LABEL.search(first.label)
        and len(_mentions(text, first.start, first.end)) == 1
    )
    return _name_from_value(text, first) if parent or one_child else None


def _child_talk(text: str, start: int, end: int) -> re.Match[str] | None:
    """Where talk of children begins: the first word for a child that is not about the person named
    ("I assessed a 16-year-old girl, Maya Patel" is about Maya)."""
    child_cue = _cues()["child_cue"]
    cue = child_cue.search(text, start, end)
    while cue and _describes_the_person(text, cue.group(), cue.start()):
        cue = child_cue.search(text, cue.end(), end)
    return cue


def _subject_from_narrative(text: str, reader: _Reader) -> tuple[str, int, int] | None:
    cues = _cues()
    best: tuple[int, Mention] | None = None
    not_subject = [(f.start, f.end) for f in reader.fields(*_OTHER_PEOPLE_KEYS)]
    # "his partner Chantelle" once is enough: "workers visiting Chantelle" later is about her too.
    relatives = _relative_names(text, reader)
    for s, e in reader.sentences():
        sentence = text[s:e]
        if not any(ch.isupper() for ch in sentence[1:]):
            continue
        mentions = _mentions(text, s, e, unwrap=True)
        child_cue = _child_talk(text, s, e)
        for m in mentions:
            # "Margaret Holloway-Finch ('Maggie'), aged 58": what follows the name is read past the
            # name she goes by.
            nick = _NICKNAME_BRACKET.match(text, m.end, e)
            after = nick.end() if nick else m.end
            assessed = cues["assessed_after"].match(text, after, min(e, after + 60))
            if (
                m.role in {"professional", "child"}
                or _is_acronym(m)
                or _not_a_name(text, m)
                or _names_a_place(text, m)
                # "Mum Sophie Turner (24) was assessed": a parent is the subject when the verb says so.
                or ((m.role == "relative" or m.text.split()[0].casefold() in relatives) and not assessed)
                or any(fs <= m.start < fe for fs, fe in not_subject)
                or (child_cue and child_cue.start() < m.start)
            ):
                continue
            score = 0
            if cues["subject_before"].search(text[max(s, m.start - 120) : m.start]):
                score += 3
            if assessed:
                score += 3
            elif cues["subject_after"].match(text[after : min(e, after + 60)]) and not (
                # "Amy (9) and Joe (6)": a first name with a child's age, nothing saying who was assessed.
                score == 0 and " " not in m.text and _NAMED_CHILD_AGE.match(text, m.start, e)
            ):
                score += 2
            if score and (best is None or score > best[0]):
                best = (score, m)
        if best and best[0] >= 3:
            break
    if best:
        return _clean_name(best[1].text), best[1].start, best[1].end
    return None


def _subject_most_mentioned(text: str, reader: _Reader) -> tuple[str, int, int] | None:
    """With no cue at all, the person the email keeps coming back to: a full name given once and
    its first name at least twice in all, never a professional, relative or child."""
    not_subject = [(f.start, f.end) for f in reader.fields(*_OTHER_PEOPLE_KEYS)]
    counts: dict[str, int] = {}
    full: dict[str, Mention] = {}
    for s, e in reader.sentences():
        child_cue = _child_talk(text, s, e)
        for m in _mentions(text, s, e, unwrap=True):
            words = _clean_name(m.text).split()
            if (
                not words
                or m.role is not None
                or _is_acronym(m)
                or _not_a_name(text, m)
                or _names_a_place(text, m)
                or any(fs <= m.start < fe for fs, fe in not_subject)
            ):
                continue
            if child_cue and child_cue.start() < m.start:
                continue
            counts[words[0]] = counts.get(words[0], 0) + 1
            if len(words) > 1:
                full.setdefault(words[0], m)
    ranked = sorted((c, -full[w].start, w) for w, c in counts.items() if w in full and c >= 2)
    if not ranked:
        return None
    m = full[ranked[-1][2]]
    return _clean_name(m.text), m.start, m.end


# A heading block: the name alone on a line, then the date of birth alone on the next.
_NAME_OVER_DOB = re.compile(
    r"^[ \t]*([^\W\d_][\w'’-]+(?:[ \t]+[^\W\d_][\w'’-]+){1,3})[ \t]*\n[ \t]*"
    r"(?:d\.?o\.?b\.?:?[ \t]*)?"
    r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}[ \t]+[A-Za-z]{3,9}[ \t]+\d{4})[ \t]*$",
    re.M,
)


def _subject_over_dob(text: str, reader: _Reader) -> tuple[str, int, int] | None:
    for m in itertools.islice(_NAME_OVER_DOB.finditer(text), _MAX_NAME_POSITIONS):
        if not reader.in_evidence(m.start(1)):
            continue
        mentions = _mentions(text, m.start(1), m.end(1))
        if len(mentions) == 1 and mentions[0].text == m.group(1) and mentions[0].role is None:
            return _clean_name(m.group(1)), m.start(1), m.end(1)
    return None


def _subject_in_lower_case(text: str, reader: _Reader) -> tuple[str, int, int] | None:
    """Notes typed without capitals: a name is only trusted between an assessment cue and a DOB."""
    for s, e in reader.sentences():
        for m in _LOWER_CASE_SUBJECT.finditer(text, s, e):
            words = m.group(1).split()
            if m.group(1).islower() and all(w not in NOT_NAMES and w not in TITLES for w in words):
                return m.group(1), m.start(1), m.end(1)
    return None


_SURNAME_GAP = 12


def _fullest(text: str, reader: _Reader, name: str, at: tuple[int, int]) -> tuple[str, int, int]:
    """The fullest form of the subject's name the email gives ("Keisha" → "Keisha Begum")."""
    cues = _cues()
    first = name.split()[0].casefold()
    best = (name, *at)
    pattern = re.compile(r"\b" + re.escape(name.split()[0]) + r"\b", re.I)
    for s, e in reader.sentences():
        if not pattern.search(text, s, e):
            continue
        for m in _mentions(text, s, e, unwrap=True):
            cleaned = _clean_name(m.text)
            words = cleaned.casefold().split()
            # "Mr O'Reilly (Declan O'Reilly, DOB ...)": a surname with its title, then the whole name.
            if not words:
                continue
            # "Dad: Kwame MENSAH-BOATENG, d.o.b 03.03.84 ... Mr Mensah-Boateng was assessed": a name
            # with the subject's details after it is theirs, whatever label or cue stands before it.
            described = bool(cues["subject_after"].match(text[m.end : m.end + 60]))
            surname_told = (
                " " not in name
                and words[-1] == first
                and (0 <= m.start - at[1] <= _SURNAME_GAP or (described and len(words) > 1))
            )
            if (
                m.role not in {"professional", "child"}
                and (m.role != "relative" or described)
                and (words[0] == first or surname_told)
                and len(words) > len(best[0].split())
            ):
                best = (cleaned, m.start, m.end)
    return best


def _subject_details(
    text: str, reader: _Reader, name: str | None
) -> tuple[DateMatch | None, AgeMatch | None]:
    """DOB and age from "DOB:"/"Age:" fields, else just after a mention of the subject's name
    ("Omar Kowalski (DOB 06/10/76, aged 48)", "Priya Chowdhury, 30 at ..."), else from an unnamed
    subject ("an assessment of a woman aged 22")."""
    dob = next((d for f in reader.fields("dob") for d in find_dates(text, reader.ref, f.start, f.end)), None)
    age = None
    for f in reader.fields("age"):
        years = parse_age(f.value)
        if years is not None:
            age = AgeMatch(f.start, f.end, years)
            break
    positions = _name_positions(text, reader, name) if (dob is None or age is None) else []
    if age is None:
        # "a 15-year-old, Chloe Adams", "a 15 year old girl, Chloe": the age just before the name.
        age = next(
            (
                a
                for at, _end in positions
                for a in find_ages(text, max(0, at - 40), at)
                if _YEARS_OLD.search(text, a.start, a.end) and _JUST_BEFORE.fullmatch(text, a.end, at)
            ),
            None,
        )
    for _start, at in positions:
        # "Margaret Holloway-Finch ('Maggie'), aged 58": the details follow the name she goes by.
        nick = _NICKNAME_BRACKET.match(text, at)
        at = nick.end() if nick else at
        end = min(len(text), at + _SUBJECT_WINDOW)
        nl = text.find("\n\n", at, end)
        end = _before_children(text, at, _next_person(text, reader, at, nl if nl >= 0 else end))
        if dob is None:
            dob = next(iter(find_dates(text, reader.ref, at, end)), None)
        bare = _BARE_AGE.match(text, at, end)
        if age is None and bare:
            age = AgeMatch(bare.start(1), bare.end(1), int(bare.group(1)))
        if age is None:
            # "Adwoa is 21 weeks pregnant" is not her age, nor "found by her 12 y/o son" his mother's.
            age = next(
                (
                    a
                    for a in find_ages(text, at, end, bracketed=True)
                    if not _GESTATION.match(text, a.start, a.end) and not _OF_A_CHILD.match(text, a.end)
                ),
                None,
            )
        if dob is not None and age is not None:
            break
    pronoun_dob = _pronoun_dob(text, reader)
    if pronoun_dob and (dob is None or reader.depth(pronoun_dob.start) < reader.depth(dob.start)):
        dob = pronoun_dob
    if age is None:
        age = _pronoun_age(text, reader)
    if age is None and dob is None:
        age = _unnamed_subject_age(text, reader)
    return dob, age


# "her DOB is 3/3/1993", "his date of birth: ..." — a reply that answers without the name.
_PRONOUN_DOB = re.compile(
    r"\b(?:her|his|their|the (?:patient|client|service user)'s)[ \t]+(?:d\.?o\.?b\.?|date of birth|birthday)"
    r"[ \t]*(?:is|was|:|-)?[ \t]*",
    re.I,
)


# "She is 29", "He is aged 42" — the subject's age in a sentence of its own.
_PRONOUN_AGE = re.compile(
    r"\b(?:she|he)[ \t]+is[ \t]+(?:aged[ \t]+)?(\d{1,2})\b(?![ \t]*(?:weeks?|months?|days?|%))", re.I
)


def _pronoun_age(text: str, reader: _Reader) -> AgeMatch | None:
    for s, e in reader.sentences():
        m = _PRONOUN_AGE.search(text, s, e)
        if m:
            return AgeMatch(m.start(1), m.end(1), int(m.group(1)))
    return None


def _pronoun_dob(text: str, reader: _Reader) -> DateMatch | None:
    for s, e in reader.sentences():
        for m in _PRONOUN_DOB.finditer(text, s, e):
            dates = find_dates(text, reader.ref, m.end(), min(e, m.end() + 20))
            if dates and dates[0].start == m.end():
                return dates[0]
    return None


# "Priya Chowdhury, 30 at her home": a bare number right after the name.
_BARE_AGE = re.compile(
    r",[ \t]*(\d{1,2})\b(?![./:-]\d)(?![ \t]*(?:[A-Z]|\w+ (?:road|lane|street|close|avenue)))"
)
# "Tyler Price" is not a mention of "Price", the subject.
_OTHER_FIRST_NAME = re.compile(r"\b[A-Z][\w'’-]+\.?[ \t]\Z")
_YEARS_OLD = re.compile(r"\d[ \t-]*(?:years?|yrs?)[ \t-]*old", re.I)
_JUST_BEFORE = re.compile(r"[ \t,]*(?:[a-z]+[ \t,]+){0,2}(?:(?:mr|mrs|ms|miss|mx)\.?[ \t]+)?", re.I)
_AGE_BEFORE = re.compile(r"(?:\d|\b[a-z]+)[ \t-]*(?:years?|yrs?|months?|weeks?)[ \t-]*old", re.I)
_OF_A_CHILD = re.compile(
    r"[ \t-]*(?:[a-z]+[ \t]+)?(?:sons?|daughters?|child(?:ren)?|kids?|boys?|girls?|baby|grand\w+)\b", re.I
)
_GESTATION = re.compile(r"(?!age)\w{0,10}[ \t-]*(?:weeks?|wks?|days?)", re.I)
_UNNAMED_SUBJECT = re.compile(r"\bassess\w*\b[^.;]{0,80}?\bof an?\b", re.I)


def _name_positions(text: str, reader: _Reader, name: str | None) -> list[tuple[int, int]]:
    """(start, end) of each mention of the subject's name (full name first, then first name)."""
    if not name:
        return []
    found: list[tuple[int, int]] = []
    words = name.split()
    # "SMITH, Jodie (DOB ...)": the name may be written surname first.
    flipped = (
        [f"{words[-1]}, {' '.join(words[:-1])}", f"{words[-1]} {' '.join(words[:-1])}"]
        if len(words) > 1
        else []
    )
    for form in dict.fromkeys([name, *flipped, words[0]]):
        pattern = re.compile(r"\b" + re.escape(form).replace(r"\ ", r"[ \t\n]+") + r"\b", re.I)
        found += [
            (m.start(), m.end())
            for m in pattern.finditer(text)
            if reader.in_evidence(m.start())
            and not (" " not in form and _part_of_other_name(text, m.start()))
        ]
    return found[:_MAX_NAME_POSITIONS]


def _part_of_other_name(text: str, start: int) -> bool:
    before = _OTHER_FIRST_NAME.search(text, max(0, start - 25), start)
    return bool(before and before.group().strip().rstrip(".").casefold() not in TITLES)


_CLAUSE_START = re.compile(r".*(?:[.;](?=\s+[A-Z])|,|\n)", re.S)


def _before_children(text: str, start: int, end: int) -> int:
    """Where talk of children begins after the subject's name: "He has two sons, aged 5 and 8" and
    "Their 4-year-old son" give the children's ages, not the subject's."""
    # "Jayden Cole, a boy aged 16": the word describes him; talk of children starts after it.
    cue = _child_talk(text, start, end)
    if not cue:
        return end
    clause = _CLAUSE_START.match(text, start, cue.start())
    return clause.end() if clause else cue.start()


def _unnamed_subject_age(text: str, reader: _Reader) -> AgeMatch | None:
    child_cue = _cues()["child_cue"]
    for s, e in reader.sentences():
        m = _UNNAMED_SUBJECT.search(text, s, e)
        if m:
            cue = child_cue.search(text, m.end(), e)
            ages = find_ages(text, m.end(), cue.start() if cue else e)
            return ages[0] if ages else None
    return None


# "Oluwaseun, known as Seun", "Robert (aka Bobby)": the second name is the same person's.
_KNOWN_AS = re.compile(
    r"\b(?:known as|aka|a\.k\.a\.?|also called|prefers to be called|goes by)[ \t]*['\"‘“]?\Z", re.I
)


def _names_a_thing(text: str, m: Mention) -> bool:
    """ "Year 7", "Room 4", "Millais School", "Oak Tree Nursery": not a child's name."""
    cues = _cues()
    words = m.text.split()
    numbered = (
        len(words) == 1 and cues["numbered_thing"].fullmatch(words[0]) and _DIGIT_AFTER.match(text, m.end)
    )
    return bool(numbered or cues["institution_end"].fullmatch(words[-1]))


_DIGIT_AFTER = re.compile(r"[ \t]\d")


def _is_kin_descriptor(text: str, m: Mention) -> bool:
    """ "Older brother Ashley", "Eldest daughter Mia": a capitalised word before a word for kin."""
    return (
        " " not in m.text
        and text[m.end : m.end + 1] == " "
        and bool(_cues()["child_cue"].match(text, m.end + 1))
    )


# "Oluwaseun (“Seun”) Adeyemi", "Thomas 'Tommo' Reilly", "Oluwaseun, known as Seun".
_NICKNAME_INSIDE = re.compile(r"[(‘“'\"][ \t]*['\"‘“]?([^\W\d_][\w’-]*)['\"’”]?[ \t]*[)’”'\"]")
_NICKNAME_BRACKET = re.compile(r"[ \t]*" + _NICKNAME_INSIDE.pattern)
_NICKNAME_AFTER = re.compile(
    r",?[ \t]*\(?(?:known as|aka|a\.k\.a\.?|also called|prefers to be called|goes by)[ \t]*['\"‘“]?"
    r"([^\W\d_][\w’-]*)",
    re.I,
)


def _nickname(text: str, start: int, end: int) -> str | None:
    """The name the subject goes by, written inside or just after their name."""
    m = _NICKNAME_INSIDE.search(text, start, end) or _NICKNAME_AFTER.match(text, end)
    return m.group(1).casefold() if m else None


def _is_nickname(text: str, m: Mention) -> bool:
    return _KNOWN_AS.search(text, max(0, m.start - 25), m.start) is not None


def _next_person(text: str, reader: _Reader, start: int, end: int) -> int:
    """Where the next name after `start` begins (the subject's details stop there)."""
    sentences = reader.layout.sentences
    i = max(bisect.bisect_right(reader.layout.sentence_starts, start) - 1, 0)
    while i < len(sentences) and sentences[i][0] < end:
        s, e = sentences[i]
        hit = next(
            (
                m.start
                for m in _mentions(text, s, e, unwrap=True)
                if start <= m.start < end and not _is_nickname(text, m)
            ),
            None,
        )
        if hit is not None:
            return hit
        i += 1
    return end


def _children_zones(text: str, reader: _Reader) -> list[tuple[int, int, bool]]:
    """(start, end, is_list): children fields (one child a line or item), then sentences naming children."""
    # "Mother of the children: Sian Hughes" names a parent, not a child.
    zones = [
        (f.start, f.end, True)
        for f in reader.fields("children")
        # "Daughter (Lily's mum, lives in Steyning):" names a parent of a child too.
        if f.value.strip()
        and not _PARENT_LABEL.match(f.label.strip())
        and not _PARENT_IN_LABEL.search(f.label)
    ]
    child_cue = _cues()["child_cue"]
    # Only known labels: "Her little one, Cerys, is only 18/12 - she is staying ..." is prose.
    labels = {f.label_start: f.start for f in reader.layout.fields if f.key is not None}
    for s, e in reader.sentences():
        named = _NAMED_CHILD_AGE.search(text, s, e) or len(_NAMED_CHILD.findall(text, s, e)) >= 2
        if named or child_cue.search(text, s, e):
            # A form line's label ("Perceived risks to the children:") is not a name.
            start = max([labels[ls] for ls in range(s, min(e, s + 3)) if ls in labels] or [s])
            e = _after_lead_in(text, reader, e)
            if start < e and not any(zs <= start < ze for zs, ze, _l in zones):
                zones.append((start, e, False))
    # Newest first, so a correction in a reply ("Leo is actually 7") wins over the quoted form.
    return sorted(zones, key=lambda z: (reader.depth(z[0]), z[0]))


# "Police found Amy (9) alone", "She lives with Kai (4)": a first name with a child's age.
_NAMED_CHILD_AGE = re.compile(r"\b[A-Z][\w'’-]+[ \t]*\((?:\d|1[0-7])\)")
# "lives with Tobi Bello (DOB 14/03/2016) and Grace Bello (born 2022)": names with a child's age or
# a date of birth; two or more in a sentence name children.
_NAMED_CHILD = re.compile(
    r"\b[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?[ \t]*\((?:(?:\d|1[0-7])\)|(?i:born|d\.?o\.?b)\b)"
)


def _after_lead_in(text: str, reader: _Reader, end: int) -> int:
    """ "... and their three children:" leads in to the names in the sentence after it."""
    if not text[max(0, end - 12) : end].rstrip().endswith(":"):
        return end
    sentences = reader.layout.sentences
    i = bisect.bisect_left(reader.layout.sentence_starts, end)
    return sentences[i][1] if i < len(sentences) and reader.in_evidence(sentences[i][0]) else end


# A sentence ends at a full stop after a word, a bracket or a number ("Alfie (DOB 11/03/2016). Ruby's
# older brother Jordan (20) moved out"), and at one that ends a line ("police attended.\n2 kids ...").
_SENTENCE_END = r"(?:(?:(?<=[a-z]{2})|(?<=[)\d]))\.[ \t\n]+(?=[A-Z])|\.[ \t]*\n)"
_CLAUSE_BREAK = re.compile(r";|" + _SENTENCE_END)
_LINE_BREAK = re.compile(r";|\n|" + _SENTENCE_END)


def _clauses(text: str, start: int, end: int, is_list: bool) -> list[tuple[int, int]]:
    spans, pos = [], start
    for m in (_LINE_BREAK if is_list else _CLAUSE_BREAK).finditer(text, start, end):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, end))
    return [(s, e) for s, e in spans if e > s]


# "a 7-year-old son, Finley": hyphens make the age a describing word.
_ADJECTIVE_AGE = re.compile(r"\w-(?:years?|yrs?|months?|weeks?)-old\b", re.I)
_ADJECTIVE_REACH = 30
_DESCRIBED_KIN = re.compile(
    r"[ \t]+(?:[a-z-]+[ \t]+)?(?:(?:step|grand)?(?:son|daughter)|boy|girl|child|baby|brother|sister)?"
    r"[ \t]*,?[ \t]*"
)


def _owners(
    text: str, anchors: list[Mention], items: list[DateMatch | AgeMatch]
) -> dict[int, list[DateMatch | AgeMatch]]:
    """Each date or age belongs to the nearest name before it (-1: no name before it), except an age
    written as a describing word, which belongs to the name just after it ("a 2-year-old daughter, Isla")."""
    owned: dict[int, list[DateMatch | AgeMatch]] = {}
    for item in items:
        owner = max((i for i, m in enumerate(anchors) if m.end <= item.start), default=-1)
        if isinstance(item, AgeMatch) and _ADJECTIVE_AGE.search(text, item.start, item.end):
            owner = next(
                (
                    i
                    for i, m in enumerate(anchors)
                    if item.end <= m.start <= item.end + _ADJECTIVE_REACH
                    and _DESCRIBED_KIN.fullmatch(text, item.end, m.start)
                ),
                owner,
            )
        owned.setdefault(owner, []).append(item)
    return owned


_ARTICLE_BEFORE = re.compile(r"\ban?[ \t]+(?:[\w-]+[ \t]+){0,2}\Z", re.I)


def _describes_the_person(text: str, word: str, start: int) -> bool:
    """ "Jayden Cole, a boy aged 16": the word is about the person named, not their children."""
    return word.casefold() in {"boy", "girl", "child"} and bool(
        _ARTICLE_BEFORE.search(text, max(0, start - 30), start)
    )


def _unown_children_ages(
    text: str, anchors: list[Mention], owned: dict[int, list[DateMatch | AgeMatch]], subject: _Subject
) -> None:
    """ "Siân lives with her two sons, aged 6 and 9", "her partner Craig and their children (4, 7)": ages
    after a word for children are the children's, not the adult's named before it."""
    child_cue = _cues()["child_cue"]
    for i, m in enumerate(anchors):
        if not (m.role in {"relative", "professional"} or _is_subject(m, subject)):
            continue
        mine = owned.get(i, [])
        theirs = [
            x
            for x in mine
            if (cue := child_cue.search(text, m.end, x.start))
            and not _describes_the_person(text, cue.group(), cue.start())
        ]
        if theirs:
            owned[i] = [x for x in mine if x not in theirs]
            owned.setdefault(-1, []).extend(theirs)


def _elsewhere_cue(text: str, start: int, end: int) -> re.Match[str] | None:
    """Where a clause says someone lives elsewhere, unless it puts them back in the family home:
    "lives with his grandmother, Carol Fox, at that address"."""
    cues = _cues()
    cue = cues["lives_elsewhere"].search(text, start, end)
    if cue and cues["same_home"].search(text, cue.end(), end):
        return None
    return cue


def _excluded(
    text: str, clause: tuple[int, int], mention_start: int, anchors_before: bool, aged: bool = False
) -> bool:
    """LABELLING §4 exclusions: visiting children anywhere in the clause, adults and unborn babies too
    unless the name has a child's age or date ("22 weeks pregnant and lives with her son Yusuf, 3");
    "live with their father" for the names before it (or after it, when it opens the clause)."""
    cues = _cues()
    if cues["not_child"].search(text, *clause) or (
        not aged and cues["unborn_or_adult"].search(text, *clause)
    ):
        return True
    cue = _elsewhere_cue(text, *clause)
    if not cue:
        return False
    # "Zainab and Tayo live with their father" — but "Zoë lives with her mother and siblings Wei..."
    # is about the subject, and "The children live with their father: Tom, Sam" names them after.
    return mention_start < cue.start() or not anchors_before


@dataclass(frozen=True)
class _Subject:
    first: str | None
    last: str | None
    is_child: bool | None
    alias: str | None = None  # the name the subject goes by ("Seun" for Oluwaseun)


def _children_in_zone(
    text: str, reader: _Reader, zone: tuple[int, int, bool], subject: _Subject
) -> list[Child]:
    cues = _cues()
    found: list[Child] = []
    start, end, is_list = zone
    if not any(ch.isupper() for ch in text[start:end]):
        if is_list:
            return _lower_case_children(text, start, min(end, start + _MAX_SNIPPET), subject)
        if typed := _lower_case_children_after_cue(text, start, min(end, start + _MAX_SNIPPET), subject):
            return typed
    named_zone = False
    orphans: list[tuple[AgeMatch | DateMatch, tuple[int, int]]] = []
    child_home = subject.is_child is True
    for cs, ce in _clauses(text, start, min(end, start + _MAX_SNIPPET), is_list):
        mentions = _mentions(text, cs, ce, unwrap=not is_list)
        anchors = sorted(
            (
                m
                for m in mentions
                if not _is_date_word(m.text)
                and not _is_place(text, m)
                and not _names_a_place(text, m)
                and not _is_nickname(text, m)
                and not _is_kin_descriptor(text, m)
                and not _names_a_thing(text, m)
            ),
            key=lambda m: m.start,
        )
        items: list[DateMatch | AgeMatch] = [
            *find_dates(text, reader.ref, cs, ce),
            *find_ages(text, cs, ce, bracketed=True),
        ]
        # "a daughter, Lily, aged 4, and a son (born 01/02/2024)": the date is the unnamed son's.
        unnamed = [x for x in items if _UNNAMED_CHILD_ITEM.search(text, max(cs, x.start - 40), x.start)]
        # "her son, who is 4", "a daughter of 9": a bare number after a word for a child.
        unnamed += [
            AgeMatch(k.start("age"), k.end("age"), int(k.group("age")))
            for k in _KIN_AGE.finditer(text, cs, ce)
            if not _describes_the_person(text, k.group("kin"), k.start())
        ]
        owned = _owners(text, anchors, sorted((x for x in items if x not in unnamed), key=lambda x: x.start))
        _unown_children_ages(text, anchors, owned, subject)
        # "twin brothers Finn and Oscar (both 11)", "Lena and Olek are 3": one age for every name.
        shared = _SHARED_AGE.search(text, cs, ce)
        cue = _elsewhere_cue(text, cs, ce)
        others_before = cue is not None and (
            any(m.start < cue.start() for m in anchors)
            or re.search(r"\b(?:she|he|i)\b", text[cs : cue.start()], re.I) is not None
            # "Household: lives with her mother and her brother Kofi": a child subject's own home.
            or subject.is_child is True
        )
        for i, m in enumerate(anchors):
            name = _clean_name(m.text)
            # "Imran's daughter Amira": the owner of a possessive is not the child.
            possessive = text[m.end : m.end + 2] in {"'s", "’s"}
            # "Jayden, known as 'JJ' (6)": a nickname in quotes is not another child.
            nickname = (
                text[m.start - 1 : m.start] in _OPENING_QUOTES and text[m.end : m.end + 1] in _CLOSING_QUOTES
            )
            if (
                not name
                or possessive
                or nickname
                or m.role in {"professional", "relative"}
                or _is_subject(m, subject)
            ):
                continue
            d = next((x for x in owned.get(i, []) if isinstance(x, DateMatch)), None)
            a = next((x for x in owned.get(i, []) if isinstance(x, AgeMatch)), None)
            next_start = anchors[i + 1].start if i + 1 < len(anchors) else ce
            bare = cues["bare_age"].match(text, m.end, next_start)
            if a is None and bare:
                a = AgeMatch(bare.start(1), bare.end(1), int(bare.group(1)))
            worded = _WORDED_AGE.match(text, m.end, next_start) if a is None else None
            if worded and (years := parse_age(worded.group(1))) is not None:
                a = AgeMatch(worded.start(1), worded.end(1), years)
            if a is None and d is None:
                # "her 4-year-old daughter Ellie": the age just before the name.
                prev_end = anchors[i - 1].end if i else cs
                a = next(
                    (
                        x
                        for x in find_ages(text, max(prev_end, m.start - 30), m.start)
                        if _AGE_BEFORE.search(text, x.start, x.end)
                    ),
                    None,
                )
            # "Workers", "Saturdays": a capitalised ordinary word is a name only with its own date or age.
            if not (d or a or is_person_name(name)):
                continue
            if a is None and d is None and shared and m.end <= shared.start():
                a = AgeMatch(shared.start(1), shared.end(1), int(shared.group(1)))
            # A name in prose is a child only with a date, an age or a word saying so ("her son Liam").
            sibling_child = m.role == "sibling" and subject.is_child is True
            if not (is_list or d or a or m.role == "child" or sibling_child):
                continue
            # "Her sister Michelle is staying" under a children heading: a sibling of an adult, with
            # no age, is an adult relative.
            if m.role == "sibling" and not (d or a or sibling_child):
                continue
            named_zone = True
            excluded = _excluded(text, (cs, ce), m.start, others_before, aged=bool(d or a))
            found.append(_child(name, (m.start, m.end), d, a, reader.ref, excluded))
        orphans += [
            (x, (cs, ce))
            for x in owned.get(-1, [])
            if isinstance(x, AgeMatch) or _UNNAMED_CHILD_BORN.search(text, max(cs, x.start - 30), x.start)
        ]
        found += [_unnamed_child(text, reader, x, (cs, ce), child_home) for x in unnamed]
    if not named_zone and (is_list or cues["child_cue"].search(text, start, end)):
        # "two children aged 4 and 9": children given by age only.
        # "a son (born 01/02/2024)": a child given by date of birth only.
        found += [_unnamed_child(text, reader, x, c, child_home) for x, c in orphans]
        if len(orphans) == 1 and _TWINS.search(text, start, end):
            # "She has twins aged 3": one age, two children.
            found.append(_unnamed_child(text, reader, *orphans[0], child_home))
    return found


def _unnamed_child(
    text: str, reader: _Reader, x: AgeMatch | DateMatch, clause: tuple[int, int], child_home: bool = False
) -> Child:
    """`child_home`: the subject is a child, so "lives with his dad and two brothers aged 12 and 9" is
    their own home, not children living elsewhere."""
    return _child(
        None,
        None,
        x if isinstance(x, DateMatch) else None,
        x if isinstance(x, AgeMatch) else None,
        reader.ref,
        _excluded(text, clause, x.start, child_home),
    )


_SHARED_AGE = re.compile(
    r"\b(?:both|all|are(?:[ \t]+both)?)[ \t]+(?:aged[ \t]+)?(\d{1,2})(?:[ \t]*(?:years?|yrs?)(?:[ \t]+old)?)?"
    r"[ \t]*(?=[.,;)\n]|$)",
    re.I,
)
_TWINS = re.compile(r"\btwin(?:s|[ \t]+(?:boys|girls|sons|daughters|brothers|sisters))\b", re.I)
_KIN_AGE = re.compile(
    r"\b(?P<kin>son|daughter|boy|girl|child|baby|brother|sister),?[ \t]+(?:who[ \t]+is|who's|is|of)[ \t]+"
    r"(?P<age>\d{1,2})\b(?![./:-]\d)(?![ \t]*(?:weeks?|months?|days?|years?[ \t]+ago|%|am\b|pm\b))",
    re.I,
)
# "has a son aged 3", "and a daughter (born ...)"; not "Jayden Cole, a boy aged 16", who is the person named.
_UNNAMED_CHILD_ITEM = re.compile(
    r"\b(?:has|have|and|with|plus|also|to)[ \t]+(?:an?|one|another)[ \t]+(?:[a-z-]+[ \t]+)?"
    r"(?:son|daughter|baby|child|boy|girl)[ \t]*[(,]?[ \t]*"
    r"(?:who[ \t]+is[ \t]+|born[ \t:]*(?:on[ \t]+)?|d\.?o\.?b\.?[ \t:]*|aged?[ \t:]*)?\Z",
    re.I,
)
_UNNAMED_CHILD_BORN = re.compile(
    r"\b(?:son|daughter|baby|child|boy|girl)[ \t]*[(,]?[ \t]*(?:born|d\.?o\.?b\.?)[ \t:]*(?:on[ \t]+)?$", re.I
)
# "Ellie, who is eleven": an age in words after the name.
_WORDED_AGE = re.compile(
    r",?[ \t]+who(?:[ \t]+is|'s|’s)[ \t]+([a-z]+(?:-[a-z]+)?)\b(?![ \t-]*(?:weeks?|months?))", re.I
)
_OPENING_QUOTES = frozenset("'\"‘“")
_CLOSING_QUOTES = frozenset("'\"’”")
# "kids: lucas 7 sofia 10", "jayden (6) and mia (3)": a name typed without a capital, then an age.
_LOWER_CASE_CHILD = re.compile(
    r"\b([^\W\d_][\w'’-]+)[ \t,]+(?:aged?[ \t]+)?\(?(\d{1,2})\)?"
    r"(?![\d./:-])(?![ \t]*(?:months?|weeks?|m\b|w\b))"
)


def _lower_case_children(text: str, start: int, end: int, subject: _Subject) -> list[Child]:
    found = []
    for m in _LOWER_CASE_CHILD.finditer(text, start, end):
        name = m.group(1)
        if name.casefold() in NOT_NAMES or name.casefold() in {"and", "aged", "age", subject.first}:
            continue
        found.append(Child(name, None, int(m.group(2)), (m.start(1), m.end(1))))
    return found


_CHILD_AFTER_CUE = re.compile(r"[ \t]*[:-]?[ \t]*(?:(?:called|named)[ \t]+)?")
_NEXT_CHILD = re.compile(r"[ \t]*(?:,|and\b|&)[ \t]*(?:(?:a|an|her|his|their)[ \t]+[a-z]+[ \t]+)?")


def _lower_case_children_after_cue(text: str, start: int, end: int, subject: _Subject) -> list[Child]:
    """Notes typed without capitals: "1 child hamza 2y living w her", "kids jay 6 and mia 3". In prose a
    name is only trusted straight after a word for children, then after "and" or a comma."""
    found: list[Child] = []
    for cue in _cues()["child_cue"].finditer(text, start, end):
        pos = _CHILD_AFTER_CUE.match(text, cue.end(), end).end()
        while (m := _LOWER_CASE_CHILD.match(text, pos, end)) and m.group(1).casefold() not in NOT_NAMES:
            if m.group(1).casefold() not in {"and", "aged", "age", subject.first}:
                found.append(Child(m.group(1), None, int(m.group(2)), (m.start(1), m.end(1))))
            pos = m.end()
            if not (more := _NEXT_CHILD.match(text, pos, end)):
                break
            pos = more.end()
    return found


def _is_place(text: str, m: Mention) -> bool:
    """ "14 Elm Road", "at Amber Ward", "lives in Brighton", "Worthing:" are not people."""
    cues = _cues()
    return bool(
        cues["place_before"].search(text[max(0, m.start - 12) : m.start])
        or cues["place_after"].match(text, m.end)
        or text[m.end : m.end + 1] == ":"
    )


# "2 Swallow Court, Bersted, Bognor Regis PO21 5TT": a town just before a postcode.
_BEFORE_POSTCODE = re.compile(r"(?:,?[ \t]+[A-Z][a-z]+){0,3},?[ \t]+[A-Z]{1,2}\d[A-Z\d]?[ \t]*\d[A-Z]{2}\b")
# Words that end a house's name and hardly ever a person's ("Rose Cottage", "Oak Tree House").
_HOUSE_NAME_WORD = re.compile(r"(?:Cottages?|House|Farm|Lodge|Barn|Manor|Villa|Bungalow|Mews)", re.I)
_IN_TOWN = re.compile(r"\b(?:at|in|near|outside)[ \t]+\Z", re.I)
_PLACE_PREPOSITION = re.compile(r"\b(?:at|in|on|to|from|near|into|via|outside)[ \t]+\Z", re.I)


_TITLE_BEFORE = re.compile(r"\b(?:mr|mrs|ms|miss|mx)\.?[ \t]+\Z", re.I)


def _not_a_name(text: str, m: Mention) -> bool:
    """ "Tier CAMHS", "Came": a capitalised ordinary word; "Mr Cook" is a surname all the same."""
    titled = _TITLE_BEFORE.search(text, max(0, m.start - 6), m.start)
    return not titled and not is_person_name(_clean_name(m.text))


def _is_acronym(m: Mention) -> bool:
    """ "CAMHS", "CMHT": a lone word in capitals in prose names a service, not a person (a surname
    in capitals comes with a forename: "Jane DOE")."""
    words = _clean_name(m.text).split()
    return len(words) == 1 and words[0].isupper()


def _names_a_place(text: str, m: Mention) -> bool:
    """ "Amberley Ward", "Rose Cottage", "Bersted Road": a mention that is (or runs into) a place."""
    place = _cues()["place_after"]
    if place.match(text, m.end) or _BEFORE_POSTCODE.match(text, m.end):
        return True
    # "Mei Ward" is a surname; "on Amberley Ward", "at Rose Cottage" are places.
    words = m.text.split()
    last = words[-1] if words else ""
    if _HOUSE_NAME_WORD.fullmatch(last):
        return True
    # "seen at home in Worthing": one word straight after "in" or "near" is a town.
    if len(words) == 1 and _IN_TOWN.search(text, max(0, m.start - 8), m.start):
        return text[m.end : m.end + 2] not in {"'s", "’s"}
    return bool(place.fullmatch(" " + last) and _PLACE_PREPOSITION.search(text, max(0, m.start - 8), m.start))


def _is_subject(m: Mention, subject: _Subject) -> bool:
    words = _clean_name(m.text).casefold().split()
    if not words:
        return False
    # "Jessica Fitzpatrick-Hale ... Jess is 30 weeks pregnant": a short form of her first name is her.
    short_form = len(words) == 1 and len(words[0]) >= 3 and (subject.first or "").startswith(words[0])
    return (
        words[0] in {subject.first, subject.alias}
        or short_form
        or (len(words) == 1 and words[0] == subject.last)
    )


def _is_date_word(word: str) -> bool:
    first = word.split()[0]
    # Month and day names only come back as mentions where they are first names ("April (6)").
    return first.casefold() in NOT_NAMES and not _CALENDAR_NAME.fullmatch(first)


def _child(
    name: str | None,
    at: tuple[int, int] | None,
    d: DateMatch | None,
    a: AgeMatch | None,
    ref: date,
    excluded: bool,
) -> Child:
    age = a.years if a else (age_at(d.value, ref) if d else None)
    return Child(name, d.value if d else None, age, at, (d.start, d.end) if d else None, excluded)


def _merge(children: list[Child]) -> list[Child]:
    merged: dict[str, Child] = {}
    order: list[str] = []
    for c in children:
        key = f"#{len(order)}" if c.name is None else c.name.split()[0].casefold()
        if key not in merged:
            merged[key] = c
            order.append(key)
            continue
        old = merged[key]
        if c.name and (old.name is None or len(c.name) > len(old.name)):
            old.name, old.name_span = c.name, c.name_span
        old.dob = old.dob or c.dob
        old.dob_span = old.dob_span or c.dob_span
        old.age = old.age if old.age is not None else c.age
        old.excluded = old.excluded or c.excluded
    return [merged[k] for k in order]


def _children_status(text: str, reader: _Reader, children: list[Child], mentioned: bool) -> str:
    if children:
        return "listed"
    cues = _cues()
    for f in reader.fields("children"):
        value = f.value.strip()
        if cues["field_none"].match(value):
            return "none_known"
        if cues["field_unknown"].match(value):
            return "unknown_to_referrer"
    sentences = list(reader.sentences())
    if any(cues["none_known"].search(text, s, e) for s, e in sentences):
        return "none_known"
    if any(cues["unknown"].search(text, s, e) and cues["child_cue"].search(text, s, e) for s, e in sentences):
        return "unknown_to_referrer"
    # Children said to live there with no name, age or date of birth: the AMHP does not know them.
    if mentioned or any(cues["children_exist"].search(text, s, e) for s, e in sentences):
        return "unknown_to_referrer"
    return "not_stated"


def _relative_names(text: str, reader: _Reader) -> set[str]:
    """First names written after a relative's cue anywhere ("his partner Sasha", "wife Joanne")."""
    return {
        m.text.split()[0].casefold()
        for s, e in reader.sentences()
        for m in _mentions(text, s, e, unwrap=True)
        if m.role == "relative"
    }


def _within_budget(evidence: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    kept, left = [], _NAME_BUDGET
    for start, end, depth in evidence:
        if left <= 0:
            break
        kept.append((start, min(end, start + left), depth))
        left -= end - start
    return kept


def find_people(text: str, layout: Layout, evidence: list[tuple[int, int, int]], ref: date) -> People:
    """Subject and children. `evidence`: (start, end, depth) ranges that are family facts, newest first."""
    reader = _Reader(text, layout, _within_budget(evidence), ref)
    people = People()
    got = (
        _subject_from_fields(text, reader)
        or _subject_from_narrative(text, reader)
        or _subject_over_dob(text, reader)
        or _subject_most_mentioned(text, reader)
        or _subject_in_lower_case(text, reader)
        or _subject_from_first_label(text, reader)
    )
    alias = None
    subject_at = -1
    if got:
        alias = _nickname(text, got[1], got[2])
        subject_at = got[1]
        got = _fullest(text, reader, got[0], (got[1], got[2]))
        people.name = got[0]
        people.spans.append(_span("subject_person.name", text, got[1], got[2]))
    dob, age = _subject_details(text, reader, people.name)
    if dob:
        people.dob = dob.value
        people.spans.append(_span("subject_person.dob", text, dob.start, dob.end))
    if age:
        people.age = age.years
        people.spans.append(_span("subject_person.age", text, age.start, age.end))
    elif dob:
        people.age = age_at(dob.value, ref)
    words = people.name.casefold().split() if people.name else []
    subject = _Subject(
        words[0] if words else None,
        words[-1] if len(words) > 1 else None,
        None if people.age is None else people.age < _ADULT,
        alias,
    )
    zones = _children_zones(text, reader)
    candidates = [c for zone in zones for c in _children_in_zone(text, reader, zone, subject)]
    # A later sentence about a child already named ("Correction: Leo is 7") is read too, newest first.
    named = sorted({c.name.split()[0] for c in candidates if c.name and not c.excluded})
    if named:
        mention = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in named) + r")\b")
        extra = [
            (s, e, False)
            for s, e in reader.sentences()
            if not any(s <= zs < e or zs <= s < ze for zs, ze, _l in zones) and mention.search(text, s, e)
        ]
        if extra:
            zones = sorted(zones + extra, key=lambda z: (reader.depth(z[0]), z[0]))
            candidates = [c for zone in zones for c in _children_in_zone(text, reader, zone, subject)]
    # "his partner Sasha ... Who lives there: Leon, Sasha and her two kids": an adult named as a
    # relative elsewhere is not a child when the list gives them no age.
    relatives = _relative_names(text, reader)
    children = [
        c
        for c in _merge(candidates)
        if not c.excluded
        and (c.age is None or c.age < _ADULT)
        and not (c.age is None and c.dob is None and c.name and c.name.split()[0].casefold() in relatives)
    ]
    people.children = children
    # A "Young person:" field that names the subject says nothing about other children.
    other_fields = [f for f in reader.fields("children") if not f.start <= subject_at < f.end]
    people.children_status = _children_status(text, reader, children, bool(other_fields))
    for i, c in enumerate(children):
        if c.name_span:
            people.spans.append(_span(f"children[{i}].name", text, *c.name_span))
        if c.dob_span:
            people.spans.append(_span(f"children[{i}].dob", text, *c.dob_span))
    return people


def _span(name: str, text: str, start: int, end: int) -> dict[str, object]:
    return {"field": name, "start": start, "end": end, "text": text[start:end]}
