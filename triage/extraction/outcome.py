"""The outcome of the MHA assessment as an advisor reads it (LABELLING §7).

Each statement about the outcome is read on its own (informal admission, not admitted, detained
under s2/3/4, adjourned or pending, a s135/s136 hold), then the newest statements win: the
lowest segment depth that says anything about the outcome decides, and within it a concluded
result beats "pending", and a later result beats an earlier one (s136, then detained under s3).
Earlier admissions ("most recently under section 3 in 2019") are history and are blanked out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from triage.extraction.evidence import Statement, clean_value, load_cues, mentions, span

CUES = load_cues("outcome")
Spans = list[dict[str, Any]]
DEFINITIVE = ("detained", "admitted_informal", "not_admitted")
_NO_VALUE = re.compile(r"(?:n/?a|not known|unknown|none|not applicable|tbc|to be confirmed|-+)", re.I)
_OUTCOME_TOPICS = (None, "outcome")
_NUMBER = {"two": "2", "three": "3", "four": "4"}
_HISTORY_CLAUSE = re.compile(
    r"(;|\. |, (?:and |but )?(?=(?:she|he|they|this|who)\b)| but | and (?=(?:was|has|had)\b)| (?=\())")


@dataclass(frozen=True)
class Reading:
    status: str
    section: str | None
    statement: Statement
    section_at: tuple[int, int] | None = None   # offsets in the message text


def _without_history(text: str) -> str:
    """Blank (same length) the clauses that tell the person's history, not this outcome."""
    if not CUES.search("history", text):
        return text
    parts = _HISTORY_CLAUSE.split(text)
    return "".join(" " * len(p) if CUES.search("history", p) else p for p in parts)


def _sections(st: Statement, text: str) -> list[tuple[str, int, int]]:
    return [(_NUMBER.get(m.group("n").lower(), m.group("n")), st.start + m.start("n"), st.start + m.end("n"))
            for m in CUES.finditer("section", text)]


def read_statement(st: Statement) -> Reading | None:
    """What one statement says about the outcome, if anything."""
    if st.label not in _OUTCOME_TOPICS or CUES.search("hypothetical", st.text):
        return None
    text = _without_history(st.text)
    value = text[st.value_start:]
    if CUES.search("request", value):
        return None
    sections = _sections(st, text)
    mha = [s for s in sections if s[0] in ("2", "3", "4")]
    # "we'll try again with a s135 warrant if needed" is a plan, not a hold.
    holds = [s for s in sections if s[0] in ("135", "136") and not CUES.search("conditional_hold", value)]
    last_hold = holds[-1] if holds else None
    informal = CUES.search("informal", value) or (
        st.label == "outcome" and not mha and CUES.search("value_informal", value))
    if informal and not CUES.search("informal_refused", value):
        return Reading("admitted_informal", None, st)
    labelled_home = st.label == "outcome" and CUES.search("value_not_admitted", value)
    if labelled_home or CUES.search("not_admitted", value):
        return Reading("not_admitted", None, st)
    detention = CUES.search("detention_word", value) and not CUES.search("detention_not_outcome", value)
    regrade = CUES.search("regrade", value)
    # "Outcome: application for s2 cannot be completed until a bed is found" names the section
    # of an application not yet made.
    unmade = not detention and CUES.search("not_concluded", value)
    if mha and (detention or regrade or (st.label == "outcome" and not unmade)):
        if regrade:
            chosen = (_NUMBER.get(regrade.group("n").lower(), regrade.group("n")),
                      st.start + regrade.start("n"), st.start + regrade.end("n"))
        else:
            chosen = mha[-1]
        return Reading("detained", chosen[0], st, chosen[1:])
    pending = st.label == "outcome" and CUES.search("value_not_concluded", value)
    if pending or CUES.search("not_concluded", value):
        return Reading("not_concluded", last_hold[0] if last_hold else None, st,
                       last_hold[1:] if last_hold else None)
    if last_hold:
        return Reading("not_concluded", last_hold[0], st, last_hold[1:])
    if detention:
        return Reading("detained", None, st)
    if CUES.search("not_admitted_weak", value):
        return Reading("home", None, st)
    if CUES.search("started", value):
        return Reading("started", None, st)
    return None


def _decide(readings: Sequence[Reading]) -> Reading | None:
    """The newest statements decide: a result beats "pending", which beats a mere "remains at
    home" (she may stay at home while the assessment is adjourned), which beats "started"."""
    firm = [r for r in readings if r.status != "started"]
    if not firm:
        return Reading("not_concluded", None, readings[0].statement) if readings else None
    newest = min(r.statement.depth for r in firm)
    current = [r for r in firm if r.statement.depth == newest]
    if all(r.status == "home" for r in current):
        return Reading("not_admitted", None, current[-1].statement)
    current = [r for r in current if r.status != "home"]
    concluded = [r for r in current if r.status in DEFINITIVE]
    if any(r.status == "admitted_informal" for r in concluded):
        # "Informal admission to Oak Ward. Not detained.": not detained because admitted informally.
        concluded = [r for r in concluded
                     if r.status != "not_admitted" or not CUES.search("not_detained", r.statement.text)]
    if concluded:
        chosen = concluded[-1]
        if chosen.status == "detained" and chosen.section is None:
            with_section = [r for r in concluded if r.status == "detained" and r.section]
            if with_section:
                return with_section[-1]
        return chosen
    holds = [r for r in current if r.section]
    return holds[-1] if holds else current[-1]


def _about_children(value: str, child_names: Sequence[str]) -> bool:
    """A value that tells where the children are ("Currently: Reuben is with his grandmother")."""
    first = value.split(maxsplit=1)[0].casefold() if value.strip() else ""
    return bool(CUES.search("children_first", value)) or first in {n.casefold() for n in child_names}


def _names_a_child(text: str, child_names: Sequence[str]) -> bool:
    words = {w.casefold() for w in re.findall(r"[^\W\d_]+", text)}
    return bool(CUES.search("child_word", text)) or any(n.casefold() in words for n in child_names)


def _value_reading(statements: Sequence[Statement], has: Callable[[str, int], bool], topic: str, cue: str,
                   text: str, field: str, child_names: Sequence[str] = ()
                   ) -> tuple[str | None, dict[str, Any] | None]:
    """The newest labelled value of `topic`, else the newest narrative phrase matching `cue`."""
    best: tuple[int, bool, int, int, int] | None = None
    for order, st in enumerate(statements):
        if st.label == topic:
            start, end = st.start + st.value_start, st.end
        elif st.label in _OUTCOME_TOPICS and has(cue, order) and not CUES.search("hypothetical", st.text):
            m = CUES.search(cue, st.text, st.value_start)
            if not m or (cue == "follow_up" and CUES.search("follow_up_not", st.text)):
                # Why the assessment was asked for ("asked to assess her by the crisis team") is not the plan.
                continue
            before = st.text[max(0, m.start() - 50):m.start()]
            if cue == "location" and CUES.search("not_current_location", before):
                # "The children are staying with her aunt" is where the children are, and "she will
                # be transferred to the MBU" where she is going: neither is where she is now.
                continue
            if cue == "location" and CUES.search("relative_stay", m.group()) and _names_a_child(
                    st.text[:m.start()], child_names):
                # "His daughter Niamh lives with him; she is staying with her aunt": the child's stay.
                continue
            if "v" in m.groupdict() and m.group("v"):
                start, end = st.start + m.start("v"), st.start + m.end("v")
                stop = CUES.search("location_stop", text[start:end]) if cue == "location" else None
                if stop:
                    end = start + stop.start()
            else:
                start, end = st.start + st.value_start, st.end
        else:
            continue
        value = clean_value(text[start:end])
        if value is None or _NO_VALUE.fullmatch(value) or CUES.search("request", value):
            continue
        if cue == "location" and _about_children(value, child_names):
            continue
        # A labelled value first; else the last narrative mention (a story ends where the person is).
        key = (st.depth, st.label != topic, -order if st.label != topic else order, start, end)
        if best is None or key[:3] < best[:3]:
            best = key
    if best is None:
        return None, None
    found = span(field, text, best[3], best[4])
    return found["text"], found


def extract_outcome(text: str, statements: Sequence[Statement], child_names: Sequence[str] = ()
                    ) -> tuple[dict[str, Any], Spans]:
    """The §3 `outcome` object and the spans of its evidence. `child_names`: first names of the
    home's children, whose whereabouts are not the person's."""
    has = mentions(CUES, statements)
    readings = [r for i, st in enumerate(statements)
                if (st.label == "outcome" or has("outcome", i)) and (r := read_statement(st))]
    chosen = _decide(readings)
    spans: list[dict[str, Any]] = []
    status = chosen.status if chosen else "not_stated"
    section = chosen.section if chosen else None
    if chosen:
        st = chosen.statement
        spans.append(span("outcome.status", text, st.start + st.value_start, st.end))
        if chosen.section_at:
            spans.append(span("outcome.mha_section", text, *chosen.section_at))
    outcome: dict[str, Any] = {"status": status, "mha_section": section}
    for key, topic, cue in (("current_location", "location", "location"),
                            ("follow_up", "follow_up", "follow_up"),
                            ("update_contact", "update_contact", "update_contact")):
        # Whom to update matters only while the assessment is not concluded, so it is not read otherwise.
        if key == "update_contact" and status != "not_concluded":
            value, where = None, None
        else:
            value, where = _value_reading(statements, has, topic, cue, text, f"outcome.{key}", child_names)
        outcome[key] = value
        if where:
            spans.append(where)
    return outcome, spans
