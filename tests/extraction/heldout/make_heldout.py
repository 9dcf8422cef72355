#!/usr/bin/env python3
"""Write the held-out extraction set: 40 hand-written emails with their labels.

    python tests/extraction/heldout/make_heldout.py [OUT_DIR]

Written blind to the extractor (only corpus/LABELLING.md was read) and deliberately unlike the
dev corpus: other AMHPs' habits, label wordings, abbreviations, dates and ages in words, one-line
and multi-line addresses, replies, forwards and a .docx form.  Each case is the email text and its
label; `missing`, ages derived from a date of birth, `is_child` and indicator order are computed
from the label by the rules of LABELLING.md so they cannot drift.  Deterministic output.
"""
from __future__ import annotations

import base64
import datetime as dt
import io
import json
import quopri
import sys
import zipfile
from email import policy
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from pathlib import Path

from heldout_cases import CASES

INBOX = "Integrated Front Door <wschildrenservices@westsussex.gov.uk>"
MISSING_VOCAB = ["subject_name", "assessment_reason", "children", "address", "outcome",
                 "update_contact", "risks_to_children", "risks_to_workers", "consent"]
INDICATORS = ["child_in_delusions", "harm_to_child_threatened", "suicide_plan_involving_child",
              "violence_aggression", "domestic_abuse", "substance_misuse", "neglect",
              "unborn_or_newborn", "young_carer", "weapons", "non_engagement",
              "child_witnessed_incident", "no_other_carer"]
DOCX_EPOCH = (2025, 1, 1, 0, 0, 0)


def years_at(dob: str, on: dt.date) -> int:
    born = dt.date.fromisoformat(dob)
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def label(case: dict) -> dict:
    """The expected extraction for a case, derived fields computed per LABELLING §2, §4, §10."""
    on = parsedate_to_datetime(case["date"]).date()
    if case.get("non_referral"):
        lab: dict = {}
    else:
        lab = dict(case["label"])
    dob = lab.get("dob")
    age = lab.get("age")
    if age is None and dob:
        age = years_at(dob, on)
    children = [{"name": n, "dob": d, "age": a if a is not None else years_at(d, on)}
                for n, d, a in lab.get("children", [])]
    status = lab.get("children_status") or ("listed" if children else "not_stated")
    outcome = {
        "status": lab.get("status", "not_stated"),
        "mha_section": lab.get("section"),
        "current_location": lab.get("location"),
        "follow_up": lab.get("follow_up"),
        "update_contact": lab.get("update"),
    }
    consent = {"status": lab.get("consent", "not_stated"), "family_aware": lab.get("aware")}
    if consent["status"] in ("obtained", "refused"):
        assert consent["family_aware"] is True, case["name"]
    risks = {"to_children": lab.get("rc", "not_stated"), "to_workers": lab.get("rw", "not_stated"),
             "indicators": [c for c in INDICATORS if c in set(lab.get("ind", []))]}
    assert set(lab.get("ind", [])) <= set(INDICATORS), case["name"]
    out = {
        "schema": "frontdoor.extraction/1",
        "subject_person": {"name": lab.get("name"), "dob": dob, "age": age,
                           "is_child": None if age is None else age < 18},
        "assessment_reason": lab.get("reason"),
        "children": children,
        "children_status": status,
        "address": lab.get("address"),
        "postcode": lab.get("postcode"),
        "phones": lab.get("phones", []),
        "nhs_numbers": lab.get("nhs", []),
        "outcome": outcome,
        "risks": risks,
        "consent": consent,
    }
    missing = {
        "subject_name": out["subject_person"]["name"] is None,
        "assessment_reason": out["assessment_reason"] is None,
        "children": status == "not_stated",
        "address": out["address"] is None,
        "outcome": outcome["status"] == "not_stated",
        "update_contact": outcome["status"] == "not_concluded" and not outcome["update_contact"],
        "risks_to_children": risks["to_children"] == "not_stated",
        "risks_to_workers": risks["to_workers"] == "not_stated",
        "consent": consent["status"] == "not_stated",
    }
    out["missing"] = [k for k in MISSING_VOCAB if missing[k]]
    return out


def text_part(text: str, subtype: str, charset: str, cte: str) -> MIMENonMultipart:
    part = MIMENonMultipart("text", subtype, charset=charset)
    raw = text.encode(charset)
    if cte == "quoted-printable":
        part.set_payload(quopri.encodestring(raw).decode("ascii"))
    elif cte == "base64":
        part.set_payload(base64.encodebytes(raw).decode("ascii"))
    else:
        cte = "7bit"
        part.set_payload(raw.decode("ascii"))
    part["Content-Transfer-Encoding"] = cte
    return part


def plain_to_html(text: str) -> str:
    paras = [p.replace("\n", "<br>\n") for p in text.strip().split("\n\n")]
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html\"></head>"
            f"<body style=\"font-family:Calibri\">\n{body}\n</body></html>\n")


def docx_bytes(spec: dict) -> bytes:
    """A .docx holding the form, with fixed zip timestamps so the output is reproducible."""
    from docx import Document

    doc = Document()
    doc.core_properties.created = dt.datetime(2025, 1, 1)
    doc.core_properties.modified = dt.datetime(2025, 1, 1)
    doc.core_properties.last_modified_by = "AMHP"
    doc.core_properties.author = "AMHP"
    for kind, value in spec["blocks"]:
        if kind == "heading":
            doc.add_heading(value, level=1)
        elif kind == "para":
            doc.add_paragraph(value)
        elif kind == "table":
            table = doc.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            for left, right in value:
                cells = table.add_row().cells
                cells[0].text = left
                cells[1].text = right
    buf = io.BytesIO()
    doc.save(buf)
    fixed = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(zipfile.ZipInfo(info.filename, DOCX_EPOCH), src.read(info.filename),
                         zipfile.ZIP_DEFLATED)
    return fixed.getvalue()


def build_message(case: dict) -> bytes:
    charset = case.get("charset", "utf-8")
    cte = case.get("cte", "quoted-printable")
    shape = case.get("shape", "plain")
    if shape == "plain":
        msg = text_part(case["body"], "plain", charset, cte)
    elif shape == "html":
        msg = text_part(case["html"], "html", charset, cte)
    elif shape == "alternative":
        msg = MIMEMultipart("alternative", boundary=f"=_alt_{case['name']}")
        msg.attach(text_part(case["body"], "plain", charset, cte))
        msg.attach(text_part(case.get("html") or plain_to_html(case["body"]), "html", charset, cte))
    elif shape == "docx":
        msg = MIMEMultipart("mixed", boundary=f"=_mixed_{case['name']}")
        msg.attach(text_part(case["body"], "plain", charset, cte))
        att = MIMEApplication(
            docx_bytes(case["docx"]),
            "vnd.openxmlformats-officedocument.wordprocessingml.document")
        att.add_header("Content-Disposition", "attachment", filename=case["docx"]["filename"])
        msg.attach(att)
    else:
        raise ValueError(shape)
    msg["From"] = case["from"]
    msg["To"] = case.get("to", INBOX)
    msg["Subject"] = case["subject"]
    msg["Date"] = case["date"]
    msg["Message-ID"] = f"<heldout.{case['name']}@{case['from'].rsplit('@', 1)[1].rstrip('>')}>"
    for key, value in case.get("headers", {}).items():
        msg[key] = value
    if "MIME-Version" not in msg:
        msg["MIME-Version"] = "1.0"
    return msg.as_bytes(policy=policy.compat32.clone(linesep="\n"))


def decoded_text(raw: bytes) -> str:
    """Every text part and .docx paragraph/cell, for checking that labelled facts are present."""
    from docx import Document

    msg = BytesParser(policy=policy.default).parsebytes(raw)
    chunks = []
    for part in msg.walk():
        ctype = part.get_content_type()
        if ctype.startswith("text/"):
            chunks.append(part.get_content())
        elif ctype.endswith("wordprocessingml.document"):
            doc = Document(io.BytesIO(part.get_payload(decode=True)))
            chunks += [p.text for p in doc.paragraphs]
            chunks += [c.text for t in doc.tables for r in t.rows for c in r.cells]
    return "\n".join(chunks)


def nhs_valid(number: str) -> bool:
    digits = [int(c) for c in number]
    check = 11 - sum(d * (10 - i) for i, d in enumerate(digits[:9])) % 11
    check = 0 if check == 11 else check
    return len(digits) == 10 and check != 10 and check == digits[9]


def check(case: dict, raw: bytes, lab: dict) -> None:
    text = " ".join(decoded_text(raw).split())
    squashed = "".join(c for c in text if c.isdigit())
    name = lab["subject_person"]["name"]
    if name:
        assert name in text, (case["name"], name)
    for child in lab["children"]:
        assert child["name"] is None or child["name"] in text, (case["name"], child)
    for nhs in lab["nhs_numbers"]:
        assert nhs_valid(nhs) and nhs in squashed, (case["name"], nhs)
    for phone in lab["phones"]:
        assert phone.startswith("+44") and phone[3:] in squashed, (case["name"], phone)
    if lab["postcode"]:
        assert lab["postcode"].replace(" ", "").lower() in text.replace(" ", "").lower(), case["name"]


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent
    names = [c["name"] for c in CASES]
    assert len(names) == len(set(names)) == 40, len(names)
    for case in CASES:
        raw = build_message(case)
        lab = label(case)
        check(case, raw, lab)
        (out / f"{case['name']}.eml").write_bytes(raw)
        (out / f"{case['name']}.json").write_text(json.dumps(lab, indent=2, ensure_ascii=False) + "\n",
                                                   encoding="utf-8")
    print(f"wrote {len(CASES)} messages to {out}")


if __name__ == "__main__":
    main()
