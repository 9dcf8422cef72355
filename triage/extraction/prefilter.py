"""Literal words a regular expression cannot match without, to skip it on text that lacks them.

A pattern file holds a hundred case-insensitive patterns and most statements match none of them;
a substring test per required word is far cheaper than running the pattern. The words are read
from the pattern's parse tree (the standard library's own parser), so they stay right whenever
a pattern file changes: a run of literal characters every match contains, or for an alternation
one such word per branch. A pattern with no such word is always run.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from re import _constants as sre  # the parse tree's opcodes
from re import _parser as sre_parse
from typing import Any, TypeVar

Words = frozenset[str] | None   # None: no word is known to be needed
# A test of lower-cased text for the needed words (a regex search), None when none are known.
Needs = Callable[[str], object] | None
T = TypeVar("T")

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def needs(pattern: str, flags: int = re.IGNORECASE) -> Needs:
    """The test for `needed_words`: one search for all the words, whatever their number."""
    words = needed_words(pattern, flags)
    return None if words is None else re.compile(trie_pattern(sorted(words))).search


def needed_words(pattern: str, flags: int = re.IGNORECASE) -> Words:
    """Lower-cased words one of which every match of `pattern` contains, or None."""
    return _sequence(list(sre_parse.parse(pattern, flags)))


def _sequence(items: list[tuple[Any, Any]]) -> Words:
    """Of a sequence, every item is matched: the most selective item's words will do."""
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, arg in [*items, (None, None)]:
        if op is sre.LITERAL:
            run.append(chr(arg).lower())
            continue
        if run:
            options.append(frozenset({"".join(run)}))
            run = []
        if op is not None and (words := _item(op, arg)) is not None:
            options.append(words)
    return max(options, key=lambda words: min(map(len, words)), default=None)


def _item(op: Any, arg: Any) -> Words:
    if op is sre.SUBPATTERN:
        return _sequence(list(arg[-1]))
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(arg))
    if op in _REPEATS:
        low, _high, inner = arg
        return _sequence(list(inner)) if low >= 1 else None
    if op is sre.BRANCH:
        branches = [_sequence(list(branch)) for branch in arg[1]]
        if any(words is None for words in branches):
            return None
        return frozenset().union(*branches)
    return None


def case_safe(text: str) -> bool:
    """Whether a case-insensitive pattern compares the text's letters as their lower case does: it
    does for ASCII, Latin below U+0250 and uncased characters, but not for the letters whose case
    partners differ in lower case (ı and I, ſ and S, µ and μ, Greek variants)."""
    return text.isascii() or all(c.isascii() or (c < "\u0250" and c not in "ıİſµ") or c.lower() == c.upper()
                                 for c in text)


@lru_cache(maxsize=4096)
def lowered(text: str) -> str | None:
    """`text` lower-cased for the word tests, or None when that could miss a match (`case_safe`).
    Cached: a statement is tested for every cue of every pattern file."""
    return text.lower() if case_safe(text) else None


def candidates(checked: Sequence[tuple[T, Needs]], text: str) -> list[T]:
    """The patterns (each given with its `needs` test) that may match `text`, in order."""
    low = lowered(text)
    if low is None:
        return [pattern for pattern, _need in checked]
    return [pattern for pattern, need in checked if need is None or need(low) is not None]


def trie_pattern(words: Sequence[str]) -> str:
    """One regex for many literal words with shared prefixes factored out, so that matching
    costs one branch per character instead of one per word; longer words are preferred."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + pattern(child) for ch, child in node.items() if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(trie)
