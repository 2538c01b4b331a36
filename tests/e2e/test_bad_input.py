#!/usr/bin/env python3
"""Every broken or hostile file gets one line on stderr naming the file and the problem,
exit code 2, no output, no crash, no hang (testdata/bad/README.md lists them)."""
import os
import re
import subprocess

from dhr_test import TESTDATA, check, finish, run, temp_dir

BAD = TESTDATA / "bad"

# file -> a pattern the one-line message must contain (case-insensitive)
EXPECTED = {
    "empty.pdf": r"empty file",
    "empty.docx": r"empty file",
    "notapdf.pdf": r"not a PDF",
    "notadocx.docx": r"not a DOCX",
    "truncated.pdf": r"truncated|damaged",
    "encrypted.pdf": r"password",
    "notdocx.docx": r"not a DOCX",
    "nodocument.docx": r"word/document\.xml",
    "zipbomb.docx": r"expands|limit",
    "traversal.docx": r"\.\./\.\./x",
    "entities.docx": r"DOCTYPE",
    "badutf8.txt": r"invalid UTF-8 at byte 98",
    "deepxml.docx": r"nest|deep",
    "encrypted.docx": r"password",
}


def one_line_error(name, code, out, err, pattern, path):
    lines = err.splitlines()
    check(code == 2, f"{name}: exit code {code}, expected 2 (stderr: {err.strip()[:200]})")
    check(len(lines) == 1, f"{name}: expected one line on stderr, got {len(lines)}: {err[:300]!r}")
    if lines:
        check(lines[0].startswith("dhr: ") and str(path) in lines[0], f"{name}: message does not name the file: {lines[0]}")
        check(re.search(pattern, lines[0], re.I) is not None, f"{name}: message {lines[0]!r} does not match {pattern!r}")
    check(out == "", f"{name}: wrote to stdout on error: {out[:100]!r}")


for name, pattern in EXPECTED.items():
    path = BAD / name
    before = path.stat().st_mtime_ns, path.stat().st_size
    for fmt in ("text", "json"):
        try:
            code, out, err = run("extract", path, "--format", fmt, timeout=60)
        except subprocess.TimeoutExpired:
            check(False, f"{name}: dhr extract hung (no answer within 60 s)")
            continue
        one_line_error(name, code, out, err, pattern, path)
    # With -o: no output file, no temporary file left behind.
    with temp_dir() as d:
        out_path = os.path.join(d, "out.txt")
        code, out, err = run("extract", path, "-o", out_path)
        check(code == 2, f"{name} -o: exit code {code}")
        check(os.listdir(d) == [], f"{name} -o: left files behind: {os.listdir(d)}")
    check((path.stat().st_mtime_ns, path.stat().st_size) == before, f"{name}: the input was modified")

# A missing file and a directory.
with temp_dir() as d:
    missing = os.path.join(d, "missing.pdf")
    code, out, err = run("extract", missing)
    one_line_error("missing.pdf", code, out, err, r"no such file", missing)
    code, out, err = run("extract", d)
    one_line_error("a directory", code, out, err, r"directory", d)

# A bad option is a usage error (exit 2), not a crash.
code, out, err = run("extract", TESTDATA / "fixtures" / "plain.txt", "--format", "yaml")
check(code == 2, f"bad --format: exit code {code}")

# The encrypted PDF opens with its password.
code, out, err = run("extract", BAD / "encrypted.pdf", "--password", "secret")
check(code == 0, f"encrypted.pdf with --password: exit {code}: {err.strip()}")
code, out, err = run("extract", BAD / "encrypted.pdf", "--password", "wrong")
one_line_error("encrypted.pdf wrong password", code, out, err, r"password", BAD / "encrypted.pdf")

finish()
