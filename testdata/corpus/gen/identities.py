"""Invented identities: the committed cast of each document and the pools the
``--variants`` option draws from.

All names were made up for this corpus by combining common first names and
surnames; they are deliberately varied (British, South Asian, Eastern European,
Irish with apostrophes, hyphenated, diacritics) and include names that are
also English words (Will, Hope, Rose, Grace, Mark; Baker, Wood, Young), because
those are what a detector gets wrong.  No name is that of a person connected
with the reviews the seeds were published from.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Dict, List, Optional, Tuple

from .people import Person

FIRST = {
    ("female", "british"): ["Natalie", "Kerry", "Leanne", "Joanne", "Danielle", "Hannah",
                            "Chloe", "Megan", "Gemma", "Tracey", "Stacey", "Lauren"],
    ("female", "irish"): ["Aoife", "Niamh", "Róisín", "Ciara", "Siobhán", "Orla"],
    ("female", "south_asian"): ["Ayesha", "Nadia", "Priya", "Samina", "Farah", "Harpreet"],
    ("female", "east_european"): ["Agnieszka", "Katarzyna", "Oksana", "Ilona", "Zuzana", "Małgorzata"],
    ("female", "word"): ["Hope", "Rose", "Grace", "Joy", "Faith", "Holly"],
    ("female", "diacritic"): ["Zoë", "Chloë", "Renée", "Anaïs"],
    ("male", "british"): ["Darren", "Lee", "Craig", "Gary", "Ryan", "Jason", "Liam", "Dean",
                          "Lewis", "Callum", "Shaun", "Wayne"],
    ("male", "irish"): ["Ciarán", "Seán", "Declan", "Eoin", "Padraig", "Cormac"],
    ("male", "south_asian"): ["Imran", "Tariq", "Faisal", "Adnan", "Sajid", "Arjun", "Kamran"],
    ("male", "east_european"): ["Tomasz", "Paweł", "Andrzej", "Marek", "Lukáš", "Dariusz"],
    ("male", "word"): ["Will", "Mark", "Frank", "Rob", "Jack", "Bill"],
}
SURNAME = {
    "british": ["Baker", "Wood", "Young", "Whitlock", "Pennington", "Ashworth", "Kendrick",
                "Dempsey", "Thornley", "Fairbrother", "Hollis", "Marsden"],
    "irish": ["O'Connell", "O'Driscoll", "O'Hara", "McAuley", "O'Rourke", "Ní Bhriain"],
    "hyphenated": ["Hughes-Mbeki", "Ashworth-Hale", "Carter-Nwosu", "Lloyd-Ramos", "Price-Adeyemi"],
    "south_asian": ["Mahmood", "Qadir", "Siddiqui", "Rana", "Chaudhry", "Malik", "Bhatti"],
    # (female, male) forms where the language inflects surnames by gender
    "east_european": [("Kowalczyk", "Kowalczyk"), ("Wiśniewska", "Wiśniewski"),
                      ("Nowak", "Nowak"), ("Dvořáková", "Dvořák"), ("Zielińska", "Zieliński")],
}
ALIASES = {
    "Natalie": "Nat", "Danielle": "Dani", "Katarzyna": "Kasia", "Małgorzata": "Gosia",
    "Agnieszka": "Aga", "Zoë": "Zo", "Darren": "Daz", "Tariq": "Taz", "Imran": "Immy",
    "Leanne": "Lea", "Callum": "Cal", "Padraig": "Paddy", "Tomasz": "Tomek",
    "Andrzej": "Andy", "Stacey": "Stace", "Joanne": "Jo", "Hannah": "Han",
}
STREET_A = ["Larkspur", "Tithebarn", "Quillet", "Fennimore", "Brackley", "Winnow", "Hazelgrove",
            "Tanners", "Cobbold", "Marrowfield", "Pennant", "Kestrel", "Sallow", "Cindermill",
            "Ormond", "Quince Tree", "Saffron", "Lapwing", "Thistledown", "Furnace"]
STREET_B = ["Close", "Walk", "Rise", "Mews", "Way", "Gardens", "Crescent", "Row", "Lane", "Court"]
SCHOOLS = ["Fenpark Meadows High School", "Kingfisher Reach Academy",
           "St Aldwyn's C of E Primary School", "Brookhollow Primary School",
           "Hawthorn Vale High School", "Larkrise Junior School", "Millbeck Academy",
           "Quarrybank Infant School"]
EMPLOYERS = ["Larchwood Grange Care Home", "Brindley Lane Logistics", "Fosseway Fresh Foods Ltd",
             "Cinder Hill Motors", "Pennant Print & Packaging", "Amberlight Cleaning Services",
             "Kestrel Valley Windows", "Hollybank Home Care Ltd"]
PUBS = ["the Old Pump and Lantern", "the Lamplighter's Rest", "the Kiln and Kettle",
        "the Coopers' Retreat", "the Drowsy Heron", "the Wheelwright's Arms"]


@dataclass
class RoleSpec:
    """One subject as the seed defines it, and its committed identity."""
    pseudonym: str
    gender: str
    role: str
    description: str
    first: str
    surname: str
    title: str = ""
    alias: Optional[str] = None
    misspelt: Optional[str] = None
    main: bool = False
    child: bool = False
    flavour: Tuple[str, str] = ("british", "british")   # (first-name pool, surname pool)
    surname_of: Optional[str] = None                     # children/family share a surname


def build_cast(specs: List[RoleSpec], rng: Optional[random.Random]) -> Dict[str, Person]:
    """The committed cast (rng None) or a freshly drawn one for a variant."""
    cast: Dict[str, Person] = {}
    taken: set = set()
    for s in specs:
        if rng is None:
            first, surname, alias, misspelt = s.first, s.surname, s.alias, s.misspelt
        else:
            first, surname = _draw(s, rng, cast, taken)
            alias = ALIASES.get(first) if s.alias or s.main else None
            misspelt = None
        taken.update({first, surname})
        cast[s.pseudonym] = Person(
            pseudonym=s.pseudonym, first=first, surname=surname, gender=s.gender,
            role=s.role, title="" if s.child else s.title, alias=alias, misspelt=misspelt,
            child=s.child, main=s.main, description=s.description)
    return cast


def _draw(s: RoleSpec, rng: random.Random, cast: Dict[str, Person], taken: set) -> Tuple[str, str]:
    fpool = [n for n in FIRST[(s.gender, s.flavour[0])] if n not in taken]
    first = rng.choice(fpool)
    if s.surname_of and s.surname_of in cast:
        shared = cast[s.surname_of].surname
        for pair in SURNAME["east_european"]:       # Dvořáková's son is a Dvořák
            if shared in pair:
                return first, pair[0] if s.gender == "female" else pair[1]
        return first, shared
    pool = SURNAME[s.flavour[1]]
    choice = rng.choice([x for x in pool if (x if isinstance(x, str) else x[0]) not in taken])
    if isinstance(choice, tuple):
        choice = choice[0] if s.gender == "female" else choice[1]
    return first, choice
