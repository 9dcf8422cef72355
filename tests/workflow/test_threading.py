from triage.threading import (
    body_marker,
    new_message_id,
    referral_from_body,
    referral_from_headers,
    referral_from_subject,
    subject_tag,
    token,
)

SECRET = b"test-secret"


def test_reply_is_matched_by_in_reply_to_our_message_id() -> None:
    ours = new_message_id(SECRET, 42, "missing-info", "westsussex.gov.uk")
    assert referral_from_headers(SECRET, {"in-reply-to": [ours]}) == 42


def test_reply_is_matched_by_references_when_in_reply_to_is_lost() -> None:
    ours = new_message_id(SECRET, 7, "missing-info", "westsussex.gov.uk")
    headers = {"references": [f"<original@nhs.uk> {ours} <their-forward@nhs.uk>"]}
    assert referral_from_headers(SECRET, headers) == 7


def test_forged_token_is_not_trusted() -> None:
    forged = f"<{token(b'someone-else', 9)}.missing-info.00@westsussex.gov.uk>"
    assert referral_from_headers(SECRET, {"in-reply-to": [forged]}) is None


def test_subject_reference_names_the_referral() -> None:
    assert referral_from_subject(f"RE: {subject_tag(12345)} Missing information") == 12345
    assert referral_from_subject("RE: no reference") is None


def test_body_marker_quoted_back_names_the_referral() -> None:
    quoted = "> This is an automatic message from the Front Door service.\n> " + body_marker(SECRET, 55)
    assert referral_from_body(SECRET, ["new text", quoted]) == 55
