"""Layout: form fields, headings with blocks under them, sentences."""

from intake.structure import unquote
from triage.extraction.sections import closing_blocks, label_key, read_layout


def test_label_wordings_map_to_one_key() -> None:
    assert label_key("D.O.B.") == "dob"
    assert label_key("Date of Birth") == "dob"
    assert label_key("Name of person assessed") == "name"
    assert label_key("Service user") == "name"
    assert label_key("Lone working risks") == "risks_workers"
    assert label_key("Perceived risks to the children") == "risks_children"
    assert label_key("Children (name / DOB)") == "children"
    assert label_key("Address (family home)") == "address"
    assert label_key("Contact number(s)") == "phone"


def test_people_who_are_not_the_subject_have_their_own_keys() -> None:
    assert label_key("Nearest relative") == "nearest_relative"
    assert label_key("Name of GP") == "gp"
    assert label_key("Parent name") != "name"
    assert label_key("Pronouns") is None


def test_form_lines_with_colons_questions_tabs_and_dashes_are_fields() -> None:
    text = "• Name: Jane Doe\nConsent obtained? Yes\nAge:\t36\nDOB - 14/03/1988\n"
    fields = {f.key: f.value for f in read_layout(text).fields}
    assert fields == {"name": "Jane Doe", "consent": "Yes", "age": "36", "dob": "14/03/1988"}


def test_a_heading_owns_the_indented_list_under_it() -> None:
    text = "CHILDREN IN THE HOME:\n  Amara, DOB 26/11/2010\n  Alfie (7)\n\nShe was detained."
    (children,) = read_layout(text).fields_with("children")
    assert children.value == "Amara, DOB 26/11/2010\n  Alfie (7)"
    assert children.heading


def test_a_table_cell_heading_takes_the_line_below() -> None:
    text = "Name\n\nTomasz Chowdhury\n\nRisks to children\nNo known risks\n"
    fields = {f.key: f.value for f in read_layout(text).fields}
    assert fields["name"] == "Tomasz Chowdhury"
    assert fields["risks_children"] == "No known risks"


def test_a_label_can_start_a_sentence_mid_line() -> None:
    text = "No known risks to the children. Risk to workers: a large dog at the property.\n"
    (workers,) = read_layout(text).fields_with("risks_workers")
    assert workers.value.startswith("a large dog")


def test_field_offsets_index_the_text() -> None:
    text = "Hello\nPatient name: Ms Ana Żak\n"
    (name,) = read_layout(text).fields_with("name")
    assert text[name.start : name.end] == "Ms Ana Żak"


def test_hard_wrapped_lines_stay_one_sentence_and_abbreviations_do_not_split() -> None:
    text = (
        "I undertook an assessment of Omar Kowalski (DOB 06/10/76), who lives at 38\n"
        "Teasel Road. Dr. Mistry attended.\n"
    )
    sentences = [text[s:e] for s, e in read_layout(text).sentences]
    assert sentences[0].endswith("38\nTeasel Road.")
    assert sentences[1] == "Dr. Mistry attended."


def test_signature_and_disclaimer_blocks_are_found_by_their_look() -> None:
    text = "Body text.\n\nKind regards,\nSam\nAMHP\n07700 900555\n\nFrom: someone\nQuoted."
    (block,) = closing_blocks(text)
    assert "07700 900555" in text[block[0] : block[1]]
    assert "Quoted" not in text[block[0] : block[1]]


def test_quoted_forms_read_like_new_ones_and_offsets_map_back() -> None:
    text = "Reply\n> > Name - Jane Doe\n> > Address -\n> >   Flat 8\n> >   Crawley\n"
    unquoted = unquote(text)
    (name,) = read_layout(unquoted.text).fields_with("name")
    assert name.value == "Jane Doe"
    start = unquoted.original(name.start)
    assert text[start : start + 8] == "Jane Doe"
    (address,) = read_layout(unquoted.text).fields_with("address")
    assert address.value.split() == ["Flat", "8", "Crawley"]


def test_thanks_opening_a_reply_is_not_a_signature() -> None:
    text = "Thanks for your email.\nName: Jane Doe\nTel: 07700 900111\n"
    assert closing_blocks(text) == []


def test_a_signature_ends_where_family_form_lines_resume() -> None:
    text = "Thanks, Sara\nDuty AMHP\nName: Jane Doe\n"
    (block,) = closing_blocks(text)
    assert "Jane" not in text[block[0] : block[1]]


def test_lower_case_labels_count_only_when_known() -> None:
    layout = read_layout("addr: 3 Elm Road\nhe told me: nothing\n")
    assert [f.key for f in layout.fields] == ["address"]
