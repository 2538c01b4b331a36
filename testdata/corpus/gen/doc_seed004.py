"""Seed 004: an executive summary (Nuneaton & Bedworth) whose subjects are
unnamed: "the victim" and "the perpetrator" in lower case.

Re-identification rules (read from the seed):
- "the victim"/"the perpetrator" (any capitalisation of the article) are the
  pseudonyms when they denote *this* victim and perpetrator.  Bare "victim" /
  "perpetrator" count only in the pairs the seed uses ("the victim and
  perpetrator", "contact with victim and/or perpetrator", "the deceased and
  perpetrator").
- "a victim", "victims", "a domestic homicide victim" are generic and stay.
- From RECOMMENDATIONS on, every "the victim" is generic (MARAC templates,
  police guidance), so the recommendations are left untouched and their
  phrases go into must_keep.
"""
from __future__ import annotations

import re
from typing import List

from . import values as V
from .clean import pipe_table, squeeze_blank_lines
from .doc import Ctx, DocResult
from .identities import PUBS, EMPLOYERS, STREET_A, STREET_B, RoleSpec, build_cast
from .model import Piece, sub
from .people import Person, person_ident
from .replace import PseudonymRule, reidentify

NAME = "seed004"
SEED = "004_7169314fb2032df8.txt"

SPECS = [
    RoleSpec("the victim", "female", "victim", "the victim (deceased)", "Agnieszka", "Kowalczyk",
             title="Ms", alias="Aga", misspelt="Agnieska", main=True,
             flavour=("east_european", "east_european")),
    RoleSpec("the perpetrator", "male", "perpetrator", "ex-partner of the victim", "Jonah", "Grace",
             title="Mr", alias="Jonny", misspelt="Jonha", main=True, flavour=("word", "british")),
    RoleSpec("the victim's son", "male", "family", "adult son of the victim", "Kacper", "Kowalczyk",
             title="Mr", surname_of="the victim", flavour=("east_european", "east_european")),
]

HEADINGS = {
    "INTRODUCTION": 1, "Purpose of a Domestic Homicide Review": 2, "The Review Process": 2,
    "Terms of Reference of the Review:": 2, "Key Lines of Enquiry": 2, "SUMMARY OF EVENTS:": 1,
    "The Victim": 2, "The Perpetrator": 2, "Timeline": 2, "KEY FINDINGS": 1,
    "RECOMMENDATIONS": 1, "Safer Warwickshire Partnership Board": 3,
    "Warwickshire County Council – Community Safety and Substance Misuse": 3,
    "MARAC Steering Group": 3, "Warwickshire Police": 3, "Local Criminal Justice Board": 3,
    "Probation Trust": 3, "George Eliot Hospital": 3,
    "Warwickshire North Clinical Commissioning Group and Local Area Team": 3,
    "Warwickshire County Council - Children’s Services": 3,
}


def clean(raw: str) -> str:
    blocks = [b.strip("\n") for b in re.split(r"\n\s*\n", raw) if b.strip()]
    merged: List[str] = []
    for b in blocks:
        # a page break inside a paragraph: the next block starts in lower case
        if merged and re.match(r"[a-z]", b) and not merged[-1].startswith(("#", "|")):
            merged[-1] = merged[-1].rstrip() + " " + b.strip()
        else:
            merged.append(b)
    out = []
    for b in merged:
        first = b.strip()
        if first in HEADINGS:
            out.append("#" * HEADINGS[first] + " " + first.rstrip(":"))
        elif first.startswith("ALL AGENCIES including"):
            out.append("### " + first)
        elif "\t" in b:
            rows = [ln.split("\t") for ln in b.splitlines() if ln.strip()]
            out.append(pipe_table(rows))
        else:
            out.append("\n".join(_list_line(ln) for ln in b.splitlines()))
    md = "\n\n".join(out)
    md = md.replace("**Report into the death of a domestic homicide victim\non 2nd January 2012**",
                    "**Report into the death of a domestic homicide victim on 2nd January 2012**")
    md = md.replace("**Report produced by Kathy McAteer\nIndependent Chair and Author\n"
                    "Publication Date: 14th May 2015**",
                    "**Report produced by Kathy McAteer**\n\n**Independent Chair and Author**\n\n"
                    "**Publication Date: 14th May 2015**")
    md = re.sub(r"^- ([a-d])\) ([^*\n]+?:)\*\*", r"\1) **\2**", md, flags=re.M)
    return squeeze_blank_lines(md)


def _list_line(ln: str) -> str:
    """Rebuild list nesting from the item markers (the seed lost its indents)."""
    s = ln.strip()
    m = re.match(r"^(?:-\s+)?(\d+)\.\s+(.*)$", s)
    if m and (ln.startswith("-") or re.match(r"^\d+\.", ln) or ln.startswith(" -")):
        return f"{m.group(1)}. {m.group(2)}"
    m = re.match(r"^-\s+([ivx]+)\.\s+(.*)$", s)
    if m:
        return f"        {m.group(1)}. {m.group(2)}"
    m = re.match(r"^-\s+([a-h])\.\s+(.*)$", s)
    if m:
        return f"    {m.group(1)}. {m.group(2)}"
    if ln.startswith(" - "):
        return "    - " + s[2:]
    return s


RULES = [
    PseudonymRule("the victim", r"\b[Tt]he [Vv]ictim\b(?!s)|(?<=\band )victim\b(?!s)|"
                                r"(?<=contact with )victim(?= and/or)"),
    PseudonymRule("the perpetrator", r"\b[Tt]he [Pp]erpetrator\b(?!s)|"
                                     r"(?<=\band )perpetrator\b(?!s)|(?<=and/or )perpetrator\b(?!s)"),
]


def build(seed_text: str, ctx: Ctx) -> DocResult:
    md = clean(seed_text)
    head, tail = md.split("# RECOMMENDATIONS", 1)
    cast = build_cast(SPECS, ctx.names)
    vic, per, son = cast["the victim"], cast["the perpetrator"], cast["the victim's son"]
    val = V.Values(ctx.rng, ctx.used)
    pieces: List[Piece] = [head]
    pieces = _edits(pieces, vic, per, son, val)
    pieces = reidentify(pieces, RULES, cast, ctx.rng,
                        upper_heading=lambda line: line.strip() in ("## The Victim", "## The Perpetrator"))
    pieces.append("# RECOMMENDATIONS" + tail)
    return DocResult(
        name="seed004", seed=SEED, review="summary", pieces=pieces, cast=cast,
        professionals=[("Kathy McAteer", "Independent Chair and Author")],
        keep=["George Eliot Hospital"],
        must_keep=_must_keep())


def _edits(pieces: List[Piece], vic: Person, per: Person, son: Person, val: V.Values) -> List[Piece]:
    street = f"{val.house()} {val.pick([a + ' ' + b for a in STREET_A for b in STREET_B])}"
    home = f"{street}, Nuneaton {val.postcode('CV11')}"
    parents = f"{val.house()} {val.pick([a + ' ' + b for a in STREET_A for b in STREET_B])}, " \
              f"Bedworth {val.postcode('CV12')}"
    pieces = sub(pieces, "the homicide of the victim, 38 years, by her ex-partner",
                 "the homicide of the victim, {a}, by her ex-partner", count=1,
                 a=V.age_ident("aged 38", "in her late thirties", vic.pseudonym, "aged"))
    pieces = sub(pieces, "Forensic and post mortem evidence showed that the victim died at her home address",
                 "Forensic and post mortem evidence showed that the victim died at {addr}", count=1,
                 addr=V.address(home, "Nuneaton", vic.pseudonym))
    pieces = sub(pieces, "police were called to the home of the perpetrator's parents by his father",
                 "police were called to the home of the perpetrator's parents, {addr}, by his father",
                 count=1, addr=V.address(parents, "Bedworth", None))
    pieces = sub(pieces, "having arrived there in a car belonging to the victim.",
                 "having arrived there in a car belonging to the victim (registration {vrm}).",
                 count=1, vrm=V.vehicle(val.vehicle("FD"), vic.pseudonym))
    pieces = sub(pieces, "the perpetrator was working as doorman at a local pub, and the victim was at the same pub",
                 "the perpetrator was working as doorman at {pub}, and the victim was at the same pub",
                 count=1, pub=V.pub(val.pick(PUBS), per.pseudonym))
    pieces = sub(pieces, "Despite the risk of being disturbed by the victim's son and his girlfriend",
                 "Despite the risk of being disturbed by {son} and his girlfriend", count=1,
                 son=person_ident(son, "first", son.first, at_start=False))
    pieces = sub(pieces, "The victim was a 38 year old woman who at the time of her death was living in "
                         "Nuneaton with the perpetrator and with her 20 year old son",
                 "The victim, {dob}, was {a} who at the time of her death was living in "
                 "Nuneaton with the perpetrator and with her {b}", count=1,
                 dob=V.dob("born 19 July 1973", "born in 1973", vic.pseudonym, "born_long"),
                 a=V.age_ident("a 38 year old woman", "a woman in her late thirties", vic.pseudonym,
                               "n_year_old_noun"),
                 b=V.age_ident("20 year old son", "son in his early twenties", son.pseudonym,
                               "n_year_old_noun"))
    pieces = sub(pieces, "The perpetrator was 31 at the time of the homicide",
                 "The perpetrator ({dob}) was {a} at the time of the homicide", count=1,
                 dob=V.dob("DOB: 03/10/1980", "DOB: 1980", per.pseudonym, "dob_slash"),
                 a=V.age_ident("31", "in his early thirties", per.pseudonym, "bare_number"))
    pieces = sub(pieces, "The perpetrator was known to Mental Health services during May/June 2009",
                 "The perpetrator (NHS number {nhs}) was known to Mental Health services during May/June 2009",
                 count=1, nhs=V.nhs(val.nhs_number(), per.pseudonym))
    pieces = sub(pieces, "by the Child Support Agency (CSA) in relation to unpaid child support.",
                 "by the Child Support Agency (CSA) in relation to unpaid child support, "
                 "recorded against his National Insurance number {ni}.", count=1,
                 ni=V.ni(val.ni_number(), per.pseudonym))
    pieces = sub(pieces, "when he damaged a phone,",
                 "when he damaged the victim's mobile phone ({tel}),", count=1,
                 tel=V.phone(val.mobile(), vic.pseudonym))
    pieces = sub(pieces, "the victim had also started a new job and told work colleagues",
                 "the victim had also started a new job at {emp} and told work colleagues", count=1,
                 emp=V.employer(val.pick(EMPLOYERS), vic.pseudonym))
    return pieces


def _must_keep():
    return [
        ("Kathy McAteer", "PROFESSIONAL"), ("George Eliot Hospital", "AGENCY"),
        ("Warwickshire Police", "AGENCY"), ("West Midlands Ambulance Service", "AGENCY"),
        ("Coventry & Warwickshire Partnership NHS Trust", "AGENCY"),
        ("Stonham Home Group", "AGENCY"), ("Nuneaton and Bedworth Borough Council", "AGENCY"),
        ("Warwickshire", "PLACE"),
        ("2nd January 2012", "DATE"), ("5th March 2012", "DATE"), ("22nd December 2011", "DATE"),
        ("12 previous convictions for 24 offences", "NOT_AN_AGE"), ("30 hours", "NOT_AN_AGE"),
        ("a domestic homicide victim", "GENERIC_ROLE"), ("how a victim died", "GENERIC_ROLE"),
        ("Whether the victim is aware of the referral", "GENERIC_ROLE"),
        ("always assume the victim will not support the prosecution", "GENERIC_ROLE"),
        ("a victim of domestic violence and abuse", "GENERIC_ROLE"),
        ("where the victim is unable or reluctant", "GENERIC_ROLE"),
        ("for the victim to feedback the outcome of the MARAC to the victim", "GENERIC_ROLE"),
        ("requirement to contact the victim prior to the meeting", "GENERIC_ROLE"),
        ("developing the perpetrator's profile", "GENERIC_ROLE"),
        ("still has contact with the perpetrator due to child access arrangements", "GENERIC_ROLE"),
    ]
