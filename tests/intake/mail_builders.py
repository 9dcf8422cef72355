"""Small hand-made messages and attachments for the reader's tests."""

from __future__ import annotations

import io
import struct
import zipfile
from email.message import EmailMessage

import docx
from compressed_rtf import compress


def plain_message(body: str, *, subject: str = "AMHP notification",
                  sender: str = "amhp@example.nhs.uk") -> bytes:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = "wschildrenservices@westsussex.gov.uk"
    message["Subject"] = subject
    message["Date"] = "Mon, 06 Jan 2025 10:00:00 +0000"
    message["Message-ID"] = "<test@example.nhs.uk>"
    message.set_content(body)
    return message.as_bytes()


def with_attachment(body: str, filename: str, data: bytes, maintype: str = "application",
                    subtype: str = "octet-stream") -> bytes:
    message = EmailMessage()
    message["From"] = "amhp@example.nhs.uk"
    message["To"] = "wschildrenservices@westsussex.gov.uk"
    message["Subject"] = "AMHP notification"
    message.set_content(body)
    message.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return message.as_bytes()


def docx_bytes(paragraphs: list[str], rows: list[tuple[str, ...]] = ()) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if rows:
        table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        for row, values in zip(table.rows, rows, strict=True):
            for cell, value in zip(row.cells, values, strict=False):
                cell.text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def zip_bomb_docx(declared_bytes: int = 60_000_000) -> bytes:
    """A .docx whose one member inflates to `declared_bytes` of zeros (a few hundred KB on the wire)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b"\0" * 1_000_000
            for _ in range(declared_bytes // len(chunk)):
                member.write(chunk)
    return out.getvalue()


def pdf_bytes(lines: list[str]) -> bytes:
    """A one-page PDF showing `lines` in Helvetica, with a correct cross-reference table."""
    text_ops = ["BT", "/F1 12 Tf", "14 TL", "72 720 Td"]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        text_ops.append(f"({escaped}) Tj T*")
    text_ops.append("ET")
    stream = "\n".join(text_ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def _tnef_object(level: int, name: int, kind: int, data: bytes) -> bytes:
    checksum = sum(data) & 0xFFFF
    return struct.pack("<BHHI", level, name, kind, len(data)) + data + struct.pack("<H", checksum)


def tnef_bytes(body: str, files: list[tuple[str, bytes]]) -> bytes:
    """An Outlook winmail.dat (TNEF) with a plain body and attached files; tnefparse cannot write one."""
    message_level, attachment_level = 1, 2
    out = struct.pack("<IH", 0x223E9F78, 1)
    out += _tnef_object(message_level, 0x9006, 0x0008, struct.pack("<I", 0x10000))   # TNEF version
    out += _tnef_object(message_level, 0x800C, 0x0002, body.encode("cp1252"))        # attBody
    for name, data in files:
        out += _tnef_object(attachment_level, 0x9002, 0x0006, b"\0" * 14)            # attAttachRendData
        out += _tnef_object(attachment_level, 0x8010, 0x0001, name.encode() + b"\0")  # attAttachTitle
        out += _tnef_object(attachment_level, 0x800F, 0x0006, data)                  # attAttachData
    return out


def tnef_rtf_bytes(rtf: bytes, files: list[tuple[str, bytes]] = ()) -> bytes:
    """A winmail.dat whose body is only Outlook's compressed RTF (PR_RTF_COMPRESSED in attMsgProps)."""
    compressed = compress(rtf)
    prop = struct.pack("<IHHII", 1, 0x0102, 0x1009, 1, len(compressed))   # one binary value
    prop += compressed + b"\0" * (-len(compressed) % 4)
    out = struct.pack("<IH", 0x223E9F78, 1)
    out += _tnef_object(1, 0x9006, 0x0008, struct.pack("<I", 0x10000))     # TNEF version
    out += _tnef_object(1, 0x9003, 0x0006, prop)                           # attMsgProps
    for name, data in files:
        out += _tnef_object(2, 0x9002, 0x0006, b"\0" * 14)
        out += _tnef_object(2, 0x8010, 0x0001, name.encode() + b"\0")
        out += _tnef_object(2, 0x800F, 0x0006, data)
    return out


def nested_multipart(levels: int, leaf: str = "hello from the bottom") -> bytes:
    head = (b"From: a@example.org\r\nSubject: nested\r\nMIME-Version: 1.0\r\n"
            b"Content-Type: multipart/mixed; boundary=b0\r\n\r\n")
    opening = b"".join(b"--b%d\r\nContent-Type: multipart/mixed; boundary=b%d\r\n\r\n" % (i - 1, i)
                       for i in range(1, levels))
    bottom = b"--b%d\r\nContent-Type: text/plain\r\n\r\n%s\r\n" % (levels - 1, leaf.encode())
    closing = b"".join(b"--b%d--\r\n" % i for i in range(levels - 1, -1, -1))
    return head + opening + bottom + closing
