"""Why the assessment was requested (LABELLING §3): a short span copied as written.

From a form label ("Reason for MHA assessment: ...", "Why was the assessment requested? ...")
or a narrative phrase ("The assessment was requested because ...", "... was assessed because
of ...", "Police were called after ...", "her dad rang the crisis line: ..."); failing those, the
first sentence telling an incident ("was found on the roof"), then the first sentence about what
the person did or how they are ("On Sunday he drove at a police car"). A diagnosis alone
("Reason: paranoid schizophrenia") is not a reason.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from triage.extraction.evidence import Statement, clean_value, load_cues, mentions, span

CUES = load_cues("reason")
# Blanks, pointers elsewhere, and the purpose of the email itself ("Reason for contact: MHA notification").
_NOT_A_VALUE = re.compile(
    r"(?:n/?a|not known|unknown|none|see (?:attached|below|above)\b.*|-+"
    r"|(?:for )?(?:your )?(?:information|info|fyi)|as per (?:the )?protocol"
    r"|(?:an? |the )?(?:mha |mental health act )?(?:assessment|notification)"
    r"(?: notification| today| completed)?)", re.I)
# A wrapped line that starts with its own label ("kids at home: ...") ends the reason before it.
_NEXT_LABEL = re.compile(r"\n(?=[ \t>]*[^\W\d_][\w ()/'’-]{0,30}[ \t]*:)")


def is_diagnosis_only(value: str) -> bool:
    rest = value
    for cue in ("diagnosis", "filler"):
        rest = CUES.cues[cue][0].sub(" ", rest)
    return not re.search(r"[^\W\d_]{3,}", rest)


def _incident(text: str, statements: Sequence[Statement],
              has: Callable[[str, int], bool]) -> tuple[int, int, int, int] | None:
    """Without a stated reason, the first plain sentence telling what happened ("Ellie had taken
    an overdose and was found by her brother"), not the history, risks, consent or outcome."""
    for order, st in enumerate(statements):
        if st.label is None and has("incident", order) and CUES.search("incident", st.text) \
                and not CUES.search("not_incident", st.text) and not is_diagnosis_only(st.text):
            return st.depth, order, st.start + st.value_start, st.end
    return None


def _behaviour(statements: Sequence[Statement], subject: str | None) -> tuple[int, int, int, int] | None:
    """Nothing else signals a reason: the first sentence whose actor is the person (a pronoun, a
    title, their first name) or someone reporting on them, about what they did or how they are,
    not who they are, where they live, their history, the assessment itself or its outcome."""
    own_name = re.compile(rf"{re.escape(subject)}\b(?:'s|’s)?", re.I) if subject else None
    for order, st in enumerate(statements):
        if st.label is not None or len(st.text.split()) < 5:
            continue
        rest = st.text[st.value_start:]
        lead = CUES.cues["time_lead"][0].match(rest)
        at = lead.end() if lead else 0
        actor = CUES.cues["actor"][0].match(rest, at) or (own_name.match(rest, at) if own_name else None)
        if actor is None or CUES.search("not_behaviour", st.text) or is_diagnosis_only(st.text):
            continue
        return st.depth, order, st.start + st.value_start, st.end
    return None


def extract_reason(text: str, statements: Sequence[Statement],
                   subject: str | None = None) -> tuple[str | None, list[dict[str, Any]]]:
    """The assessment reason and its span, newest statement first. `subject`: the person's first
    name, which lets a plain sentence about them ("Dana has stopped eating") be the reason."""
    best: tuple[int, int, int, int] | None = None
    has = mentions(CUES, statements)
    for order, st in enumerate(statements):
        if st.label == "reason":
            start, end = st.start + st.value_start, st.end
        elif st.label is None and has("narrative", order):
            m = CUES.search("narrative", st.text)
            if not m:
                continue
            start, end = st.start + m.start("v"), st.start + m.end("v")
        else:
            continue
        if (cut := _NEXT_LABEL.search(text, start, end)) is not None:
            end = cut.start()
        value = clean_value(text[start:end])
        if value is None or _NOT_A_VALUE.fullmatch(value) or is_diagnosis_only(value):
            continue
        if best is None or (st.depth, order) < best[:2]:
            best = (st.depth, order, start, end)
    if best is None:
        best = _incident(text, statements, has)
    if best is None:
        best = _behaviour(statements, subject)
    if best is None:
        return None, []
    found = span("assessment_reason", text, best[2], best[3])
    return found["text"], [found]
