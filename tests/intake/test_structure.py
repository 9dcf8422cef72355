"""Who wrote which lines: new text, quoted history, forwards, signatures, disclaimers, our own text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from intake.structure import segment, unquote

OWN = frozenset({"wschildrenservices@westsussex.gov.uk"})


def kind_at(text: str, needle: str, own: frozenset[str] = OWN) -> tuple[str, int]:
    at = text.index(needle)
    (found,) = [s for s in segment(text, own) if s.start <= at < s.end]
    return found.kind, found.depth


OUTLOOK_REPLY = """Hi, answers below:

Consent obtained? Yes, family aware

Kind regards,

Sam Goodwin
AMHP | Senior Social Worker
Mob: 07700 900943
sam.goodwin@example.gov.uk

-----Original Message-----
From: Integrated Front Door <wschildrenservices@westsussex.gov.uk>
Sent: 22 January 2025 09:34
To: Goodwin, Sam <sam.goodwin@example.gov.uk>
Subject: Missing information – AMHP notification

Dear Sam,
The Integrated Front Door needs the following information:
- whether consent was obtained

From: Goodwin, Sam <sam.goodwin@example.gov.uk>
Sent: 22 January 2025 07:28
To: Integrated Front Door <wschildrenservices@westsussex.gov.uk>
Subject: AMHP notification

Name: Bogdan MacLeod
Bogdan has been detained under section 3 MHA.
"""


def test_reply_over_our_request_over_the_original_has_depths_zero_one_two() -> None:
    assert kind_at(OUTLOOK_REPLY, "Consent obtained? Yes") == ("new", 0)
    assert kind_at(OUTLOOK_REPLY, "-----Original Message-----") == ("header", 1)
    assert kind_at(OUTLOOK_REPLY, "Dear Sam") == ("service", 1)
    assert kind_at(OUTLOOK_REPLY, "- whether consent was obtained") == ("service", 1)
    assert kind_at(OUTLOOK_REPLY, "From: Goodwin, Sam") == ("header", 2)
    assert kind_at(OUTLOOK_REPLY, "Name: Bogdan MacLeod") == ("quoted", 2)


def test_without_our_address_the_request_is_ordinary_quoted_history() -> None:
    assert kind_at(OUTLOOK_REPLY, "Dear Sam", frozenset()) == ("quoted", 1)


def test_our_display_name_can_stand_for_our_address() -> None:
    text = OUTLOOK_REPLY.replace(" <wschildrenservices@westsussex.gov.uk>", "")
    assert kind_at(text, "Dear Sam", frozenset({"Integrated Front Door"})) == ("service", 1)


def test_signature_numbers_are_signature_and_the_form_line_above_is_not() -> None:
    assert kind_at(OUTLOOK_REPLY, "Mob: 07700 900943") == ("signature", 0)
    assert kind_at(OUTLOOK_REPLY, "Kind regards") == ("signature", 0)


GMAIL_NESTED = """Update: she is now detained under section 2.

On Mon, 4 Nov 2024 at 14:48, Integrated Front Door <wschildrenservices@westsussex.gov.uk> wrote:

> Dear Patrick,
> Please tell us the outcome.
>
> On Mon, 4 Nov 2024 at 11:56, Patrick Lennox <patrick.lennox@example.nhs.uk>
> wrote:
>
> > Service user: Emeka Nguyen
> > Outcome: adjourned, ring the duty AMHP
"""


def test_gmail_quotes_take_their_depth_from_the_quote_marks() -> None:
    assert kind_at(GMAIL_NESTED, "Update: she") == ("new", 0)
    assert kind_at(GMAIL_NESTED, "On Mon, 4 Nov 2024 at 14:48") == ("header", 1)
    assert kind_at(GMAIL_NESTED, "> Please tell us") == ("service", 1)
    assert kind_at(GMAIL_NESTED, "> On Mon, 4 Nov 2024 at 11:56") == ("header", 2)
    assert kind_at(GMAIL_NESTED, "> > Service user") == ("quoted", 2)


def test_text_carrying_our_marker_line_is_service_without_any_address() -> None:
    text = ("Thanks, consent was obtained.\n\n> This is an automatic message from the Front Door service.\n"
            "> Please send the missing details.\n")
    assert kind_at(text, "> Please send", frozenset()) == ("service", 1)
    assert kind_at(text, "Thanks, consent", frozenset()) == ("new", 0)


def test_signature_after_bullets_does_not_eat_the_bullets() -> None:
    text = ("Details:\n- Name: Jane Doe\n- Children: Liam (7)\n- Consent: yes\n\n"
            "Best wishes,\nAlex Smith\nDuty AMHP\nTel: 01632 960123\n")
    assert kind_at(text, "- Consent: yes") == ("new", 0)
    assert kind_at(text, "- Name: Jane Doe") == ("new", 0)
    assert kind_at(text, "Tel: 01632 960123") == ("signature", 0)


def test_thanks_followed_by_form_answers_leaves_the_answers_as_evidence() -> None:
    text = "Thanks\nName: Jane Doe\nConsent obtained? Yes\nRisks to workers: dog\n"
    assert kind_at(text, "Name: Jane Doe") == ("new", 0)
    assert kind_at(text, "Consent obtained? Yes") == ("new", 0)
    assert kind_at(text, "Risks to workers: dog") == ("new", 0)


def test_news_after_a_bare_thanks_is_not_signature() -> None:
    text = "Thanks.\nShe was detained under section 2 this evening.\n\nKind regards\nJo Bloggs\nAMHP\n"
    assert kind_at(text, "She was detained") == ("new", 0)
    assert kind_at(text, "Jo Bloggs") == ("signature", 0)


def test_sign_off_with_the_first_name_on_the_same_line() -> None:
    text = "Consent: yes\n\nRegards, Jo\nDuty AMHP\nM: 07700 900555\n"
    assert kind_at(text, "M: 07700 900555") == ("signature", 0)


def test_name_title_and_phone_block_closing_a_message_is_a_signature_without_a_sign_off() -> None:
    text = ("Risks to workers: none known.\n\nHelen Carver\nDuty AMHP\nWest Sussex County Council\n"
            "Tel: 0117 496 0343\n")
    assert kind_at(text, "Tel: 0117 496 0343") == ("signature", 0)
    assert kind_at(text, "Risks to workers") == ("new", 0)


def test_family_contact_block_at_the_end_is_not_a_signature() -> None:
    text = "Outcome: not detained.\n\nJane Doe\n07700 900123 (mother)\n"
    assert kind_at(text, "07700 900123") == ("new", 0)


def test_one_line_signature_with_pipes_after_a_sign_off() -> None:
    text = "Consent: yes\n\nKind regards\nJo Bloggs | Duty AMHP | 07700 900123\n"
    assert kind_at(text, "07700 900123") == ("signature", 0)


def test_thanks_over_a_form_of_label_lines_leaves_the_form_as_evidence() -> None:
    text = ("Thanks,\n\nName\nEmeka Nguyen\n\nRisks to children\nThere is a history of domestic abuse "
            "between Emeka and his partner, and police were called to the address last month.\n")
    assert kind_at(text, "Emeka Nguyen") == ("new", 0)
    assert kind_at(text, "Thanks,") == ("signature", 0)


def test_a_name_and_date_after_thanks_with_more_text_below_stay_evidence() -> None:
    text = "Thanks,\nEmeka Nguyen\nDOB 13/12/93\n\nShe was detained under section 2 of the Act last night.\n"
    assert kind_at(text, "DOB 13/12/93") == ("new", 0)


def test_signature_with_contact_details_followed_by_a_postscript_stays_a_signature() -> None:
    text = "Kind regards\nJo Bloggs\nAMHP\nM: 07700 900123\n\nP.S. there is a dog at the property.\n"
    assert kind_at(text, "M: 07700 900123") == ("signature", 0)
    assert kind_at(text, "P.S. there is a dog") == ("new", 0)


def test_dash_dash_line_starts_a_signature() -> None:
    text = "Consent given.\n\n-- \nJo Bloggs\nM: 07700 900555\n"
    assert kind_at(text, "M: 07700 900555") == ("signature", 0)
    assert kind_at(text, "Consent given.") == ("new", 0)


def test_confidentiality_notice_is_a_disclaimer() -> None:
    text = ("Risks: none known.\n\nCONFIDENTIALITY: This email and any attachments are confidential and\n"
            "intended solely for the addressee. Please notify the sender on 0113 496 0000.\n")
    assert kind_at(text, "intended solely") == ("disclaimer", 0)
    assert kind_at(text, "Risks: none known.") == ("new", 0)


def test_forwarded_message_is_forwarded_history_under_its_header() -> None:
    text = ("Please see below.\n\n---------- Forwarded message ---------\nFrom: Yvonne <y@example.nhs.uk>\n"
            "Date: Wed, 10 Apr 2024 at 04:28\nSubject: AMHP referral\nTo: <x@example.gov.uk>\n\n"
            "Imran lives with his child, Ama (4).\n")
    assert kind_at(text, "Subject: AMHP referral") == ("header", 1)
    assert kind_at(text, "Imran lives") == ("forwarded", 1)


def test_apple_begin_forwarded_message_is_a_forward() -> None:
    text = ("FYI\n\nBegin forwarded message:\n\nFrom: Jo <jo@example.nhs.uk>\nSubject: MHA\nDate: today\n\n"
            "Body here\n")
    assert kind_at(text, "Body here") == ("forwarded", 1)


def test_attachment_text_is_depth_zero_attachment_after_a_quoted_body() -> None:
    text = ("New.\n\n> old quoted line\n\n--- Attachment: form.docx ---\n"
            "Name: Jane Doe\nConsent obtained? Yes\n")
    assert kind_at(text, "> old quoted") == ("quoted", 1)
    assert kind_at(text, "--- Attachment: form.docx ---") == ("attachment", 0)
    assert kind_at(text, "Consent obtained? Yes") == ("attachment", 0)


def test_a_header_whose_from_line_was_wrapped_is_still_a_header() -> None:
    text = ("Consent: yes\n\nFrom: Integrated Front Door\n<wschildrenservices@westsussex.gov.uk>\n"
            "Sent: 22 January 2025 09:34\nTo: Sam\nSubject: Missing information\n\n"
            "Please tell us about consent.\n")
    assert kind_at(text, "Please tell us") == ("service", 1)


def test_a_form_line_from_a_gp_is_not_a_reply_header() -> None:
    text = "From: GP surgery\nReason: low mood\nOutcome: not detained\n"
    assert {s.kind for s in segment(text, OWN)} == {"new"}


_PIECES = ["a", "b", " ", ">", "-", ":", "\n", "_", "From: x", "Sent: y", "To: z", "Subject: s",
           "On d wrote:",
           "Regards", "-- ", "CONFIDENTIALITY", "--- Attachment: f ---", "\n\n", "07700 900123", "\r"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60))
def test_segments_cover_any_text_in_order_without_gaps(parts: list[str]) -> None:
    text = "".join(parts)
    position = 0
    for seg in segment(text, OWN):
        assert seg.start == position < seg.end
        position = seg.end
    assert position == len(text)


def test_a_short_display_name_of_ours_does_not_claim_a_longer_one() -> None:
    text = ("Hi\n\nFrom: MASH Team <mash@elsewhere.gov.uk>\nSent: today\nTo: Jo\nSubject: x\n\n"
            "Name: Jane Doe\n")
    assert kind_at(text, "Name: Jane Doe", frozenset({"mash"})) == ("quoted", 1)
    assert kind_at(text, "Name: Jane Doe", frozenset({"MASH Team"})) == ("service", 1)


def test_a_reply_header_naming_us_without_our_address_is_still_ours() -> None:
    text = ("Consent: yes\n\nOn 22/01/2025 09:34, Integrated Front Door wrote:\n"
            "> Please tell us about consent.\n>\n"
            "> On 21/01/2025 22:10, Sam <sam@example.nhs.uk> wrote:\n>> To: Integrated Front Door "
            "<wschildrenservices@westsussex.gov.uk>\n>> Name: Jane Doe\n")
    assert kind_at(text, "> Please tell us") == ("service", 1)
    assert kind_at(text, ">> Name: Jane Doe") == ("quoted", 2)


GMAIL_ORIGINAL_UNDER_OUR_REQUEST = """Consent: yes, his sister knows.

On Tue, 6 May 2025 at 09:00, Integrated Front Door <wschildrenservices@westsussex.gov.uk> wrote:
> Dear Ruth,
> To complete screening we need to know whether consent was obtained.
>
>> Name: Eoin Delaney
>> DOB: 04/05/1988
>> His sister Niamh: 07700 900 456
"""


def test_a_deeper_quote_level_under_our_request_is_the_referrers_original() -> None:
    assert kind_at(GMAIL_ORIGINAL_UNDER_OUR_REQUEST, "> To complete screening") == ("service", 1)
    assert kind_at(GMAIL_ORIGINAL_UNDER_OUR_REQUEST, ">> Name: Eoin Delaney") == ("quoted", 2)
    assert kind_at(GMAIL_ORIGINAL_UNDER_OUR_REQUEST, ">> His sister Niamh") == ("quoted", 2)


def test_an_original_header_straight_under_our_request_ends_the_request() -> None:
    text = ("Consent - yes.\n\nFrom: Integrated Front Door <wschildrenservices@westsussex.gov.uk>\n"
            "Sent: 06 May 2025 09:00\nTo: Okafor, Ruth\nSubject: Missing information\n"
            "Dear Ruth, we need to know whether consent was obtained.\nMASH Referral Advisor\n"
            "From: Okafor, Ruth <ruth.okafor@example.nhs.uk>\nSent: 06 May 2025 07:00\n"
            "To: Integrated Front Door\nSubject: AMHP notification\nName: Eoin Delaney\nDOB: 04/05/1988\n")
    assert kind_at(text, "MASH Referral Advisor") == ("service", 1)
    assert kind_at(text, "From: Okafor") == ("header", 2)
    assert kind_at(text, "DOB: 04/05/1988") == ("quoted", 2)


def test_header_fields_written_as_separate_paragraphs_are_one_header() -> None:
    text = ("Consent - yes.\n\nFrom: Integrated Front Door <wschildrenservices@westsussex.gov.uk>\n\n"
            "Sent: 06 May 2025 09:00\n\nTo: Okafor, Ruth\n\nSubject: Missing information\n\n"
            "Dear Ruth, we need to know whether consent was obtained.\n\n"
            "From: Okafor, Ruth <ruth.okafor@example.nhs.uk>\n\nSent: 06 May 2025 07:00\n\n"
            "To: Integrated Front Door\n\nSubject: AMHP notification\n\nName: Eoin Delaney\n")
    assert kind_at(text, "Dear Ruth") == ("service", 1)
    assert kind_at(text, "Sent: 06 May 2025 07:00") == ("header", 2)
    assert kind_at(text, "Name: Eoin Delaney") == ("quoted", 2)
    assert kind_at(text, "Consent - yes.") == ("new", 0)


def test_apple_mail_attribution_inside_the_quote_it_opens_counts_one_level() -> None:
    text = ("Consent: yes\n\n> On 6 May 2025, at 09:00, Integrated Front Door "
            "<wschildrenservices@westsussex.gov.uk> wrote:\n>\n> Dear Ruth, we need consent.\n>\n"
            "> > On 6 May 2025, at 07:00, Ruth <ruth@example.nhs.uk> wrote:\n> >\n> > Name: Eoin Delaney\n")
    assert kind_at(text, "> On 6 May 2025, at 09:00") == ("header", 1)
    assert kind_at(text, "> Dear Ruth") == ("service", 1)
    assert kind_at(text, "> > On 6 May 2025, at 07:00") == ("header", 2)
    assert kind_at(text, "> > Name: Eoin Delaney") == ("quoted", 2)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([">", "> ", " ", "\t", "\n", "a", "Eoin", ">>"]), max_size=40))
def test_the_unquoted_view_maps_back_to_the_same_characters(parts: list[str]) -> None:
    text = "".join(parts)
    unquoted = unquote(text)
    for offset, char in enumerate(unquoted.text):
        assert text[unquoted.original(offset)] == char
        assert unquoted.view(unquoted.original(offset)) == offset
    assert unquoted.original(len(unquoted.text)) == len(text)
