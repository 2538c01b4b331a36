"""Invented people and the ways a draft writes their names.

Every name here is invented by hand for this corpus (see identities.py); none
belongs to anyone connected with the published reviews the seeds come from.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from typing import List, Optional

from .model import Ident

@dataclass
class Person:
    pseudonym: str            # the seed's own pseudonym, e.g. "N", "Mr E", "the Victim"
    first: str
    surname: str
    gender: str               # "female" | "male"
    role: str                 # victim | perpetrator | child | family | former_partner | ...
    title: str = ""           # Mr / Mrs / Ms / Miss; "" for children (never titled)
    alias: Optional[str] = None
    misspelt: Optional[str] = None   # exactly one edit away from first or surname
    child: bool = False
    main: bool = False        # main subjects get every name form, extras a few
    description: str = ""     # for case.toml / README, e.g. "previous partner of N"
    auto_specials: bool = True  # False where a template places the special forms itself
    ordinary_forms: tuple = ()  # restrict the forms chosen for ordinary mentions

    @property
    def full(self) -> str:
        return f"{self.first} {self.surname}"

    @property
    def initials(self) -> str:
        # "A.K." -- first letter of the first name and of the surname proper
        # (O'Connell -> O, Hughes-Mbeki -> H).
        return f"{self.first[0]}.{self.surname[0]}."

    def misspelling(self) -> str:
        return self.misspelt or misspell(self.first)

    def text(self, form: str, title_hint: str = "") -> str:
        """The draft text for a (non-possessive) form."""
        title = title_hint or self.title
        if form == "full":
            return self.full
        if form == "first":
            return self.first
        if form == "surname":
            return self.surname
        if form == "title_surname":
            return f"{title} {self.surname}"
        if form == "title_first":
            return f"{title} {self.first}"
        if form == "alias":
            return self.alias or self.first
        if form == "upper":
            return self.full.upper()
        if form == "initials":
            return self.initials
        if form == "misspelling":
            return self.misspelling()
        if form == "split":
            # A hard line break (two trailing spaces) between first name and
            # surname: DOCX gets <w:br/>, the PDF two lines.
            return f"{self.first}  \n{self.surname}"
        raise ValueError(form)


def misspell(name: str) -> str:
    """One deletion in the middle of the name: Natasha -> Natsha."""
    if len(name) < 5:
        return name[:-1] + name[-1] * 2          # Zoë -> Zoëë is silly; callers override
    i = len(name) // 2
    return name[:i] + name[i + 1:]


# --- expected text for a mention --------------------------------------------

def expected_pseudonym(p: Person, at_start: bool, upper: bool) -> str:
    """The pseudonym as the policy writes it at this position.

    Upper-case headings upper-case the pseudonym (``THE VICTIM``); at a
    sentence or cell start a role pseudonym gets its capital (``The victim``).
    """
    s = p.pseudonym
    if upper:
        return s.upper()
    if at_start and s[:1].islower():
        return s[0].upper() + s[1:]
    return s


def person_ident(p: Person, form: str, text: str, at_start: bool,
                 upper: bool = False) -> Ident:
    return Ident(text=text, category="PERSON", subject=p.pseudonym, form=form,
                 action="pseudonymise",
                 expected=expected_pseudonym(p, at_start, upper or form == "upper"))


# --- choosing forms for a run of mentions -----------------------------------

@dataclass
class Mention:
    ctx: str            # body | heading | table | footnote | toc
    possessive: bool
    upper: bool = False  # the whole line is upper case (heading)
    title_hint: str = ""  # "Mr." when the seed wrote "Mr. E"
    whole_cell: bool = False  # the mention is a whole table cell
    form: str = ""


def plan_forms(p: Person, mentions: List[Mention], rng: random.Random) -> None:
    """Assign a form to every mention of one person, deterministically.

    Main subjects get the full repertoire (exactly one misspelling, one split,
    one or two initials); others mostly first names, children only first
    names.  The first body mention is the full name, as a writer would do.
    """
    if not mentions:
        return
    body = [i for i, m in enumerate(mentions) if m.ctx == "body" and not m.possessive]
    specials = {}
    if p.main and p.auto_specials and len(body) >= 8:
        pool = body[1:]
        picks = rng.sample(pool, 4)
        specials[picks[0]] = "misspelling"
        specials[picks[1]] = "split"
        specials[picks[2]] = "initials"
        if len(body) >= 30:
            specials[picks[3]] = "initials"
    first_body_done = False
    table_upper_done = False
    for i, m in enumerate(mentions):
        if m.upper:
            m.form = "upper"
            continue
        if m.whole_cell and p.main and not table_upper_done and not m.possessive:
            m.form = "upper"      # the subjects table of a draft often shouts the names
            table_upper_done = True
            continue
        if m.ctx in ("heading", "table", "toc") and not m.possessive:
            m.form = "full" if (m.ctx != "heading" or not first_body_done) else "first"
            if p.child:
                m.form = "first" if m.ctx != "table" else "full"
            continue
        if i in specials:
            m.form = specials[i]
            continue
        if p.child:
            m.form = "first"       # children are written by first name only
            continue
        if not first_body_done and not m.possessive:
            m.form = "full"
            first_body_done = True
            continue
        m.form = _ordinary_form(p, m, rng)


def _ordinary_form(p: Person, m: Mention, rng: random.Random) -> str:
    if p.child:
        return "first"
    if p.ordinary_forms:
        return rng.choice(p.ordinary_forms)
    choices = [("first", 50), ("title_surname", 22), ("full", 10)]
    if p.alias:
        choices.append(("alias", 12))
    if m.title_hint:
        # The seed wrote "Mr. E": such a report habitually titles people.
        choices = [("title_surname", 55), ("first", 25), ("full", 10)]
        if p.alias:
            choices.append(("alias", 10))
    if not p.main:
        choices = [("first", 60), ("title_surname", 25), ("full", 15)]
    forms, weights = zip(*choices)
    return rng.choices(forms, weights)[0]

