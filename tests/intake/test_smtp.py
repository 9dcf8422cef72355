"""The SMTP listener over real loopback connections: what a sending mail server sees."""

from __future__ import annotations

import concurrent.futures
import smtplib
import subprocess
from concurrent.futures import Future
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy.orm import sessionmaker
from sqlmodel import Session, select

from intake.smtp import tls_context
from intake.spool import Spool
from models.settings import Settings
from models.tables import Message, Referral
from tests.conftest import INBOX, RunningIntake, run_worker_until_idle, start_intake
from triage.worker import Worker

SENDER = "amhp@trust.nhs.example"
SETTLED = {"referral", "follow_up", "non_referral", "quarantined"}  # what the worker leaves; never pending


def referral_mail(message_id: str | None = "<r1@trust.nhs.example>",
                  body: str = "Referral text.\r\n") -> bytes:
    headers = f"From: {SENDER}\r\nTo: {INBOX}\r\nSubject: MHA assessment\r\n"
    if message_id:
        headers += f"Message-ID: {message_id}\r\n"
    return (headers + "\r\n" + body).encode()


def send(server: RunningIntake, raw: bytes, to: str = INBOX) -> dict:
    with smtplib.SMTP(server.host, server.port, timeout=60) as client:
        return client.sendmail(SENDER, [to], raw)


def stored(sessions: sessionmaker[Session]) -> list[Message]:
    with sessions() as session:
        return list(session.exec(select(Message).order_by(Message.id)).all())


def referrals(sessions: sessionmaker[Session]) -> list[Referral]:
    with sessions() as session:
        return list(session.exec(select(Referral)).all())


def test_accepted_message_is_durable_and_listed(smtp_server: RunningIntake, sessions, spool: Spool,
                                                client, admin_headers) -> None:
    raw = referral_mail()
    assert send(smtp_server, raw) == {}
    [row] = stored(sessions)
    assert (row.state, row.message_id, row.recipients) == ("pending", "<r1@trust.nhs.example>", [INBOX])
    assert spool.read(row.sha256) == raw
    listed = client.get("/api/v1/messages", headers=admin_headers).json()["items"]
    assert [(m["id"], m["state"]) for m in listed] == [(row.id, "pending")]


def test_other_recipients_are_refused_so_the_service_is_never_an_open_relay(smtp_server, sessions) -> None:
    with pytest.raises(smtplib.SMTPRecipientsRefused) as refused:
        send(smtp_server, referral_mail(), to="someone@elsewhere.example")
    code, text = refused.value.recipients["someone@elsewhere.example"]
    assert (code, text.split()[0]) == (550, b"5.1.1")
    assert stored(sessions) == []


def test_inbox_address_is_matched_without_regard_to_case(smtp_server, sessions) -> None:
    assert send(smtp_server, referral_mail(), to=INBOX.upper()) == {}
    assert len(stored(sessions)) == 1


@pytest.fixture
def small_limit_server(settings: Settings, sessions, spool):  # type: ignore[no-untyped-def]
    yield from start_intake(settings.model_copy(update={"max_message_bytes": 10_000}), sessions, spool)


def test_size_is_advertised_and_a_declared_oversize_message_is_refused(small_limit_server, sessions,
                                                                       spool: Spool) -> None:
    with smtplib.SMTP(small_limit_server.host, small_limit_server.port, timeout=60) as client:
        client.ehlo()
        assert client.esmtp_features["size"] == "10000"
        with pytest.raises(smtplib.SMTPSenderRefused) as refused:
            client.sendmail(SENDER, [INBOX], referral_mail(body="x" * 20_000))
    assert (refused.value.smtp_code, refused.value.smtp_error.split()[0]) == (552, b"5.3.4")
    assert stored(sessions) == []


def test_undeclared_oversize_message_is_refused_after_data_and_nothing_is_stored(small_limit_server, sessions,
                                                                                 spool: Spool) -> None:
    with smtplib.SMTP(small_limit_server.host, small_limit_server.port, timeout=60) as client:
        client.ehlo()
        client.mail(SENDER)  # no SIZE= parameter: the limit must hold during DATA too
        client.rcpt(INBOX)
        code, text = client.data(referral_mail(body="x" * 20_000))
    assert (code, text.split()[0]) == (552, b"5.3.4")
    assert stored(sessions) == []
    assert [p for p in spool.root.rglob("*") if p.is_file()] == []


def test_duplicate_delivery_is_accepted_twice_and_makes_one_referral(smtp_server, sessions, worker) -> None:
    assert send(smtp_server, referral_mail()) == {}
    assert send(smtp_server, referral_mail(body="Same message, resent by the relay.\r\n")) == {}
    run_worker_until_idle(worker)
    rows = stored(sessions)
    assert [r.state for r in rows] == ["referral", "referral"]
    assert rows[0].referral_id == rows[1].referral_id
    assert len(referrals(sessions)) == 1


def test_identical_bytes_without_message_id_make_one_referral(smtp_server, sessions, worker) -> None:
    raw = referral_mail(message_id=None)
    send(smtp_server, raw)
    send(smtp_server, raw)
    send(smtp_server, referral_mail(message_id=None, body="A different referral.\r\n"))
    run_worker_until_idle(worker)
    rows = stored(sessions)
    assert rows[0].message_id is None
    assert rows[0].referral_id == rows[1].referral_id != rows[2].referral_id
    assert len(referrals(sessions)) == 2


def test_eight_bit_headers_are_accepted_and_stored_byte_for_byte(smtp_server, sessions, spool,
                                                                 worker) -> None:
    raw = (b"From: J\xf6rg <" + SENDER.encode() + b">\r\nSubject: Gr\xfc\xdfe \xe2\x80\x94 r\xe9f\xe9rral\r\n"
           b"Message-ID: <8bit@x>\r\n\r\nK\xf6rper\r\n")
    with smtplib.SMTP(smtp_server.host, smtp_server.port, timeout=60) as client:
        assert client.sendmail(SENDER, [INBOX], raw, mail_options=["BODY=8BITMIME"]) == {}
    [row] = stored(sessions)
    assert spool.read(row.sha256) == raw
    run_worker_until_idle(worker)
    assert stored(sessions)[0].state in SETTLED


def test_bare_line_feeds_inside_data_are_kept(smtp_server, sessions, spool) -> None:
    raw = b"From: a@b.example\nSubject: bare LF\nMessage-ID: <lf@x>\n\nline one\nline two\r\n"
    assert send(smtp_server, raw) == {}
    [row] = stored(sessions)
    assert spool.read(row.sha256) == raw


def test_message_with_an_empty_body_is_accepted(smtp_server, sessions, worker) -> None:
    assert send(smtp_server, b"From: a@b.example\r\nSubject: (no text)\r\n\r\n") == {}
    run_worker_until_idle(worker)
    [row] = stored(sessions)
    assert row.state in SETTLED


def test_entirely_empty_data_is_accepted(smtp_server, sessions) -> None:
    with smtplib.SMTP(smtp_server.host, smtp_server.port, timeout=60) as client:
        client.ehlo()
        client.mail(SENDER)
        client.rcpt(INBOX)
        client.putcmd("data")
        assert client.getreply()[0] == 354
        client.send(b".\r\n")  # smtplib's data() would add a CRLF
        code, _ = client.getreply()
    assert code == 250
    assert [r.size for r in stored(sessions)] == [0]


def test_lines_longer_than_1000_octets_are_accepted(smtp_server, sessions, spool) -> None:
    raw = referral_mail(body="word " * 2000 + "\r\n")
    assert send(smtp_server, raw) == {}
    assert spool.read(stored(sessions)[0].sha256) == raw


def test_ten_megabyte_attachment_is_accepted_whole(smtp_server, sessions, spool) -> None:
    mail = EmailMessage()
    mail["From"], mail["To"], mail["Subject"], mail["Message-ID"] = SENDER, INBOX, "Report", "<big@x>"
    mail.set_content("Report attached.")
    mail.add_attachment(bytes(range(256)) * 40_960, maintype="application", subtype="pdf", filename="r.pdf")
    raw = mail.as_bytes(policy=mail.policy.clone(linesep="\r\n"))
    assert send(smtp_server, raw) == {}
    [row] = stored(sessions)
    assert row.size == len(raw) > 10 * 1024 * 1024
    assert spool.read(row.sha256) == raw


@pytest.mark.parametrize("smuggled_end", [b"\n.\n", b"\r\n.\n", b"\n.\r\n"])
def test_a_bare_line_feed_dot_does_not_end_data(smtp_server, sessions, spool, smuggled_end: bytes) -> None:
    smuggled = (b"Subject: first\r\n\r\nhello" + smuggled_end +
                b"MAIL FROM:<evil@attacker.example>\r\nRCPT TO:<" + INBOX.encode() + b">\r\nDATA\r\n"
                b"From: ceo@westsussex.gov.uk\r\nSubject: smuggled\r\n\r\nforged\r\n")
    with smtplib.SMTP(smtp_server.host, smtp_server.port, timeout=60) as client:
        client.ehlo()
        client.mail(SENDER)
        client.rcpt(INBOX)
        client.putcmd("data")
        assert client.getreply()[0] == 354
        client.send(smuggled + b".\r\n")
        code, _ = client.getreply()
        assert code == 250
        assert client.noop()[0] == 250  # the next reply belongs to NOOP: no hidden transaction answered
    [row] = stored(sessions)
    assert b"Subject: smuggled" in spool.read(row.sha256)


def test_concurrent_sessions_are_all_stored(smtp_server, sessions) -> None:
    def deliver(session_no: int) -> None:
        with smtplib.SMTP(smtp_server.host, smtp_server.port, timeout=60) as client:
            for n in range(10):
                client.sendmail(SENDER, [INBOX], referral_mail(f"<c{session_no}.{n}@x>"))

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        list(pool.map(deliver, range(8)))
    assert len({r.message_id for r in stored(sessions)}) == 80


def test_failed_durable_write_answers_451_so_the_sender_retries(smtp_server, sessions) -> None:
    def broken_store(_delivery) -> Future[int]:  # type: ignore[no-untyped-def]
        failed: Future[int] = Future()
        failed.set_exception(OSError("disk full"))
        return failed

    smtp_server.handler.submit = broken_store
    with pytest.raises(smtplib.SMTPDataError) as refused:
        send(smtp_server, referral_mail())
    assert (refused.value.smtp_code, refused.value.smtp_error.split()[0]) == (451, b"4.3.0")
    assert stored(sessions) == []


@pytest.fixture
def tls_files(tmp_path: Path) -> tuple[Path, Path]:
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                    "/CN=localhost", "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    return cert, key


def test_starttls_is_offered_when_a_certificate_is_configured(settings, sessions, spool, tls_files) -> None:
    for server in start_intake(settings, sessions, spool, tls=tls_context(*tls_files)):
        with smtplib.SMTP(server.host, server.port, timeout=60) as client:
            client.ehlo()
            assert client.has_extn("starttls")
            client.starttls(context=_trusting(tls_files[0]))
            assert client.sendmail(SENDER, [INBOX], referral_mail()) == {}
    assert len(stored(sessions)) == 1


def test_starttls_is_not_offered_without_a_certificate(smtp_server) -> None:
    with smtplib.SMTP(smtp_server.host, smtp_server.port, timeout=60) as client:
        client.ehlo()
        assert not client.has_extn("starttls")


def _trusting(cert: Path):  # type: ignore[no-untyped-def]
    import ssl

    context = ssl.create_default_context(cafile=str(cert))
    context.check_hostname = False
    return context


def test_worker_is_not_needed_for_a_message_to_be_listed(smtp_server, client, admin_headers) -> None:
    send(smtp_server, referral_mail())
    [item] = client.get("/api/v1/messages", headers=admin_headers).json()["items"]
    assert item["state"] == "pending"


def test_worker_turns_an_accepted_message_into_a_listed_referral(smtp_server, worker: Worker, client,
                                                                  admin_headers) -> None:
    send(smtp_server, referral_mail())
    run_worker_until_idle(worker)
    [item] = client.get("/api/v1/referrals", headers=admin_headers).json()["items"]
    assert (item["message_id"], item["subject"]) == ("<r1@trust.nhs.example>", "MHA assessment")
