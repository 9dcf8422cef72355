"""Referral emails for the workflow tests, written the way AMHPs write them."""

from __future__ import annotations

import email.utils

FACTS = {
    "risks_children": "Risks to children: none known.",
    "risks_workers": "Risks to workers: no known risks to workers.",
    "consent": "Consent: Jane agreed to this referral and the family are aware.",
}


def referral(message_id: str, child: str = "Liam Doe", child_dob: str = "02/05/2017", *,
             omit: tuple[str, ...] = (), sender: str = "alex.amhp@sussexpartnership.example",
             extra_headers: str = "") -> bytes:
    facts = "\n".join(text for key, text in FACTS.items() if key not in omit)
    return f"""From: Alex Amhp <{sender}>
To: wschildrenservices@westsussex.gov.uk
Subject: MHA assessment notification
Message-ID: <{message_id}>
Date: {email.utils.formatdate()}
{extra_headers}
Dear IFD,

I completed a Mental Health Act assessment today on Jane Doe (DOB 14/03/1988) because of a relapse of
psychosis with paranoid beliefs.
She lives at 12 Acacia Road, Crawley RH10 1AA.
Children in the home: {child}, DOB {child_dob}.
Outcome: Jane was detained under section 2 and admitted to Langley Green Hospital.
{facts}

Kind regards
Alex Amhp, AMHP
""".replace("\n\n\nDear", "\n\nDear").replace("\n", "\r\n").encode()


def reply(message_id: str, answers: str, subject: str, body: str, quoted: str,
          sender: str = "alex.amhp@sussexpartnership.example") -> bytes:
    quoted_lines = "\n".join("> " + line for line in quoted.splitlines())
    return f"""From: Alex Amhp <{sender}>
To: wschildrenservices@westsussex.gov.uk
Subject: RE: {subject}
Message-ID: <{message_id}>
In-Reply-To: {answers}
References: {answers}
Date: {email.utils.formatdate()}

{body}

Alex

{quoted_lines}
""".replace("\n", "\r\n").encode()
