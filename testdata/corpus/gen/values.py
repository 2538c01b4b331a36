"""Fictional-safe identifier values and the expected text for each.

Why each range is safe:
- phones: Ofcom's drama ranges 07700 900000-900999, 01632 960000-960999,
  020 7946 0000-0999 are never allocated to real subscribers;
- e-mail: example.com / example.org are reserved (RFC 2606);
- NHS numbers: the 999 000 0000 - 999 999 9999 block is never issued to
  patients; we still give each a valid modulus-11 check digit so a checksum-
  validating detector accepts it;
- NI numbers: the prefix QQ is never issued (HMRC uses it in examples);
- vehicle registrations: the last three letters of a current-style plate never
  contain I or Q, so a Q there makes the plate unissuable;
- streets, schools, employers and pubs are invented word combinations.
"""
from __future__ import annotations

import random
from typing import List, Optional, Set

from .model import Ident

# --- ages -------------------------------------------------------------------

_DECADES = {2: "twenties", 3: "thirties", 4: "forties", 5: "fifties",
            6: "sixties", 7: "seventies", 8: "eighties", 9: "nineties"}


def band(age: int) -> str:
    """'mid-thirties', 'early twenties', ... for ages of 20 and over."""
    assert age >= 20
    d, u = divmod(age, 10)
    if u <= 3:
        return f"early {_DECADES[d]}"
    if u <= 6:
        return f"mid-{_DECADES[d]}"
    return f"late {_DECADES[d]}"


def young_band(age: int) -> Optional[str]:
    """Bands that keep the statutory thresholds 16 and 18."""
    if age < 16:
        return "under 16"
    if age < 18:
        return "aged 16 or 17"
    if age < 20:
        return "aged 18 or 19"
    return None


def aged(age: int, pron: str) -> str:
    """'aged 34' -> 'in her mid-thirties'; 'aged 17' -> 'aged 16 or 17'."""
    return young_band(age) or f"in {pron} {band(age)}"


def noun_phrase(age: int, noun: str, pron: str, article: str = "a") -> str:
    """'a 38 year old woman' -> 'a woman in her late thirties'."""
    art = f"{article} " if article else ""
    return f"{art}{noun} {aged(age, pron)}"


def bare(age: int) -> str:
    """A table cell: '33' -> 'early thirties'."""
    yb = young_band(age)
    if yb:
        return yb.replace("aged ", "")
    return band(age)


def age_ident(text: str, expected: str, subject: Optional[str], form: str) -> Ident:
    return Ident(text, "AGE", subject, form, "generalise", expected)


# --- structured identifiers ---------------------------------------------------

_POSTCODE_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"   # inward-code letters never use CIKMOV


def nhs_check_digit(nine: str) -> Optional[int]:
    total = sum(int(d) * w for d, w in zip(nine, range(10, 1, -1)))
    check = 11 - total % 11
    if check == 11:
        return 0
    if check == 10:
        return None          # such numbers are never issued: draw again
    return check


class Values:
    """Draws unique fictional values for one document variant."""

    def __init__(self, rng: random.Random, used: Optional[Set[str]] = None):
        self.rng = rng
        self.used: Set[str] = used if used is not None else set()

    def _unique(self, make) -> str:
        for _ in range(1000):
            v = make()
            if v not in self.used:
                self.used.add(v)
                return v
        raise RuntimeError("value space exhausted")

    def mobile(self) -> str:
        return self._unique(lambda: f"07700 900{self.rng.randrange(1000):03d}")

    def landline(self) -> str:
        r = self.rng
        return self._unique(lambda: r.choice([
            f"01632 960{r.randrange(1000):03d}",
            f"020 7946 0{r.randrange(1000):03d}"]))

    def nhs_number(self) -> str:
        def make() -> str:
            while True:
                nine = "999" + f"{self.rng.randrange(10**6):06d}"
                c = nhs_check_digit(nine)
                if c is not None:
                    d = nine + str(c)
                    return f"{d[:3]} {d[3:6]} {d[6:]}"
        return self._unique(make)

    def ni_number(self) -> str:
        r = self.rng
        return self._unique(lambda: "QQ {:02d} {:02d} {:02d} {}".format(
            r.randrange(100), r.randrange(100), r.randrange(100), r.choice("ABCD")))

    def vehicle(self, area: str) -> str:
        r = self.rng
        letters = "ABCDEFGHJKLMNOPRSTUVWXY"

        def make() -> str:
            tail = [r.choice(letters) for _ in range(3)]
            tail[r.randrange(3)] = "Q"     # never issued: see module docstring
            return f"{area}{r.choice(['12', '61', '13', '62', '09', '59'])} {''.join(tail)}"
        return self._unique(make)

    def postcode(self, outward: str) -> str:
        r = self.rng
        return self._unique(lambda: f"{outward} {r.randrange(1, 10)}"
                            f"{r.choice(_POSTCODE_LETTERS)}{r.choice(_POSTCODE_LETTERS)}")

    def house(self) -> str:
        return str(self.rng.randrange(2, 120))

    def pick(self, pool: List[str]) -> str:
        return self._unique(lambda: self.rng.choice(pool))


# --- Ident helpers with the replacement conventions ----------------------------

def phone(text: str, subject: Optional[str], form: str = "mobile") -> Ident:
    return Ident(text, "PHONE", subject, form, "remove", "[phone number]")


def email(text: str, subject: Optional[str]) -> Ident:
    return Ident(text, "EMAIL", subject, "email", "remove", "[email address]")


def nhs(text: str, subject: Optional[str]) -> Ident:
    return Ident(text, "NHS_NUMBER", subject, "nhs_number", "remove", "[NHS number]")


def ni(text: str, subject: Optional[str]) -> Ident:
    return Ident(text, "NI_NUMBER", subject, "ni_number", "remove", "[NI number]")


def vehicle(text: str, subject: Optional[str]) -> Ident:
    return Ident(text, "VEHICLE", subject, "registration", "remove", "[vehicle registration]")


def handle(text: str, subject: Optional[str]) -> Ident:
    return Ident(text, "HANDLE", subject, "social_media", "remove", "[social media handle]")


def postcode(text: str, subject: Optional[str]) -> Ident:
    return Ident(text, "POSTCODE", subject, "postcode", "remove", "[postcode]")


def address(text: str, town: str, subject: Optional[str], form: str = "street_town_postcode") -> Ident:
    return Ident(text, "ADDRESS", subject, form, "generalise", f"an address in {town}")


def dob(text: str, expected: str, subject: Optional[str], form: str) -> Ident:
    return Ident(text, "DOB", subject, form, "generalise", expected)


def school(text: str, subject: Optional[str]) -> Ident:
    low = text.lower()
    if "primary" in low or "infant" in low or "junior" in low:
        exp = "a local primary school"
    elif "high school" in low or "academy" in low or "secondary" in low or "grammar" in low:
        exp = "a local secondary school"
    else:
        exp = "a local school"
    return Ident(text, "SCHOOL", subject, "school", "generalise", exp)


def employer(text: str, subject: Optional[str]) -> Ident:
    return Ident(text, "EMPLOYER", subject, "employer", "generalise", "a local employer")


def pub(text: str, subject: Optional[str]) -> Ident:
    return Ident(text, "PUB", subject, "pub", "generalise", "a local pub")


def slug(s: str) -> str:
    """ASCII, lower case, letters only: 'Zoë Ashworth-Hale' -> 'zoeashworthhale'."""
    import unicodedata
    s = s.replace("ł", "l").replace("Ł", "L")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and c.isalpha()).lower()


MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def long_date(d: int, m: int, y: int) -> str:
    return f"{d} {MONTHS[m - 1]} {y}"


def slash_date(d: int, m: int, y: int) -> str:
    return f"{d:02d}/{m:02d}/{y}"
