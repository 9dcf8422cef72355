"""The family home, its postcode, the family's phone numbers and valid NHS numbers (LABELLING §5–§6)."""

import pytest

from tests.extraction.messages import extracted
from triage.extraction.contacts import nhs_number_valid, normalise_postcode


def test_the_address_field_is_joined_without_its_postcode() -> None:
    result = extracted("Address:\n5 The Green\nLancing\nbn158aa\n\nOutcome: detained\n")
    assert result["address"] == "5 The Green, Lancing"
    assert result["postcode"] == "BN15 8AA"


def test_an_address_in_narrative_follows_lives_at() -> None:
    result = extracted(
        "I assessed Tomasz Ionescu, who lives at Flat 7, Harbour View, 47 Tollgate Mews, "
        "Pulborough RH20\n8FQ. "
        "He was detained."
    )
    assert result["address"] == "Flat 7, Harbour View, 47 Tollgate Mews, Pulborough"
    assert result["postcode"] == "RH20 8FQ"


def test_a_hospital_or_a_relatives_home_is_not_the_family_home() -> None:
    result = extracted(
        "She is at the place of safety at Meadowbank Hospital, Worthing BN11 2DB. "
        "Her mother lives at 3 Oak Road, Crawley RH10 1AA."
    )
    assert result["address"] is None
    assert result["postcode"] is None


def test_an_address_straight_before_a_postcode_is_found_without_a_cue() -> None:
    result = extracted("Re: Karen Holt, 41, of 2 Mill Cottages, Ashington RH20 3PP.")
    assert result["address"] == "2 Mill Cottages, Ashington"


def test_postcodes_are_normalised() -> None:
    assert normalise_postcode("rh10 1aa") == "RH10 1AA"
    assert normalise_postcode("RH192LL") == "RH19 2LL"
    assert normalise_postcode("not a postcode") is None


def test_family_numbers_in_e164_and_drama_ranges_are_accepted() -> None:
    result = extracted(
        "Contact numbers: Tamsin 07700 900153; home (01632) 960300; partner's mobile +44 7700 900610; "
        "landline 0113 496 0401; office 020 7946 0123 (her mother).\n"
    )
    assert result["phones"] == [
        "+447700900153",
        "+441632960300",
        "+447700900610",
        "+441134960401",
        "+442079460123",
    ]


def test_professional_numbers_are_not_the_familys() -> None:
    result = extracted(
        "Lisa can be reached on 07700 900123. For an update please contact the AMHP Hub on 01632 960647. "
        "His GP is Dr Patel at Northgate Surgery (01632 960999) and his care\nco-ordinator, Mark Evans, "
        "is on 07700 900999.\n"
        "Care coordinator: Tendai Pemberton, CMHT, 0117 496 0134\n"
    )
    assert result["phones"] == ["+447700900123"]


def test_signature_numbers_are_excluded_even_where_repeated_in_the_body() -> None:
    result = extracted(
        ("Call me on 07700 900555 if needed. Her mum is on 07700 900321.\n", "new", 0),
        ("Kind regards,\nSam Carter\nAMHP\nM: 07700 900555\n", "signature", 0),
    )
    assert result["phones"] == ["+447700900321"]


def test_signatures_are_recognised_without_segments() -> None:
    result = extracted("Telephone: 07700 900187 (Ewa)\n\nThanks,\nLorraine\nAMHP\nM: 07700 900642\n")
    assert result["phones"] == ["+447700900187"]


def test_a_number_wrapped_over_a_line_is_one_number_and_a_list_is_several() -> None:
    result = extracted("The family can be contacted on 07700\n900049.\nPhones:\n07700 900384\n01632 960190\n")
    assert result["phones"] == ["+447700900049", "+447700900384", "+441632960190"]


def test_only_nhs_numbers_passing_mod_11_are_kept_as_digits() -> None:
    result = extracted("NHS No: 999 802 6393. Old number 999 802 6394. Child NHS 999-606-3992.")
    assert result["nhs_numbers"] == ["9998026393", "9996063992"]
    assert nhs_number_valid("9434765919")
    assert not nhs_number_valid("9434765918")


def test_an_address_set_out_one_part_a_line() -> None:
    result = extracted("Assessment of: Tom Baker\nAddress: 7 Church Lane\nSteyning\nWest Sussex\nBN44 3HA\n")
    assert result["address"] == "7 Church Lane, Steyning, West Sussex"
    assert result["postcode"] == "BN44 3HA"


def test_a_note_after_a_number_can_make_it_a_professionals() -> None:
    result = extracted("Phone: 07700 900 703 - patient; 07700 900 704 - CPN\n")
    assert result["phones"] == ["+447700900703"]


def test_a_postcode_field_beside_the_address_and_an_address_label_naming_the_postcode() -> None:
    separate = extracted("Address: 12 Mill Lane, Crawley\nPostcode: rh10 1aa (home)\n")
    assert (separate["address"], separate["postcode"]) == ("12 Mill Lane, Crawley", "RH10 1AA")
    together = extracted("Home Address & Postcode: 12 Mill Lane, Crawley RH10 1AA\n")
    assert (together["address"], together["postcode"]) == ("12 Mill Lane, Crawley", "RH10 1AA")


def test_a_birth_date_before_the_address_is_not_part_of_it() -> None:
    result = extracted("Dev Patel (DOB 3 June 1990) was seen at home at 8 Ash Grove, Steyning, BN44 3AB.")
    assert result["address"] == "8 Ash Grove, Steyning"


def test_living_at_the_address_is_not_an_address() -> None:
    result = extracted(
        "I assessed Dev Patel at 8 Ash Grove, Steyning BN44 3AB. Unclear who else is living at the "
        "address, a neighbour mentioned a cot."
    )
    assert result["address"] == "8 Ash Grove, Steyning"


def test_a_short_address_label_beats_a_home_line_about_who_lives_there() -> None:
    result = extracted("Addr: 8 Ash Grove, Steyning BN44 3AB\nHome: lives with his partner and 2 kids\n")
    assert result["address"] == "8 Ash Grove, Steyning"
    assert result["postcode"] == "BN44 3AB"


def test_the_writers_numbers_are_not_family_phones() -> None:
    result = extracted(
        "I assessed Dev Patel. His wife Asha is on 07700 900321. Happy to discuss on 07700 900654.\n\n"
        "sam\n\nSam Okoro | AMHP | Coastal Team\n07700 900777\n"
    )
    assert result["phones"] == ["+447700900321"]


def test_a_duty_line_with_a_note_in_brackets_is_not_a_family_phone() -> None:
    result = extracted(
        "For an update ring the duty AMHP on 01632 960 444 (overnight). Mum: 07700 900111 (Carol)"
    )
    assert result["phones"] == ["+447700900111"]


def test_an_address_typed_without_capitals_or_at_is_found() -> None:
    result = extracted("seen today, lives 9 larch walk, east worthing bn11 2zz with partner")
    assert result["address"] == "9 larch walk, east worthing"
    assert result["postcode"] == "BN11 2ZZ"
    result = extracted("mha done at 9 larch walk, worthing bn11 2zz tonight")
    assert result["address"] == "9 larch walk, worthing"


def test_an_address_in_a_sentence_stops_where_the_prose_resumes() -> None:
    result = extracted("Kim Rowe, who lives with her mum at 4 Elm Road, Crawley, was assessed today.")
    assert result["address"] == "4 Elm Road, Crawley"


def test_a_house_known_by_name_in_a_village_is_the_address() -> None:
    result = extracted(
        "I visited Nadia Ferreira, who lives at Hazel Barnside, Church Lane, Upper Stoke, Midhurst GU29 4LT, "
        "with her partner."
    )
    assert result["address"] == "Hazel Barnside, Church Lane, Upper Stoke, Midhurst"
    assert result["postcode"] == "GU29 4LT"


def test_an_address_in_a_sentence_about_who_lives_there_is_found() -> None:
    result = extracted("Mr Osei lives at 12 Primrose Walk, Tilgate, Crawley RH10 5DD with his two sons.")
    assert result["address"] == "12 Primrose Walk, Tilgate, Crawley"
    assert result["postcode"] == "RH10 5DD"


@pytest.mark.parametrize(
    "signature",
    [
        "Tiago Fernandes, AMHP, Chichester. Tel 0117 496 0412",
        "Lauren Pryor | AMHP | 01632 960 301 | 07700 900 300",
        "Referred by his care coordinator, Lucy Haines (Arun CMHT, 01632 960 999, mobile\n07700 900 300).",
    ],
)
def test_a_professionals_numbers_stay_theirs_along_the_line(signature: str) -> None:
    result = extracted(f"Name: Mariana Silva\nHer husband Luis is on 07700 900 501.\n{signature}\n")
    assert result["phones"] == ["+447700900501"]


@pytest.mark.parametrize("surname", ["Ward", "Hall", "Nurse", "Duty"])
def test_a_relatives_surname_that_is_also_a_service_word_does_not_make_their_number_a_professionals(
    surname: str,
) -> None:
    result = extracted(f"Jade lives with her mum, Tina {surname} (07700 900 128), and her daughter.")
    assert result["phones"] == ["+447700900128"]


def test_a_number_given_with_the_home_address_is_the_familys() -> None:
    result = extracted("fao ifd - mha on zara ahmed at 23 beech rd, horsham rh12 4jb (07700 900 804). nfa.")
    assert result["phones"] == ["+447700900804"]


@pytest.mark.parametrize(
    ("written", "address"),
    [
        (
            "Brenda Hollis (58)\nLittle Orchard, Brighton Road, Lower Beeding, Horsham RH13 6NQ\n"
            "Home tel 01632 960375\n",
            "Little Orchard, Brighton Road, Lower Beeding, Horsham",
        ),
        (
            "Sean O'Brien, born March 30, 1984, of The Old Forge, Church Lane, Bosham, Chichester PO18 8HL,\n"
            "was assessed on Saturday night.\n",
            "The Old Forge, Church Lane, Bosham, Chichester",
        ),
    ],
)
def test_a_house_known_by_name_before_a_postcode_is_the_address(written: str, address: str) -> None:
    assert extracted(written)["address"] == address


def test_an_address_after_a_long_who_lives_with_is_the_family_home() -> None:
    result = extracted(
        "I assessed Hollie Brennan, aged 19, who lives with her mum and her younger brother and sister at "
        "3 Bluebell Close, Bewbush, Crawley RH11 8XT."
    )
    assert result["address"] == "3 Bluebell Close, Bewbush, Crawley"


def test_an_address_hard_wrapped_after_a_comma_keeps_its_lines() -> None:
    result = extracted(
        "I'm just after assessing Callum MacLeod (d.o.b 09/12/1983) at the family home, 16 Thistle Grove,\n"
        "Broadbridge Heath, Horsham RH12 3TP - sorry, should have sent this over the weekend.\n"
    )
    assert result["address"] == "16 Thistle Grove, Broadbridge Heath, Horsham"
    assert result["postcode"] == "RH12 3TP"


@pytest.mark.parametrize(
    "service",
    [
        "Interpreter booked via 01632 960 555.",
        "For updates ring the hub on 0330 222 5555.",
        "Out of hours: 0800 123 4567.",
    ],
)
def test_interpreters_and_service_lines_are_not_the_familys(service: str) -> None:
    result = extracted(f"Name: Jo Bloggs\nMum's mobile: 07700 900103\n{service}\n")
    assert result["phones"] == ["+447700900103"]


def test_a_house_number_after_assessed_at_is_the_home_but_a_hospital_is_not() -> None:
    result = extracted("I assessed Jo Bloggs at 3 Swan Court, Bersted. She was later taken to Oaklands Ward.")
    assert result["address"] == "3 Swan Court, Bersted"
    result = extracted("I assessed Jo Bloggs at 1 Hospital Road, Meadowfield Hospital, Worthing.")
    assert result["address"] is None


def test_near_a_village_stays_part_of_the_address() -> None:
    result = extracted("I assessed Jo Bloggs. Address: 7 The Street, Ashurst, nr Steyning, BN44 3AA.")
    assert result["address"] == "7 The Street, Ashurst, nr Steyning"
