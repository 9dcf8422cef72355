"""Who the email is about (the subject) and which children live in the home (LABELLING §2, §4)."""

import pytest

from tests.extraction.messages import child_names, extracted


def test_the_subject_comes_from_the_name_field_without_the_title() -> None:
    result = extracted("Patient name: Ms Ana Żak\nDate of birth: 2.11.91\nNearest relative: Dr Jo Bloggs\n")
    assert result["subject_person"] == {"name": "Ana Żak", "dob": "1991-11-02", "age": 33, "is_child": False}


def test_forename_and_surname_fields_make_one_name() -> None:
    result = extracted("Surname: KELLY\nForename(s): João\n")
    assert result["subject_person"]["name"] == "João KELLY"


def test_in_narrative_the_assessed_person_is_the_subject_not_the_doctor_or_partner() -> None:
    result = extracted(
        "The assessment was undertaken with Dr Alex Lennox. I undertook a Mental Health Act assessment "
        "this afternoon of Ms Tamsin Okafor, date of birth 10/8/1987, who lives with her partner "
        "Craig Murphy."
    )
    assert result["subject_person"]["name"] == "Tamsin Okafor"
    assert result["subject_person"]["dob"] == "1987-08-10"


def test_the_fullest_form_of_the_subjects_name_is_kept() -> None:
    result = extracted(
        "Keisha was assessed today.\nKeisha Begum (d.o.b. 25/09/1969) lives at 1 Mill Lane, Selsey.\n"
    )
    assert result["subject_person"]["name"] == "Keisha Begum"


def test_a_stated_age_before_the_name_makes_a_child_subject() -> None:
    result = extracted("I assessed a 15-year-old, Chloe Adams, this evening.")
    assert result["subject_person"] == {"name": "Chloe Adams", "dob": None, "age": 15, "is_child": True}


def test_an_unnamed_subject_still_has_an_age() -> None:
    result = extracted(
        "I completed an MHA assessment this morning of a woman aged 22, who lives at 8 Oak Road."
    )
    assert result["subject_person"]["name"] is None
    assert result["subject_person"]["age"] == 22


def test_children_in_a_list_with_dates_and_ages() -> None:
    result = extracted(
        "Children in the home:\n  Zoë d.o.b. 2012-11-12\n  Wei (2021-02-16)\n  Caoimhe (8 months)\n"
    )
    assert result["children"] == [
        {"name": "Zoë", "dob": "2012-11-12", "age": 12},
        {"name": "Wei", "dob": "2021-02-16", "age": 4},
        {"name": "Caoimhe", "dob": None, "age": 0},
    ]
    assert result["children_status"] == "listed"


def test_children_in_narrative_exclude_the_partner_and_the_subject() -> None:
    result = extracted(
        "Tamsin lives with her partner Craig Murphy and her two boys, Jake who is 9 and Tommy, 6."
    )
    assert child_names(result) == ["Jake", "Tommy"]
    assert [c["age"] for c in result["children"]] == [9, 6]


def test_children_given_by_age_only_have_no_name() -> None:
    result = extracted("She has three children aged 2, 5 and 11 who live with her.")
    assert result["children"] == [{"name": None, "dob": None, "age": a} for a in (2, 5, 11)]


def test_adults_visitors_and_children_living_elsewhere_are_not_children_of_the_home() -> None:
    result = extracted(
        "Household: lives with his wife Maureen and their grandson Liam Wells (DOB 02/09/2012). "
        "Their son Paul Wells (32) lives nearby. Their granddaughter Evie, 7, was visiting.\n"
        "His two children from a previous relationship, Zainab (8) and Tayo (13), live with their mother.\n"
    )
    assert child_names(result) == ["Liam Wells"]


def test_siblings_of_a_child_subject_are_children_but_an_older_sibling_is_not() -> None:
    result = extracted(
        "I assessed Stacey Holt (15) today. "
        "Stacey lives with her mother Leila Walsh and sibling Tayo, aged 5. "
        "Her sister Megan (20) lives with them too."
    )
    assert child_names(result) == ["Tayo"]


def test_places_are_not_children() -> None:
    result = extracted("Her son Oscar, aged 4, lives with her at 19 Beech Grove, Worthing BN11 2DB.")
    assert child_names(result) == ["Oscar"]


def test_children_status_none_known_and_unknown() -> None:
    assert extracted("Mr Quinn has no dependants.")["children_status"] == "none_known"
    assert extracted("Children in household: None")["children_status"] == "none_known"
    unknown = extracted("I do not know if there are any children at her address.")
    assert unknown["children_status"] == "unknown_to_referrer"
    assert extracted("She was detained under section 2.")["children_status"] == "not_stated"


def test_names_in_our_own_quoted_request_and_in_signatures_are_not_evidence() -> None:
    result = extracted(
        ("Further to your email.\n", "new", 0),
        ("Kind regards,\nHelen Whitfield\nAMHP\n", "signature", 0),
        ("Please tell us about Patient name: Jane Doe\n", "service", 1),
    )
    assert result["subject_person"]["name"] is None


def test_spans_point_at_the_names_in_the_text() -> None:
    text = "Client name: Zoë Trevithick\nChildren: Beatriz – 12.4.15\n"
    result = extracted(text)
    spans = {s["field"]: s for s in result["spans"]}
    assert spans["subject_person.name"]["text"] == "Zoë Trevithick"
    child = spans["children[0].name"]
    assert text[child["start"] : child["end"]] == "Beatriz"


def test_initials_belong_to_the_name() -> None:
    assert extracted("Name: R. Patel\n")["subject_person"]["name"] == "R. Patel"


def test_a_pronoun_sentence_gives_the_subjects_age() -> None:
    result = extracted("I am writing regarding Shauna Kerr who I assessed last night. She is 29.")
    assert result["subject_person"]["age"] == 29


def test_a_partner_on_the_same_form_line_is_not_a_child() -> None:
    result = extracted(
        "Service user: Adam Clarke. Children in household: no. Partner: Beth Clarke 07700 900 603."
    )
    assert result["children"] == []
    assert result["children_status"] == "none_known"


def test_a_possessive_owner_and_a_weekend_visitor_are_not_children() -> None:
    result = extracted(
        "Household members: Nadia's partner Imran; their son Zayn Begum, 2 years; "
        "Imran's daughter Amira, 14, who stays at weekends."
    )
    assert child_names(result) == ["Zayn Begum"]


def test_a_parent_who_was_assessed_is_the_subject() -> None:
    result = extracted("Mum Sophie Turner (24) was assessed at A&E. Her baby, Isla Turner, is 7 weeks old.")
    assert result["subject_person"]["name"] == "Sophie Turner"
    assert result["subject_person"]["age"] == 24
    assert result["children"] == [{"name": "Isla Turner", "dob": None, "age": 0}]


def test_children_said_to_exist_without_details_are_unknown_to_the_referrer() -> None:
    assert extracted("There are two children in the household.")["children_status"] == "unknown_to_referrer"
    assert (
        extracted("She has children but I do not know their names.")["children_status"]
        == "unknown_to_referrer"
    )


def test_a_newer_statement_wins_over_the_quoted_form() -> None:
    result = extracted(
        ("Correction: Leo is 7, not 6. Her DOB is 3/3/1993.\n", "new", 0),
        ("Name: Sara Jones\nDOB: 3/3/1992\nChildren: Leo (6)\n", "quoted", 1),
    )
    assert result["children"] == [{"name": "Leo", "dob": None, "age": 7}]
    assert result["subject_person"]["name"] == "Sara Jones"
    assert result["subject_person"]["dob"] == "1993-03-03"


def test_hyphenated_names_and_ages_after_who_is() -> None:
    result = extracted("Kids at home: Ellie-May (12) & Jack (10). He also has a son, Oscar, who is 4.")
    assert [(c["name"], c["age"]) for c in result["children"]] == [
        ("Ellie-May", 12),
        ("Jack", 10),
        ("Oscar", 4),
    ]


def test_without_any_cue_the_person_the_email_keeps_returning_to_is_the_subject() -> None:
    result = extracted(
        "Jane Doe is a 34 year old woman with a diagnosis of schizophrenia. Jane was seen at home with "
        "her partner Tom Jones. Jane agreed to go to hospital."
    )
    assert result["subject_person"]["name"] == "Jane Doe"
    assert extracted("Dr Amy Ross and Dr Ben Hall attended.")["subject_person"]["name"] is None


def test_a_surname_first_name_field_reads_forename_first() -> None:
    assert extracted("Name: DOE, Jane\n")["subject_person"]["name"] == "Jane DOE"
    assert extracted("Patient name: O'Brien, Mary Ann (Ms)\n")["subject_person"]["name"] == "Mary Ann O'Brien"


def test_surname_particles_hyphens_and_nicknames_keep_the_whole_name() -> None:
    for written, name in [
        ("Inés de la Fuente", "Inés de la Fuente"),
        ("Pieter van der Berg", "Pieter van der Berg"),
        ("Anne-Marie Lowe-Hart", "Anne-Marie Lowe-Hart"),
        ("Thomas 'Tommo' Reilly", "Thomas Reilly"),
    ]:
        assert extracted(f"I assessed {written} today.")["subject_person"]["name"] == name


def test_clinical_shorthand_ages_of_children() -> None:
    result = extracted("I assessed Dana Pike.\nChildren: Rhys 3y, Ola 18/12, Finn 6/52\n")
    assert result["children"] == [
        {"name": "Rhys", "dob": None, "age": 3},
        {"name": "Ola", "dob": None, "age": 1},
        {"name": "Finn", "dob": None, "age": 0},
    ]


def test_lead_ins_name_the_subject() -> None:
    for note in [
        "MHA on Petra Lindqvist this morning.",
        "I was asked to assess Mrs Joan Ashdown at home.",
    ]:
        assert extracted(note)["subject_person"]["name"] in {"Petra Lindqvist", "Joan Ashdown"}


def test_the_childrens_ages_are_not_the_subjects() -> None:
    for note in [
        "I assessed Owen Marsh. He has two daughters, aged 3 and 7.",
        "I assessed Owen Marsh. Their 5-year-old son, Kit, was at nursery.",
    ]:
        assert extracted(note)["subject_person"]["age"] is None


def test_a_single_parent_to_two_named_children_lists_both() -> None:
    result = extracted("I assessed Lena Fox, single mum to Ivy (7) and Rory (2).")
    assert child_names(result) == ["Ivy", "Rory"]


def test_a_child_given_with_a_dash_and_age() -> None:
    result = extracted("I assessed Lena Fox.\nChildren: Kofi Mensah – 13\n")
    assert result["children"] == [{"name": "Kofi Mensah", "dob": None, "age": 13}]


def test_a_count_of_children_without_details_is_unknown_to_the_referrer() -> None:
    result = extracted("I assessed Lena Fox, a mother of 2 small children.")
    assert result["children_status"] == "unknown_to_referrer"


def test_children_found_in_narrative_are_listed_and_never_the_subject() -> None:
    result = extracted("The assessment went ahead today. Officers found Nia (8) and Ezra (5) home alone.")
    assert result["subject_person"]["name"] is None
    assert child_names(result) == ["Nia", "Ezra"]


def test_a_ward_or_house_name_is_not_the_subject_but_a_surname_ward_is() -> None:
    result = extracted("Zara Mills was assessed at Ivy Cottage, 2 Brook Lane. She remains on Larch Ward.")
    assert result["subject_person"]["name"] == "Zara Mills"
    result = extracted("I saw Ruth Ward (d.o.b. 4/4/1980) today.")
    assert result["subject_person"]["name"] == "Ruth Ward"


def test_short_form_labels_name_the_subject() -> None:
    assert extracted("SU: Idris Khan\nDOB: 1/1/1990\n")["subject_person"]["name"] == "Idris Khan"
    assert extracted("Pt: Idris Khan, DOB 1/1/1990\n")["subject_person"]["name"] == "Idris Khan"


def test_a_date_after_a_dash_is_a_birth_date_not_an_age() -> None:
    result = extracted("I assessed Lena Fox.\nChildren: Kofi – 13 April 2023\n")
    assert result["children"] == [{"name": "Kofi", "dob": "2023-04-13", "age": 1}]


def test_notes_typed_without_capitals_still_give_the_subject() -> None:
    result = extracted("mha done tonight for ola bakare dob 5/5/95, sectioned s2")
    assert result["subject_person"]["name"] == "ola bakare"
    assert result["subject_person"]["dob"] == "1995-05-05"
    result = extracted("pt: ola bakare  dob 5/5/95\noutcome: s2\n")
    assert result["subject_person"]["name"] == "ola bakare"


def test_lower_case_words_before_a_dob_are_not_taken_for_a_name() -> None:
    assert extracted("assessment done for the patient dob 5/5/95")["subject_person"]["name"] is None


def test_children_left_home_alone_still_live_there() -> None:
    result = extracted("I saw Ian Hale. He is sole carer to Rosa (7) and Jem (4), who were left home alone.")
    assert child_names(result) == ["Rosa", "Jem"]


def test_a_section_number_in_brackets_is_not_the_subjects_age() -> None:
    result = extracted("Denise Hart was held under s5(2) overnight and detained under section 3 today.")
    assert result["subject_person"]["age"] is None


def test_a_town_before_the_postcode_is_not_the_subject() -> None:
    result = extracted(
        "Leah Moss, born 2 May 1990, of 4 Kiln Court, Felpham, Bognor Regis PO22 7AA, was assessed today."
    )
    assert result["subject_person"]["name"] == "Leah Moss"


def test_the_su_abbreviation_is_not_a_name() -> None:
    assert extracted("The SU was assessed at home today.")["subject_person"]["name"] is None


def test_a_heading_block_with_the_name_over_the_dob_gives_the_subject() -> None:
    result = extracted("Hello\n\nNadia Kerr\n07/09/1992\n3 Fen Road\nLancing\nBN15 0AA\n\nDetained s2.\n")
    assert result["subject_person"]["name"] == "Nadia Kerr"
    assert result["subject_person"]["dob"] == "1992-09-07"
    assert result["address"] == "3 Fen Road, Lancing"


def test_a_name_with_a_bracketed_dob_opening_a_paragraph_is_the_subject() -> None:
    result = extracted("Nadia Kerr (7/9/92), 3 Fen Road, Lancing BN15 0AA. Detained s2 today.")
    assert result["subject_person"]["name"] == "Nadia Kerr"
    assert result["subject_person"]["dob"] == "1992-09-07"


def test_children_typed_without_capitals_in_a_children_line() -> None:
    result = extracted("pt: ola bakare dob 5/5/95\nkids: remi 7 tayo (4)\n")
    assert result["children"] == [
        {"name": "remi", "dob": None, "age": 7},
        {"name": "tayo", "dob": None, "age": 4},
    ]


def test_a_nickname_in_quotes_is_not_another_child() -> None:
    result = extracted("I assessed Kim Rowe. Her son Jayden, known as 'JJ' (6), and Ava (3) live with her.")
    assert child_names(result) == ["Jayden", "Ava"]


def test_a_partner_named_in_the_household_line_is_not_a_child() -> None:
    result = extracted(
        "I assessed Leon Hay after he shouted at his girlfriend Tia.\n"
        "Who lives there: Leon, Tia and her kids, Jo (4) and Mo (2)\n"
    )
    assert child_names(result) == ["Jo", "Mo"]


def test_sec_for_section_is_not_a_name() -> None:
    result = extracted("I assessed Leon Hay. Children: Jo (4).\nLeon was detained under Sec 2.")
    assert child_names(result) == ["Jo"]


def test_a_household_line_gives_ages_of_unnamed_kids_and_keeps_the_subjects_age() -> None:
    result = extracted("SU: Ray Odell, 41\nHome: lives with partner and her 2 kids (ages 4 and 7)\n")
    assert result["subject_person"]["age"] == 41
    assert result["children"] == [
        {"name": None, "dob": None, "age": 4},
        {"name": None, "dob": None, "age": 7},
    ]


def test_a_child_subjects_siblings_at_home_are_listed() -> None:
    result = extracted(
        "Client: Maya Obi, aged 14\n"
        "Household: lives with her mother Ada Obi and her younger brother Femi, who is 8.\n"
    )
    assert child_names(result) == ["Femi"]


def test_an_adult_subjects_sister_without_an_age_is_not_a_child() -> None:
    result = extracted("We attempted to assess Ivo Hart. His sister Mira Hart (07700 900 004) rang us.")
    assert result["children"] == []


def test_a_phone_trunk_zero_in_brackets_is_not_an_age() -> None:
    result = extracted("Person assessed: Lia Berg\nMobile: +44 (0)7700 900456\n")
    assert result["subject_person"]["age"] is None


def test_the_clients_name_is_gives_the_subject() -> None:
    result = extracted("Hi - the client's name is Noor Haddad. Sorry.\n\nJo Lake\nJo Lake AMHP")
    assert result["subject_person"]["name"] == "Noor Haddad"


def test_a_childs_age_in_words_after_the_name() -> None:
    result = extracted("I saw Gary Pye. He lives with his two daughters, Ellie, who is eleven, and Bea (4).")
    assert result["children"] == [
        {"name": "Ellie", "dob": None, "age": 11},
        {"name": "Bea", "dob": None, "age": 4},
    ]


def test_a_house_name_is_never_the_subject() -> None:
    result = extracted("Kim Rowe of Ivy Cottage, 3 Mill Lane, Henfield BN5 9AA was assessed.")
    assert result["subject_person"]["name"] != "Ivy Cottage"
    assert result["address"] == "Ivy Cottage, 3 Mill Lane, Henfield"


def test_a_service_named_in_capitals_is_never_the_subject() -> None:
    result = extracted(
        "Referral received from CMHT. We are worried about Ruby-Mae Hollis (15), DOB 14/06/2009, "
        "who has stopped eating."
    )
    assert result["subject_person"]["name"] == "Ruby-Mae Hollis"
    assert result["subject_person"]["dob"] == "2009-06-14"


def test_the_town_where_the_subject_was_seen_is_not_their_name() -> None:
    result = extracted("Seen at his flat in Bognor. Kwame Boateng, 22/11/1979, was assessed this morning.")
    assert result["subject_person"]["name"] == "Kwame Boateng"
    assert result["subject_person"]["dob"] == "1979-11-22"


def test_a_verb_opening_a_line_of_notes_is_not_a_child() -> None:
    result = extracted("Children in the household:\nSeen briefly at the door.\nNoah (6)\n")
    assert child_names(result) == ["Noah"]


def test_an_adults_sister_staying_over_is_not_a_child() -> None:
    result = extracted(
        "Children in the home: Kian (3), Esme (7). Her sister Jodie is staying with the family for now."
    )
    assert child_names(result) == ["Kian", "Esme"]


def test_a_name_someone_is_known_by_is_not_another_person() -> None:
    result = extracted(
        "I saw Adebayo Okonkwo, known as Bayo, DOB 12/12/1988. He lives with his son Femi (4)."
    )
    assert result["subject_person"]["name"] == "Adebayo Okonkwo"
    assert result["subject_person"]["dob"] == "1988-12-12"
    assert child_names(result) == ["Femi"]


def test_a_child_subjects_brother_at_home_is_a_child() -> None:
    result = extracted("I assessed Poppy Lane (DOB 03/08/2012). Her brother Reuben (10) also lives at home.")
    assert child_names(result) == ["Reuben"]


def test_children_given_only_by_age_are_listed_without_names() -> None:
    result = extracted("I assessed Sian Morgan (DOB 01/02/1992). She has two children, aged 4 and 8.")
    assert result["children"] == [
        {"name": None, "dob": None, "age": 4},
        {"name": None, "dob": None, "age": 8},
    ]
    assert result["children_status"] == "listed"


def test_a_number_word_opening_a_children_line_is_not_a_child() -> None:
    result = extracted("Children in the home: Two children - Leila, 5 and Omar, 2\n")
    assert child_names(result) == ["Leila", "Omar"]


def test_a_line_opening_with_the_team_it_comes_from_still_names_the_subject() -> None:
    result = extracted("Hi,\n\nFrom Horsham CMHT: Farah Quist, DOB 12/06/1990, lives with her son Leo (4).\n")
    assert result["subject_person"]["name"] == "Farah Quist"
    assert result["subject_person"]["dob"] == "1990-06-12"
    assert child_names(result) == ["Leo"]


def test_a_child_given_only_by_date_of_birth_is_listed_without_a_name() -> None:
    result = extracted("Referral for Nadia Orr, 31. She lives with a daughter (born 14/09/2022).\n")
    assert [(c["name"], c["dob"]) for c in result["children"]] == [(None, "2022-09-14")]
    assert result["children_status"] == "listed"


def test_a_cue_word_does_not_reach_a_name_across_a_verb() -> None:
    result = extracted(
        "I assessed Mehret Haile today. The midwife said she has stopped feeding the baby and says "
        "Jesus has told her to. Children: Selam (9), Ruth (10 weeks)."
    )
    assert child_names(result) == ["Selam", "Ruth"]
    result = extracted(
        "I assessed Folake Bello today. Folake is a single parent and lives with Tobi Bello "
        "(DOB 14/03/2016) and Grace Bello (DOB 07/09/2022)."
    )
    assert child_names(result) == ["Tobi Bello", "Grace Bello"]


def test_children_found_by_police_are_children_not_officers() -> None:
    result = extracted(
        "Subject of assessment: Tomas Novak, aged 45. Police found Eva Novak (10) and Adam Novak (8) "
        "alone at home; officers found Tomas on the beach."
    )
    assert child_names(result) == ["Eva Novak", "Adam Novak"]


def test_a_town_after_at_is_not_the_subject() -> None:
    result = extracted(
        "Ibrahim Sesay, born 09/04/1985, of 27 Mill Road, Rustington, was assessed in custody at "
        "Worthing after he was arrested."
    )
    assert result["subject_person"]["name"] == "Ibrahim Sesay"


def test_ages_on_a_new_line_after_a_full_stop_belong_to_the_children_not_the_subject() -> None:
    result = extracted(
        "MHA on Dwayne Smith 34yo this eve. sectioned s3, police attended.\n"
        "2 kids at home 4yo and 7/52 - staying w his mum\n"
    )
    assert [(c["name"], c["age"]) for c in result["children"]] == [(None, 4), (None, 0)]


def test_a_child_at_home_and_a_brother_who_moved_out_are_told_apart() -> None:
    result = extracted(
        "Young person: Ruby Castellano\nAge: 15\n"
        "Others in the household: mum Gemma, and Ruby's half-brother Alfie (DOB 11/03/2016). "
        "Ruby's older brother Jordan (16) moved out last year.\n"
    )
    assert child_names(result) == ["Alfie"]


@pytest.mark.parametrize(
    "sentence",
    [
        "I understand he has two children who live with him part of the time but I don’t have their details.",
        "Agency AMHP covering this week, I saw him at the hospital and he is a dad\nof 3 young kids.",
        "She has a son but I do not have his name.",
    ],
)
def test_children_told_of_without_names_or_ages_are_unknown_to_the_referrer(sentence: str) -> None:
    result = extracted(f"I assessed Leon Brooks (DOB 30/06/1992) today. {sentence}")
    assert result["children"] == []
    assert result["children_status"] == "unknown_to_referrer"


@pytest.mark.parametrize(
    ("sentence", "ages"),
    [
        ("Siân Metcalfe lives with her two sons, aged 6 and 9; I did not get their names.", [6, 9]),
        ("Siân lives with her partner Craig Murphy and their children aged 4 and 11.", [4, 11]),
        ("Siân Metcalfe (34), a mother of two boys aged 3 and 7, was seen at home.", [3, 7]),
    ],
)
def test_ages_after_a_word_for_children_are_theirs_not_the_adults(sentence: str, ages: list[int]) -> None:
    result = extracted(f"I assessed Ms Siân Metcalfe today at home. {sentence}")
    assert [(c["name"], c["age"]) for c in result["children"]] == [(None, a) for a in ages]


def test_a_boy_of_sixteen_is_the_subjects_own_age() -> None:
    result = extracted("I assessed Jayden Cole, a boy aged 16, at home.")
    assert result["subject_person"]["age"] == 16
    assert result["children"] == []


def test_a_little_one_with_an_age_in_clinical_shorthand_is_a_child() -> None:
    result = extracted(
        "I have been out to see Rhiannon Pryce (DOB 21.07.1997).\n\n"
        "Her little one, Cerys, is only 18/12 - she's staying with her nain (Gwen Pryce) for now."
    )
    assert result["children"] == [{"name": "Cerys", "dob": None, "age": 1}]


def test_a_child_living_with_a_relative_at_the_family_address_is_in_the_home() -> None:
    result = extracted(
        "Danielle Fox (DOB 19/04/1989) was detained. Her son, Kyle Fox (DOB 14/07/2014), lives with his "
        "grandmother, Carol Fox, at that address."
    )
    assert child_names(result) == ["Kyle Fox"]
    result = extracted(
        "Danielle Fox (DOB 19/04/1989) was detained. Her son, Kyle Fox (DOB 14/07/2014), lives with his "
        "grandmother in Leeds."
    )
    assert child_names(result) == []


def test_a_son_or_daughter_who_lives_in_another_town_is_not_in_the_home() -> None:
    result = extracted(
        "Brenda Hollis (58) is the special guardian of her grandchildren, Summer Hollis (12) and "
        "Kai Hollis (9), who live with her. Her daughter Michelle, who lives in Leeds, is coming to "
        "stay for a few days."
    )
    assert child_names(result) == ["Summer Hollis", "Kai Hollis"]


def test_older_or_eldest_before_a_word_for_kin_is_not_a_name() -> None:
    result = extracted(
        "Jayden Clarke, 16, was assessed today.\nSiblings at home: Kayla Bell (13) and Mason Bell (7). "
        "Older brother Ashley (19) is away at university. Eldest sister Jade (21) lives in Hove.\n"
    )
    assert child_names(result) == ["Kayla Bell", "Mason Bell"]


def test_children_named_in_the_sentence_after_a_lead_in_colon() -> None:
    result = extracted(
        "Re: Mr Adebayo Okafor, born 28 February 1977\n\n"
        "Mr Okafor resides with his wife, Mrs Yetunde Okafor, and their three children:\n"
        "Tolu (born 02/04/2010), Ife (born 15/09/2013) and Dami (born 30/06/2019).\n"
    )
    assert child_names(result) == ["Tolu", "Ife", "Dami"]


@pytest.mark.parametrize(
    ("form", "name"),
    [
        ("Mother: Hannah Greaves, 31\nAddress: 19 Meadow Bank, Southwater\n", "Hannah Greaves"),
        ("Father: Tom Reed (DOB 3/4/1985)\n", "Tom Reed"),
        ("Mum: Aoife Ní Bhriain\nDOB: 02/02/1992\n", "Aoife Ní Bhriain"),
    ],
)
def test_a_form_opening_with_a_parents_label_and_no_name_field_is_about_them(form: str, name: str) -> None:
    result = extracted(form + "Children: Ava Reed (6), Oscar Reed (4)\n")
    assert result["subject_person"]["name"] == name
    assert child_names(result) == ["Ava Reed", "Oscar Reed"]


def test_a_parents_label_after_a_name_field_stays_a_parent() -> None:
    result = extracted("Patient: Ruby Castellano\nAge: 15\nMother: Gemma Castellano\n")
    assert result["subject_person"]["name"] == "Ruby Castellano"


@pytest.mark.parametrize(
    "written",
    [
        "Name: SMITH Jodie\nDOB: 01/02/1990\n",
        "Re: SMITH, Jodie (DOB 01/02/1990)\n\nI assessed Jodie today at home.\n",
        "SMITH Jodie (DOB 01/02/1990) was assessed today.\n",
        "Re: McSMITH, Jodie (DOB 01/02/1990)\n\nI assessed Jodie today at home.\n",
    ],
)
def test_a_surname_in_capitals_written_first_is_read_forename_first(written: str) -> None:
    result = extracted(written)
    assert result["subject_person"]["name"].replace("McSMITH", "SMITH") == "Jodie SMITH"
    assert result["subject_person"]["dob"] == "1990-02-01"


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Patient: Mr Oluwaseun (“Seun”) Adeyemi\n", "Oluwaseun Adeyemi"),
        ("I assessed Robert (Bobby) Vance today.\n", "Robert Vance"),
        ("I assessed Thomas 'Tommo' Reilly today.\n", "Thomas Reilly"),
    ],
)
def test_a_nickname_inside_the_name_is_left_out_and_never_a_child(written: str, name: str) -> None:
    nickname = written.split("(")[-1].split(")")[0].strip("“”") if "(" in written else "Tommo"
    result = extracted(
        written + f"Children: {nickname} mentioned “the kids” but I was unable to establish whether any "
        "children live with him.\n"
    )
    assert result["subject_person"]["name"] == name
    assert result["children"] == []
    assert result["children_status"] == "unknown_to_referrer"


def test_one_name_with_a_childs_age_in_brackets_is_a_child() -> None:
    result = extracted("I assessed Jodie Smith today at home. She lives with Kai (4).")
    assert result["children"] == [{"name": "Kai", "dob": None, "age": 4}]


@pytest.mark.parametrize(
    ("note", "children"),
    [
        ("1 child hamza 2y living w her.", [("hamza", 2)]),
        ("kids jay 6 and mia 3 at home w dad.", [("jay", 6), ("mia", 3)]),
        ("has a son called leo 4 who was at school.", [("leo", 4)]),
    ],
)
def test_children_in_notes_typed_without_capitals(note: str, children: list[tuple[str, int]]) -> None:
    result = extracted(f"fao ifd - mha on zara ahmed dob 5/9/01 today. {note} thx jo")
    assert [(c["name"], c["age"]) for c in result["children"]] == children


def test_a_lower_case_word_after_a_word_for_children_needs_an_age_to_be_a_name() -> None:
    result = extracted("fao ifd - mha on zara ahmed dob 5/9/01 today. 2 kids at home 3yo and 9yo.")
    assert [(c["name"], c["age"]) for c in result["children"]] == [(None, 3), (None, 9)]


def test_a_child_given_only_by_date_after_a_named_one_is_listed_without_a_name() -> None:
    result = extracted(
        "I assessed Tom Baker (DOB 3/3/1988). He has a daughter, Lily, aged 4, and a son (born 01/02/2024)."
    )
    assert result["children"] == [
        {"name": "Lily", "dob": None, "age": 4},
        {"name": None, "dob": "2024-02-01", "age": 1},
    ]


def test_a_pregnancy_in_the_same_sentence_does_not_hide_a_born_child() -> None:
    result = extracted(
        "Re: Amira Hassan (DOB 14/02/1995)\nAmira was assessed today. She is 22 weeks pregnant and lives "
        "with her son Yusuf, 3."
    )
    assert [(c["name"], c["age"]) for c in result["children"]] == [("Yusuf", 3)]
    result = extracted(
        "I assessed Amira Hassan (DOB 14/02/1995). Her adult son Tariq and daughter Noor (12) live with her."
    )
    assert child_names(result) == ["Noor"]


def test_a_parent_under_a_label_mentioning_the_children_is_not_a_child() -> None:
    result = extracted(
        "Father: Gareth Hughes (DOB 5/5/1980)\nChildren: Ffion (9), Dylan (6)\n"
        "Mother of the children: Sian Hughes, lives separately.\n"
    )
    assert child_names(result) == ["Ffion", "Dylan"]


def test_a_surname_with_its_title_then_the_whole_name_in_brackets_gives_the_whole_name() -> None:
    result = extracted(
        "I completed an MHA assessment on Saturday for Mr O'Reilly (Declan O'Reilly, DOB 7/7/1977) at home."
    )
    assert result["subject_person"]["name"] == "Declan O'Reilly"
    assert result["subject_person"]["dob"] == "1977-07-07"


@pytest.mark.parametrize(
    ("written", "name"),
    [
        (
            "Following a request from the police, I assessed a 16-year-old girl, Maya Patel, at A&E.",
            "Maya Patel",
        ),
        (
            "Mum, Stacey Cole (29), was assessed today after her son Mason (7) told his teacher.",
            "Stacey Cole",
        ),
        (
            "Dad (Wayne Price, 41) was detained under s2 tonight. "
            "The children, Jack (10) and Lily (6), are ok.",
            "Wayne Price",
        ),
        ("Patient: Tom\nSurname: Hardy\nDOB: 2/2/1985\n", "Tom Hardy"),
    ],
)
def test_the_subject_described_as_a_girl_or_introduced_as_a_parent_or_by_forename_field(
    written: str, name: str
) -> None:
    assert extracted(written)["subject_person"]["name"] == name


@pytest.mark.parametrize(
    ("sentence", "children"),
    [
        ("Sarah has two children (4 and 7) who live with her.", [(None, 4), (None, 7)]),
        ("Sarah lives with her children (Amy 5, Ben 3).", [("Amy", 5), ("Ben", 3)]),
        ("She has a 7-year-old son, Finley, and a 2-year-old daughter, Isla.", [("Finley", 7), ("Isla", 2)]),
        ("Her 4-year-old Leo and her 6-year-old daughter Amy live with her.", [("Leo", 4), ("Amy", 6)]),
    ],
)
def test_ages_in_brackets_or_before_the_name_go_to_the_right_child(
    sentence: str, children: list[tuple[str | None, int]]
) -> None:
    result = extracted(f"Name: Sarah Jones\nDOB: 01/01/1990\n\n{sentence}\n")
    assert [(c["name"], c["age"]) for c in result["children"]] == children


@pytest.mark.parametrize(
    ("sentence", "ages"),
    [
        ("She lives with her son, who is 4, and her partner.", [4]),
        ("She has a son of 4 and a daughter of 9.", [4, 9]),
        ("Her son is 4 and her daughter is 9.", [4, 9]),
        ("She is a girl of 15 and lives with her mum.", []),
        ("Her brother, who is 25, lives with her.", []),
    ],
)
def test_a_bare_age_after_a_word_for_a_child_is_an_unnamed_child(sentence: str, ages: list[int]) -> None:
    result = extracted(f"Name: Sarah Jones\nDOB: 01/01/1990\n\n{sentence}\n")
    assert [(c["name"], c["age"]) for c in result["children"]] == [(None, a) for a in ages]


def test_first_names_that_are_months_or_days_are_names_where_no_date_is_meant() -> None:
    result = extracted(
        "I assessed June Baker (DOB 1/1/1980) today. Her children are April (6), Summer (3) and Sunday (1)."
    )
    assert result["subject_person"]["name"] == "June Baker"
    assert child_names(result) == ["April", "Summer", "Sunday"]
    result = extracted(
        "In June Sarah Cole (DOB 1/1/1980) was assessed. Since May her son Tom (4) lives with her."
    )
    assert result["subject_person"]["name"] == "Sarah Cole"
    assert child_names(result) == ["Tom"]


def test_a_name_followed_by_a_stated_age_in_years_is_the_subject() -> None:
    result = extracted(
        "MHA completed overnight for Toby Griffiths, a 17 year old who lives with his dad Mark and his "
        "half-sister Poppy (2)."
    )
    assert result["subject_person"] == {"name": "Toby Griffiths", "dob": None, "age": 17, "is_child": True}
    assert child_names(result) == ["Poppy"]


@pytest.mark.parametrize(
    ("form", "name", "children", "status"),
    [
        ("Parent name: Dana Scully\nDOB: 1/1/1985\nChildren: Tom (4)\n", "Dana Scully", ["Tom"], "listed"),
        ("Name of parent assessed: Dana Scully\nDOB: 1/1/1985\n", "Dana Scully", [], "not_stated"),
        (
            "Young person's name: Ruby Castellano\nDOB: 01/01/2010\nSiblings: Alfie (8)\n",
            "Ruby Castellano",
            ["Alfie"],
            "listed",
        ),
        ("Child: Ruby Castellano, 15\nMother: Gemma Castellano\n", "Ruby Castellano", [], "not_stated"),
        ("Children: Tom (4), Amy (6)\nMother: Dana Scully\n", None, ["Tom", "Amy"], "listed"),
    ],
)
def test_a_form_without_a_name_field_is_about_the_parent_or_the_one_child_it_opens_with(
    form: str, name: str | None, children: list[str], status: str
) -> None:
    result = extracted(form)
    assert result["subject_person"]["name"] == name
    assert child_names(result) == children
    assert result["children_status"] == status


@pytest.mark.parametrize(
    ("sentence", "children"),
    [
        ("The neighbour's son Tom (10) saw what happened.", []),
        ("Her friend's daughter Lola (8) was there; her own son Leo (5) was asleep.", ["Leo"]),
        ("Her son Leo (9) is in foster care and her daughter Ava (4) lives with her.", ["Ava"]),
        ("She is the main carer for her granddaughter, Lacey (5), under an SGO.", ["Lacey"]),
    ],
)
def test_other_peoples_children_and_children_in_care_are_not_in_the_home(
    sentence: str, children: list[str]
) -> None:
    assert child_names(extracted(f"I assessed Sarah Jones (DOB 01/01/1990) at home. {sentence}")) == children


@pytest.mark.parametrize(
    ("listed", "children"),
    [
        ("Leo (d.o.b. 12/12/2012) – Year 7 at Oak School", ["Leo"]),
        ("Leo Jones, 14, attends Millais School; Mia Jones, 9", ["Leo Jones", "Mia Jones"]),
        ("Mia (3) goes to Little Acorns Nursery; Leo (5) is in Class 2", ["Mia", "Leo"]),
    ],
)
def test_school_years_and_schools_in_a_children_list_are_not_children(
    listed: str, children: list[str]
) -> None:
    assert child_names(extracted(f"Name: Sarah Jones\nDOB: 01/01/1990\nChildren: {listed}\n")) == children


@pytest.mark.parametrize("sentence", ["She has twins aged 3.", "Her twin boys (3) live with her."])
def test_twins_given_one_age_are_two_children(sentence: str) -> None:
    result = extracted(f"Name: Sarah Jones\nDOB: 01/01/1990\n\n{sentence}\n")
    assert result["children"] == [{"name": None, "dob": None, "age": 3}] * 2
