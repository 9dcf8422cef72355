"""A referral that arrives only inside an Outlook attachment (.msg, or a winmail.dat with an RTF body)
is extracted as if it had been typed in the mail: `frontdoor extract` on the whole message."""

from __future__ import annotations

import json
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from api.cli import app
from intake.mime import parse_message
from tests.intake.mail_builders import tnef_rtf_bytes, with_attachment

MSG = Path(__file__).resolve().parents[2] / "fixtures" / "msg"
RTF_REFERRAL = (
    rb"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss\fcharset0 Calibri;}}\f0\fs22 Dear IFD,\par\par "
    rb"I completed a Mental Health Act assessment today on Marek Nowak (DOB 11/11/1979) because of "
    rb"paranoid beliefs about his neighbours.\par He lives at 3 Oak Close, Worthing BN11 2AA.\par "
    rb"Children in the home: Zofia Nowak, DOB 05/06/2014.\par "
    rb"Outcome: Marek was detained under section 3 and admitted to Meadowfield Hospital.\par "
    rb"Kind regards\par Chris Hale, AMHP\par}"
)


def extracted(raw: bytes, tmp_path: Path) -> dict[str, Any]:
    mail = tmp_path / "mail.eml"
    mail.write_bytes(raw)
    result = CliRunner().invoke(app, ["extract", str(mail)])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def forwarding(filename: str, data: bytes) -> bytes:
    return with_attachment("Please see attached.\n", filename, data, "application", "vnd.ms-outlook")


def test_a_referral_in_an_attached_msg_is_extracted(tmp_path: Path) -> None:
    raw = forwarding("Grace Adeyemi.msg", (MSG / "referral.msg").read_bytes())
    result = extracted(raw, tmp_path)
    assert result["subject_person"]["name"] == "Grace Adeyemi"
    assert [(c["name"], c["dob"]) for c in result["children"]] == [("Tobi Adeyemi", "2012-04-03"),
                                                                   ("Deji Adeyemi", "2016-08-17")]
    assert (result["outcome"]["status"], result["outcome"]["mha_section"]) == ("detained", "2")
    assert result["postcode"] == "RH10 1AA"
    parsed = parse_message(raw)
    assert [(a.filename, a.size) for a in parsed.attachments] == [("Grace Adeyemi.msg", 6144)]
    assert "--- Attachment: Grace Adeyemi.msg ---\n---------- Forwarded message ---------\n" \
           "From: Sam Okafor <sam.okafor@sussexpartnership.nhs.example>" in parsed.text


def test_a_referral_in_an_msg_with_only_an_rtf_body_is_extracted(tmp_path: Path) -> None:
    result = extracted(forwarding("referral.msg", (MSG / "referral-rtf-only.msg").read_bytes()), tmp_path)
    assert result["subject_person"]["name"] == "Renée Blake"
    assert [c["name"] for c in result["children"]] == ["Ellie Blake", "Jack Blake"]
    assert result["outcome"]["status"] == "not_admitted"


def test_a_referral_form_attached_to_an_attached_msg_is_extracted(tmp_path: Path) -> None:
    form_msg = (MSG / "referral-html-form.msg").read_bytes()
    raw = with_attachment("FYI - form below.\n", "AMHP form.msg", form_msg)
    parsed = parse_message(raw)
    assert "Please see the attached form for today’s assessment." in parsed.text   # the HTML body
    assert "--- Attachment: AMHP form.docx ---\nAMHP notification" in parsed.text
    result = extracted(raw, tmp_path)
    assert result["subject_person"]["name"] == "Kwame Mensah"
    assert [(c["name"], c["dob"]) for c in result["children"]] == [("Ama Mensah", "2019-12-12")]
    assert result["outcome"]["status"] == "admitted_informal"


def test_a_broken_msg_is_accepted_with_a_defect_and_the_mail_still_read(tmp_path: Path) -> None:
    broken = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\xff" * 4000   # the OLE signature, then nothing valid
    raw = with_attachment("Please see attached. Jane Doe was detained under section 2.\n", "referral.msg",
                          broken, "application", "vnd.ms-outlook")
    parsed = parse_message(raw)
    assert parsed.text == "Please see attached. Jane Doe was detained under section 2."
    assert [(a.filename, a.text) for a in parsed.attachments] == [("referral.msg", None)]
    assert any(d.startswith("referral.msg unreadable: ") for d in parsed.defects)
    assert extracted(raw, tmp_path)["outcome"]["status"] == "detained"


def test_a_referral_in_a_winmail_dat_with_only_an_rtf_body_is_extracted(tmp_path: Path) -> None:
    message = EmailMessage()
    message["From"] = "chris.hale@sussexpartnership.nhs.example"
    message["To"] = "wschildrenservices@westsussex.gov.uk"
    message["Subject"] = "AMHP notification"
    message.set_content("")
    message.add_attachment(tnef_rtf_bytes(RTF_REFERRAL), maintype="application", subtype="ms-tnef",
                           filename="winmail.dat")
    result = extracted(message.as_bytes(), tmp_path)
    assert result["subject_person"]["name"] == "Marek Nowak"
    assert [(c["name"], c["dob"]) for c in result["children"]] == [("Zofia Nowak", "2014-06-05")]
    assert (result["outcome"]["status"], result["outcome"]["mha_section"]) == ("detained", "3")
    assert result["postcode"] == "BN11 2AA"
