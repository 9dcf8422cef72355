"""Risks to the children and to workers, and the risk indicator codes (LABELLING §8).

Statuses come from what the email says about risk (a "Risks to children:" line, "I am not aware
of any risks to the children") read clause by clause: an all-clear clause ("none known", "nil",
a bare "low") gives `none_known`, any other content in a risk statement describes a hazard and
gives `identified`. A hazard to the children described anywhere (a child in the delusions, a
threat or plan involving them, neglect, a child who witnessed the incident, nobody left to care
for them, a worry the AMHP states) and any warning about visiting (a dog, weapons, aggression
towards staff or police, "visit in pairs") give `identified` whatever else is said.
Indicators are read from the whole message, independently of the statuses.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any, Protocol

from triage.extraction.evidence import (
    Statement,
    TriggerIndex,
    joined,
    load_cues,
    pattern_data,
    span,
    trigger_hits,
)
from triage.extraction.prefilter import Needs, candidates, case_safe, needs

CUES = load_cues("risks")
INDICATOR_CODES = (
    "child_in_delusions", "harm_to_child_threatened", "suicide_plan_involving_child", "violence_aggression",
    "domestic_abuse", "substance_misuse", "neglect", "unborn_or_newborn", "young_carer", "weapons",
    "non_engagement", "child_witnessed_incident", "no_other_carer",
)
CHILD_HAZARD_CODES = frozenset(pattern_data("risks")["child_hazard_codes"])
_INDICATOR_TRIGGERS = TriggerIndex.build(
    {code: spec["triggers"] for code, spec in pattern_data("risks")["indicators"].items()})
_CLAUSE = re.compile(r";|\.\s|\s(?:-|–)\s|,?\s+(?:but|however|although|though|whereas|except)\b,?"
                     r"|,\s+(?:and\s+)?(?=(?:the|his|her|their|there)\b)")
# "<Name> has/was/said ...": the person doing what follows; "Sam (9) has ..." too.
_ACTOR = re.compile(r"\b([^\W\d_][\w'’-]*)(?:\s*\([^()]{1,12}\))?\s+(?:has|had|have|is|was|were|holds|held|"
                    r"made|makes|said|says|disclosed|became|becomes|continues|started|uses|used|drinks|smokes|appeared|"
                    r"can|could|may|might|gets|got)\b")
_NEGATION_WINDOW = 32
_PHRASE_BREAK = re.compile(r"\b(?:and|but|or|because|so|then|while|when|after|although)\b|[,;:]",
                           re.IGNORECASE)
_RISK_LABELS = ("risks", "risks_children", "risks_workers")
# A child's name as a slot takes it: words joined by a space, hyphen or apostrophe.
_NAME = r"\w+(?:[ '-]\w+)*"
_NAME_JOINS = " '-"
_NEW_SUBJECT = re.compile(r"\b(?:after|when|because|since|while|whereas|although|though|as|until|before"
                          r"|reported|said|says|stated|told|disclosed|explained|that)\b",
                          re.IGNORECASE)
_RELATIVE_CLAUSE = re.compile(r",\s*(?:who|whom|whose|which)\b[^,;]{0,120},")
_PRONOUN_START = re.compile(r"\s*(?:he|she|they|both|all)\b", re.IGNORECASE)
_PLURAL_PRONOUN = re.compile(r"\b(?:they|them|their)\b", re.IGNORECASE)
_SAFEGUARDING = re.compile(r"\bsafeguarding\b", re.IGNORECASE)
_RISK_WORD = re.compile(r"\b(?:risks?|concern\w*|hazards?|(?<!place of )safe(?:ly|ty)?|unsafe|worr\w+|issues?"
                        r"|problems?|flag\w*|danger\w*|warning)\b", re.IGNORECASE)


class _Finder(Protocol):
    def finditer(self, text: str) -> Iterable[re.Match[str]]: ...

    def search(self, text: str) -> re.Match[str] | None: ...


@dataclass(frozen=True)
class Indicator:
    code: str
    # Each pattern with the test for the words it cannot match without (prefilter).
    checked: tuple[tuple[_Finder, Needs], ...]
    negatable: bool
    actor: str | None
    exclude: _Finder | None


@lru_cache(maxsize=1024)
def _clauses(text: str, start: int = 0) -> tuple[tuple[int, int, str], ...]:
    """(start, end, clause text) of each clause. Cached: a statement is split again for every
    indicator code whose trigger words it mentions."""
    bounds = []
    pos = start
    for m in _CLAUSE.finditer(text, start):
        if m.start() > pos:
            bounds.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        bounds.append((pos, len(text)))
    return tuple((a, b, text[a:b]) for a, b in bounds)


def _negated(clause: str, at: int) -> bool:
    """A negation shortly before `at` and in the same phrase ("she hadn't slept and kept saying
    the baby ..." does not negate what she kept saying)."""
    window = clause[max(0, at - _NEGATION_WINDOW):at]
    window = _PHRASE_BREAK.split(window)[-1]
    return CUES.search("negation", window) is not None


def _name_alternation(child_names: tuple[str, ...]) -> str:
    return "|".join(re.escape(n) for n in child_names if len(n) > 1)


@lru_cache(maxsize=1024)
def _with_child_slot(pattern: str, child_names: tuple[str, ...]) -> re.Pattern[str]:
    """`pattern` with a child word or one of the home's children's names in its child slots."""
    names = _name_alternation(child_names)
    child = CUES.cues["children_ref"][0].pattern + (f"|\\b(?:{names})\\b" if names else "")
    return re.compile(pattern.replace("{CHILD}", child), re.IGNORECASE)


@cache
def _with_listed_name(pattern: str, joins: int) -> re.Pattern[str]:
    """`pattern` with a child word or a name listed after the text in its child slots, for names
    of at most `joins` + 1 words. A slot tries its longest run of words first, as `_NAME` does,
    but no run longer than a listed name; the check against the list runs to the list in one
    step (the text holds no NUL) and then entry by entry."""
    words = CUES.cues["children_ref"][0].pattern
    name = _NAME.replace("*", f"{{0,{joins}}}")
    first, *rest = pattern.split("{CHILD}")
    slots = (f"{words}|\\b(?P<_slot{i}>{name})\\b"
             f"(?=[^\\x00]*+\\x00(?:[^\\x00]*+\\x00)*?(?P=_slot{i})\\x00){part}"
             for i, part in enumerate(rest))
    return re.compile(first + "".join(slots), re.IGNORECASE)


@dataclass(frozen=True)
class _NameSlots:
    """A pattern with child slots for names, none the start of another. Compiling it per set
    of names costs more than the rest of extraction, so it is compiled once, with a slot taking a
    name listed after the text: it tries the same alternatives in the same order as the pattern
    with the names written in, so the matches are the same while none runs into the list. Text
    whose letters' case could compare differently, or a match running into the list, gets the
    pattern with the names written in."""

    pattern: str
    child_names: tuple[str, ...]

    @property
    def _listed_pattern(self) -> re.Pattern[str]:
        joins = max(sum(c in _NAME_JOINS for c in name) for name in self.child_names)
        return _with_listed_name(self.pattern, joins)

    def finditer(self, text: str) -> Iterable[re.Match[str]]:
        listed = _listed(text, self.child_names)
        if listed is not None:
            found = list(self._listed_pattern.finditer(listed))
            if all(m.end() <= len(text) for m in found):
                return found
        return _with_child_slot(self.pattern, self.child_names).finditer(text)

    def search(self, text: str) -> re.Match[str] | None:
        listed = _listed(text, self.child_names)
        if listed is not None:
            m = self._listed_pattern.search(listed)
            if m is None or m.end() <= len(text):
                return m
        return _with_child_slot(self.pattern, self.child_names).search(text)


@lru_cache(maxsize=256)
def _listed(text: str, child_names: tuple[str, ...]) -> str | None:
    """The text with the names listed after it, or None if a slot could not read them there.
    Cached: a clause is tried against every pattern of the codes it triggers."""
    if "\x00" in text or not case_safe(text):
        return None
    return text + ".;\x00" + "\x00".join(child_names) + "\x00"


# Anchors and lookaheads would see the list after the text.
_LOOKS_AHEAD = re.compile(r"\$|\\Z|\(\?[=!]")


def _slotted(pattern: str, child_names: tuple[str, ...]) -> _Finder:
    names = tuple(n for n in child_names if len(n) > 1)
    if ("{CHILD}" in pattern and names and not _LOOKS_AHEAD.search(pattern)
            and all(case_safe(n) and re.fullmatch(_NAME, n) for n in names)
            and not any(b.lower().startswith(a.lower()) and b[len(a):][:1] in {" ", "'", "-"}
                        for a in names for b in names)):
        return _NameSlots(pattern, names)
    return _with_child_slot(pattern, child_names if "{CHILD}" in pattern else ())


@lru_cache(maxsize=1024)
def _indicator(code: str, child_names: tuple[str, ...]) -> Indicator:
    """One code's patterns with the home's children's names in their child slots. Compiled only for
    codes whose trigger words occur, since compiling the large patterns costs more than running them."""
    spec = pattern_data("risks")["indicators"][code]
    checked = tuple((_slotted(p, child_names), _needs(p)) for p in spec["patterns"])
    exclude = _slotted(spec["exclude"], child_names) if "exclude" in spec else None
    return Indicator(code, checked, spec["negatable"], spec.get("actor"), exclude)


@cache
def _needs(pattern: str) -> Needs:
    """The test for the words a pattern cannot match without, whatever the children are called.
    Cached: an indicator is built again for every set of children's names."""
    return needs(pattern.replace("{CHILD}", r"\w+"))


# Codes whose patterns have a child slot; the others compile once whatever the children are called.
_NAMED_CODES = frozenset(code for code, spec in pattern_data("risks")["indicators"].items()
                         if any("{CHILD}" in p for p in [*spec["patterns"], spec.get("exclude", "")]))


# Children are named by their first name: one word, or two joined ("Ellie-May", "D'Arcy").
_USUAL_JOINS = (0, 1)


def _compile_all() -> None:
    """Compile every indicator pattern at import: a service pays for it once at start-up rather
    than on the first messages that mention each code."""
    for code, spec in pattern_data("risks")["indicators"].items():
        _indicator(code, ())
        for pattern in [*spec["patterns"], spec.get("exclude", "")]:
            if "{CHILD}" in pattern:
                for joins in _USUAL_JOINS:
                    _with_listed_name(pattern, joins)
    for joins in _USUAL_JOINS:
        _with_listed_name("{CHILD}", joins)


_compile_all()


def _actor_fits(actor: str | None, clause: str, at: int, subject_first: str | None,
                child_names: Sequence[str]) -> bool:
    """Whether the person doing what the cue (at `at` in `clause`) describes can be the one the
    code is about: the subject for their drinking or violence, a child for caring."""
    if actor is None:
        return True
    # The doer is named after the last subordinating word ("his partner rang 999 after he smashed ...").
    start = max((m.end() for m in _NEW_SUBJECT.finditer(clause, 0, at)), default=0)
    # "Craig, who believes his wife is poisoning him, threatened ...": the doer is Craig, not the wife.
    prefix = _RELATIVE_CLAUSE.sub(",", clause[start:at])
    other_adult = CUES.search("other_adult", prefix) is not None
    actors = [m.group(1) for m in _ACTOR.finditer(prefix + clause[at:at + 12]) if m.group(1)[0].isupper()]
    name = actors[-1] if actors and actors[-1] not in {"He", "She", "They", "It", "This", "There"} else None
    if actor == "subject":
        if other_adult:
            return False
        return not (name and subject_first and name.casefold() != subject_first.casefold())
    # actor == "child": a child of the home does it, never the subject or another adult.
    if other_adult and CUES.search("children_ref", prefix) is None:
        return False
    if name and subject_first and name.casefold() == subject_first.casefold():
        return False
    if name and child_names:
        return name.casefold() in {c.casefold() for c in child_names}
    return name is not None or CUES.search("children_ref", prefix) is not None


def _clause_hits(statements: Sequence[Statement], hits: dict[int, list[int] | None],
                 checked: Sequence[tuple[_Finder, Needs]]) -> Iterable[tuple[Statement, int, str, int, int]]:
    """(statement, clause start, clause, match start, match end) for each match lying within one
    clause of the statements in `hits` (match offsets relative to the clause). A match
    spanning two clauses ("delusions about the neighbours, but the children ...") is not evidence.
    Only clauses where a trigger word starts (`hits`: statement → offsets, None for anywhere) are
    read: a pattern sees nothing outside its clause, so it cannot match one without the word.
    """
    for i in sorted(hits):
        st = statements[i]
        offsets = hits[i]
        for c_start, c_end, clause in _clauses(st.text):
            if offsets is not None and not any(c_start <= at < c_end for at in offsets):
                continue
            for pattern in candidates(checked, clause):
                for m in pattern.finditer(clause):
                    yield st, c_start, clause, m.start(), m.end()


def find_indicators(text: str, statements: Sequence[Statement], subject_first: str | None = None,
                    child_names: Sequence[str] = (), child_ages: Sequence[int | None] = ()
                    ) -> tuple[list[str], list[dict[str, Any]]]:
    """Indicator codes in §4 order, with a span for the first evidence of each."""
    found: dict[str, tuple[int, dict[str, Any]]] = {}
    hits = _INDICATOR_TRIGGERS.hits(joined(tuple(statements)))
    names = tuple(sorted(set(child_names)))
    for ind in (_indicator(code, names if code in _NAMED_CODES else ())
                for code in INDICATOR_CODES if hits.get(code)):
        for st, c_start, clause, at, end in _clause_hits(statements, hits[ind.code], ind.checked):
            if ind.negatable and _negated(clause, at):
                continue
            if ind.exclude is not None and ind.exclude.search(clause):
                continue
            if not _actor_fits(ind.actor, clause, at, subject_first, child_names):
                continue
            start = st.start + c_start + at
            if ind.code not in found or start < found[ind.code][0]:
                found[ind.code] = (start, span(f"risks.indicators.{ind.code}", text, start,
                                               start + end - at))
    if "domestic_abuse" not in found and (harm := _harm_to_named_partner(text, statements)):
        found["domestic_abuse"] = harm
    codes = set(found)
    if any(age == 0 for age in child_ages):
        codes.add("unborn_or_newborn")
    return [c for c in INDICATOR_CODES if c in codes], [found[c][1] for c in INDICATOR_CODES if c in found]


@lru_cache(maxsize=64)
def _partner_harm_pattern(partners: tuple[str, ...]) -> re.Pattern[str]:
    names = "|".join(re.escape(n) for n in partners)
    return re.compile(pattern_data("risks")["harm_to_partner"].replace("{PARTNER}", names), re.IGNORECASE)


def _harm_to_named_partner(text: str, statements: Sequence[Statement]) -> tuple[int, dict[str, Any]] | None:
    """Domestic abuse told with the partner's name only ("threatened Jade with a knife"), the name
    given as the partner's elsewhere in the message ("lives with partner Jade Simmons")."""
    whole = joined(tuple(statements)).text
    partners = tuple(sorted({m.group("name") for m in CUES.finditer("partner_name", whole)}))
    if not partners:
        return None
    pattern = _partner_harm_pattern(partners)
    for st in statements:
        for c_start, _, clause in _clauses(st.text):
            m = pattern.search(clause)
            if m and not _negated(clause, m.start()):
                start = st.start + c_start + m.start()
                return start, span("risks.indicators.domestic_abuse", text, start, start + len(m.group()))
    return None


@lru_cache(maxsize=64)
def _child_reference(child_names: tuple[str, ...]) -> _Finder:
    """A child word ("the children", "the baby") or the name of a child of the home."""
    return _slotted("{CHILD}", child_names)


def _targets(st: Statement, clause: str, child: _Finder, adults: frozenset[str] = frozenset()) -> set[str]:
    """Whom a clause of a risk statement is about: the children, workers, or both."""
    about_workers = bool(CUES.search("workers_ref", clause) or CUES.search("worker_hazard", clause))
    about_children = child.search(clause) is not None or CUES.search("child_possessive", clause) is not None
    if st.label == "risks_workers":
        return {"children"} if about_children and not about_workers else {"workers"}
    if st.label == "risks_children":
        if about_children or not about_workers:
            return {"children"}
        # A hazard under the children's heading ("a conviction for assaulting her") is theirs too,
        # unless the clause is only about workers.
        return {"workers"} if CUES.search("workers_ref", clause) else {"children", "workers"}
    if st.label == "risks":
        return {"workers"} if about_workers and not about_children else (
            {"workers", "children"} if about_workers else {"children"})
    # A narrative statement counts only when it speaks of risk to someone; safeguarding is about children,
    # and so is a risk to someone named ("not aware of any risks to Precious"): workers are not named.
    about_children = (about_children or _SAFEGUARDING.search(clause) is not None
                      or _risk_to_named_child(clause, adults))
    return ({"workers"} if about_workers else set()) | ({"children"} if about_children else set())


def _speaks_of_risk(st: Statement) -> bool:
    if st.label in _RISK_LABELS:
        return True
    if st.label is not None:
        return False
    return _RISK_WORD.search(st.text) is not None


def _judge(clause: str) -> str | None:
    """'clear', 'hazard', 'content' (something said, hazard or neutral fact) or None (a request,
    a hedge, nothing said) for one clause."""
    if CUES.search("request", clause) or CUES.search("hypothetical", clause):
        return None
    if CUES.search("unsafe", clause):
        return "hazard"
    if CUES.search("clear", clause):
        return "clear"
    if CUES.search("yes", clause):
        return "hazard"
    if CUES.search("unknown", clause):
        return None
    return "content" if len(re.findall(r"[A-Za-z]{2,}", clause)) >= 2 else None


def _names_hazard(clause: str, target: str) -> bool:
    """Whether a clause describes a hazard to the target rather than a neutral fact ("Kai was at
    nursery", "Agnieszka is with them"); a negated one ("has never been aggressive") does not."""
    return any(not _negated(clause, m.start()) for m in CUES.finditer(f"hazard_{target}", clause))


def _risk_to_named_child(clause: str, adults: frozenset[str]) -> bool:
    named = CUES.search("risk_to_named", clause)
    return named is not None and named.group("name").casefold() not in adults


def _risk_readings(statements: Sequence[Statement], child: _Finder,
                   adults: frozenset[str] = frozenset()) -> Iterable[tuple[str, str, Statement, int, int]]:
    """(target, 'clear' | 'hazard', statement, start, end) for each clause that speaks of risk."""
    carried: set[str] = set()
    previous: Statement | None = None
    for st in statements:
        if not _speaks_of_risk(st):
            previous = st
            continue
        # A sentence right after a risk line on the same line goes on about the same people
        # ("Risks to children: Dad is caring for them. No immediate concerns.").
        follows_risk_line = (previous is not None and previous.label in _RISK_LABELS
                             and st.start - previous.end <= 2 and st.label is None)
        last: set[str] = carried if follows_risk_line else set()
        if (not last and st.label is None and previous is not None and _PLURAL_PRONOUN.search(st.text)
                and child.search(previous.text)):
            # "Two kids at home, ages 4 and 9. No concerns for them really.": they are the children.
            last = {"children"}
        for c_start, c_end, clause in _clauses(st.text, st.value_start):
            # A clause without its own person ("no concerns about them") is about the last one named.
            targets = _targets(st, clause, child, adults) or last
            last = targets
            verdict = _judge(clause)
            if verdict is None:
                continue
            # In narrative, only the clause that names the risk says something about it.
            if st.label is None and verdict != "clear" and not _RISK_WORD.search(clause):
                continue
            for target in targets:
                if verdict == "content":
                    if not _names_hazard(clause, target):
                        continue
                    yield target, "hazard", st, c_start, c_end
                else:
                    yield target, verdict, st, c_start, c_end
        if st.label in _RISK_LABELS:
            carried = last
        previous = st


def _about_child(text: str, c_start: int, clause: str, child: _Finder) -> bool:
    if child.search(clause):
        return True
    return _PRONOUN_START.match(clause) is not None and child.search(text[:c_start]) is not None


def _anywhere(statements: Sequence[Statement], hits: Callable[[str], dict[int, list[int] | None]], cue: str,
              child: _Finder | None) -> tuple[Statement, int, int] | None:
    """The first plain (not negated) mention of `cue`, in a clause about a child if `child` is
    given: the clause names a child, or starts with a pronoun after a clause that does ("I have
    no concerns about Finn, but he was shaken by what he saw")."""
    first = None
    for st, c_start, clause, at, end in _clause_hits(statements, hits(cue), CUES.checked[cue]):
        if _negated(clause, at) or CUES.search("hypothetical", st.text):
            continue
        if CUES.search("clear", clause[:at]):
            # "There is no indication that the children are at risk": inside an all-clear.
            continue
        if child is not None and not _about_child(st.text, c_start, clause, child):
            continue
        if first is None or (st.start + c_start + at) < first[0].start + first[1]:
            first = (st, c_start + at, c_start + end)
    return first


def extract_risks(text: str, statements: Sequence[Statement], indicators: Sequence[str],
                  indicator_spans: Sequence[dict[str, Any]], child_names: Sequence[str] = ()
                  ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """The §3 `risks` object (statuses + the given indicators) and the spans of its evidence."""
    child = _child_reference(tuple(sorted(set(child_names))))
    hits = trigger_hits(CUES, statements)
    status = {"children": "not_stated", "workers": "not_stated"}
    spans: list[dict[str, Any]] = []
    evidence: dict[str, tuple[int, int]] = {}
    # Partners named in the message are adults: "no risk to Jo" is not about a child.
    adults = frozenset(m.group("name").casefold()
                       for m in CUES.finditer("partner_name", joined(tuple(statements)).text))
    for target, verdict, st, c_start, c_end in _risk_readings(statements, child, adults):
        if status[target] == "identified" or (verdict == "clear" and status[target] == "none_known"):
            continue
        status[target] = "identified" if verdict == "hazard" else "none_known"
        evidence[target] = (st.start + c_start, st.start + c_end)
    if status["children"] != "identified":
        hazard = next((s for s in indicator_spans
                       if s["field"].rsplit(".", 1)[-1] in CHILD_HAZARD_CODES), None)
        if hazard:
            status["children"], evidence["children"] = "identified", (hazard["start"], hazard["end"])
        else:
            worry = _anywhere(statements, hits, "child_harm_anywhere", child)
            if worry:
                st, a, b = worry
                status["children"], evidence["children"] = "identified", (st.start + a, st.start + b)
    if status["workers"] != "identified":
        warning = _anywhere(statements, hits, "worker_hazard", None)
        if warning:
            st, a, b = warning
            status["workers"], evidence["workers"] = "identified", (st.start + a, st.start + b)
    for target, field in (("children", "risks.to_children"), ("workers", "risks.to_workers")):
        if target in evidence and status[target] != "not_stated":
            spans.append(span(field, text, *evidence[target]))
    spans.extend(indicator_spans)
    return {"to_children": status["children"], "to_workers": status["workers"],
            "indicators": list(indicators)}, spans
