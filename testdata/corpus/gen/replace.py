"""Re-identification: replace a seed's pseudonyms by invented names.

The seed is the *expected output*; here every pseudonym mention becomes a name
form a drafting author would have typed, and each becomes an Ident whose
``expected`` is the pseudonym again.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import Callable, Dict, List, Sequence, Tuple

from .model import Ident, Piece, normalise
from .people import Mention, Person, expected_pseudonym, plan_forms

# Text before a mention that means "this is the start of a sentence or cell".
_START_BEFORE = re.compile(
    r"(?:^|[.!?]\s+|\|\s*|^\s*(?:#+|-|\d+(?:\.\d+)*\.?|\[\^\d+\]:)\s+)[*_“\"‘'(\[]*$")
_POSSESSIVE_AFTER = re.compile(r"^['’]s(?!\w)")


@dataclass
class PseudonymRule:
    """How one subject's pseudonym appears in the seed.

    ``regex`` must match the whole pseudonym token (e.g. ``Mr\\.? E`` or
    ``[Tt]he Victim``); the lookarounds in it encode the rules for telling a
    pseudonym from an article, an initial in an abbreviation or a list label.
    """
    pseudonym: str
    regex: str


@dataclass
class _Hit:
    piece: int
    start: int
    end: int
    gpos: int
    person: Person
    token: str
    mention: Mention
    at_start: bool


def _line_at(text: str, gpos: int) -> Tuple[int, str]:
    ls = text.rfind("\n", 0, gpos) + 1
    le = text.find("\n", gpos)
    return ls, text[ls:le if le >= 0 else len(text)]


def _whole_cell(line: str, a: int, b: int) -> bool:
    left = line[:a].rstrip(" *")
    right = line[b:].lstrip(" *")
    return left.endswith("|") and right.startswith("|")


def _context(line: str) -> str:
    if line.startswith("#"):
        return "heading"
    if line.lstrip().startswith("|"):
        return "table"
    if line.startswith("[^") or line.startswith("    "):
        return "footnote"
    return "body"


def reidentify(pieces: List[Piece], rules: Sequence[PseudonymRule], cast: Dict[str, Person],
               rng: random.Random, protect: Sequence[str] = (),
               upper_heading: Callable[[str], bool] = lambda line: False) -> List[Piece]:
    """Replace every pseudonym mention in the plain-text pieces."""
    pieces = normalise(pieces)
    compiled = [(re.compile(r.regex), cast[r.pseudonym]) for r in rules]
    # global text, to see whole lines across piece boundaries
    gtext = "".join(p if isinstance(p, str) else p.text for p in pieces)
    offsets = []
    pos = 0
    for p in pieces:
        offsets.append(pos)
        pos += len(p if isinstance(p, str) else p.text)

    hits: List[_Hit] = []
    for i, p in enumerate(pieces):
        if not isinstance(p, str):
            continue
        guarded = _protected_intervals(p, protect)
        found = []
        for rx, person in compiled:
            for m in rx.finditer(p):
                if any(a <= m.start() < b for a, b in guarded):
                    continue
                found.append((m.start(), -(m.end() - m.start()), m, person))
        found.sort(key=lambda t: (t[0], t[1]))
        last_end = -1
        for start, _, m, person in found:
            if start < last_end:
                continue            # overlapping alternative: keep earliest, longest
            last_end = m.end()
            g = offsets[i] + start
            ls, line = _line_at(gtext, g)
            before = gtext[ls:g]
            after = p[m.end():m.end() + 3]
            ctx = _context(line)
            upper = ctx == "heading" and upper_heading(line)
            title = re.match(r"(Mr|Mrs|Ms|Miss)\.?", m.group(0))
            mention = Mention(ctx=ctx, possessive=bool(_POSSESSIVE_AFTER.match(after)),
                              upper=upper, title_hint=title.group(0) if title else "",
                              whole_cell=ctx == "table" and _whole_cell(line, g - ls, g - ls + len(m.group(0))))
            hits.append(_Hit(i, start, m.end(), g, person, m.group(0), mention,
                             bool(_START_BEFORE.search(before))))

    by_person: Dict[str, List[_Hit]] = {}
    for h in sorted(hits, key=lambda h: h.gpos):
        by_person.setdefault(h.person.pseudonym, []).append(h)
    for key in sorted(by_person):
        plan_forms(cast[key], [h.mention for h in by_person[key]], rng)

    upper_lines = {(_line_at(gtext, h.gpos)[0]) for h in hits if h.mention.upper}
    return _rebuild(pieces, hits, offsets, gtext, upper_lines)


def _protected_intervals(text: str, protect: Sequence[str]) -> List[Tuple[int, int]]:
    out = []
    for s in protect:
        j = text.find(s)
        while j >= 0:
            out.append((j, j + len(s)))
            j = text.find(s, j + 1)
    return out


def _ident_for(h: _Hit) -> Ident:
    p, m = h.person, h.mention
    text = p.text(m.form, m.title_hint)
    if m.form == "upper":
        label = "upper"
    elif m.possessive and m.form not in ("misspelling", "split", "initials"):
        label = "possessive"
    else:
        label = m.form
    return Ident(text=text, category="PERSON", subject=p.pseudonym, form=label,
                 action="pseudonymise",
                 expected=expected_pseudonym(p, h.at_start, m.form == "upper"))


def _rebuild(pieces: List[Piece], hits: List[_Hit], offsets: List[int], gtext: str,
             upper_lines: set) -> List[Piece]:
    hits_by_piece: Dict[int, List[_Hit]] = {}
    for h in hits:
        hits_by_piece.setdefault(h.piece, []).append(h)
    out: List[Piece] = []
    for i, p in enumerate(pieces):
        if not isinstance(p, str):
            out.append(p)
            continue
        cur = 0
        for h in sorted(hits_by_piece.get(i, []), key=lambda h: h.start):
            out.append(_upper_if(p[cur:h.start], offsets[i] + cur, gtext, upper_lines))
            out.append(_ident_for(h))
            cur = h.end
        out.append(_upper_if(p[cur:], offsets[i] + cur, gtext, upper_lines))
    return normalise(out)


def _upper_if(s: str, gstart: int, gtext: str, upper_lines: set) -> str:
    """Upper-case the parts of ``s`` that lie on an upper-cased heading line."""
    if not upper_lines or not s:
        return s
    out = []
    ls = gtext.rfind("\n", 0, gstart) + 1
    for k, ch in enumerate(s):
        if ch == "\n":
            out.append(ch)
            ls = gstart + k + 1
            continue
        out.append(ch.upper() if ls in upper_lines else ch)
    return "".join(out)
