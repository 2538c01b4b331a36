#!/usr/bin/env python3
"""The hostile-input collection (testdata/hostile/expected.json): every input gets its
expected exit code and one-line message, or its correct result, within its time and
memory limits; the input is never modified; and nothing is left behind: no temporary file
(TMPDIR is a fresh folder that must stay empty) and no output but what was asked for, and
none at all on failure."""
import hashlib
import json
import os
import re
import resource
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

from dhr_test import DHR, TESTDATA, check, finish

HOSTILE = TESTDATA / "hostile"
sys.path.insert(0, str(HOSTILE))
import make_hostile  # noqa: E402  (the generator of the big inputs)

SANITIZED = os.environ.get("DHR_SANITIZED") == "1"
FIXTURE_CASE = TESTDATA / "fixtures" / "case.toml"
FIXTURE_DOC = TESTDATA / "fixtures" / "structure.docx"


def fingerprint(path):
    st = path.stat()
    return st.st_mtime_ns, st.st_size, hashlib.sha256(path.read_bytes()).hexdigest()


def arguments(command, path, is_case, out_dir):
    doc, case = (FIXTURE_DOC, path) if is_case else (path, FIXTURE_CASE)
    if command == "extract":
        return ["extract", doc], []
    if command == "scan":
        return ["scan", doc, "--case", case], []
    if command == "anonymise":
        out = out_dir / ("out" + (doc.suffix if doc.suffix in (".docx", ".pdf") else ".txt"))
        return ["anonymise", doc, "--case", case, "-o", out], [out.name]
    if command == "batch":
        return ["batch", doc, "--db", out_dir / "archive.sqlite", "-q", "--timeout", "60"], ["archive.sqlite"]
    raise ValueError(command)


def run_limited(args, seconds, memory_mb, tmp):
    def limit():
        if not SANITIZED:  # AddressSanitizer reserves terabytes of address space
            resource.setrlimit(resource.RLIMIT_AS, (memory_mb << 20, memory_mb << 20))
    env = dict(os.environ, TMPDIR=str(tmp))
    p = subprocess.run([DHR, *map(str, args)], capture_output=True, timeout=seconds, preexec_fn=limit, env=env)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def check_batch_record(label, db, entry):
    # Read-only and closed at once: an open connection to a WAL database would itself
    # create the -wal and -shm files this test checks were not left behind.
    c = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        rows = c.execute("select status, error from documents").fetchall()
    finally:
        c.close()
    check(len(rows) == 1, f"{label}: expected one document in the archive, found {len(rows)}")
    for status, error in rows:
        if entry["exit"] == 0:
            check(status == "ok", f"{label}: recorded as {status}: {error}")
        else:
            check(status != "ok" and re.search(entry["message"], error or "", re.I) is not None,
                  f"{label}: recorded as {status} with error {error!r}, expected {entry['message']!r}")


def check_entry(entry, path):
    is_case = path.suffix == ".toml"
    seconds = entry.get("seconds", 60) * (5 if SANITIZED else 1)
    memory_mb = entry.get("memory_mb", 1024)
    for command in entry["commands"]:
        label = f"{entry['input']} [{command}]"
        before = fingerprint(path)
        with tempfile.TemporaryDirectory(prefix="dhr-hostile-") as work:
            out_dir, tmp = Path(work) / "out", Path(work) / "tmp"
            out_dir.mkdir()
            tmp.mkdir()
            args, outputs = arguments(command, path, is_case, out_dir)
            try:
                code, out, err = run_limited(args, seconds, memory_mb, tmp)
            except subprocess.TimeoutExpired:
                check(False, f"{label}: no answer within {seconds} s")
                continue
            expected_exit = entry["exit"]
            if command == "batch":  # a failed document makes the batch exit 2, its error is in the archive
                expected_exit = 2 if entry["exit"] == 2 else 0
            check(code == expected_exit, f"{label}: exit code {code}, expected {expected_exit}: {err.strip()[:300]}")
            written = sorted(os.listdir(out_dir))  # before the archive is opened below
            if command == "batch":
                if (out_dir / "archive.sqlite").exists():
                    check_batch_record(label, out_dir / "archive.sqlite", entry)
                else:
                    check(False, f"{label}: no archive written")
            elif entry["exit"] == 2:
                lines = err.splitlines()
                check(len(lines) == 1, f"{label}: expected one line on stderr, got {len(lines)}: {err[:300]!r}")
                if lines:
                    check(lines[0].startswith("dhr: ") and str(path) in lines[0],
                          f"{label}: the message does not name the input: {lines[0]}")
                    check(re.search(entry["message"], lines[0], re.I) is not None,
                          f"{label}: message {lines[0]!r} does not match {entry['message']!r}")
                check(out == "", f"{label}: wrote to stdout on error: {out[:100]!r}")
            elif "stdout" in entry:
                check(re.search(entry["stdout"], out) is not None, f"{label}: output does not match {entry['stdout']!r}")
            left = sorted(os.listdir(tmp))
            check(left == [], f"{label}: left files in TMPDIR: {left}")
            allowed = sorted(outputs) if (code == 0 or command == "batch") else []
            check(written == allowed, f"{label}: output folder holds {written}, expected {allowed}")
        check(fingerprint(path) == before, f"{label}: the input was modified")


def main():
    entries = json.loads((HOSTILE / "expected.json").read_text())["inputs"]
    with tempfile.TemporaryDirectory(prefix="dhr-hostile-big-") as big:
        if any(e.get("generated") for e in entries):
            make_hostile.many_pages(Path(big) / "pages10000.pdf")
            make_hostile.long_paragraph(Path(big) / "paragraph50mb.docx")
        for entry in entries:
            if SANITIZED and entry.get("plain_build_only"):
                print(f"skipped under the sanitizers: {entry['input']} {entry['commands']} ({entry['plain_build_only']})")
                continue
            path = (Path(big) if entry.get("generated") else HOSTILE) / entry["input"]
            check(path.exists(), f"{entry['input']}: missing (run testdata/hostile/make_hostile.py testdata/hostile)")
            if path.exists():
                check_entry(entry, path.resolve())
    finish()


main()
