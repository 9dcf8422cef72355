"""HTML bodies read as the lines a person sees on screen."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from intake.html_text import html_to_text, visible_length


def text_of(html: str) -> str:
    return html_to_text(html)[0]


def test_two_cell_table_rows_become_label_value_lines_keeping_the_lines_of_the_value() -> None:
    html = ("<table><tr><td><b>Name:</b></td><td>Jane Doe</td></tr>"
            "<tr><td>Address</td><td>Flat 3, Oak House<br>12 Mill Lane<br>Crawley<br>RH10 1AA</td></tr>"
            "<tr><td>Children</td><td><p>Liam (7)</p><p>Mia (4)</p></td></tr>"
            "<tr><td>A</td><td>B</td><td>C</td></tr></table>")
    assert text_of(html) == ("Name: Jane Doe\nAddress: Flat 3, Oak House\n    12 Mill Lane\n    Crawley\n"
                             "    RH10 1AA\nChildren: Liam (7)\n    Mia (4)\nA | B | C")


def test_a_table_with_a_header_row_reads_as_records_not_labels() -> None:
    rows = "<tr><td>Liam</td><td>01/02/2015</td></tr><tr><td>Mia</td><td>03/04/2018</td></tr>"
    for head in ("<tr><th>Name</th><th>DOB</th></tr>",
                 "<thead><tr><td><b>Name</b></td><td><b>DOB</b></td></tr></thead>"):
        html = f"<table>{head}{rows}</table>"
        assert text_of(html) == "Name | DOB\nLiam | 01/02/2015\nMia | 03/04/2018"


def test_a_break_inside_one_paragraph_ends_the_line() -> None:
    html = "<p><b>Risk to children:</b> Aoife saw it.<br>Risks to workers: none.</p><p>Consent: yes</p>"
    assert text_of(html) == "Risk to children: Aoife saw it.\nRisks to workers: none.\n\nConsent: yes"


def test_nested_lists_are_indented_and_paragraphs_in_items_stay_on_the_bullet_line() -> None:
    html = ("<ul><li><p>Children:</p><ul><li>Liam (7)</li><li><p>Mia (4)</p></li></ul></li>"
            "<li><p>Risks: none known</p></li></ul><p>Consent: yes</p>")
    assert text_of(html) == "- Children:\n  - Liam (7)\n  - Mia (4)\n- Risks: none known\n\nConsent: yes"
    assert text_of("<ol><li>Dog at the property<br>friendly</li></ol><p>End</p>") == (
        "- Dog at the property\n  friendly\n\nEnd")


def test_outlook_label_and_value_paragraphs_and_divs_are_lines() -> None:
    html = ("<div class=WordSection1><p class=MsoNormal><b>Name:<o:p></o:p></b></p>"
            "<p class=MsoNormal>Jo Bloggs<o:p></o:p></p><div>DOB: 01/02/1990</div>"
            "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
            "<p class=MsoNormal>Outcome: detained<o:p></o:p></p></div>")
    assert text_of(html) == "Name:\nJo Bloggs\nDOB: 01/02/1990\n\nOutcome: detained"


def test_layout_table_with_one_cell_keeps_its_lines() -> None:
    html = "<table><tr><td><p>Dear MASH,</p><p>Name: Jane Doe<br>DOB: 01/02/1990</p></td></tr></table>"
    assert text_of(html) == "Dear MASH,\n\nName: Jane Doe\nDOB: 01/02/1990"


def test_list_items_become_dash_lines() -> None:
    assert text_of("<p>Details:</p><ul><li>Name: Jane</li><li>Age: <b>7</b></li></ul>") == (
        "Details:\n\n- Name: Jane\n- Age: 7")


def test_style_script_and_head_are_dropped_and_entities_decoded() -> None:
    html = ("<html><head><title>Secret</title><style>.x{color:red}</style></head><body>"
            "<script>alert('x')</script><p>Tom &amp; Jerry&nbsp;&lt;3&gt; &#8211; caf&eacute;</p>"
            "</body></html>")
    assert text_of(html) == "Tom & Jerry <3> – café"


def test_outlook_paragraphs_are_lines_and_empty_ones_blank_lines() -> None:
    html = ("<p class=MsoNormal>Kind regards,<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
            "<p class=MsoNormal>Jo Bloggs<o:p></o:p></p><p class=MsoNormal>AMHP<o:p></o:p></p>")
    assert text_of(html) == "Kind regards,\n\nJo Bloggs\nAMHP"


def test_quoted_blockquote_is_marked_with_quote_signs() -> None:
    html = ("<div>New text</div><div class=gmail_attr>On Mon, Jo wrote:</div>"
            "<blockquote class=gmail_quote><div>Old text</div>"
            "<blockquote type=cite>Older text</blockquote></blockquote>")
    assert text_of(html) == "New text\nOn Mon, Jo wrote:\n\n> Old text\n\n> > Older text"


def test_indenting_blockquote_is_not_a_quote() -> None:
    assert text_of("<p>Intro</p><blockquote>Indented</blockquote>") == "Intro\n\nIndented"


def test_a_blockquote_ruled_down_its_left_side_is_a_quote() -> None:
    html = '<p>New</p><blockquote style="margin:0 0 0 5pt; BORDER-LEFT: #B5C4DF solid 1.5pt">Old</blockquote>'
    assert text_of(html) == "New\n\n> Old"


def test_hundred_thousand_nested_tags_are_bounded_and_keep_the_text_before_the_cut() -> None:
    text, defects = html_to_text("top text" + "<b>" * 100_000 + "deep text" + "</b>" * 100_000)
    assert text == "top text"
    assert any("tags" in d for d in defects)


def test_thirty_thousand_nested_tags_are_read_without_recursion() -> None:
    text, defects = html_to_text("<b>" * 30_000 + "deep text" + "</b>" * 30_000)
    assert text == "deep text"
    assert defects


def test_unclosed_comments_and_styles_cost_one_pass() -> None:
    assert html_to_text("<p>kept</p>" + "<!--" * 50_000)[0] == "kept"
    assert html_to_text("<p>kept</p><style>" * 20_000)[0] == "kept"


def test_deeply_nested_table_cells_are_bounded() -> None:
    text, defects = html_to_text("<table><tr><td>" * 10_000 + "deep cell")
    assert "deep cell" in text
    assert defects


_SOUP = ["<p>", "</p>", "<br>", "<table>", "<tr>", "<td>", "</td>", "</tr>", "<li>", "<ul>", "</ul>",
         "<blockquote type=cite>", "</blockquote>", "<!--", "-->", "<style>", "</style>", "&amp;", "&#0;",
         "&bogus;", "text", "Name:", " ", "\n", "<b", ">", "<o:p>", "<pre>", "</pre>", "<", "]]>",
         "<![CDATA[", "&#13;", "\r"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_SOUP), max_size=80))
def test_any_tag_soup_reads_without_raising(parts: list[str]) -> None:
    text, defects = html_to_text("".join(parts))
    assert isinstance(text, str) and isinstance(defects, tuple)
    assert "\r" not in text


def test_visible_length_counts_the_text_a_page_shows() -> None:
    assert visible_length("<head><title>t</title></head><p>Hello <b>there</b></p><style>p{}</style>") == 11
    assert visible_length("<" * 10_000) == 0


def test_outlook_list_paragraphs_are_bullet_lines() -> None:
    html = ("<p class=MsoNormal>Risks:<o:p></o:p></p>"
            "<p class=MsoListParagraphCxSpFirst><![if !supportLists]><span>·<span>&nbsp;&nbsp; </span></span>"
            "<![endif]>Dog at the property<o:p></o:p></p>"
            "<p class=MsoListParagraphCxSpLast><![if !supportLists]><span>·<span>&nbsp;&nbsp; </span></span>"
            "<![endif]>Partner hostile to staff<o:p></o:p></p>")
    assert text_of(html) == "Risks:\n· Dog at the property\n· Partner hostile to staff"


def test_gmail_empty_divs_and_double_breaks_are_blank_lines() -> None:
    assert text_of("<div>Kind regards,</div><div><br></div><div>Jo</div>") == "Kind regards,\n\nJo"
    assert text_of("<p>Best wishes,<br>\n<br>\nYvonne Ellis<br>Duty AMHP</p>") == (
        "Best wishes,\n\nYvonne Ellis\nDuty AMHP")
