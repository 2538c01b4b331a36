#!/usr/bin/env python3
"""dhr does no network access and leaves no temporary files: every subcommand runs on the
sample report (PDF and DOCX) with tests/support/no_network.cpp preloaded, which records
and refuses any socket, connect or name lookup, and with TMPDIR a fresh folder that must
be empty afterwards. A Python socket under the same library shows it intercepts, so the
test can fail."""
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from dhr_test import DHR, TESTDATA, check, finish

LIB = os.environ.get("DHR_NO_NETWORK_LIB", "")
SAMPLE = TESTDATA / "corpus" / "sample"


def guarded_env(log, tmp):
    env = dict(os.environ, LD_PRELOAD=LIB, DHR_NETWORK_LOG=str(log), TMPDIR=str(tmp))
    # Under AddressSanitizer the preloaded library comes before the ASan runtime.
    env["ASAN_OPTIONS"] = (env.get("ASAN_OPTIONS", "") + ":verify_asan_link_order=0").lstrip(":")
    return env


def recorded(log):
    return log.read_text().split() if log.exists() else []


if not LIB or not Path(LIB).exists():
    sys.exit("DHR_NO_NETWORK_LIB is not set or missing: run through ctest")

with tempfile.TemporaryDirectory(prefix="dhr-net-") as work:
    work = Path(work)
    tmp, out = work / "tmp", work / "out"
    tmp.mkdir()
    out.mkdir()

    # The guard works: a socket opened under it is recorded and refused.
    probe_log = work / "probe.log"
    p = subprocess.run([sys.executable, "-c", "import socket\ntry:\n socket.socket()\nexcept OSError:\n print('refused')"],
                       capture_output=True, env=guarded_env(probe_log, tmp))
    check(p.stdout.strip() == b"refused", f"the guard did not refuse a socket: {p.stdout!r} {p.stderr!r}")
    check("socket" in recorded(probe_log), f"the guard did not record a socket: {recorded(probe_log)}")

    log = work / "dhr.log"
    case = SAMPLE / "case.toml"
    runs = [
        (["extract", SAMPLE / "draft.pdf"], 0),
        (["extract", SAMPLE / "draft.docx", "--format", "json"], 0),
        (["scan", SAMPLE / "draft.pdf", "--case", case], 1),
        (["scan", SAMPLE / "draft.docx"], 1),
        (["sections", SAMPLE / "draft.docx"], None),
        (["anonymise", SAMPLE / "draft.docx", "--case", case, "-o", out / "a.docx", "--report", out / "a.html",
          "--key", out / "key.csv"], 0),
        (["anonymise", SAMPLE / "draft.pdf", "--case", case, "-o", out / "a.pdf"], 0),
        (["batch", SAMPLE / "draft.pdf", SAMPLE / "draft.docx", "--db", out / "archive.sqlite", "-q", "-j", "2"], 0),
        (["search", "--db", out / "archive.sqlite", "review"], 0),
    ]
    for args, expected in runs:
        p = subprocess.run([DHR, *map(str, args)], capture_output=True, env=guarded_env(log, tmp), timeout=300)
        if expected is not None:
            check(p.returncode == expected,
                  f"dhr {args[0]}: exit {p.returncode}, expected {expected}: {p.stderr.decode()[:300]}")
        check(recorded(log) == [], f"dhr {args[0]} tried the network: {recorded(log)}")
        left = sorted(os.listdir(tmp))
        check(left == [], f"dhr {args[0]} left files in TMPDIR: {left}")
    written = sorted(os.listdir(out))
    check(written == ["a.docx", "a.html", "a.pdf", "archive.sqlite", "key.csv"],
          f"the output folder holds {written}: only the outputs asked for may be there")

finish()
