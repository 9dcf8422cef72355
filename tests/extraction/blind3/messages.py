"""Message texts and labels for make.py (one add() per message)."""
# ruff: noqa: E501


def define(add, nhs, invalid_nhs):
    N = [nhs(100 + 37 * i) for i in range(20)]
    BAD = invalid_nhs(4242)

    # 01 form, detained s2, dog, husband consents
    add(dict(name="e01_form_s2_dog", date="2025-03-11 09:42", shape="plain", cte="quoted-printable",
             **{"from": "Harriet Okonjo <harriet.okonjo@sussexpartnership.nhs.uk>"},
             subject="MHA assessment notification – children in household",
             body=f"""
Dear Front Door colleagues,

MHA ASSESSMENT – NOTIFICATION TO CHILDREN'S SERVICES

Person assessed: Mrs Teresa Quayle
DOB: 19/07/1986
NHS no: {N[0]}
Address: 7 Cherry Tree Close, Southwater, Horsham RH13 9GT
Phone: 07700 900214

Why the assessment was requested:
Teresa's husband rang 999 after she barricaded herself in the bathroom saying she had to "stop the poison" in the house water.

Children living at the address:
- Ellis Quayle, born 02/02/2014
- Maisie Quayle, born 21/10/2018

Outcome: Detained under s.2 MHA and admitted to Oaklands Ward, Langley Green Hospital, Crawley.

Risk to the children: none identified by me or by Mr Quayle.
Risk to visiting workers: nothing known re the family, but please be aware there is a large dog (German shepherd) at the property.

Consent: Mr Quayle (husband) agreed to this referral and asked that someone ring him – his mobile is 07700 900587.

Regards
Harriet Okonjo
Approved Mental Health Professional
Horsham & Mid Sussex AMHP Service
T: 01632 960118
"""),
        name="Teresa Quayle", dob="1986-07-19", reason="barricaded herself in the bathroom saying she had to stop the poison",
        children=[("Ellis Quayle", "2014-02-02", None), ("Maisie Quayle", "2018-10-21", None)],
        address="7 Cherry Tree Close, Southwater, Horsham", postcode="RH13 9GT",
        phones=["07700 900214", "07700 900587"], nhs_numbers=[N[0]],
        status="detained", section="2", location="Oaklands Ward, Langley Green Hospital, Crawley",
        rc="none_known", rw="identified", consent="obtained", aware=True)

    # 02 HTML narrative, cp1252 base64, not admitted, ages only, refused
    add(dict(name="e02_html_narrative_refused", date="2025-05-02 15:20", shape="html", cte="base64", charset="windows-1252",
             **{"from": "Ciarán Doherty <ciaran.doherty@westsussex.gov.uk>"},
             subject="AMHP notification – Bognor Regis",
             body="""
Good afternoon,

I assessed Ms Siân Metcalfe (aged 34) today at her home, 22 Wren Road, Bognor Regis, PO21 5LX, following a referral from her GP, Dr Farooq, after she told him she had been hearing voices telling her she was being watched through the television and had not slept for five days.

Siân lives with her two sons, aged 6 and 9; I did not get their names. Earlier in the day she had been in the front garden threatening the neighbours, and the boys watched all of this from the front window and were clearly upset.

Outcome: Siân was not detained. She will remain at home and has agreed to daily visits from the Home Treatment Team, starting tomorrow.

I asked Siân whether she was happy for me to let Children’s Services know – she said no, she did not want social workers involved. I explained that I would still be making this referral.

I am not aware of any risk to workers visiting the home.

Siân’s mobile: 07700 900733. Her mother, who is staying with the family this week, is on 01632 960452.

Kind regards,
Ciarán Doherty
AMHP – Western Area
West Sussex County Council
Tel 0117 496 0218
"""),
        name="Siân Metcalfe", age=34, reason="hearing voices telling her she was being watched through the television and had not slept for five days",
        children=[(None, None, 6), (None, None, 9)], address="22 Wren Road, Bognor Regis", postcode="PO21 5LX",
        phones=["07700 900733", "01632 960452"], status="not_admitted", location="at home",
        follow="daily visits from the Home Treatment Team", rc="identified", rw="none_known",
        ind=["violence_aggression", "child_witnessed_incident"], consent="refused", aware=True)

    # 03 bullets, s136 pending, police marker, consent not sought
    add(dict(name="e03_bullets_s136", date="2025-06-14 18:05", shape="alt", cte="quoted-printable",
             **{"from": "Priya Raman <priya.raman@nhs.net>"},
             subject="AMHP protocol notification",
             body="""
Hi all,

Notification under the AMHP/Children's Social Care protocol:

• Name: Daniel Ashdown-Pryce
• D.O.B.: 4.9.91
• Lives at: Flat 12, Marlborough Court, 3 Station Approach, Haywards Heath RH16 1BE
• Contact no.: 07700 900361 (Daniel), 07700 900362 (partner Leanne)
• Reason for MHAA: found by British Transport Police on the platform at Haywards Heath station saying he intended to jump in front of a train
• Children: Leanne's daughter Skye (aged 3) and their son Noah, DOB 30/12/2024, both live with them
• Status: on a s136 at the Haywards Heath place of safety (Princess Royal); the assessment has not happened yet as we are waiting for a s12 doctor. Please ring the AMHP Hub on 01632 960500 for an update.
• Workers: Sussex Police have a warning marker on the address for a previous assault on officers.
• Consent: not sought – Daniel is not in a state to discuss it. Neither he nor Leanne has been told yet; I will speak to Leanne tomorrow.

Priya Raman, AMHP
Mid Sussex AMHP Hub
"""),
        name="Daniel Ashdown-Pryce", dob="1991-09-04", reason="saying he intended to jump in front of a train",
        children=[("Skye", None, 3), ("Noah", "2024-12-30", None)],
        address="Flat 12, Marlborough Court, 3 Station Approach, Haywards Heath", postcode="RH16 1BE",
        phones=["07700 900361", "07700 900362"], status="not_concluded", section="136",
        location="the Haywards Heath place of safety (Princess Royal)", update="the AMHP Hub on 01632 960500",
        rw="identified", ind=["unborn_or_newborn"], consent="not_sought", aware=False)

    # 04 child subject (15), informal admission with mum's agreement
    add(dict(name="e04_child_subject_informal", date="2025-08-20 13:10", shape="plain", cte="8bit",
             **{"from": "Tom Ellery <tom.ellery@westsussex.gov.uk>"},
             subject="MHA assessment of a young person",
             body=f"""
To: IFD

Young person: Ruby Castellano
Age: 15
Home: 88 Longbrook Road, Lancing BN15 8QJ
Mum (Gemma Castellano): 01632 960781
NHS number: {N[1]}

Reason for referral for assessment: Ruby was brought to A&E at Worthing Hospital by ambulance after cutting her arms deeply and telling staff she would try again as soon as she was discharged.

Others in the household: mum Gemma, mum's partner Steve, and Ruby's half-brother Alfie (DOB 11/03/2016). Ruby's older brother Jordan (20) moved out last year.

Result: Ruby agreed to an informal admission, with Gemma's agreement. She is currently on the paediatric ward at Worthing Hospital and will transfer to Chalkhill, the adolescent unit, tonight.

Risk to children: low.
Risk to professionals: none known.
Consent: Gemma gave consent for this referral on Ruby's behalf; Ruby also knows.

Tom Ellery
AMHP, Coastal Team
Mobile 07700 900902
"""),
        name="Ruby Castellano", age=15, reason="cutting her arms deeply and telling staff she would try again",
        children=[("Alfie", "2016-03-11", None)], address="88 Longbrook Road, Lancing", postcode="BN15 8QJ",
        phones=["01632 960781"], nhs_numbers=[N[1]], status="admitted_informal",
        location="the paediatric ward at Worthing Hospital", follow="will transfer to Chalkhill, the adolescent unit, tonight",
        rc="none_known", rw="none_known", consent="obtained", aware=True)

    # 05 s4 narrative, baby in delusions, pregnant; sister aware; no consent statement
    add(dict(name="e05_s4_narrative", date="2025-09-03 02:15", shape="plain", cte="base64",
             **{"from": "Marcus Hale-Bennett <marcus.halebennett@nhs.net>"},
             subject="Out of hours – MHA notification",
             body="""
Dear Integrated Front Door,

Out-of-hours notification. Tonight I completed an emergency application under section 4 of the Mental Health Act for Chloe Varga (DOB 1997-01-25) of 15 Rowan Way, Bersted, Bognor Regis PO22 9JN. The second medical recommendation is still awaited and will be sought when the on-call psychiatrist is free.

The police were called by Chloe's neighbour at about 11pm because Chloe was in the street in her nightclothes holding her baby, Freya (4 months), saying the baby had been "swapped" and was not her real daughter. Chloe is also around 20 weeks pregnant.

Freya is now being looked after by Chloe's sister, Dominika Varga, at her flat in Felpham (07700 900448), who says she can keep Freya for as long as needed. Freya normally lives with Chloe; there is no one else in the home. Chloe's mobile is 07700 900449.

Chloe is on Larch Ward at the Oaklands Centre, Chichester.

Chloe's sister knows I am making this notification.

Marcus Hale-Bennett
Out of Hours AMHP
Sussex Partnership NHS Foundation Trust
01632 960033
"""),
        name="Chloe Varga", dob="1997-01-25", reason="in the street in her nightclothes holding her baby saying the baby had been swapped",
        children=[("Freya", None, 0)], address="15 Rowan Way, Bersted, Bognor Regis", postcode="PO22 9JN",
        phones=["07700 900448", "07700 900449"], status="detained", section="4",
        location="Larch Ward at the Oaklands Centre, Chichester", rc="identified",
        ind=["child_in_delusions", "unborn_or_newborn", "no_other_carer"], aware=True)

    # 06 HTML form, s3, adult son excluded, visit in pairs, wife consents
    add(dict(name="e06_html_form_s3", date="2025-10-07 11:30", shape="html", cte="quoted-printable",
             **{"from": "Nkechi Adebayo <nkechi.adebayo@sussexpartnership.nhs.uk>"},
             subject="MHAA outcome – notification",
             body="""
Hello IFD,

Please accept this notification following a Mental Health Act assessment this morning.

Service user: Mr Graham Peploe
Date of birth: 3rd May 1979
Address: 2 Ferring Lane, Ferring, Worthing BN12 5QT
Tel (home): 01632 960261

Reason: Graham's community team (care coordinator Ruth Abiodun, 01632 960390) requested the assessment because he has not taken his clozapine for six weeks, is refusing visits, and last week threatened his neighbour with a hammer.

Household: Graham lives with his wife Alison, their son Callum (19) and their daughter Isla, DOB 14/06/2011.

Outcome: Graham was detained under section 3 and taken to Rowan Ward, Meadowfield Hospital, Worthing.

Risks to children: low – Isla was at school at the time.
Risks to workers: please visit in pairs; Graham can be hostile to professionals when unwell.

Consent: Graham lacked capacity to consider this; Alison consented on the family’s behalf.

Many thanks,
Nkechi Adebayo
AMHP
"""),
        name="Graham Peploe", dob="1979-05-03", reason="not taken his clozapine for six weeks, refusing visits, threatened his neighbour with a hammer",
        children=[("Isla", "2011-06-14", None)], address="2 Ferring Lane, Ferring, Worthing", postcode="BN12 5QT",
        phones=["01632 960261"], status="detained", section="3", location="Rowan Ward, Meadowfield Hospital, Worthing",
        rc="none_known", rw="identified", ind=["violence_aggression", "weapons", "non_engagement"],
        consent="obtained", aware=True)

    # 07 not concluded (no bed), update contact, DA, not sought
    add(dict(name="e07_no_bed_not_sought", date="2025-11-18 23:40", shape="plain", cte="quoted-printable", charset="windows-1252",
             **{"from": "Lucy Brannigan <lucy.brannigan@westsussex.gov.uk>"},
             subject="MHA assessment – Crawley – not concluded",
             body="""
Dear colleagues

Re: Kerry-Ann Walsh, d.o.b. 08.02.90
Address: 41 Tilgate Drive, Tilgate, Crawley, RH10 5PQ

I was asked to assess Kerry-Ann by the crisis team after she took an overdose of her prescribed quetiapine and then told the paramedics she wanted to be left to die.

The assessment is not yet concluded. Both doctors have recommended admission under section 2 but there is no bed in Sussex tonight; Kerry-Ann remains in the Emergency Department at East Surrey Hospital. For updates please contact the Crawley AMHP duty worker on 0117 496 0710.

Kerry-Ann is a single parent to Tyler (7) and Amelia-Rose (2). The children are staying with Kerry-Ann’s mother, Mrs Patricia Walsh, on 07700 900816.

Risks to children: Kerry-Ann is the children’s only carer; there is no other adult at home while she is in hospital.
Risks to workers: no known risk.

Consent was not sought. Her ex-partner Dean has been violent towards her in the past and there is a non-molestation order against him; I have not discussed this referral with Kerry-Ann or her family tonight as she fears Dean will find out through them.

Lucy Brannigan
Senior Practitioner / AMHP
"""),
        name="Kerry-Ann Walsh", dob="1990-02-08", reason="took an overdose of her prescribed quetiapine",
        children=[("Tyler", None, 7), ("Amelia-Rose", None, 2)], address="41 Tilgate Drive, Tilgate, Crawley", postcode="RH10 5PQ",
        phones=["07700 900816"], status="not_concluded", location="the Emergency Department at East Surrey Hospital",
        update="the Crawley AMHP duty worker on 0117 496 0710", rc="identified", rw="none_known",
        ind=["domestic_abuse", "no_other_carer"], consent="not_sought", aware=False)

    # 08 adjourned for interpreter, no update contact, young carer
    add(dict(name="e08_interpreter_no_update", date="2026-01-09 08:50", shape="alt", cte="base64",
             **{"from": "Bogdan Ilie <bogdan.ilie@nhs.net>"},
             subject="AMHP notification – children in household",
             body="""
Good morning,

AMHP notification – children in household

Name: Mariam Haddad
Age: 31
Address: 6 Poplar Mews, Broadfield, Crawley RH11 9AL
Tel: 020 7946 0457

Grounds for assessment: Mariam's husband called the GP because she had stopped eating, was talking to her late father and had tried to leave the house at night with no shoes in the snow.

Children at home:
  1. Yusuf Haddad – 09/09/2017
  2. Lina Haddad – 22/04/2020
  3. Adam Haddad – 15/07/2025

Outcome so far: assessment adjourned – Mariam speaks limited English and we are waiting for an Arabic interpreter. She is at home with her husband tonight.

Risks to the children: Mariam has been too unwell to look after the baby and the older two have been getting themselves ready for school and feeding Adam.

Mariam and her husband Karim both consented to us informing Children's Services.

Bogdan
"""),
        name="Mariam Haddad", age=31, reason="stopped eating, was talking to her late father and had tried to leave the house at night",
        children=[("Yusuf Haddad", "2017-09-09", None), ("Lina Haddad", "2020-04-22", None), ("Adam Haddad", "2025-07-15", None)],
        address="6 Poplar Mews, Broadfield, Crawley", postcode="RH11 9AL", phones=["020 7946 0457"],
        status="not_concluded", location="at home with her husband", rc="identified",
        ind=["unborn_or_newborn", "young_carer"], consent="obtained", aware=True)

    # 09 narrative, daughter lives elsewhere -> none_known, GP review
    add(dict(name="e09_child_elsewhere", date="2026-02-16 17:25", shape="plain", cte="8bit",
             **{"from": "Sarah Whitlock <sarah.whitlock@sussexpartnership.nhs.uk>"},
             subject="FYI – MHA assessment, Shoreham",
             body="""
Hi,

For your information under the joint protocol. I assessed Jonathan Eze, born 12 November 1983, at his flat, 19 Hythe Court, Shoreham-by-Sea, BN43 5HW, this afternoon. His brother had called the police because Jonathan had been posting messages online saying he had "finished with everything" and had given away his belongings.

Jonathan was not detained. He engaged well, denied current intent, and remains at home. He has agreed to see his GP on Monday and to a follow-up call from the Adur CMHT duty worker this week.

Jonathan has a daughter, Precious (aged 8), who lives with her mother in Brighton and stays with Jonathan every other weekend. No children live with him.

I'm not aware of any risks to Precious or to anyone visiting Jonathan. He has agreed to this referral being made.

His number: 07700 900120. Brother (Samuel Eze): 07700 900121.

Thanks,
Sarah Whitlock
AMHP | Adur, Arun & Worthing
01632 960640
"""),
        name="Jonathan Eze", dob="1983-11-12", reason="posting messages online saying he had finished with everything",
        cstatus="none_known", address="19 Hythe Court, Shoreham-by-Sea", postcode="BN43 5HW",
        phones=["07700 900120", "07700 900121"], status="not_admitted", location="at home",
        follow="see his GP on Monday and a follow-up call from the Adur CMHT duty worker",
        rc="none_known", rw="none_known", consent="obtained", aware=True)

    # 10 HTML cp1252, children unknown, no capacity
    add(dict(name="e10_children_unknown", date="2026-03-05 14:00", shape="html", cte="quoted-printable", charset="windows-1252",
             **{"from": "Rhodri Vaughan <rhodri.vaughan@westsussex.gov.uk>"},
             subject="Mental Health Act assessment – notification",
             body=f"""
Dear IFD,

Mental Health Act assessment – notification

Patient: Mr Oluwaseun (“Seun”) Adeyemi
DOB: 23/08/88
Address: 10 Gorse Avenue, East Preston, Littlehampton BN16 1RZ
NHS No.: {N[2]}

Seun was assessed at Worthing police station after being arrested for criminal damage; he had smashed the windows of a car he believed was sending signals into his head.

Seun was detained under Section 2 MHA and has been admitted to Cissbury Ward, Meadowfield Hospital.

Children: Seun mentioned “the kids” several times but I was unable to establish whether any children live with him; his records give no details.

Consent: not sought – Seun lacked capacity to understand the referral and I could not identify any family member to speak to.

Rhodri Vaughan
AMHP, Arun
"""),
        name="Oluwaseun Adeyemi", dob="1988-08-23", reason="smashed the windows of a car he believed was sending signals into his head",
        cstatus="unknown_to_referrer", address="10 Gorse Avenue, East Preston, Littlehampton", postcode="BN16 1RZ",
        nhs_numbers=[N[2]], status="detained", section="2", location="Cissbury Ward, Meadowfield Hospital",
        ind=["violence_aggression"], consent="not_sought", aware=None)

    # 11 Gmail reply, answers risks + consent, original beneath
    add(dict(name="e11_gmail_reply_complete", date="2025-04-22 12:31", shape="plain", cte="quoted-printable",
             **{"from": "Femi Johnson <femi.johnson@nhs.net>"},
             subject="Re: Further information needed – AMHP notification",
             headers={"In-Reply-To": "<ifd-req-1101@westsussex.gov.uk>"},
             body="""
Hi,

Answers below:

Risks to the children – none that I know of. Dad is at home with them and coping well.
Risks to workers – there are two dogs at the house (Staffies), otherwise fine.
Consent – Mrs Liddell was asked and agreed to the referral before she went to the ward.

Femi

On Tue, 22 Apr 2025 at 08:55, Integrated Front Door <wschildrenservices@westsussex.gov.uk> wrote:
> Dear referrer,
>
> Thank you for your AMHP notification. To allow us to screen it, please send us the following, which we could not find in your email:
>   - any perceived risks to the children
>   - any perceived risks to workers contacting the family
>   - whether consent to the referral has been obtained
>
> Integrated Front Door, West Sussex County Council
> 01632 960001
>
> On Mon, 21 Apr 2025 at 19:30, Femi Johnson <femi.johnson@nhs.net> wrote:
>> Notification following MHA assessment.
>>
>> Name: Joanne Liddell
>> DOB: 17/01/1982
>> Address: 31 Kestrel Close, Burgess Hill RH15 0XW
>> Phone: 07700 900655; husband Mark 07700 900656
>> Reason: Joanne was found by her husband in the garage with a ligature; she told him she could not go on.
>> Children: Harry (12), Poppy (10)
>> Outcome: detained under section 2, now on Amberley Ward, Langley Green Hospital.
"""),
        name="Joanne Liddell", dob="1982-01-17", reason="found by her husband in the garage with a ligature",
        children=[("Harry", None, 12), ("Poppy", None, 10)], address="31 Kestrel Close, Burgess Hill", postcode="RH15 0XW",
        phones=["07700 900655", "07700 900656"], status="detained", section="2",
        location="Amberley Ward, Langley Green Hospital", rc="none_known", rw="identified",
        consent="obtained", aware=True)

    # 12 Outlook reply, newer outcome supersedes quoted not-concluded
    add(dict(name="e12_outlook_reply_supersedes", date="2025-07-30 09:14", shape="alt", cte="quoted-printable",
             **{"from": "Gareth Minshull <gareth.minshull@sussexpartnership.nhs.uk>"},
             subject="RE: AMHP notification – Nadia Rahman – further information required",
             body="""
Hello,

Update: a bed became available overnight and Nadia was detained under section 2 this morning. She is now on Iris Ward, Oaklands Centre, Chichester. The children remain with their father at home.

Regarding your question about workers — no known risks.

Gareth

From: Integrated Front Door <wschildrenservices@westsussex.gov.uk>
Sent: 29 July 2025 16:12
To: Gareth Minshull <gareth.minshull@sussexpartnership.nhs.uk>
Subject: RE: AMHP notification – Nadia Rahman – further information required

Good afternoon,
We have received your notification. Please could you tell us about any risks to workers contacting the family.
Regards, Integrated Front Door

From: Gareth Minshull <gareth.minshull@sussexpartnership.nhs.uk>
Sent: 29 July 2025 11:40
To: Integrated Front Door <wschildrenservices@westsussex.gov.uk>
Subject: AMHP notification – Nadia Rahman

Hi,
Nadia Rahman (DOB 05/05/1993), 4 Sandpiper Walk, Chichester PO19 8FD, mobile 07700 900270.
Assessed at home today after her partner reported that she had been talking about the children being "taken by the devil" and had not slept for a week.
Children: Zara Rahman (born 13/01/2019) and Idris Rahman (born 28/06/2021).
Outcome: assessment not concluded – both doctors recommend admission but there is no bed. Please call the Chichester AMHP office on 0113 496 0551 for an update.
Risks to children: the children feature in Nadia's beliefs; her partner Imran is at home and is caring for them.
Consent: Nadia and Imran are both aware and consented.
"""),
        name="Nadia Rahman", dob="1993-05-05", reason="talking about the children being taken by the devil and had not slept for a week",
        children=[("Zara Rahman", "2019-01-13", None), ("Idris Rahman", "2021-06-28", None)],
        address="4 Sandpiper Walk, Chichester", postcode="PO19 8FD", phones=["07700 900270"],
        status="detained", section="2", location="Iris Ward, Oaklands Centre, Chichester",
        rc="identified", rw="none_known", ind=["child_in_delusions"], consent="obtained", aware=True)

    # 13 Gmail reply, partial: risk to children; consent later; workers still missing
    add(dict(name="e13_gmail_reply_partial", date="2025-12-02 13:02", shape="plain", cte="8bit",
             **{"from": "Anjali Desai <anjali.desai@westsussex.gov.uk>"},
             subject="Re: AMHP notification – information required",
             body="""
Hello,

Apologies for the gaps. Risk to the children: Lewis has told his partner he hears a voice telling him to "punish" the youngest, so I do think there is a risk and I'd ask that this is looked at urgently.

I haven't asked the family about consent yet – I'll speak to his partner Kayleigh tomorrow and will let you know.

Anjali

On Tue, 2 Dec 2025 at 09:05, Integrated Front Door <wschildrenservices@westsussex.gov.uk> wrote:
> Hello,
>
> Thank you for your referral. Before it can be screened we need: risks to the children; risks to workers; whether the family has consented.
>
> Kind regards
> Integrated Front Door
>
> On Mon, 1 Dec 2025 at 22:47, Anjali Desai <anjali.desai@westsussex.gov.uk> wrote:
>> MHA assessment notification
>>
>> Lewis Barnard, 27 years old, 58 Highdown Road, Worthing BN11 4LR. Tel 0117 496 0803 (home).
>> Assessment requested by the police after Lewis was seen shouting at passers-by and punching a bus shelter in Worthing town centre.
>> He lives with his partner Kayleigh Morris and her children Tia-Mae (5) and Ronnie (2), plus their baby Jax (11 weeks).
>> Outcome: admitted informally to Larkspur Ward, Meadowfield Hospital.
"""),
        name="Lewis Barnard", age=27, reason="shouting at passers-by and punching a bus shelter",
        children=[("Tia-Mae", None, 5), ("Ronnie", None, 2), ("Jax", None, 0)],
        address="58 Highdown Road, Worthing", postcode="BN11 4LR", phones=["0117 496 0803"],
        status="admitted_informal", location="Larkspur Ward, Meadowfield Hospital", rc="identified",
        ind=["child_in_delusions", "violence_aggression", "unborn_or_newborn"], consent="not_sought", aware=False)

    # 14 Outlook HTML reply without the original: name + refused + workers
    add(dict(name="e14_outlook_reply_no_original", date="2026-04-14 10:47", shape="html", cte="base64",
             **{"from": "Declan Moriarty <declan.moriarty@nhs.net>"},
             subject="RE: Missing information – your AMHP notification of 13/04",
             body="""
Hi there,

Re Dawn Pickett – I spoke to Dawn this morning. She does not agree to Children's Services being involved and asked me not to send anything, but I explained we have a duty to let you know and that the referral stands.

Re workers: nothing known, her flat is fine to visit.

The assessment outcome, address and children's details were in my original email (sent from my nhs.net account yesterday evening) – let me know if it didn't come through.

Declan Moriarty
AMHP

From: Integrated Front Door <wschildrenservices@westsussex.gov.uk>
Sent: 14 April 2026 08:31
To: Declan Moriarty <declan.moriarty@nhs.net>
Subject: Missing information – your AMHP notification of 13/04

Dear Declan,
We need the following to progress the notification you sent on 13/04: consent; risks to workers.
Integrated Front Door
"""),
        name="Dawn Pickett", rw="none_known", consent="refused", aware=True)

    # 15 Gmail reply (alt), children details added, original beneath
    add(dict(name="e15_gmail_reply_children", date="2026-05-20 11:36", shape="alt", cte="quoted-printable", gmail=True,
             **{"from": "Hannah Clough <hannah.clough@sussexpartnership.nhs.uk>"},
             subject="Re: AMHP notification – children's details",
             body=f"""
Hi,

The children are:
Oscar Petrov, 03/10/2013
Elsie Petrov, 19/02/2017
Both live at home with their mum Irina.

Viktor's NHS number is {N[3]}.

Hannah

On Wed, 20 May 2026 at 10:02, Integrated Front Door <wschildrenservices@westsussex.gov.uk> wrote:
> Dear Hannah, thank you for your notification. Could you please give the names and dates of birth of the children in the household?
> IFD
>
> On Tue, 19 May 2026 at 17:44, Hannah Clough <hannah.clough@sussexpartnership.nhs.uk> wrote:
>> Dear IFD,
>> I assessed Viktor Petrov (born 14.4.85) this afternoon at 27 Elm Grove, Horsham RH12 1HY after his wife found him cutting up their passports and photographs, saying she had been replaced by an impostor. He has two children.
>> Outcome: Viktor was not detained; he agreed to stay with his brother in Crawley for now and the Home Treatment Team will visit him there daily.
>> Wife: Irina Petrova, 07700 900977.
>> Risk to children: none known. Risk to staff: none known.
>> Consent: Viktor agreed.
"""),
        name="Viktor Petrov", dob="1985-04-14", reason="cutting up their passports and photographs, saying she had been replaced by an impostor",
        children=[("Oscar Petrov", "2013-10-03", None), ("Elsie Petrov", "2017-02-19", None)],
        address="27 Elm Grove, Horsham", postcode="RH12 1HY", phones=["07700 900977"], nhs_numbers=[N[3]],
        status="not_admitted", location="stay with his brother in Crawley",
        follow="the Home Treatment Team will visit him there daily", rc="none_known", rw="none_known",
        consent="obtained", aware=True)

    # 16 Outlook HTML reply, gives update contact + worker risk, original beneath
    add(dict(name="e16_outlook_reply_update", date="2026-06-03 16:05", shape="html", cte="quoted-printable", charset="windows-1252",
             **{"from": "Joseph Mbeki <joseph.mbeki@westsussex.gov.uk>"},
             subject="RE: AMHP notification – Midhurst",
             body="""
Good afternoon,

For an update please ring me on my work mobile 07700 900311, or the Coastal AMHP hub on 01632 960222 if I’m not on shift.

Risks to workers: Luis’s father, who lives with them, has been verbally abusive to police on previous visits.

Thanks
Joseph

From: Integrated Front Door <wschildrenservices@westsussex.gov.uk>
Sent: 03 June 2026 14:20
To: Joseph Mbeki <joseph.mbeki@westsussex.gov.uk>
Subject: RE: AMHP notification – Midhurst

Dear Joseph, please let us know who we can contact for an update and whether there are any risks to workers.
Integrated Front Door

From: Joseph Mbeki <joseph.mbeki@westsussex.gov.uk>
Sent: 02 June 2026 21:48
To: Integrated Front Door <wschildrenservices@westsussex.gov.uk>
Subject: AMHP notification – Midhurst

Name: Luis Ortiz
DOB: 30 January 2001
Address: 15 Cedar Road, Midhurst GU29 9DN
Tel: 01632 960847 (home)
Reason: Luis’s father rang the crisis line because Luis had locked himself in his room for three days and was saying he wanted to die.
Children: his partner Carla’s son Mateo (4) and their daughter Valentina, born 01/03/2026.
Outcome: assessment started but adjourned as Luis would not open the door; a s135(1) warrant is being applied for. Luis remains at home.
Risk to children: I do not believe Luis poses a direct risk to the children, who are staying with Carla’s mother in Petworth until this is resolved.
Consent: Carla is aware and agreed.
"""),
        name="Luis Ortiz", dob="2001-01-30", reason="locked himself in his room for three days and was saying he wanted to die",
        children=[("Mateo", None, 4), ("Valentina", "2026-03-01", None)], address="15 Cedar Road, Midhurst", postcode="GU29 9DN",
        phones=["01632 960847"], status="not_concluded", location="at home",
        update="me on my work mobile 07700 900311, or the Coastal AMHP hub on 01632 960222",
        rc="none_known", rw="identified", ind=["unborn_or_newborn"], consent="obtained", aware=True)

    # 17 forward by admin (Gmail-style forwarded block)
    add(dict(name="e17_forward_admin", date="2025-02-10 09:03", shape="plain", cte="quoted-printable",
             **{"from": "Karen Tull <karen.tull@sussexpartnership.nhs.uk>"},
             subject="Fwd: MHAA – children in household",
             body="""
Hi IFD,

Forwarding on behalf of our AMHP Paul Greaves who is now off shift – he asked me to send this to you as it didn't go on Friday. Any queries to the AMHP office on 01632 960555.

Karen Tull
Administrator, Crawley AMHP Office

---------- Forwarded message ---------
From: Paul Greaves <paul.greaves@sussexpartnership.nhs.uk>
Date: Fri, 7 Feb 2025 at 23:58
Subject: MHAA – children in household
To: Karen Tull <karen.tull@sussexpartnership.nhs.uk>

Karen – please forward to IFD:

Person assessed: Kyle Donnachie (DOB 02/11/1995)
Where he lives: 3 Maidenbower Square, Crawley RH10 7QH (with partner Jade Simmons and her daughter Lily-Mae, 6)
Phone: Jade 07700 900531
Reason for assessment: he had been smoking cannabis heavily for weeks and on Friday threatened Jade with a kitchen knife, believing she was poisoning him. Lily-Mae saw this and hid in her bedroom.
Result: detained s.2, Pevensey Ward, Langley Green Hospital.
Risks to children: yes – see above.
Risks to workers: police marker on address (knife incident). Kyle has assaulted a nurse on a previous admission.
Consent: Jade agreed.

Paul Greaves
AMHP
07700 900004
"""),
        name="Kyle Donnachie", dob="1995-11-02", reason="threatened Jade with a kitchen knife, believing she was poisoning him",
        children=[("Lily-Mae", None, 6)], address="3 Maidenbower Square, Crawley", postcode="RH10 7QH",
        phones=["07700 900531"], status="detained", section="2", location="Pevensey Ward, Langley Green Hospital",
        rc="identified", rw="identified",
        ind=["violence_aggression", "domestic_abuse", "substance_misuse", "weapons", "child_witnessed_incident"],
        consent="obtained", aware=True)

    # 18 iPhone "Begin forwarded message", AMHP re-sends own email + consent
    add(dict(name="e18_forward_iphone", date="2025-09-26 07:48", shape="alt", cte="base64",
             **{"from": "Olu Bamgbose <olu.bamgbose@nhs.net>"},
             subject="Fwd: AMHP notification",
             body="""
Sending again as I had the wrong address before. Update: I've since spoken to Mr Pearce (Angela's husband) and he is happy for the referral to go ahead.

Sent from my iPhone

Begin forwarded message:

From: Olu Bamgbose <olu.bamgbose@nhs.net>
Date: 25 September 2025 at 21:14:07 BST
To: wschildrens@westsussex.gov.uk
Subject: AMHP notification

Evening,

Angela Pearce, 44, of 12 Saltings Way, Upper Beeding, Steyning BN44 3JH (tel 01632 960199) was assessed at home today at the request of her care coordinator, Phil Hart (0113 496 0388). Angela stopped her lithium about a month ago and since then has been spending thousands of pounds, barely sleeping and driving erratically – last weekend with the children in the car.

Angela agreed to an informal admission and is now on Regency Ward, Mill View Hospital.

Her children Jacob (14), Evie (11) and Finn (8) are at home with their dad.

Risk to the children: the dangerous driving with them in the car. I have no concerns about workers visiting.

Olu Bamgbose
AMHP
"""),
        name="Angela Pearce", age=44, reason="spending thousands of pounds, barely sleeping and driving erratically",
        children=[("Jacob", None, 14), ("Evie", None, 11), ("Finn", None, 8)],
        address="12 Saltings Way, Upper Beeding, Steyning", postcode="BN44 3JH", phones=["01632 960199"],
        status="admitted_informal", location="Regency Ward, Mill View Hospital", rc="identified", rw="none_known",
        ind=["non_engagement"], consent="obtained", aware=True)

    # 19 .docx form
    add(dict(name="e19_docx_form", date="2025-12-15 19:22", shape="plain", cte="7bit",
             **{"from": "Sophie Brandt <sophie.brandt@sussexpartnership.nhs.uk>"},
             subject="AMHP notification form attached",
             body="""
Please find attached the AMHP notification form for an assessment completed today.

Regards,
Sophie Brandt
AMHP, Mid Sussex
""",
             docx=[("Name of person assessed", "Aisha Khatun"),
                   ("Date of birth", "11/06/1999"),
                   ("Address", "Flat 4, Kingsmead House, 27 Church Road, Burgess Hill, RH15 9AE"),
                   ("Telephone numbers", "07700 900688 (Aisha); 07700 900689 (Aisha's mother Rokeya, nearest relative)"),
                   ("NHS number", N[4]),
                   ("Reason for assessment", "Aisha was found walking along the verge of the A23 at night, saying she was going to her \"real family\" in London. Her baby had been left alone in the flat for several hours until her mother found her."),
                   ("Children in the household", "Inaya Khatun, DOB 27/10/2025 – Aisha's only child"),
                   ("Outcome of assessment", "Detained under Section 2"),
                   ("Current location", "Amberley Ward, Langley Green Hospital"),
                   ("Perceived risks to children", "Inaya was left alone for several hours while Aisha was unwell."),
                   ("Perceived risks to workers", "None known"),
                   ("Consent", "Not sought – Aisha lacks capacity at present. Her mother has been told about this referral."),
                   ("AMHP", "Sophie Brandt, 01632 960270")]),
        name="Aisha Khatun", dob="1999-06-11", reason="found walking along the verge of the A23 at night",
        children=[("Inaya Khatun", "2025-10-27", None)], address="Flat 4, Kingsmead House, 27 Church Road, Burgess Hill",
        postcode="RH15 9AE", phones=["07700 900688", "07700 900689"], nhs_numbers=[N[4]],
        status="detained", section="2", location="Amberley Ward, Langley Green Hospital",
        rc="identified", rw="none_known", ind=["neglect", "unborn_or_newborn"], consent="not_sought", aware=True)

    # 20 non-referral: out of office
    add(dict(name="e20_nonref_out_of_office", date="2026-01-02 10:00", shape="plain", cte="7bit",
             **{"from": "Ellen Price <ellen.price@sussexpartnership.nhs.uk>"},
             subject="Automatic reply: Your referral has been received",
             headers={"Auto-Submitted": "auto-replied"},
             body="""
Thank you for your email. I am on annual leave until Monday 5th January with no access to email.

For urgent AMHP matters please call the AMHP Hub on 01632 960500.

Ellen Price
AMHP
"""))

    # 21 non-referral: general question about the protocol
    add(dict(name="e21_nonref_question", date="2026-03-20 12:15", shape="html", cte="quoted-printable",
             **{"from": "Ellen Price <ellen.price@sussexpartnership.nhs.uk>"},
             subject="Quick question about the AMHP protocol",
             body="""
Hi,

Quick question about the joint protocol – if the person we assess is a grandparent who looks after their grandchildren during the day but doesn't live with them, do you still want a notification from us?

Happy to discuss on 01632 960612.

Thanks,
Ellen Price
AMHP
"""))

    # 22 child subject 16, HTML narrative, s2, sisters, dog
    add(dict(name="e22_child_subject_s2", date="2025-03-28 16:40", shape="html", cte="quoted-printable",
             **{"from": "Imogen Fairweather <imogen.fairweather@sussexpartnership.nhs.uk>"},
             subject="Notification – MHA assessment of a 16 year old",
             body="""
Dear Front Door,

I am writing to let you know that I have completed a Mental Health Act assessment of Jayden Osei, a 16-year-old (DOB 12/12/2008), who lives with his mother and two younger sisters at 9 Nursery Lane, Littlehampton BN17 6EE.

The assessment was requested by the CAMHS crisis team because Jayden has been hearing voices telling him to hurt his family and, on Sunday, hit his mother when she tried to take a kitchen knife from him. His sisters saw him hit their mother.

Jayden has been detained under Section 2. He is currently on the children's ward at St Richard's Hospital, Chichester, and will be transferred to the adolescent unit at Chalkhill when a bed is available.

His sisters are Abena (DOB 04.06.2013) and Efua (DOB 20.01.2019). Mum, Grace Osei, can be reached on 07700 900150; Jayden's own phone is 07700 900151.

Risk to children: the voices have been about his sisters as well as his mother.
Risk to workers: no known risk to workers, but the family has a dog.

Grace is aware of and agrees with this referral.

Best wishes,
Imogen Fairweather
AMHP
"""),
        name="Jayden Osei", dob="2008-12-12", age=16, reason="hearing voices telling him to hurt his family and hit his mother",
        children=[("Abena", "2013-06-04", None), ("Efua", "2019-01-20", None)],
        address="9 Nursery Lane, Littlehampton", postcode="BN17 6EE", phones=["07700 900150", "07700 900151"],
        status="detained", section="2", location="the children's ward at St Richard's Hospital, Chichester",
        follow="transferred to the adolescent unit at Chalkhill when a bed is available",
        rc="identified", rw="identified",
        ind=["child_in_delusions", "violence_aggression", "weapons", "child_witnessed_incident"],
        consent="obtained", aware=True)

    # 23 child subject 13 on s136, children not stated
    add(dict(name="e23_child_subject_s136", date="2025-10-30 20:55", shape="plain", cte="base64", charset="windows-1252",
             **{"from": "Rachel O'Donoghue <rachel.odonoghue@westsussex.gov.uk>"},
             subject="URGENT – young person on s136",
             body="""
IFD – urgent notification

Chloë Bassett, d.o.b. 5/3/12, was brought to the Section 136 suite at Langley Green Hospital at 17:30 by Sussex Police (PC 4417 Hammond) after she was found on the roof of a multi-storey car park in Crawley.

She remains there under s136; the MHA assessment has not yet been completed as we are waiting for a CAMHS consultant. Her father, Neil Bassett (07700 900722), is with her.

Home: 46 Ifield Avenue, Crawley RH11 0AB.

No concerns about risk to workers.
Neil knows that I am notifying Children’s Services and agrees.

For an update, please call the Crawley AMHP office on 01632 960444 (ask for the duty AMHP).

Rachel O’Donoghue, AMHP
"""),
        name="Chloë Bassett", dob="2012-03-05", reason="found on the roof of a multi-storey car park",
        address="46 Ifield Avenue, Crawley", postcode="RH11 0AB", phones=["07700 900722"],
        status="not_concluded", section="136", location="the Section 136 suite at Langley Green Hospital",
        update="the Crawley AMHP office on 01632 960444", rw="none_known", consent="obtained", aware=True)

    # 24 mixed, grandmother with SGO grandchildren, not admitted, refused
    add(dict(name="e24_sgo_grandchildren", date="2025-06-30 15:15", shape="plain", cte="8bit",
             **{"from": "Martin Ashworth <martin.ashworth@westsussex.gov.uk>"},
             subject="AMHP notification – Lower Beeding",
             body="""
Dear colleagues,

Brenda Hollis (58)
Little Orchard, Brighton Road, Lower Beeding, Horsham RH13 6NQ
Home tel 01632 960375

Brenda's GP (Dr Chaudhry, surgery 01632 960600) requested the assessment: over the past month she has become convinced that her neighbours are getting into the house at night and moving things, and she has called the police more than thirty times in a week.

Brenda is the special guardian of her grandchildren, Summer Hollis (12) and Kai Hollis (9), who live with her.

She was not detained – there were no grounds. She remains at home and the Horsham CMHT will arrange a psychiatrist review within two weeks. Her daughter Michelle, who lives in Leeds (0113 496 0127), is coming to stay for a few days.

Risk to the children – nil.
Risk to workers – none known.

Brenda was asked about this notification and said she would rather we didn't, but understands why we are sending it.

Martin Ashworth
AMHP
"""),
        name="Brenda Hollis", age=58, reason="convinced that her neighbours are getting into the house at night",
        children=[("Summer Hollis", None, 12), ("Kai Hollis", None, 9)],
        address="Little Orchard, Brighton Road, Lower Beeding, Horsham", postcode="RH13 6NQ",
        phones=["01632 960375", "0113 496 0127"], status="not_admitted", location="at home",
        follow="the Horsham CMHT will arrange a psychiatrist review within two weeks",
        rc="none_known", rw="none_known", consent="refused", aware=True)

    # 25 HTML narrative base64, invalid NHS number, missing workers + consent
    add(dict(name="e25_missing_workers_consent", date="2025-08-08 22:10", shape="html", cte="base64",
             **{"from": "Eilidh Cameron <eilidh.cameron@nhs.net>"},
             subject="MHA notification – Crawley Down",
             body=f"""
Hi,

This evening I assessed Marek Nowicki (DOB 1.1.80, NHS number {BAD}) at 17 Brookside, Crawley Down, Crawley RH10 4JE. Neighbours had called the police because he was shouting from the balcony that the world was ending and throwing furniture into the garden.

Marek lives with his wife Agnieszka (07700 900913) and their three children – Zofia (14), Tomasz (11), and Kacper, who is 18 months.

He was detained under section 2 and is on Bluebell Ward, Langley Green Hospital.

No concerns about the children’s safety.

Eilidh Cameron
AMHP
"""),
        name="Marek Nowicki", dob="1980-01-01", reason="shouting from the balcony that the world was ending and throwing furniture into the garden",
        children=[("Zofia", None, 14), ("Tomasz", None, 11), ("Kacper", None, 1)],
        address="17 Brookside, Crawley Down, Crawley", postcode="RH10 4JE", phones=["07700 900913"],
        status="detained", section="2", location="Bluebell Ward, Langley Green Hospital",
        rc="none_known", ind=["violence_aggression"])

    # 26 bullets cp1252, informal, DA, hostile partner
    add(dict(name="e26_bullets_da_hostile", date="2025-11-03 12:20", shape="alt", cte="quoted-printable", charset="windows-1252",
             **{"from": "Tariq Mahmood <tariq.mahmood@sussexpartnership.nhs.uk>"},
             subject="AMHP notification (children in household)",
             body="""
Dear IFD,

- Person: Renée Holloway, born 07/08/1996
- Address: Flat 2, 14 Queen Street, Arundel BN18 9JG
- Mobile: 07700 900340
- Why assessed: took an overdose of sertraline after an argument with her partner and said she did not want to wake up
- Children at home: Mia (d.o.b. 16.05.2020) and Leo (d.o.b. 2.1.23)
- Outcome: informal admission – now on Chestnut Ward, Oaklands Centre
- Risk to children: Renée’s partner, Craig Dunn, has a previous conviction for assaulting her and is back living at the flat; he is now caring for the children.
- Risk to workers: Craig is hostile to professionals – please don’t visit alone.
- Consent: Renée consented. Craig has not been told, as this could increase the risk to Renée.

Tariq Mahmood
AMHP | 01632 960317
"""),
        name="Renée Holloway", dob="1996-08-07", reason="took an overdose of sertraline after an argument with her partner",
        children=[("Mia", "2020-05-16", None), ("Leo", "2023-01-02", None)],
        address="Flat 2, 14 Queen Street, Arundel", postcode="BN18 9JG", phones=["07700 900340"],
        status="admitted_informal", location="Chestnut Ward, Oaklands Centre", rc="identified", rw="identified",
        ind=["domestic_abuse"], consent="obtained", aware=True)

    # 27 form, could not be found, shotgun, update contact
    add(dict(name="e27_not_found_shotgun", date="2026-02-03 21:30", shape="plain", cte="quoted-printable",
             **{"from": "Will Harcourt <will.harcourt@westsussex.gov.uk>"},
             subject="MHAA not concluded – Goring",
             body="""
AMHP NOTIFICATION

Subject of assessment: Terry Blackmore, 52
Address: 221 Goring Road, Goring-by-Sea, Worthing BN12 4PA
Contact: wife Julie Blackmore 07700 900260

Reason: Julie rang 999 – Terry had been drinking heavily for several days, smashed up the kitchen and said he would "end it all" with his shotgun.

Children: Daisy Blackmore, 10. The couple's older son Ben (22) also lives at home.

Outcome: NOT CONCLUDED. Terry left the house before we arrived and police are looking for him. The shotgun (licensed) has been removed by police. For updates contact the Worthing AMHP team, 01632 960733.

Risk to children: Daisy saw her father smashing the kitchen and is very frightened.
Risk to workers: firearms marker on the address – do not visit without police if Terry returns.

Consent: Julie was asked and agreed.

Will Harcourt, AMHP
"""),
        name="Terry Blackmore", age=52, reason="drinking heavily for several days, smashed up the kitchen and said he would end it all with his shotgun",
        children=[("Daisy Blackmore", None, 10)], address="221 Goring Road, Goring-by-Sea, Worthing", postcode="BN12 4PA",
        phones=["07700 900260"], status="not_concluded", update="the Worthing AMHP team, 01632 960733",
        rc="identified", rw="identified",
        ind=["violence_aggression", "substance_misuse", "weapons", "child_witnessed_incident"],
        consent="obtained", aware=True)

    # 28 HTML cp1252 form, s3, no children info, dog
    add(dict(name="e28_no_children_info_s3", date="2026-04-01 10:05", shape="html", cte="quoted-printable", charset="windows-1252",
             **{"from": "Beatrice Lam <beatrice.lam@sussexpartnership.nhs.uk>"},
             subject="MHA s3 – notification",
             body="""
Good morning,

Name: Gillian Fairclough
DOB: 21-09-1975
Address: 5 The Crescent, Felpham, Bognor Regis PO22 7QE

Reason for assessment: relapse of her psychotic illness – she has refused her depot injection for three months, believes her neighbours are recording her, and has stopped eating.

Outcome: detained under Section 3 MHA, Larch Ward, Oaklands Centre. Her care coordinator, Anna Bright (01632 960811), will remain involved throughout the admission.

Workers: please note there is a dog and two cats at the property.

Consent: Gillian’s husband Derek (07700 900187) consented to the referral.

Beatrice Lam
AMHP
"""),
        name="Gillian Fairclough", dob="1975-09-21", reason="refused her depot injection for three months, believes her neighbours are recording her",
        address="5 The Crescent, Felpham, Bognor Regis", postcode="PO22 7QE", phones=["07700 900187"],
        status="detained", section="3", location="Larch Ward, Oaklands Centre",
        follow="Her care coordinator, Anna Bright, will remain involved throughout the admission",
        rw="identified", ind=["non_engagement"], consent="obtained", aware=True)

    # 29 narrative, town only (no address), no consent statement
    add(dict(name="e29_town_only_no_consent", date="2025-05-19 18:45", shape="plain", cte="8bit",
             **{"from": "Amy Whitfield <amy.whitfield@nhs.net>"},
             subject="AMHP notification",
             body="""
Hello,

Just to let you know I assessed Connor Riley (24) today after he told his GP he was planning to hang himself this weekend. Connor lives in Bognor with his girlfriend Shannon and her son, Mason, aged 4.

Connor was not detained. He is back at home and the crisis team will see him daily this week.

No known risks to Mason and no known risks to workers.

Connor's number is 07700 900603.

Amy Whitfield
AMHP
"""),
        name="Connor Riley", age=24, reason="planning to hang himself this weekend",
        children=[("Mason", None, 4)], phones=["07700 900603"], status="not_admitted", location="at home",
        follow="the crisis team will see him daily this week", rc="none_known", rw="none_known")

    # 30 bullets, outcome not given, daughter in beliefs
    add(dict(name="e30_no_outcome", date="2026-06-22 17:50", shape="alt", cte="base64",
             **{"from": "Stuart Penrose <stuart.penrose@westsussex.gov.uk>"},
             subject="AMHP notification – East Grinstead",
             body="""
Hi,

* Patrick Dunleavy, DOB 14.08.1969
* Flat 9, Albion House, 40 High Street, East Grinstead RH19 3AS
* Referred for assessment by his GP: for two weeks he has been threatening his neighbours and shouting at his daughter that she is a spy sent to watch him.
* His daughter Niamh (15) lives with him; she is staying with her aunt, Siobhán Dunleavy (01632 960514), for now.
* Risk to children: Niamh features in his beliefs and he has been shouting at her.
* Risk to workers: he has previously assaulted a housing officer – do not visit alone.
* Consent: Niamh's mother, Orla Byrne, who has parental responsibility, agreed to the referral.

The assessment took place this afternoon at the flat.

Stuart Penrose
AMHP
"""),
        name="Patrick Dunleavy", dob="1969-08-14", reason="threatening his neighbours and shouting at his daughter that she is a spy",
        children=[("Niamh", None, 15)], address="Flat 9, Albion House, 40 High Street, East Grinstead", postcode="RH19 3AS",
        phones=["01632 960514"], rc="identified", rw="identified",
        ind=["child_in_delusions", "violence_aggression"], consent="obtained", aware=True)

    # 31 HTML cp1252 base64 form, diagnosis only, workers missing
    add(dict(name="e31_diagnosis_only", date="2025-07-14 13:35", shape="html", cte="base64", charset="windows-1252",
             **{"from": "Gwen Pritchard <gwen.pritchard@sussexpartnership.nhs.uk>"},
             subject="AMHP notification – Horsham",
             body="""
Dear IFD,

Name: Samira Benali
DOB: 03/03/1991
Address: 62 Oakwood Road, Horsham RH12 4DS
Diagnosis: bipolar affective disorder

Outcome: Detained s.2 – Bluebell Ward, Langley Green Hospital.

Children: Rayan Benali 09/10/2015; Nour Benali 30/06/2024.

Risks to children: nil known.

Consent: husband (Youssef Benali, 07700 900479) aware and consented.

Gwen Pritchard
AMHP
"""),
        name="Samira Benali", dob="1991-03-03",
        children=[("Rayan Benali", "2015-10-09", None), ("Nour Benali", "2024-06-30", None)],
        address="62 Oakwood Road, Horsham", postcode="RH12 4DS", phones=["07700 900479"],
        status="detained", section="2", location="Bluebell Ward, Langley Green Hospital",
        rc="none_known", consent="obtained", aware=True)

    # 32 subject not named, child found her
    add(dict(name="e32_subject_unnamed", date="2026-01-27 22:05", shape="plain", cte="quoted-printable",
             **{"from": "Nina Sorensen <nina.sorensen@nhs.net>"},
             subject="Urgent – AMHP notification, Southgate",
             body="""
IFD,

Urgent notification – I will send mum's full details tomorrow as I can't access RiO from here.

Mum of the children below was assessed this evening after she took an overdose; her son Ethan found her unconscious and called 999.

Address: 14 Hazel Grove, Southgate, Crawley RH10 6BB
Children:
Ethan Mills 12/04/2017
Ava Mills 02/09/2020

Outcome: informal admission to Meadowfield Hospital.
Risks to children: Ethan found his mum unconscious and is very shaken.
Risks to workers: none known.
Consent: their dad, Liam Mills, lives at the address, is caring for the children and consented (07700 900839).

Nina Sorensen
AMHP
"""),
        reason="took an overdose", children=[("Ethan Mills", "2017-04-12", None), ("Ava Mills", "2020-09-02", None)],
        address="14 Hazel Grove, Southgate, Crawley", postcode="RH10 6BB", phones=["07700 900839"],
        status="admitted_informal", location="Meadowfield Hospital", rc="identified", rw="none_known",
        ind=["child_witnessed_incident"], consent="obtained", aware=True)

    # 33 update: s136 -> s2 -> regraded s3
    add(dict(name="e33_regraded_s3", date="2026-05-29 11:10", shape="plain", cte="base64",
             **{"from": "Owen Llewellyn <owen.llewellyn@sussexpartnership.nhs.uk>"},
             subject="Update – MHA status change",
             body="""
Dear Integrated Front Door,

An update on Warrick Stone (DOB 17 October 1987), 31 Churchill Avenue, Pulborough RH20 2EL.

Warrick was brought to the place of safety under s136 on 2 May after he set fire to bedding in the living room while the children were asleep upstairs. He was detained under section 2 the next day. Yesterday he was regraded to section 3 and he remains on Orchid Ward, Swandean, Worthing.

His partner Kim (0113 496 0274) lives at the address with her daughter Harper (13) and their son Ollie (6).

Risks to children: the fire was set while both children were in the house.
Risks to workers: none known.
Kim consented to the referral when I first assessed Warrick.

Owen Llewellyn
AMHP
"""),
        name="Warrick Stone", dob="1987-10-17", reason="set fire to bedding in the living room while the children were asleep upstairs",
        children=[("Harper", None, 13), ("Ollie", None, 6)], address="31 Churchill Avenue, Pulborough", postcode="RH20 2EL",
        phones=["0113 496 0274"], status="detained", section="3", location="Orchid Ward, Swandean, Worthing",
        rc="identified", rw="none_known", ind=["violence_aggression"], consent="obtained", aware=True)

    # 34 pregnant, no children at home, drug visitors, no consent statement
    add(dict(name="e34_pregnant_no_children", date="2025-10-15 14:25", shape="html", cte="quoted-printable",
             **{"from": "Laura Kettering <laura.kettering@westsussex.gov.uk>"},
             subject="AMHP notification – unborn baby",
             body="""
Hi,

Kirsty Mahoney, 23
Flat 1, 7 Alexandra Terrace, Worthing BN11 1SX
Mobile 07700 900592

Kirsty is 26 weeks pregnant; this is her first pregnancy and there are no children at home. She was assessed after her midwife found her very distressed, hearing voices and saying she could not keep the baby safe.

Kirsty was not detained. She has been referred to the perinatal mental health team, who will see her on Thursday, and she went home with her mother tonight.

Risk to the unborn baby: Kirsty has been using crack cocaine throughout the pregnancy.
Risk to workers: there are drug-related visitors at the flat – please visit in pairs.

Laura Kettering
AMHP
"""),
        name="Kirsty Mahoney", age=23, reason="very distressed, hearing voices and saying she could not keep the baby safe",
        cstatus="none_known", address="Flat 1, 7 Alexandra Terrace, Worthing", postcode="BN11 1SX",
        phones=["07700 900592"], status="not_admitted", location="went home with her mother",
        follow="referred to the perinatal mental health team, who will see her on Thursday",
        rc="identified", rw="identified", ind=["substance_misuse", "unborn_or_newborn"])

    # 35 children exist without details, family aware only
    add(dict(name="e35_family_aware_only", date="2025-12-29 03:40", shape="plain", cte="quoted-printable", charset="windows-1252",
             **{"from": "Femke de Vries <femke.devries@sussexpartnership.nhs.uk>"},
             subject="MHA assessment – Rustington",
             body="""
Dear IFD,

Ibrahim Sesay, born 09/04/1985, of 27 Worthing Road, Rustington, Littlehampton BN16 3NX (home 01632 960931), was assessed in custody at Worthing after he was arrested for assaulting a shop worker. He told us he is being followed by MI5.

He was detained under section 2 and taken to Cissbury Ward, Meadowfield Hospital.

He has three children at home – I don’t have their details.

Workers: Sussex Police have a marker on the address for assaults on officers.

The family are aware of this referral.

Femke de Vries
Out of Hours AMHP
"""),
        name="Ibrahim Sesay", dob="1985-04-09", reason="arrested for assaulting a shop worker",
        cstatus="unknown_to_referrer", address="27 Worthing Road, Rustington, Littlehampton", postcode="BN16 3NX",
        phones=["01632 960931"], status="detained", section="2", location="Cissbury Ward, Meadowfield Hospital",
        rw="identified", ind=["violence_aggression"], aware=True)

    # 36 mixed, plan to take baby into sea, not sought (urgency), will tell tomorrow
    add(dict(name="e36_suicide_plan_child", date="2026-03-12 19:05", shape="alt", cte="quoted-printable",
             **{"from": "Rosalind Achterberg <rosalind.achterberg@nhs.net>"},
             subject="AMHP notification – perinatal",
             body="""
Dear colleagues,

Name: Megan Fraser
D.O.B.: 1994-07-19
Address: Pear Tree Cottage, Bepton Road, Midhurst GU29 9HX

Megan has been increasingly low since the birth of her daughter, not leaving her bed, and today told her health visitor (Jenny Lowe, 01632 960622) that she had thought about taking the baby and walking into the sea.

Children: Isaac (3 years) and baby Rosa (6 weeks).

Outcome: Megan was not detained. She is at home, her partner Alasdair Fraser (07700 900764) is taking leave to be with her, and the Home Treatment Team will visit twice daily.

Risks to the children: see above – the thoughts involve Rosa.
Risks to workers: none known, safe to visit.

I haven't discussed the referral with Megan or Alasdair yet – given the risk I wanted you to know straight away. I will let them know tomorrow.

Rosalind Achterberg
AMHP
"""),
        name="Megan Fraser", dob="1994-07-19", reason="told her health visitor that she had thought about taking the baby and walking into the sea",
        children=[("Isaac", None, 3), ("Rosa", None, 0)], address="Pear Tree Cottage, Bepton Road, Midhurst", postcode="GU29 9HX",
        phones=["07700 900764"], status="not_admitted", location="at home",
        follow="the Home Treatment Team will visit twice daily", rc="identified", rw="none_known",
        ind=["suicide_plan_involving_child", "unborn_or_newborn"], consent="not_sought", aware=False)

    # 37 HTML cp1252 base64, could not assess, s135 to follow, children in police protection
    add(dict(name="e37_s135_to_follow", date="2025-04-07 17:55", shape="html", cte="base64", charset="windows-1252",
             **{"from": "Ian Crabtree <ian.crabtree@westsussex.gov.uk>"},
             subject="MHA assessment – unable to complete",
             body="""
Hello,

I attempted to assess Darren Whitcombe (d.o.b. 30/06/84) at his flat, Flat 22, Bramber House, Southgate Avenue, Crawley RH10 6HN, today. Police had been called because he had barricaded himself in, was throwing objects from the window at passers-by and was shouting that his neighbours are demons.

His two children, Kayden (8) and Bella (5), were in the flat and saw this; police took them into police protection and they are now with their grandmother, Maureen Whitcombe (07700 900285).

Darren would not let us in, so the assessment could not take place. We will apply for a warrant under s135(1).

Risk to the children: they were in the flat while he was throwing things from the window.

Ian Crabtree
AMHP
"""),
        name="Darren Whitcombe", dob="1984-06-30", reason="barricaded himself in, was throwing objects from the window at passers-by",
        children=[("Kayden", None, 8), ("Bella", None, 5)], address="Flat 22, Bramber House, Southgate Avenue, Crawley",
        postcode="RH10 6HN", phones=["07700 900285"], status="not_concluded", rc="identified",
        ind=["violence_aggression", "child_witnessed_incident"])

    # 38 form, blank consent field, child living elsewhere excluded
    add(dict(name="e38_blank_consent", date="2025-09-12 10:30", shape="plain", cte="quoted-printable",
             **{"from": "Helen Oduya <helen.oduya@sussexpartnership.nhs.uk>"},
             subject="AMHP notification – Chichester",
             body="""
AMHP notification to Integrated Front Door

Name: Anthony Greer
Age: 38
Address: 81 Parklands Road, Chichester PO19 3DT
Home phone: 01632 960808
Wife (Nicola Greer, nearest relative): 07700 900811

Reason for assessment: stopped his depot two months ago, became convinced his family were poisoning him, and yesterday chased Nicola down the street with a screwdriver.

Children in the home: Reece Greer (dob 04/01/2010), Darcy Greer (dob 22/11/2013)
Other children: Anthony's son Josh (10) lives with his mother in Portsmouth and visits on Sundays.

Outcome: detained under section 3, Rowan Ward, Meadowfield Hospital.

Risks to children: both children saw the incident in the street.
Risks to workers: previous threats to CMHT staff.
Consent:

Helen Oduya, AMHP
07700 900010
"""),
        name="Anthony Greer", age=38, reason="chased Nicola down the street with a screwdriver",
        children=[("Reece Greer", "2010-01-04", None), ("Darcy Greer", "2013-11-22", None)],
        address="81 Parklands Road, Chichester", postcode="PO19 3DT", phones=["01632 960808", "07700 900811"],
        status="detained", section="3", location="Rowan Ward, Meadowfield Hospital", rc="identified", rw="identified",
        ind=["violence_aggression", "domestic_abuse", "weapons", "non_engagement", "child_witnessed_incident"])

    # 39 bullets base64, awaiting second doctor, AMHP update contact
    add(dict(name="e39_awaiting_doctor", date="2026-06-10 20:20", shape="plain", cte="base64",
             **{"from": "Callum Reid <callum.reid@westsussex.gov.uk>"},
             subject="AMHP notification – assessment pending",
             body="""
Hi IFD,

- Name: Eleanor Priddy
- DOB: 13/05/1988
- Address: 2 Mill Cottages, Church Lane, Steyning BN44 3YB
- Why: her husband called 111 because she had not slept for four nights, believed she was on a mission from God and had spent their savings
- Children: Theo, dob 08/07/2019 – their only child
- Outcome: assessment part-completed; awaiting the second doctor, who will attend tomorrow morning. Eleanor is at home with her husband.
- Update: contact me on 07700 900555 or the Adur AMHP hub, 01632 960321
- Risk to Theo: no concerns identified
- Risk to workers: none
- Consent: her husband Robert Priddy (01632 960377) consented

Callum Reid
AMHP
"""),
        name="Eleanor Priddy", dob="1988-05-13", reason="had not slept for four nights, believed she was on a mission from God",
        children=[("Theo", "2019-07-08", None)], address="2 Mill Cottages, Church Lane, Steyning", postcode="BN44 3YB",
        phones=["01632 960377"], status="not_concluded", location="at home with her husband",
        update="me on 07700 900555 or the Adur AMHP hub, 01632 960321", rc="none_known", rw="none_known",
        consent="obtained", aware=True)

    # 40 HTML narrative, adult (19) with younger siblings, no risk statements
    add(dict(name="e40_siblings_no_risks", date="2025-01-20 16:00", shape="html", cte="quoted-printable",
             **{"from": "Pippa Lawrence <pippa.lawrence@nhs.net>"},
             subject="AMHP notification – Bewbush",
             body="""
Good afternoon,

I am letting you know about a Mental Health Act assessment I completed today of Hollie Brennan, aged 19, who lives with her mum and her younger brother and sister at 3 Bluebell Close, Bewbush, Crawley RH11 8XT.

Hollie was assessed because of repeated self-harm over the past fortnight and a stated wish to die following the end of a relationship.

Her siblings are Kieran (15) and Maddie (17).

Hollie agreed to an informal admission and is now on Larkspur Ward, Meadowfield Hospital.

Hollie and her mum, Tracey Brennan (01632 960904), are both happy for this referral to be made.

Kind regards,
Pippa Lawrence
AMHP
"""),
        name="Hollie Brennan", age=19, reason="repeated self-harm over the past fortnight and a stated wish to die",
        children=[("Kieran", None, 15), ("Maddie", None, 17)], address="3 Bluebell Close, Bewbush, Crawley", postcode="RH11 8XT",
        phones=["01632 960904"], status="admitted_informal", location="Larkspur Ward, Meadowfield Hospital",
        consent="obtained", aware=True)
