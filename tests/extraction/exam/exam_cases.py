# ruff: noqa: E501  (message bodies keep their authors' long lines; wrapping them would change the test data)
"""The exam cases as data: each is headers, body text (plain and/or HTML), attachments, and a label.

A label gives the facts; make_exam.py derives ages from dates of birth at the Date: header,
`is_child` and `missing`. `children` entries are (name, dob, age), with age None when it follows
from the dob. `outcome` is (status, section, location, follow_up, update_contact); `risks` is
(to_children, to_workers, indicators); `consent` is (status, family_aware). Phones are written as
national numbers. All people, numbers and addresses are fictional (Ofcom drama ranges).
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import format_datetime

FRONT_DOOR = "Integrated Front Door <wschildrenservices@westsussex.gov.uk>"


def when(y: int, m: int, d: int, hh: int, mm: int) -> str:
    return format_datetime(datetime(y, m, d, hh, mm, 7, tzinfo=UTC))


def nhs(six: str) -> str:
    """A 999-range NHS number with a valid mod-11 check digit."""
    stem = "999" + six
    check = 11 - sum(int(d) * w for d, w in zip(stem, range(10, 1, -1), strict=True)) % 11
    check = 0 if check == 11 else check
    assert check != 10, six
    return stem + str(check)


N1, N2, N3, N4, N5 = nhs("204817"), nhs("318265"), nhs("427190"), nhs("530419"), nhs("641277")
N6, N7, N8, N9, N10 = nhs("752037"), nhs("863145"), nhs("174529"), nhs("285613"), nhs("396702")
NOT_REFERRAL = None

CASES: list[dict] = []


def case(**fields) -> None:
    CASES.append(fields)


# 1 very formal letter; step-son; "aged 3 yrs"; indirect consent; police marker; no-concern statement
case(
    name="exam_01_formal_letter_oneill",
    **{"from": "Margaret Ellison <m.ellison@sussexpartnership.nhs.uk>"},
    subject="Notification of Mental Health Act assessment - Mrs S O'Neill",
    date=when(2025, 10, 14, 17, 20),
    text="""Dear Colleagues,

Re: Mrs Siobhan O'Neill, date of birth 3rd of May 1986
Address: 14 Lavender Court, Goffs Park Road, Crawley, RH11 8AX
NHS number: {N1}

I write to notify you, in accordance with the joint protocol between the AMHP service and
Children's Social Care, of a Mental Health Act assessment which I co-ordinated today.

Mrs O'Neill came to the attention of services after she was found by a neighbour in the early
hours walking along the A23 in her nightclothes, stating that she had been instructed to walk to
her late mother's grave. She has a history of bipolar affective disorder.

Following assessment by Dr Henry Salt (section 12 approved) and Dr Anita Cole (GP), Mrs O'Neill
was detained s.2 MHA 1983 and was conveyed to Oakwood Ward, Langley Green Hospital, where she
remains.

Mrs O'Neill lives with her husband, Declan O'Neill (mobile 07700 900 318), who is also her nearest
relative, her daughter Aoife O'Neill, aged 3 yrs, and her step-son Kieran Walsh (DOB 19/02/2016),
Declan's son from a previous relationship, who lives with them full time.

I have no concerns for the children's immediate safety; Mr O'Neill is at home and is caring for
both children. Please note, however, that police have a marker on the address.

Mrs O'Neill was informed of my duty to share this information with Children's Services and was
agreeable.

Yours faithfully,

Margaret Ellison
Approved Mental Health Professional
Crawley & Horsham AMHP Service
Sussex Partnership NHS Foundation Trust
Tel: 01632 960 771 | Mobile: 07700 900 902
""".replace("{N1}", N1),
    label=dict(
        name="Siobhan O'Neill", dob="1986-05-03",
        reason="found by a neighbour in the early hours walking along the A23 in her nightclothes",
        children=[("Aoife O'Neill", None, 3), ("Kieran Walsh", "2016-02-19", None)],
        address="14 Lavender Court, Goffs Park Road, Crawley", postcode="RH11 8AX",
        phones=["07700 900318"], nhs=[N1],
        outcome=("detained", "2", "Oakwood Ward, Langley Green Hospital", None, None),
        risks=("none_known", "identified", []),
        consent=("obtained", True),
    ),
)

# 2 hurried phone-typed note; ages "3yo" and "6/52"; dog; consent not sought for delay
case(
    name="exam_02_phone_note_smith_jones",
    **{"from": "Gav Thornton <gavin.thornton@nhs.net>"},
    subject="mha tonight",
    date=when(2025, 11, 2, 23, 47),
    cte="8bit",
    text="""MHA on Dwayne Smith-Jones 34yo this eve. sectioned s3, now on Amber ward Meadowfield. was paranoid + barricaded himself in bedroom w a kitchen knife, police attended.
2 kids at home 3yo and 6/52 - staying w mum Kerry (his partner) 07700 900431
addr 7 Kestrel Way, Bognor Regis PO21 5QT
big dog at addr fyi
havent asked re consent - would delay things
ring me tmrw if needed
Gav

Sent from my iPhone
""",
    label=dict(
        name="Dwayne Smith-Jones", age=34,
        reason="was paranoid + barricaded himself in bedroom w a kitchen knife",
        children=[(None, None, 3), (None, None, 0)],
        address="7 Kestrel Way, Bognor Regis", postcode="PO21 5QT",
        phones=["07700 900431"],
        outcome=("detained", "3", "Amber ward Meadowfield", None, None),
        risks=("not_stated", "identified", ["unborn_or_newborn", "weapons"]),
        consent=("not_sought", None),
    ),
)

# 3 Outlook HTML only (MsoNormal, tables), windows-1252; NR wife and care coordinator numbers
case(
    name="exam_03_outlook_table_van_der_berg",
    **{"from": "Jess Okonedo <jess.okonedo@sussexpartnership.nhs.uk>"},
    subject="AMHP notification - P van der Berg",
    date=when(2025, 9, 23, 16, 5),
    charset="windows-1252",
    html=f"""<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<style><!-- p.MsoNormal {{margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;}} --></style>
</head><body lang="EN-GB"><div class="WordSection1">
<p class="MsoNormal">Good afternoon,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Please find the details of today&#8217;s MHA assessment below.<o:p></o:p></p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><td><p class="MsoNormal"><b>Name</b></p></td><td><p class="MsoNormal">Pieter van der Berg</p></td></tr>
<tr><td><p class="MsoNormal"><b>DOB</b></p></td><td><p class="MsoNormal">03-05-81</p></td></tr>
<tr><td><p class="MsoNormal"><b>NHS</b></p></td><td><p class="MsoNormal">{N2[:3]} {N2[3:6]} {N2[6:]}</p></td></tr>
<tr><td><p class="MsoNormal"><b>Address</b></p></td><td><p class="MsoNormal">31 Church Road, Haywards Heath, West Sussex RH16 3NY</p></td></tr>
<tr><td><p class="MsoNormal"><b>Home tel</b></p></td><td><p class="MsoNormal">01632 960 218</p></td></tr>
<tr><td><p class="MsoNormal"><b>Nearest relative</b></p></td><td><p class="MsoNormal">Anouk van der Berg (wife) &#8211; 07700 900 512</p></td></tr>
<tr><td><p class="MsoNormal"><b>Care co-ordinator</b></p></td><td><p class="MsoNormal">Jess Pike, Haywards Heath CMHT &#8211; 01632 960 441</p></td></tr>
<tr><td><p class="MsoNormal"><b>Reason</b></p></td><td><p class="MsoNormal">Increasingly withdrawn; stopped his depot in August and was found by his wife writing letters to the Prime Minister about being followed by the security services.</p></td></tr>
<tr><td><p class="MsoNormal"><b>Children</b></p></td><td><p class="MsoNormal">Daan van der Berg 12/09/2013<br>Femke van der Berg 30/01/2019</p></td></tr>
<tr><td><p class="MsoNormal"><b>Outcome</b></p></td><td><p class="MsoNormal">Application made under Section 3. Pieter was admitted to the Chichester Centre, Graylingwell.</p></td></tr>
<tr><td><p class="MsoNormal"><b>Risks to children</b></p></td><td><p class="MsoNormal">Low</p></td></tr>
<tr><td><p class="MsoNormal"><b>Risks to workers</b></p></td><td><p class="MsoNormal">Nil known</p></td></tr>
<tr><td><p class="MsoNormal"><b>Consent</b></p></td><td><p class="MsoNormal">His wife is aware of and supports this referral.</p></td></tr>
</table>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Kind regards<o:p></o:p></p>
<p class="MsoNormal">Jess Okonedo | AMHP | Mid Sussex<o:p></o:p></p>
<p class="MsoNormal">Direct: 0117 496 0228 | Duty: 0117 496 0200<o:p></o:p></p>
</div></body></html>
""",
    label=dict(
        name="Pieter van der Berg", dob="1981-05-03",
        reason="stopped his depot in August and was found by his wife writing letters",
        children=[("Daan van der Berg", "2013-09-12", None), ("Femke van der Berg", "2019-01-30", None)],
        address="31 Church Road, Haywards Heath, West Sussex", postcode="RH16 3NY",
        phones=["01632 960218", "07700 900512"], nhs=[N2],
        outcome=("detained", "3", "the Chichester Centre, Graylingwell", None, None),
        risks=("none_known", "none_known", ["non_engagement"]),
        consent=("obtained", True),
    ),
)

# 4 Welsh-born colleague's phrasing; "18/12"; child with grandmother for now; base64
case(
    name="exam_04_welsh_informal_pryce_evans",
    **{"from": "Bethan Llewellyn <bethan.llewellyn@sussexpartnership.nhs.uk>"},
    subject="MHA this morning - Rhiannon",
    date=when(2025, 10, 30, 14, 2),
    cte="base64",
    text="""Bore da,

Just a quick one to let you know I've been out to see Rhiannon Pryce-Evans (DOB 21.07.1997) this
morning at her flat, 2 Marine Parade Mews, Seaford Road, Littlehampton BN17 5QW.

Her Mam rang the crisis line last night - Rhiannon's not slept for five nights, she's been up at
all hours cleaning and was convinced the neighbours had put cameras in the smoke alarm. Poor dab,
she was very frightened.

After we assessed her, Rhiannon agreed to come into hospital and she's been admitted to Larch Ward
informally, Mill View, this afternoon.

Her little one, Cerys, is only 18/12 - she's staying with her nain (Rhiannon's Mam, Gwen Pryce,
07700 900 677) in Rustington for now. There's no partner on the scene, Rhiannon's on her own with
Cerys. I have no worries about Cerys's safety, Gwen is very capable.

Rhiannon was happy for me to let you know, and so was her Mam.

Diolch,
Bethan

Bethan Llewellyn
AMHP - Arun & Chichester
07700 900 134
""",
    label=dict(
        name="Rhiannon Pryce-Evans", dob="1997-07-21",
        reason="not slept for five nights",
        children=[("Cerys", None, 1)],
        address="2 Marine Parade Mews, Seaford Road, Littlehampton", postcode="BN17 5QW",
        phones=["07700 900677"],
        outcome=("admitted_informal", None, "Larch Ward, Mill View", None, None),
        risks=("none_known", "not_stated", ["no_other_carer"]),
        consent=("obtained", True),
    ),
)

# 5 Scottish phrasing; partner's daughter counts, adult son does not; HTT; lone working
case(
    name="exam_05_scottish_htt_macleod",
    **{"from": "Fiona Mackintosh <fiona.mackintosh@westsussex.gov.uk>"},
    subject="MHA - Callum MacLeod",
    date=when(2025, 11, 10, 9, 31),
    text="""Hiya,

I'm just after assessing Callum MacLeod (d.o.b 09/12/1983) at the family home, 16 Thistle Grove,
Broadbridge Heath, Horsham RH12 3TP - sorry, should have sent this over the weekend.

Background: Callum's been low for months, but on Saturday night he put his fist through the
kitchen window during an argument about money and said he couldn't see the point any more. His
partner, Morag Lennox (07700 900 258), phoned 999.

His partner's daughter, Skye Lennox, aged 12, lives with them and was in the kitchen when it
happened - she was awful upset. Callum's own son Euan (19) stays there too.

Outcome: not detained – remains at home with HTT. The Home Treatment Team will be visiting twice
daily and he's agreed to see his GP on Monday.

Risks to workers: Callum can be volatile, lone working is not advised.

Callum declined consent for this referral but I've explained to him that I have to share it.
Morag knows I'm sending it.

Cheers,
Fiona Mackintosh
AMHP, Horsham & Mid Sussex
West Sussex County Council
01632 960 380 (office) / 07700 900 923
""",
    label=dict(
        name="Callum MacLeod", dob="1983-12-09",
        reason="put his fist through the kitchen window during an argument about money",
        children=[("Skye Lennox", None, 12)],
        address="16 Thistle Grove, Broadbridge Heath, Horsham", postcode="RH12 3TP",
        phones=["07700 900258"],
        outcome=("not_admitted", None, "at home",
                 "The Home Treatment Team will be visiting twice daily", None),
        risks=("identified", "identified", ["violence_aggression", "child_witnessed_incident"]),
        consent=("refused", True),
    ),
)

# 6 agency AMHP, one paragraph; name surname-first; newborn in delusions; awaiting a bed after s2
case(
    name="exam_06_agency_paragraph_nguyen",
    **{"from": "Kwame Asante <kwame.asante.locum@nhs.net>"},
    subject="MHA assessment - FYI",
    date=when(2025, 12, 1, 19, 12),
    charset="iso-8859-1",
    cte="8bit",
    text="""Hi there, I'm a locum AMHP covering West Sussex this week and not sure of your process so apologies if this isn't the right format, but I assessed Nguyen Thi Lan (DOB 12.11.1990) at home today after her husband Tran Van Minh called the GP because she hadn't slept for a week and kept saying the baby had been swapped for a different one at the hospital; she was detained under section 2 and is waiting at home with the ambulance crew for a bed at Swandean, their son Bao was born 4 weeks ago and is at home with dad, address is 58 Orchard Avenue, Worthing BN14 7PX, husband's mobile 07700 900 745. Thanks, Kwame
""",
    label=dict(
        name="Nguyen Thi Lan", dob="1990-11-12",
        reason="she hadn't slept for a week and kept saying the baby had been swapped",
        children=[("Bao", None, 0)],
        address="58 Orchard Avenue, Worthing", postcode="BN14 7PX",
        phones=["07700 900745"],
        outcome=("detained", "2", "at home with the ambulance crew", "waiting for a bed at Swandean", None),
        risks=("identified", "not_stated", ["child_in_delusions", "unborn_or_newborn"]),
        consent=("not_stated", None),
    ),
)

# 7 copy-pasted AMHP report sections; partner's children; NR mother's number; not discussed
case(
    name="exam_07_report_sections_whitlock",
    **{"from": "Helen Marsh <helen.marsh@sussexpartnership.nhs.uk>"},
    subject="AMHP report extract - G Whitlock",
    date=when(2025, 9, 8, 12, 44),
    charset="windows-1252",
    text=f"""Please see below sections copied from my AMHP report for your information.

Name: Graham WHITLOCK   DOB: 14.3.88   NHS No: {N3}
Address: 9 Peacock Lane, Southwick, Brighton BN42 4TL

Circumstances leading to the assessment
Mr Whitlock's GP requested an assessment after Graham disclosed hearing voices telling him he is
being poisoned through the water supply; he has lost a stone in weight and has stopped eating and
drinking anything from the house.

Social circumstances
Graham lives with his partner, Dawn Kerr, and her two children, Mason Kerr (14) and Ruby-Mae Kerr
(8). Dawn's mobile is 07700 900 566. Graham's mother, Sheila Whitlock, is his nearest relative and
lives in Shoreham (01632 960 604).

Decision and rationale
I made an application under section 3 of the Mental Health Act. Graham has a diagnosis of
paranoid schizophrenia and has had two admissions under section 2 in the last three years;
treatment in the community has not been successful. He was admitted to Rowan Ward, Swandean.

Safeguarding considerations
Dawn reported that Graham pushed her against a wall during an argument last month. The children
were at school at the time of the assessment. I am concerned about the children’s exposure to
conflict in the home.

Information sharing
I have not discussed this referral with the family due to the risks.

Helen Marsh
AMHP | Brighton & Hove AMHP Service | 0113 496 0542
""",
    label=dict(
        name="Graham WHITLOCK", dob="1988-03-14",
        reason="disclosed hearing voices telling him he is being poisoned through the water supply",
        children=[("Mason Kerr", None, 14), ("Ruby-Mae Kerr", None, 8)],
        address="9 Peacock Lane, Southwick, Brighton", postcode="BN42 4TL",
        phones=["07700 900566", "01632 960604"], nhs=[N3],
        outcome=("detained", "3", "Rowan Ward, Swandean", None, None),
        risks=("identified", "not_stated", ["violence_aggression", "domestic_abuse"]),
        consent=("not_sought", False),
    ),
)

# 8 outcome first, children last; multipart/alternative; complete
_rahman = """OUTCOME: NFA under the MHA. Aisha will remain at home; the CMHT duty worker will review her on
Monday and her GP has been updated.

Who: Aisha Rahman, 29 years old, DOB 08/08/1996
Where: 47 Chantry Road, Chichester PO19 7AB, home number 01632 960 905
Why: Aisha's sister raised concerns after Aisha sent messages saying she wanted to disappear and
had not left her bedroom for two weeks.
Risk to children: None known
Risk to workers: None known
Consent: Aisha consented to this referral.
Children: Zayn Rahman 05/06/2017, Inaya Rahman 22/01/2021

Sunita Patel, AMHP, Chichester
Sussex Partnership NHS FT – AMHP Hub 0117 496 0100
"""
case(
    name="exam_08_outcome_first_rahman",
    **{"from": "Sunita Patel <sunita.patel3@nhs.net>"},
    subject="MHA outcome – NFA – Rahman",
    date=when(2025, 11, 20, 18, 3),
    text=_rahman,
    html="<html><body>" + "".join(
        f"<p>{para.replace(chr(10), '<br>')}</p>" for para in _rahman.split("\n\n")
    ) + "</body></html>",
    label=dict(
        name="Aisha Rahman", dob="1996-08-08", age=29,
        reason="sent messages saying she wanted to disappear",
        children=[("Zayn Rahman", "2017-06-05", None), ("Inaya Rahman", "2021-01-22", None)],
        address="47 Chantry Road, Chichester", postcode="PO19 7AB",
        phones=["01632 960905"],
        outcome=("not_admitted", None, "at home", "the CMHT duty worker will review her on Monday", None),
        risks=("none_known", "none_known", []),
        consent=("obtained", True),
    ),
)

# 9 Gmail reply completing a missing-information request; child subject; nested quote
case(
    name="exam_09_gmail_reply_completes_dunn",
    **{"from": "Tom Akerele <tom.akerele@nhs.net>"},
    subject="Re: Missing information – AMHP notification (Ellie Dunn)",
    date=when(2025, 12, 3, 8, 55),
    text="""Hi,

Address is 22 Heron Close, Worthing BN13 3LP. Ellie's mum (Claire Dunn, 07700 900 819) gave
consent for the referral when I spoke to her yesterday. No known risks to workers visiting.

Tom

On Tue, 2 Dec 2025 at 10:14, Integrated Front Door <wschildrenservices@westsussex.gov.uk> wrote:
> Dear referrer,
>
> Thank you for your notification. To process it we need the following
> information, which was not included:
>
> - The address of the family home
> - Any risks to workers contacting the family
> - Whether consent was obtained, or why not
>
> Please reply to this email with the missing details.
>
> Integrated Front Door, West Sussex County Council
>
> On Mon, 1 Dec 2025 at 21:40, Tom Akerele <tom.akerele@nhs.net> wrote:
>> Hello, MHA assessment today on Ellie Dunn, 15 (DOB 17/04/2010), who took
>> an overdose of paracetamol at school and told staff she would do it again.
>> She was admitted informally to Chalkhill adolescent unit with her mother's
>> agreement. Ellie lives with mum and her younger brother Harvey (10).
>> Risks to children: none identified for Harvey.
>> Tom Akerele, AMHP, 07700 900 166
""",
    label=dict(
        name="Ellie Dunn", dob="2010-04-17", age=15,
        reason="took an overdose of paracetamol at school",
        children=[("Harvey", None, 10)],
        address="22 Heron Close, Worthing", postcode="BN13 3LP",
        phones=["07700 900819"],
        outcome=("admitted_informal", None, "Chalkhill adolescent unit", None, None),
        risks=("none_known", "none_known", []),
        consent=("obtained", True),
    ),
)

# 10 Outlook reply where the newer text supersedes an adjourned outcome
case(
    name="exam_10_outlook_reply_now_detained_ibrahim",
    **{"from": "Rachel Dunmore-Hill <rachel.dunmore-hill@sussexpartnership.nhs.uk>"},
    subject="RE: Missing information – AMHP notification",
    date=when(2025, 12, 9, 13, 40),
    charset="windows-1252",
    text="""Update – Mr Ibrahim was reassessed this morning and is now detained under section 2 on Meridian
Ward, Mill View Hospital. He agreed to the referral when I spoke to him afterwards.

Rachel

From: Integrated Front Door <wschildrenservices@westsussex.gov.uk>
Sent: 09 December 2025 09:02
To: Rachel Dunmore-Hill <rachel.dunmore-hill@sussexpartnership.nhs.uk>
Subject: Missing information – AMHP notification

Good morning,
Thank you for your referral. Please can you confirm:
• whether consent to the referral was obtained, or why it was not sought
Kind regards, Integrated Front Door

From: Rachel Dunmore-Hill
Sent: 08 December 2025 22:15
To: Integrated Front Door
Subject: AMHP notification

Name: Yusuf Ibrahim
DOB: 02/02/1979
Address: Flat 6, Merrow House, 88 Station Road, Burgess Hill RH15 9DD
Tel: 07700 900 283 (wife, Samira)
Children: Adam Ibrahim (11) and Leila Ibrahim (7)
Reason for assessment: threatening neighbours with a hammer over alleged noise, believes they are
transmitting thoughts into his head
Outcome: Assessment adjourned until tomorrow, contact the AMHP service on 01632 960 555.
Risks to children: no concerns for the children, they are with their mother.
Risks to workers: police advise double crewing due to the hammer incident.
""",
    label=dict(
        name="Yusuf Ibrahim", dob="1979-02-02",
        reason="threatening neighbours with a hammer over alleged noise",
        children=[("Adam Ibrahim", None, 11), ("Leila Ibrahim", None, 7)],
        address="Flat 6, Merrow House, 88 Station Road, Burgess Hill", postcode="RH15 9DD",
        phones=["07700 900283"],
        outcome=("detained", "2", "Meridian Ward, Mill View Hospital", None, None),
        risks=("none_known", "identified", ["violence_aggression", "weapons"]),
        consent=("obtained", True),
    ),
)

# 11 inline forward by hub admin; 136 then s2; child with partner overnight; not asked yet
case(
    name="exam_11_forward_inline_harper_moss",
    **{"from": "AMHP Hub Admin <amhp.hub@sussexpartnership.nhs.uk>"},
    subject="Fwd: MHA - Jodie Harper-Moss",
    date=when(2025, 12, 15, 9, 5),
    text="""Please see below, forwarded on behalf of the duty AMHP who has gone off shift.

Kind regards
Leanne, AMHP Hub admin, 0117 496 0333

---------- Forwarded message ---------
From: Daniel Okoro <daniel.okoro@nhs.net>
Date: Sat, 13 Dec 2025 at 02:11
Subject: MHA - Jodie Harper-Moss
To: AMHP Hub <amhp.hub@sussexpartnership.nhs.uk>

Leanne, please send to children's services on Monday.

Jodie Harper-Moss, 26 (21.09.99), 3 Sandpiper Walk, Bewbush, Crawley RH11 8PL, mobile 07700 900 372.
Jodie was picked up by police on Friday evening on the railway bridge at Three Bridges station
and brought to the place of safety on a 136.
Assessed at 01:30 – detained under Section 2, bed found on Pine Ward, Horsham.
Children: Tyler-James Harper-Moss 4yrs (dob 12/06/2021), at home with Jodie's partner Liam Cross
(07700 900 389) overnight.
Jodie was too unwell to discuss the referral and Liam hasn't been asked yet.
Risk to children: not known at this stage.
No known risks to workers.
Dan
""",
    label=dict(
        name="Jodie Harper-Moss", dob="1999-09-21", age=26,
        reason="picked up by police on Friday evening on the railway bridge",
        children=[("Tyler-James Harper-Moss", "2021-06-12", None)],
        address="3 Sandpiper Walk, Bewbush, Crawley", postcode="RH11 8PL",
        phones=["07700 900372", "07700 900389"],
        outcome=("detained", "2", "Pine Ward, Horsham", None, None),
        risks=("not_stated", "none_known", []),
        consent=("not_sought", False),
    ),
)

# 12 .docx form; US-style date; sister NR; child away with aunt; adult son elsewhere
case(
    name="exam_12_docx_form_darcy",
    **{"from": "Priya Ramanathan <priya.ramanathan@nhs.net>"},
    subject="AMHP notification form attached",
    date=when(2025, 10, 6, 15, 18),
    text="""Good afternoon,

Please find attached the AMHP notification form for Mr D'Arcy.

Regards,
Priya
""",
    attachments=[dict(
        kind="docx", filename="AMHP notification - DArcy.docx",
        paragraphs=["AMHP NOTIFICATION TO CHILDREN'S SERVICES",
                    "Completed by: Priya Ramanathan, AMHP, 0113 496 0871"],
        table=[
            ("Name of person assessed", "Patrick D'Arcy"),
            ("Date of birth", "May 3, 1975"),
            ("NHS number", N4),
            ("Home address", "Apartment 12, Sovereign Court, 5 Queen Street, Horsham, RH13 5AD"),
            ("Contact numbers", "Patrick 07700 900 457; nearest relative (sister, Bernadette D'Arcy) "
                                "07700 900 462; care coordinator Joe Fenn 01632 960 130"),
            ("Reason for referral for MHA assessment",
             "Escalating threats towards his ex-wife; found outside her house at 3am with a baseball bat"),
            ("Children in the household", "Sophie D'Arcy, DOB 20/08/2014 - lives with Patrick. "
                                          "Connor D'Arcy, 20 - lives with his mother."),
            ("Outcome of assessment", "Detained s2"),
            ("Where is the person now", "Oaklands Ward, Meadowfield Hospital, Worthing"),
            ("Risks to children", "Sophie was staying with her aunt Bernadette at the time and is still "
                                  "there. No concerns raised about Sophie's care."),
            ("Risks to workers", "Has assaulted police in the past. Do not visit alone."),
            ("Consent", "Consent was not sought as this would cause delay."),
        ],
    )],
    label=dict(
        name="Patrick D'Arcy", dob="1975-05-03",
        reason="Escalating threats towards his ex-wife",
        children=[("Sophie D'Arcy", "2014-08-20", None)],
        address="Apartment 12, Sovereign Court, 5 Queen Street, Horsham", postcode="RH13 5AD",
        phones=["07700 900457", "07700 900462"], nhs=[N4],
        outcome=("detained", "2", "Oaklands Ward, Meadowfield Hospital, Worthing", None, None),
        risks=("none_known", "identified", ["violence_aggression", "domestic_abuse", "weapons"]),
        consent=("not_sought", None),
    ),
)

# 13 .pdf form; months age; both agreed
case(
    name="exam_13_pdf_form_da_silva",
    **{"from": "Tiago Fernandes <tiago.fernandes@nhs.net>"},
    subject="Referral - MHA assessment (PDF)",
    date=when(2025, 11, 26, 21, 30),
    text="Referral attached (PDF). Any problems please call.\n\nTiago\n",
    attachments=[dict(
        kind="pdf", filename="notification.pdf",
        lines=[
            "West Sussex AMHP Service - Notification of Mental Health Act Assessment",
            "",
            "Person assessed: Mariana da Silva",
            f"DOB: 30/11/1992        NHS: {N5}",
            "Address: 4 Coastguard Cottages, Beach Road, Selsey, PO20 0LX",
            "Telephone: 07700 900 501 (Mariana)   01632 960 512 (home)",
            "Reason: Mariana's husband reported she had been talking about ending her life and had",
            "written goodbye letters.",
            "Children: Lucas da Silva 8 years; Beatriz da Silva 5 years; Rafael da Silva 7 months",
            "Outcome: Informal admission agreed; Mariana went to the Oaklands Centre this evening.",
            "Risks to children: The children are aware their mother is unwell; Mr da Silva is caring",
            "for them and has taken leave from work. No immediate concerns.",
            "Risks to workers: None",
            "Consent: Discussed with Mariana and her husband, who both agreed.",
            "",
            "Tiago Fernandes, AMHP, Chichester. Tel 0117 496 0412",
        ],
    )],
    label=dict(
        name="Mariana da Silva", dob="1992-11-30",
        reason="talking about ending her life and had written goodbye letters",
        children=[("Lucas da Silva", None, 8), ("Beatriz da Silva", None, 5), ("Rafael da Silva", None, 0)],
        address="4 Coastguard Cottages, Beach Road, Selsey", postcode="PO20 0LX",
        phones=["07700 900501", "01632 960512"], nhs=[N5],
        outcome=("admitted_informal", None, "the Oaklands Centre", None, None),
        risks=("none_known", "none_known", ["unborn_or_newborn"]),
        consent=("obtained", True),
    ),
)

# 14-16 not referrals
case(
    name="exam_14_read_receipt",
    **{"from": "Sarah Whitby <sarah.whitby@nhs.net>"},
    subject="Read: Missing information – AMHP notification (J. Okafor)",
    date=when(2025, 12, 4, 11, 47),
    text="""Your message

  To: Sarah Whitby
  Subject: Missing information – AMHP notification (J. Okafor)
  Sent: 04/12/2025 11:02

was read on 04/12/2025 11:47.
""",
    label=NOT_REFERRAL,
)
case(
    name="exam_15_out_of_office",
    **{"from": "Mark Devlin <mark.devlin@sussexpartnership.nhs.uk>"},
    subject="Automatic reply: AMHP notification – Clarke",
    date=when(2025, 12, 22, 10, 1),
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    text="""Thank you for your email. I am on annual leave until Monday 5th January 2026 with no access to
email. If your message relates to a Mental Health Act assessment or a child at risk, please
contact the AMHP Hub on 0117 496 0100 or the duty senior on 07700 900 999.

Mark Devlin, Senior AMHP
""",
    label=NOT_REFERRAL,
)
case(
    name="exam_16_newsletter",
    **{"from": "AMHP Service Communications <amhp.comms@sussexpartnership.nhs.uk>"},
    subject="AMHP Bulletin – Winter 2025",
    date=when(2025, 12, 12, 7, 0),
    html="""<html><body>
<h1>AMHP Bulletin &ndash; Winter 2025</h1>
<h2>Reminder: the joint protocol with Children's Social Care</h2>
<p>When you assess a parent or carer with children under 18 in the home, or a young person, email
the Integrated Front Door with the person's name and the reason for the assessment, the children's
names and dates of birth, the address, the outcome (detained, informal admission, not detained or
not concluded, and who to contact for an update), any risks to the children or to workers, and
whether consent was obtained.</p>
<h2>Section 136 suite</h2>
<p>The place of safety at Langley Green is closed for refurbishment from 1 to 14 December; patients
detained under s136 will be taken to Mill View.</p>
<h2>Welcome</h2>
<p>Welcome to Aled Morgan and Priscilla Nwosu, who join the Worthing AMHP team this month.</p>
<p>To unsubscribe from this bulletin reply with UNSUBSCRIBE.</p>
</body></html>
""",
    label=NOT_REFERRAL,
)

# 17 on a 136 awaiting second doctor; update contact is a professional
case(
    name="exam_17_136_awaiting_doctor_kowalski",
    **{"from": "Joanna Wiśniewska <joanna.wisniewska@nhs.net>"},
    subject="Notification – Mr Kowalski – MHA in progress",
    date=when(2025, 10, 19, 11, 12),
    text="""Dear Front Door,

Notification as per protocol. Marek Kowalski (DOB: 1985-06-17) is on a 136 at the place of safety
at Langley Green awaiting second doctor. He was detained by police yesterday evening after being
found on the roof of a multi-storey car park in Crawley town centre.

Home address: 27 Wren Close, Tilgate, Crawley, RH10 5JD.
Family: wife Agnieszka Kowalska (tel. 07700 900 620) and their children Zofia (born 03.02.2014)
and Jakub (born 28.10.2018). All at home.
For an update please ring the duty AMHP, Sam Brennan, on 0113 496 0712.

Risks to the children — no concerns for the children at present; Agnieszka is with them.
Risks to workers — none known.
Consent — Agnieszka was told about this referral and agreed to it.

Regards
Joanna Wiśniewska
AMHP, Crawley
""",
    label=dict(
        name="Marek Kowalski", dob="1985-06-17",
        reason="found on the roof of a multi-storey car park",
        children=[("Zofia", "2014-02-03", None), ("Jakub", "2018-10-28", None)],
        address="27 Wren Close, Tilgate, Crawley", postcode="RH10 5JD",
        phones=["07700 900620"],
        outcome=("not_concluded", "136", "the place of safety at Langley Green", None,
                 "the duty AMHP, Sam Brennan, on 0113 496 0712"),
        risks=("none_known", "none_known", []),
        consent=("obtained", True),
    ),
)

# 18 Outlook HTML, base64; s4 pending second recommendation; child found parent; single parent
case(
    name="exam_18_s4_pending_bello",
    **{"from": "Chidi Nwosu <chidi.nwosu@sussexpartnership.nhs.uk>"},
    subject="URGENT: s4 MHA – Bello",
    date=when(2025, 11, 14, 20, 48),
    cte="base64",
    html="""<html><head><style>p.MsoNormal{margin:0cm;font-family:Arial}</style></head><body>
<div class="WordSection1">
<p class="MsoNormal">Good evening,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">I am writing to inform you that following an MHA assessment this evening I have made an
emergency application under s4 pending second medical recommendation for Folake Bello (DOB 25/12/1990).</p>
<p class="MsoNormal">Folake was brought to A&amp;E at Worthing Hospital by ambulance after she was found by her
9-year-old son, Daniel, having taken a large quantity of her prescribed medication. She currently remains in
the emergency department at Worthing Hospital.</p>
<p class="MsoNormal">Folake is a single parent and lives with Daniel Bello (DOB 14/03/2016) and Grace Bello
(DOB 07/09/2022) at 11 Heene Terrace, Worthing, BN11 3NT. The children are currently with Folake&#8217;s
sister, Funmi Adeyemi, tel 07700 900 735.</p>
<p class="MsoNormal"><b>Risks to children:</b> there is no one else to care for the children in the longer term;
Daniel found his mother and was very distressed.</p>
<p class="MsoNormal"><b>Risks to workers:</b> none identified.</p>
<p class="MsoNormal"><b>Consent:</b> Folake was not able to engage in a discussion about this referral. Her sister
is aware of it.</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Chidi Nwosu<br>AMHP, Worthing &amp; Adur<br>Office 01632 960 260 &#124; Mobile 07700 900 261</p>
</div></body></html>
""",
    label=dict(
        name="Folake Bello", dob="1990-12-25",
        reason="found by her 9-year-old son, Daniel, having taken a large quantity of her prescribed medication",
        children=[("Daniel Bello", "2016-03-14", None), ("Grace Bello", "2022-09-07", None)],
        address="11 Heene Terrace, Worthing", postcode="BN11 3NT",
        phones=["07700 900735"],
        outcome=("detained", "4", "the emergency department at Worthing Hospital", None, None),
        risks=("identified", "none_known", ["child_witnessed_incident", "no_other_carer"]),
        consent=("not_sought", True),
    ),
)

# 19 pregnant, no other children; unborn in delusions; hostile partner (not her aggression)
case(
    name="exam_19_pregnant_no_children_fairweather",
    **{"from": "Imogen Reeves <imogen.reeves@nhs.net>"},
    subject="MHA assessment - pregnant woman",
    date=when(2025, 9, 29, 17, 55),
    cte="8bit",
    text="""Hello IFD,

Notifying you of an MHA assessment today on Chloe Fairweather, 23, who is 28 weeks pregnant. Chloe's
midwife raised concerns after Chloe told her the baby is "not human" and that it is "being
controlled by the TV". She has stopped taking her antipsychotic medication because she fears it
will harm the baby.

Chloe lives with her boyfriend, Ryan Tate, at 19 Seaview Road, Shoreham-by-Sea BN43 5FG. There are
no other children in the home.

Outcome: detained under Section 2 and admitted to Oakwood Ward.
Risk to the unborn baby: Chloe's beliefs about the baby are a significant concern and a pre-birth
assessment may be needed.
Risk to workers: Ryan is hostile to professionals and has threatened the midwife.
Consent: Chloe refused.
Ryan's mobile: 07700 900 844.

Imogen Reeves, AMHP
""",
    label=dict(
        name="Chloe Fairweather", age=23,
        reason="told her the baby is \"not human\"",
        children=[], children_status="none_known",
        address="19 Seaview Road, Shoreham-by-Sea", postcode="BN43 5FG",
        phones=["07700 900844"],
        outcome=("detained", "2", "Oakwood Ward", None, None),
        risks=("identified", "identified", ["child_in_delusions", "unborn_or_newborn", "non_engagement"]),
        consent=("refused", True),
    ),
)

# 20 children who do not count: daughter with her mother, visiting niece, adult son
_pike = """Hi all,

MHA assessment this afternoon for Darren Pike (DOB 04/04/1981), 6 Linden Road, Bognor Regis
PO21 2AZ, tel 07700 900 903.

Reason: his brother called police after Darren had been drinking heavily for a week and was
threatening to hang himself in the garage.

Darren's daughter Lily (6) lives with her mum in Brighton and sees him alternate weekends - she
wasn't there. His niece Poppy (4) was visiting with his brother at the time. His son Jack is 19 and
lives with Darren. So no children live at the address.

Outcome: admitted to Larch Ward informally.
Risks to children: none identified.
Risks to workers: none known.
Darren is happy for you to have this information.

Owain Hughes
AMHP | West Sussex County Council | 01632 960 611
"""
case(
    name="exam_20_children_elsewhere_pike",
    **{"from": "Owain Hughes <owain.hughes@westsussex.gov.uk>"},
    subject="AMHP notification – D. Pike",
    date=when(2025, 10, 11, 16, 20),
    text=_pike,
    html="<html><body><div>" + _pike.replace("\n\n", "</div><div><br></div><div>").replace("\n", " ")
    + "</div></body></html>",
    label=dict(
        name="Darren Pike", dob="1981-04-04",
        reason="drinking heavily for a week and was threatening to hang himself",
        children=[], children_status="none_known",
        address="6 Linden Road, Bognor Regis", postcode="PO21 2AZ",
        phones=["07700 900903"],
        outcome=("admitted_informal", None, "Larch Ward", None, None),
        risks=("none_known", "none_known", ["substance_misuse"]),
        consent=("obtained", True),
    ),
)

# 21 HTML only, iso-8859-1; grandson under an SGO; young carer; large dog; husband agreed
case(
    name="exam_21_sgo_grandson_okafor",
    **{"from": "Grace Adebayo <grace.adebayo@sussexpartnership.nhs.uk>"},
    subject="MHA assessment – Mrs P Okafor",
    date=when(2025, 11, 5, 15, 36),
    charset="iso-8859-1",
    html="""<html><body style="font-family:Calibri">
<p>Dear Front Door colleagues,</p>
<p>I assessed <b>Mrs Patricia Okafor</b> (DOB 17/01/1964) today at her home, Hillside, 2 Downs View,
Storrington, Pulborough RH20 4PP. Landline 01632 960 733; her husband Emeka's mobile 07700 900 117.</p>
<p>Patricia has become increasingly confused and agitated over the past fortnight, accusing her husband
of poisoning her food; on Tuesday she hit him with her walking stick.</p>
<p>Patricia and Emeka care for their grandson, Tyler Okafor, 11, who lives with them under an SGO.
Tyler has been doing most of the cooking and helping his grandmother to wash.</p>
<p>Patricia was not detained; she accepted an informal admission to Iris Ward, Meadowfield Hospital.</p>
<p><u>Risks to children</u>: Tyler has been taking on a caring role and was present on Tuesday.<br>
<u>Risks to workers</u>: there is a large dog (German shepherd) at the property.<br>
<u>Consent</u>: Mr Okafor has agreed to this referral.</p>
<p>Many thanks,<br>Grace Adebayo<br>AMHP &middot; Chichester &middot; 0113 496 0321 / 07700 900 320</p>
</body></html>
""",
    label=dict(
        name="Patricia Okafor", dob="1964-01-17",
        reason="accusing her husband of poisoning her food; on Tuesday she hit him with her walking stick",
        children=[("Tyler Okafor", None, 11)],
        address="Hillside, 2 Downs View, Storrington, Pulborough", postcode="RH20 4PP",
        phones=["01632 960733", "07700 900117"],
        outcome=("admitted_informal", None, "Iris Ward, Meadowfield Hospital", None, None),
        risks=("identified", "identified",
               ["violence_aggression", "domestic_abuse", "young_carer", "child_witnessed_incident"]),
        consent=("obtained", True),
    ),
)

# 22 child subject with siblings; adult brother away; mother and stepfather numbers; dogs
case(
    name="exam_22_child_subject_siblings_clarke_bell",
    **{"from": "Natalie Rhodes <natalie.rhodes@nhs.net>"},
    subject="YP MHA assessment - Jayden Clarke-Bell",
    date=when(2025, 10, 24, 22, 10),
    cte="base64",
    text="""Jayden Clarke-Bell, 16 (DOB 02/10/2009), was assessed under the MHA today at the Royal Alexandra
Children's Hospital. He was brought in by police after climbing the fence of the A27 flyover and
saying he wanted to jump.

Detained s2 MHA 1983 – awaiting transfer to Chalkhill when a bed is confirmed.

Family: mum Nicola Clarke (07700 900 245), stepdad Wayne Bell (07700 900 246), home address
40 Elm Grove, Lancing BN15 8QR. Siblings at home: Kayla Bell (13) and Mason Bell (7). Older brother
Ashley (19) is away at university.

Jayden's siblings were not present; no concerns about them.
Mum asks that visits are arranged by phone first as the family have two large dogs.
Mum, who has PR, consented to this referral.

Natalie Rhodes
CAMHS AMHP
Tel 0117 496 0555
""",
    label=dict(
        name="Jayden Clarke-Bell", dob="2009-10-02", age=16,
        reason="climbing the fence of the A27 flyover and saying he wanted to jump",
        children=[("Kayla Bell", None, 13), ("Mason Bell", None, 7)],
        address="40 Elm Grove, Lancing", postcode="BN15 8QR",
        phones=["07700 900245", "07700 900246"],
        outcome=("detained", "2", "the Royal Alexandra Children's Hospital",
                 "awaiting transfer to Chalkhill when a bed is confirmed", None),
        risks=("none_known", "identified", []),
        consent=("obtained", True),
    ),
)

# 23 HTML only Outlook table, iso-8859-1 base64; accented name; consent later
case(
    name="exam_23_outlook_table_morgan_lloyd",
    **{"from": "Gareth Pugh <gareth.pugh@sussexpartnership.nhs.uk>"},
    subject="AMHP Notification",
    date=when(2025, 9, 16, 18, 25),
    charset="iso-8859-1",
    cte="base64",
    html=f"""<html><head><meta charset="iso-8859-1"></head><body>
<p class=MsoNormal>Hi,</p><p class=MsoNormal>Details as below.</p>
<table border=1 cellpadding=3>
<tr><td class=MsoNormal>Service user</td><td>Siân Morgan-Lloyd</td></tr>
<tr><td>DOB</td><td>9th January 1994</td></tr>
<tr><td>Address</td><td>15 Fairfield Crescent, East Grinstead, RH19 4JX</td></tr>
<tr><td>Phone</td><td>07700 900 386</td></tr>
<tr><td>NHS</td><td>{N6}</td></tr>
<tr><td>Reason</td><td>Found by her partner having cut her wrists; told A&amp;E she hears her late father telling her to join him</td></tr>
<tr><td>Children</td><td>Osian (aged 5) and Mali (aged 2)</td></tr>
<tr><td>Outcome</td><td>Informal admission &#8211; Larch Ward, Mill View</td></tr>
<tr><td>Risk to children</td><td>Osian found his mum and called his dad</td></tr>
<tr><td>Risk to workers</td><td>None known</td></tr>
<tr><td>Consent</td><td>Not sought &#8211; I will discuss it with Siân and her partner (Rhys Lloyd, 07700 900 387) tomorrow when she is more settled</td></tr>
</table>
<p class=MsoNormal>Gareth Pugh, AMHP<br>Mid Sussex AMHP team 0113 496 0650</p>
</body></html>
""",
    label=dict(
        name="Siân Morgan-Lloyd", dob="1994-01-09",
        reason="Found by her partner having cut her wrists",
        children=[("Osian", None, 5), ("Mali", None, 2)],
        address="15 Fairfield Crescent, East Grinstead", postcode="RH19 4JX",
        phones=["07700 900386", "07700 900387"], nhs=[N6],
        outcome=("admitted_informal", None, "Larch Ward, Mill View", None, None),
        risks=("identified", "none_known", ["child_witnessed_incident"]),
        consent=("not_sought", False),
    ),
)

# 24 signature with several numbers; care coordinator's two numbers; NR brother; invalid NHS number
case(
    name="exam_24_care_coordinator_nr_brother_fraser",
    **{"from": "Kirsty Ballantyne <kirsty.ballantyne@nhs.net>"},
    subject="MHA notification (Fraser)",
    date=when(2025, 11, 18, 14, 9),
    charset="windows-1252",
    cte="8bit",
    text="""Good afternoon,

I completed an MHA assessment this morning for Ewan Fraser (DOB 22/06/1990, NHS 999 123 4561 –
number from an old letter, may be wrong), 12 Ship Street, Littlehampton BN17 5DE; Ewan’s mobile
07700 900 450, home 01632 960 450.

Ewan was referred by his care coordinator, Lucy Haines (Arun CMHT, 01632 960 999, mobile
07700 900 998), after he stopped his clozapine and was heard shouting threats at neighbours through
the wall at night.

His nearest relative is his brother, Angus Fraser, 07700 900 452, who I consulted.

Ewan lives with his partner Jade Wilson and her son, Kai (3yo).

Outcome: Detained under S.3 — Amber Ward, Meadowfield.

Risk: Kai was at nursery during the assessment; Jade says Ewan has never been aggressive towards
Kai. No concerns for Kai.
Ewan has a history of assaulting staff on the ward (2019). Police have a marker on the address.

Jade and Angus are both aware of this referral and agree to it.

Kirsty Ballantyne
Senior Practitioner / AMHP
Arun Adult Mental Health Team
T: 01632 960 100 | M: 07700 900 101 | AMHP Hub: 0117 496 0100 | Fax: 01632 960 109
""",
    label=dict(
        name="Ewan Fraser", dob="1990-06-22",
        reason="stopped his clozapine and was heard shouting threats at neighbours",
        children=[("Kai", None, 3)],
        address="12 Ship Street, Littlehampton", postcode="BN17 5DE",
        phones=["07700 900450", "01632 960450", "07700 900452"], nhs=[],
        outcome=("detained", "3", "Amber Ward, Meadowfield", None, None),
        risks=("none_known", "identified", ["violence_aggression", "non_engagement"]),
        consent=("obtained", True),
    ),
)

# 25 past detention as history; children with father for now; young carer; refused; 7bit
case(
    name="exam_25_history_distractor_adeyemi",
    **{"from": "Ruth Cole <ruth.cole@westsussex.gov.uk>"},
    subject="AMHP - B Adeyemi",
    date=when(2025, 10, 2, 13, 15),
    cte="7bit",
    text="""To IFD

Re: Blessing Adeyemi d.o.b. 17-08-84
Address: 2 Mill Cottages, Ashington, RH20 3BQ

Blessing was last detained under s.2 in 2021 following a similar relapse. She has been refusing
contact with her CMHT for 3 months and neighbours reported her shouting in the street at night.

Application made under Section 3 today; she is on Pine Ward.

Children: Precious (DOB 11/11/2011) and Samuel (DOB 02/02/2015). They are staying with their
father, Olu Adeyemi (07700 900 533), who lives separately, until Blessing is discharged.

Risks to children: Precious has been getting Samuel ready for school and cooking for the family;
the children have been left alone for long periods while Blessing walks the streets.

Blessing declined to consent. Olu has been informed.

Ruth Cole
AMHP
""",
    label=dict(
        name="Blessing Adeyemi", dob="1984-08-17",
        reason="refusing contact with her CMHT for 3 months and neighbours reported her shouting",
        children=[("Precious", "2011-11-11", None), ("Samuel", "2015-02-02", None)],
        address="2 Mill Cottages, Ashington", postcode="RH20 3BQ",
        phones=["07700 900533"],
        outcome=("detained", "3", "Pine Ward", None, None),
        risks=("identified", "not_stated", ["neglect", "young_carer", "non_engagement"]),
        consent=("refused", True),
    ),
)

# 26 child subject admitted informally with father's agreement; parents agreeable
_singh = """Good evening,

I am notifying you of a Mental Health Act assessment today concerning a fourteen-year-old,
Amrit Kaur Singh (date of birth 14th February 2011).

Amrit was referred by CAMHS after she had not eaten or drunk for four days and reported hearing
voices telling her she is evil.

Amrit was admitted to the Chalkhill unit informally with her father’s agreement.

Amrit lives with her parents, Jaswinder and Manjit Singh (home 01632 960 414), and her younger
brother Arjun (DOB 01/12/2017) at 8 Coppice Way, Haywards Heath RH16 1FG.

No risks to Arjun identified. Safe to visit.

Mr and Mrs Singh were informed of my duty to share and were agreeable.

Harpreet Gill
AMHP, CAMHS
"""
case(
    name="exam_26_child_informal_parent_agreement_singh",
    **{"from": "Harpreet Gill <harpreet.gill@sussexpartnership.nhs.uk>"},
    subject="MHA assessment – young person",
    date=when(2025, 12, 6, 19, 44),
    charset="windows-1252",
    text=_singh,
    html="<html><body>" + "".join(f"<p class=\"MsoNormal\">{p}</p>" for p in _singh.split("\n\n"))
    + "</body></html>",
    label=dict(
        name="Amrit Kaur Singh", dob="2011-02-14", age=14,
        reason="had not eaten or drunk for four days and reported hearing voices",
        children=[("Arjun", "2017-12-01", None)],
        address="8 Coppice Way, Haywards Heath", postcode="RH16 1FG",
        phones=["01632 960414"],
        outcome=("admitted_informal", None, "the Chalkhill unit", None, None),
        risks=("none_known", "none_known", []),
        consent=("obtained", True),
    ),
)

# 27 adjourned, person not found, no update contact; baby staying with grandmother
case(
    name="exam_27_adjourned_no_contact_hollis",
    **{"from": "Alex Varga <alex.varga@nhs.net>"},
    subject="attempted MHA",
    date=when(2025, 11, 28, 17, 2),
    text="""Hi,
Attempted MHA assessment today for Kieran Hollis (dob 15/01/1995) at 33 Swallow Rise, Chichester
PO19 3HD - he wasn't at home and didn't answer his phone (07700 900 611). Assessment adjourned;
police to do a welfare check tonight and we'll try again with a s135 warrant if needed.
Referral was because his partner Stacey reported he'd been smoking skunk daily, not sleeping and
talking about "the end of the world on Friday".
They have a baby, Ellis, 5 months old.
Stacey (07700 900 612) and Ellis are staying at her mum's for now.
Risks to workers: Kieran is known to carry a lock knife.
Thanks
Alex
""",
    label=dict(
        name="Kieran Hollis", dob="1995-01-15",
        reason="smoking skunk daily, not sleeping",
        children=[("Ellis", None, 0)],
        address="33 Swallow Rise, Chichester", postcode="PO19 3HD",
        phones=["07700 900611", "07700 900612"],
        outcome=("not_concluded", None, None, None, None),
        risks=("not_stated", "identified", ["substance_misuse", "unborn_or_newborn", "weapons"]),
        consent=("not_stated", None),
    ),
)

# 28 Outlook HTML; interpreter pending; update contact; baby unfed in hallucination; aware only
case(
    name="exam_28_interpreter_pending_tesfaye",
    **{"from": "Hannah Lowe <hannah.lowe@sussexpartnership.nhs.uk>"},
    subject="MHA not completed – Tesfaye",
    date=when(2025, 10, 27, 18, 30),
    charset="windows-1252",
    html="""<html><body><div class=WordSection1>
<p class=MsoNormal>Hello,</p>
<p class=MsoNormal>Re: Mehret Tesfaye, DOB 1993-02-11, Flat 2, 41 Victoria Road, Worthing BN11 1XB.</p>
<p class=MsoNormal>The health visitor was concerned that Mehret has stopped feeding the baby and says God has told
her not to.</p>
<p class=MsoNormal>The assessment could not be completed as no Tigrinya interpreter was available; it will be
reconvened tomorrow morning. She remains at home with her husband, Dawit (07700 900 282). For an update contact
Hannah Lowe, AMHP, on 07700 900 219.</p>
<p class=MsoNormal>There are three children: Selam (9), Yonas (6) and a baby, Ruth (10 weeks).</p>
<p class=MsoNormal>Risk to children: the baby is not being fed properly.<br>Risks to workers: no known risks.</p>
<p class=MsoNormal>Dawit is aware of this referral.</p>
<p class=MsoNormal>Hannah</p>
</div></body></html>
""",
    label=dict(
        name="Mehret Tesfaye", dob="1993-02-11",
        reason="stopped feeding the baby and says God has told her not to",
        children=[("Selam", None, 9), ("Yonas", None, 6), ("Ruth", None, 0)],
        address="Flat 2, 41 Victoria Road, Worthing", postcode="BN11 1XB",
        phones=["07700 900282"],
        outcome=("not_concluded", None, "at home with her husband", None,
                 "Hannah Lowe, AMHP, on 07700 900 219"),
        risks=("identified", "none_known", ["child_in_delusions", "neglect", "unborn_or_newborn"]),
        consent=("not_stated", True),
    ),
)

# 29 US-style dates; s136 then s3; aggression to police; police marker
case(
    name="exam_29_us_dates_obrien",
    **{"from": "Claire Fitzgerald <claire.fitzgerald@nhs.net>"},
    subject="MHA Act assessment notification - Sean O'Brien",
    date=when(2025, 11, 9, 10, 40),
    text="""Hello,

Sean O'Brien, born March 30, 1984, of The Old Forge, Church Lane, Bosham, Chichester PO18 8HL,
was assessed on Saturday night. He drove his car at speed towards a police cordon and said he was
on a mission from God. He was held on section 136 and, following assessment, detained under
section 3. He is now on the Woodlands Unit.

He lives with his partner Niamh Byrne (07700 900 640) and their children Aoibhinn O'Brien (born
May 3, 2016) and Fionn O'Brien (born January 22, 2020).

Risks to children: none known - the children were at home with Niamh.
Risks to workers: police have placed a marker on the property since Saturday.
Niamh consented to this referral.

Claire Fitzgerald, AMHP
""",
    label=dict(
        name="Sean O'Brien", dob="1984-03-30",
        reason="drove his car at speed towards a police cordon",
        children=[("Aoibhinn O'Brien", "2016-05-03", None), ("Fionn O'Brien", "2020-01-22", None)],
        address="The Old Forge, Church Lane, Bosham, Chichester", postcode="PO18 8HL",
        phones=["07700 900640"],
        outcome=("detained", "3", "the Woodlands Unit", None, None),
        risks=("none_known", "identified", ["violence_aggression"]),
        consent=("obtained", True),
    ),
)

# 30 Apple Mail forward with newer update on top superseding "awaiting bed"
case(
    name="exam_30_apple_forward_update_patel",
    **{"from": "Diane Shaw <diane.shaw@sussexpartnership.nhs.uk>"},
    subject="Fwd: AMHP notification - Ravi Patel",
    date=when(2025, 12, 11, 8, 20),
    text="""FYI – update since the email below: a bed was found overnight and Ravi is now detained under s2 at
Langley Green.

Diane Shaw
AMHP Lead, Mid Sussex

Begin forwarded message:

From: Owen Price <owen.price@nhs.net>
Subject: AMHP notification - Ravi Patel
Date: 10 December 2025 at 22:41:03 GMT
To: Diane Shaw <diane.shaw@sussexpartnership.nhs.uk>

Diane - can you pass this on to the IFD please.

Ravi Patel (DOB 29/09/1987), 5 Meadow Way, Burgess Hill RH15 0QS.
Wife Priya Patel 07700 900 707.
Children Anaya (7) and Dev (4).
Ravi believes his neighbours are poisoning the children's food and has stopped them eating
anything that isn't sealed.
Outcome: assessment concluded that he needs admission under s2 but no bed available; awaiting a
bed. Contact the AMHP Hub on 0117 496 0100 for an update.
We're worried about the children - they've barely eaten for three days.
Priya agreed to the referral.

Owen
""",
    label=dict(
        name="Ravi Patel", dob="1987-09-29",
        reason="believes his neighbours are poisoning the children's food",
        children=[("Anaya", None, 7), ("Dev", None, 4)],
        address="5 Meadow Way, Burgess Hill", postcode="RH15 0QS",
        phones=["07700 900707"],
        outcome=("detained", "2", "Langley Green", None, None),
        risks=("identified", "not_stated", ["child_in_delusions", "neglect"]),
        consent=("obtained", True),
    ),
)

# 31 subject refused but husband agreed; adult son; smart quotes windows-1252; bare "low" for workers
case(
    name="exam_31_subject_refused_husband_agreed_walsh",
    **{"from": "Bernie McCann <bernie.mccann@nhs.net>"},
    subject="MHA assessment – Teresa Walsh",
    date=when(2025, 9, 19, 20, 15),
    charset="windows-1252",
    text=f"""Dear IFD,

Teresa Walsh, 39, NHS {N7}, Flat 9, Regency House, 20 Brighton Road, Worthing BN11 2ES.

Teresa’s husband called 999 after she locked herself in the bathroom threatening to take an
overdose. She has been drinking a bottle of vodka a day since her mother died in June.

Teresa was assessed and not detained. She’ll be supported by the Crisis Resolution and Home
Treatment Team, who will visit tomorrow.

The family: husband Michael (07700 900 770), Ciara (15), Patrick (12) and Niall (18).

Risks to children: Ciara and Patrick were upstairs and were frightened by the shouting.
Risks to professionals: low.

Teresa refused to consent to the referral, however her husband Michael, who has parental
responsibility, gave his consent.

Bernie McCann, AMHP
""",
    label=dict(
        name="Teresa Walsh", age=39,
        reason="locked herself in the bathroom threatening to take an overdose",
        children=[("Ciara", None, 15), ("Patrick", None, 12)],
        address="Flat 9, Regency House, 20 Brighton Road, Worthing", postcode="BN11 2ES",
        phones=["07700 900770"], nhs=[N7],
        outcome=("not_admitted", None, None,
                 "supported by the Crisis Resolution and Home Treatment Team, who will visit tomorrow", None),
        risks=("identified", "none_known", ["substance_misuse"]),
        consent=("obtained", True),
    ),
)

# 32 lower-case terse; two-digit year; lower-case postcode
case(
    name="exam_32_lowercase_terse_ahmed",
    **{"from": "jo.pearce <jo.pearce@nhs.net>"},
    subject="mha",
    date=when(2025, 12, 2, 21, 58),
    text="""fao ifd - mha on zara ahmed dob 5/9/01 at 23 beech rd, horsham rh12 4jb (07700 900 804). nfa under mha, gp to review wk. she'd cut her arms after row w partner. 1 child hamza 2y living w her. risks to child - none, mum coping. consent given by zara. thx jo
""",
    label=dict(
        name="zara ahmed", dob="2001-09-05",
        reason="she'd cut her arms after row w partner",
        children=[("hamza", None, 2)],
        address="23 beech rd, horsham", postcode="RH12 4JB",
        phones=["07700 900804"],
        outcome=("not_admitted", None, None, "gp to review wk", None),
        risks=("none_known", "not_stated", []),
        consent=("obtained", True),
    ),
)

# 33 multipart/alternative base64; "family are aware" only
_kovacs = """Hi team,

MHA assessment today: Eszter Kovács, DOB 23/04/1979, 18 Sackville Road, Hove BN3 3FB (mobile
07700 900 715).

Eszter became very disorganised at work, walked out of her job at a café and was found wandering
the seafront at night talking about messages from the sea.

She has been admitted to Meridian Ward informally.

Children: Bence (13) and Lili (10), who are with their father, Gábor, at the family home.
Risks to children: no concerns, they are with their father.
Risks to workers: none.

The family are aware of this referral.

Kind regards,
Anna Bell
AMHP, Brighton & Hove
"""
case(
    name="exam_33_family_aware_only_kovacs",
    **{"from": "Anna Bell <anna.bell@nhs.net>"},
    subject="MHA assessment Kovács",
    date=when(2025, 10, 8, 17, 17),
    cte="base64",
    text=_kovacs,
    html="<html><body>" + "".join(f"<p>{p}</p>" for p in _kovacs.split("\n\n")) + "</body></html>",
    label=dict(
        name="Eszter Kovács", dob="1979-04-23",
        reason="walked out of her job at a café and was found wandering the seafront at night",
        children=[("Bence", None, 13), ("Lili", None, 10)],
        address="18 Sackville Road, Hove", postcode="BN3 3FB",
        phones=["07700 900715"],
        outcome=("admitted_informal", None, "Meridian Ward", None, None),
        risks=("none_known", "none_known", []),
        consent=("not_stated", True),
    ),
)

# 34 accented names, base64; partner's daughter; children in delusions although risk "Nil"
case(
    name="exam_34_accented_names_lefevre",
    **{"from": "Aurélie Dubois <aurelie.dubois@sussexpartnership.nhs.uk>"},
    subject="Notification MHA – Zoë Lefèvre-Martin",
    date=when(2025, 11, 12, 16, 42),
    cte="base64",
    text="""Bonjour / Hello,

NAME: Zoë Lefèvre-Martin
AGE: 35
ADDRESS: 7 Rue Cottages, Arundel Road, Angmering, Littlehampton BN16 4JQ
PARTNER: Gabriel Martin – 07700 900 930

Neighbours called police after Zoë was heard screaming that the children were being watched by
satellites and had to stay under the beds.

OUTCOME: Not detained. She has agreed to continue with the Early Intervention in Psychosis team,
who will see her on Thursday.

CHILDREN: Élodie (8) and Théo (6), and her partner's daughter Maisie Martin (12), who lives with
them.

RISK TO CHILDREN: Nil
RISK TO WORKERS: Nil
CONSENT: Zoë gave verbal consent.

Aurélie Dubois, AMHP, Arun
""",
    label=dict(
        name="Zoë Lefèvre-Martin", age=35,
        reason="heard screaming that the children were being watched by satellites",
        children=[("Élodie", None, 8), ("Théo", None, 6), ("Maisie Martin", None, 12)],
        address="7 Rue Cottages, Arundel Road, Angmering, Littlehampton", postcode="BN16 4JQ",
        phones=["07700 900930"],
        outcome=("not_admitted", None, None,
                 "continue with the Early Intervention in Psychosis team, who will see her on Thursday", None),
        risks=("identified", "none_known", ["child_in_delusions"]),
        consent=("obtained", True),
    ),
)

# 35 Gmail reply answering only part of the request; consent still open
case(
    name="exam_35_gmail_partial_reply_hassan",
    **{"from": "Peter Lindqvist <peter.lindqvist@nhs.net>"},
    subject="Re: Missing information – AMHP notification (O. Hassan)",
    date=when(2025, 10, 16, 10, 3),
    text="""Hi, sorry, the children are Amira Hassan (dob 03/03/2012) and Yusuf Hassan (dob 19/10/2019).
I'll come back to you about consent.
Peter

On Wed, 15 Oct 2025 at 16:20, Integrated Front Door <wschildrenservices@westsussex.gov.uk> wrote:
> Hello,
> We have received your notification but the following is missing:
>  * Details of the children in the home (names, dates of birth)
>  * Whether consent to the referral has been obtained
> Many thanks, Integrated Front Door (MASH)
>
> On Tue, 14 Oct 2025 at 23:02, Peter Lindqvist <peter.lindqvist@nhs.net> wrote:
>> Omar Hassan, DOB 10/10/1982, 64 Goring Road, Worthing BN12 4AP. Tel 01632 960 064.
>> Assessed after he threatened his brother with a screwdriver during a dispute
>> about the family business; he believes his brother is working with the devil.
>> Outcome: NFA under the MHA - remains at home, CMHT to follow up this week.
>> Risks to children: none known.
>> Risks to workers: lone working is not advised.
>> Peter Lindqvist, AMHP 07700 900 140
""",
    label=dict(
        name="Omar Hassan", dob="1982-10-10",
        reason="threatened his brother with a screwdriver",
        children=[("Amira Hassan", "2012-03-03", None), ("Yusuf Hassan", "2019-10-19", None)],
        address="64 Goring Road, Worthing", postcode="BN12 4AP",
        phones=["01632 960064"],
        outcome=("not_admitted", None, "at home", "CMHT to follow up this week", None),
        risks=("none_known", "identified", ["violence_aggression", "weapons"]),
        consent=("not_stated", None),
    ),
)

# 36 HTML only with <br>/&nbsp;; "Children in household: nil"; hostile adult son; told him only
case(
    name="exam_36_no_children_nil_griffiths",
    **{"from": "Rhodri Evans <rhodri.evans@sussexpartnership.nhs.uk>"},
    subject="AMHP notification",
    date=when(2025, 9, 25, 12, 12),
    html="""<div dir="ltr">Hello,<br><br>
Name:&nbsp;Gwyneth Griffiths<br>
DOB:&nbsp;11/07/1971<br>
Address:&nbsp;Ty Gwyn, 4 Hollow Lane, Henfield BN5 9SA<br>
Telephone:&nbsp;01632 960 474<br>
Children in household:&nbsp;nil (grandchildren visit at weekends)<br>
Reason:&nbsp;Stopped eating, convinced her body is rotting; GP found her severely dehydrated.<br>
Outcome:&nbsp;Detained under section 2 &ndash; Oakwood Ward.<br>
Risks to workers:&nbsp;Gwyneth's son Dylan, 24, who lives with her, has been verbally aggressive to the crisis team.<br>
I have informed her son of this notification.<br><br>
Rhodri Evans<br>AMHP, Horsham<br>0113 496 0474
</div>
""",
    label=dict(
        name="Gwyneth Griffiths", dob="1971-07-11",
        reason="Stopped eating, convinced her body is rotting",
        children=[], children_status="none_known",
        address="Ty Gwyn, 4 Hollow Lane, Henfield", postcode="BN5 9SA",
        phones=["01632 960474"],
        outcome=("detained", "2", "Oakwood Ward", None, None),
        risks=("not_stated", "identified", []),
        consent=("not_stated", True),
    ),
)

# 37 children said to exist with no details; threats to ex-partner; risk "Unknown"
case(
    name="exam_37_children_details_unknown_brooks",
    **{"from": "Simon Okwu <simon.okwu@nhs.net>"},
    subject="MHA assessment - L Brooks",
    date=when(2025, 11, 3, 15, 50),
    charset="windows-1252",
    text="""Hello,

Leon Brooks, DOB 30/06/1992
Caravan 14, Sunnyside Park, Runcton Lane, Chichester PO20 1QQ
Mobile 07700 900 392

Leon was referred by police after sending threatening messages to his ex-partner and posting
online about killing himself.

Outcome – not detained; discharged back to GP.

I understand Leon has two children who live with him part of the time but I don’t have their
details.

Risk to children: Unknown.
Risk to workers: Leon has made threats to kill his ex-partner’s new boyfriend; advise joint visit.

Consent not sought – Leon left before I could discuss it.

Simon Okwu
AMHP
""",
    label=dict(
        name="Leon Brooks", dob="1992-06-30",
        reason="sending threatening messages to his ex-partner and posting online about killing himself",
        children=[], children_status="unknown_to_referrer",
        address="Caravan 14, Sunnyside Park, Runcton Lane, Chichester", postcode="PO20 1QQ",
        phones=["07700 900392"],
        outcome=("not_admitted", None, None, "discharged back to GP", None),
        risks=("not_stated", "identified", ["violence_aggression", "domestic_abuse"]),
        consent=("not_sought", False),
    ),
)

# 38 Outlook HTML; "low" then hazard; small dog beside "no known risks"; grandmother caring
case(
    name="exam_38_dog_with_no_known_risks_murray",
    **{"from": "Lauren Pryor <lauren.pryor@sussexpartnership.nhs.uk>"},
    subject="MHA - Kerry-Ann Murray",
    date=when(2025, 10, 21, 19, 1),
    html="""<html><body><div class="WordSection1">
<p class="MsoNormal">Hi,</p>
<p class="MsoNormal"><b>Name:</b> Kerry-Ann Murray, DOB 12/12/1993<br>
<b>Address:</b> 27 Downland Avenue, Southwick BN42 4RA</p>
<p class="MsoNormal"><b>Reason for assessment:</b> paranoid that her ex-partner is watching her through the TV;
barricaded the front door and would not let anyone in.</p>
<p class="MsoNormal"><b>Children:</b> Brandon Murray (9), Courtney Murray (6) &#8211; now with maternal grandmother
Linda Murray, 07700 900 301.</p>
<p class="MsoNormal"><b>Outcome:</b> admitted to Larch Ward informally.</p>
<p class="MsoNormal"><b>Risks to children:</b> low &#8211; although the children have been kept at home for a week
and have missed school.</p>
<p class="MsoNormal"><b>Risks to workers:</b> No known risks to workers. There is a small dog at the property.</p>
<p class="MsoNormal"><b>Consent:</b> Kerry-Ann&#8217;s mum Linda is aware and happy for the referral to be made.</p>
<p class="MsoNormal">Lauren Pryor | AMHP | 01632 960 301 | 07700 900 300</p>
</div></body></html>
""",
    label=dict(
        name="Kerry-Ann Murray", dob="1993-12-12",
        reason="paranoid that her ex-partner is watching her through the TV",
        children=[("Brandon Murray", None, 9), ("Courtney Murray", None, 6)],
        address="27 Downland Avenue, Southwick", postcode="BN42 4RA",
        phones=["07700 900301"],
        outcome=("admitted_informal", None, "Larch Ward", None, None),
        risks=("identified", "identified", ["neglect"]),
        consent=("obtained", True),
    ),
)

# 39 children in the car; plan to take them; risk rated low afterwards
case(
    name="exam_39_low_then_hazard_bennett",
    **{"from": "Marcus Hale <marcus.hale@nhs.net>"},
    subject="MHA notification – Sophie Bennett",
    date=when(2025, 12, 8, 11, 27),
    cte="8bit",
    text="""Morning,

Sophie Bennett (DOB 2/8/1998), 8 Cedar Close, Findon, Worthing BN14 0RX.

On Friday Sophie drove her car into a bollard in Worthing town centre with her two children in the
back. She told police she wanted to "take the kids with her".

Application under s.2 completed; Sophie was conveyed to Oakwood Ward.

Children: Max (5yo) and Ava (2yo). They are with their dad, Jordan Bennett (07700 900 221), who
lives with them.

Risk to children: assessed as low now that Sophie is in hospital.
Risk to workers: none known.
Jordan agreed to the referral.

Marcus Hale
AMHP Worthing
""",
    label=dict(
        name="Sophie Bennett", dob="1998-08-02",
        reason="drove her car into a bollard in Worthing town centre with her two children in the back",
        children=[("Max", None, 5), ("Ava", None, 2)],
        address="8 Cedar Close, Findon, Worthing", postcode="BN14 0RX",
        phones=["07700 900221"],
        outcome=("detained", "2", "Oakwood Ward", None, None),
        risks=("identified", "none_known", ["suicide_plan_involving_child", "child_witnessed_incident"]),
        consent=("obtained", True),
    ),
)

# 40 single father; children found alone; aunt caring now; no capacity, aunt not told yet; base64
case(
    name="exam_40_single_dad_aunt_caring_novak",
    **{"from": "Eleanor Fisk <eleanor.fisk@westsussex.gov.uk>"},
    subject="MHA – Tomas Novak – children",
    date=when(2025, 11, 23, 9, 10),
    charset="windows-1252",
    cte="base64",
    text="""Good morning,

Subject of assessment: Tomas Novak, aged 45, 19 Harbour View, Shoreham-by-Sea BN43 5AB.

Police found Eva Novak (10) and Adam Novak (8) alone at home at 11pm on Saturday with no food in
the house; Tomas was found on the beach talking to the sea. Tomas is a single father and there is
no other adult at home.

Outcome: Detained Section 2 — Chichester Centre.

The children are now with their paternal aunt, Sandra Novak (07700 900 575).

Risk to children: as above – left alone and without food.
Risks to workers: Visits should be in pairs.

Consent: Tomas lacks capacity to consent today; Sandra has not yet been told about this referral.

Eleanor Fisk
AMHP, Adur & Worthing
""",
    label=dict(
        name="Tomas Novak", age=45,
        reason="Tomas was found on the beach talking to the sea",
        children=[("Eva Novak", None, 10), ("Adam Novak", None, 8)],
        address="19 Harbour View, Shoreham-by-Sea", postcode="BN43 5AB",
        phones=["07700 900575"],
        outcome=("detained", "2", "Chichester Centre", None, None),
        risks=("identified", "identified", ["neglect", "no_other_carer"]),
        consent=("not_sought", False),
    ),
)

# 41 machete, crack; drug-related visitors; 136 awaiting sobriety; partner not told due to risk
case(
    name="exam_41_weapons_drugs_136_reid",
    **{"from": "Danny Whelan <danny.whelan@nhs.net>"},
    subject="MHA – Lee Reid – not yet assessed",
    date=when(2025, 11, 30, 1, 35),
    text="""IFD,

Lee Reid (3/11/88), Flat 12, Tennyson Court, Furnace Green, Crawley RH10 6NP.
Lee has been using crack cocaine daily and was arrested after waving a machete at a neighbour.
He is on a 136 at the Langley Green place of safety; the assessment will take place once he is
no longer intoxicated. Contact the AMHP Hub on 0117 496 0100.

Household: partner Chantelle Davis (07700 900 888), her son Kane Davis (DOB 14/05/2011) and
their daughter Lacey Reid (DOB 01/06/2025).

I am worried about the children given the drug use in the home.
Drug-related visitors at the address and police have a marker.

Chantelle has not been told about this referral as she may alert Lee's associates.

Danny Whelan, night AMHP
""",
    label=dict(
        name="Lee Reid", dob="1988-11-03",
        reason="using crack cocaine daily and was arrested after waving a machete at a neighbour",
        children=[("Kane Davis", "2011-05-14", None), ("Lacey Reid", "2025-06-01", None)],
        address="Flat 12, Tennyson Court, Furnace Green, Crawley", postcode="RH10 6NP",
        phones=["07700 900888"],
        outcome=("not_concluded", "136", "the Langley Green place of safety", None,
                 "the AMHP Hub on 0117 496 0100"),
        risks=("identified", "identified",
               ["violence_aggression", "substance_misuse", "unborn_or_newborn", "weapons"]),
        consent=("not_sought", False),
    ),
)

# 42 address on separate lines; windows-1252 8bit; son in delusions; husband supports referral
case(
    name="exam_42_multiline_address_jenkins",
    **{"from": "Catrin Howells <catrin.howells@sussexpartnership.nhs.uk>"},
    subject="AMHP notification – Mrs F Jenkins",
    date=when(2025, 10, 13, 18, 0),
    charset="windows-1252",
    cte="8bit",
    text="""Dear colleague,

Mrs Ffion Jenkins
DOB: 02/02/1982
Rose Cottage
Pound Lane
Upper Beeding
Steyning
BN44 3JF

Ffion’s husband called the GP because she has been saying their son is “possessed” and needs to
be cleansed, and has not slept for days.

Outcome: Detained under S.2 — Oakwood Ward, Langley Green.

Child: Ioan Jenkins, DOB 03/03/2013.

Risks to Ioan: he is the focus of Ffion’s beliefs.
Risks to workers: safe to visit.

Mr Jenkins (Huw, 07700 900 346) is aware of and supports the referral.

Catrin Howells
AMHP
""",
    label=dict(
        name="Ffion Jenkins", dob="1982-02-02",
        reason="saying their son is “possessed” and needs to be cleansed",
        children=[("Ioan Jenkins", "2013-03-03", None)],
        address="Rose Cottage, Pound Lane, Upper Beeding, Steyning", postcode="BN44 3JF",
        phones=["07700 900346"],
        outcome=("detained", "2", "Oakwood Ward, Langley Green", None, None),
        risks=("identified", "none_known", ["child_in_delusions"]),
        consent=("obtained", True),
    ),
)

# 43 Scottish phrasing; granddaughter under an SGO; "no' been taking his meds"; "fine with"
case(
    name="exam_43_scottish_sgo_campbell",
    **{"from": "Ailsa Fraser <ailsa.fraser@westsussex.gov.uk>"},
    subject="Iain Campbell - MHA",
    date=when(2025, 9, 30, 16, 22),
    html="""<html><body>
<p>Afternoon,</p>
<p>Iain Campbell, 58 (DOB 14/08/1967), 3 Heather Bank, Forest Row Road, Crawley Down RH10 4LA. Wife Elspeth Campbell, 01632 960 377.</p>
<p>He's no' been taking his meds since the summer and Elspeth found him trying to set light to the
shed because he believed the neighbours were living in it.</p>
<p>Iain was admitted informally to Amberley Ward.</p>
<p>Their granddaughter Isla (7) lives with them under a special guardianship order. I've nae concerns about
Isla's safety &ndash; Elspeth is with her.</p>
<p>Elspeth's fine with the referral.</p>
<p>Ailsa Fraser<br>AMHP, Mid Sussex, 0113 496 0377</p>
</body></html>
""",
    label=dict(
        name="Iain Campbell", dob="1967-08-14", age=58,
        reason="trying to set light to the shed because he believed the neighbours were living in it",
        children=[("Isla", None, 7)],
        address="3 Heather Bank, Forest Row Road, Crawley Down", postcode="RH10 4LA",
        phones=["01632 960377"],
        outcome=("admitted_informal", None, "Amberley Ward", None, None),
        risks=("none_known", "not_stated", ["violence_aggression", "non_engagement"]),
        consent=("obtained", True),
    ),
)

# 44 agency AMHP, two lines; children exist without details
case(
    name="exam_44_agency_minimal_mensah",
    **{"from": "Paul Ridley <paul.ridley.agency@nhs.net>"},
    subject="assessment today",
    date=when(2025, 11, 7, 18, 49),
    text="""Hi, agency AMHP covering this week. Assessed a Mr Kofi Mensah today at Worthing hospital, he is a dad
of 3 young kids. Detained s2. Thanks. Paul
""",
    label=dict(
        name="Kofi Mensah",
        children=[], children_status="unknown_to_referrer",
        outcome=("detained", "2", None, None, None),
    ),
)

# 45 bullets; "(2 yrs)", "(7 weeks)"; two-digit year 20yy; voices about the baby; both consented
case(
    name="exam_45_bullets_weeks_green",
    **{"from": "Laura Quinn <laura.quinn@sussexpartnership.nhs.uk>"},
    subject="Perinatal MHA – Holly Green",
    date=when(2025, 10, 3, 14, 14),
    text="""• Person assessed: Holly Green, dob 04.06.02
• Address: 61 Oakhurst Road, Crawley RH10 1ZX
• Why: Holly told her health visitor she hears a voice telling her to drown Freya in the bath
• Children: Archie (2 yrs) and Freya (7 weeks)
• Outcome: Holly has been admitted informally to Rowan Mother and Baby Unit with Freya; Archie is with
  his dad at home
• Risk to children: voices about Freya – see above
• Risk to workers: nil
• Consent: Holly and her partner Sam Taylor (07700 900 163) both consented

Laura Quinn, Perinatal AMHP, 0117 496 0163
""",
    label=dict(
        name="Holly Green", dob="2002-06-04",
        reason="hears a voice telling her to drown Freya in the bath",
        children=[("Archie", None, 2), ("Freya", None, 0)],
        address="61 Oakhurst Road, Crawley", postcode="RH10 1ZX",
        phones=["07700 900163"],
        outcome=("admitted_informal", None, "Rowan Mother and Baby Unit", None, None),
        risks=("identified", "none_known", ["child_in_delusions", "unborn_or_newborn"]),
        consent=("obtained", True),
    ),
)

# 46 Outlook HTML reply completing risks and consent; quoted original in Outlook blocks
case(
    name="exam_46_outlook_html_reply_completes_ward",
    **{"from": "Sam Oduya <sam.oduya@sussexpartnership.nhs.uk>"},
    subject="RE: Missing information – AMHP notification (Jade Ward)",
    date=when(2025, 12, 5, 10, 10),
    html="""<html><body><div class="WordSection1">
<p class="MsoNormal">Apologies &#8211; risks to workers: none known. Consent: Jade consented on the day.</p>
<p class="MsoNormal">Sam</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>From:</b> Integrated Front Door &lt;wschildrenservices@westsussex.gov.uk&gt;<br>
<b>Sent:</b> 04 December 2025 15:31<br><b>To:</b> Sam Oduya<br>
<b>Subject:</b> Missing information &#8211; AMHP notification (Jade Ward)</p></div>
<p class="MsoNormal">Dear Sam, please tell us: any risks to workers contacting the family; whether consent was
obtained. Integrated Front Door</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>From:</b> Sam Oduya<br><b>Sent:</b> 03 December 2025 19:02<br>
<b>To:</b> Integrated Front Door<br><b>Subject:</b> AMHP notification (Jade Ward)</p></div>
<p class="MsoNormal">Jade Ward, 20, DOB 18/10/2005, Flat 1, 3 North Street, Midhurst GU29 9DH. Jade lives with her
mum, Tina Ward (07700 900 128), and her daughter Ruby (DOB 02/09/2024).</p>
<p class="MsoNormal">Jade&#8217;s mum found her on the bathroom floor after she had taken 40 paracetamol.</p>
<p class="MsoNormal">Outcome: not detained &#8211; remains at home with HTT.</p>
<p class="MsoNormal">Risk to children: Ruby is cared for by Tina; no concerns.</p>
</div></body></html>
""",
    label=dict(
        name="Jade Ward", dob="2005-10-18", age=20,
        reason="found her on the bathroom floor after she had taken 40 paracetamol",
        children=[("Ruby", "2024-09-02", None)],
        address="Flat 1, 3 North Street, Midhurst", postcode="GU29 9DH",
        phones=["07700 900128"],
        outcome=("not_admitted", None, "at home", "HTT", None),
        risks=("none_known", "none_known", []),
        consent=("obtained", True),
    ),
)

# 47 narrative, surname-first name; adjourned with a service to contact; child left alone
case(
    name="exam_47_adjourned_contact_service_wong",
    **{"from": "Kate Lomax <kate.lomax@nhs.net>"},
    subject="MHA assessment adjourned",
    date=when(2025, 9, 11, 17, 45),
    text="""Hello,

I was asked to assess Mrs Wong Mei Ling (born 1990-07-07) at home today, Flat 8, Jubilee Court,
Station Approach, Haywards Heath RH16 1EX. Her husband, Wong Kar Fai (07700 900 908), reports that
she has been talking to the spirits of her ancestors, not eating, and left their 4-year-old son,
Jason Wong, alone in the flat while she went to the temple at night.

Assessment adjourned until tomorrow, contact the AMHP service on 01632 960 000 if you need an
update.

Jason was left alone at night, which is a concern. Mr Wong speaks limited English; no other risks
known to visiting workers.

Mr Wong was agreeable to us sharing this with you.

Kate Lomax
AMHP
""",
    label=dict(
        name="Wong Mei Ling", dob="1990-07-07",
        reason="talking to the spirits of her ancestors, not eating, and left their 4-year-old son",
        children=[("Jason Wong", None, 4)],
        address="Flat 8, Jubilee Court, Station Approach, Haywards Heath", postcode="RH16 1EX",
        phones=["07700 900908"],
        outcome=("not_concluded", None, None, None, "the AMHP service on 01632 960 000"),
        risks=("identified", "none_known", ["neglect"]),
        consent=("obtained", True),
    ),
)

# 48 regraded from s2 to s3; consent not sought to avoid delay; two NHS numbers
case(
    name="exam_48_regraded_s2_to_s3_fox",
    **{"from": "Nadia Karim <nadia.karim@sussexpartnership.nhs.uk>"},
    subject="Update – Danielle Fox – now section 3",
    date=when(2025, 11, 25, 12, 0),
    text=f"""Dear Front Door,

Further to my notification earlier this month: Danielle Fox (DOB 19/04/1989, NHS {N8}) was detained
under s2 on 1st November and this has now been regraded to section 3 at her review
today. She remains on Oakwood Ward.

Danielle was originally assessed after she set fire to her bedding at home believing it was
infested.

Address: 15 Maple Drive, Horsham RH12 1PQ. Home phone 01632 960 015.
Her son, Kyle Fox (DOB 14/07/2014, NHS {N9}), lives with his grandmother, Carol Fox, at that address.

Risks to Kyle: none currently known.
Risks to workers: none known.
I did not seek consent because I did not want to delay the referral.

Nadia Karim, AMHP
""",
    label=dict(
        name="Danielle Fox", dob="1989-04-19",
        reason="set fire to her bedding at home believing it was infested",
        children=[("Kyle Fox", "2014-07-14", None)],
        address="15 Maple Drive, Horsham", postcode="RH12 1PQ",
        phones=["01632 960015"], nhs=[N8, N9],
        outcome=("detained", "3", "Oakwood Ward", None, None),
        risks=("none_known", "none_known", []),
        consent=("not_sought", None),
    ),
)

# 49 formal letter, not detained after informal admission declined; Yours sincerely
case(
    name="exam_49_formal_not_detained_ogunleye",
    **{"from": "Dr Abimbola Ogun <abimbola.ogun@sussexpartnership.nhs.uk>"},
    subject="Mental Health Act Assessment – Notification to Children's Services",
    date=when(2025, 10, 22, 16, 33),
    text="""For the attention of the Integrated Front Door

Dear Sir or Madam,

Re: Mr Adebayo Ogunleye-Smith, born 28 February 1977
Of: 21 St Leonard's Gardens, Hove, BN3 4QA
Telephone (home): 020 7946 0217

I write to advise that a Mental Health Act assessment was undertaken today in respect of the above
named, following a request from his GP, who was concerned by his rapidly escalating grandiose
beliefs, spending of several thousand pounds and very little sleep over the past fortnight.

Having considered all the circumstances of the case, I concluded that an application for detention
was not necessary. Mr Ogunleye-Smith declined an informal admission and will remain at home with
support from the Crisis Resolution Home Treatment Team, who will visit daily.

Mr Ogunleye-Smith resides with his wife, Mrs Yetunde Ogunleye-Smith, and their three children:
Tolu (born 02/04/2010), Ife (born 15/09/2013) and Dami (born 30/06/2019).

I am not aware of any risk to the children. There are no known risks to professionals visiting the
home.

Mr and Mrs Ogunleye-Smith have both consented to this referral.

Yours sincerely,

Dr Abimbola Ogun
Approved Mental Health Professional
Brighton & Hove AMHP Service
Telephone 0113 496 0911
""",
    label=dict(
        name="Adebayo Ogunleye-Smith", dob="1977-02-28",
        reason="rapidly escalating grandiose beliefs, spending of several thousand pounds and very little sleep",
        children=[("Tolu", "2010-04-02", None), ("Ife", "2013-09-15", None), ("Dami", "2019-06-30", None)],
        address="21 St Leonard's Gardens, Hove", postcode="BN3 4QA",
        phones=["020 7946 0217"],
        outcome=("not_admitted", None, "at home",
                 "support from the Crisis Resolution Home Treatment Team, who will visit daily", None),
        risks=("none_known", "none_known", []),
        consent=("obtained", True),
    ),
)

# 50 forward as an attached message/rfc822
case(
    name="exam_50_rfc822_forward_baker",
    **{"from": "Julie Stone <julie.stone@westsussex.gov.uk>"},
    subject="FW: MHA notification – Baker",
    date=when(2025, 12, 10, 9, 12),
    text="""Hi, please see the attached notification, which was sent to me in error.
Julie Stone, AMHP Service Manager, 01632 960 800
""",
    attachments=[dict(kind="eml", case=dict(
        name="exam_50_inner",
        **{"from": "Mike Rowe <mike.rowe@nhs.net>"},
        to="Julie Stone <julie.stone@westsussex.gov.uk>",
        subject="MHA notification – Baker",
        date=when(2025, 12, 9, 23, 5),
        text="""Julie,

Craig Baker, DOB 05/05/1985, 10 Gorse Avenue, East Preston, Littlehampton BN16 1SG
Partner: Stacey-Lou Baker 07700 900 505

Craig was reported by his partner after he punched a hole in the bedroom door and threatened to
kill her; he believes she is having an affair and is hearing her "voice in the walls".
Their sons Jake Baker (DOB 22/02/2015) and Oscar Baker (DOB 09/09/2017) were asleep in their
bedroom and did not see it.

Detained s.2 – Meridian Ward, Mill View.

Risks to children: the boys are frightened of their dad.
Risks to workers: Craig is hostile to police; do not visit alone while he is on leave.
Consent: Stacey-Lou has consented.

Mike Rowe, AMHP
""",
    ))],
    label=dict(
        name="Craig Baker", dob="1985-05-05",
        reason="punched a hole in the bedroom door and threatened to kill her",
        children=[("Jake Baker", "2015-02-22", None), ("Oscar Baker", "2017-09-09", None)],
        address="10 Gorse Avenue, East Preston, Littlehampton", postcode="BN16 1SG",
        phones=["07700 900505"],
        outcome=("detained", "2", "Meridian Ward, Mill View", None, None),
        risks=("identified", "identified", ["violence_aggression", "domestic_abuse"]),
        consent=("obtained", True),
    ),
)
