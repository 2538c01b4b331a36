"""The bundled sample: a short, wholly fictional executive summary (Kettering).

It exercises what the seeds lack:
- one family, one surname: Mrs Okafor (the victim) and Mr Okafor (her
  husband, the perpetrator) are different subjects, told apart by title;
  "Okafor" alone (police style) means him;
- children named by first name only (Hope, Mark -- also English words), and a
  neighbour called Frank Baker (both names are words too);
- a bare-apostrophe possessive ("Marcus' behaviour");
- names where nobody looks: the page header, a footnote, a comment, a tracked
  deletion and the document properties (subject, description).
The pseudonyms follow the first-name convention agreed with a family
("Abi", "Thomas"), which the Home Office increasingly prefers.
"""
from __future__ import annotations

from typing import Dict, List

from . import values as V
from .doc import Ctx, DocResult
from .identities import EMPLOYERS, PUBS, SCHOOLS, RoleSpec, build_cast
from .model import Ident
from .template import expand

NAME = "sample"

SPECS = [
    RoleSpec("Abi", "female", "victim", "the victim", "Grace", "Okafor", title="Mrs", alias="Gracie",
             misspelt="Grase", main=True, flavour=("word", "british")),
    RoleSpec("Thomas", "male", "perpetrator", "husband of the victim", "Marcus", "Okafor", title="Mr",
             alias="Marc", misspelt="Marcos", main=True, flavour=("british", "british"), surname_of="Abi"),
    RoleSpec("Ella", "female", "child", "daughter of Abi and Thomas", "Hope", "Okafor", child=True,
             flavour=("word", "british"), surname_of="Abi"),
    RoleSpec("Sam", "male", "child", "son of Abi and Thomas", "Mark", "Okafor", child=True,
             flavour=("word", "british"), surname_of="Abi"),
    RoleSpec("Naomi", "female", "family", "sister of Abi", "Rose", "Nwosu", title="Ms",
             flavour=("word", "british")),
    RoleSpec("Eric", "male", "neighbour", "neighbour of the family", "Frank", "Baker", title="Mr",
             flavour=("word", "british")),
]

PROFESSIONALS = [("Dr Helen Marsh", "Independent Chair and Author"),
                 ("Priya Desai", "Detective Inspector, Northamptonshire Police"),
                 ("Joanne Pike", "Named Nurse, Kettering General Hospital NHS Foundation Trust"),
                 ("Owen Fairley", "Community Safety Manager, North Northamptonshire Council"),
                 ("Kate Brennan", "IDVA Team Leader, Nene Valley Domestic Abuse Service")]

TEMPLATE = """---
title: "Domestic Homicide Review: Executive Summary (DRAFT v0.4)"
author: "Dr Helen Marsh"
subject: "DHR 2023/01 - death of ⟦Abi|full⟧, Kettering"
description: "Draft for the panel; family meeting with ⟦Naomi|full⟧ held on 3 May 2023"
---

<!-- header: RESTRICTED DRAFT - review into the death of ⟦Abi|full⟧ -->

# Introduction

1.1 This executive summary sets out the findings of the Domestic Homicide Review into the death of ⟦Abi|full⟧, ⟦#age_v⟧, who was killed at her home in Kettering on 14 January 2023. Her husband, ⟦Thomas|full⟧, was convicted of her murder at Northampton Crown Court in September 2023 and was sentenced to life imprisonment with a minimum term of 19 years.

1.2 The review was commissioned by the North Northamptonshire Community Safety Partnership under section 9 of the Domestic Violence, Crime and Victims Act 2004, which requires a review where a person aged 16 or over has died from violence, abuse or neglect by a relative, partner or member of the same household.

1.3 The panel offers its condolences to ⟦Abi⟧'s children, ⟦Ella⟧ and ⟦Sam⟧, and to her sister ⟦Naomi|full⟧, who met the chair and whose account of ⟦Abi⟧'s life runs through this report.[^1]

# The Review Process

2.1 The panel met five times between March and July 2023. It was chaired by Dr Helen Marsh, an independent chair with 12 years' experience of statutory reviews and no connection with any agency involved. Its members were:

| Name | Role | Agency |
|---|---|---|
| Dr Helen Marsh | Independent Chair and Author | Independent |
| Priya Desai | Detective Inspector | Northamptonshire Police |
| Joanne Pike | Named Nurse, Safeguarding Adults | Kettering General Hospital NHS Foundation Trust |
| Owen Fairley | Community Safety Manager | North Northamptonshire Council |
| Kate Brennan | IDVA Team Leader | Nene Valley Domestic Abuse Service |

2.2 The review considered agency contact from January 2019 until ⟦Abi|title_surname⟧'s death. Northamptonshire Police, Kettering General Hospital, the family's GP practice, the children's schools and North Northamptonshire Council children's services provided chronologies and individual management reviews.

# The Family

3.1 The people at the centre of this review were:

| Name | Relationship | Age in January 2023 |
|---|---|---|
| ⟦Abi|full⟧ | Victim | ⟦#age_v_table⟧ |
| ⟦Thomas|full⟧ | Husband of the victim; perpetrator | ⟦#age_p_table⟧ |
| ⟦Ella|first⟧ | Daughter | ⟦#age_c1_table⟧ |
| ⟦Sam|first⟧ | Son | ⟦#age_c2_table⟧ |

## ⟦Abi|upper⟧

3.2 ⟦Abi|first⟧ (⟦#dob_v⟧) grew up in Kettering and had worked for eleven years at ⟦#employer_v⟧, where she led the packing team. Friends described her as warm, organised and private; ⟦Naomi⟧ said that ⟦Abi|alias⟧ "kept everything going for everybody and told nobody when she was struggling".

3.3 ⟦Abi⟧ and ⟦Thomas⟧ married in 2008 and lived at ⟦#address_home⟧. ⟦Ella⟧ attended ⟦#school_c1⟧ and ⟦Sam⟧ attended ⟦#school_c2⟧.

## ⟦Thomas|upper⟧

3.4 ⟦Thomas|first⟧ (⟦#dob_p⟧) was ⟦#age_p⟧ at the time of the homicide. He worked as a delivery driver until he was dismissed in 2021, after which the family relied on ⟦Abi⟧'s income. He drank heavily at ⟦#pub⟧, a few streets from the family home, and had debts his wife did not know about until late 2022.

# Summary of Events

4.1 In May 2019 ⟦Abi⟧ attended her GP with a wrist injury, which she said was caused by a fall. She was seen alone. The GP recorded that she "seemed anxious" but did not ask about domestic abuse.

4.2 In February 2021 [⟦Eric|full⟧]{.deletion author="Helen Marsh" date="2023-06-02T09:00:00Z"}[a neighbour]{.insertion author="Helen Marsh" date="2023-06-02T09:00:00Z"} called the police after hearing shouting and a child crying. Officers spoke to ⟦Abi|title_surname⟧ on the doorstep while ⟦Thomas|title_surname⟧ stood behind her. She said there had been an argument about money. No DASH risk assessment was completed. ⟦Eric|first⟧ later told the review that he had heard "that kind of row" many times.

4.3 In June 2021 ⟦Ella⟧'s school noticed a mark on her arm and a change in her mood. ⟦Ella⟧, ⟦#age_c1⟧, told her teacher that "Dad shouts at Mum all the time". The school spoke to ⟦Abi⟧, who asked them not to contact ⟦Thomas⟧. The designated safeguarding lead recorded the conversation but made no referral to children's services.

4.4 On 3 September 2021 ⟦Abi⟧ telephoned the Nene Valley Domestic Abuse Service helpline from her mobile (⟦#phone_v⟧) and gave her email address, ⟦#email_v⟧, for information to be sent to her. She said she was "not ready to leave". The service sent information by email as she asked and closed the contact after two unanswered follow-up calls.

4.5 In March 2022 ⟦Thomas|first⟧ attended Kettering General Hospital with a hand injury (NHS number ⟦#nhs_p⟧). He said he had punched a wall. He was not asked whether anyone at home was at risk.

4.6 During 2022 ⟦Thomas|possessive:first⟧' behaviour grew more controlling. ⟦Naomi|first⟧ told the review that he took ⟦Abi⟧'s bank card, checked her phone each evening and followed her to work in his van, registration ⟦#vrm_p⟧. [HM: ⟦Naomi|first⟧ says ⟦Thomas|first⟧ also used a second account - check with police before circulation.]{.comment-start id="0" author="Helen Marsh" date="2023-06-01T10:00:00Z"}He posted about her on social media as ⟦#handle_p⟧, which friends reported to the platform.[]{.comment-end id="0"}

4.7 On 20 December 2022 ⟦Abi|misspelling⟧ told her manager that she planned to separate from her husband after Christmas. She did not tell any agency.

4.8 On 14 January 2023 police were called to the family home by ⟦Sam⟧, ⟦#age_c2⟧, who said that his father had hurt his mother. ⟦Abi|split⟧ was pronounced dead at the scene. Officers arrested ⟦Thomas|surname⟧ at the scene; ⟦Thomas|first⟧ later gave police his National Insurance number, ⟦#ni_p⟧, and his mother's address, ⟦#postcode_mother⟧, as a bail address, which was refused.

# Key Issues

5.1 **Professional curiosity.** Three agencies saw signs of abuse but none asked ⟦Abi|initials⟧ directly, alone and safely. It is the panel's hope that the training described below will change that.

5.2 **Children's voices.** ⟦Ella⟧'s disclosure in 2021 was the clearest warning in the chronology. A frank conversation with children's services at that point might have led to a multi-agency assessment of the family.

5.3 **Economic abuse.** ⟦Thomas|title_surname⟧ controlled the family's money. Agencies knew that ⟦Thomas|initials⟧ was in debt but did not connect it with risk to his wife.

5.4 **Separation.** ⟦Abi|title_surname⟧'s plan to leave was the point of greatest danger. ⟦Thomas|split⟧ learnt of it from her phone on 13 January 2023.

# Conclusions

6.1 The panel does not find that ⟦Abi⟧'s death could have been predicted from any single contact. Taken together, the contacts described a pattern of coercive control that no agency saw whole. ⟦Thomas|misspelling⟧ is solely responsible for her death.

6.2 The panel hopes that ⟦Ella⟧ and ⟦Sam⟧, now living with ⟦Naomi⟧, will be supported for as long as they need it.

# Recommendations

7.1 Northamptonshire Police to ensure that a DASH risk assessment is completed at every domestic incident, including where the parties describe only an argument.

7.2 Schools in North Northamptonshire to refer to children's services whenever a child discloses domestic abuse at home, whatever the non-abusing parent asks.

7.3 Kettering General Hospital to ask about risk to others when a patient presents with a self-inflicted or unexplained injury.

7.4 The Community Safety Partnership to publicise Clare's Law and the right to ask, including through employers.

[^1]: As described by ⟦Naomi|full⟧, ⟦Abi|first⟧'s sister, at her meeting with the chair on 3 May 2023. ⟦Naomi|first⟧ has read this summary.
"""


def idents(ctx: Ctx, cast) -> Dict[str, Ident]:
    val = V.Values(ctx.rng, ctx.used)
    A = V.age_ident
    v, p = "Abi", "Thomas"
    streets = ["Larkspur Close", "Fennimore Way", "Hazelgrove Rise", "Tanners Walk", "Kestrel Gardens"]
    street = f"{val.house()} {val.pick(streets)}"
    home_pc = val.postcode("NN16")
    first = V.slug(cast[v].first)
    return {
        "age_v": A("aged 41", "in her early forties", v, "aged"),
        "age_v_table": A("41", "early forties", v, "table"),
        "age_p_table": A("44", "mid-forties", p, "table"),
        "age_c1_table": A("12", "under 16", "Ella", "table"),
        "age_c2_table": A("9", "under 16", "Sam", "table"),
        "age_p": A("a 44-year-old man", "a man in his mid-forties", p, "hyphenated"),
        "age_c2": A("then aged 9", "then under 16", "Sam", "aged"),
        "age_c1": A("then aged 10", "then under 16", "Ella", "aged"),
        "dob_v": V.dob("born 4 October 1981", "born in 1981", v, "born_long"),
        "dob_p": V.dob("DOB: 02/01/1979", "DOB: 1979", p, "dob_slash"),
        "employer_v": V.employer(val.pick(EMPLOYERS), v),
        "address_home": V.address(f"{street}, Kettering {home_pc}", "Kettering", v),
        "school_c1": V.school(val.pick([x for x in SCHOOLS if "High" in x or "Academy" in x]), "Ella"),
        "school_c2": V.school(val.pick([x for x in SCHOOLS if "Primary" in x]), "Sam"),
        "pub": V.pub(val.pick(PUBS), p),
        "phone_v": V.phone(val.mobile(), v),
        "email_v": V.email(f"{first}.{V.slug(cast[v].surname)}@example.com", v),
        "nhs_p": V.nhs(val.nhs_number(), p),
        "vrm_p": V.vehicle(val.vehicle("NV"), p),
        "handle_p": V.handle(f"@{V.slug(cast[p].first)}.{V.slug(cast[p].surname)}.nn16", p),
        "ni_p": V.ni(val.ni_number(), p),
        "postcode_mother": V.postcode(val.postcode("NN15"), None),
    }


def build(ctx: Ctx) -> DocResult:
    cast = build_cast(SPECS, ctx.names)
    for person in cast.values():
        person.auto_specials = False          # the template places them
    # "Officers arrested Okafor": the surname alone, police style, means Thomas
    pieces = expand(TEMPLATE, cast, idents(ctx, cast), ctx.rng)
    return DocResult(name=NAME, seed=None, review="summary", pieces=pieces, cast=cast,
                     professionals=PROFESSIONALS, keep=["Clare's Law"],
                     must_keep=_must_keep())


def _must_keep() -> List:
    return [(n, "PROFESSIONAL") for n, _ in PROFESSIONALS] + [
        ("Helen Marsh", "PROFESSIONAL"), ("Northamptonshire Police", "AGENCY"),
        ("Kettering General Hospital", "AGENCY"), ("Nene Valley Domestic Abuse Service", "AGENCY"),
        ("North Northamptonshire Council", "AGENCY"), ("Northampton Crown Court", "AGENCY"),
        ("Clare's Law", "LAW"), ("a person aged 16 or over", "STATUTE"),
        ("a minimum term of 19 years", "NOT_AN_AGE"), ("12 years' experience", "NOT_AN_AGE"),
        ("eleven years", "NOT_AN_AGE"), ("a mark on her arm", "NOT_A_NAME"),
        ("the panel's hope", "NOT_A_NAME"), ("A frank conversation", "NOT_A_NAME"),
        ("The panel hopes", "NOT_A_NAME"), ("14 January 2023", "DATE"), ("3 May 2023", "DATE"),
    ]
