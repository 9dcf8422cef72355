"""The `frontdoor` command line (CONTRACT §1)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Literal

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


@app.command()
def migrate() -> None:
    """Bring the database schema up to date (Alembic)."""
    from models.db import migrate as run_migrations
    from models.settings import get_settings

    run_migrations(get_settings().sqlalchemy_url)
    typer.echo("database schema is up to date")


@app.command()
def serve(role: Literal["all", "smtp", "api", "worker"] = typer.Option(
        "all", "--role", help="smtp: SMTP intake only; worker: processing and outgoing mail only; "
                              "api: HTTP only; all: everything. Every role serves health and metrics.")
) -> None:
    """Run the SMTP listener, the HTTP API and the background worker (or the parts --role names)."""
    import asyncio

    from api.logging import configure_logging
    from api.serve import serve as run_service
    from models.db import migrate as run_migrations
    from models.settings import get_settings

    settings = get_settings()
    configure_logging(log_format=settings.log_format)
    run_migrations(settings.sqlalchemy_url)
    raise typer.Exit(asyncio.run(run_service(settings, role)))


@app.command()
def reprocess(
    ids: list[int] = typer.Argument(None, help="message ids (see GET /api/v1/quarantine)"),
    all_failed: bool = typer.Option(False, "--all-failed", help="every quarantined message"),
) -> None:
    """Put quarantined messages back in the queue; a running `frontdoor serve` picks them up."""
    from models.db import make_engine, session_factory
    from models.settings import get_settings
    from triage.worker import reprocess as requeue

    if not ids and not all_failed:
        typer.echo("frontdoor reprocess: give message ids or --all-failed", err=True)
        raise typer.Exit(2)
    sessions = session_factory(make_engine(get_settings().sqlalchemy_url))
    requeued = requeue(sessions, ids or (), all_failed=all_failed)
    not_found = sorted(set(ids or ()) - set(requeued))
    typer.echo(f"requeued {len(requeued)} message(s): {', '.join(map(str, requeued)) or '-'}")
    if not_found:
        typer.echo(f"not quarantined (left as they are): {', '.join(map(str, not_found))}", err=True)
        raise typer.Exit(1)


cases = typer.Typer(help="The register of children open to children's social care (CONTRACT §5).")
app.add_typer(cases, name="cases")


@cases.command("import")
def cases_import(file: Path = typer.Argument(..., help="register CSV (CONTRACT §5)")) -> None:
    """Load or update the case register from a CSV file."""
    from models.db import make_engine, session_factory
    from models.settings import get_settings
    from triage.register import read_register_csv, store_entries

    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        typer.echo(f"frontdoor cases import: cannot read {file}: {exc}", err=True)
        raise typer.Exit(2) from exc
    parsed = read_register_csv(text)
    for error in parsed.errors:
        typer.echo(f"{file}: {error}", err=True)
    sessions = session_factory(make_engine(get_settings().sqlalchemy_url))
    with sessions() as session:
        added, updated = store_entries(session, parsed.entries)
        session.commit()
    typer.echo(f"case register: {added} added, {updated} updated, {len(parsed.errors)} rejected")
    if parsed.errors:
        raise typer.Exit(1)
