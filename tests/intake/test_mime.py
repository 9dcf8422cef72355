"""The reader: raw bytes → the text an advisor reads, whatever the sender's mail program did."""

from __future__ import annotations

import base64
from email.message import EmailMessage
from pathlib import Path

from intake.mime import ParsedMessage, parse_message
from tests.intake.mail_builders import (
    docx_bytes,
    nested_multipart,
    pdf_bytes,
    plain_message,
    tnef_bytes,
    with_attachment,
    zip_bomb_docx,
)

OWN = frozenset({"wschildrenservices@westsussex.gov.uk"})


def assert_well_formed(parsed: ParsedMessage) -> None:
    position = 0
    for seg in parsed.segments:
        assert seg.start == position and seg.end > seg.start
        position = seg.end
    assert position == len(parsed.text)
    assert "\r" not in parsed.text


def kinds_of(parsed: ParsedMessage, needle: str) -> set[str]:
    at = parsed.text.index(needle)
    return {s.kind for s in parsed.segments if s.start <= at < s.end}


def test_windows_1252_quoted_printable_body_reads_smart_punctuation_and_accents() -> None:
    raw = (b"From: amhp@example.nhs.uk\r\nSubject: AMHP notification\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: text/plain; charset=\"windows-1252\"\r\n"
           b"Content-Transfer-Encoding: quoted-printable\r\n\r\n"
           b"Ren=E9e is 15 =96 she lives at home.\r\nIt=92s urgent.\r\n")
    parsed = parse_message(raw)
    assert parsed.text == "Renée is 15 – she lives at home.\nIt’s urgent."
    assert_well_formed(parsed)


def test_base64_utf8_body_is_decoded() -> None:
    body = base64.encodebytes("Name: Zoë Ní Bhriain\nDOB: 01/02/2015\n".encode()).decode()
    raw = ("From: amhp@example.nhs.uk\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
           + body).encode()
    assert parse_message(raw).text == "Name: Zoë Ní Bhriain\nDOB: 01/02/2015"


def test_rfc2047_subject_and_sender_are_decoded() -> None:
    raw = (b"From: =?utf-8?q?Si=C3=A2n_Jones?= <sian.jones@example.nhs.uk>\r\n"
           b"Subject: Missing information =?utf-8?b?4oCT?= AMHP\r\n notification\r\n"
           b"Date: Thu, 23 Jan 2025 07:28:12 +0000\r\nMessage-ID: <abc@example>\r\n\r\nBody\r\n")
    parsed = parse_message(raw)
    assert parsed.subject == "Missing information – AMHP notification"
    assert parsed.sender == "sian.jones@example.nhs.uk"
    assert parsed.headers["from"] == ["Siân Jones <sian.jones@example.nhs.uk>"]
    assert parsed.message_id == "<abc@example>"
    assert parsed.date is not None and parsed.date.year == 2025


def test_unknown_charset_is_read_with_a_defect_instead_of_failing() -> None:
    raw = (b"From: a@example.org\r\nSubject: x\r\nContent-Type: text/plain; charset=x-klingon\r\n"
           b"Content-Transfer-Encoding: 8bit\r\n\r\nCaf\xe9 \xff\xfe ok\r\n")
    parsed = parse_message(raw)
    assert parsed.text.startswith("Café")
    assert any("x-klingon" in d for d in parsed.defects)


def test_html_only_outlook_message_keeps_its_lines() -> None:
    html = ("<html><head><style>p.MsoNormal{margin:0}</style></head><body><div class=WordSection1>"
            "<p class=MsoNormal>Name: Jane Doe<o:p></o:p></p>"
            "<p class=MsoNormal>DOB: 01/02/1990<o:p></o:p></p>"
            "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
            "<p class=MsoNormal>Consent obtained? Yes &amp; family aware<o:p></o:p></p></div></body></html>")
    message = EmailMessage()
    message["From"] = "amhp@example.nhs.uk"
    message["Subject"] = "AMHP"
    message.set_content(html, subtype="html")
    parsed = parse_message(message.as_bytes())
    assert parsed.text == "Name: Jane Doe\nDOB: 01/02/1990\n\nConsent obtained? Yes & family aware"
    assert parsed.html is not None and "MsoNormal" in parsed.html


def alternative(plain: str, html: str) -> bytes:
    message = EmailMessage()
    message["From"] = "amhp@example.nhs.uk"
    message["Subject"] = "AMHP"
    message.set_content(plain)
    message.add_alternative(html, subtype="html")
    return message.as_bytes()


def test_alternative_with_a_stub_plain_part_reads_the_html() -> None:
    html = "<p>Name: Jane Doe</p><ul><li>Children: Liam (7)</li><li>Risks: none known</li></ul>"
    parsed = parse_message(alternative("Please view this email in an HTML-capable client.", html))
    assert "- Children: Liam (7)" in parsed.text
    assert "HTML-capable" not in parsed.text


def test_alternative_with_a_full_plain_part_reads_the_plain_text() -> None:
    plain = "Name: Jane Doe\nChildren: Liam (7)\nRisks: none known\n"
    html = "<p>Name: Jane Doe</p><p>Children: Liam (7)</p><p>Risks: none known</p>"
    assert parse_message(alternative(plain, html)).text == plain.strip()


def test_alternative_with_a_much_shorter_plain_part_reads_the_html() -> None:
    plain = "Hi, see below.\n"
    html = ("<p>Hi, see below.</p><table><tr><td>Name</td><td>Jane Doe</td></tr>"
            "<tr><td>Address</td><td>12 Mill Lane, Crawley RH10 1AA</td></tr>"
            "<tr><td>Outcome</td><td>Detained under section 2</td></tr></table>")
    text = parse_message(alternative(plain, html)).text
    assert "Address: 12 Mill Lane, Crawley RH10 1AA" in text


def test_docx_attachment_text_follows_the_body_under_its_own_header_line() -> None:
    form = docx_bytes(["AMHP notification form"], [("Name:", "Jane Doe"), ("Consent obtained?", "Yes")])
    parsed = parse_message(with_attachment("Please see attached form.\n", "form.docx", form), OWN)
    assert parsed.text.startswith("Please see attached form.")
    assert "--- Attachment: form.docx ---\nAMHP notification form\nName: Jane Doe\nConsent obtained?: Yes" \
        in parsed.text
    assert kinds_of(parsed, "Name: Jane Doe") == {"attachment"}
    assert [a.filename for a in parsed.attachments] == ["form.docx"]
    assert_well_formed(parsed)


def test_pdf_attachment_is_read() -> None:
    pdf = pdf_bytes(["Person assessed: Eoin Osei", "Risks to workers: dog at the property"])
    parsed = parse_message(with_attachment("See attached.\n", "MHA form.pdf", pdf, "application", "pdf"))
    assert "--- Attachment: MHA form.pdf ---" in parsed.text
    assert "Risks to workers: dog at the property" in parsed.text


def test_zip_bomb_docx_is_refused_before_inflating_and_the_body_is_kept() -> None:
    parsed = parse_message(with_attachment("Body stays.\n", "bomb.docx", zip_bomb_docx()))
    assert parsed.text == "Body stays."
    assert parsed.attachments[0].text is None
    assert any("uncompressed" in d for d in parsed.defects)


def test_winmail_dat_body_and_attachments_are_read() -> None:
    tnef = tnef_bytes("Name: Jane Doe\r\nOutcome: not detained\r\n", [("notes.txt", b"Dog at the property")])
    message = EmailMessage()
    message["From"] = "amhp@example.nhs.uk"
    message["Subject"] = "AMHP"
    message.set_content("")
    message.add_attachment(tnef, maintype="application", subtype="ms-tnef", filename="winmail.dat")
    parsed = parse_message(message.as_bytes())
    assert parsed.text.startswith("Name: Jane Doe\nOutcome: not detained")
    assert "--- Attachment: notes.txt ---\nDog at the property" in parsed.text


def test_forwarded_message_attachment_is_read_with_its_own_history() -> None:
    inner = plain_message("Dear MASH,\n\nName: Jane Doe\n\nKind regards,\nAlex Smith\nAMHP\n"
                          "M: 07700 900123\n",
                          subject="AMHP referral", sender="Alex Smith <alex.smith@example.nhs.uk>")
    message = EmailMessage()
    message["From"] = "duty@example.nhs.uk"
    message["Subject"] = "FW: AMHP referral"
    message.set_content("Forwarding as requested.\n")
    message.add_attachment(inner, maintype="message", subtype="rfc822")
    parsed = parse_message(message.as_bytes())
    assert "From: Alex Smith <alex.smith@example.nhs.uk>" in parsed.text
    assert kinds_of(parsed, "Name: Jane Doe") == {"forwarded"}
    assert kinds_of(parsed, "07700 900123") == {"signature"}
    depth = {s.depth for s in parsed.segments if s.kind == "forwarded"}
    assert depth == {1}
    assert_well_formed(parsed)


def test_empty_and_garbage_input_still_give_a_message() -> None:
    for raw in (b"", b"\x00\xff\xfe garbage \x80", b"no headers at all, just words"):
        parsed = parse_message(raw)
        assert isinstance(parsed, ParsedMessage)
        assert_well_formed(parsed)


def test_thousand_levels_of_nested_multipart_are_bounded() -> None:
    parsed = parse_message(nested_multipart(1000))
    assert_well_formed(parsed)
    assert parsed.defects


def test_fifty_levels_of_nested_multipart_stop_at_the_depth_limit() -> None:
    parsed = parse_message(nested_multipart(50))
    assert_well_formed(parsed)
    assert any("deeper than" in d for d in parsed.defects)


def test_hundred_thousand_nested_html_tags_do_not_crash() -> None:
    message = EmailMessage()
    message["From"] = "a@example.org"
    message["Subject"] = "deep"
    message.set_content("<div>" * 100_000 + "deep text" + "</div>" * 100_000, subtype="html")
    parsed = parse_message(message.as_bytes())
    assert_well_formed(parsed)
    assert parsed.defects


def test_crlf_and_bare_cr_become_newlines() -> None:
    raw = b"From: a@example.org\r\nSubject: x\r\n\r\nline one\r\nline two\rline three\r\n"
    assert parse_message(raw).text == "line one\nline two\nline three"


def test_quoted_service_request_is_marked_service() -> None:
    body = ("Consent: yes, family aware\n\n-----Original Message-----\n"
            "From: Integrated Front Door <wschildrenservices@westsussex.gov.uk>\n"
            "Sent: 22 January 2025 09:34\nTo: Sam <sam@example.nhs.uk>\nSubject: Missing information\n\n"
            "Please reply with whether consent was obtained.\n")
    parsed = parse_message(plain_message(body), OWN)
    assert kinds_of(parsed, "Please reply") == {"service"}
    assert kinds_of(parsed, "Consent: yes") == {"new"}


STORED = Path(__file__).resolve().parents[1] / "data" / "mail"


def stored(name: str) -> ParsedMessage:
    parsed = parse_message((STORED / name).read_bytes(), OWN)
    assert_well_formed(parsed)
    return parsed


def test_outlook_html_reply_keeps_form_answers_new_and_our_request_service() -> None:
    parsed = stored("outlook_html_reply_to_service.eml")
    assert parsed.subject == "RE: Missing information – AMHP notification [IFD-2025-8483]"
    assert kinds_of(parsed, "Risks to workers: Large dog at the property") == {"new"}
    assert kinds_of(parsed, "Consent obtained?: Yes – Renée’s father agreed") == {"new"}
    assert kinds_of(parsed, "Mob: 07700 900461") == {"signature"}
    assert kinds_of(parsed, "- any risks to workers contacting the family") == {"service"}
    assert kinds_of(parsed, "Name of person assessed: Dorota Patel") == {"quoted"}


def test_gmail_reply_with_a_stub_plain_part_is_read_from_its_html_with_quote_depths() -> None:
    parsed = stored("gmail_html_reply_stub_plain.eml")
    depth = {s.kind: s.depth for s in parsed.segments}
    assert kinds_of(parsed, "now detained under section 2") == {"new"}
    assert kinds_of(parsed, "Please tell us the outcome") == {"service"}
    assert kinds_of(parsed, "ring the duty AMHP") == {"quoted"}
    assert depth["quoted"] == 2 and depth["service"] == 1


def test_latin1_label_on_windows_1252_bytes_reads_the_smart_quotes() -> None:
    text = stored("latin1_label_windows_1252_bytes.eml").text
    assert text == "Children: Renée (15) – she’s at her aunt’s tonight."


def test_format_flowed_lines_are_joined_where_the_sender_wrapped_them() -> None:
    raw = (b"From: a@example.org\r\nSubject: x\r\n"
           b"Content-Type: text/plain; charset=utf-8; format=flowed\r\n\r\n"
           b"Fatima lives with her children, Alfie \r\nChowdhury (12-09-2017) and Noah.\r\n"
           b"> quoted and \r\n> wrapped\r\n-- \r\nJo\r\n")
    assert parse_message(raw).text == (
        "Fatima lives with her children, Alfie Chowdhury (12-09-2017) and Noah.\n"
        "> quoted and wrapped\n-- \nJo")


def test_a_newline_in_an_attachment_name_cannot_break_its_header_line() -> None:
    raw = (b"From: a@example.org\r\nSubject: x\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
           b"--b\r\nContent-Type: text/plain\r\n\r\nBody.\r\n"
           b"--b\r\nContent-Type: text/plain\r\n"
           b"Content-Disposition: attachment; filename=\"=?utf-8?q?form=0A.txt?=\"\r\n\r\n"
           b"Name: Jane Doe\r\n--b--\r\n")
    parsed = parse_message(raw)
    assert kinds_of(parsed, "Name: Jane Doe") == {"attachment"}


def test_our_display_name_from_the_to_header_marks_a_quoted_request_without_an_address() -> None:
    body = ("Consent: yes\n\nOn 22/01/2025 09:34, Integrated Front Door wrote:\n"
            "> Please tell us about consent.\n")
    message = EmailMessage()
    message["From"] = "sam@example.nhs.uk"
    message["To"] = "Integrated Front Door <wschildrenservices@westsussex.gov.uk>"
    message["Subject"] = "Re: Missing information"
    message.set_content(body)
    parsed = parse_message(message.as_bytes(), OWN)
    assert kinds_of(parsed, "> Please tell us") == {"service"}


def test_multipart_whose_declared_boundary_never_occurs_is_split_on_the_one_used() -> None:
    raw = (b"From: a@example.org\r\nSubject: x\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: multipart/alternative; boundary=\"declared\"\r\n\r\n"
           b"--actual\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Name: Jane Doe</p>\r\n"
           b"--actual--\r\n")
    parsed = parse_message(raw)
    assert parsed.text == "Name: Jane Doe"
    assert any("boundary not found" in d for d in parsed.defects)


def test_eml_file_attached_as_octet_stream_is_read_as_a_forwarded_message() -> None:
    inner = plain_message("Name: Jane Doe\n", sender="Alex <alex@example.nhs.uk>")
    parsed = parse_message(with_attachment("See the attached email.\n", "referral.eml", inner))
    assert kinds_of(parsed, "Name: Jane Doe") == {"forwarded"}
    assert parsed.attachments[0].content_type == "message/rfc822"


def test_windows_1252_bytes_under_any_8bit_label_read_as_windows_1252() -> None:
    for label in (b"ISO-8859-15", b"ISO_8859-1:1987", b"win-1252"):
        raw = (b"From: a@example.org\r\nSubject: x\r\nContent-Type: text/plain; charset=" + label +
               b"\r\nContent-Transfer-Encoding: 8bit\r\n\r\nIt\x92s Ren\xe9e \x96 15\r\n")
        assert parse_message(raw).text == "It’s Renée – 15"


def test_html_sent_as_text_plain_is_read_as_html() -> None:
    raw = (b"From: a@example.org\r\nSubject: x\r\nContent-Type: text/plain\r\n\r\n"
           b"<html><body><p>Name: Jane Doe</p><p>Age: 7</p></body></html>\r\n")
    assert parse_message(raw).text == "Name: Jane Doe\n\nAge: 7"


def test_apple_mail_html_forward_is_one_forwarded_message_at_depth_one() -> None:
    html = ("<div>FYI, sent to me by mistake.</div><div><br><div>Begin forwarded message:</div><br>"
            "<blockquote type=\"cite\">"
            "<div><b>From: </b>Paul Lennox &lt;paul.lennox@example.nhs.uk&gt;</div>"
            "<div><b>Subject: </b>AMHP notification</div><div><b>Date: </b>19 December 2024 at 04:49</div>"
            "<div><b>To: </b>duty@example.nhs.uk</div><br>"
            "<div>Name: Fatima Chowdhury</div></blockquote></div>")
    message = EmailMessage()
    message["From"] = "duty@example.nhs.uk"
    message["Subject"] = "Fwd: AMHP notification"
    message.set_content(html, subtype="html")
    parsed = parse_message(message.as_bytes(), OWN)
    assert kinds_of(parsed, "From: Paul Lennox") == {"header"}
    (body,) = [s for s in parsed.segments if parsed.text[s.start:s.end].startswith("> Name: Fatima")]
    assert (body.kind, body.depth) == ("forwarded", 1)


def _outlook_header(tag: str, sender: str, to: str, subject: str) -> str:
    return "".join(f"<{tag}><b>{name}:</b> {value}</{tag}>" for name, value in (
        ("From", sender), ("Sent", "06 May 2025 09:00"), ("To", to), ("Subject", subject)))


def test_the_original_under_our_request_in_outlook_html_is_evidence_at_depth_two() -> None:
    for tag in ("p", "div"):
        html = ("<p>Consent - yes, his sister is aware.</p><hr>"
                + _outlook_header(tag, "Integrated Front Door &lt;wschildrenservices@westsussex.gov.uk&gt;",
                                  "Okafor, Ruth", "Missing information")
                + "<p>Dear Ruth, to complete screening we need whether consent was obtained.</p>"
                + _outlook_header(tag, "Okafor, Ruth &lt;ruth.okafor@example.nhs.uk&gt;",
                                  "Integrated Front Door", "AMHP notification")
                + "<p>Name: Eoin Delaney<br>DOB: 04/05/1988<br>His sister Niamh: 07700 900 456</p>")
        message = EmailMessage()
        message["From"] = "ruth.okafor@example.nhs.uk"
        message["Subject"] = "RE: Missing information"
        message.set_content(html, subtype="html")
        parsed = parse_message(message.as_bytes(), OWN)
        assert kinds_of(parsed, "Dear Ruth") == {"service"}
        (original,) = [s for s in parsed.segments if s.start <= parsed.text.index("Niamh") < s.end]
        assert (original.kind, original.depth) == ("quoted", 2)
