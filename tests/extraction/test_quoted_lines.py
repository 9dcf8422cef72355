"""Facts wrapped over ">"-quoted lines read whole, and their spans still index the message text."""

from __future__ import annotations

from intake.mime import parse_message
from intake.structure import unquote
from tests.intake.mail_builders import plain_message
from triage.extract import extract

OWN = frozenset({"wschildrenservices@westsussex.gov.uk"})

WRAPPED_REPLY = """Consent: yes, his sister is aware.

On Tue, 6 May 2025 at 07:00, Ruth Okafor <ruth.okafor@example.nhs.uk> wrote:

> Hello, this morning I completed a Mental Health Act assessment of Eoin
> Delaney (DOB 04/05/1988) at 12 Harbour Road, Selsey PO20
> 0LN. He was detained under section 2. He lives with his daughter Aoife
> (6). Risks to workers: none known.
"""


def test_a_name_and_a_postcode_wrapped_over_quoted_lines_are_read_whole() -> None:
    parsed = parse_message(plain_message(WRAPPED_REPLY), OWN)
    result = extract(parsed)
    assert result["subject_person"]["name"] == "Eoin Delaney"
    assert result["subject_person"]["dob"] == "1988-05-04"
    assert result["postcode"] == "PO20 0LN"
    assert result["address"] == "12 Harbour Road, Selsey"


def test_spans_of_facts_read_without_quote_marks_index_the_message_text() -> None:
    parsed = parse_message(plain_message(WRAPPED_REPLY), OWN)
    spans = {s["field"]: s for s in extract(parsed)["spans"]}
    for span in spans.values():
        assert parsed.text[span["start"]:span["end"]] == span["text"]
    assert spans["subject_person.name"]["text"] == "Eoin\n> Delaney"
    assert spans["postcode"]["text"] == "PO20\n> 0LN"
    assert spans["outcome.status"]["text"] == "He was detained under section 2"
    assert spans["risks.to_workers"]["text"] == "none known"


def test_the_unquoted_view_maps_every_offset_both_ways() -> None:
    text = "Reply\n> > Name - Jane Doe\n>   Flat 8\nplain\n>x"
    unquoted = unquote(text)
    assert unquoted.text == "Reply\nName - Jane Doe\n  Flat 8\nplain\nx"
    for offset, char in enumerate(unquoted.text):
        original = unquoted.original(offset)
        assert text[original] == char
        assert unquoted.view(original) == offset
    assert unquoted.view(text.index("> > Name")) == unquoted.text.index("Name")


def test_a_long_attribution_line_does_not_swallow_the_first_quoted_sentence() -> None:
    body = WRAPPED_REPLY.replace("wrote:\n\n>", "wrote:\n>")
    result = extract(parse_message(plain_message(body), OWN))
    assert result["subject_person"]["name"] == "Eoin Delaney"
