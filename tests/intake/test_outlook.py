"""Microsoft formats an AMHP may attach instead of writing the referral: a saved Outlook message (.msg),
a winmail.dat whose body is only compressed RTF, a Word form saved as .rtf. Each reader is bounded
and never raises."""

from __future__ import annotations

import random
import time
from pathlib import Path

import pytest
from compressed_rtf import compress

from intake import attachments
from intake.attachments import (
    MAX_COMPRESSED_RTF_BYTES,
    read_compressed_rtf,
    read_docx,
    read_file,
    read_msg,
    read_tnef,
)
from tests.intake.mail_builders import tnef_rtf_bytes

MSG = Path(__file__).resolve().parents[2] / "fixtures" / "msg"


def fixture(name: str) -> bytes:
    return (MSG / name).read_bytes()


def test_a_msg_saved_by_outlook_gives_its_headers_body_and_attached_message() -> None:
    content = read_msg(fixture("outer.msg"))
    assert content.headers == ("To: outer@foo.bar", "Subject: outer subject")
    assert content.body == "Outer body\r\n"
    [(name, inner)] = content.messages
    assert (name, inner.headers, inner.body) == ("test", ("To: test@foobar.com", "Subject: test"), "body\r\n")
    assert content.defects == ()


def test_a_msg_with_a_unicode_body_gives_sender_and_date_from_its_headers() -> None:
    content = read_msg(fixture("referral.msg"))
    assert content.headers == ("From: Sam Okafor <sam.okafor@sussexpartnership.nhs.example>",
                               "Date: Mon, 06 Jan 2025 09:12:00 +0000",
                               "To: West Sussex Children's Services",
                               "Subject: MHA assessment notification - Grace Adeyemi")
    assert content.body.startswith("Dear IFD,\r\n\r\nI completed a Mental Health Act assessment")


def test_a_msg_with_only_an_rtf_body_and_8_bit_strings_is_read() -> None:
    content = read_msg(fixture("referral-rtf-only.msg"))
    # The Exchange-only sender path is no address and is left out.
    assert content.headers == ("From: Priya Shah", "Subject: AMHP notification - Renée Blake")
    assert "Renée Blake (DOB 02/02/1990)" in content.body
    assert "Children in the home: Ellie Blake (6) and Jack Blake (3)." in content.body
    assert content.files == (("gp.txt", b"GP: Dr Lewis, Horsham Medical Centre\r\n"),)


def test_a_msg_with_only_an_html_body_gives_the_html_and_its_attached_form() -> None:
    content = read_msg(fixture("referral-html-form.msg"))
    assert content.body is None and "Please see the attached form" in content.html
    assert [name for name, _ in content.files] == ["AMHP form.docx"]
    assert read_docx(content.files[0][1]).text.startswith("AMHP notification to children's services\n"
                                                          "Person assessed: Kwame Mensah")


OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@pytest.mark.parametrize("data", [b"", b"not a compound file", OLE_MAGIC + b"\0" * 600])
def test_what_is_not_a_msg_gives_a_defect(data: bytes) -> None:
    content = read_msg(data, "referral.msg")
    assert content.body is None and content.headers == ()
    assert content.defects[0].startswith("referral.msg unreadable: ")


def test_a_truncated_msg_gives_what_could_be_read_and_a_defect() -> None:
    content = read_msg(fixture("referral.msg")[:5000], "referral.msg")
    assert content.body.startswith("Dear IFD,")
    assert content.defects[0].startswith("referral.msg is damaged (")


def test_a_msg_cut_before_any_stream_says_nothing_was_found() -> None:
    content = read_msg(fixture("referral.msg")[:2048], "referral.msg")
    assert content.defects[-1] == "referral.msg: no message found in the file"


@pytest.mark.timeout(60)
def test_damaged_msg_files_never_raise_and_finish_quickly() -> None:
    # Bytes overwritten at random in the header, the allocation tables and the directory: loops,
    # chains shared by streams, sizes beyond the file.
    original = fixture("referral-rtf-only.msg")
    rng = random.Random(20250106)
    started = time.monotonic()
    for _ in range(300):
        damaged = bytearray(original)
        for _ in range(rng.randint(1, 8)):
            damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        read_msg(bytes(damaged))
    assert time.monotonic() - started < 30


def test_streams_past_the_byte_budget_are_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(attachments, "MAX_MSG_BYTES", 200)
    content = read_msg(fixture("referral.msg"))
    assert content.body is None
    assert any("streams over 200 bytes" in d for d in content.defects)


def test_messages_attached_past_the_depth_limit_are_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(attachments, "MAX_MSG_DEPTH", 0)
    content = read_msg(fixture("outer.msg"))
    assert content.body == "Outer body\r\n" and content.messages == ()
    assert "more than 0 deep" in content.defects[0]


def test_winmail_dat_with_only_an_rtf_body_is_read() -> None:
    rtf = (rb"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Arial;}}\f0 Name: Ren\'e9e Doe\par "
           rb"Outcome: not detained\par}")
    content = read_tnef(tnef_rtf_bytes(rtf, [("notes.txt", b"Dog at the property")]))
    assert content.body == "Name: Renée Doe\nOutcome: not detained"
    assert content.files == (("notes.txt", b"Dog at the property"),) and content.defects == ()


def test_an_rtf_body_whose_compressed_stream_ends_in_zero_bytes_is_read() -> None:
    # tnefparse strips a binary property's trailing zeros; the stream header gives its true length.
    rtf = next(r for r in (b"{\\rtf1 Outcome: detained" + b" " * n + b"}" for n in range(64))
               if compress(r).endswith(b"\0"))
    assert read_tnef(tnef_rtf_bytes(rtf)).body == "Outcome: detained"


def test_rtf_wrapping_html_gives_the_html_text() -> None:
    rtf = (rb"{\rtf1\ansi\fromhtml1 {\*\htmltag19 <html>}{\*\htmltag64 <p>}Name: Jane&nbsp;Doe &amp; Liam"
           rb"{\*\htmltag72 </p>}\htmlrtf\par\htmlrtf0 Outcome: detained}")
    assert read_compressed_rtf(compress(rtf)).text == "Name: Jane\xa0Doe & Liam\nOutcome: detained"


def test_a_corrupt_rtf_stream_gives_a_defect() -> None:
    damaged = bytearray(compress(rb"{\rtf1 Name: Jane Doe\par}"))
    damaged[-1] ^= 0xFF
    result = read_compressed_rtf(bytes(damaged))
    assert result.text is None and result.defects == ("RTF body unreadable: Exception",)


def test_an_rtf_stream_over_the_limit_is_not_decompressed() -> None:
    result = read_compressed_rtf(b"\0" * (MAX_COMPRESSED_RTF_BYTES + 1))
    assert result.text is None and "limit" in result.defects[0]


# Patterns in striprtf that backtrack within a line: hyperlink fields and the font table.
PATHOLOGICAL_RTF = [
    "{\\rtf1 " + '{\\field{\\*\\fldinst{HYPERLINK "a" ' * 30_000 + "}",
    "{\\rtf1{\\fonttbl" + "\\f1 x" * 100_000 + "}hello}",
    "{\\rtf1 " + "a\\cell " * 100_000 + "\\row " * 100_000 + "}",
]


@pytest.mark.timeout(60)
@pytest.mark.parametrize("rtf", PATHOLOGICAL_RTF)
def test_pathological_rtf_is_read_in_linear_time(rtf: str) -> None:
    data = compress(rtf.encode(), compressed=False)    # MELA: stored uncompressed, as the format allows
    started = time.monotonic()
    read_compressed_rtf(data)
    read_file("form.rtf", "application/rtf", rtf.encode())
    assert time.monotonic() - started < 20


def test_a_word_form_saved_as_rtf_is_read_with_its_table_rows_as_in_a_docx() -> None:
    rtf = (rb"{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Arial;}}\f0 AMHP form\par\trowd\cellx3000\cellx6000 "
           rb"Name:\cell Ren\'e9e Doe\cell\row\trowd Address\cell 1 Mill Lane\par Crawley RH10 1AA\cell\row"
           rb"\trowd Child\cell DOB\cell School\cell\row\pard Children: Liam (7)\par "
           rb"{\field{\*\fldinst{HYPERLINK \"mailto:a@b.example\"}}{\fldrslt{email the AMHP}}}\par}")
    result = read_file("AMHP form.rtf", "application/octet-stream", rtf)
    assert result.text.splitlines() == ["AMHP form", "Name: Renée Doe", "Address: 1 Mill Lane",
                                        "    Crawley RH10 1AA", "Child | DOB | School", "Children: Liam (7)",
                                        "email the AMHP"]
    assert result.defects == ()


def test_an_rtf_file_over_the_limit_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(attachments, "MAX_RTF_BYTES", 10)
    result = read_file("form.rtf", "text/rtf", rb"{\rtf1 Name: Jane Doe}")
    assert result.text is None and "limit 10" in result.defects[0]
