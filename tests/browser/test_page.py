"""The advisor's page in a real browser (Debian's chromium driven by Playwright): sign in, open the top
referral, see a fact lit up in the email, correct a field, record a decision. A screenshot is kept in
test-artifacts/ for people to look at."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from api.app import create_app
from intake.spool import Spool
from models.db import migrate
from models.settings import Settings
from tests.api.seed import PASSWORD, add_referral, make_users, raw_email
from tests.conftest import REPO_ROOT, free_port

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = REPO_ROOT / "test-artifacts"
BROWSER_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists() and not os.environ.get("CI"),
        reason="Debian's chromium is not installed at /usr/bin/chromium (apt-get install chromium)",
    ),
]


@pytest.fixture
def site(tmp_path: Path) -> Iterator[str]:
    """The real app served by uvicorn on a free loopback port, with users and three referrals."""
    url = f"sqlite:///{tmp_path / 'frontdoor.db'}"
    migrate(url)
    app = create_app(Settings(data_dir=tmp_path, database_url=url))
    make_users(app.state.sessions)
    spool = Spool(tmp_path / "spool")
    add_referral(
        app.state.sessions, spool, raw_email(subject="Routine: adult assessed"), priority=40, missing=()
    )
    add_referral(app.state.sessions, spool, priority=92)
    add_referral(app.state.sessions, spool, raw_email(subject="Informal admission"), priority=60)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_config=None, lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(500):
        if server.started:
            break
        threading.Event().wait(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def test_a_manager_signs_in_corrects_a_fact_and_records_a_decision(site: str) -> None:
    from playwright.sync_api import expect, sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_ARGS)
        page = browser.new_page(viewport={"width": 1440, "height": 1000})
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(f"{site}/login")
        page.get_by_label("Username").fill("manager1")
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        expect(page.get_by_role("heading", name="Referral queue")).to_be_visible()
        page.screenshot(path=str(ARTIFACTS / "queue.png"), full_page=True)

        # The top of the queue is the most urgent one (priority 92).
        first_row = page.locator("table.queue tbody tr").first
        expect(first_row).to_contain_text("P92 Urgent")
        first_row.get_by_role("link").click()
        expect(page.get_by_role("heading", name="Missing information")).to_be_visible()

        fact = page.locator('tr.fact[data-field="address"]')
        fact.hover()
        expect(page.locator("pre.mail .lit")).to_have_text("12 Acacia Road, Crawley")

        name_row = page.locator('tr.fact[data-field="subject_person.name"]')
        name_row.get_by_text("Correct", exact=True).click()
        name_row.get_by_label("Correct value for person assessed").fill("Janet Doe")
        name_row.get_by_role("button", name="Save correction").click()
        expect(page.get_by_role("status")).to_have_text("Person assessed corrected")
        expect(page.locator('tr.fact[data-field="subject_person.name"]')).to_contain_text(
            "extracted as “Jane Doe”"
        )

        page.get_by_label("Triage decision").select_option("child_and_family_assessment")
        page.get_by_label("Reason for the decision").fill("Parent detained under s2; no other carer.")
        page.get_by_role("button", name="Record decision").click()
        expect(page.get_by_role("status")).to_have_text("Decision recorded: Child and family assessment")

        page.locator('tr.fact[data-field="postcode"]').click()
        page.screenshot(path=str(ARTIFACTS / "referral.png"), full_page=True)
        page.get_by_role("tab", name="Audit").click()
        expect(page.locator("#panel-audit")).to_contain_text("decision recorded")
        browser.close()
    assert errors == []
