"""Property-based calls against /openapi.json: no 5xx anywhere, and every answer matches the document."""

from __future__ import annotations

from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from api.app import create_app
from intake.spool import Spool
from models.db import migrate
from models.settings import Settings
from tests.api.seed import add_referral, make_users

ADMIN_TOKEN = "schemathesis-admin-token"
EXAMPLES = 12  # per operation: bounded, so the suite stays quick


def test_the_api_never_fails_with_5xx_and_answers_as_documented(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'frontdoor.db'}"
    migrate(url)
    app = create_app(Settings(data_dir=tmp_path, database_url=url, admin_token=ADMIN_TOKEN))
    app.state.readiness.smtp_bound = True  # as under `frontdoor serve`: health is then 200
    make_users(app.state.sessions)
    add_referral(app.state.sessions, Spool(tmp_path / "spool"))
    schema = schemathesis.openapi.from_asgi("/openapi.json", app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) > 25
    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            database=None,
            phases=[Phase.explicit, Phase.generate],
            suppress_health_check=list(HealthCheck),
        )
        def call(case) -> None:  # type: ignore[no-untyped-def]
            case.call_and_validate(
                headers={"Authorization": f"Bearer {ADMIN_TOKEN}"},
                checks=[not_a_server_error, response_schema_conformance],
            )

        call()
