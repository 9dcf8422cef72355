"""Attached files → their readable text: Word (.docx), PDF, plain text, Outlook TNEF (winmail.dat).

AMHPs often write "please see attached form", so the form is read like the body. Every reader is
bounded (declared zip sizes, PDF pages and time) and hands back what it read plus defects; none
raises. Forwarded messages (.eml) are read by intake.mime, which owns the MIME walk.
"""

from __future__ import annotations

import io
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import docx
import pypdf
from docx.oxml.ns import qn
from tnefparse.tnef import TNEF

from intake.charsets import decode_text
from intake.table_rows import row_lines

MAX_ZIP_UNCOMPRESSED = 50_000_000
MAX_ZIP_MEMBERS = 2_000
MAX_PDF_PAGES = 100
PDF_SECONDS = 2.0
MAX_TEXT_CHARS = 500_000

DOCX_TYPES = frozenset({"application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
# Documents someone may have put a referral in, which no reader here opens: named in the defects
# so that the advisor knows to open them.
UNREAD_DOCUMENTS = frozenset({"doc", "rtf", "odt", "xls", "xlsx", "pages", "zip"})
SMIME_TYPES = frozenset({"application/pkcs7-mime", "application/x-pkcs7-mime"})
TNEF_TYPES = frozenset({"application/ms-tnef", "application/vnd.ms-tnef"})


@dataclass(frozen=True)
class FileText:
    text: str | None
    defects: tuple[str, ...] = ()


@dataclass(frozen=True)
class TnefContent:
    """An Outlook winmail.dat: its message body and the files it carries."""

    body: str | None
    html: str | None
    files: tuple[tuple[str, bytes], ...]
    defects: tuple[str, ...] = ()


def _extension(filename: str | None) -> str:
    name = (filename or "").lower()
    return name.rsplit(".", 1)[-1] if "." in name else ""


def is_tnef(filename: str | None, content_type: str) -> bool:
    return content_type in TNEF_TYPES or (filename or "").lower() == "winmail.dat"


def _capped(text: str, defects: list[str]) -> str:
    if len(text) > MAX_TEXT_CHARS:
        defects.append(f"text over {MAX_TEXT_CHARS} characters: only the start was read")
        return text[:MAX_TEXT_CHARS]
    return text


def _zip_defect(data: bytes) -> str | None:
    """Why a .docx must not be opened, judged on the zip's declared sizes before inflating anything."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        members = archive.infolist()
        if len(members) > MAX_ZIP_MEMBERS:
            return f"docx has {len(members)} zip members (limit {MAX_ZIP_MEMBERS}): not read"
        declared = sum(m.file_size for m in members)
        if declared > MAX_ZIP_UNCOMPRESSED:
            return f"docx declares {declared} bytes uncompressed (limit {MAX_ZIP_UNCOMPRESSED}): not read"
    return None


def _paragraph_text(p) -> str:
    # Walk the runs' XML rather than Paragraph.text, which skips content controls (w:sdt) that
    # Word forms put their answers in.
    parts: list[str] = []
    for node in p.iter(qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")):
        if node.tag == qn("w:t"):
            parts.append(node.text or "")
        elif node.tag == qn("w:tab"):
            parts.append("\t")
        else:
            parts.append("\n")
    return "".join(parts).strip()


def _row_cells(tr) -> list[str]:
    """Each cell's paragraphs, one a line: an address typed over several lines keeps them."""
    cells: list[str] = []
    for tc in tr.iter(qn("w:tc")):
        if tc.getparent() is not tr and tc.getparent().tag != qn("w:sdtContent"):
            continue  # a cell of a table nested in this row's cells: read inside that cell
        paragraphs = [_paragraph_text(p) for p in tc.iter(qn("w:p"))]
        cells.append("\n".join(t for t in paragraphs if t))
    return cells


def _table_lines(tbl) -> Iterator[str]:
    records = False
    for tr in tbl.iter(qn("w:tr")):
        # Word's "repeat as header row": the rows under it are records, not labels and values.
        header = tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None
        records = records or header
        yield from row_lines(_row_cells(tr), records=records)


def _body_blocks(body) -> Iterator[str]:
    """Paragraphs and table rows in document order, content controls opened."""
    stack = list(reversed(list(body)))
    while stack:
        element = stack.pop()
        if element.tag == qn("w:p"):
            text = _paragraph_text(element)
            if text:
                yield text
        elif element.tag == qn("w:tbl"):
            yield from _table_lines(element)
        elif element.tag in (qn("w:sdt"), qn("w:sdtContent")):
            stack.extend(reversed(list(element)))


def read_docx(data: bytes) -> FileText:
    refusal = _zip_defect(data)
    if refusal:
        return FileText(None, (refusal,))
    document = docx.Document(io.BytesIO(data))
    defects: list[str] = []
    return FileText(_capped("\n".join(_body_blocks(document.element.body)), defects), tuple(defects))


def read_pdf(data: bytes, clock: Callable[[], float] = time.monotonic) -> FileText:
    reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
    defects: list[str] = []
    if reader.is_encrypted and not reader.decrypt(""):
        return FileText(None, ("pdf is encrypted: not read",))
    started = clock()
    pages: list[str] = []
    count = len(reader.pages)
    if count > MAX_PDF_PAGES:
        defects.append(f"pdf has {count} pages: only the first {MAX_PDF_PAGES} read")
    for number in range(1, min(count, MAX_PDF_PAGES) + 1):
        if clock() - started > PDF_SECONDS:
            defects.append(f"pdf took over {PDF_SECONDS} s: stopped after page {number - 1}")
            break
        try:
            pages.append(reader.pages[number - 1].extract_text() or "")
        except Exception as exc:  # a broken page must not lose the others
            defects.append(f"pdf page {number} unreadable: {type(exc).__name__}")
    try:
        fields = reader.get_form_text_fields() or {}
    except Exception as exc:  # broken form dictionaries: the page text still stands
        defects.append(f"pdf form fields unreadable: {type(exc).__name__}")
        fields = {}
    answers = [f"{name}: {value}" for name, value in fields.items() if value]
    text = "\n".join([p.strip() for p in pages if p.strip()] + answers)
    return FileText(_capped(text, defects), tuple(defects))


def read_plain(data: bytes, charset: str | None) -> FileText:
    text, defects = decode_text(data, charset)
    collected = list(defects)
    return FileText(_capped(text, collected), tuple(collected))


def read_tnef(data: bytes) -> TnefContent:
    tnef = TNEF(data, do_checksum=False)
    defects: list[str] = []
    body = html = None
    if tnef.body:
        body = tnef.body if isinstance(tnef.body, str) else decode_text(tnef.body, "windows-1252")[0]
    if tnef.htmlbody:
        html = tnef.htmlbody if isinstance(tnef.htmlbody, str) else decode_text(tnef.htmlbody, None)[0]
    if not body and not html and tnef.has_body():
        defects.append("winmail.dat body is RTF only: not read")
    files = []
    for attachment in tnef.attachments:
        name = attachment.long_filename() or attachment.name or "unnamed"
        files.append((name.strip("\x00"), bytes(attachment.data or b"")))
    return TnefContent(body, html, tuple(files), tuple(defects))


def read_file(filename: str | None, content_type: str, data: bytes, charset: str | None = None) -> FileText:
    """The text of one attached file, or None for kinds nobody reads (images, archives)."""
    extension = _extension(filename)
    try:
        if extension == "docx" or content_type in DOCX_TYPES:
            return read_docx(data)
        if extension == "pdf" or content_type == "application/pdf":
            return read_pdf(data)
        if extension in ("txt", "text", "csv") or content_type in ("text/plain", "text/csv"):
            return read_plain(data, charset)
        if extension == "msg" or content_type == "application/vnd.ms-outlook":
            return FileText(None, (f"{filename}: Outlook .msg attachments are not read",))
        if extension in UNREAD_DOCUMENTS:
            return FileText(None, (f"{filename}: .{extension} documents are not read",))
        if extension == "p7m" or content_type in SMIME_TYPES:
            return FileText(None, (f"{filename or content_type}: S/MIME encrypted content not read",))
    except Exception as exc:  # hostile or broken files: keep the message, name the failure
        return FileText(None, (f"{filename or content_type} unreadable: {type(exc).__name__}: {exc}"[:300],))
    return FileText(None)
