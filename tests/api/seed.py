"""Builds what the API serves: people of each role, and referrals with their raw email in the spool."""

from __future__ import annotations

from email.message import EmailMessage
from typing import Any

from sqlalchemy.orm import sessionmaker
from sqlmodel import Session

from api import auth
from intake.mime import parse_message
from intake.spool import Spool
from models.tables import Message, Referral
from models.users import Role
from triage.extract import empty_extraction

PASSWORD = "correct horse battery staple"
BODY = """Dear MASH,

I completed a Mental Health Act assessment today for Jane Doe (DOB 14/03/1988)
at 12 Acacia Road, Crawley RH10 1AA.
She was detained under section 2. Her son Liam Doe (born 02/05/2017) lives with her.

Consent was not sought.

Kind regards,
Sam AMHP
"""


def make_users(sessions: sessionmaker[Session]) -> dict[Role, str]:
    """One user per role, each with an API token; returns the tokens by role."""
    tokens: dict[Role, str] = {}
    with sessions() as session:
        for role in Role:
            user = auth.create_user(
                session, f"{role.value}1", role, PASSWORD, display_name=f"{role.value.title()} One"
            )
            tokens[role], _ = auth.issue_token(session, user, "tests")
        session.commit()
    return tokens


def raw_email(
    subject: str = "MHA assessment: Jane Doe",
    body: str = BODY,
    html: str | None = None,
    attachment: tuple[str, bytes] | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = "amhp@example.nhs.uk"
    msg["To"] = "wschildrenservices@westsussex.gov.uk"
    msg["Subject"] = subject
    msg["Message-ID"] = f"<{abs(hash((subject, body)))}@example.nhs.uk>"
    msg.set_content(body)
    if html is not None:
        msg.add_alternative(html, subtype="html")
    if attachment is not None:
        msg.add_attachment(
            attachment[1], maintype="application", subtype="octet-stream", filename=attachment[0]
        )
    return bytes(msg)


def add_referral(
    sessions: sessionmaker[Session],
    spool: Spool,
    raw: bytes | None = None,
    priority: int = 80,
    missing: tuple[str, ...] = ("risks_to_workers", "consent"),
    **facts: Any,
) -> int:
    raw = raw or raw_email()
    parsed = parse_message(raw)
    extraction = empty_extraction(parsed.message_id, parsed.sender)
    extraction["subject_person"] = {"name": "Jane Doe", "dob": "1988-03-14", "age": 38, "is_child": False}
    extraction["address"] = "12 Acacia Road, Crawley"
    extraction["postcode"] = "RH10 1AA"
    extraction["outcome"]["status"] = "detained"
    extraction["outcome"]["mha_section"] = "2"
    extraction["missing"] = list(missing)
    extraction.update(facts)
    extraction["spans"] = [
        {
            "field": field,
            "start": parsed.text.find(text),
            "end": parsed.text.find(text) + len(text),
            "text": text,
        }
        for field, text in (
            ("subject_person.name", "Jane Doe"),
            ("address", "12 Acacia Road, Crawley"),
            ("postcode", "RH10 1AA"),
            ("outcome.status", "detained under section 2"),
        )
        if text in parsed.text
    ]
    sha = spool.write(raw)
    with sessions() as session:
        referral = Referral(
            message_id=parsed.message_id,
            sender=parsed.sender,
            subject=parsed.subject,
            status="ready_for_triage",
            priority=priority,
            priority_reasons=["detained s2"],
            extraction=extraction,
            missing=list(missing),
        )
        session.add(referral)
        session.flush()
        session.add(
            Message(
                sha256=sha,
                size=len(raw),
                message_id=parsed.message_id,
                dedup_key=parsed.message_id or sha,
                sender=parsed.sender,
                recipients=[],
                state="referral",
                referral_id=referral.id,
            )
        )
        session.commit()
        assert referral.id is not None
        return referral.id
