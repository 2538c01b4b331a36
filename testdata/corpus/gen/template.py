"""A small template language for the documents written from scratch.

    ⟦Abi⟧              a mention of the subject whose pseudonym is "Abi"; the
                       form is chosen like any seed mention (possessive "'s"
                       after it is detected)
    ⟦Abi|title_surname⟧  the same with a forced form (any PERSON form, or
                       "possessive:first" for a bare-apostrophe possessive)
    ⟦#key⟧             another identifier, prepared by the document module

Everything else is the Markdown of the draft.  Forced forms are what lets a
document put "Mr Okafor" and "Mrs Okafor" -- two subjects -- side by side.
"""
from __future__ import annotations

import random
import re
from typing import Dict, List

from .model import Ident, Piece, normalise
from .people import Person, expected_pseudonym
from .replace import _START_BEFORE, PseudonymRule, reidentify

_MARK = re.compile(r"⟦([^⟧|]+)(?:\|([^⟧]+))?⟧")


def expand(template: str, cast: Dict[str, Person], idents: Dict[str, Ident],
           rng: random.Random) -> List[Piece]:
    pieces: List[Piece] = []
    pos = 0
    for m in _MARK.finditer(template):
        key, form = m.group(1), m.group(2)
        if key.startswith("#"):
            pieces += [template[pos:m.start()], idents[key[1:]]]
        elif form:
            line_start = template.rfind("\n", 0, m.start()) + 1
            at_start = bool(_START_BEFORE.search(_plain(template[line_start:m.start()])))
            ident = _forced(cast[key], form, at_start)
            if re.match(r"['’]s(?!\w)", template[m.end():m.end() + 3]) and \
                    ident.form not in ("upper", "misspelling", "split", "initials"):
                ident.form = "possessive"
            pieces += [template[pos:m.start()], ident]
        else:
            pieces.append(template[pos:m.end()])      # left for reidentify()
        pos = m.end()
    pieces.append(template[pos:])
    rules = [PseudonymRule(k, re.escape(f"⟦{k}⟧")) for k in cast]
    # Upper-case headings are written upper case in the template, with |upper.
    return reidentify(normalise(pieces), rules, cast, rng)


def _plain(s: str) -> str:
    """Template text before a marker as it will read (markers -> a word)."""
    return _MARK.sub("X", s)


def _forced(p: Person, form: str, at_start: bool) -> Ident:
    label = form
    if form.startswith("possessive:"):
        label, form = "possessive", form.split(":", 1)[1]
    text = p.text(form)
    return Ident(text=text, category="PERSON", subject=p.pseudonym, form=label, action="pseudonymise",
                 expected=expected_pseudonym(p, at_start, form == "upper"))
