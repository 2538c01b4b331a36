"""Seed 002: an overview report from Stoke-on-Trent with letter pseudonyms
N (victim, male), Z (perpetrator, female) and R, S, V, W (others).

Re-identification rules (read from the seed):
- a pseudonym is a standalone capital N, Z, R, S, V or W: not preceded by a
  letter, digit, dot, apostrophe, slash or hyphen and not followed by a
  letter, digit, slash, hyphen or ".x" -- which keeps "S.I.A.D.A." (an
  acronym), "AUDIT C", "Appendix B", "A and B grades" and the list labels
  "a." and "b." out;
- "(R)", "(S)", "[N]", "[Z]" inside quotations are pseudonyms (editorial
  brackets around a name in the draft);
- "Z's forename" stays a possessive of Z.
- Other letters in the seed (A, B, C, I) are never people here.
"""
from __future__ import annotations

import re
from typing import Dict, List, Tuple

from . import values as V
from .clean import b_to_md, pipe_table, squeeze_blank_lines
from .doc import Ctx, DocResult
from .identities import EMPLOYERS, PUBS, SCHOOLS, STREET_A, STREET_B, RoleSpec, build_cast
from .model import Piece, sub
from .replace import PseudonymRule, reidentify

NAME = "seed002"
SEED = "002_cbae1f7a756f2d7f.txt"

SPECS = [
    RoleSpec("N", "male", "victim", "the deceased", "Tariq", "Mahmood", title="Mr", alias="Taz",
             misspelt="Tarik", main=True, flavour=("south_asian", "south_asian")),
    RoleSpec("Z", "female", "perpetrator", "partner of N", "Zoë", "Ashworth-Hale", title="Miss",
             alias="Zo", misspelt="Zoë Ashwoth-Hale", main=True, flavour=("diacritic", "hyphenated")),
    RoleSpec("R", "female", "former_partner", "previous female partner of N", "Katarzyna",
             "Wiśniewska", title="Ms", flavour=("east_european", "east_european")),
    RoleSpec("S", "female", "former_partner", "previous female partner of N", "Rose", "Whitlock",
             title="Ms", flavour=("word", "british")),
    RoleSpec("V", "male", "former_partner", "previous male partner of Z", "Adnan", "Chaudhry",
             title="Mr", flavour=("south_asian", "south_asian")),
    RoleSpec("W", "male", "acquaintance", "male acquaintance of Z in early 2013", "Will", "Kenward",
             title="Mr", flavour=("word", "british")),
]

PROFESSIONALS = [
    ("Chris Few", "Independent Chair and Author"),
    ("Paula Brogan", "Arch (North Staffordshire) Ltd"), ("John Mason", "National Probation Service"),
    ("David Giles", "Staffordshire Police"), ("Mark Harrison", "Staffordshire Police"),
    ("Nathan Dawkins", "Stoke-on-Trent City Council"),
    ("Janice Johnson", "University Hospitals of North Midlands NHS Trust"),
    ("Wendy Henson", "NHS England (North Midlands)"), ("David Allcock", "Staffordshire Housing Association"),
    ("Amanda Owen", "Stoke-on-Trent City Council"), ("John Griffith", "Stoke-on-Trent City Council"),
    ("Carly Manning", "West Midlands Ambulance Service"), ("Leanne Barnett", "National Probation Service"),
    ("John Maddox", "Staffordshire Police"), ("Iftikhar Ahmed", "Stoke-on-Trent City Council"),
]


# --- cleaning -------------------------------------------------------------------

def _is_panel_block(b: str) -> bool:
    first = b.splitlines()[0]
    return bool(re.match(r"^- [A-Z][a-z]+ [A-Z][a-z]+  $", first))


def _panel_rows(b: str) -> List[List[str]]:
    rows, cur = [], []
    for ln in b.splitlines():
        if ln.startswith("- "):
            if cur:
                rows.append(cur)
            cur = [ln[2:].strip()]
        else:
            cur.append(ln.strip())
    rows.append(cur)
    out = []
    for r in rows:
        r = [c.rstrip(".") if i == len(r) - 1 else c for i, c in enumerate(r)]
        out.append(r[:2] + [" ".join(r[2:])])
    return out


def _tab_table(b: str) -> str:
    rows = [[b_to_md(c).strip() for c in ln.split("\t")] for ln in b.splitlines() if ln.strip()]
    return pipe_table(rows, header=False)


def clean(raw: str) -> str:
    blocks = [b.rstrip() for b in re.split(r"\n[ \t]*\n", raw) if b.strip()]
    body: List[Tuple[str, str]] = []          # (kind, text)
    notes: Dict[str, List[str]] = {}
    order: List[str] = []
    mode, last_note, just_ruled = "body", None, False
    for b in blocks:
        s = b.strip()
        if s == "---":
            mode, just_ruled = "fn", True
            continue
        if mode == "fn":
            m = re.match(r"^<sup>(\d+)</sup>\s*(.*)$", s, re.S)
            if m:
                last_note = m.group(1)
                notes[last_note] = [m.group(2).strip()]
                order.append(last_note)
                just_ruled = False
                continue
            if just_ruled and last_note:            # a footnote carried over a page
                notes[last_note][-1] += " " + s
                just_ruled = False
                continue
            if last_note and notes[last_note][-1].rstrip().endswith(":") and s.startswith("- "):
                notes[last_note].append(s)          # the footnote's own list
                continue
            mode = "body"
        just_ruled = False
        body.append(_classify(s))
    body = _merge_page_breaks(body)
    out = [t for _, t in body]
    md = "\n\n".join(out)
    md = re.sub(r"<sup>(\d+)</sup>", r"[^\1]", md)
    md = md.replace("**Chris Few\n\nOctober 2018**", "**Chris Few**\n\n**October 2018**")
    missing = set(re.findall(r"\[\^(\d+)\]", md)) - set(notes)
    assert not missing, f"footnote references without text: {missing}"
    md += "\n\n" + "\n\n".join(_footnote(n, notes[n]) for n in order)
    return squeeze_blank_lines(md)


def _classify(s: str) -> Tuple[str, str]:
    if s.startswith("#"):
        head = re.sub(r"\*\*|<sup>\d+</sup>", "", s)
        return "heading", head
    if "\t" in s:
        return "table", _tab_table(s)
    if _is_panel_block(s):
        return "panel", s
    lines = []
    for ln in s.splitlines():
        ln = ln.rstrip()
        ln = re.sub(r"^-\s+(\d+\.\d+\s)", r"\1", ln)          # "- 1.34 N was" -> "1.34 N was"
        ln = re.sub(r"^\s+-\s+", "- ", ln)                     # flatten bullets
        ln = re.sub(r"^\s+(a|b)\.", r"\1.", ln)
        lines.append(ln.strip() if not ln.startswith("- ") else ln)
    # One line of the seed is one paragraph; only list items run together.
    text = lines[0]
    for prev, ln in zip(lines, lines[1:]):
        text += ("\n" if prev.startswith("- ") and ln.startswith("- ") else "\n\n") + ln
    return "para", text


def _merge_page_breaks(body: List[Tuple[str, str]]) -> List[Tuple[str, str]]:
    """Re-join paragraphs and lists the page layout (and footnotes) split."""
    out: List[Tuple[str, str]] = []
    for kind, text in body:
        if out and kind == "table" and out[-1][0] == "table" and \
                out[-1][1].count("|", 0, out[-1][1].find("\n")) == text.count("|", 0, text.find("\n")):
            out[-1] = ("table", out[-1][1] + "\n" + "\n".join(text.splitlines()[2:]))
            continue
        if out and kind == "panel" and out[-1][0] == "panel":
            out[-1] = ("panel", out[-1][1] + "\n" + text)
            continue
        if out and kind == "para" and out[-1][0] == "para":
            prev = out[-1][1]
            tail = prev.rstrip("*").rstrip()
            starts_new = re.match(r"^(\d+\.\d+\s|- |\*\*|#|[a-z]\.\s|\d+\.\s)", text)
            if not re.search(r"[.:;?!”\"’)]$", tail) and not starts_new:
                if prev.endswith("***") and text.startswith("***"):
                    out[-1] = ("para", prev[:-3] + " " + text[3:])
                else:
                    out[-1] = ("para", prev + " " + text)
                continue
        out.append((kind, text))
    return [(k, _panel_table(t) if k == "panel" else t) for k, t in out]


def _panel_table(b: str) -> str:
    rows = _panel_rows(b)
    if all(r[2].startswith("(advising") for r in rows):
        return pipe_table([["Name", "Organisation", "Advising on"]] +
                          [[r[0], r[1], r[2].strip("()").replace("advising on ", "")] for r in rows])
    return pipe_table([["Name", "Role", "Organisation"]] + rows)


def _footnote(n: str, paras: List[str]) -> str:
    first, rest = paras[0], paras[1:]
    text = f"[^{n}]: {first}"
    for p in rest:
        text += "\n\n" + "\n".join("    " + ln.strip() for ln in p.splitlines())
    return text


# --- re-identification -------------------------------------------------------------

RULES = [PseudonymRule(p, r"(?<![\w.’'/-])" + p + r"(?![\w/-]|\.\w)") for p in "NZRSVW"]


def build(seed_text: str, ctx: Ctx) -> DocResult:
    md = clean(seed_text)
    cast = build_cast(SPECS, ctx.names)
    val = V.Values(ctx.rng, ctx.used)
    pieces: List[Piece] = [md]
    pieces = _ages(pieces)
    pieces = _details(pieces, val, cast["Z"])
    pieces = reidentify(pieces, RULES, cast, ctx.rng,
                        upper_heading=lambda line: line.startswith("### Background of"))
    return DocResult(name=NAME, seed=SEED, review="overview", pieces=pieces, cast=cast,
                     professionals=PROFESSIONALS, keep=["Clare's Law", "Clare’s Law"],
                     must_keep=_must_keep())


def _ages(pieces: List[Piece]) -> List[Piece]:
    A = V.age_ident
    edits = [
        ("| **Age (in May 2015)** | 33 | 20 |", "| **Age (in May 2015)** | {a} | {b} |",
         dict(a=A("33", "early thirties", "N", "table"), b=A("20", "early twenties", "Z", "table"))),
        ("V, who was around 22 years old when", "V, who was {a} when",
         dict(a=A("around 22 years old", "in his early twenties", "V", "years_old"))),
        ("S, then aged 24 and", "S, then {a} and", dict(a=A("aged 24", "in her mid-twenties", "S", "aged"))),
        ("the 28 year old driver of the car (W) for over a year",
         "the driver of the car (W), then {a}, for over a year",
         dict(a=A("aged 28", "in his late twenties", "W", "aged"))),
        ("due to Z's age (17 years 9 months)", "due to Z's age ({a})",
         dict(a=A("17 years 9 months", "aged 16 or 17", "Z", "years_months"))),
        ("Z and a 23 year old man", "Z and {a}",
         dict(a=A("a 23 year old man", "a man in his early twenties", None, "n_year_old_noun"))),
        ("who was still 17 years old at this time", "who was still {a} at this time",
         dict(a=A("17 years old", "aged 16 or 17", "Z", "years_old"))),
        ("the stalking of a 17 year old girl by a 28 year old man", "the stalking of {a} by {b}",
         dict(a=A("a 17 year old girl", "a girl aged 16 or 17", "Z", "n_year_old_noun"),
              b=A("a 28 year old man", "a man in his late twenties", "W", "n_year_old_noun"))),
        ("Z and a 16 year old girl were found", "Z and {a} were found",
         dict(a=A("a 16 year old girl", "a girl aged 16 or 17", None, "n_year_old_noun"))),
        ("Z and the 16 year old girl by the older men", "Z and {a} by the older men",
         dict(a=A("the 16 year old girl", "the girl aged 16 or 17", None, "n_year_old_noun"))),
        ("Z (then aged 18) called", "Z (then {a}) called", dict(a=A("aged 18", "aged 18 or 19", "Z", "aged"))),
        ("On 4 June 2013 a 17 year old girl complained", "On 4 June 2013 {a} complained",
         dict(a=A("a 17 year old girl", "a girl aged 16 or 17", None, "n_year_old_noun"))),
        ("when she was 18 years of age and he was 31 years old",
         "when she was {a} and he was {b}",
         dict(a=A("18 years of age", "aged 18 or 19", "Z", "years_of_age"),
              b=A("31 years old", "in his early thirties", "N", "years_old"))),
        ("W, who was in his late 20s,", "W, who was {a},",
         dict(a=A("aged 28", "in his late twenties", "W", "aged"))),
        ("Z's brother, then aged 14", "Z's brother, then {a}",
         dict(a=A("aged 14", "under 16", None, "aged"))),
        ("a group of 3 men, aged 23-31 years,", "a group of 3 men, {a},",
         dict(a=A("aged 23-31 years", "in their twenties and early thirties", None, "range"))),
    ]
    for find, tmpl, ids in edits:
        pieces = sub(pieces, find, tmpl, count=1, **ids)
    return pieces


def _details(pieces: List[Piece], val: V.Values, z) -> List[Piece]:
    street = lambda: f"{val.house()} {val.pick([a + ' ' + b for a in STREET_A for b in STREET_B])}"  # noqa: E731
    flat = f"Flat {val.rng.randrange(1, 9)}, {street()}, Hanley {val.postcode('ST1')}"
    mum_pc = val.postcode("ST3")
    mum = f"{street()}, Longton {mum_pc}"
    edits = [
        ("1.34 N was brought up", "1.34 N ({d}) was brought up",
         dict(d=V.dob("DOB: 03/02/1982", "DOB: 1982", "N", "dob_slash"))),
        ("1.37 Z is the second of three siblings", "1.37 Z, {d}, is the second of three siblings",
         dict(d=V.dob("born 22 May 1995", "born in 1995", "Z", "born_long"))),
        ("N held a joint tenancy of a first floor flat with", "N held a joint tenancy of a first floor flat, "
         "{a}, with", dict(a=V.address(flat, "Hanley", "N"))),
        ("Z was taken to her mother's address by the Police.",
         "Z was taken to her mother's address, {a}, by the Police.",
         dict(a=V.address(mum, "Longton", None))),
        ("The number led to the address of Z's mother being identified",
         "The number led to the address of Z's mother, postcode {p}, being identified",
         dict(p=V.postcode(mum_pc, None))),
        ("Research of the number led the police to contact Z's mother",
         "Research of the number ({t}) led the police to contact Z's mother",
         dict(t=V.phone(val.mobile(), "Z"))),
        ("the landline telephone number of Z's mother", "the landline telephone number of Z's mother ({t})",
         dict(t=V.phone(val.landline(), None, "landline"))),
        ("a new contact number for Z was shared", "a new contact number for Z, {t}, was shared",
         dict(t=V.phone(val.mobile(), "Z"))),
        ("four attempts were made by Arch to contact Z on the number provided",
         "four attempts were made by Arch to contact Z on the number provided and by email to {e}",
         dict(e=V.email(f"{V.slug(z.first)}.{V.slug(z.surname)[:2]}95@example.com", "Z"))),
        ("N had apparently tried to engage with Z earlier via Facebook",
         "N had apparently tried to engage with Z earlier via Facebook, messaging her profile {h}",
         dict(h=V.handle(f"@{V.slug(z.first)[:2]}.{V.slug(z.surname)}", "Z"))),
        ("Hospital records describe Z arriving", "Hospital records (NHS number {n}) describe Z arriving",
         dict(n=V.nhs(val.nhs_number(), "Z"))),
        ("He was reported to be following Z in his car", "He was reported to be following Z in his car ({r})",
         dict(r=V.vehicle(val.vehicle("FT"), "W"))),
        ("there was a car registered to N in the car park", "there was a car registered to N ({r}) in the car park",
         dict(r=V.vehicle(val.vehicle("FN"), "N"))),
        ("Z informed the Review Panel Chair that she enjoyed school",
         "Z informed the Review Panel Chair that she enjoyed school at {s}",
         dict(s=V.school(val.pick([x for x in SCHOOLS if "High" in x or "Academy" in x]), "Z"))),
        ("from her work in one care home because", "from her work in one care home, {e}, because",
         dict(e=V.employer(val.pick([x for x in EMPLOYERS if "Care" in x]), "Z"))),
        ("They then went to a bar and had another drink", "They then went to {p} and had another drink",
         dict(p=V.pub(val.pick(PUBS), None))),
    ]
    for find, tmpl, ids in edits:
        pieces = sub(pieces, find, tmpl, count=1, **ids)
    return pieces


def _must_keep():
    keep = [(n, "PROFESSIONAL") for n, _ in PROFESSIONALS] + [("Mr Few", "PROFESSIONAL")]
    return keep + [
        ("Clare's Law", "LAW"), ("Clare’s Law", "LAW"), ("a person aged 16 or over", "STATUTE"),
        ("sentenced 6 years and 3 months", "NOT_AN_AGE"), ("sentenced to 6 years and 3 months", "NOT_AN_AGE"),
        ("11 years her senior", "NOT_AN_AGE"), ("adults from 18 years old", "NOT_AN_AGE"),
        ("young women aged 18 years or more", "NOT_AN_AGE"), ("over 18 years", "NOT_AN_AGE"),
        ("until they are 18 years", "NOT_AN_AGE"), ("6 years ago", "NOT_AN_AGE"),
        ("S.I.A.D.A.", "ACRONYM"), ("A and B grades", "NOT_A_NAME"), ("AUDIT C", "NOT_A_NAME"),
        ("Appendix B", "NOT_A_NAME"), ("Catch 22", "NOT_A_NAME"),
        ("Staffordshire Police", "AGENCY"), ("West Midlands Ambulance Service", "AGENCY"),
        ("Royal Stoke Hospital", "AGENCY"), ("University Hospitals of North Midlands", "AGENCY"),
        ("Staffordshire Housing Association", "AGENCY"), ("Arch (North Staffordshire) Ltd", "AGENCY"),
        ("Chester Zoo", "PLACE"), ("Stoke-on-Trent", "PLACE"), ("Staffordshire", "PLACE"),
        ("Pakistan", "PLACE"), ("30 May 2015", "DATE"), ("16 June 2012", "DATE"), ("9 December 2014", "DATE"),
    ]
