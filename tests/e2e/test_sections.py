#!/usr/bin/env python3
"""`dhr sections` on the seed reports and on small variants agrees with the expected
results in testdata/sections/ (worked out by reading the documents, not by running dhr):
every section's status and heading, the profile, the exit code, and the notes listed.
Also: the text table, a user's profile file, and bad profiles (exit 2, one line)."""
import json
import os

from dhr_test import SOURCE, TESTDATA, check, finish, run, temp_dir

EXPECTED = TESTDATA / "sections"


def compare(name, expected):
    args = ["sections", SOURCE / expected["file"], "--format", "json"]
    if "args" in expected:
        args += expected["args"]
    code, out, err = run(*args)
    check(code == expected["exit"], f"{name}: exit {code}, expected {expected['exit']} ({err.strip()[:200]})")
    if code not in (0, 1):
        return
    got = json.loads(out)
    check(got["profile"] == expected["profile"], f"{name}: profile {got['profile']}, expected {expected['profile']}")
    by_name = {s["name"]: s for s in got["sections"]}
    check(set(by_name) == set(expected["sections"]),
          f"{name}: sections {sorted(by_name)} differ from the expected {sorted(expected['sections'])}")
    agree = 0
    for section, want in expected["sections"].items():
        have = by_name.get(section)
        if have is None:
            continue
        ok = have["status"] == want["status"] and (want["status"] == "missing" or have["heading"] == want["heading"])
        check(ok, f"{name}: {section}: got {have['status']} {have['heading']!r}, "
                  f"expected {want['status']} {want.get('heading')!r}")
        agree += ok
    got_notes = {(n["kind"], n["section"]) for n in got["notes"]}
    for note in expected.get("notes", []):
        kind, section = note["kind"], note.get("section")
        hit = any(k == kind and (section is None or s == section) for k, s in got_notes)
        check(hit, f"{name}: expected a {kind} note{' on ' + section if section else ''}; got {sorted(got_notes)}")
    if "no_notes" in expected:
        for kind in expected["no_notes"]:
            check(all(k != kind for k, _ in got_notes), f"{name}: unexpected {kind} note: {sorted(got_notes)}")
    print(f"{name}: {agree}/{len(expected['sections'])} sections agree")


for path in sorted(EXPECTED.glob("*.json")):
    compare(path.stem, json.loads(path.read_text(encoding="utf-8")))

# The text table: one line per section, the missing expected ones in capitals.
seed004 = TESTDATA / "seeds" / "004_7169314fb2032df8.txt"
code, out, err = run("sections", seed004)
check(code == 1, f"text: exit {code}")
check("Profile: summary" in out and "MISSING" in out and "Terms of Reference of the Review:" in out,
      f"text: unexpected table:\n{out}")

# The profile can be chosen, and a user's own profile is read.
code, out, err = run("sections", seed004, "--profile", "overview", "--format", "json")
check(code == 1 and json.loads(out)["profile"] == "overview", f"--profile overview: exit {code}")
with temp_dir() as d:
    mine = os.path.join(d, "local.toml")
    with open(mine, "w", encoding="utf-8") as f:
        f.write('[profile]\nname = "local"\n\n[[section]]\nname = "Findings"\nsynonyms = ["key findings"]\n\n'
                '[[section]]\nname = "Recommendations"\nrequirement = "expected"\n')
    code, out, err = run("sections", seed004, "--profile", mine, "--format", "json")
    got = json.loads(out) if code in (0, 1) else {}
    check(code == 0 and got.get("profile") == "local" and
          [s["heading"] for s in got["sections"]] == ["KEY FINDINGS", "RECOMMENDATIONS"],
          f"own profile: exit {code}: {out[:300]} {err}")

    # Bad profiles: exit 2, one line on stderr naming the file, nothing on stdout.
    bad = {
        "notoml.toml": ("[[section]\nname = 1\n", r"not a valid TOML"),
        "typo.toml": ('[[section]]\nname = "Scope"\nsynonym = ["scope"]\n', r"unknown key 'synonym'"),
        "requirement.toml": ('[[section]]\nname = "Scope"\nrequirement = "maybe"\n', r"requirement"),
        "empty.toml": ("# nothing\n", r"no \[\[section\]\]"),
        "stopwords.toml": ('[[section]]\nname = "X"\nsynonyms = ["of the"]\n', r"no words to match"),
    }
    import re
    for fname, (text, pattern) in bad.items():
        p = os.path.join(d, fname)
        with open(p, "w", encoding="utf-8") as f:
            f.write(text)
        code, out, err = run("sections", seed004, "--profile", p)
        lines = err.splitlines()
        check(code == 2 and out == "" and len(lines) == 1 and p in lines[0] and re.search(pattern, lines[0]),
              f"bad profile {fname}: exit {code}, stderr {err!r}")
    missing = os.path.join(d, "missing.toml")
    code, out, err = run("sections", seed004, "--profile", missing)
    check(code == 2 and len(err.splitlines()) == 1 and missing in err, f"missing profile: exit {code}, {err!r}")

# An unreadable report is an input error, not a failed check.
code, out, err = run("sections", TESTDATA / "bad" / "badutf8.txt")
check(code == 2 and len(err.splitlines()) == 1, f"bad report: exit {code}, {err!r}")
code, out, err = run("sections", seed004, "--format", "yaml")
check(code == 2, f"bad --format: exit {code}")

finish()
