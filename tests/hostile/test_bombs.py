"""Attachment and structure bombs through the worker as `frontdoor serve` runs it (parse and extract in a
child process with a time limit): each ends read, partly read or quarantined with a reason, and the
queue keeps moving."""

from __future__ import annotations

from collections.abc import Iterator
from email.message import EmailMessage

import pytest
from sqlmodel import select

from intake.store import Delivery, MessageStore
from models.tables import Message
from tests.conftest import INBOX, run_worker_until_idle
from tests.intake.mail_builders import nested_multipart, with_attachment, zip_bomb_docx
from tests.workflow.mails import referral
from triage.stage_process import StageProcess
from triage.worker import Worker

SETTLED = {"referral", "follow_up", "non_referral", "quarantined"}


def looping_pdf() -> bytes:
    """A PDF whose page tree contains itself and whose page is its own content stream."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 /Parent 2 0 R >>",
        b"<< /Type /Page /Parent 2 0 R /Contents 3 0 R /Resources << /XObject << /X 3 0 R >> >> >>",
    ]
    body, offsets = b"%PDF-1.4\n", []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    body += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return body + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)


def html_bomb() -> bytes:
    message = EmailMessage()
    message["From"] = "a@example.org"
    message["Subject"] = "deep"
    message.set_content("<div>" * 100_000 + "Jane Doe was assessed." + "</div>" * 100_000, subtype="html")
    return message.as_bytes()


def fifty_megabyte_line() -> bytes:
    return b"From: a@example.org\r\nSubject: one line\r\n\r\n" + b"A" * 50_000_000 + b"\r\n"


def bombs() -> dict[str, bytes]:
    return {
        "zip bomb .docx": with_attachment("Body stays.\n", "bomb.docx", zip_bomb_docx()),
        "1,000 nested multiparts": nested_multipart(1000),
        "PDF with an object loop": with_attachment("See the form.\n", "form.pdf", looping_pdf(),
                                                   "application", "pdf"),
        "100,000 nested HTML tags": html_bomb(),
        # Quadratic in the standard library's HTML parser: stopped by the stage time limit, quarantined.
        "unclosed attribute quotes": with_attachment("Page attached.\n", "page.html", b"<a href='" * 111_111,
                                                     "text", "html"),
        "50 MB line without a newline": fifty_megabyte_line(),
    }


@pytest.fixture
def stages(settings) -> Iterator[StageProcess]:  # type: ignore[no-untyped-def]
    process = StageProcess(settings.inbox_addresses, timeout=60)
    yield process
    process.close()


@pytest.mark.slow
@pytest.mark.timeout(900)
@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
def test_every_bomb_settles_and_the_next_referral_still_goes_through(sessions, spool, stages) -> None:
    store = MessageStore(sessions, spool)
    hostile = bombs()
    for raw in [*hostile.values(), referral("after-the-bombs@nhs.example")]:
        store.accept(Delivery("relay@example.org", (INBOX,), raw))
    store.close()

    run_worker_until_idle(Worker(sessions, spool, stages=stages))

    with sessions() as session:
        rows = list(session.exec(select(Message).order_by(Message.id)).all())
    outcome = {name: (row.state, row.error) for name, row in zip([*hostile, "normal"], rows, strict=True)}
    assert all(state in SETTLED for state, _ in outcome.values()), outcome
    assert all(error for state, error in outcome.values() if state == "quarantined"), outcome
    assert outcome["normal"][0] == "referral"
