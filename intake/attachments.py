"""Attached files → their readable text: Word (.docx, .rtf), PDF, plain text, Outlook TNEF (winmail.dat),
Outlook messages saved as .msg, and Outlook's compressed RTF bodies.

AMHPs often write "please see attached form", so the form is read like the body. Every reader is
bounded (declared zip sizes, PDF pages and time, bytes read from a .msg, compressed RTF size) and
hands back what it read plus defects; none raises. Forwarded messages (.eml) are read by
intake.mime, which owns the MIME walk; it also writes a .msg's content out as a forward.
"""

from __future__ import annotations

import io
import re
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from email.parser import HeaderParser
from html import unescape

import docx
import olefile
import pypdf
from compressed_rtf import decompress
from docx.oxml.ns import qn
from striprtf.striprtf import rtf_to_text
from tnefparse.tnef import TNEF

from intake.charsets import decode_text
from intake.table_rows import row_lines

MAX_ZIP_UNCOMPRESSED = 50_000_000
MAX_ZIP_MEMBERS = 2_000
MAX_PDF_PAGES = 100
PDF_SECONDS = 2.0
MAX_TEXT_CHARS = 500_000
# Compressed RTF expands at most eightfold and is decompressed in pure Python (about 1 MB a second):
# this caps an RTF body at about 8 MB and a few seconds. A typed referral is a few tens of KB.
MAX_COMPRESSED_RTF_BYTES = 1_000_000
MAX_RTF_BYTES = 8 * MAX_COMPRESSED_RTF_BYTES   # striprtf reads about 1 MB a second
# A .msg is read by its streams; a broken file can point many entries at the same sectors, so the
# bytes read are budgeted as a .docx's inflated size is.
MAX_MSG_BYTES = MAX_ZIP_UNCOMPRESSED
MAX_MSG_DEPTH = 5
MAX_MSG_ATTACHMENTS = 100

DOCX_TYPES = frozenset({"application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
# Documents someone may have put a referral in, which no reader here opens: named in the defects
# so that the advisor knows to open them.
UNREAD_DOCUMENTS = frozenset({"doc", "odt", "xls", "xlsx", "pages", "zip"})
RTF_TYPES = frozenset({"application/rtf", "text/rtf"})
SMIME_TYPES = frozenset({"application/pkcs7-mime", "application/x-pkcs7-mime"})
TNEF_TYPES = frozenset({"application/ms-tnef", "application/vnd.ms-tnef"})
MSG_TYPES = frozenset({"application/vnd.ms-outlook", "application/x-msg"})


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


@dataclass(frozen=True)
class MsgContent:
    """An Outlook .msg: header lines (From, Date, To, Subject), its body, the files it carries and the
    messages attached to it (the same again)."""

    headers: tuple[str, ...]
    body: str | None
    html: str | None
    files: tuple[tuple[str, bytes], ...]
    messages: tuple[tuple[str, MsgContent], ...]
    defects: tuple[str, ...] = ()


def _extension(filename: str | None) -> str:
    name = (filename or "").lower()
    return name.rsplit(".", 1)[-1] if "." in name else ""


def is_tnef(filename: str | None, content_type: str) -> bool:
    return content_type in TNEF_TYPES or (filename or "").lower() == "winmail.dat"


def is_msg(filename: str | None, content_type: str) -> bool:
    return content_type in MSG_TYPES or _extension(filename) == "msg"


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


# An escaped symbol (\\, \{, \'e9, \~) taken whole so that it is never split; the end of a table
# cell or row; or another control word or group opening, to break the line before.
_RTF_TOKEN = re.compile(r"(\\[^a-zA-Z])|\\(cell|row)(?![a-zA-Z])-?\d* ?|\\[a-zA-Z]|\{", re.S)
# Where a table cell and a table row end: characters of the private use area, written as RTF
# Unicode escapes so that striprtf passes them through.
_CELL_END, _ROW_END = "\ue000", "\ue001"
_RTF_MARKS = {"cell": "\\u-8192?", "row": "\\u-8191?"}


def _marked(rtf: str) -> str:
    # striprtf's hyperlink and font-table patterns backtrack cubically / quadratically within a line
    # (a 33 KB line of field openings takes 40 s). RTF ignores line breaks, so one before every
    # control word and group keeps those patterns from spanning anything; the reader stays linear.
    # What is lost: a hyperlink's address after its text, and per-font code pages (\ansicpg and
    # \u escapes, which Outlook writes, still apply).
    def token(match: re.Match[str]) -> str:
        if match.group(1):
            return match.group(1)
        if match.group(2):
            return "\n" + _RTF_MARKS[match.group(2)]
        return "\n" + match.group()

    return _RTF_TOKEN.sub(token, rtf)


def _rows_read(text: str) -> str:
    """Table rows as the .docx reader gives them: "Label: answer", or "a | b | c"."""
    *rows, rest = text.split(_ROW_END)
    out: list[str] = []
    for row in rows:
        *cells, _ = row.split(_CELL_END)
        if not cells:
            out.append(row)
            continue
        before, _, first = cells[0].rpartition("\n")   # text before the table ends with a paragraph
        out.append(before)
        out.extend(row_lines([first, *cells[1:]]))
    out.append(rest)
    return "\n".join(piece for piece in out if piece).replace(_CELL_END, " ")


def _rtf_text(rtf: str) -> str:
    text = _rows_read(rtf_to_text(_marked(rtf), errors="replace"))
    if "\\fromhtml" in rtf[:1000]:
        text = unescape(text)   # the text between the wrapped HTML tags is HTML text
    return text.strip()


def read_compressed_rtf(data: bytes) -> FileText:
    """Outlook's compressed RTF body (MS-OXRTFCP) → its text; RTF that wraps HTML gives the HTML's text."""
    if len(data) > MAX_COMPRESSED_RTF_BYTES:
        limit = MAX_COMPRESSED_RTF_BYTES
        return FileText(None, (f"RTF body of {len(data)} bytes compressed (limit {limit}): not read",))
    try:
        text = _rtf_text(decompress(data).decode("latin-1"))
    except Exception as exc:  # a corrupt stream (bad CRC, truncated) must not lose the message
        return FileText(None, (f"RTF body unreadable: {type(exc).__name__}",))
    defects: list[str] = []
    return FileText(_capped(text, defects), tuple(defects))


def read_rtf(data: bytes) -> FileText:
    """A Word form saved as .rtf."""
    if len(data) > MAX_RTF_BYTES:
        return FileText(None, (f"rtf of {len(data)} bytes (limit {MAX_RTF_BYTES}): not read",))
    defects: list[str] = []
    # RTF is 7-bit with escapes; latin-1 keeps any stray 8-bit byte for striprtf's code page.
    return FileText(_capped(_rtf_text(data.decode("latin-1")), defects), tuple(defects))


def read_tnef(data: bytes) -> TnefContent:
    tnef = TNEF(data, do_checksum=False)
    defects: list[str] = []
    body = html = None
    if tnef.body:
        body = tnef.body if isinstance(tnef.body, str) else decode_text(tnef.body, "windows-1252")[0]
    if tnef.htmlbody:
        html = tnef.htmlbody if isinstance(tnef.htmlbody, str) else decode_text(tnef.htmlbody, None)[0]
    if not body and not html and tnef.has_body():
        # tnefparse keeps the compressed bytes privately (its rtfbody property would decompress them
        # before any size check) with their trailing zero bytes stripped: the stream's header says
        # how long it was.
        compressed = tnef._rtfbody
        declared = int.from_bytes(compressed[:4], "little") + 4
        if len(compressed) < declared <= MAX_COMPRESSED_RTF_BYTES:
            compressed = compressed.ljust(declared, b"\0")
        rtf = read_compressed_rtf(compressed)
        body = rtf.text
        defects.extend(rtf.defects)
    files = []
    for attachment in tnef.attachments:
        name = attachment.long_filename() or attachment.name or "unnamed"
        files.append((name.strip("\x00"), bytes(attachment.data or b"")))
    return TnefContent(body, html, tuple(files), tuple(defects))


class _MsgStreams:
    """Property streams of one .msg (MS-OXMSG), read by name within a byte budget."""

    def __init__(self, ole: olefile.OleFileIO) -> None:
        self.ole = ole
        self.budget = MAX_MSG_BYTES
        self.defects: list[str] = []

    def binary(self, storage: list[str], tag: str) -> bytes | None:
        path = [*storage, f"__substg1.0_{tag}"]
        if self.ole.get_type(path) != olefile.STGTY_STREAM:
            return None
        size = self.ole.get_size(path)
        if size > self.budget:
            self.defects.append(f".msg streams over {MAX_MSG_BYTES} bytes in all: some not read")
            return None
        self.budget -= size
        return self.ole.openstream(path).read()

    def text(self, storage: list[str], prop: str) -> str | None:
        """A string property: UTF-16 (type 001F) or 8-bit (001E) in the sender's code page."""
        wide = self.binary(storage, prop + "001F")
        if wide is not None:
            return wide.decode("utf-16-le", errors="replace").rstrip("\0") or None
        narrow = self.binary(storage, prop + "001E")
        if narrow is None:
            return None
        return decode_text(narrow.rstrip(b"\0"), None)[0] or None

    def storages(self, storage: list[str], prefix: str) -> list[str]:
        """Names of the storages directly in `storage` whose name starts with `prefix`, in order."""
        entry = self.ole.root
        for name in storage:
            entry = entry.kids_dict[name.lower()]
        return sorted(k.name for k in entry.kids
                      if k.entry_type == olefile.STGTY_STORAGE and k.name.lower().startswith(prefix))


def _msg_headers(streams: _MsgStreams, storage: list[str]) -> tuple[str, ...]:
    name = streams.text(storage, "0C1A") or streams.text(storage, "0042")
    # An Exchange sender may have only an X.500 path ("/O=EXCHANGELABS/..."), which is no address.
    address = next((a for a in (streams.text(storage, p) for p in ("5D01", "0C1F", "0065"))
                    if a and "@" in a), None)
    sender = f"{name} <{address}>" if name and address and address not in name else name or address
    transport = streams.text(storage, "007D")   # the headers as received, absent from drafts
    date = HeaderParser().parsestr(transport).get("Date") if transport else None
    lines = [("From", sender), ("Date", date), ("To", streams.text(storage, "0E04")),
             ("Subject", streams.text(storage, "0037"))]
    return tuple(f"{label}: {' '.join(str(value).split())}" for label, value in lines if value)


def _msg_attachment(streams: _MsgStreams, storage: list[str], depth: int,
                    files: list[tuple[str, bytes]], messages: list[tuple[str, MsgContent]]) -> None:
    name = next((n for n in (streams.text(storage, p) for p in ("3707", "3704", "3001")) if n), "unnamed")
    if streams.storages(storage, "__substg1.0_3701000d"):
        if depth >= MAX_MSG_DEPTH:
            streams.defects.append(f".msg attached more than {MAX_MSG_DEPTH} deep: not read")
        else:
            messages.append((name, _msg_message(streams, [*storage, "__substg1.0_3701000D"], depth + 1)))
        return
    data = streams.binary(storage, "37010102")
    if data is not None:
        files.append((name, data))


def _msg_message(streams: _MsgStreams, storage: list[str], depth: int) -> MsgContent:
    body = streams.text(storage, "1000")
    html_bytes = None if body else streams.binary(storage, "10130102")
    html = decode_text(html_bytes, None)[0] if html_bytes else None
    if not body and not html:
        rtf = streams.binary(storage, "10090102")
        if rtf:
            result = read_compressed_rtf(rtf)
            body = result.text
            streams.defects.extend(result.defects)
    if body:
        body = _capped(body, streams.defects)
    attachments = streams.storages(storage, "__attach_version1.0_#")
    if len(attachments) > MAX_MSG_ATTACHMENTS:
        streams.defects.append(f".msg has {len(attachments)} attachments: only the first "
                               f"{MAX_MSG_ATTACHMENTS} read")
    files: list[tuple[str, bytes]] = []
    messages: list[tuple[str, MsgContent]] = []
    for attachment in attachments[:MAX_MSG_ATTACHMENTS]:
        _msg_attachment(streams, [*storage, attachment], depth, files, messages)
    return MsgContent(_msg_headers(streams, storage), body, html, tuple(files), tuple(messages))


def read_msg(data: bytes, filename: str | None = None) -> MsgContent:
    """An Outlook message saved as a file. Never raises: a broken file is a defect."""
    label = filename or "message.msg"
    try:
        # A file object, never the bytes: olefile takes short bytes for a file name.
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            streams = _MsgStreams(ole)
            content = _msg_message(streams, [], 0)
            # olefile reads past damage it can step round, and lists it here.
            damage = [str(issue) for _, issue in ole.parsing_issues]
    except Exception as exc:  # hostile or broken compound files: keep the message, name the failure
        failure = f"{label} unreadable: {type(exc).__name__}: {exc}"[:300]
        return MsgContent((), None, None, (), (), (failure,))
    defects = [f"{label} is damaged ({damage[0]}): read in part"[:300]] if damage else []
    if not (content.headers or content.body or content.html or content.files or content.messages):
        defects.append(f"{label}: no message found in the file")
    return MsgContent(content.headers, content.body, content.html, content.files, content.messages,
                      tuple(dict.fromkeys(defects + streams.defects)))


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
        if extension == "rtf" or content_type in RTF_TYPES:
            return read_rtf(data)
        if extension in UNREAD_DOCUMENTS:
            return FileText(None, (f"{filename}: .{extension} documents are not read",))
        if extension == "p7m" or content_type in SMIME_TYPES:
            return FileText(None, (f"{filename or content_type}: S/MIME encrypted content not read",))
    except Exception as exc:  # hostile or broken files: keep the message, name the failure
        return FileText(None, (f"{filename or content_type} unreadable: {type(exc).__name__}: {exc}"[:300],))
    return FileText(None)
