#!/usr/bin/env python3
"""`dhr sections` gives the same answer for the three renderings of each corpus draft
(testdata/corpus/<doc>/draft.md, .docx, .pdf): the same profile, the same status for
every section, the same heading (compared without numbering, case and spacing, which
renderings may place differently) and the same notes. A format whose reader is not
built yet is skipped with a message; any other reading error fails."""
import json
import re

import dhr_test
from dhr_test import TESTDATA, check, finish, run

CORPUS = TESTDATA / "corpus"
FORMATS = ("md", "docx", "pdf")


def norm(heading):
    if heading is None:
        return None
    h = re.sub(r"^\s*(\d+(\.\d+)*\.?|[a-z]\)|\([a-z]+\))\s+", "", heading)
    return " ".join(re.sub(r"[^\w' ]+", " ", h.lower()).split())


def summary(path):
    code, out, err = run("sections", path, "--format", "json", timeout=120)
    if code == 2 and "not built yet" in err:
        return None
    check(code in (0, 1), f"{path}: exit {code}: {err.strip()[:200]}")
    if code not in (0, 1):
        return None
    got = json.loads(out)
    return {
        "profile": got["profile"],
        "exit": code,
        "sections": {s["name"]: (s["status"], norm(s["heading"])) for s in got["sections"]},
        "notes": sorted((n["kind"], n["section"] or "") for n in got["notes"]),
    }


docs = sorted(d for d in CORPUS.iterdir() if (d / "draft.md").is_file())
check(docs, "no corpus drafts found")
for doc in docs:
    results = {}
    for fmt in FORMATS:
        path = doc / f"draft.{fmt}"
        if not path.is_file():
            continue
        r = summary(path)
        if r is None:
            print(f"{doc.name}: {fmt} skipped (reader not built)")
            continue
        results[fmt] = r
    if len(results) < 2:
        continue
    before = len(dhr_test.failures)
    base_fmt, base = next(iter(results.items()))
    for fmt, r in results.items():
        if fmt == base_fmt:
            continue
        check(r["profile"] == base["profile"], f"{doc.name}: {fmt} profile {r['profile']}, {base_fmt} {base['profile']}")
        check(r["exit"] == base["exit"], f"{doc.name}: {fmt} exit {r['exit']}, {base_fmt} {base['exit']}")
        for name, want in base["sections"].items():
            have = r["sections"].get(name)
            check(have == want, f"{doc.name}: {name}: {fmt} {have}, {base_fmt} {want}")
        check(r["notes"] == base["notes"], f"{doc.name}: notes differ: {fmt} {r['notes']}, {base_fmt} {base['notes']}")
    agree = len(dhr_test.failures) == before
    print(f"{doc.name}: {', '.join(results)} {'agree' if agree else 'DIFFER'}")

finish()
