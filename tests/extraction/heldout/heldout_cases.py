# ruff: noqa: E501  (email bodies keep their unwrapped lines: real mail clients send them so)
"""The 40 held-out cases: email text and label (see make_heldout.py for the derived fields).

Label keys: name, dob, age (only when stated; else derived from dob), reason, children
[(name, dob, age)], children_status (default listed / not_stated), address, postcode, phones,
nhs, status, section, location, follow_up, update, rc, rw, ind, consent, aware.
All people, numbers and addresses are fictional (Ofcom drama ranges, 999 NHS numbers).
"""
from __future__ import annotations

CONF = ("\n\nThis e-mail and any attachments are confidential. If you are not the intended recipient "
        "please tell the sender on 01632 960 900 and delete it.\n")

CASES: list[dict] = []


def case(**kw) -> None:
    CASES.append(kw)


# 01 terse night-shift notes, all lower case, dog next to "no concerns"
case(
    name="ho_01_terse_lowercase",
    **{"from": "Lou Pritchard <lou.pritchard@sussexpartnership.nhs.uk>"},
    date="Mon, 03 Mar 2025 08:14:09 +0000",
    subject="mhaa overnight",
    cte="7bit",
    body="""hi ifd

mhaa last night, details below, sorry brief - on nights.

pt: kerry-ann walsh  dob 12/6/91
addr: 14 bramble close, bognor regis po21 3xy
why: found by police wandering on the a259 at 3am in her nightclothes, saying the neighbours were poisoning the water
kids at home: jayden (6) and mia (3). their dad dean walsh lives there too, mob 07700 900 123
outcome: sectioned s2, taken to larch ward, meadowfield
risks to kids - none known
workers - no concerns but big staffie in the garden
consent - dean agreed, kerry-ann too unwell to discuss

ta
lou

Lou Pritchard | AMHP | Sussex Partnership NHS FT
07700 900 987
""",
    label=dict(name="kerry-ann walsh", dob="1991-06-12",
               reason="found by police wandering on the a259 at 3am in her nightclothes",
               children=[("jayden", None, 6), ("mia", None, 3)],
               address="14 bramble close, bognor regis", postcode="PO21 3XY",
               phones=["+447700900123"], status="detained", section="2",
               location="larch ward, meadowfield", rc="none_known", rw="identified",
               consent="obtained", aware=True),
)

# 02 long narrative, no labels, date of birth and ages in words
case(
    name="ho_02_narrative_words",
    **{"from": "Femi Adeyemi <femi.adeyemi@nhs.net>"},
    date="Wed, 05 Mar 2025 16:40:31 +0000",
    subject="Notification of Mental Health Act assessment",
    body="""Dear colleagues,

I am writing to let you know about a Mental Health Act assessment I coordinated this afternoon for Mr Gareth Pryce, who was born on the third of November 1981 and lives at 27 Holly Tree Walk, Horsham, RH12 4PD.

Gareth's GP, Dr Amina Latif, requested the assessment after his wife told her that he had barely slept for a week, had given away most of their savings to strangers online and believed he had been chosen to "reset" the banking system.

Gareth lives with his wife Anita and their two daughters, Ellie, who is eleven, and Sophie, who turned eight last month. Anita can be reached on 07700 900 214.

Following the assessment Gareth was not detained. He remains at home and has accepted support from the Home Treatment Team, who will visit him daily, and his medication has been reviewed.

I have no concerns about the girls' immediate safety; Anita is protective and is taking time off work. I spoke to Anita about this notification and she is happy for it to be sent.

Kind regards,

Femi Adeyemi
Approved Mental Health Professional
Horsham AMHP Service
Tel 0117 496 0302
""",
    label=dict(name="Gareth Pryce", dob="1981-11-03",
               reason="barely slept for a week, had given away most of their savings",
               children=[("Ellie", None, 11), ("Sophie", None, 8)],
               address="27 Holly Tree Walk, Horsham", postcode="RH12 4PD",
               phones=["+447700900214"], status="not_admitted", location="at home",
               follow_up="support from the Home Treatment Team, who will visit him daily",
               rc="none_known", consent="obtained", aware=True),
)

# 03 Outlook HTML table, windows-1252, odd labels (SU, Kids at home, Outcome of MHAA, Consent to share)
case(
    name="ho_03_outlook_table_cp1252",
    **{"from": "\"Hollis, Margaret\" <margaret.hollis@westsussex.gov.uk>"},
    date="Thu, 13 Mar 2025 11:02:45 +0000",
    subject="MHAA - S.O'C - Crawley",
    shape="html",
    charset="windows-1252",
    headers={"X-Mailer": "Microsoft Outlook 16.0"},
    html="""<html xmlns:o="urn:schemas-microsoft-com:office:office">
<head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style></head>
<body lang="EN-GB">
<div class="WordSection1">
<p class="MsoNormal">Good morning,</p>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Please see details of this morning\u2019s MHAA.</p>
<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0">
<tr><td width="180"><p class="MsoNormal"><b>SU</b></p></td><td><p class="MsoNormal">Siobh\u00e1n O\u2019Connor</p></td></tr>
<tr><td><p class="MsoNormal"><b>DOB</b></p></td><td><p class="MsoNormal">22.01.1987</p></td></tr>
<tr><td><p class="MsoNormal"><b>Address</b></p></td><td><p class="MsoNormal">Flat 2, Coleridge House<br>9 Station Road<br>Crawley<br>RH10 1HQ</p></td></tr>
<tr><td><p class="MsoNormal"><b>Tel</b></p></td><td><p class="MsoNormal">01632 960 318 (home)</p></td></tr>
<tr><td><p class="MsoNormal"><b>Reason for MHAA</b></p></td><td><p class="MsoNormal">Neighbours called police after she was heard screaming that her son was \u201cnot her real son\u201d and had been replaced</p></td></tr>
<tr><td><p class="MsoNormal"><b>Kids at home</b></p></td><td><p class="MsoNormal">Ois\u00edn, 9 \u2013 staying with maternal grandmother (Br\u00edd, 07700 900 402) for now</p></td></tr>
<tr><td><p class="MsoNormal"><b>Outcome of MHAA</b></p></td><td><p class="MsoNormal">Sectioned under s.3 \u2013 admitted to Oaklands Ward, Langley Green Hospital</p></td></tr>
<tr><td><p class="MsoNormal"><b>Risks to children</b></p></td><td><p class="MsoNormal">Son features in her delusional beliefs \u2013 she has said he is an impostor.</p></td></tr>
<tr><td><p class="MsoNormal"><b>Risks to staff</b></p></td><td><p class="MsoNormal">Was verbally aggressive and spat at police on arrival.</p></td></tr>
<tr><td><p class="MsoNormal"><b>Consent to share</b></p></td><td><p class="MsoNormal">Not sought \u2013 SU lacks capacity at present. Grandmother is aware of this referral.</p></td></tr>
</table>
<p class="MsoNormal">&nbsp;</p>
<p class="MsoNormal">Many thanks</p>
<p class="MsoNormal"><b>Margaret Hollis</b><br>Senior Practitioner AMHP<br>West Sussex County Council<br>Tel: 0113 496 0555</p>
</div></body></html>
""",
    label=dict(name="Siobh\u00e1n O\u2019Connor", dob="1987-01-22",
               reason="heard screaming that her son was not her real son",
               children=[("Ois\u00edn", None, 9)],
               address="Flat 2, Coleridge House, 9 Station Road, Crawley", postcode="RH10 1HQ",
               phones=["+441632960318", "+447700900402"], status="detained", section="3",
               location="Oaklands Ward, Langley Green Hospital", rc="identified", rw="identified",
               ind=["child_in_delusions", "violence_aggression"], consent="not_sought", aware=True),
)

# 04 child subject, HTML only, base64, "Client", age in words
case(
    name="ho_04_child_subject_html_b64",
    **{"from": "Tom Ashworth <t.ashworth@nhs.net>"},
    date="Tue, 18 Mar 2025 19:25:00 +0000",
    subject="Young person - MHA assessment today",
    shape="html",
    cte="base64",
    html="""<html><body>
<div>Hello MASH,</div>
<div><br></div>
<div><b>Client:</b> Harley Mensah-Bright, aged fifteen (DOB 2009-08-30)</div>
<div><b>Home address:</b> 4 Kingfisher Drive, Lancing BN15 8RT</div>
<div><b>Why assessed:</b> took an overdose at school and was later found cutting in the toilets; says she will try again</div>
<div><b>Household:</b> lives with her mother Grace Mensah (07700 900 561) and her younger brother Kofi, who is 9.</div>
<div><b>Result:</b> admitted informally to Chalkhill adolescent unit with mum\u2019s agreement</div>
<div><b>Risk to other children:</b> no risks to Kofi identified</div>
<div><b>Risk to workers:</b> Nil</div>
<div><b>Consent:</b> mum (Grace) consented to this referral</div>
<div><br></div>
<div>Tom Ashworth<br>AMHP, Worthing &amp; Adur<br>07700 900 990</div>
</body></html>
""",
    label=dict(name="Harley Mensah-Bright", dob="2009-08-30", age=15,
               reason="took an overdose at school and was later found cutting",
               children=[("Kofi", None, 9)],
               address="4 Kingfisher Drive, Lancing", postcode="BN15 8RT",
               phones=["+447700900561"], status="admitted_informal",
               location="Chalkhill adolescent unit", rc="none_known", rw="none_known",
               consent="obtained", aware=True),
)

# 05 multipart/alternative, s136 hold with assessment pending, update contact a professional
case(
    name="ho_05_s136_pending_alt",
    **{"from": "Duty AMHP <duty.amhp@sussexpartnership.nhs.uk>"},
    date="Sat, 22 Mar 2025 02:31:12 +0000",
    subject="s136 - Daniel Okafor - not yet assessed",
    shape="alternative",
    body="""Evening all,

Re: Daniel Okafor, 29 (d.o.b. 14/04/1995)

Brought to the Oaklands place of safety by police under s136 at 23:40 after he was seen on the railway bridge at Shoreham threatening to jump.

Assessment has not yet been completed - we are waiting for a second doctor. For an update please contact the duty AMHP on 01632 960 555 (overnight) or the AMHP Hub after 9am.

Daniel lives with his partner Chloe Barnes and their son Reggie (2) at 3 Ropetackle Mews, Shoreham-by-Sea, BN43 5EG. Chloe's number is 07700 900 633.

Risks: not known at this stage.
Consent: not yet asked, will discuss when Daniel is calmer. Chloe has not been informed yet.

Duty AMHP (nights)
Sussex Partnership NHS Foundation Trust
""",
    label=dict(name="Daniel Okafor", dob="1995-04-14", age=29,
               reason="seen on the railway bridge at Shoreham threatening to jump",
               children=[("Reggie", None, 2)],
               address="3 Ropetackle Mews, Shoreham-by-Sea", postcode="BN43 5EG",
               phones=["+447700900633"], status="not_concluded", section="136",
               location="Oaklands place of safety",
               update="the duty AMHP on 01632 960 555 (overnight) or the AMHP Hub",
               consent="not_sought", aware=False),
)

# 06 bullets, s2 regraded to s3, bare "Low", visit in pairs, consent declined
case(
    name="ho_06_regraded_s3_b64",
    **{"from": "Rosa Delgado <rosa.delgado@westsussex.gov.uk>"},
    date="Mon, 10 Mar 2025 17:05:44 +0000",
    subject="AMHP notification - regrade",
    cte="base64",
    body="""Hi,

\u2022 Pt: Marcus Fairweather, DOB 30.9.78
\u2022 Address: 88 Downview Road, Worthing BN11 4QP
\u2022 Background/reason: detained on s2 on 14 February after a serious assault on his brother; remains paranoid and guarded on the ward
\u2022 Outcome: today the RC and I completed an application under section 3 (regraded from s2 to s3). He remains on Amberley Ward, Mill View Hospital.
\u2022 Children in household: Tyler Fairweather (dob 02/05/2012) and Poppy Fairweather (dob 19/11/2016)
\u2022 Risk to children: Low
\u2022 Risk to workers: known to police - visit in pairs. History of assaulting staff on the ward.
\u2022 Consent: declined by Marcus; his partner Jade was also asked and declined.

Rosa Delgado
AMHP
West Sussex County Council | 0117 496 0218
""",
    label=dict(name="Marcus Fairweather", dob="1978-09-30",
               reason="a serious assault on his brother; remains paranoid",
               children=[("Tyler Fairweather", "2012-05-02", None),
                         ("Poppy Fairweather", "2016-11-19", None)],
               address="88 Downview Road, Worthing", postcode="BN11 4QP",
               status="detained", section="3", location="Amberley Ward, Mill View Hospital",
               rc="none_known", rw="identified", ind=["violence_aggression"],
               consent="refused", aware=True),
)

# 07 informal admission, baby in months, multi-line address, +44 (0) phone, AMHP worry
case(
    name="ho_07_informal_baby",
    **{"from": "Claire Whitcombe <claire.whitcombe@nhs.net>"},
    date="Tue, 25 Mar 2025 13:12:00 +0000",
    subject="MHA assessment outcome - informal admission",
    body="""Dear Front Door,

Name of person assessed: Priya Raman (34)
Address:
5 Orchard Gardens
East Grinstead
RH19 3JD
Contact: husband Vikram - +44 (0)7700 900 745

Reason for request: health visitor raised concerns about severe low mood since the birth of her daughter and ideas of harming herself.

Children at the address: Anika Raman, 7 months.

Outcome: Priya agreed to an informal admission and is now on Pine Ward, Meadowfield Hospital.

Risk to the children: I am worried about how Anika will be cared for during the day as Vikram works long shifts.
Risk to workers: nil

Consent: Priya and Vikram both consented.

Regards
Claire Whitcombe, AMHP
Mid Sussex AMHP team 01632 960 271
""",
    label=dict(name="Priya Raman", age=34,
               reason="severe low mood since the birth of her daughter and ideas of harming herself",
               children=[("Anika Raman", None, 0)],
               address="5 Orchard Gardens, East Grinstead", postcode="RH19 3JD",
               phones=["+447700900745"], status="admitted_informal",
               location="Pine Ward, Meadowfield Hospital", rc="identified", rw="none_known",
               ind=["unborn_or_newborn"], consent="obtained", aware=True),
)

# 08 adjourned for an interpreter, children exist with no details, hostile husband
case(
    name="ho_08_adjourned_interpreter",
    **{"from": "Priya Sharma <priya.sharma5@westsussex.gov.uk>"},
    date="Wed, 19 Mar 2025 15:48:21 +0000",
    subject="MHA assessment - adjourned",
    body="""Hello,

Person assessed: Ana-Maria Popescu, 41
Home: Flat 6, 101 Queen Street, Littlehampton, BN17 5HA
Reason: her husband reported she had stopped eating and was talking to her dead mother at night.
Children: 3 children live at home - names and ages not yet known.
Outcome: not concluded - assessment adjourned as we need a Romanian interpreter; reconvening tomorrow at 10am.
Contact for update: Priya Sharma (AMHP) 0113 496 0721
Workers: husband can be hostile to professionals.
The husband is aware of this referral; consent not discussed.

Priya
""",
    label=dict(name="Ana-Maria Popescu", age=41,
               reason="stopped eating and was talking to her dead mother",
               children_status="unknown_to_referrer",
               address="Flat 6, 101 Queen Street, Littlehampton", postcode="BN17 5HA",
               status="not_concluded", update="Priya Sharma (AMHP) 0113 496 0721",
               rw="identified", consent="not_stated", aware=True),
)

# 09 multipart/alternative with HTML table, date in words, NFA with GP review, consent refused
case(
    name="ho_09_refused_alt_table",
    **{"from": "\"Nwosu, Chidi\" <chidi.nwosu@sussexpartnership.nhs.uk>"},
    date="Fri, 14 Mar 2025 10:30:00 +0000",
    subject="RE: AMHP - L Tate",
    shape="alternative",
    body="""Morning,

Service user: Leon Tate
Born: 3rd April 1990
NHS No: 999 214 3657
Address: Flat 9, Seymour House, 2 Linden Road, Chichester, PO19 7EZ
What happened: he pushed his partner Sasha against a wall and threatened to burn the flat down; police were called.
Who lives there: Leon, Sasha and her two kids, Bailey (13) and Lexi (5). Sasha: 07700-900-318
Outcome: not detained - NFA under the MHA, GP to review in 1 week
Risk to children: possible given the volatility at home
Risks to workers: none known
Consent: Leon declined. Sasha was told and did not want it made either. Referral made as per protocol.

Chidi Nwosu
AMHP
""",
    html="""<html><body>
<p>Morning,</p>
<table border="1">
<tr><td>Service user</td><td>Leon Tate</td></tr>
<tr><td>Born</td><td>3rd April 1990</td></tr>
<tr><td>NHS No</td><td>999 214 3657</td></tr>
<tr><td>Address</td><td>Flat 9, Seymour House, 2 Linden Road, Chichester, PO19 7EZ</td></tr>
<tr><td>What happened</td><td>he pushed his partner Sasha against a wall and threatened to burn the flat down; police were called.</td></tr>
<tr><td>Who lives there</td><td>Leon, Sasha and her two kids, Bailey (13) and Lexi (5). Sasha: 07700-900-318</td></tr>
<tr><td>Outcome</td><td>not detained - NFA under the MHA, GP to review in 1 week</td></tr>
<tr><td>Risk to children</td><td>possible given the volatility at home</td></tr>
<tr><td>Risks to workers</td><td>none known</td></tr>
<tr><td>Consent</td><td>Leon declined. Sasha was told and did not want it made either. Referral made as per protocol.</td></tr>
</table>
<p>Chidi Nwosu<br>AMHP</p>
</body></html>
""",
    label=dict(name="Leon Tate", dob="1990-04-03",
               reason="pushed his partner Sasha against a wall and threatened to burn the flat down",
               children=[("Bailey", None, 13), ("Lexi", None, 5)],
               address="Flat 9, Seymour House, 2 Linden Road, Chichester", postcode="PO19 7EZ",
               phones=["+447700900318"], nhs=["9992143657"], status="not_admitted",
               follow_up="GP to review in 1 week", rc="identified", rw="none_known",
               ind=["violence_aggression", "domestic_abuse"], consent="refused", aware=True),
)

# 10 consent not sought because of risk, family not told, knife, children saw it
case(
    name="ho_10_not_sought_risk",
    **{"from": "Gary Lomax <gary.lomax@nhs.net>"},
    date="Sun, 16 Mar 2025 22:10:05 +0000",
    subject="URGENT - MHA assessment, children at risk",
    body="""To the Integrated Front Door

Craig Whitlock (DOB 11 May 1984) was assessed tonight at 17 Cherry Tree Close, Burgess Hill, RH15 9NE.

Police were called after Craig, who believes his wife Joanne is poisoning him and the children, threatened Joanne with a kitchen knife. The kids saw this.

Kids: Ruby-Mae (12), Alfie (10), Jack (4).

He was detained under section 2 and is now at Swandean, Worthing.

Risk to children - high, they are part of his paranoid beliefs.
Risk to workers - police marker on the address.

Consent was not sought as this could increase the risk to the children and to Joanne; the family have not been told about this referral.

Gary Lomax, AMHP
""",
    label=dict(name="Craig Whitlock", dob="1984-05-11",
               reason="threatened Joanne with a kitchen knife",
               children=[("Ruby-Mae", None, 12), ("Alfie", None, 10), ("Jack", None, 4)],
               address="17 Cherry Tree Close, Burgess Hill", postcode="RH15 9NE",
               status="detained", section="2", location="Swandean, Worthing",
               rc="identified", rw="identified",
               ind=["child_in_delusions", "violence_aggression", "domestic_abuse", "weapons",
                    "child_witnessed_incident"],
               consent="not_sought", aware=False),
)

# 11 family aware without consent, adult sibling excluded, cannabis
case(
    name="ho_11_aware_no_consent",
    **{"from": "Nadia Qureshi <nadia.qureshi@westsussex.gov.uk>"},
    date="Thu, 20 Mar 2025 12:00:00 +0000",
    subject="AMHP notification",
    body="""Dear IFD

Tariq Hussain, 24, was assessed today at the family home, 60 Ash Grove, Crawley RH11 7AN, where he lives with his mother and his siblings: his sisters Hana (14) and Maryam (11), and his brother Yusuf who is 19.

Reason for assessment: cannabis-induced psychosis - he has been shouting at passers-by from the bedroom window and smoking cannabis daily.

Outcome: informal - he agreed to stay on Rowan Ward voluntarily.

Risks to children: I don't think there are any risks to the girls.

I have let his mother know this referral is being made.

Nadia Qureshi
AMHP, Crawley
""",
    label=dict(name="Tariq Hussain", age=24,
               reason="shouting at passers-by from the bedroom window",
               children=[("Hana", None, 14), ("Maryam", None, 11)],
               address="60 Ash Grove, Crawley", postcode="RH11 7AN",
               status="admitted_informal", location="Rowan Ward",
               rc="none_known", ind=["substance_misuse"], consent="not_stated", aware=True),
)

# 12 "Risk to professionals: no known risks - dog", complete form with plain labels
case(
    name="ho_12_dog_no_risks",
    **{"from": "Beth Yardley <beth.yardley@nhs.net>"},
    date="Mon, 24 Mar 2025 09:45:00 +0000",
    subject="MHA notification - B Cole",
    body="""Subject of assessment: Bethany Cole
Date of birth: 1 Jan 1996
Address: 23 Larkspur Way, Midhurst GU29 9QT
Phone: 07700 900 377 (Bethany)
Reason: increasingly paranoid, believes she is being followed by the police helicopter, not sleeping
Children: One child: Mason, aged 4
Outcome: detained under Section 2 MHA, admitted to Harold Kidd Unit, Chichester
Risk to children: none
Risk to professionals: no known risks \u2013 please note there is a dog at the property (friendly)
Consent: yes

Beth Yardley
AMHP Chichester
""",
    label=dict(name="Bethany Cole", dob="1996-01-01",
               reason="increasingly paranoid, believes she is being followed",
               children=[("Mason", None, 4)],
               address="23 Larkspur Way, Midhurst", postcode="GU29 9QT",
               phones=["+447700900377"], status="detained", section="2",
               location="Harold Kidd Unit, Chichester", rc="none_known", rw="identified",
               consent="obtained", aware=True),
)

# 13 out-of-office automatic reply (not a referral)
case(
    name="ho_13_out_of_office",
    **{"from": "Sarah Jenkins <sarah.jenkins@sussexpartnership.nhs.uk>"},
    date="Wed, 26 Mar 2025 08:00:02 +0000",
    subject="Automatic reply: Feedback on your referral [IFD-2025-3310]",
    cte="7bit",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    non_referral=True,
    body="""Thank you for your email. I am on annual leave until Monday 7 April with no access to email.

For urgent Mental Health Act matters please contact the AMHP Hub on 01632 960 100 or the duty AMHP on 0117 496 0100.

Sarah Jenkins
AMHP, Adur & Worthing
""",
)

# 14 general question (not a referral) that talks about children and an assessment
case(
    name="ho_14_general_enquiry",
    **{"from": "Mark Odell <mark.odell@westsussex.gov.uk>"},
    date="Thu, 27 Mar 2025 14:22:10 +0000",
    subject="Question about AMHP notifications",
    cte="7bit",
    non_referral=True,
    body="""Hi team,

Quick question - do you need us to notify you when the person we assess is a grandparent who looks after the grandchildren during the day but does not live with them? We had a case like that last week and weren't sure.

Also, is there a newer version of the notification form? Ours still says "CFCS".

Thanks,
Mark Odell
AMHP Service Manager
West Sussex County Council
0113 496 0777
""",
)

# 15 Gmail reply that answers a missing-information request; fact only in the quoted original
case(
    name="ho_15_gmail_reply_completes",
    **{"from": "Ellie Marsh <ellie.marsh.amhp@nhs.net>"},
    date="Thu, 27 Mar 2025 09:41:00 +0000",
    subject="Re: Missing information - AMHP notification [IFD-2025-3298]",
    headers={"In-Reply-To": "<missing-info.3298@westsussex.gov.uk>",
             "References": "<heldout.orig15@nhs.net> <missing-info.3298@westsussex.gov.uk>"},
    body="""Hi, sorry for missing those.

Consent - yes, Mr Kowalski agreed this morning.
Risks to workers - none that I'm aware of.

Thanks, Ellie

On Wed, 26 Mar 2025 at 15:02, Integrated Front Door <wschildrenservices@westsussex.gov.uk> wrote:
> Dear Ellie,
>
> Thank you for your notification (our ref IFD-2025-3298). To complete screening we need:
> - whether consent was obtained (and whether the family are aware)
> - any risks to workers contacting the family
>
> Kind regards,
> MASH Referral Advisor
> Integrated Front Door
>
> On Wed, 26 Mar 2025 at 11:20, Ellie Marsh <ellie.marsh.amhp@nhs.net> wrote:
>> Pawel Kowalski, 52, 18 Chestnut Rise, Haywards Heath RH16 1TN.
>> Assessed after a suicide attempt by hanging last night - he was found by his
>> daughter Zofia (15), who called 999. Younger daughter Lena (10) was asleep.
>>
>> Outcome: detained s.3, on Amberley Ward.
>>
>> Risk to children: Zofia found her father and is very shaken; their mum
>> (Marta, 07700 900 822) is at home with both girls.
>>
>> Ellie Marsh, AMHP 07700 900 876
""",
    label=dict(name="Pawel Kowalski", age=52,
               reason="a suicide attempt by hanging",
               children=[("Zofia", None, 15), ("Lena", None, 10)],
               address="18 Chestnut Rise, Haywards Heath", postcode="RH16 1TN",
               phones=["+447700900822"], status="detained", section="3",
               location="Amberley Ward", rc="identified", rw="none_known",
               ind=["child_witnessed_incident"], consent="obtained", aware=True),
)

# 16 Outlook reply whose new text supersedes a quoted "not concluded"
case(
    name="ho_16_outlook_reply_supersedes",
    **{"from": "\"Okoro, Bisi\" <bisi.okoro@westsussex.gov.uk>"},
    date="Fri, 28 Mar 2025 21:10:33 +0000",
    subject="RE: MHA notification - Shanice Douglas",
    headers={"X-Mailer": "Microsoft Outlook 16.0", "In-Reply-To": "<ack.4102@westsussex.gov.uk>"},
    body="""Update - a bed was found at Woodlands this evening and Shanice was detained under Section 2 at 19:30. She has been conveyed there. No need to contact the duty AMHP now.

Bisi

From: Integrated Front Door <wschildrenservices@westsussex.gov.uk>
Sent: 28 March 2025 14:03
To: Okoro, Bisi <bisi.okoro@westsussex.gov.uk>
Subject: RE: MHA notification - Shanice Douglas

Dear Bisi, thank you, we have logged this as IFD-2025-4102. Please let us know the outcome when known.
MASH Referral Advisor

From: Okoro, Bisi <bisi.okoro@westsussex.gov.uk>
Sent: 28 March 2025 12:47
To: Integrated Front Door <wschildrenservices@westsussex.gov.uk>
Subject: MHA notification - Shanice Douglas

Name: Shanice Douglas
DOB: 08/08/1999
Address: 71 Beacon Way, Bognor Regis PO22 8LS
Reason: grandiose and disinhibited, left the children alone in the flat overnight while she went to "meet the Prime Minister".
Children: her son Jayce is 3 and her daughter Amara is 11 months. Shanice is a single parent.
Outcome: not concluded - recommended for admission, awaiting a bed. For an update contact the duty AMHP, Kam Lee, 0117 496 0333.
Risk to children: left alone overnight as above.
Risk to workers: two large dogs (XL bully type) at the flat.
Consent: not sought due to urgency; her mum Beverley, who is caring for the children, knows we are referring (07700 900 909).

Bisi Okoro
AMHP
""",
    label=dict(name="Shanice Douglas", dob="1999-08-08",
               reason="grandiose and disinhibited, left the children alone in the flat overnight",
               children=[("Jayce", None, 3), ("Amara", None, 0)],
               address="71 Beacon Way, Bognor Regis", postcode="PO22 8LS",
               phones=["+447700900909"], status="detained", section="2", location="Woodlands",
               rc="identified", rw="identified",
               ind=["neglect", "unborn_or_newborn", "no_other_carer"],
               consent="not_sought", aware=True),
)

# 17 Gmail forward by a team manager; pregnancy, toddler "18 months", unborn in delusions
case(
    name="ho_17_forward_pregnant",
    **{"from": "Rachel Boateng <rachel.boateng@westsussex.gov.uk>"},
    date="Mon, 31 Mar 2025 08:55:12 +0000",
    subject="Fwd: MHA assessment Saturday - D Lovell",
    body="""Forwarding - our AMHP sent this to an old address over the weekend. Thanks, Rachel

---------- Forwarded message ---------
From: Jon Fairclough <jon.fairclough@westsussex.gov.uk>
Date: Sat, 29 Mar 2025 at 18:20
Subject: MHA assessment Saturday - D Lovell
To: <cfcs.old@westsussex.gov.uk>

Hi,

I assessed Demi Lovell (22) today at her home, 44 Sycamore Drive, Pulborough RH20 1DA. She is 24 weeks pregnant and has not been eating or drinking for several days; she believes the baby inside her is evil.

She lives with her partner Kyle (Rocco's dad, 07700 900 276) and their son Rocco, who is 18 months old.

Demi was detained under Sec 2 and has been transferred to the Mother and Baby Unit in Brighton.

Risk to the unborn baby given her beliefs; Rocco is being looked after by Kyle. No risks to workers known. Demi agreed to us informing children's services.

Jon Fairclough
AMHP
West Sussex County Council
""",
    label=dict(name="Demi Lovell", age=22,
               reason="not been eating or drinking for several days; she believes the baby inside her is evil",
               children=[("Rocco", None, 1)],
               address="44 Sycamore Drive, Pulborough", postcode="RH20 1DA",
               phones=["+447700900276"], status="detained", section="2",
               location="the Mother and Baby Unit in Brighton", rc="identified", rw="none_known",
               ind=["child_in_delusions", "unborn_or_newborn"], consent="obtained", aware=True),
)

# 18 .docx attachment with a two-column form; neighbour threats; home landline
case(
    name="ho_18_docx_table",
    **{"from": "Hannah Price <hannah.price@sussexpartnership.nhs.uk>"},
    date="Wed, 02 Apr 2025 16:03:00 +0100",
    subject="AMHP notification form attached",
    shape="docx",
    body="""Hello,

Please find attached the AMHP notification form for today's assessment.

Hannah Price
AMHP | Sussex Partnership NHS Foundation Trust | 0117 496 0415
""",
    docx={"filename": "AMHP notification O Bankole.docx", "blocks": [
        ("heading", "AMHP notification to Children's Services"),
        ("table", [
            ("Name of person assessed", "Olumide Bankole"),
            ("Date of birth", "17 July 1969"),
            ("Address", "Apartment 5\nThe Maltings\n2 Brewery Lane\nArundel\nBN18 9DW"),
            ("Telephone", "Home: 01632 960 441"),
            ("Reason for assessment", "Making threats to kill his neighbour over a parking dispute; "
             "believes the neighbour is spying on him through the walls"),
            ("Children in the home", "Tobi Bankole \u2013 14\nDeji Bankole \u2013 16"),
            ("Outcome", "Not admitted. Referred to CMHT for follow-up; crisis team to phone daily for 5 days."),
            ("Where is the person now", "At home"),
            ("Risks to children", "None identified"),
            ("Risks to workers", "None known"),
            ("Consent", "Obtained from Mr Bankole's wife, Funmi"),
        ]),
        ("para", "Completed by Hannah Price, AMHP, 02/04/2025"),
    ]},
    label=dict(name="Olumide Bankole", dob="1969-07-17",
               reason="Making threats to kill his neighbour over a parking dispute",
               children=[("Tobi Bankole", None, 14), ("Deji Bankole", None, 16)],
               address="Apartment 5, The Maltings, 2 Brewery Lane, Arundel", postcode="BN18 9DW",
               phones=["+441632960441"], status="not_admitted", location="At home",
               follow_up="Referred to CMHT for follow-up; crisis team to phone daily for 5 days",
               rc="none_known", rw="none_known", ind=["violence_aggression"],
               consent="obtained", aware=True),
)

# 19 .docx narrative; section 4 awaiting second recommendation; children saw restraint
case(
    name="ho_19_docx_narrative_s4",
    **{"from": "Kwame Asante <kwame.asante@nhs.net>"},
    date="Thu, 03 Apr 2025 23:40:00 +0100",
    subject="MHA - urgent - see attached",
    shape="docx",
    cte="base64",
    body="""See attached notification. Written up in a hurry, apologies.

K. Asante, AMHP (on call) 07700 900 991
""",
    docx={"filename": "notification.docx", "blocks": [
        ("para", "Notification of a Mental Health Act assessment"),
        ("para", "This evening I assessed Kelly-Jo Barnard, aged 36, at 12 Mill Lane, Steyning, BN44 3LJ. "
         "Police were called by a neighbour after she was seen running in the road shouting that she "
         "had to get to the sea to be baptised."),
        ("para", "Kelly-Jo is the sole carer of her children Finn (5) and Isla (2). Both were with her at "
         "the time and saw police restrain her. They are now with their paternal aunt, Claire Barnard "
         "(07700 900 150)."),
        ("para", "An application under section 4 was made; a second medical recommendation is awaited. "
         "She is currently at Worthing Hospital A&E awaiting transfer."),
        ("para", "Risk to the children: they were frightened by what they saw and there is no other adult "
         "at home."),
        ("para", "Consent: not sought \u2014 Kelly-Jo is too unwell to discuss it and there was no other "
         "adult available to ask."),
    ]},
    label=dict(name="Kelly-Jo Barnard", age=36,
               reason="seen running in the road shouting that she had to get to the sea",
               children=[("Finn", None, 5), ("Isla", None, 2)],
               address="12 Mill Lane, Steyning", postcode="BN44 3LJ",
               phones=["+447700900150"], status="detained", section="4",
               location="Worthing Hospital A&E", rc="identified",
               ind=["child_witnessed_incident", "no_other_carer"], consent="not_sought"),
)

# 20 windows-1252 quoted-printable plain text; grandson under an SGO; CRHT follow-up
case(
    name="ho_20_cp1252_sgo",
    **{"from": "Dawn Tiller <dawn.tiller@westsussex.gov.uk>"},
    date="Fri, 04 Apr 2025 12:15:00 +0100",
    subject="MHA assessment \u2013 Mrs O\u2019Neill",
    charset="windows-1252",
    body="""Dear Colleague

RE: Mrs Eileen O\u2019Neill   DOB: 05-12-79

Address: Rose Cottage, The Street, Ashington, RH20 3AB
Landline: 01632 960 712

Mrs O\u2019Neill was found in the garden at 2am burning documents and saying the \u201cgovernment\u201d were watching her; she believes she owes \u00a33,000 to a secret agency.

She lives with her grandson Connor (8), who she cares for under a special guardianship order; she is his only carer.

Outcome \u2013 not detained; CRHT to visit twice daily; GP aware.

Risks to children \u2013 Connor was present throughout and upset when police attended.
Risks to workers \u2013 nil known.

Mrs O\u2019Neill gave consent for this referral.

Dawn Tiller
AMHP
""",
    label=dict(name="Eileen O\u2019Neill", dob="1979-12-05",
               reason="found in the garden at 2am burning documents",
               children=[("Connor", None, 8)],
               address="Rose Cottage, The Street, Ashington", postcode="RH20 3AB",
               phones=["+441632960712"], status="not_admitted",
               follow_up="CRHT to visit twice daily; GP aware", rc="identified", rw="none_known",
               ind=["child_witnessed_incident", "no_other_carer"], consent="obtained", aware=True),
)

# 21 terse NFA; visiting children excluded -> none_known; "risks: nil"
case(
    name="ho_21_nfa_visiting_kids",
    **{"from": "Pete Ruddock <pete.ruddock@sussexpartnership.nhs.uk>"},
    date="Sat, 05 Apr 2025 15:30:00 +0100",
    subject="fyi MHAA - NFA",
    cte="7bit",
    body="""FYI

SU: Dwayne Richards, 38
Lives alone at 9 Furze Hill, Shoreham-by-Sea BN43 6AB
Why: called 111 saying he wanted to end it after losing his job
Result: NFA, not detainable. To be seen by CRHT tomorrow.
His ex-partner's children (aged 6 and 9) visit at weekends but do not live with him - no children live at the address.
risks: nil

Pete
""",
    label=dict(name="Dwayne Richards", age=38,
               reason="called 111 saying he wanted to end it after losing his job",
               children_status="none_known",
               address="9 Furze Hill, Shoreham-by-Sea", postcode="BN43 6AB",
               status="not_admitted", follow_up="To be seen by CRHT tomorrow", rc="none_known"),
)

# 22 phones in every shape, NHS numbers (two valid, one failing mod 11), stopped lithium
case(
    name="ho_22_phones_nhs",
    **{"from": "Agnieszka Nowak <agnieszka.nowak@nhs.net>"},
    date="Mon, 07 Apr 2025 10:10:10 +0100",
    subject="AMHP notification N Wisniewska",
    cte="base64",
    body="""Dear IFD,

Person assessed: Natalia Wi\u015bniewska
DOB 19/02/1988   NHS number 999 308 7211
Mobile: +44 (0)7700 900456
Address: 7 Kestrel Close, Horsham, RH13 5FG
Home phone: (01632) 960234
Partner Piotr Wi\u015bniewski: 07700-900-789

Reason: she stopped her lithium three weeks ago and became increasingly manic, driving at speed with no sleep.

Child: Kacper, d.o.b. 2/7/2015, NHS no. 9994621831. (Piotr's old NHS number was quoted by the GP as 999 112 3584 - please disregard.)

Outcome: admitted informally to Larch Ward. Care coordinator Sarah Pike, CPN, 07700 900 111.

Risk to children: no concerns
Risk to workers: none

Consent: obtained from Natalia and Piotr.

Agnieszka Nowak, AMHP  0117 496 0999
""",
    label=dict(name="Natalia Wi\u015bniewska", dob="1988-02-19",
               reason="stopped her lithium three weeks ago and became increasingly manic",
               children=[("Kacper", "2015-07-02", None)],
               address="7 Kestrel Close, Horsham", postcode="RH13 5FG",
               phones=["+447700900456", "+441632960234", "+447700900789"],
               nhs=["9993087211", "9994621831"], status="admitted_informal",
               location="Larch Ward", rc="none_known", rw="none_known",
               ind=["non_engagement"], consent="obtained", aware=True),
)

# 23 pregnant, no other children, refused, boyfriend hostile to midwife (not the subject)
case(
    name="ho_23_pregnant_refused",
    **{"from": "Jenny Lam <jenny.lam@westsussex.gov.uk>"},
    date="Tue, 08 Apr 2025 14:00:00 +0100",
    subject="MHAA notification - pregnant service user",
    body="""Hi all,

Amber-Rose Fenwick, born 24 Sept 2001, of 2 Swallow Court, Bersted, Bognor Regis PO21 5TT, was assessed today following a referral from her midwife: she has stopped eating and believes the baby is being controlled by a microchip.

She is 28 weeks pregnant with her first child - no other children.

Detained under Section 2 MHA 1983, now on Rowan Ward.

Risk to the unborn: the baby features in her delusional beliefs.
Workers: her boyfriend (not the father) has been aggressive to the midwife - visit in pairs.

Amber-Rose was asked and did not agree to this referral.

Jenny Lam
AMHP
""",
    label=dict(name="Amber-Rose Fenwick", dob="2001-09-24",
               reason="believes the baby is being controlled by a microchip",
               children_status="none_known",
               address="2 Swallow Court, Bersted, Bognor Regis", postcode="PO21 5TT",
               status="detained", section="2", location="Rowan Ward",
               rc="identified", rw="identified", ind=["child_in_delusions", "unborn_or_newborn"],
               consent="refused", aware=True),
)

# 24 child subject, age in words, only child, hostile stepfather with police marker
case(
    name="ho_24_child_only_child",
    **{"from": "Sophie Grant <sophie.grant@sussexpartnership.nhs.uk>"},
    date="Wed, 09 Apr 2025 20:20:00 +0100",
    subject="CAMHS - MHA assessment of a young person",
    body="""Dear Integrated Front Door,

Client: Lily-Mae Hart, sixteen years old
Address: 30 Orchid Vale, Haywards Heath RH16 3LU
Reason: repeated self-harm by cutting and this afternoon ran into traffic on the A272.
Family: she is an only child and lives with her mum Donna Hart (07700 900 664) and mum's partner Steve.
Outcome: Sec 2 - admitted to Chalkhill.
Risk to workers: Steve can be hostile to professionals; police marker on the address.
Consent: mum consented.

Sophie Grant
CAMHS AMHP
""",
    label=dict(name="Lily-Mae Hart", age=16,
               reason="repeated self-harm by cutting and this afternoon ran into traffic",
               children_status="none_known",
               address="30 Orchid Vale, Haywards Heath", postcode="RH16 3LU",
               phones=["+447700900664"], status="detained", section="2", location="Chalkhill",
               rw="identified", consent="obtained", aware=True),
)

# 25 person could not be found; not known whether there are children
case(
    name="ho_25_not_found_unknown_children",
    **{"from": "Amir Haddad <amir.haddad@westsussex.gov.uk>"},
    date="Thu, 10 Apr 2025 18:45:00 +0100",
    subject="MHA assessment could not proceed",
    body="""Hello,

We attempted a Mental Health Act assessment today for Ivan Zeller at 31 Furnace Parade, Crawley RH10 6PA. His sister Marta Zeller (07700 900 004) had raised concerns that he has been sending her messages saying he wants to end his life, and he has not left the flat for a fortnight.

The assessment could not go ahead because Mr Zeller could not be found; police are looking for him. Please contact the AMHP Hub on 01632 960 100 for an update.

It is not known whether there are any children living at the address; a neighbour mentioned seeing a pushchair.

Police advise that no one visits alone.

Consent was not sought as we have not been able to speak with him.

Amir Haddad
AMHP
""",
    label=dict(name="Ivan Zeller",
               reason="sending her messages saying he wants to end his life",
               children_status="unknown_to_referrer",
               address="31 Furnace Parade, Crawley", postcode="RH10 6PA",
               phones=["+447700900004"], status="not_concluded",
               update="the AMHP Hub on 01632 960 100", rw="identified", consent="not_sought"),
)

# 26 children said to exist without any details; declined; "Risks to children: unknown"
case(
    name="ho_26_kids_no_details_refused",
    **{"from": "Lee Carter <lee.carter@nhs.net>"},
    date="Fri, 11 Apr 2025 11:11:00 +0100",
    subject="MHA notification",
    body="""Name - Lee Harrington
Age - 45
Address - Flat 3b, 220 Lyndhurst Road, Worthing BN11 2DJ
Why - brought in by ambulance after a large overdose of his prescribed medication
Kids - he has kids but I don't know their names or ages
Outcome - not detained, discharged home with follow-up from his care coordinator this week
Risks to children - unknown
Risks to workers - nil
Consent - he said he did not want social services involved

Lee Carter (AMHP, no relation!)
""",
    label=dict(name="Lee Harrington", age=45,
               reason="a large overdose of his prescribed medication",
               children_status="unknown_to_referrer",
               address="Flat 3b, 220 Lyndhurst Road, Worthing", postcode="BN11 2DJ",
               status="not_admitted", location="home",
               follow_up="follow-up from his care coordinator this week",
               rw="none_known", consent="refused", aware=True),
)

# 27 a son living with his mother and an adult son excluded; partner's daughter listed
case(
    name="ho_27_children_elsewhere",
    **{"from": "Fiona Walsh <fiona.walsh@westsussex.gov.uk>"},
    date="Mon, 14 Apr 2025 09:20:00 +0100",
    subject="AMHP referral - N Chapman",
    body="""Dear MASH,

Neil Chapman (DOB 16.10.1975), 5 Tanners Way, Henfield BN5 9RS.

Neil has been drinking heavily (two litres of cider a day) and last night threatened to hang himself in front of his partner Gemma.

His son Tyler (7) lives with his mum in Worthing and sees Neil on Saturdays. Living at the house are Neil, Gemma (07700 900 535) and Gemma's daughter Amber (13). Neil's eldest, Jordan, 19, also lives there.

Outcome: detained, s3 (known to services, treatment plan needed). Now at Mill View.

Amber has been frightened by Neil's behaviour.
Workers: none known, but Neil has been verbally abusive to the CMHT staff.

Gemma agreed to the referral.

Fiona Walsh, AMHP
""",
    label=dict(name="Neil Chapman", dob="1975-10-16",
               reason="drinking heavily and last night threatened to hang himself",
               children=[("Amber", None, 13)],
               address="5 Tanners Way, Henfield", postcode="BN5 9RS",
               phones=["+447700900535"], status="detained", section="3", location="Mill View",
               rc="identified", rw="identified", ind=["violence_aggression", "substance_misuse"],
               consent="obtained", aware=True),
)

# 28 newborn (date of birth two weeks before), baby in delusions, multipart/alternative
case(
    name="ho_28_newborn_delusion",
    **{"from": "Maya Singh <maya.singh@sussexpartnership.nhs.uk>"},
    date="Tue, 25 Mar 2025 16:00:00 +0000",
    subject="Postnatal - MHA assessment",
    shape="alternative",
    cte="base64",
    body="""Dear IFD,

Mother: Hannah Greaves, 31
Address: 19 Meadow Bank
Southwater
Horsham
RH13 9XP

Hannah's husband Tom (07700 900 858) called the crisis line: since the birth of their daughter she has not slept and believes Ruby is the devil and has to be "cleansed".

Children: Ruby Greaves, born 11/03/2025; Oscar Greaves, 4.

Outcome: detained under s.2 and admitted with Ruby to the Mother and Baby Unit.

Risk to children: high - Ruby features in her beliefs.
Risk to workers: none.

Consent: Tom consented to this referral.

Maya Singh
AMHP
""",
    label=dict(name="Hannah Greaves", age=31,
               reason="believes Ruby is the devil and has to be cleansed",
               children=[("Ruby Greaves", "2025-03-11", None), ("Oscar Greaves", None, 4)],
               address="19 Meadow Bank, Southwater, Horsham", postcode="RH13 9XP",
               phones=["+447700900858"], status="detained", section="2",
               location="the Mother and Baby Unit", rc="identified", rw="none_known",
               ind=["child_in_delusions", "unborn_or_newborn"], consent="obtained", aware=True),
)

# 29 overdose found by a child; domestic abuse by an ex-partner (the subject is the victim)
case(
    name="ho_29_found_by_son_da",
    **{"from": "Laura Bennett <laura.bennett@westsussex.gov.uk>"},
    date="Wed, 16 Apr 2025 13:30:00 +0100",
    subject="MHA Act assessment - K Malone",
    body="""Good afternoon

Kirsty Malone (d.o.b. 9 February 1992) took an overdose of sertraline last night while her children were in the house; her son Callum, 10, found her and called 999. Her daughter Evie is 6.

Kirsty also discloses ongoing domestic abuse from her ex-partner Ryan, who still turns up at the house.

Home address 48 Elm Grove Road, Littlehampton, BN17 7JW.

She was assessed on the medical ward at Worthing Hospital and was not detained; the CMHT will follow her up within 7 days. She is expected home tomorrow.

Risk to the children: Callum was very distressed at finding his mum.
Risk to workers: Ryan is known to police for violence - check with police before visiting.

Kirsty consented to this referral.

Laura Bennett
AMHP
""",
    label=dict(name="Kirsty Malone", dob="1992-02-09",
               reason="took an overdose of sertraline last night",
               children=[("Callum", None, 10), ("Evie", None, 6)],
               address="48 Elm Grove Road, Littlehampton", postcode="BN17 7JW",
               status="not_admitted", location="the medical ward at Worthing Hospital",
               follow_up="the CMHT will follow her up within 7 days", rc="identified",
               rw="identified", ind=["domestic_abuse", "child_witnessed_incident"],
               consent="obtained", aware=True),
)

# 30 young carer, single parent, "safe to visit", one-line everything
case(
    name="ho_30_young_carer",
    **{"from": "Owen Price <owen.price@nhs.net>"},
    date="Thu, 17 Apr 2025 10:05:00 +0100",
    subject="MHA notification - M Ogunleye",
    cte="7bit",
    body="""Hi, notifying you of an MHA assessment this morning for Michelle Ogunleye (40), 12 Poplar Road, Crawley RH10 8BB, 07700 900 148. She has become severely withdrawn, not eating and not leaving her bed for three weeks. Michelle is a single parent; her 12-year-old son Jamie has been doing the cooking and getting his sister Holly (7) ready for school. Outcome: she agreed to an informal admission to Rowan Ward. I am concerned about Jamie's wellbeing given how much he is taking on. Safe to visit. Michelle agreed to this referral. Owen Price, AMHP
""",
    label=dict(name="Michelle Ogunleye", age=40,
               reason="severely withdrawn, not eating and not leaving her bed for three weeks",
               children=[("Jamie", None, 12), ("Holly", None, 7)],
               address="12 Poplar Road, Crawley", postcode="RH10 8BB",
               phones=["+447700900148"], status="admitted_informal", location="Rowan Ward",
               rc="identified", rw="none_known", ind=["young_carer", "no_other_carer"],
               consent="obtained", aware=True),
)

# 31 single father, children left home alone, now with grandmother (her number counts)
case(
    name="ho_31_single_dad_left_alone",
    **{"from": "\"Moreno, Luis\" <luis.moreno@westsussex.gov.uk>"},
    date="Fri, 18 Apr 2025 04:12:00 +0100",
    subject="Out of hours MHA assessment",
    body="""Dear colleagues,

SU: Stuart Kemp, DOB 01/03/83, 6 Ferring Lane, Ferring, BN12 5QR.

Police found Stuart on the roof of his block of flats at 1am talking about flying. He is the sole carer for his two boys, Charlie (8) and George (5), who were left home alone while he was on the roof. The boys are now staying with their paternal grandmother, Pat Kemp (07700 900 871).

Outcome: Stuart was detained under section 2 and is at Swandean.

Risk to children: the boys were left unsupervised overnight.

Consent: not sought - Stuart lacks capacity at present. Pat has been informed of this referral.

Luis Moreno
Out of Hours AMHP
""",
    label=dict(name="Stuart Kemp", dob="1983-03-01",
               reason="found on the roof of his block of flats at 1am talking about flying",
               children=[("Charlie", None, 8), ("George", None, 5)],
               address="6 Ferring Lane, Ferring", postcode="BN12 5QR",
               phones=["+447700900871"], status="detained", section="2", location="Swandean",
               rc="identified", ind=["neglect", "no_other_carer"], consent="not_sought", aware=True),
)

# 32 plan to die together with a child; consent not sought because of urgency
case(
    name="ho_32_suicide_plan_child",
    **{"from": "Grace Holt <grace.holt@sussexpartnership.nhs.uk>"},
    date="Sat, 19 Apr 2025 19:00:00 +0100",
    subject="Urgent AMHP notification",
    body="""IFD,

Rebecca Linwood, 33, 2 The Paddocks, Storrington, RH20 4GE, mobile 07700 900 613.

Rebecca told her sister she was going to drive the car into the sea with her daughter Maisie (4) so they could "be at peace together". Her sister called the police.

Rebecca was sectioned (s.2) and is on Larch Ward. Maisie is with her father, Rebecca's husband Ben, at home.

Risk to Maisie: significant, given the plan.
Consent not sought - urgent.

Grace Holt, AMHP
""",
    label=dict(name="Rebecca Linwood", age=33,
               reason="told her sister she was going to drive the car into the sea with her daughter",
               children=[("Maisie", None, 4)],
               address="2 The Paddocks, Storrington", postcode="RH20 4GE",
               phones=["+447700900613"], status="detained", section="2", location="Larch Ward",
               rc="identified", ind=["suicide_plan_involving_child"], consent="not_sought"),
)

# 33 command hallucinations to hurt his son, acted on; s3; phones with +44 and spaces
case(
    name="ho_33_voices_harm_son",
    **{"from": "Ian McBride <ian.mcbride@westsussex.gov.uk>"},
    date="Mon, 21 Apr 2025 15:15:00 +0100",
    subject="MHA assessment - A Farouk",
    body="""Dear Front Door team

Subject: Ahmed Farouk, date of birth 12th December 1986
Address: 14 Greenfield Crescent, Chichester PO19 5AB
Wife Leila: +44 7700 900 232

Reason for assessment: Ahmed reported voices telling him to hurt his son and last night went into his son's room holding a belt; Leila intervened.

Children: Zain Farouk (5).

Outcome: detained under Section 3, Oaklands Ward.

Risks to children: Zain is the focus of the command hallucinations.
Risks to workers: no known risks.

Consent: Leila agreed to the referral; Ahmed was not well enough to discuss it.

Ian McBride, AMHP, 0117 496 0644
""",
    label=dict(name="Ahmed Farouk", dob="1986-12-12",
               reason="voices telling him to hurt his son",
               children=[("Zain Farouk", None, 5)],
               address="14 Greenfield Crescent, Chichester", postcode="PO19 5AB",
               phones=["+447700900232"], status="detained", section="3", location="Oaklands Ward",
               rc="identified", rw="none_known",
               ind=["child_in_delusions", "harm_to_child_threatened"],
               consent="obtained", aware=True),
)

# 34 terse: stopped depot, crack, drug visitors; adjourned, s135 warrant to be applied for
case(
    name="ho_34_adjourned_warrant",
    **{"from": "Mo Hussein <mo.hussein@nhs.net>"},
    date="Tue, 22 Apr 2025 17:00:00 +0100",
    subject="MHAA adjourned - C Dunmore",
    cte="7bit",
    body="""SU: Craig Dunmore, 37
Addr: 41 Gatwick Road, Crawley RH10 9RD
Reason: stopped his depot in Jan, using crack and drinking daily, neighbours report him shouting to himself through the night
Home: lives with girlfriend and her 2 kids (ages 3 and 6)
Outcome: not concluded - adjourned, he refused entry. Warrant (s135) to be applied for tomorrow.
Update: duty AMHP Mo Hussein 0113 496 0488
Workers: drug-related visitors to the flat at all hours
Consent: not asked yet

Mo
""",
    label=dict(name="Craig Dunmore", age=37,
               reason="stopped his depot in Jan, using crack and drinking daily",
               children=[(None, None, 3), (None, None, 6)],
               address="41 Gatwick Road, Crawley", postcode="RH10 9RD",
               status="not_concluded", update="duty AMHP Mo Hussein 0113 496 0488",
               rw="identified", ind=["substance_misuse", "non_engagement"], consent="not_sought",
               aware=False),
)

# 35 neglect, dog mess; s135 warrant executed, at place of safety awaiting second doctor
case(
    name="ho_35_s135_neglect",
    **{"from": "Hayley Stone <hayley.stone@westsussex.gov.uk>"},
    date="Wed, 23 Apr 2025 12:40:00 +0100",
    subject="s135 - S Bellamy",
    body="""Hi

Sharon Bellamy, 44, 8 Kiln Close, Haywards Heath RH17 4QJ.

Section 135(1) warrant executed this morning; she has become increasingly paranoid and has refused all contact with her care coordinator for weeks. Sharon has been taken to the place of safety at Langley Green; the assessment will be completed this afternoon once the second doctor arrives. Update: AMHP Hub 01632 960 100.

Her children Kayden (9) and Skye (11) have been kept off school for a fortnight; there was no food in the fridge, and two dogs have fouled throughout the house.

Risk to children: neglect as above.
Consent: not sought yet.

Hayley Stone, AMHP
""",
    label=dict(name="Sharon Bellamy", age=44,
               reason="increasingly paranoid and has refused all contact with her care coordinator",
               children=[("Kayden", None, 9), ("Skye", None, 11)],
               address="8 Kiln Close, Haywards Heath", postcode="RH17 4QJ",
               status="not_concluded", section="135",
               location="the place of safety at Langley Green", update="AMHP Hub 01632 960 100",
               rc="identified", rw="identified", ind=["neglect", "non_engagement"],
               consent="not_sought", aware=False),
)

# 36 lower case with typos, complete
case(
    name="ho_36_typos",
    **{"from": "jo kearney <jo.kearney@westsussex.gov.uk>"},
    date="Thu, 24 Apr 2025 21:05:00 +0100",
    subject="mha asessment - m santos",
    cte="7bit",
    body="""hiya

asessment done today for maria santos dob 3/3/90, lives 17 willow walk, east preston bn16 1ph, tel 07700 900 724.
reason for asessment - hearing voices telling her she is worthless, stoped going out, family worried
kids: lucas 7 sofia 10
outcome - sectiond under section 3 as she is already known and needs a treatment plan, shes on pine ward
risks to kids - no concerns
no risks to workers
concent given by husband jorge

jo
""",
    label=dict(name="maria santos", dob="1990-03-03",
               reason="hearing voices telling her she is worthless",
               children=[("lucas", None, 7), ("sofia", None, 10)],
               address="17 willow walk, east preston", postcode="BN16 1PH",
               phones=["+447700900724"], status="detained", section="3", location="pine ward",
               rc="none_known", rw="none_known", consent="obtained", aware=True),
)

# 37 Outlook HTML reply giving only the name and children; consent still missing
case(
    name="ho_37_outlook_html_partial",
    **{"from": "\"Ferris, Anne\" <anne.ferris@sussexpartnership.nhs.uk>"},
    date="Fri, 25 Apr 2025 09:30:00 +0100",
    subject="RE: Missing information - AMHP notification [IFD-2025-5120]",
    shape="alternative",
    headers={"X-Mailer": "Microsoft Outlook 16.0"},
    body="""Hi - the client's name is Jordan Ellis-Moore. Children are Theo (9) and Ava (6). Sorry, still waiting to speak to the family about consent.

Anne

From: Integrated Front Door <wschildrenservices@westsussex.gov.uk>
Sent: 24 April 2025 16:10
To: Ferris, Anne <anne.ferris@sussexpartnership.nhs.uk>
Subject: Missing information - AMHP notification [IFD-2025-5120]

Dear Anne, to complete screening we need: the name of the person assessed; details of the children; whether consent was obtained.
MASH Referral Advisor

From: Ferris, Anne
Sent: 24 April 2025 13:02
To: Integrated Front Door
Subject: AMHP notification

The SU was assessed at home, 3 Harbour View, Selsey PO20 0LN, after threatening a neighbour with a hammer during a dispute about noise. Not detained - home treatment team to visit daily. Risks to children: none known. Risks to workers: hammer removed by police; visit in pairs.

Anne Ferris AMHP
""",
    html="""<html><body>
<div>Hi &#8211; the client&#8217;s name is <b>Jordan Ellis-Moore</b>. Children are Theo (9) and Ava (6). Sorry, still waiting to speak to the family about consent.</div>
<div>Anne</div>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p><b>From:</b> Integrated Front Door &lt;wschildrenservices@westsussex.gov.uk&gt;<br>
<b>Sent:</b> 24 April 2025 16:10<br><b>To:</b> Ferris, Anne &lt;anne.ferris@sussexpartnership.nhs.uk&gt;<br>
<b>Subject:</b> Missing information - AMHP notification [IFD-2025-5120]</p></div>
<p>Dear Anne, to complete screening we need: the name of the person assessed; details of the children; whether consent was obtained.<br>MASH Referral Advisor</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p><b>From:</b> Ferris, Anne<br><b>Sent:</b> 24 April 2025 13:02<br><b>To:</b> Integrated Front Door<br>
<b>Subject:</b> AMHP notification</p></div>
<table border="1">
<tr><td>Address</td><td>3 Harbour View, Selsey PO20 0LN</td></tr>
<tr><td>Reason</td><td>threatening a neighbour with a hammer during a dispute about noise</td></tr>
<tr><td>Outcome</td><td>Not detained &#8211; home treatment team to visit daily</td></tr>
<tr><td>Risks to children</td><td>none known</td></tr>
<tr><td>Risks to workers</td><td>hammer removed by police; visit in pairs</td></tr>
</table>
<p>Anne Ferris AMHP</p>
</body></html>
""",
    label=dict(name="Jordan Ellis-Moore",
               reason="threatening a neighbour with a hammer during a dispute about noise",
               children=[("Theo", None, 9), ("Ava", None, 6)],
               address="3 Harbour View, Selsey", postcode="PO20 0LN",
               status="not_admitted",
               follow_up="home treatment team to visit daily", rc="none_known", rw="identified",
               ind=["violence_aggression", "weapons"], consent="not_sought", aware=False),
)

# 38 "-----Original Message-----" reply: informal admission superseded by section 3, consent now given
case(
    name="ho_38_original_message_regrade",
    **{"from": "Tunde Bakare <tunde.bakare@westsussex.gov.uk>"},
    date="Mon, 28 Apr 2025 10:00:00 +0100",
    subject="RE: AMHP notification - Mrs Clarke",
    cte="base64",
    body="""Update for you: Denise tried to leave the ward on Saturday night, was held under s5(2) and was detained under section 3 yesterday. She remains on Rowan Ward. Her husband Paul has now agreed to the referral.

Tunde

-----Original Message-----
From: Tunde Bakare
Sent: 24 April 2025 15:40
To: 'wschildrenservices@westsussex.gov.uk'
Subject: AMHP notification - Mrs Clarke

Mrs Denise Clarke, DOB 21/07/1980, 90 Victoria Road, Burgess Hill RH15 9LH.
Assessed because of severe depression with psychotic features - she believed she was being punished for her sins.
Outcome: agreed to informal admission to Rowan Ward.
Children: Ella Clarke (14) and Jacob Clarke (12).
Risks to children: none known. Risks to workers: none known.
Consent: not asked yet.

Tunde Bakare
AMHP 0117 496 0820
""",
    label=dict(name="Denise Clarke", dob="1980-07-21",
               reason="severe depression with psychotic features",
               children=[("Ella Clarke", None, 14), ("Jacob Clarke", None, 12)],
               address="90 Victoria Road, Burgess Hill", postcode="RH15 9LH",
               status="detained", section="3", location="Rowan Ward",
               rc="none_known", rw="none_known", consent="obtained", aware=True),
)

# 39 Apple Mail forward; child subject held on s136 then not detained; baby brother in months
case(
    name="ho_39_apple_forward_child",
    **{"from": "Nikki Shaw <nikki.shaw@sussexpartnership.nhs.uk>"},
    date="Tue, 29 Apr 2025 11:45:00 +0100",
    subject="Fwd: s136 young person",
    body="""Please see below from the night AMHP.

Nikki Shaw
AMHP Team Manager

Begin forwarded message:

From: Night AMHP <night.amhp@sussexpartnership.nhs.uk>
Subject: s136 young person
Date: 29 April 2025 at 07:02:11 BST
To: Nikki Shaw <nikki.shaw@sussexpartnership.nhs.uk>

Jonah Whitby, DOB 03/02/2012, was held under s136 overnight after being found on the cliffs at Worthing. Assessed this morning: not detained, discharged home to his parents with CAMHS follow-up in 48 hours.

Jonah lives with his parents at 25 Pebble Lane, Goring-by-Sea, Worthing BN12 4EZ, with his twin sister Esme (13) and baby brother Noah (5 months). Mum - Laura Whitby 07700 900 512.

No risk to the siblings identified. Parents agreed to the referral.
""",
    label=dict(name="Jonah Whitby", dob="2012-02-03",
               reason="found on the cliffs at Worthing",
               children=[("Esme", None, 13), ("Noah", None, 0)],
               address="25 Pebble Lane, Goring-by-Sea, Worthing", postcode="BN12 4EZ",
               phones=["+447700900512"], status="not_admitted", location="home",
               follow_up="CAMHS follow-up in 48 hours", rc="none_known",
               ind=["unborn_or_newborn"], consent="obtained", aware=True),
)

# 40 grandfather with a granddaughter under an SGO; no capacity and nobody else to ask
case(
    name="ho_40_grandfather_sgo",
    **{"from": "Ruth Okafor <ruth.okafor@nhs.net>"},
    date="Wed, 30 Apr 2025 14:25:00 +0100",
    subject="AMHP notification - D Grant",
    shape="alternative",
    body="""Dear IFD,

Desmond Grant (71), NHS No 9995170469, 3 Church Walk, Petworth GU28 0AB.

Assessed after his GP found him confused and aggressive, accusing carers of stealing.

His granddaughter Tia (15) lives with him under a special guardianship order. There is no one else to care for Tia; she is staying with a school friend's family for now.

Outcome: detained under section 2 and conveyed to Swandean.

Risks to workers: none known.

Consent: unable to ask - Mr Grant lacks capacity and has no family locally.

Ruth Okafor
AMHP
""",
    label=dict(name="Desmond Grant", age=71,
               reason="found him confused and aggressive, accusing carers of stealing",
               children=[("Tia", None, 15)],
               address="3 Church Walk, Petworth", postcode="GU28 0AB",
               nhs=["9995170469"], status="detained", section="2", location="Swandean",
               rc="identified", rw="none_known", ind=["violence_aggression", "no_other_carer"],
               consent="not_sought"),
)
