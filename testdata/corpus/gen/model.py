"""Core data model: a document is built as a list of pieces.

A piece is either plain text (``str``) or an :class:`Ident` -- one identifier
occurrence that was inserted into the draft.  Building the draft and the
expected text from the *same* list of pieces is what guarantees that
``truth.json`` offsets, ``draft.md`` and ``expected.md`` agree: nothing is ever
searched for after the fact, every span is known by construction.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import List, Optional, Union

CATEGORIES = (
    "PERSON", "AGE", "DOB", "ADDRESS", "POSTCODE", "PHONE", "EMAIL",
    "NHS_NUMBER", "NI_NUMBER", "VEHICLE", "HANDLE", "SCHOOL", "EMPLOYER", "PUB",
)
ACTIONS = ("pseudonymise", "generalise", "remove")
PARTS = ("body", "header", "footnote", "comment", "deletion", "properties")


@dataclass
class Ident:
    """One identifier occurrence in the draft and what it must become."""
    text: str                 # characters as they appear in draft.md
    category: str
    subject: Optional[str]    # pseudonym of the person it belongs to
    form: str
    action: str
    expected: str             # replacement in expected.md
    part: str = "body"        # filled in after assembly (see regions.py)

    def __post_init__(self) -> None:
        assert self.category in CATEGORIES, self.category
        assert self.action in ACTIONS, self.action


Piece = Union[str, Ident]


@dataclass
class Span:
    start: int
    end: int
    ident: Ident


@dataclass
class Assembled:
    draft: str
    expected: str
    spans: List[Span] = field(default_factory=list)


def assemble(pieces: List[Piece]) -> Assembled:
    """Concatenate pieces into draft and expected text, recording spans."""
    draft: List[str] = []
    expected: List[str] = []
    spans: List[Span] = []
    pos = 0
    for p in pieces:
        if isinstance(p, str):
            draft.append(p)
            expected.append(p)
            pos += len(p)
        else:
            spans.append(Span(pos, pos + len(p.text), p))
            draft.append(p.text)
            expected.append(p.expected)
            pos += len(p.text)
    return Assembled("".join(draft), "".join(expected), spans)


# --- matching rules shared with check.py (kept identical on purpose) --------

def word_regex(text: str) -> "re.Pattern[str]":
    """Whole-word, case-sensitive; whitespace in ``text`` matches any run.

    "Whole word" means: not preceded or followed by a word character.  This is
    the rule truth.json's ``occurrence`` and must_keep ``count`` are defined by.
    """
    parts = [re.escape(t) for t in text.split()]
    body = r"\s+".join(parts)
    return re.compile(r"(?<!\w)" + body + r"(?!\w)")


def occurrences(haystack: str, text: str) -> List[tuple]:
    return [(m.start(), m.end()) for m in word_regex(text).finditer(haystack)]


# --- editing pieces ----------------------------------------------------------

def _placeholder_split(template: str, idents: dict) -> List[Piece]:
    """Turn ``"S, then {age}"`` + ``{"age": Ident}`` into pieces."""
    out: List[Piece] = []
    pos = 0
    for m in re.finditer(r"\{(\w+)\}", template):
        if m.group(1) not in idents:
            continue
        out.append(template[pos:m.start()])
        out.append(idents[m.group(1)])
        pos = m.end()
    out.append(template[pos:])
    return [p for p in out if p != ""]


def sub(pieces: List[Piece], find: str, template: str, nth: int = 0,
        count: Optional[int] = None, **idents: Ident) -> List[Piece]:
    """Replace the ``nth`` literal occurrence of ``find`` in the plain text.

    ``template`` may contain ``{name}`` placeholders for Idents.  ``count``,
    when given, asserts how many times ``find`` occurs in the plain text: the
    generator then fails loudly if the seed text ever changes under it.
    """
    seen = 0
    total = sum(p.count(find) for p in pieces if isinstance(p, str))
    if count is not None and total != count:
        raise AssertionError(f"{find!r}: expected {count} occurrences, found {total}")
    for i, p in enumerate(pieces):
        if not isinstance(p, str):
            continue
        start = 0
        while True:
            j = p.find(find, start)
            if j < 0:
                break
            if seen == nth:
                repl = _placeholder_split(template, idents)
                return pieces[:i] + [p[:j]] + repl + [p[j + len(find):]] + pieces[i + 1:]
            seen += 1
            start = j + len(find)
    raise AssertionError(f"edit target not found: {find!r} (nth={nth}, seen={seen})")


def normalise(pieces: List[Piece]) -> List[Piece]:
    """Merge adjacent strings and drop empty ones."""
    out: List[Piece] = []
    for p in pieces:
        if isinstance(p, str):
            if not p:
                continue
            if out and isinstance(out[-1], str):
                out[-1] += p
                continue
        out.append(p)
    return out
