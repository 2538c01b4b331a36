"""Seed 000 (and 001, the same report extracted another way): an executive
summary from Staffordshire whose subjects are "Mr E" (victim) and "Mr Z".

Re-identification rules (read from the seed):
- "Mr E" / "Mr. E" and "Mr Z" / "Mr. Z" are the pseudonyms; the extraction
  sometimes breaks them over a line ("Mr. \\nE's"), which joining the lines of
  a paragraph repairs before matching.
- No other pseudonyms: "the victim"/"the perpetrator" here are role words in
  generic sentences ("services were often rejected by the victim"); the ones
  in the key-issues list refer to Mr E and Mr Z but the author chose role
  words, so they stay and are must-keep.
- The generalised ages ("late fifties", "early thirties") become the exact
  ages a draft states; the subjects table gets full dates of birth.
"""
from __future__ import annotations

import re
from typing import List

from . import values as V
from .clean import BULLET_GLYPHS, join_lines, pipe_table, squeeze_blank_lines
from .doc import Ctx, DocResult
from .identities import PUBS, STREET_A, STREET_B, RoleSpec, build_cast
from .model import Piece, sub
from .replace import PseudonymRule, reidentify

NAME = "seed000"
SEED = "000_c3744d708595a7cb.txt"

SPECS = [
    RoleSpec("Mr E", "male", "victim", "victim (died 2015 after an assault in 2012)",
             "Bernard", "O'Connell", title="Mr", alias="Bernie", misspelt="Benard", main=True,
             flavour=("irish", "irish")),
    RoleSpec("Mr Z", "male", "perpetrator", "friend/partner who lived with Mr E",
             "Lewis", "Young", title="Mr", alias="Lew", misspelt="Lewsi", main=True,
             flavour=("british", "british")),
]

HEADINGS = {
    "Introduction": 1, "Scope of the DHR": 2, "1.7 Contributors to the Review": 2,
    "Organisations that were required to complete Individual Management Reviews": 3,
    "Organisations that were required to complete Summary Reports": 3,
    "1.8 Review Panel Membership": 2, "1.9 Review Panel Chair and Overview Author": 2,
    "1.91 Terms of Reference": 2, "2.0 Summary of the review": 1, "3. Key findings": 1,
    "3.1 Injuries to Mr. E and risk assessment": 2, "3.2 Mr. Z’s history of violence": 2,
    "3.3 The Impact of alcohol dependency for both Mr. E and Mr. Z": 2,
    "3.4 Capacity for decision making/ service refusal": 2,
    "3.5. The nature of the relationship between Mr. E and Mr. Z": 2,
    "3.6 Lack of cooperation/ engagement with agencies": 2,
    "3.7 Communication between agencies": 2, "3.8 Record keeping": 2,
    "4. Conclusions": 1, "5. Lessons learned": 1, "6. Recommendations": 1,
}
# Unnumbered paragraphs whose first line the layout heuristics cannot see.
PARA_STARTS = ("The focus of the DHR", "Key issues to be addressed", "The panel met on eight",
               "The Partnership agreed", "Ms. Sandhu was known", "The Terms of Reference (TOR)",
               "There were in excess", "(*Clare’s Law")
# Bullet items whose glyph the extraction dropped (panel list, lessons, 6.3).
BULLET_STARTS = ("Independent Chair and Author –", "Arch (North Staffs) Ltd –", "Cannock Chase Council –",
                 "National Probation Service –", "South Staffordshire Clinical Commissioning Group –",
                 "Staffordshire and Stoke on Trent Partnership NHS Trust –",
                 "Staffordshire County Council –", "Staffordshire Police –",
                 "University Hospitals of North Midlands NHS Trust –", "West Midlands Police -",
                 "Agencies should be better informed", "Although contact with the GP",
                 "The procedural failures", "The opportunity to hold a professionals",
                 "Repeated call outs", "Alcohol addiction played", "There is non- engagement",
                 "High risk", "Multi agency involvement")
_TABLE_FIRST, _TABLE_LAST = "Name Mr. E Mr. Z", "Victim: Cannock, Staffordshire"


def _starts_block(line: str, prev: str) -> bool:
    if line in HEADINGS or prev in HEADINGS:
        return True
    if re.match(r"^(\d+\.\d+(\.\d+)?\s|\d+\.\s|[a-f]\)\s|[-•" + BULLET_GLYPHS + r"]\s?)", line):
        return True
    if line.startswith(PARA_STARTS) or line.startswith(BULLET_STARTS):
        return True
    return False


def clean(raw: str) -> str:
    lines = [ln.strip() for ln in raw.splitlines()]
    lines = [ln for ln in lines if ln and not re.fullmatch(r"\d+(\.\d+)*", ln)]   # page-number junk
    t0, t1 = lines.index(_TABLE_FIRST), lines.index(_TABLE_LAST)
    blocks: List[List[str]] = []
    i = 0
    while i < len(lines):
        ln = lines[i]
        if i == t0:
            blocks.append(["\x00TABLE"])
            i = t1 + 1
            continue
        prev = lines[i - 1] if i else ""
        if not blocks or _starts_block(ln, prev):
            blocks.append([ln])
        else:
            blocks[-1].append(ln)
        i += 1
    out = []
    for b in blocks:
        text = join_lines(b)
        if text == "\x00TABLE":
            out.append(_subjects_table())
        elif text in HEADINGS:
            out.append("#" * HEADINGS[text] + " " + text)
        else:
            out.append(_list_markup(text))
    md = "\n\n".join(out)
    # the asterisk note is a footnote in a Word document
    md = md.replace("around Clare’s Law*.", "around Clare’s Law.[^1]")
    md = md.replace("(*Clare’s Law, or the Domestic Violence Disclosure Scheme, gives any member of the "
                    "public the right to ask the police if their partner may pose a risk to them.)",
                    "[^1]: Clare’s Law, or the Domestic Violence Disclosure Scheme, gives any member of the "
                    "public the right to ask the police if their partner may pose a risk to them.")
    return squeeze_blank_lines(md)


def _list_markup(text: str) -> str:
    """Glyph and dash bullets become Markdown bullets; "a)" lists stay lists."""
    m = re.match(r"^[•\-" + BULLET_GLYPHS + r"]\s*(.*)$", text)
    if m:
        return "- " + m.group(1)
    if text.startswith(BULLET_STARTS):
        return "- " + text
    # "1. National Probation Service" are list items; keep them as such
    return text


def _subjects_table() -> str:
    # The seed's table, re-laid as rows (the extraction ran cells together).
    # DOB cells are filled in by an edit below.
    return pipe_table([
        ["Name", "Mr. E", "Mr. Z"],
        ["Relationship", "Friend/ partner", "Friend/ partner"],
        ["Date of Birth", "1954", "1981"],
        ["Date of Death", "June 2015", "N/A"],
        ["Ethnicity", "White British", "White British"],
        ["Sexuality", "Homosexual", "Heterosexual"],
        ["Address of Victim:", "Cannock, Staffordshire", ""],
    ])


RULES = [
    PseudonymRule("Mr E", r"\bMr\.? E(?!\w|\.\w)"),
    PseudonymRule("Mr Z", r"\bMr\.? Z(?!\w|\.\w)"),
]


def build(seed_text: str, ctx: Ctx) -> DocResult:
    md = clean(seed_text)
    cast = build_cast(SPECS, ctx.names)
    val = V.Values(ctx.rng, ctx.used)
    pieces: List[Piece] = [md]
    pieces = _edits(pieces, val)
    upper = ("3.2 Mr. Z’s history", "3.5. The nature of the relationship")
    pieces = reidentify(pieces, RULES, cast, ctx.rng,
                        upper_heading=lambda line: any(u in line for u in upper))
    return DocResult(
        name=NAME, seed=SEED, review="summary", pieces=pieces, cast=cast,
        professionals=[
            ("Kam Sandhu", "Independent Chair and Author"),
            ("Richard Hughes", "Arch (North Staffs) Ltd"), ("Kerry Wright", "Cannock Chase Council"),
            ("John Mason", "National Probation Service"),
            ("Lisa Bates", "South Staffordshire Clinical Commissioning Group"),
            ("Karen Nixon", "Staffordshire and Stoke on Trent Partnership NHS Trust"),
            ("Ruth Martin", "Staffordshire County Council"), ("Julie Long", "Staffordshire County Council"),
            ("David Mellor", "Staffordshire Police"),
            ("Nicky Cooke", "University Hospitals of North Midlands NHS Trust"),
            ("Michaela Kerr", "West Midlands Police")],
        keep=["Clare’s Law"],
        must_keep=_must_keep())


def _edits(pieces: List[Piece], val: V.Values) -> List[Piece]:
    street = f"{val.house()} {val.pick([a + ' ' + b for a in STREET_A for b in STREET_B])}"
    pc = val.postcode("WS11")
    pieces = sub(pieces, "| Date of Birth | 1954 | 1981 |", "| Date of Birth | {a} | {b} |", count=1,
                 a=V.dob("11/06/1954", "1954", "Mr E", "dob_table"),
                 b=V.dob("22/03/1981", "1981", "Mr Z", "dob_table"))
    pieces = sub(pieces, "| Address of Victim: | Cannock, Staffordshire |", "| Address of Victim: | {a} |",
                 count=1, a=V.address(f"{street}, Cannock {pc}", "Cannock", "Mr E"))
    pieces = sub(pieces, "Mr. E (male, homosexual, late fifties)", "Mr. E (male, homosexual, {a})", count=1,
                 a=V.age_ident("58", "late fifties", "Mr E", "bare_number"))
    pieces = sub(pieces, "Mr. Z (male, heterosexual, early thirties)", "Mr. Z (male, heterosexual, {a})",
                 count=1, a=V.age_ident("31", "early thirties", "Mr Z", "bare_number"))
    pieces = sub(pieces, "Mr. Z is a man in his early thirties with", "Mr. Z is {a} with", count=1,
                 a=V.age_ident("a 31-year-old man", "a man in his early thirties", "Mr Z", "hyphenated"))
    pieces = sub(pieces, "eleven service call outs to the home address between",
                 "eleven service call outs to the home address, {a}, between", count=1,
                 a=V.address(f"{street}, Cannock", "Cannock", "Mr E", "street_town"))
    pieces = sub(pieces, "seen drinking with him in local public houses or at Mr. E’s home",
                 "seen drinking with him in {p} or at Mr. E’s home", count=1,
                 p=V.pub(val.pick(PUBS), None))
    pieces = sub(pieces, "Mr. Z lived rent free, did not pay for food",
                 "Mr. Z lived rent free, claimed benefits under National Insurance number {ni}, "
                 "did not pay for food", count=1, ni=V.ni(val.ni_number(), "Mr Z"))
    return pieces


def _must_keep():
    return [
        ("Kam Sandhu", "PROFESSIONAL"), ("Ms. Sandhu", "PROFESSIONAL"), ("Richard Hughes", "PROFESSIONAL"),
        ("Kerry Wright", "PROFESSIONAL"), ("John Mason", "PROFESSIONAL"), ("Lisa Bates", "PROFESSIONAL"),
        ("Karen Nixon", "PROFESSIONAL"), ("Ruth Martin", "PROFESSIONAL"), ("Julie Long", "PROFESSIONAL"),
        ("David Mellor", "PROFESSIONAL"), ("Nicky Cooke", "PROFESSIONAL"), ("Michaela Kerr", "PROFESSIONAL"),
        ("Clare’s Law", "LAW"), ("a person aged 16 or over", "STATUTE"),
        ("West Midlands Police", "AGENCY"), ("Staffordshire Police", "AGENCY"),
        ("Cannock Chase Council", "AGENCY"), ("Heantun Housing Association", "AGENCY"),
        ("University Hospitals of North Midlands NHS Trust", "AGENCY"), ("Stonewall", "AGENCY"),
        ("Staffordshire", "PLACE"), ("Nottinghamshire", "PLACE"), ("East and West Midlands", "PLACE"),
        ("over twenty years", "NOT_AN_AGE"), ("forty units per week", "NOT_AN_AGE"),
        ("thirty-nine visits", "NOT_AN_AGE"),
        ("9th November 2012", "DATE"), ("1st August 2010", "DATE"), ("7 July 2012", "DATE"),
        ("services were often rejected by the victim", "GENERIC_ROLE"),
    ]
