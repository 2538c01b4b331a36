"""What every document module returns, and shared building blocks."""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

from .model import Piece
from .people import Person


@dataclass
class DocResult:
    name: str                          # folder name: seed000, sample, ...
    seed: Optional[str]                # seed file name, or None for our own documents
    review: str                        # overview | summary
    pieces: List[Piece]
    cast: Dict[str, Person]            # pseudonym -> invented person (ordered)
    professionals: List[Tuple[str, str]]   # (name, role) named on purpose
    keep: List[str]                    # [[keep]] entries for case.toml
    must_keep: List[Tuple[str, str]]   # (text, category) candidates; counted later


@dataclass
class Ctx:
    """Randomness for one document variant.

    ``names`` is None for the committed corpus (hand-picked casts); a variant
    draws its cast from it.  ``rng`` drives everything else (form choice,
    numbers, addresses) and is seeded per document so that documents do not
    influence each other.
    """
    rng: random.Random
    names: Optional[random.Random]
    used: set = field(default_factory=set)
