"""Cuts the message text into runs so each extracted fact can be lit up where it was read.

Spans may overlap (an address inside a sentence that is the assessment reason), so the text is cut
at every span and segment boundary and each run lists all the fields that cover it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from itertools import pairwise
from typing import Any


@dataclass(frozen=True)
class Run:
    text: str
    fields: tuple[str, ...]  # extraction fields whose source span covers this run
    kind: str  # the message segment it lies in: "new", "quoted", "signature", ...


def _valid(span: Mapping[str, Any], length: int) -> bool:
    start, end = span.get("start"), span.get("end")
    return isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= length


def runs(text: str, spans: Iterable[Mapping[str, Any]],
         segments: Iterable[Mapping[str, Any]] = ()) -> list[Run]:
    spans = [s for s in spans if _valid(s, len(text))]
    segments = [s for s in segments if _valid(s, len(text))]
    cuts = {0, len(text)}
    for item in (*spans, *segments):
        cuts.update((item["start"], item["end"]))
    edges = sorted(cuts)
    result: list[Run] = []
    for start, end in pairwise(edges):
        fields = tuple(sorted({s["field"] for s in spans if s["start"] <= start and end <= s["end"]}))
        kind = next((s["kind"] for s in segments if s["start"] <= start and end <= s["end"]), "new")
        result.append(Run(text[start:end], fields, kind))
    return result
