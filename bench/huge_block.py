#!/usr/bin/env python3
"""Time and peak memory of `dhr scan` on one huge paragraph (a hostile-input shape).

A report converted badly can arrive as a single block of tens of megabytes. This writes
such a block, the words of a published seed report shuffled with a fixed seed (so every
run scans the same text), once as it comes and once with only ASCII kept, runs
`dhr scan --format json` on each under /usr/bin/time, and prints seconds and peak
resident memory. Nothing is compared against a peer here: the point is that the cost
grows linearly with the block (it once grew with its square).

    cmake --build build-bench -j2 --target dhr
    python3 bench/huge_block.py [--mb 50] [--dhr build-bench/apps/dhr/dhr] [--cpu 0]
"""
import argparse
import os
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

root = Path(__file__).resolve().parent.parent
ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
ap.add_argument("--mb", type=float, default=50, help="size of the block in MB (10^6 bytes)")
ap.add_argument("--dhr", default=str(root / "build-bench/apps/dhr/dhr"))
ap.add_argument("--seed-report", default=str(root / "testdata/seeds/000_c3744d708595a7cb.txt"))
ap.add_argument("--cpu", default="0", help="CPU to pin to with taskset, or 'none'")
args = ap.parse_args()

if not Path(args.dhr).exists():
    sys.exit(f"huge_block: {args.dhr} is missing (build dhr first; see --help)")
if not Path("/usr/bin/time").exists():
    sys.exit("huge_block: /usr/bin/time is missing (Debian package 'time')")

words = Path(args.seed_report).read_text(encoding="utf-8").split()
rng = random.Random(3)
target = int(args.mb * 1_000_000)
pieces, size = [], 0
while size < target:
    w = rng.choice(words)
    pieces.append(w)
    size += len(w.encode("utf-8")) + 1
text = " ".join(pieces) + "\n"

with tempfile.TemporaryDirectory() as tmp:
    variants = {
        "as written": text,
        "ASCII only": re.sub(r"[^\t\n\r\x20-\x7e]", "", text),
    }
    print(f"one block of about {args.mb:g} MB from {Path(args.seed_report).name}; dhr = {args.dhr}")
    for name, body in variants.items():
        path = Path(tmp) / "block.txt"
        path.write_text(body, encoding="utf-8")
        cmd = ["/usr/bin/time", "-f", "%e %M", args.dhr, "scan", str(path), "--format", "json"]
        if args.cpu != "none":
            cmd = ["taskset", "-c", args.cpu] + cmd
        run = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        if run.returncode not in (0, 1):  # 1: something found, as expected here
            sys.exit(f"huge_block: dhr scan failed ({run.returncode}): {run.stderr.strip()}")
        seconds, kb = run.stderr.strip().splitlines()[-1].split()
        mb = os.path.getsize(path) / 1e6
        print(f"{name:>10}: {mb:6.1f} MB in {float(seconds):6.1f} s, peak {int(kb) / 1024:7.0f} MiB")
