"""Seed 003: an overview report from North Worcestershire with role
pseudonyms: "the Victim", "the Perpetrator", "PFP" (Perpetrator's Former
Partner), children S1-S5, and the genogram codes P1, M, F1, F2.

Re-identification rules (read from the seed):
- "the Victim"/"the Perpetrator" with a capital V/P are pseudonyms; so is bare
  "Victim"/"Perpetrator" in the genogram key and contents ("Partner of
  Victim").  "Victims Code" and "Victim Support"-style compounds are not.
- Six lower-case mentions denote these people too ("her ex-partner, the
  perpetrator, harassing her"); they are listed below and rewritten.  The rest
  of the lower-case ones are generic (terms-of-reference questions, quoted
  guidance) and stay, as does the guidance quote "identity of the Victim, the
  Perpetrator and their families".
- "PFP" and "the PFP" are one pseudonym.  S1-S5, P1, F1, F2 and M are
  standalone codes; "M" is not the M of "M.Sc.", and "MGM" in the genogram
  key is read as M (the only mother the key defines).
- "A" and "B" in the Clare's Law options are the scheme's own labels, and
  "C.", "L.", "D." are bibliography initials: none is a person of this case.
- "UBC" (unborn child) is not a person to name.
"""
from __future__ import annotations

import re
from typing import List, Tuple

from . import values as V
from .clean import pipe_table, strip_html, squeeze_blank_lines
from .doc import Ctx, DocResult
from .identities import SCHOOLS, STREET_A, STREET_B, RoleSpec, build_cast
from .model import Piece, sub
from .replace import PseudonymRule, reidentify

NAME = "seed003"
SEED = "003_24bc3f827734f2c4.txt"

SPECS = [
    RoleSpec("the Victim", "female", "victim", "the deceased", "Hope", "Kendrick", title="Miss",
             alias="Hopey", misspelt="Hpoe", main=True, flavour=("word", "british")),
    RoleSpec("the Perpetrator", "male", "perpetrator", "partner of the Victim", "Imran", "Qadir",
             title="Mr", alias="Immy", misspelt="Imram", main=True, flavour=("south_asian", "south_asian")),
    RoleSpec("PFP", "female", "former_partner", "the Perpetrator's former partner", "Leanne", "Baker",
             title="Ms", alias="Lea", misspelt="Leane", main=True, flavour=("british", "british")),
    RoleSpec("S1", "male", "child", "child of the Perpetrator and PFP", "Ayaan", "Qadir", child=True,
             flavour=("south_asian", "south_asian"), surname_of="the Perpetrator"),
    RoleSpec("S2", "female", "child", "child of the Perpetrator and PFP", "Maya", "Qadir", child=True,
             flavour=("south_asian", "south_asian"), surname_of="the Perpetrator"),
    RoleSpec("S3", "male", "child", "son of the Victim and P1", "Alfie", "Kendrick", child=True,
             flavour=("british", "british"), surname_of="the Victim"),
    RoleSpec("P1", "male", "former_partner", "former partner of the Victim, father of S3", "Sajid",
             "Bhatti", title="Mr", flavour=("south_asian", "south_asian")),
    RoleSpec("M", "female", "family", "mother of the Victim", "Tracey", "Kendrick", title="Mrs",
             flavour=("british", "british"), surname_of="the Victim"),
    RoleSpec("F1", "male", "family", "the Victim's father", "Gary", "Kendrick", title="Mr",
             flavour=("british", "british"), surname_of="the Victim"),
    RoleSpec("F2", "male", "family", "partner of M, father of S4 and S5", "Lee", "Dempsey", title="Mr",
             flavour=("british", "british")),
    RoleSpec("S4", "male", "child", "son of M and F2, half-brother of the Victim", "Tyler", "Dempsey",
             child=True, flavour=("british", "british"), surname_of="F2"),
    RoleSpec("S5", "male", "child", "son of M and F2, half-brother of the Victim", "Jordan", "Dempsey",
             child=True, flavour=("british", "british"), surname_of="F2"),
]

PANEL = [("Malcolm Ross", "Independent Chair and Author"), ("Martin Lakeman", "Worcestershire County Council"),
         ("Damian Pettit", "West Mercia Police"), ("Tom Currie", "National Probation Service West Mercia"),
         ("Ellen Footman", "Designated Nurse for Safeguarding Worcestershire"),
         ("Sarah Cox", "Worcestershire County Council"), ("Lyn Mills", "Worcestershire County Council"),
         ("Nigel Minns", "Warwickshire County Council (action plan lead)")]

TITLE_HEADINGS = {"LIST OF ABBREVIATIONS", "CONTENTS", "GENOGRAM", "Bibliography", "List of Recommendations"}
SUB_HEADINGS = {"The Victim", "The Perpetrator and PFP", "The Perpetrator and the Victim",
                "Views of the family", "Comments made by the Drug Specialist",
                "Disclosure of criminal antecedents of the Perpetrator",
                "Domestic Violence Prevention Notices and Orders"}
_SUP = {c: str(i) for i, c in enumerate("⁰¹²³⁴⁵⁶⁷⁸⁹")}
_SUPS = "⁰¹²³⁴⁵⁶⁷⁸⁹"


def _sup(s: str) -> str:
    return "".join(_SUP[c] for c in s)


# --- cleaning ---------------------------------------------------------------------

def clean(raw: str) -> str:
    raw = raw.replace("\u00a0", " ")
    head, plan = raw.split("\n\n\n\nNorth Worcestershire Community Safety Partnership\n\nDomestic Homicide "
                           "Review Case No. 7\n\nACTION PLAN", 1)
    blocks = [b.strip("\n") for b in re.split(r"\n[ \t]*\n", head) if b.strip()]
    body: List[Tuple[str, str]] = []
    notes: List[Tuple[str, List[str]]] = []
    in_genogram_junk = False
    for b in blocks:
        s = b.strip()
        if s == "GENOGRAM":
            body.append(("heading", "## GENOGRAM"))
            body.append(("para", "*[Genogram diagram: see the family key in section 1.15.]*"))
            in_genogram_junk = True
            continue
        if in_genogram_junk:
            if s in ("Male", "Female", "Unborn Child", "Separated/Divorced", "", "") or not s.strip("\uf0a0 "):
                continue
            in_genogram_junk = False
        m = re.match(rf"^([{_SUPS}]+)\s*(.*)$", s, re.S)
        if m:
            notes.append((_sup(m.group(1)), [" ".join(x.strip() for x in m.group(2).splitlines())]))
            continue
        if notes and notes[-1][1][-1].endswith(":") and s.startswith("- ") and body and \
                body[-1][0] != "list":
            notes[-1][1].append(s)               # a footnote's own bullet list
            continue
        body.append(_classify(b if "\t" in b else s))   # a table keeps its leading tab
    body = _merge(body)
    md = "\n\n".join(t for _, t in body)
    md = re.sub(rf"([{_SUPS}]+)", lambda m: f"[^{_sup(m.group(1))}]", md)
    md += "\n\n" + "\n\n".join(_footnote(n, ps) for n, ps in notes)
    md += "\n\n" + _action_plan(plan)
    return squeeze_blank_lines(md)


def _classify(s: str) -> Tuple[str, str]:
    if "\t" in s:
        return "table", _tab_table(s)
    s = s.strip()
    first = s.splitlines()[0].strip()
    if first in TITLE_HEADINGS:
        return "heading", "## " + first
    if first in SUB_HEADINGS:
        return "heading", "### " + first
    if re.fullmatch(r"\d+\. [A-Z][\w ]+", first) and len(s.splitlines()) == 1:
        return "heading", "# " + first
    if re.fullmatch(r"\d+\.\d+ [A-Z][^.:;]{0,60}", first) and len(first.split()) <= 8 \
            and len(s.splitlines()) == 1:
        return "heading", "## " + first
    if re.fullmatch(r"Recommendation No \d", first):
        return "para", f"**{first}**"
    lines = []
    for ln in s.splitlines():
        ln = ln.rstrip()
        ln = re.sub(r"^-\s+(\d+\.\d+(\.\d+)?\s)", r"\1", ln)     # "- 2.4 The Victim" -> "2.4 The Victim"
        ln = re.sub(r"^\s+-\s+", "- ", ln)
        ln = re.sub(r"^-\s+([a-b]\)) (.*?)\*\*$", r"\1 **\2**", ln)   # recommendation items lost "**"
        ln = re.sub(r"^\s*(\d+\.)\s", r"\1 ", ln)
        lines.append(ln.strip())
    text = lines[0]
    for prev, ln in zip(lines, lines[1:]):
        if prev.startswith("- ") and ln.startswith("- "):
            text += "\n" + ln
        elif re.match(r"^(\d+\.|\d+\.\d+|- |[a-z]\)|‘|'|\"|“|Option \d)", ln) or re.search(r"[.:;?!’”'\"]$", prev):
            text += "\n\n" + ln
        else:
            text += " " + ln                     # a line of the same paragraph
    kind = "list" if text.startswith("- ") else "para"
    return kind, text


def _tab_table(b: str) -> str:
    rows = [[c.strip() for c in ln.split("\t")] for ln in b.splitlines() if ln.strip()]
    while rows and all(not c for c in rows[-1]):
        rows.pop()
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    # drop columns that are empty in every row (a trailing tab in the seed)
    keep = [j for j in range(width) if any(r[j] for r in rows)]
    rows = [[r[j] for j in keep] for r in rows]
    return pipe_table(rows, header=False)


def _merge(body: List[Tuple[str, str]]) -> List[Tuple[str, str]]:
    """Join paragraphs a page break (with its footnotes) cut in two."""
    out: List[Tuple[str, str]] = []
    for kind, text in body:
        if out and out[-1][0] in ("para", "list") and kind in ("para", "list") and \
                re.match(r"^[a-z(]", text) and not re.match(r"^[a-z]\) ", text):
            out[-1] = (out[-1][0], out[-1][1] + " " + text)
            continue
        out.append((kind, text))
    return out


def _footnote(n: str, paras: List[str]) -> str:
    text = f"[^{n}]: {paras[0]}"
    for p in paras[1:]:
        text += "\n\n" + "\n".join("    " + ln.strip() for ln in p.splitlines())
    return text


def _action_plan(plan: str) -> str:
    """The action plans: one heading block and one table per agency."""
    sections = plan.split("North Worcestershire Community Safety Partnership\n\nDomestic Homicide Review Case No. 7"
                          "\n\nACTION PLAN")
    out = ["# ACTION PLAN"]
    for sec in sections:
        lines = [ln for ln in sec.splitlines() if ln.strip() and not re.fullmatch(r"[-\t]+", ln.strip())]
        heads = [ln.strip() for ln in lines if "\t" not in ln]
        rows: List[List[str]] = []
        for ln in lines:
            if "\t" not in ln:
                continue
            cells = [strip_html(c) for c in ln.split("\t")]
            cells = (cells + [""] * 5)[:5]
            if cells[0].startswith("Recommendation") or not rows:
                rows.append(cells)
            else:
                for j, c in enumerate(cells):
                    if c:
                        rows[-1][j] = (rows[-1][j] + " " + c).strip()
        for h in heads:
            if h.startswith("Agency:"):
                out.append("### " + h)
            else:
                out.append("## " + h)
        out.append(pipe_table(rows))
    return "\n\n".join(out)


# --- re-identification --------------------------------------------------------------

RULES = [
    PseudonymRule("the Victim", r"\b[Tt]he Victim\b(?!s)|(?<![\w])Victim\b(?!s|\s+Support)"),
    PseudonymRule("the Perpetrator", r"\b[Tt]he Perpetrator\b(?!s)|(?<![\w])Perpetrator\b(?!s)"),
    PseudonymRule("PFP", r"\b[Tt]he PFP\b|(?<![\w])PFP(?!\w)"),
    PseudonymRule("M", r"(?<![\w.’'/-])(?:MGM|M)(?![\w/-]|\.\w)"),
] + [PseudonymRule(p, r"(?<![\w.’'/-])" + p + r"(?![\w/-]|\.\w)")
     for p in ("S1", "S2", "S3", "S4", "S5", "P1", "F1", "F2")]

# The guidance quotation keeps its generic "the Victim, the Perpetrator".
PROTECT = ["identity of the Victim, the Perpetrator and their families"]

# Lower-case mentions that do denote this case's people (see module docstring).
LOWER_CASE_MENTIONS = [
    ("regarding her ex-partner, the perpetrator, harassing her",
     "regarding her ex-partner, the Perpetrator, harassing her"),
    ("the 2 year old; the perpetrator often does not return", "the 2 year old; the Perpetrator often does not return"),
    ("the father was not the perpetrator.", "the father was not the Perpetrator."),
    ("the case with the victim's siblings had been closed", "the case with the Victim's siblings had been closed"),
    ("Officers attended but the perpetrator had gone", "Officers attended but the Perpetrator had gone"),
    ("The perpetrator was arrested on suspicion of murder", "The Perpetrator was arrested on suspicion of murder"),
]


def build(seed_text: str, ctx: Ctx) -> DocResult:
    md = clean(seed_text)
    for old, new in LOWER_CASE_MENTIONS:
        assert md.count(old) == 1, old
        md = md.replace(old, new)
    cast = build_cast(SPECS, ctx.names)
    val = V.Values(ctx.rng, ctx.used)
    pieces: List[Piece] = [md]
    pieces = _ages(pieces)
    pieces = _details(pieces, val, cast)
    pieces = reidentify(pieces, RULES, cast, ctx.rng, protect=PROTECT,
                        upper_heading=lambda line: line.strip() in ("### The Victim", "### The Perpetrator and PFP"))
    return DocResult(name=NAME, seed=SEED, review="overview", pieces=pieces, cast=cast,
                     professionals=PANEL, keep=["Clare’s Law", "Clare Wood"], must_keep=_must_keep())


def _ages(pieces: List[Piece]) -> List[Piece]:
    A = V.age_ident
    pieces = sub(pieces, "of the death of a woman aged 21 years", "of the death of a woman {a}", nth=0,
                 count=2, a=A("aged 21 years", "in her early twenties", "the Victim", "aged"))
    pieces = sub(pieces, "of the death of a woman aged 21 years", "of the death of a woman {a}", nth=0,
                 count=1, a=A("aged 21 years", "in her early twenties", "the Victim", "aged"))
    edits = [
        ("the death of a 21 year old woman", "the death of {a}",
         dict(a=A("a 21 year old woman", "a woman in her early twenties", "the Victim", "n_year_old_noun"))),
        ("Female – Aged 21, Mother of S3", "Female – {a}, Mother of S3",
         dict(a=A("Aged 21", "In her early twenties", "the Victim", "table"))),
        ("The Victim was 21 years old when she died", "The Victim was {a} when she died",
         dict(a=A("21 years old", "in her early twenties", "the Victim", "years_old"))),
        ("Her son was 3 years of age.", "Her son was {a}.", dict(a=A("3 years of age", "under 16", "S3", "years_of_age"))),
        ("The children were then 2 years old and a baby", "The children were then {a} and a baby",
         dict(a=A("2 years old", "under 16", "S1", "years_old"))),
        ("when he had access to the 2 year old;", "when he had access to {a};",
         dict(a=A("the 2 year old", "the child under 16", "S1", "n_year_old"))),
        ("where a 26 year old man had self-inflicted", "where {a} had self-inflicted",
         dict(a=A("a 26 year old man", "a man in his mid-twenties", "the Perpetrator", "n_year_old_noun"))),
        ("a 12 year old boy, the Victim's brother", "{a}, the Victim's brother",
         dict(a=A("a 12 year old boy", "a boy under 16", "S4", "n_year_old_noun"))),
    ]
    for find, tmpl, ids in edits:
        pieces = sub(pieces, find, tmpl, count=1, **ids)
    return pieces


def _details(pieces: List[Piece], val: V.Values, cast) -> List[Piece]:
    pfp, per = cast["PFP"], cast["the Perpetrator"]
    streets = [a + " " + b for a in STREET_A for b in STREET_B]
    home_pc = val.postcode("B98")
    home = f"{val.house()} {val.pick(streets)}, Redditch {home_pc}"
    pfp_flat = f"Flat {val.rng.randrange(1, 9)}, {val.house()} {val.pick(streets)}, Acocks Green {val.postcode('B27')}"
    parents = f"{val.house()} {val.pick(streets)}, Yardley {val.postcode('B25')}"
    edits = [
        ("| Victim | Born 1993 |", "| Victim | Born {d} |",
         dict(d=V.dob("02/03/1993", "1993", "the Victim", "dob_table"))),
        ("| Perpetrator | Born 1983 |", "| Perpetrator | Born {d} |",
         dict(d=V.dob("11/12/1983", "1983", "the Perpetrator", "dob_table"))),
        ("| PFP | Born 1983 |", "| PFP | Born {d} |",
         dict(d=V.dob("17 August 1983", "1983", "PFP", "dob_table"))),
        ("| S3 | Born 2011 |", "| S3 | Born {d} |",
         dict(d=V.dob("25/09/2011", "2011", "S3", "dob_table"))),
        ("West Mercia Police attended at the home address of the Victim on the morning",
         "West Mercia Police attended at {a}, the home address of the Victim, on the morning",
         dict(a=V.address(home, "Redditch", "the Victim"))),
        ("as the area was a new build they had some difficulty", "as the area ({p}) was a new build they had "
         "some difficulty", dict(p=V.postcode(home_pc, "the Victim"))),
        ("the Perpetrator arrived at her flat, walked into the kitchen",
         "the Perpetrator arrived at her flat, {a}, walked into the kitchen",
         dict(a=V.address(pfp_flat, "Acocks Green", "PFP"))),
        ("Police were called to the Perpetrator's parent's address where he had attended with a friend",
         "Police were called to the Perpetrator's parent's address, {a}, where he had attended with a friend",
         dict(a=V.address(parents, "Yardley", None))),
        ("via 999 from his mobile telephone, saying", "via 999 from his mobile telephone ({t}), saying",
         dict(t=V.phone(val.mobile(), "the Perpetrator"))),
        ("the Victim completed a new patient registration form at a GP surgery",
         "the Victim completed a new patient registration form (NHS number {n}) at a GP surgery",
         dict(n=V.nhs(val.nhs_number(), "the Victim"))),
        ("PFP contacted West Midlands Police saying that she was at her mother's house",
         "PFP contacted West Midlands Police, by email from {e}, saying that she was at her mother's house",
         dict(e=V.email(f"{V.slug(pfp.first)}.{V.slug(pfp.surname)[0]}83@example.org", "PFP"))),
        ("she struck up an internet/Facebook relationship with the Perpetrator,",
         "she struck up an internet/Facebook relationship with the Perpetrator (on Facebook as {h}),",
         dict(h=V.handle(f"@{V.slug(per.alias or per.first)}.{V.slug(per.surname)[0]}83", "the Perpetrator"))),
        ("they were found a school in Redditch, but S4", "they were found places at {s} in Redditch, but S4",
         dict(s=V.school(val.pick([x for x in SCHOOLS if "Academy" in x]), "S4"))),
    ]
    for find, tmpl, ids in edits:
        pieces = sub(pieces, find, tmpl, count=1, **ids)
    return pieces


def _must_keep():
    keep = [(n, "PROFESSIONAL") for n, _ in PANEL] + [
        ("Mr Malcolm Ross", "PROFESSIONAL"), ("DCI Pettit", "PROFESSIONAL"), ("DCI 4565 Dunn", "PROFESSIONAL"),
        ("Clare Wood", "PUBLIC_CASE"), ("Brian Moore", "PROFESSIONAL"), ("Chief Constable Moore", "PROFESSIONAL"),
        ("Humphreys C., Regan L., River D.", "CITATION"),
        ("Clare’s Law", "LAW"), ("a person aged 16 or over", "STATUTE"), ("those aged 16 or over", "STATUTE"),
        ("prisoners aged over 18", "NOT_AN_AGE"), ("he should serve 19 years", "NOT_AN_AGE"),
        ("over 80 Serious Case Reviews", "NOT_AN_AGE"), ("15 months imprisonment", "NOT_AN_AGE"),
        ("52 weeks imprisonment", "NOT_AN_AGE"), ("20 weeks pregnant", "NOT_AN_AGE"), ("13 weeks pregnant", "NOT_AN_AGE"),
        ("West Mercia Police", "AGENCY"), ("West Midlands Police", "AGENCY"), ("Warwickshire Police", "AGENCY"),
        ("Heart of England NHS Foundation Trust", "AGENCY"), ("Pathway to Recovery", "AGENCY"),
        ("Birmingham", "PLACE"), ("Worcestershire", "PLACE"), ("Warwickshire", "PLACE"), ("Solihull", "PLACE"),
        ("Spain", "PLACE"), ("Pakistan", "PLACE"), ("Warwick Road", "PLACE"),
        ("16th March 2014", "DATE"), ("13th December 2013", "DATE"), ("25th September 2011", "DATE"),
        ("identity of the Victim, the Perpetrator and their families", "GENERIC_ROLE"),
        ("the needs of the victim and the perpetrator", "GENERIC_ROLE"),
        ("Victims Code", "NOT_A_NAME"), ("DVPN/O", "ACRONYM"), ("M.Sc.", "ACRONYM"), ("Class A", "NOT_A_NAME"),
    ]
    return keep
