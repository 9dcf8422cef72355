from pathlib import Path

import pytest
from sqlmodel import select
from typer.testing import CliRunner

from api.cli import app
from models.workflow import CaseRecord

FIXTURE = Path(__file__).parents[2] / "fixtures" / "case_register.csv"


@pytest.fixture
def cli_env(db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FRONTDOOR_DATABASE_URL", db_url)
    monkeypatch.setenv("FRONTDOOR_DATA_DIR", str(tmp_path / "data"))


def test_cases_import_loads_then_updates_the_register(cli_env: None, sessions, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    first = CliRunner().invoke(app, ["cases", "import", str(FIXTURE)])
    assert first.exit_code == 0, first.output
    assert "6 added, 0 updated" in first.output
    changed = FIXTURE.read_text().replace("Priya Example", "Priya Newworker")
    updated_file = tmp_path / "register.csv"
    updated_file.write_text(changed)
    second = CliRunner().invoke(app, ["cases", "import", str(updated_file)])
    assert "0 added, 6 updated" in second.output
    with sessions() as session:
        row = session.exec(select(CaseRecord).where(CaseRecord.case_ref == "CR-100001")).one()
    assert row.allocated_worker == "Priya Newworker"


def test_cases_import_reports_bad_rows_and_exits_non_zero(cli_env: None, tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("child_name,dob,case_ref,allocated_worker,worker_email,team,team_email,status\n"
                   "A B,not-a-date,X1,,,,,open\n")
    result = CliRunner().invoke(app, ["cases", "import", str(bad)])
    assert result.exit_code == 1
    assert "line 2" in result.output
