#!/usr/bin/env python3
"""Deterministic generator for a blind labelled test set of AMHP notifications.

Run with a Python that has python-docx (only for the one .docx form):
    .venv/bin/python tests/extraction/blind3/make.py
Writes NAME.eml + NAME.json beside this script and checks that every labelled
name, phone, NHS number and postcode appears in the decoded text.
"""
from __future__ import annotations

import html
import io
import json
import re
import sys
import zipfile
from datetime import date, datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from pathlib import Path

import docx

OUT = Path(__file__).resolve().parent
IFD = "Integrated Front Door <wschildrenservices@westsussex.gov.uk>"
MISSING_VOCAB = ["subject_name", "assessment_reason", "children", "address", "outcome",
                 "update_contact", "risks_to_children", "risks_to_workers", "consent"]
INDICATORS = ["child_in_delusions", "harm_to_child_threatened", "suicide_plan_involving_child",
              "violence_aggression", "domestic_abuse", "substance_misuse", "neglect",
              "unborn_or_newborn", "young_carer", "weapons", "non_engagement",
              "child_witnessed_incident", "no_other_carer"]


def nhs(seed: int) -> str:
    """A valid 999xxxxxxx NHS number derived from seed (mod-11 check digit)."""
    while True:
        base = "999" + f"{seed:06d}"
        total = sum(int(d) * (10 - i) for i, d in enumerate(base))
        check = 11 - total % 11
        if check == 11:
            check = 0
        if check != 10:
            return base + str(check)
        seed += 1


def invalid_nhs(seed: int) -> str:
    good = nhs(seed)
    return good[:-1] + str((int(good[-1]) + 3) % 10)


def age_at(dob: str, when: date) -> int:
    d = date.fromisoformat(dob)
    return when.year - d.year - ((when.month, when.day) < (d.month, d.day))


def e164(p: str) -> str:
    d = re.sub(r"\D", "", p)
    if d.startswith("44"):
        return "+" + d
    return "+44" + d[1:]


def label(when: date, name=None, dob=None, age=None, reason=None, children=(), cstatus=None,
          address=None, postcode=None, phones=(), nhs_numbers=(), status="not_stated",
          section=None, location=None, follow=None, update=None, rc="not_stated",
          rw="not_stated", ind=(), consent="not_stated", aware=None) -> dict:
    if age is None and dob:
        age = age_at(dob, when)
    kids = []
    for kname, kdob, kage in children:
        if kage is None and kdob:
            kage = age_at(kdob, when)
        kids.append({"name": kname, "dob": kdob, "age": kage})
    if cstatus is None:
        cstatus = "listed" if kids else "not_stated"
    assert all(i in INDICATORS for i in ind), ind
    ind = [i for i in INDICATORS if i in ind]
    lab = {
        "schema": "frontdoor.extraction/1",
        "subject_person": {"name": name, "dob": dob, "age": age,
                           "is_child": None if age is None else age < 18},
        "assessment_reason": reason,
        "children": kids,
        "children_status": cstatus,
        "address": address,
        "postcode": postcode,
        "phones": [e164(p) for p in phones],
        "nhs_numbers": list(nhs_numbers),
        "outcome": {"status": status, "mha_section": section, "current_location": location,
                    "follow_up": follow, "update_contact": update},
        "risks": {"to_children": rc, "to_workers": rw, "indicators": ind},
        "consent": {"status": consent, "family_aware": aware},
    }
    miss = []
    if name is None:
        miss.append("subject_name")
    if reason is None:
        miss.append("assessment_reason")
    if cstatus == "not_stated":
        miss.append("children")
    if address is None:
        miss.append("address")
    if status == "not_stated":
        miss.append("outcome")
    if status == "not_concluded" and not update:
        miss.append("update_contact")
    if rc == "not_stated":
        miss.append("risks_to_children")
    if rw == "not_stated":
        miss.append("risks_to_workers")
    if consent == "not_stated":
        miss.append("consent")
    lab["missing"] = miss
    return lab


def outlook_html(text: str) -> str:
    """Outlook-like HTML: one MsoNormal paragraph per line, quoted headers bolded."""
    paras = []
    for line in text.split("\n"):
        if not line.strip():
            paras.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
            continue
        m = re.match(r"^(From|Sent|To|Cc|Subject|[A-Z][A-Za-z ()/'’?.-]{1,40}):(\s.*)?$", line)
        if m:
            rest = html.escape(m.group(2) or "")
            paras.append(f'<p class="MsoNormal"><b>{html.escape(m.group(1))}:</b>{rest}<o:p></o:p></p>')
        else:
            paras.append(f'<p class="MsoNormal">{html.escape(line)}<o:p></o:p></p>')
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word">\n<head>\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}'
            '--></style>\n</head>\n<body lang="EN-GB" link="#0563C1" vlink="#954F72">\n'
            '<div class="WordSection1">\n' + "\n".join(paras) + "\n</div>\n</body>\n</html>\n")


def gmail_html(text: str) -> str:
    """Gmail-like HTML: '>' quoted runs become nested gmail_quote blockquotes."""
    out, depth = [], 0
    for line in text.split("\n"):
        m = re.match(r"^((?:> ?)*)(.*)$", line)
        d = m.group(1).count(">")
        while depth < d:
            out.append('<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;'
                       'border-left:1px #ccc solid;padding-left:1ex">')
            depth += 1
        while depth > d:
            out.append("</blockquote>")
            depth -= 1
        body = m.group(2)
        out.append(f"<div>{html.escape(body) if body.strip() else '<br>'}</div>")
    out.extend("</blockquote>" for _ in range(depth))
    return '<div dir="ltr">\n' + "\n".join(out) + "\n</div>\n"


def fixed_zip(data: bytes) -> bytes:
    """Re-pack a zip with constant timestamps so the .docx is byte-identical between runs."""
    src, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(zipfile.ZipInfo(info.filename, (2025, 12, 15, 19, 0, 0)), src.read(info))
    return out.getvalue()


def build(spec: dict) -> bytes:
    msg = EmailMessage()
    msg["From"] = spec["from"]
    msg["To"] = IFD
    msg["Subject"] = spec["subject"]
    msg["Date"] = format_datetime(spec["date"])
    msg["Message-ID"] = f"<{spec['name']}.{spec['date'].strftime('%Y%m%d%H%M')}@exam3.invalid>"
    for k, v in spec.get("headers", {}).items():
        msg[k] = v
    text = spec["body"].strip("\n") + "\n"
    cs, cte, shape = spec.get("charset", "utf-8"), spec.get("cte", "quoted-printable"), spec["shape"]
    htmlise = gmail_html if spec.get("gmail") else outlook_html
    if shape == "plain":
        msg.set_content(text, charset=cs, cte=cte)
    elif shape == "html":
        msg.set_content(htmlise(text), subtype="html", charset=cs, cte=cte)
    else:
        msg.set_content(text, charset=cs, cte=cte)
        msg.add_alternative(htmlise(text), subtype="html", charset=cs, cte=cte)
    if "docx" in spec:
        d = docx.Document()
        d.add_heading("AMHP notification to the Integrated Front Door", level=1)
        table = d.add_table(rows=0, cols=2)
        for k, v in spec["docx"]:
            row = table.add_row().cells
            row[0].text, row[1].text = k, v
        d.core_properties.created = d.core_properties.modified = datetime(2025, 12, 15, 19, 0)
        buf = io.BytesIO()
        d.save(buf)
        msg.add_attachment(fixed_zip(buf.getvalue()), maintype="application",
                           subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
                           filename="AMHP_notification_form.docx")
    # fixed boundaries keep the output byte-identical between runs
    for i, part in enumerate(p for p in msg.walk() if p.is_multipart()):
        part.set_boundary(f"=_exam3_{spec['name']}_{i}")
    return msg.as_bytes(policy=policy.SMTP)


def decoded_text(raw: bytes) -> str:
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    chunks = []
    for part in msg.walk():
        ct = part.get_content_type()
        if ct == "text/plain":
            chunks.append(part.get_content())
        elif ct == "text/html":
            chunks.append(html.unescape(re.sub(r"<[^>]+>", " ", part.get_content())))
        elif ct.endswith("wordprocessingml.document"):
            d = docx.Document(io.BytesIO(part.get_content()))
            chunks.extend(p.text for p in d.paragraphs)
            for t in d.tables:
                for r in t.rows:
                    chunks.extend(c.text for c in r.cells)
    return "\n".join(chunks)


def check(spec: dict, raw: bytes, lab: dict) -> None:
    text = decoded_text(raw)
    flat = re.sub(r"\s+", " ", text)
    digits = re.sub(r"\D", "", text)
    names = [lab["subject_person"]["name"]] + [c["name"] for c in lab["children"]]
    for n in filter(None, names):
        for tok in n.split():
            assert tok in flat, (spec["name"], "name", n)
    for p in lab["phones"]:
        assert p[3:] in digits, (spec["name"], "phone", p)
    for n in lab["nhs_numbers"]:
        assert n in digits, (spec["name"], "nhs", n)
    if lab["postcode"]:
        assert lab["postcode"] in flat, (spec["name"], "postcode")
    if lab["address"]:
        for part in lab["address"].split(", "):
            assert part in flat, (spec["name"], "address", part)
    for c in lab["children"]:
        assert c["age"] is not None and 0 <= c["age"] < 18, (spec["name"], c)


def dt(s: str) -> datetime:
    d = datetime.strptime(s, "%Y-%m-%d %H:%M")
    # BST roughly April–October
    off = 1 if 4 <= d.month <= 10 else 0
    return d.replace(tzinfo=timezone(timedelta(hours=off)))


SPECS: list[tuple[dict, dict]] = []


def add(spec: dict, **lab) -> None:
    spec["date"] = dt(spec["date"])
    SPECS.append((spec, lab))


# ---------------------------------------------------------------- messages
from messages import define  # noqa: E402  (message texts live in messages.py)

define(add, nhs, invalid_nhs)


def main() -> int:
    for old in OUT.glob("*.eml"):
        old.unlink()
    for old in OUT.glob("*.json"):
        old.unlink()
    names = set()
    for spec, lab_kw in SPECS:
        assert spec["name"] not in names, spec["name"]
        names.add(spec["name"])
        lab = label(spec["date"].date(), **lab_kw)
        raw = build(spec)
        check(spec, raw, lab)
        (OUT / f"{spec['name']}.eml").write_bytes(raw)
        (OUT / f"{spec['name']}.json").write_text(json.dumps(lab, indent=2, ensure_ascii=False) + "\n",
                                                   encoding="utf-8")
    complete = sum(1 for s, k in SPECS if not label(s["date"].date(), **k)["missing"])
    print(f"wrote {len(SPECS)} messages, {complete} complete")
    return 0


if __name__ == "__main__":
    sys.exit(main())
