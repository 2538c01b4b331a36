#!/usr/bin/env python3
"""`dhr scan` end to end: exit codes (1 with findings, 0 without), the JSON schema README
documents, every case subject found in each input format, confidence filtering, and
nothing printed on stderr (identifiers are never logged)."""
import json
import os
import re
import tomllib

from dhr_test import TESTDATA, check, finish, run, temp_dir

SAMPLE = TESTDATA / "corpus" / "sample"
CASE = SAMPLE / "case.toml"
PSEUDONYMS = {s["pseudonym"] for s in tomllib.loads(CASE.read_text(encoding="utf-8"))["subject"]}
FINDING_KEYS = {"category", "text", "subject", "confidence", "page", "number", "block", "block_kind", "begin", "end",
                "form", "rule", "why"}

for source in ("draft.docx", "draft.pdf", "draft.md"):
    code, out, err = run("scan", SAMPLE / source, "--case", CASE, "--format", "json", timeout=120)
    check(code == 1, f"{source}: exit {code}, expected 1 (findings): {err.strip()}")
    check(err == "", f"{source}: wrote to stderr: {err[:200]!r}")
    try:
        report = json.loads(out)
    except json.JSONDecodeError as e:
        check(False, f"{source}: --format json is not JSON: {e}")
        continue
    check(set(report) >= {"file", "findings"}, f"{source}: top-level keys {sorted(report)}")
    findings = report["findings"]
    missing_keys = [sorted(FINDING_KEYS - set(f)) for f in findings if not FINDING_KEYS <= set(f)]
    check(missing_keys == [], f"{source}: findings lack keys: {missing_keys[:1]}")
    found = {f["subject"] for f in findings if f["category"] == "PERSON"}
    check(PSEUDONYMS <= found, f"{source}: subjects not found: {sorted(PSEUDONYMS - found)}")
    categories = {f["category"] for f in findings}
    for cat in ("AGE", "DOB", "POSTCODE", "PHONE", "EMAIL", "NHS_NUMBER"):
        check(cat in categories, f"{source}: no {cat} finding")
    check(all(0.0 <= f["confidence"] <= 1.0 and f["begin"] < f["end"] for f in findings), f"{source}: bad confidence or span")

    # --min-confidence only ever removes findings.
    code, out_hi, _ = run("scan", SAMPLE / source, "--case", CASE, "--format", "json", "--min-confidence", "0.95")
    high = json.loads(out_hi)["findings"] if code in (0, 1) else []
    check(len(high) <= len(findings) and all(f["confidence"] >= 0.95 for f in high),
          f"{source}: --min-confidence 0.95 kept a lower finding")

# Text format: grouped by category, exit 1.
code, out, err = run("scan", SAMPLE / "draft.docx", "--case", CASE)
check(code == 1 and "PERSON" in out, f"text format: exit {code}, no PERSON group")

# An anonymised copy (the corpus's expected output): no subject, no identifier beyond a
# year of birth kept by the policy (a year after a "Date of birth" label is still
# reported as DOB, so exit 1 is right when one is there).
code, out, err = run("scan", SAMPLE / "expected.md", "--case", CASE, "--no-residual", "--no-places", "--format", "json")
left = json.loads(out)["findings"] if code in (0, 1) else None
check(left is not None, f"expected.md: exit {code}: {err.strip()}")
if left is not None:
    check([f for f in left if not (f["category"] == "DOB" and re.fullmatch(r"(DOB|Date of birth):? *\d{4}", f["text"], re.I))] == [],
          f"expected.md: findings beyond a year of birth: {[f['category'] for f in left]}")
    check(code == (1 if left else 0), f"expected.md: exit {code} with {len(left)} finding(s)")
with temp_dir() as d:
    clean = os.path.join(d, "clean.txt")
    with open(clean, "w", encoding="utf-8") as f:
        f.write("1.1 The Review Panel met six times. The Police and Children's Social Care took part.\n")
    code, out, err = run("scan", clean, "--case", CASE)
    check(code == 0 and err == "", f"a text with nothing to find: exit {code}: {out.strip()[:200]} {err.strip()}")

# Bad input and a bad case file: exit 2, one line naming the file.
code, out, err = run("scan", TESTDATA / "bad" / "truncated.pdf")
check(code == 2 and len(err.splitlines()) == 1 and "truncated.pdf" in err, f"truncated.pdf: exit {code}: {err!r}")
code, out, err = run("scan", SAMPLE / "draft.md", "--case", SAMPLE / "draft.md")
check(code == 2 and len(err.splitlines()) == 1 and "draft.md" in err, f"a case file that is not TOML: exit {code}: {err!r}")

finish()
