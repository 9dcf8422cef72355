"""Off-the-shelf baseline (not a test): Presidio's analyzer against Front Door's rules, same messages.

Every labelled message of ../shared/corpus/dev and tests/extraction/{heldout,exam,blind3} is parsed
once with intake.mime.parse_message; then
  - Front Door: triage.extract.extract on the parsed message;
  - Presidio: AnalyzerEngine.analyze on the same parsed subject and text, with its predefined
    recognizers (plus the UK postcode one, off by default) and a *blank* spaCy pipeline
    (`spacy.blank("en")`): tokens only, no statistical model, so no named entities. Presidio's
    PERSON entities come only from a spaCy NER model, so this baseline finds no names at all; its
    phones, dates, NHS numbers and postcodes come from its own patterns and python-phonenumbers.
    When a small trained pipeline (en_core_web_sm) is installed, it is measured too, as a second
    baseline; nothing downloads one.

Scored fields (each a set per message; precision, recall and F1 micro-averaged over messages):
  names        labels: subject_person.name and every children[].name. Presidio: every PERSON entity.
               Names are normalised as the corpus scorer does (case, titles, punctuation), and a
               name matches another when the words of one are a contiguous run of the other's
               ("Leah" ~ "Leah Murphy"), for both systems alike. Presidio gives no role, so its
               recall is an upper bound (any labelled name found among PERSON entities), and every
               professional's name it finds counts against its precision, as it would for ours.
  phones       labels: phones (E.164). Presidio: PHONE_NUMBER entities, made E.164 with
               phonenumbers (region GB).
  child DOBs   labels: children[].dob. Presidio: every DATE_TIME entity that gives a whole date
               (day first, as in the UK).
  subject DOB  labels: subject_person.dob. Presidio: the same DATE_TIME entities.
  NHS numbers  labels: nhs_numbers. Presidio: UK_NHS entities (it checks the mod-11 digit too).
  postcode     labels: postcode. Presidio: UK_POSTCODE entities.

Speed: msg/s in CPU time over all the messages, parse included in both, engines loaded beforehand.
Offline: tldextract (used by Presidio's e-mail recognizer) is told to use its bundled public-suffix
snapshot, and a guard fails the run if anything opens a socket or starts a process meanwhile.

    .venv/bin/python -m bench.baseline_presidio

bench/report.py takes its baseline section from `baseline` here.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import importlib.util
import os
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import phonenumbers
import spacy
from dateutil import parser as dateparser

from intake.mime import ParsedMessage, parse_message
from triage.extract import extract

REPO = Path(__file__).resolve().parent.parent
CORPORA = {"dev": REPO.parent / "shared" / "corpus" / "dev",
           **{name: REPO / "tests" / "extraction" / name for name in ("heldout", "exam", "blind3")}}
SCORER = REPO.parent / "shared" / "corpus" / "score.py"
FIELDS = ("names", "phones", "child DOBs", "subject DOB", "NHS numbers", "postcode")
OPTIONAL_MODEL = "en_core_web_sm"
# Events that would mean reaching outside: a connection, a name look-up, a process (spacy download).
_OUTSIDE = frozenset({"socket.connect", "socket.getaddrinfo", "subprocess.Popen"})


def _scorer() -> ModuleType:
    """The corpus scorer, for its name and postcode normalisers (one definition of 'same name')."""
    spec = importlib.util.spec_from_file_location("corpus_score", SCORER)
    if spec is None or spec.loader is None:
        raise SystemExit(f"corpus scorer not found at {SCORER}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


score = _scorer()
Found = dict[str, set[str]]


# --- what each side found, as comparable sets -------------------------------------------------------

def _names(values: list[Any]) -> set[str]:
    return {n for n in (score.norm_name(v) for v in values) if n}


def _dates(values: list[Any]) -> set[str]:
    return {v for v in values if isinstance(v, str)}


def _from_extraction(e: dict[str, Any]) -> Found:
    """The fields of a label or of Front Door's output (the same contract)."""
    person = e.get("subject_person") or {}
    children = [c for c in e.get("children") or [] if isinstance(c, dict)]
    return {"names": _names([person.get("name"), *(c.get("name") for c in children)]),
            "phones": set(e.get("phones") or []),
            "child DOBs": _dates([c.get("dob") for c in children]),
            "subject DOB": _dates([person.get("dob")]),
            "NHS numbers": set(e.get("nhs_numbers") or []),
            "postcode": {p for p in [score.norm_postcode(e.get("postcode"))] if p}}


def _e164(text: str) -> str | None:
    with contextlib.suppress(phonenumbers.NumberParseException):
        return phonenumbers.format_number(phonenumbers.parse(text, "GB"), phonenumbers.PhoneNumberFormat.E164)
    return None


_DEFAULTS = (datetime(2000, 1, 1), datetime(2001, 2, 2))


def _whole_date(text: str) -> str | None:
    """ISO date when the text gives day, month and year (parsing against two defaults agrees)."""
    try:
        a, b = (dateparser.parse(text, dayfirst=True, default=d).date() for d in _DEFAULTS)
    except (ValueError, OverflowError):
        return None
    return a.isoformat() if a == b else None


def _from_presidio(text: str, results: list[Any]) -> Found:
    spans: dict[str, list[str]] = {}
    for r in results:
        spans.setdefault(r.entity_type, []).append(text[r.start:r.end])
    dates = {d for d in map(_whole_date, spans.get("DATE_TIME", [])) if d}
    return {"names": _names(spans.get("PERSON", [])),
            "phones": {p for p in map(_e164, spans.get("PHONE_NUMBER", [])) if p},
            "child DOBs": dates, "subject DOB": dates,
            "NHS numbers": {"".join(ch for ch in s if ch.isdigit()) for s in spans.get("UK_NHS", [])},
            "postcode": {p for p in map(score.norm_postcode, spans.get("UK_POSTCODE", [])) if p}}


# --- scoring ----------------------------------------------------------------------------------------

def _same_name(a: str, b: str) -> bool:
    """The words of one are a contiguous run of the other's."""
    short, long_ = sorted((a.split(), b.split()), key=len)
    return any(long_[i:i + len(short)] == short for i in range(len(long_) - len(short) + 1))


def _same(field_name: str) -> Callable[[str, str], bool]:
    return _same_name if field_name == "names" else str.__eq__


@dataclass
class Tally:
    """Recall counts labelled values found; precision counts found values that match a label (with
    partial name matches the two true-positive counts can differ)."""
    found_labels: int = 0
    missed_labels: int = 0
    right: int = 0
    wrong: int = 0

    def add(self, expected: set[str], got: set[str], same: Callable[[str, str], bool]) -> None:
        hits = sum(any(same(e, g) for g in got) for e in expected)
        self.found_labels += hits
        self.missed_labels += len(expected) - hits
        right = sum(any(same(e, g) for e in expected) for g in got)
        self.right += right
        self.wrong += len(got) - right

    def prf(self) -> tuple[float, float, float]:
        given, labelled = self.right + self.wrong, self.found_labels + self.missed_labels
        p = self.right / given if given else 0.0
        r = self.found_labels / labelled if labelled else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class System:
    name: str
    run: Callable[[ParsedMessage], Found]
    seconds: float = 0.0
    tallies: dict[str, Tally] = field(default_factory=lambda: {f: Tally() for f in FIELDS})


# --- Presidio, offline ------------------------------------------------------------------------------

_attempts: list[str] = []
_guarding = False


def _guard(event: str, args: tuple[Any, ...]) -> None:
    if _guarding and event in _OUTSIDE:
        _attempts.append(f"{event} {args[:2]!r}")
        raise RuntimeError(f"the baseline must run offline, but tried {event}")


@functools.cache
def _install_guard() -> None:
    sys.addaudithook(_guard)


@contextlib.contextmanager
def offline() -> Iterator[None]:
    """Fail on any socket or process opened inside (an audit hook cannot be removed, so it toggles;
    the attempts are also checked afterwards in case a library swallowed the error)."""
    global _guarding
    _install_guard()
    _guarding = True
    try:
        yield
    finally:
        _guarding = False
    if _attempts:
        raise SystemExit(f"the baseline reached outside: {_attempts}")


def presidio(model: str | None = None) -> Any:
    """An AnalyzerEngine on a blank spaCy pipeline, or on `model` when it is an installed package."""
    # Read when tldextract builds its default extractor (on import): no URLs = the bundled snapshot.
    os.environ["TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"] = ""
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers import UkPostcodeRecognizer
    from tldextract.tldextract import TLD_EXTRACTOR

    if TLD_EXTRACTOR.suffix_list_urls:
        raise SystemExit("tldextract was imported before the baseline could keep it offline")

    class BlankSpacy(SpacyNlpEngine):
        """SpacyNlpEngine.load would download a model it does not find; this one has none."""

        def load(self) -> None:
            self.nlp = {"en": spacy.blank("en")}

    engine = (SpacyNlpEngine(models=[{"lang_code": "en", "model_name": model}]) if model
              else BlankSpacy(models=[{"lang_code": "en", "model_name": "blank:en"}]))
    engine.load()
    registry = RecognizerRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(nlp_engine=engine, languages=["en"])
    registry.add_recognizer(UkPostcodeRecognizer())
    return AnalyzerEngine(nlp_engine=engine, registry=registry, supported_languages=["en"])


def _presidio_system(name: str, analyzer: Any) -> System:
    def run(parsed: ParsedMessage) -> Found:
        text = f"{parsed.subject}\n\n{parsed.text}"
        return _from_presidio(text, analyzer.analyze(text, language="en"))
    return System(name, run)


# --- the run ----------------------------------------------------------------------------------------

def _messages() -> list[tuple[bytes, Found]]:
    items = [item for folder in CORPORA.values() for item in score.load_items(str(folder))]
    return [(Path(i["eml"]).read_bytes(), _from_extraction(i["label"])) for i in items]


def baseline(model: str | None = None) -> dict[str, Any]:
    """P/R/F1 per field and msg/s (CPU time, parse included) for Presidio and Front Door; Presidio
    on a trained spaCy pipeline too when `model` names an installed one (default: en_core_web_sm
    when installed)."""
    if model is None and spacy.util.is_package(OPTIONAL_MODEL):
        model = OPTIONAL_MODEL
    if model and not spacy.util.is_package(model):
        raise SystemExit(f"spaCy pipeline {model} is not installed (the baseline downloads nothing)")
    messages = _messages()
    with offline():
        systems = [_presidio_system("Presidio (blank spaCy)", presidio())]
        if model:
            systems.append(_presidio_system(f"Presidio + {model}", presidio(model)))
        systems.append(System("Front Door", lambda parsed: _from_extraction(extract(parsed))))
        warm = parse_message(messages[0][0])
        for system in systems:  # load lazily built pipelines outside the timing
            system.run(warm)
        parse_seconds = 0.0
        for raw, label in messages:
            began = time.process_time()
            parsed = parse_message(raw)
            parse_seconds += time.process_time() - began
            for system in systems:
                began = time.process_time()
                found = system.run(parsed)
                system.seconds += time.process_time() - began
                for name in FIELDS:
                    system.tallies[name].add(label[name], found[name], _same(name))
    return {"messages": len(messages), "corpora": list(CORPORA),
            "labelled": {f: sum(len(label[f]) for _, label in messages) for f in FIELDS},
            "systems": {s.name: {"rate": len(messages) / (parse_seconds + s.seconds),
                                 "fields": {f: s.tallies[f].prf() for f in FIELDS}} for s in systems}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", help=f"an installed spaCy pipeline package (default: {OPTIONAL_MODEL} "
                                        "if installed) for a second Presidio baseline")
    result = baseline(parser.parse_args().model)
    names = list(result["systems"])
    print(f"{result['messages']} messages ({', '.join(result['corpora'])}); P / R / F1 per field")
    print(f"{'field':<14}{'labelled':>9}  " + "".join(f"{n:<28}" for n in names))
    for f in FIELDS:
        cells = ("{:.2f} / {:.2f} / {:.2f}".format(*result["systems"][n]["fields"][f]) for n in names)
        print(f"{f:<14}{result['labelled'][f]:>9}  " + "".join(f"{c:<28}" for c in cells))
    print(f"{'msg/s (CPU)':<25}" + "".join(f"{result['systems'][n]['rate']:<28.1f}" for n in names))


if __name__ == "__main__":
    main()
