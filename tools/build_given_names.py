"""Writes triage/extraction/patterns/given_names.txt: the first names of every locale Faker ships.

Faker (MIT licence) lists first names for about 90 locales; reading them all costs close to a second,
so the list is written once here and read as a plain set at run time. Run after upgrading Faker:
    .venv/bin/python tools/build_given_names.py
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import faker
import faker.providers.person as person

_OUT = Path(__file__).resolve().parent.parent / "triage" / "extraction" / "patterns" / "given_names.txt"
_ATTRS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary")


def given_names() -> set[str]:
    names: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attr in _ATTRS:
            value = getattr(provider, attr, ())
            if isinstance(value, (tuple, list, dict, set, frozenset)):
                # Only single words written in letters: "Mary Ann" and "Jean-Luc" are read word by word.
                names.update(n.casefold() for n in value if n.isalpha())
    return names


def main() -> None:
    header = f"# First names from Faker {faker.VERSION} (MIT licence): tools/build_given_names.py\n"
    _OUT.write_text(header + "\n".join(sorted(given_names())) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
