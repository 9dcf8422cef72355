"""The spaCy pipeline: ``spacy.blank("en")`` plus rule components, built once per process.

Components (registered by name, patterns in ``patterns/``):

- ``fd_name_tokens``: sets ``doc._.fd_name_like``, one flag per token, true for capitalised or upper-case
  words that can be part of a person's name (not a sentence opener, title, service word, month...
  ``not_names.txt``);
- ``fd_person_names``: joins runs of such tokens (with hyphens: "Smith-Jones") into ``doc.spans["person"]``;
- ``fd_roles``: a PhraseMatcher over ``roles.json`` putting cue words ("partner", "Dr", "children")
  in ``doc.spans["role"]``, labelled professional / relative / child / subject.

The pipeline runs on short snippets (field values, sentences that mention people), never on a whole
message: tokenising only what can hold a name keeps the pipeline's share of extraction small.
A word's lexeme carries only the attributes listed in ``LEXEME_ATTRS`` (its lower case): computing
spaCy's twenty-odd lexical attributes for every new word cost more than the rest of the pipeline.
A token attribute not listed there (``like_num``, ``is_stop``, ``shape_``...) reads as False or empty.
"""

from __future__ import annotations

import json
import re
from functools import cache

import spacy
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

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

# One list per doc rather than a token extension: reading an extension token by token costs more
# than the whole name scan.
if not Doc.has_extension("fd_name_like"):
    Doc.set_extension("fd_name_like", default=None)


def _name_like(text: str) -> bool:
    if len(text) < 2 or not text[0].isupper() or text.casefold() in NOT_NAMES:
        return False
    # Letters with inner apostrophes (O'Brien); McAllister and MURPHY count, "AMHP" is in NOT_NAMES.
    return text.replace("'", "").replace("’", "").isalpha()


@Language.component("fd_name_tokens")
def name_tokens(doc: Doc) -> Doc:
    doc._.fd_name_like = [_name_like(token.text) for token in doc]
    return doc


def _particles(texts: list[str], spaces: list[str], like: list[bool], j: int) -> int:
    """How many particle words start at `j` when a name word follows them (else 0)."""
    k, n = j, len(texts)
    while k < n and k - j < 2 and texts[k] in _PARTICLES and spaces[k - 1]:
        k += 1
    return k - j if k > j and k < n and like[k] and spaces[k - 1] else 0


def _name_end(texts: list[str], spaces: list[str], like: list[bool], i: int) -> int:
    """The end of the name whose first word is token `i`."""
    j, words, n = i + 1, 1, len(texts)
    while j < n and words < _MAX_NAME_WORDS:
        if like[j] and spaces[j - 1] in {" ", ""}:
            j += 1
            words += 1
        elif particles := _particles(texts, spaces, like, j):
            # "Anna de la Cruz", "Lucas van Dijk": lower-case particles inside a surname.
            j += particles + 1
            words += particles + 1
        elif (
            texts[j] in _QUOTES
            and j + 3 < n
            and like[j + 1]
            and texts[j + 2] == _QUOTES[texts[j]]
            and like[j + 3]
        ):
            # "Robert 'Bobby' Vance": a quoted nickname inside the name (dropped by the reader).
            j += 4
            words += 2
        elif (
            texts[j] in {"-", "'", "’"}
            and not spaces[j - 1]
            and not spaces[j]
            and j + 1 < n
            # "Ellie-May": after a hyphen any capitalised word belongs to the name.
            and (like[j + 1] or (texts[j + 1][:1].isupper() and texts[j + 1].isalpha()))
        ):
            j += 2
            words += 1
        else:
            break
    return j


@Language.component("fd_person_names")
def person_names(doc: Doc) -> Doc:
    spans: list[Span] = []
    # Token attributes read once into lists: a read through a Token costs more than the test on it.
    texts = [token.text for token in doc]
    spaces = [token.whitespace_ for token in doc]
    like: list[bool] = doc._.fd_name_like
    i, n = 0, len(texts)
    while i < n:
        # An initial ("R. Patel", "A.B. Jones") opens a name when a name word follows it.
        if like[i] or (i + 1 < n and like[i + 1] and _INITIAL.fullmatch(texts[i])):
            j = _name_end(texts, spaces, like, i)
            spans.append(Span(doc, i, j, label="PERSON"))
            i = j
        else:
            i += 1
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


# The lexical attributes the extraction reads (token.lower_, the role matcher's LOWER): add one here
# before reading it.
LEXEME_ATTRS = frozenset({LOWER})


@cache
def get_nlp() -> Language:
    nlp = spacy.blank("en")
    getters = nlp.vocab.lex_attr_getters
    for attr in set(getters) - LEXEME_ATTRS:
        del getters[attr]
    nlp.add_pipe("fd_name_tokens")
    nlp.add_pipe("fd_person_names")
    nlp.add_pipe("fd_roles")
    return nlp
