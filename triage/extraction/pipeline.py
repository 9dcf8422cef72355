"""The spaCy pipeline: ``spacy.blank("en")`` plus rule components, built once per process.

Components (registered by name, patterns in ``patterns/``):

- ``fd_name_tokens``: sets ``token._.fd_name_like`` on capitalised or upper-case words that can be part
  of a person's name (not a sentence opener, title, service word, month... ``not_names.txt``);
- ``fd_person_names``: joins runs of such tokens (with hyphens: "Smith-Jones") into ``doc.spans["person"]``;
- ``fd_roles``: a PhraseMatcher over ``roles.json`` putting cue words ("partner", "Dr", "children")
  in ``doc.spans["role"]``, labelled professional / relative / child / subject.

The pipeline runs on short snippets (field values, sentences that mention people), never on a whole
message: tokenising only what can hold a name keeps extraction well above 200 messages/s.
"""

from __future__ import annotations

import json
import re
from functools import cache

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from triage.extraction.sections import PATTERNS_DIR

# Words in a name, hyphenated parts counted singly: "Mary-Jo Kent-Ray", "Maria de la Cruz Lopez".
_MAX_NAME_WORDS = 6
_PARTICLES = frozenset(
    {
        "de",
        "la",
        "le",
        "van",
        "von",
        "der",
        "den",
        "da",
        "di",
        "du",
        "del",
        "della",
        "dos",
        "das",
        "ter",
        "ten",
        "bin",
        "al",
        "el",
    }
)
_QUOTES = {"'": "'", '"': '"', "‘": "’", "“": "”"}
_INITIAL = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z]")


def _word_list(name: str) -> frozenset[str]:
    lines = (PATTERNS_DIR / name).read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().casefold() for w in lines if w.strip() and not w.startswith("#"))


NOT_NAMES = _word_list("not_names.txt")
TITLES = _word_list("titles.txt")

if not Token.has_extension("fd_name_like"):
    Token.set_extension("fd_name_like", default=False)


def _name_like(text: str) -> bool:
    if len(text) < 2 or not text[0].isupper() or text.casefold() in NOT_NAMES:
        return False
    # Letters with inner apostrophes (O'Brien); McAllister and MURPHY count, "AMHP" is in NOT_NAMES.
    return text.replace("'", "").replace("’", "").isalpha()


@Language.component("fd_name_tokens")
def name_tokens(doc: Doc) -> Doc:
    # Only the few name-like tokens are set (the rest keep the default): setting an extension is slow.
    for token in doc:
        if _name_like(token.text):
            token._.fd_name_like = True
    return doc


def _particles(doc: Doc, like: list[bool], j: int) -> int:
    """How many particle words start at `j` when a name word follows them (else 0)."""
    k = j
    while k < len(doc) and k - j < 2 and doc[k].text in _PARTICLES and doc[k - 1].whitespace_:
        k += 1
    return k - j if k > j and k < len(doc) and like[k] and doc[k - 1].whitespace_ else 0


@Language.component("fd_person_names")
def person_names(doc: Doc) -> Doc:
    spans: list[Span] = []
    i, n = 0, len(doc)
    like = [token._.fd_name_like for token in doc]  # read once: each extension read is slow
    while i < n:
        # An initial ("R. Patel", "A.B. Jones") opens a name when a name word follows it.
        initial = _INITIAL.fullmatch(doc[i].text) and i + 1 < n and like[i + 1]
        if not (like[i] or initial):
            i += 1
            continue
        j, words = i + 1, 1
        while j < n and words < _MAX_NAME_WORDS:
            if like[j] and doc[j - 1].whitespace_ in {" ", ""}:
                j += 1
                words += 1
            elif particles := _particles(doc, like, j):
                # "Anna de la Cruz", "Lucas van Dijk": lower-case particles inside a surname.
                j += particles + 1
                words += particles + 1
            elif (
                doc[j].text in _QUOTES
                and j + 3 < n
                and like[j + 1]
                and doc[j + 2].text == _QUOTES[doc[j].text]
                and like[j + 3]
            ):
                # "Robert 'Bobby' Vance": a quoted nickname inside the name (dropped by the reader).
                j += 4
                words += 2
            elif (
                doc[j].text in {"-", "'", "’"}
                and not doc[j - 1].whitespace_
                and not doc[j].whitespace_
                and j + 1 < n
                # "Ellie-May": after a hyphen any capitalised word belongs to the name.
                and (like[j + 1] or (doc[j + 1].text[:1].isupper() and doc[j + 1].text.isalpha()))
            ):
                j += 2
                words += 1
            else:
                break
        spans.append(Span(doc, i, j, label="PERSON"))
        i = j
    doc.spans["person"] = spans
    return doc


@cache
def _role_phrases() -> dict[str, list[str]]:
    data = json.loads((PATTERNS_DIR / "roles.json").read_text(encoding="utf-8"))
    return {role: phrases for role, phrases in data.items() if not role.startswith("_")}


@Language.factory("fd_roles")
def make_roles(nlp: Language, name: str) -> object:
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for role, phrases in _role_phrases().items():
        matcher.add(role, [nlp.make_doc(p) for p in phrases])

    def roles(doc: Doc) -> Doc:
        found = [Span(doc, s, e, label=nlp.vocab.strings[m]) for m, s, e in matcher(doc)]
        doc.spans["role"] = spacy.util.filter_spans(found)
        return doc

    return roles


@cache
def get_nlp() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("fd_name_tokens")
    nlp.add_pipe("fd_person_names")
    nlp.add_pipe("fd_roles")
    return nlp
