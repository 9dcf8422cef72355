"""The `frontdoor` command line: migrate, reprocess, and the commands still to come."""

from __future__ import annotations

import subprocess
from pathlib import Path

from sqlalchemy import inspect
from typer.testing import CliRunner

from api.cli import app
from models.db import make_engine, session_factory
from models.tables import Message
from tests.conftest import frontdoor_command

runner = CliRunner()


def test_migrate_creates_the_schema_from_the_installed_command(tmp_path: Path) -> None:
    env = {"FRONTDOOR_DATA_DIR": str(tmp_path / "data"), "PATH": "/usr/bin:/bin"}
    result = subprocess.run([*frontdoor_command(), "migrate"], env=env, cwd=tmp_path, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    engine = make_engine(f"sqlite:///{tmp_path / 'data' / 'frontdoor.db'}")
    assert {"messages", "referrals", "audit_events"} <= set(inspect(engine).get_table_names())
    engine.dispose()


def test_migrate_twice_is_harmless(settings, monkeypatch) -> None:
    monkeypatch.setenv("FRONTDOOR_DATABASE_URL", settings.sqlalchemy_url)
    assert runner.invoke(app, ["migrate"]).exit_code == 0
    assert runner.invoke(app, ["migrate"]).exit_code == 0


def test_reprocess_requeues_a_quarantined_message(settings, sessions, monkeypatch) -> None:
    with sessions() as session:
        row = Message(sha256="0" * 64, size=1, dedup_key="k", recipients=[], state="quarantined", error="x")
        session.add(row)
        session.commit()
    monkeypatch.setenv("FRONTDOOR_DATABASE_URL", settings.sqlalchemy_url)
    result = runner.invoke(app, ["reprocess", str(row.id)])
    assert result.exit_code == 0, result.output
    with session_factory(make_engine(settings.sqlalchemy_url))() as session:
        assert session.get(Message, row.id).state == "pending"


def test_reprocess_says_which_ids_were_not_quarantined(settings, monkeypatch) -> None:
    monkeypatch.setenv("FRONTDOOR_DATABASE_URL", settings.sqlalchemy_url)
    result = runner.invoke(app, ["reprocess", "4242"])
    assert result.exit_code == 1
    assert "4242" in result.output


def test_reprocess_needs_ids_or_all_failed(settings, monkeypatch) -> None:
    monkeypatch.setenv("FRONTDOOR_DATABASE_URL", settings.sqlalchemy_url)
    assert runner.invoke(app, ["reprocess"]).exit_code == 2
    assert runner.invoke(app, ["reprocess", "--all-failed"]).exit_code == 0


def test_every_contract_command_is_listed_in_help() -> None:
    output = runner.invoke(app, ["--help"]).output
    for command in ("serve", "extract", "cases", "migrate", "reprocess"):
        assert command in output
    assert "import" in runner.invoke(app, ["cases", "--help"]).output
