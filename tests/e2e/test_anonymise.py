#!/usr/bin/env python3
"""`dhr anonymise` end to end on the bundled sample: every output format, the key and the
reports, what is never printed, and fail-closed behaviour on bad input (no output, no
temporary file, the input untouched)."""
import hashlib
import json
import os
import pathlib
import re
import stat
import tomllib

from dhr_test import TESTDATA, check, finish, run, temp_dir

SAMPLE = TESTDATA / "corpus" / "sample"
CASE = SAMPLE / "case.toml"
SUBJECTS = tomllib.loads(CASE.read_text(encoding="utf-8"))["subject"]
# Every name form the case file gives: full names, aliases, and each name word.
NAMES = sorted({n for s in SUBJECTS for n in [s["name"], *s.get("aliases", []), *s["name"].split()]}, key=len, reverse=True)
PSEUDONYMS = [s["pseudonym"] for s in SUBJECTS]


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def names_in(text):
    return [n for n in NAMES if re.search(rf"\b{re.escape(n)}\b", text)]


def extract_text(path):
    code, out, err = run("extract", path, "--format", "markdown")
    check(code == 0, f"extract {path.name}: exit {code}: {err.strip()}")
    return out


inputs_before = {p: digest(p) for p in SAMPLE.iterdir()}

# Every output format each input allows: exit 0, one line on stdout, output clean.
for source, outputs in (("draft.docx", ["docx", "html", "md", "txt"]), ("draft.pdf", ["pdf", "html", "md", "txt"]),
                        ("draft.md", ["html", "md", "txt"])):
    for fmt in outputs:
        with temp_dir() as d:
            out = os.path.join(d, f"published.{fmt}")
            code, stdout, err = run("anonymise", SAMPLE / source, "--case", CASE, "-o", out, timeout=120)
            label = f"{source} -> .{fmt}"
            check(code == 0, f"{label}: exit {code}: {err.strip()}")
            check(err == "", f"{label}: wrote to stderr on success: {err[:200]!r}")
            check("verified clean" in stdout, f"{label}: no 'verified clean' in {stdout!r}")
            check(names_in(stdout) == [], f"{label}: stdout names someone")
            check(os.listdir(d) == ["published." + fmt], f"{label}: files left beside the output: {os.listdir(d)}")
            if code != 0:
                continue
            text = extract_text(pathlib.Path(out))
            check(names_in(text) == [], f"{label}: output still holds {len(names_in(text))} name form(s)")
            check(sum(re.search(rf"\b{re.escape(p)}\b", text) is not None for p in PSEUDONYMS) >= 4,
                  f"{label}: the pseudonyms are missing from the output")

# The key, the JSON report and the HTML report (with and without names).
with temp_dir() as d:
    out, key = os.path.join(d, "published.docx"), os.path.join(d, "key.csv")
    rep_json, rep_html = os.path.join(d, "review.json"), os.path.join(d, "review.html")
    code, _, err = run("anonymise", SAMPLE / "draft.docx", "--case", CASE, "-o", out, "--key", key,
                       "--report", rep_json, "-q", timeout=120)
    check(code == 0, f"with key and JSON report: exit {code}: {err.strip()}")
    if code == 0:
        check(stat.S_IMODE(os.stat(key).st_mode) == 0o600, "the key is readable by others")
        key_text = open(key, encoding="utf-8").read()
        for s in SUBJECTS:
            check(s["name"] in key_text and s["pseudonym"] in key_text, "the key lacks a subject or its pseudonym")
        report = json.load(open(rep_json, encoding="utf-8"))
        check(report.get("status") == "verified" and report.get("verification", {}).get("clean") is True,
              "the JSON report does not record a clean verification")
        check(isinstance(report.get("sanitised"), list), "JSON report has no 'sanitised' list")
    code, _, err = run("anonymise", SAMPLE / "draft.docx", "--case", CASE, "-o", out, "--report", rep_html, "-q",
                       timeout=120)
    check(code == 0, f"HTML report: exit {code}: {err.strip()}")
    if code == 0:
        html = open(rep_html, encoding="utf-8").read()
        check(names_in(html) == [], f"the HTML report made without names shows {len(names_in(html))} name form(s)")
        check("Verified" in html, "the HTML report does not say the output was verified")
    code, _, err = run("anonymise", SAMPLE / "draft.docx", "--case", CASE, "-o", out, "--report", rep_html,
                       "--report-with-names", "-q", timeout=120)
    check(code == 0 and "Okafor" in open(rep_html, encoding="utf-8").read(),
          "--report-with-names: the report does not show the real names")

# Refusals: each is exit 2, one line naming the file, and nothing written.
with temp_dir() as d:
    bad_case = os.path.join(d, "keep-name.toml")
    with open(bad_case, "w", encoding="utf-8") as f:
        f.write(CASE.read_text(encoding="utf-8") + '\n[[keep]]\ntext = "Grace Okafor"\n')
    not_toml = os.path.join(d, "broken.toml")
    with open(not_toml, "w", encoding="utf-8") as f:
        f.write("[[subject]\nname = ")
    refusals = [
        ("output is the input", [SAMPLE / "draft.md", "--case", CASE, "-o", SAMPLE / "draft.md"], str(SAMPLE / "draft.md")),
        ("pdf from docx", [SAMPLE / "draft.docx", "--case", CASE, "-o", os.path.join(d, "x.pdf")], "x.pdf"),
        ("unknown extension", [SAMPLE / "draft.docx", "--case", CASE, "-o", os.path.join(d, "x.odt")], "x.odt"),
        ("corrupt input", [TESTDATA / "bad" / "truncated.pdf", "--case", CASE, "-o", os.path.join(d, "x.md")], "truncated.pdf"),
        ("keep names a subject", [SAMPLE / "draft.docx", "--case", bad_case, "-o", os.path.join(d, "x.docx")], "keep-name.toml"),
        ("case file not TOML", [SAMPLE / "draft.docx", "--case", not_toml, "-o", os.path.join(d, "x.docx")], "broken.toml"),
        ("missing case file", [SAMPLE / "draft.docx", "--case", os.path.join(d, "none.toml"), "-o", os.path.join(d, "x.md")], "none.toml"),
    ]
    for label, args, named in refusals:
        code, stdout, err = run("anonymise", *args, "--report", os.path.join(d, "r.json"), timeout=60)
        lines = err.splitlines()
        check(code == 2, f"{label}: exit {code}, expected 2 ({err.strip()[:200]})")
        check(len(lines) == 1 and named in lines[0], f"{label}: expected one line naming {named}: {err!r}")
        check(names_in(err) == [], f"{label}: the error message names someone")
        leftovers = [f for f in os.listdir(d) if f not in ("keep-name.toml", "broken.toml")]
        check(leftovers == [], f"{label}: left files behind: {leftovers}")

check({p: digest(p) for p in SAMPLE.iterdir()} == inputs_before, "an input file was modified")
finish()
