"""Attached forms read like the body: Word, PDF, text, Outlook winmail.dat; hostile files bounded."""

from __future__ import annotations

import io
import zipfile

import docx
import pypdf
from docx.oxml import OxmlElement

from intake.attachments import MAX_PDF_PAGES, read_docx, read_file, read_pdf, read_tnef
from tests.intake.mail_builders import docx_bytes, pdf_bytes, tnef_bytes, zip_bomb_docx


def test_docx_paragraphs_and_table_rows_are_read_in_order() -> None:
    data = docx_bytes(["AMHP notification", "Please see the form."],
                      [("Name:", "Jane Doe"), ("Children", "Liam (7)"), ("Child", "DOB", "School")])
    assert read_docx(data).text == ("AMHP notification\nPlease see the form.\nName: Jane Doe\n"
                                    "Children: Liam (7)\nChild | DOB | School")


def test_docx_declaring_more_than_the_limit_is_not_inflated() -> None:
    result = read_docx(zip_bomb_docx())
    assert result.text is None
    assert "uncompressed" in result.defects[0]


def test_docx_that_is_not_a_zip_gives_a_defect_not_an_exception() -> None:
    result = read_file("form.docx", "application/octet-stream", b"not a zip at all")
    assert result.text is None
    assert "form.docx unreadable" in result.defects[0]


def test_zip_with_too_many_members_is_refused() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for number in range(2_100):
            archive.writestr(f"m{number}", b"")
    assert "members" in read_docx(out.getvalue()).defects[0]


def test_pdf_text_is_read() -> None:
    result = read_pdf(pdf_bytes(["Person assessed: Eoin Osei", "Consent: declined (informed)"]))
    assert result.text == "Person assessed: Eoin Osei\nConsent: declined (informed)"


def test_pdf_reading_stops_when_the_time_budget_is_spent() -> None:
    ticks = iter(range(0, 1000, 5))
    result = read_pdf(pdf_bytes(["page text"]), clock=lambda: next(ticks))
    assert result.text == ""
    assert "stopped" in result.defects[0]


def test_broken_pdf_gives_a_defect() -> None:
    result = read_file("form.pdf", "application/pdf", b"%PDF-1.4\n garbage")
    assert result.text is None and result.defects


def test_text_file_in_windows_1252_is_decoded() -> None:
    assert read_file("notes.txt", "text/plain", "Renée – 15".encode("cp1252"), None).text == "Renée – 15"


def test_images_have_no_text_and_no_defect() -> None:
    assert read_file("photo.jpg", "image/jpeg", b"\xff\xd8\xff") == read_file("x.png", "image/png", b"")


def test_old_word_documents_are_named_as_unread() -> None:
    result = read_file("referral.doc", "application/msword", b"\xd0\xcf\x11\xe0")
    assert result.text is None and ".doc" in result.defects[0]


def test_winmail_dat_gives_its_body_and_files() -> None:
    content = read_tnef(tnef_bytes("Name: Jane Doe", [("form.docx", docx_bytes(["Inside the form"]))]))
    assert content.body == "Name: Jane Doe"
    assert [name for name, _ in content.files] == ["form.docx"]
    assert read_docx(content.files[0][1]).text == "Inside the form"


def test_pdf_longer_than_the_page_limit_is_read_up_to_the_limit() -> None:
    writer = pypdf.PdfWriter()
    for _ in range(MAX_PDF_PAGES + 5):
        writer.add_blank_page(width=72, height=72)
    out = io.BytesIO()
    writer.write(out)
    result = read_pdf(out.getvalue())
    assert result.text == ""
    assert f"only the first {MAX_PDF_PAGES} read" in result.defects[0]


def test_a_docx_cell_of_several_lines_keeps_them_under_its_label() -> None:
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Address:"
    address = table.cell(0, 1)
    address.text = "Flat 2, Mill House"
    address.add_paragraph("12 Mill Lane, Crawley")
    address.add_paragraph("RH10 1AA")
    table.cell(1, 0).text = "Children in the home"
    table.cell(1, 1).text = "Tobi (14)\nDeji (9)"
    out = io.BytesIO()
    document.save(out)
    assert read_docx(out.getvalue()).text == ("Address: Flat 2, Mill House\n    12 Mill Lane, Crawley\n"
                                              "    RH10 1AA\nChildren in the home: Tobi (14)\n    Deji (9)")


def test_a_docx_table_with_a_repeated_header_row_reads_as_records() -> None:
    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    for row, values in zip(table.rows, [("Name", "DOB"), ("Liam", "01/02/2015"), ("Mia", "03/04/2018")],
                           strict=True):
        row.cells[0].text, row.cells[1].text = values
    properties = table.rows[0]._tr.get_or_add_trPr()
    properties.append(OxmlElement("w:tblHeader"))
    out = io.BytesIO()
    document.save(out)
    assert read_docx(out.getvalue()).text == "Name | DOB\nLiam | 01/02/2015\nMia | 03/04/2018"
