"""Shared helpers for end-to-end tests that run the real `dhr` binary.

ctest sets DHR (the binary) and DHR_SOURCE_DIR (the checkout) in the environment."""
import os
import pathlib
import subprocess
import sys
import tempfile

DHR = os.environ.get("DHR", "")
SOURCE = pathlib.Path(os.environ.get("DHR_SOURCE_DIR", pathlib.Path(__file__).resolve().parents[2]))
TESTDATA = SOURCE / "testdata"

failures = []


def run(*args, timeout=60, cwd=None):
    """Runs dhr with args; returns (exit code, stdout, stderr) as text."""
    if not DHR:
        sys.exit("DHR is not set: run through ctest")
    p = subprocess.run([DHR, *map(str, args)], capture_output=True, timeout=timeout, cwd=cwd)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)


def temp_dir():
    return tempfile.TemporaryDirectory(prefix="dhr-e2e-")


def finish():
    if failures:
        print(f"{len(failures)} failure(s)")
        sys.exit(1)
    print("ok")
