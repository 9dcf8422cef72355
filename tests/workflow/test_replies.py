import email
import email.generator
import email.policy
import email.utils
from typing import Any

import pytest

import triage.outbox
import triage.threading
from triage.extract import empty_extraction
from triage.outbox import Mailer, build_message
from triage.profile import load_profile
from triage.replies import (
    KINDS,
    SERVICE_LINE,
    Rendered,
    body_context_defaults,
    facts_summary,
    missing_wording,
    one_line,
    render,
)
from triage.threading import referral_from_body, referral_from_headers

SECRET = b"secret"
MAILER = Mailer("wschildrenservices@westsussex.gov.uk", SECRET)


def context(profile_name: str, **extra):  # type: ignore[no-untyped-def]
    profile = load_profile(profile_name)
    return profile, {**body_context_defaults(SECRET, 42), "original_subject": "MHA assessment",
                     "referrer": "amhp@nhs.example", "facts": facts_summary(empty_extraction()),
                     "missing": missing_wording(profile, list(profile.required)), "decision_due": "Monday",
                     "next_opening": "Monday 09:00", "office_hours": "Mon-Fri 09:00-17:00",
                     "ooh": profile.out_of_hours, "case_refs": ["CR-1"], "match_note": "exact",
                     "priority": "priority 40", "decision": "Early Help", "message": "", **extra}


@pytest.mark.parametrize("profile_name", ["west-sussex", "camden"])
@pytest.mark.parametrize("kind", KINDS)
def test_every_template_has_the_service_line_and_signed_reference(profile_name: str, kind: str) -> None:
    profile, ctx = context(profile_name)
    rendered = render(profile, kind, ctx)
    assert SERVICE_LINE in rendered.body
    assert "[FD-00042]" in rendered.subject
    assert referral_from_body(SECRET, [rendered.body]) == 42


def test_missing_info_reply_names_each_missing_item_in_plain_words() -> None:
    profile = load_profile("west-sussex")
    _, ctx = context("west-sussex", missing=missing_wording(profile, ["risks_to_workers", "consent"]))
    body = render(profile, "missing-info", ctx).body
    assert ("Consent: Has the family been told about this referral and did they agree? If you did not seek "
            "consent, please say why.") in body
    assert "Risks to workers: Are there any risks to workers contacting the family?" in body
    assert "Address" not in body and "consent_" not in body and "risks_to_workers" not in body


def test_camden_profile_asks_whether_parents_were_informed() -> None:
    profile = load_profile("camden")
    _, ctx = context("camden", missing=missing_wording(profile, ["consent"]))
    assert "Parents informed: Have the parents been told" in render(profile, "missing-info", ctx).body


def test_out_of_hours_notice_points_to_the_emergency_duty_team() -> None:
    profile, ctx = context("west-sussex")
    body = render(profile, "out-of-hours", ctx).body
    assert profile.out_of_hours.team in body and profile.out_of_hours.phone in body


def test_outgoing_mail_carries_contract_headers_and_threads() -> None:
    profile, ctx = context("west-sussex")
    msg = build_message(MAILER, kind="missing-info", referral_id=42, to=["amhp@nhs.example"],
                        rendered=render(profile, "missing-info", ctx), answers="<orig@nhs.example>",
                        references=["<older@nhs.example>"])
    parsed = email.message_from_bytes(msg.as_bytes(), policy=email.policy.default)
    assert parsed["X-Frontdoor-Kind"] == "missing-info"
    assert parsed["X-Frontdoor-Referral"] == "42"
    assert parsed["In-Reply-To"] == "<orig@nhs.example>"
    assert parsed["References"] == "<older@nhs.example> <orig@nhs.example>"
    assert parsed["Auto-Submitted"] == "auto-replied"
    assert parsed["X-Auto-Response-Suppress"] == "All"
    assert referral_from_headers(SECRET, {"in-reply-to": [parsed["Message-ID"]]}) == 42


def test_mail_is_byte_for_byte_what_the_stdlib_smtp_policy_makes(monkeypatch: pytest.MonkeyPatch) -> None:
    # The outbox's policy parses a repeated header once and reuses it across messages: no header may leak
    # from one message into the next, and no byte may differ from the stdlib's own SMTP policy.
    monkeypatch.setattr(email.utils, "formatdate", lambda localtime=False: "Tue, 01 Dec 2026 06:48:35 -0000")
    monkeypatch.setattr(triage.threading.secrets, "token_hex", lambda n: "ab" * n)
    boundary = classmethod(lambda cls, text=None: "==b==")
    monkeypatch.setattr(email.generator.Generator, "_make_boundary", boundary)
    profile, ctx = context("west-sussex")
    body = render(profile, "missing-info", ctx).body
    variants = [
        dict(kind="missing-info", referral_id=42, to=["amhp@nhs.example"], answers="<orig@nhs.example>",
             references=["<older@nhs.example>"], subject="Missing information [FD-00042] " + "long " * 20),
        dict(kind="forward", referral_id=7, to=["w@council.example", "Team <t@council.example>"],
             original=b"From: a\r\n\r\nbody \xff\r\n", subject="Réf: évaluation — enfant 😀 " * 3),
        dict(kind="feedback", referral_id=None, to=["amhp@nhs.example"], subject="Outcome",
             references=[f"<id{i}@host.example>" for i in range(30)], answers="<id0@host.example>"),
    ]

    def build(variant: dict[str, Any]) -> bytes:
        rendered = Rendered(variant["subject"], body + variant["subject"])
        options = {k: v for k, v in variant.items() if k != "subject"}
        return build_message(MAILER, rendered=rendered, **options).as_bytes()

    ours = [build(v) for v in [*variants, *variants]]
    monkeypatch.setattr(triage.outbox, "POLICY", email.policy.SMTP)
    assert ours == [build(v) for v in [*variants, *variants]]


def test_hostile_subject_cannot_add_a_header() -> None:
    profile, ctx = context("west-sussex", original_subject=one_line("Hi\r\nBcc: victim@example.org"))
    msg = build_message(MAILER, kind="missing-info", referral_id=42, to=["amhp@nhs.example"],
                        rendered=render(profile, "missing-info", ctx))
    parsed = email.message_from_bytes(msg.as_bytes(), policy=email.policy.default)
    assert parsed["Bcc"] is None
    assert "Bcc: victim@example.org" in parsed["Subject"]


def test_header_values_with_line_breaks_are_refused() -> None:
    profile, ctx = context("west-sussex")
    with pytest.raises(ValueError):
        build_message(MAILER, kind="missing-info", referral_id=42, to=["a@example.org\r\nBcc: b@example.org"],
                      rendered=render(profile, "missing-info", ctx))
