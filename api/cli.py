"""The `frontdoor` command line (CONTRACT §1)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

app = typer.Typer(help="Front Door: email intake and triage for the children's-services front door.",
                  no_args_is_help=True)


@app.callback()
def main() -> None:
    """Front Door command line."""


@app.command()
def extract(files: list[str] = typer.Argument(..., help="RFC 5322 files; '-' reads standard input")) -> None:
    """Parse each message offline and print one extraction JSON object per line, in input order."""
    from intake.mime import parse_message
    from models.settings import get_settings
    from triage.extract import extract as extract_message

    own = get_settings().inbox_addresses
    unreadable = False
    for name in files:
        try:
            raw = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
        except OSError as exc:
            typer.echo(f"frontdoor extract: cannot read {name}: {exc.strerror}", err=True)
            unreadable = True
            continue
        result = extract_message(parse_message(raw, own_addresses=own))
        sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    if unreadable:
        raise typer.Exit(2)
