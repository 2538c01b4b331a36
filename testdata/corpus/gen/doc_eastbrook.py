"""A second fictional document ("Eastbrook", Lincoln): an adult family homicide.

What it adds to the sample:
- letter pseudonyms (H, P, T, E, G1, G2) applied to one family: Mrs Nowak (the
  victim) and Mr Nowak (her husband, not the perpetrator) share a surname
  with their son Paweł, whom the draft always calls by his first name;
- grandchildren named by first name only, both English words (Will, Joy),
  next to the modal "will" and the noun "joy";
- an Irish name with an apostrophe and a diacritic (Siobhán O'Hara);
- the same five hidden places as the sample, with different forms in them
  (initials in the properties, a title + surname in a comment).
"""
from __future__ import annotations

from typing import Dict, List

from . import values as V
from .doc import Ctx, DocResult
from .identities import EMPLOYERS, PUBS, SCHOOLS, RoleSpec, build_cast
from .model import Ident
from .template import expand

NAME = "eastbrook"

SPECS = [
    RoleSpec("H", "female", "victim", "the victim", "Halina", "Nowak", title="Mrs", alias="Hala",
             misspelt="Halna", main=True, flavour=("east_european", "east_european")),
    RoleSpec("P", "male", "perpetrator", "son of H and T", "Paweł", "Nowak", title="Mr", alias="Pav",
             misspelt="Pawł", main=True, flavour=("east_european", "east_european"), surname_of="H"),
    RoleSpec("T", "male", "family", "husband of H", "Tomasz", "Nowak", title="Mr",
             flavour=("east_european", "east_european"), surname_of="H"),
    RoleSpec("E", "female", "former_partner", "former partner of P, mother of G1 and G2", "Siobhán",
             "O'Hara", title="Ms", flavour=("irish", "irish")),
    RoleSpec("G1", "male", "child", "son of P and E", "Will", "Nowak", child=True,
             flavour=("word", "british"), surname_of="P"),
    RoleSpec("G2", "female", "child", "daughter of P and E", "Joy", "Nowak", child=True,
             flavour=("word", "british"), surname_of="P"),
]

PROFESSIONALS = [("Andrew Pell", "Independent Chair and Author"),
                 ("Fiona Hart", "Detective Sergeant, Lincolnshire Police"),
                 ("Gareth Yeo", "Head of Safeguarding, United Lincolnshire Hospitals NHS Trust"),
                 ("Mandeep Gill", "Adult Care, Lincolnshire County Council")]

TEMPLATE = """---
title: "Eastbrook Domestic Homicide Review - Overview Report (working draft)"
author: "Andrew Pell"
subject: "Eastbrook review (⟦H|initials⟧)"
description: "Drafted from notes of the meeting with ⟦T|full⟧ at his home, 12 October 2023"
---

<!-- header: Eastbrook DHR - ⟦H|full⟧ - OFFICIAL-SENSITIVE -->

# 1. Introduction

1.1 This review examines the death of ⟦H|full⟧, ⟦#age_h⟧, who died in hospital in Lincoln on 9 August 2023 after being assaulted at her home by her son, ⟦P|full⟧, ⟦#age_p⟧. ⟦P|first⟧ pleaded guilty to manslaughter and was sentenced to 9 years' imprisonment.

1.2 The review is held under section 9 of the Domestic Violence, Crime and Victims Act 2004: ⟦H|title_surname⟧ was a person aged 16 or over who died from violence by a relative with whom she lived. The panel, chaired by Andrew Pell, met four times in 2023. Its members were Fiona Hart (Lincolnshire Police), Gareth Yeo (United Lincolnshire Hospitals NHS Trust) and Mandeep Gill (Lincolnshire County Council).

1.3 ⟦H|title_surname⟧'s husband, ⟦T|full⟧ ⟦#age_t⟧, contributed to the review. The panel thanks him; it knows that he lost his wife and, in a different way, his son.

# 2. Background

## 2.1 ⟦H|upper⟧

2.1.1 ⟦H|first⟧ (⟦#dob_h⟧) came to Lincoln from Poznań in 1981 and worked as a school cook until she retired. She and ⟦T|title_surname⟧ lived at ⟦#address_home⟧; their landline was ⟦#phone_h⟧. Neighbours, who called her ⟦H|alias⟧, described her as "the one who knew everybody". Her GP records (NHS number ⟦#nhs_h⟧) show arthritis and, from 2021, low mood.

## 2.2 ⟦P|upper⟧

2.2.1 ⟦P⟧ (⟦#dob_p⟧) worked as a mechanic at ⟦#employer_p⟧ until 2022. He had two children, ⟦G1⟧ and ⟦G2⟧, with his former partner ⟦E|full⟧[^1], who left him in 2020 after a series of incidents reported to Lincolnshire Police. He drove a white van, registration ⟦#vrm_p⟧, and posted online as ⟦#handle_p⟧.

2.2.2 After losing his job and his flat at ⟦#address_flat⟧, ⟦P⟧ moved back in with his parents in January 2023. ⟦T|first⟧ told the review that he and ⟦H⟧ "thought it would be for a month".

# 3. Summary of Events

3.1 In October 2020 ⟦E⟧ reported to the police that ⟦P⟧ had pushed her into a door in front of the children. ⟦G1⟧, then aged 7, told an officer that "Daddy will hurt Mummy again". A DASH risk assessment graded the risk as medium. [⟦P⟧'s ex-partner, ⟦E|full⟧,]{.deletion author="Andrew Pell" date="2023-11-02T14:00:00Z"}[A former partner]{.insertion author="Andrew Pell" date="2023-11-02T14:00:00Z"} was referred to an IDVA, and contact could be made by email at ⟦#email_e⟧.

3.2 In March 2023 ⟦H|title_surname⟧ attended United Lincolnshire Hospitals with bruising to her arms. She said she had fallen. Staff did not ask who else lived in the house.

3.3 In May 2023 ⟦T|title_surname⟧ telephoned Adult Care to ask for help because ⟦P|alias⟧ was "shouting at his mother every night" after drinking at ⟦#pub⟧. [AP: confirm whether ⟦T|title_surname⟧ is content for this call to be quoted.]{.comment-start id="1" author="Andrew Pell" date="2023-11-01T09:30:00Z"}The call was logged as a request for carer support for ⟦H⟧ and closed after a telephone assessment.[]{.comment-end id="1"}

3.4 In June 2023 ⟦H|misspelling⟧ missed two appointments with her GP. The practice sent a letter. Nobody telephoned.

3.5 On 8 August 2023, after an argument about money, ⟦P|first⟧ assaulted ⟦H|split⟧ in the kitchen. ⟦T|first⟧ called an ambulance. ⟦H|initials⟧ died the next day. ⟦P|misspelling⟧ was arrested at the house; he gave his National Insurance number as ⟦#ni_p⟧.

3.6 ⟦G1⟧ and ⟦G2⟧, who live with their mother, had stayed with their grandparents two weekends before. The panel notes that the children's school, ⟦#school_g⟧, had no information about risk in the grandparents' home.

# 4. Analysis

4.1 Abuse of older parents by adult children is under-recognised. Each agency saw part of the picture: the police knew of ⟦P|split⟧'s violence towards ⟦E⟧; the hospital saw ⟦H⟧'s injuries; Adult Care heard ⟦T⟧'s call. None of them knew what the others knew.

4.2 ⟦T⟧ said: "We will never get over it, but we want the next family to be asked the right question." The panel hopes this review will honour that wish; there was little joy in the house that summer, and nobody asked why.

# 5. Recommendations

5.1 Lincolnshire County Council Adult Care to treat a carer's report of abuse by an adult child as a safeguarding concern, not a request for support.

5.2 United Lincolnshire Hospitals NHS Trust to ask older patients with unexplained injuries who lives with them.

5.3 Lincolnshire Police to share with Adult Care any history of domestic abuse when a perpetrator moves into a household with an older adult.

[^1]: ⟦E|full⟧ provided a written account to the panel through her solicitor in September 2023.
"""


def idents(ctx: Ctx, cast) -> Dict[str, Ident]:
    val = V.Values(ctx.rng, ctx.used)
    A = V.age_ident
    streets = ["Brackley Crescent", "Sallow Lane", "Pennant Row", "Winnow Court", "Marrowfield Way"]
    home = f"{val.house()} {val.pick(streets)}, Lincoln {val.postcode('LN2')}"
    flat = f"Flat {val.rng.randrange(1, 9)}, {val.house()} {val.pick(streets)}, North Hykeham {val.postcode('LN6')}"
    e = cast["E"]
    email = f"{V.slug(e.first)[0]}.{V.slug(e.surname)}@example.org"
    return {
        "age_h": A("a 68-year-old grandmother", "a grandmother in her late sixties", "H", "hyphenated"),
        "age_p": A("aged 41", "in his early forties", "P", "aged"),
        "age_t": A("(71)", "(early seventies)", "T", "parenthesised"),
        "dob_h": V.dob("DOB 11/02/1955", "DOB 1955", "H", "dob_slash"),
        "dob_p": V.dob("born 30 June 1982", "born in 1982", "P", "born_long"),
        "address_home": V.address(home, "Lincoln", "H"),
        "address_flat": V.address(flat, "North Hykeham", "P"),
        "phone_h": V.phone(val.landline(), "H", "landline"),
        "nhs_h": V.nhs(val.nhs_number(), "H"),
        "employer_p": V.employer(val.pick([x for x in EMPLOYERS if "Motors" in x or "Windows" in x]), "P"),
        "vrm_p": V.vehicle(val.vehicle("FL"), "P"),
        "handle_p": V.handle(f"@{V.slug(cast['P'].alias or cast['P'].first)}.lincs82", "P"),
        "pub": V.pub(val.pick(PUBS), "P"),
        "email_e": V.email(email, "E"),
        "ni_p": V.ni(val.ni_number(), "P"),
        "school_g": V.school(val.pick([x for x in SCHOOLS if "Primary" in x]), "G1"),
    }


def build(ctx: Ctx) -> DocResult:
    cast = build_cast(SPECS, ctx.names)
    for person in cast.values():
        person.auto_specials = False          # the template places them
    # "Mr Nowak" is always the husband: the son is written by his (first) name
    cast["P"].ordinary_forms = ("first", "first", "full", "alias")
    text = TEMPLATE.replace("⟦G1⟧, then aged 7,", "⟦G1⟧, ⟦#age_g1⟧,")
    ids = idents(ctx, cast)
    ids["age_g1"] = V.age_ident("then aged 7", "then under 16", "G1", "aged")
    pieces = expand(text, cast, ids, ctx.rng)
    return DocResult(name=NAME, seed=None, review="overview", pieces=pieces, cast=cast,
                     professionals=PROFESSIONALS, keep=[], must_keep=_must_keep())


def _must_keep() -> List:
    return [(n, "PROFESSIONAL") for n, _ in PROFESSIONALS] + [
        ("Lincolnshire Police", "AGENCY"), ("United Lincolnshire Hospitals NHS Trust", "AGENCY"),
        ("Lincolnshire County Council", "AGENCY"), ("Poznań", "PLACE"),
        ("a person aged 16 or over", "STATUTE"), ("9 years' imprisonment", "NOT_AN_AGE"),
        ("We will never get over it", "NOT_A_NAME"), ("little joy in the house", "NOT_A_NAME"),
        ("9 August 2023", "DATE"), ("8 August 2023", "DATE"),
    ]
