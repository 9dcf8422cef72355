"""Write the exam set: 50 labelled AMHP emails, written blind to the extractor.

The cases live in exam_cases.py as data (headers, body text, attachments, label). This script
builds each message with the standard library (python-docx for .docx; a hand-built PDF), computes
ages and `missing` from the label the way LABELLING.md defines them, checks that every labelled
name, phone, NHS number and postcode occurs in the decoded text, and writes NAME.eml + NAME.json.
Deterministic: run it again and the files are byte-identical.

    .venv/bin/python tests/extraction/exam/make_exam.py
"""

from __future__ import annotations

import html
import io
import json
import re
import sys
import zipfile
from datetime import UTC, date, datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from pathlib import Path

import docx
import pypdf

sys.path.insert(0, str(Path(__file__).parent))
from exam_cases import CASES

OUT = Path(__file__).parent
FIXED_TIME = datetime(2025, 1, 1, tzinfo=UTC)
FRONT_DOOR = "Integrated Front Door <wschildrenservices@westsussex.gov.uk>"
MISSING_ORDER = [
    "subject_name", "assessment_reason", "children", "address", "outcome",
    "update_contact", "risks_to_children", "risks_to_workers", "consent",
]


def years_between(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def e164(national: str) -> str:
    digits = re.sub(r"\D", "", national)
    return "+44" + digits[1:] if digits.startswith("0") else "+" + digits


def docx_bytes(paragraphs: list[str], table: list[tuple[str, str]] | None) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=2)
        for row, (key, value) in zip(grid.rows, table, strict=True):
            row.cells[0].text = key
            row.cells[1].text = value
    buffer = io.BytesIO()
    # fixed core properties keep the output byte-identical between runs
    document.core_properties.created = document.core_properties.modified = FIXED_TIME
    document.save(buffer)
    return zip_with_fixed_times(buffer.getvalue())


def zip_with_fixed_times(data: bytes) -> bytes:
    # python-docx stamps zip entries with the current time; rewrite them so output is reproducible
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0)), src.read(info))
    return out.getvalue()


def pdf_bytes(lines: list[str]) -> bytes:
    """A one-page-per-48-lines PDF with Helvetica/WinAnsi text, readable by pypdf."""
    pages = [lines[i:i + 48] for i in range(0, len(lines), 48)] or [[]]
    objects: list[bytes] = []
    page_ids = [4 + 2 * i for i in range(len(pages))]
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join(f"{i} 0 R" for i in page_ids)
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for n, page in enumerate(pages):
        ops = [b"BT /F1 10 Tf 14 TL 50 800 Td"]
        for line in page:
            raw = line.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
            ops.append(b"(" + raw + b") Tj T*")
        ops.append(b"ET")
        stream = b"\n".join(ops)
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >>"
            f" /Contents {page_ids[n] + 1} 0 R >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def build(case: dict) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = case["from"]
    msg["To"] = case.get("to", FRONT_DOOR)
    if case.get("cc"):
        msg["Cc"] = case["cc"]
    msg["Subject"] = case["subject"]
    msg["Date"] = case["date"]
    msg["Message-ID"] = f"<{case['name']}.{abs(hash_text(case['name']))}@exam.invalid>"
    for key, value in case.get("headers", {}).items():
        msg[key] = value
    charset = case.get("charset", "utf-8")
    cte = case.get("cte", "quoted-printable")
    text, markup = case.get("text"), case.get("html")
    if text is not None:
        msg.set_content(text, charset=charset, cte=cte)
        if markup is not None:
            msg.add_alternative(markup, subtype="html", charset=charset, cte=cte)
    else:
        msg.set_content(markup, subtype="html", charset=charset, cte=cte)
    for attachment in case.get("attachments", []):
        kind = attachment["kind"]
        if kind == "docx":
            data = docx_bytes(attachment["paragraphs"], attachment.get("table"))
            msg.add_attachment(
                data, maintype="application",
                subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                filename=attachment["filename"],
            )
        elif kind == "pdf":
            msg.add_attachment(pdf_bytes(attachment["lines"]), maintype="application", subtype="pdf",
                               filename=attachment["filename"])
        elif kind == "eml":
            inner = build(attachment["case"])
            msg.add_attachment(inner)
        else:
            raise ValueError(kind)
    # random MIME boundaries would change the files on every run
    for number, part in enumerate(part for part in msg.walk() if part.is_multipart()):
        if part.get_content_maintype() == "multipart":
            part.set_boundary(f"=_exam_{hash_text(case['name'])}_{number}")
    return msg


def hash_text(text: str) -> int:
    # stable across runs, unlike hash()
    value = 2166136261
    for ch in text.encode():
        value = ((value ^ ch) * 16777619) % 2**32
    return value


def decoded_text(raw: bytes) -> str:
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    chunks: list[str] = []
    for part in msg.walk():
        ctype = part.get_content_type()
        if part.is_multipart() or ctype == "message/rfc822":
            continue
        if ctype == "text/plain":
            chunks.append(part.get_content())
        elif ctype == "text/html":
            chunks.append(html.unescape(re.sub(r"<[^>]+>", " ", part.get_content())))
        elif ctype.endswith("wordprocessingml.document"):
            document = docx.Document(io.BytesIO(part.get_content()))
            chunks += [p.text for p in document.paragraphs]
            chunks += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
        elif ctype == "application/pdf":
            reader = pypdf.PdfReader(io.BytesIO(part.get_content()))
            chunks += [page.extract_text() for page in reader.pages]
    return "\n".join(chunks)


def label(case: dict, sent: date) -> dict:
    spec = case["label"]
    if spec is None:  # not a referral
        spec = {}
    dob = spec.get("dob")
    age = spec.get("age")
    if age is None and dob:
        age = years_between(date.fromisoformat(dob), sent)
    children = []
    for name, child_dob, child_age in spec.get("children", []):
        if child_age is None and child_dob:
            child_age = years_between(date.fromisoformat(child_dob), sent)
        children.append({"name": name, "dob": child_dob, "age": child_age})
    status, section, location, follow_up, update = spec.get("outcome", ("not_stated", None, None, None, None))
    to_children, to_workers, indicators = spec.get("risks", ("not_stated", "not_stated", []))
    consent, aware = spec.get("consent", ("not_stated", None))
    children_status = spec.get("children_status", "listed" if children else "not_stated")
    result = {
        "schema": "frontdoor.extraction/1",
        "subject_person": {
            "name": spec.get("name"), "dob": dob, "age": age,
            "is_child": None if age is None else age < 18,
        },
        "assessment_reason": spec.get("reason"),
        "children": children,
        "children_status": children_status,
        "address": spec.get("address"),
        "postcode": spec.get("postcode"),
        "phones": [e164(p) for p in spec.get("phones", [])],
        "nhs_numbers": list(spec.get("nhs", [])),
        "outcome": {
            "status": status, "mha_section": section, "current_location": location,
            "follow_up": follow_up, "update_contact": update,
        },
        "risks": {"to_children": to_children, "to_workers": to_workers, "indicators": indicators},
        "consent": {"status": consent, "family_aware": aware},
    }
    missing = {
        "subject_name": result["subject_person"]["name"] is None,
        "assessment_reason": result["assessment_reason"] is None,
        "children": children_status == "not_stated",
        "address": result["address"] is None,
        "outcome": status == "not_stated",
        "update_contact": status == "not_concluded" and update is None,
        "risks_to_children": to_children == "not_stated",
        "risks_to_workers": to_workers == "not_stated",
        "consent": consent == "not_stated",
    }
    result["missing"] = [item for item in MISSING_ORDER if missing[item]]
    return result


INDICATOR_ORDER = [
    "child_in_delusions", "harm_to_child_threatened", "suicide_plan_involving_child",
    "violence_aggression", "domestic_abuse", "substance_misuse", "neglect", "unborn_or_newborn",
    "young_carer", "weapons", "non_engagement", "child_witnessed_incident", "no_other_carer",
]


def check(name: str, expected: dict, text: str) -> list[str]:
    problems = []
    folded = " ".join(text.split()).casefold()
    digits = re.sub(r"\D", "", text)
    squashed = re.sub(r"\s", "", text).upper()
    names = [expected["subject_person"]["name"]] + [c["name"] for c in expected["children"]]
    for person in filter(None, names):
        if person.casefold() not in folded:
            problems.append(f"{name}: name {person!r} not in text")
    for phone in expected["phones"]:
        if phone[3:] not in digits:
            problems.append(f"{name}: phone {phone} not in text")
    for number in expected["nhs_numbers"]:
        if number not in digits or not nhs_valid(number):
            problems.append(f"{name}: NHS {number} not in text or invalid")
    if expected["postcode"] and expected["postcode"].replace(" ", "") not in squashed:
        problems.append(f"{name}: postcode not in text")
    inds = expected["risks"]["indicators"]
    if inds != [code for code in INDICATOR_ORDER if code in inds]:
        problems.append(f"{name}: indicators out of order or unknown {inds}")
    return problems


def nhs_valid(number: str) -> bool:
    if not re.fullmatch(r"\d{10}", number):
        return False
    check_digit = 11 - sum(int(d) * w for d, w in zip(number[:9], range(10, 1, -1), strict=True)) % 11
    check_digit = 0 if check_digit == 11 else check_digit
    return check_digit != 10 and check_digit == int(number[9])


def main() -> int:
    problems: list[str] = []
    names = [case["name"] for case in CASES]
    assert len(names) == len(set(names)), "duplicate case names"
    for old in OUT.glob("*.eml"):
        old.unlink()
    for old in OUT.glob("exam_*.json"):
        old.unlink()
    for case in CASES:
        raw = bytes(build(case))
        sent = parsedate_to_datetime(case["date"]).date()
        expected = label(case, sent)
        problems += check(case["name"], expected, decoded_text(raw))
        (OUT / f"{case['name']}.eml").write_bytes(raw)
        (OUT / f"{case['name']}.json").write_text(json.dumps(expected, indent=2, ensure_ascii=False) + "\n")
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"wrote {len(CASES)} messages, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
