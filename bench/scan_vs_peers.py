#!/usr/bin/env python3
"""Detection speed: dhr's Detector against compromise (`.people()`) and redact-pii, in-process,
on the same text, measured in one run (issue 4).

Set up once (Node 18+ and npm; node_modules stays out of git), build, run:

    npm ci --prefix bench/peers
    cmake -S . -B build-bench -DCMAKE_BUILD_TYPE=Release -DDHR_BUILD_BENCH=ON
    cmake --build build-bench -j2 --target dhr_bench_scan dhr
    python3 bench/scan_vs_peers.py [--text seeds|drafts] [--rounds 5] [--cpu 0|none] [--json OUT]

The text (--text): `seeds`, the published, already anonymised reports testdata/seeds/*.txt
(five files, 396 KB), or `drafts`, the fictional corpus drafts with names put back
testdata/corpus/*/draft.md (Markdown, 6 files). Each file is one call; passes are
repeated until each sample is long enough (several MB per figure).
Every tool runs single-threaded, pinned to one CPU with taskset (--cpu none to leave the
scheduler free), and only the detection work is timed:

- dhr: Google Benchmark (build-bench/bench/dhr_bench_scan). BM_ReadScanNoCase reads each
  file into blocks (read_document) and scans it with every pattern and dictionary loaded: raw
  text in, findings out, no case file, like the peers. BM_ScanNoCase and BM_ScanWithCase
  scan documents read beforehand. The one-time dictionary load is BM_LoadDetector.
- compromise and redact-pii: bench/peers/scan_peers.mjs times `nlp(text).people()` and
  `SyncRedactor.redact(text)` inside Node after a warm-up pass; Node start-up, the package
  import and building the redactor are excluded (reported as load).

Rounds interleave the tools so that a change in the machine's load falls on all of them.
Each figure is the median over the rounds of each round's median; MB/s counts bytes of the
input files (10^6 bytes) over CPU time of the process (the figure that means "per core" on
a shared machine) and over wall time. ratio = dhr MB/s / peer MB/s (above 1: dhr faster).
Person names found in one pass are printed as a rough sanity line, not an accuracy claim
(dhr: PERSON findings of `dhr scan --format json`; compromise: `.people()` matches;
redact-pii: PERSON_NAME replacements). Target (issue 4): dhr >= 20 MB/s per core."""
import argparse
import datetime
import json
import os
import pathlib
import platform
import shutil
import statistics
import subprocess
import sys

root = pathlib.Path(__file__).resolve().parents[1]
peers = root / "bench" / "peers"

ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
ap.add_argument("--bench", default=str(root / "build-bench/bench/dhr_bench_scan"))
ap.add_argument("--dhr", default=str(root / "build-bench/apps/dhr/dhr"))
ap.add_argument("--node", default="node")
ap.add_argument("--text", choices=["seeds", "drafts"], default="seeds")
ap.add_argument("--rounds", type=int, default=5)
ap.add_argument("--cpu", default="0", help="CPU to pin every tool to, or 'none'")
ap.add_argument("--min-time", type=float, default=1.0, help="seconds per dhr benchmark")
ap.add_argument("--json", help="also write the results here")
args = ap.parse_args()

texts = sorted((root / "testdata" / "seeds").glob("*.txt")) if args.text == "seeds" else \
    sorted((root / "testdata" / "corpus").glob("*/draft.md"))
bench_env = dict(os.environ, DHR_BENCH_FILES=":".join(str(p) for p in texts))
nbytes = sum(p.stat().st_size for p in texts)
for path, what in ((args.bench, "build dhr_bench_scan (see --help)"),
                   (args.dhr, "build dhr (see --help)"),
                   (peers / "node_modules" / "compromise", "run: npm ci --prefix bench/peers"),
                   (peers / "node_modules" / "redact-pii", "run: npm ci --prefix bench/peers")):
    if not os.path.exists(path):
        sys.exit(f"scan_vs_peers: {path} missing: {what}")
if shutil.which(args.node) is None:
    sys.exit(f"scan_vs_peers: {args.node} not found (Node 18+ is needed for the peers)")

pin = [] if args.cpu == "none" or shutil.which("taskset") is None else ["taskset", "-c", args.cpu]


def loadavg():
    return [round(x, 2) for x in os.getloadavg()]


def run_dhr_bench(filt):
    out = subprocess.run(pin + [args.bench, f"--benchmark_filter={filt}", "--benchmark_format=json",
                                f"--benchmark_min_time={args.min_time}"],
                         check=True, capture_output=True, text=True, env=bench_env).stdout
    res = {}
    for b in json.loads(out)["benchmarks"]:
        scale = {"ns": 1e-9, "us": 1e-6, "ms": 1e-3, "s": 1.0}[b["time_unit"]]
        res[b["name"]] = {"wall_s": b["real_time"] * scale, "cpu_s": b["cpu_time"] * scale}
    return res


def run_peer(tool, samples, min_sample):
    out = subprocess.run(pin + [args.node, str(peers / "scan_peers.mjs"), "--tool", tool,
                                "--samples", str(samples), "--min-sample-seconds", str(min_sample)]
                         + [str(p) for p in texts], check=True, capture_output=True, text=True).stdout
    return json.loads(out)


DHR_ROWS = [("BM_ReadScanNoCase", "dhr read + scan, no case file"),
            ("BM_ScanNoCase", "dhr scan only, no case file"),
            ("BM_ScanWithCase", "dhr scan only, 6-subject case file")]
PEERS = [("compromise", "compromise nlp(text).people()", 2, 0.5),
         ("redact-pii", "redact-pii SyncRedactor.redact(text)", 5, 0.3)]

print(f"text: {len(texts)} {args.text} files, {nbytes} bytes per pass; {args.rounds} rounds; "
      f"pinned to CPU {args.cpu}; load before: {loadavg()}", flush=True)
per_round = {key: [] for key, _ in DHR_ROWS}
per_round.update({key: [] for key, *_ in PEERS})
meta, loads = {}, []
for r in range(args.rounds):
    before = loadavg()
    res = run_dhr_bench("^BM_(ReadScanNoCase|ScanNoCase|ScanWithCase)$")
    for key, _ in DHR_ROWS:
        per_round[key].append(res[key])
    for key, *_, samples, min_sample in PEERS:
        out = run_peer(key, samples, min_sample)
        if out["bytes_per_pass"] != nbytes:
            sys.exit("scan_vs_peers: the peers read other bytes than the benchmark")
        per_round[key].append({"wall_s": statistics.median(s["wall_s"] for s in out["samples"]),
                               "cpu_s": statistics.median(s["cpu_s"] for s in out["samples"]),
                               "load_ms": out["load_ms"]})
        meta[key] = {"version": out["version"], "node": out["node"],
                     "persons_per_pass": out["persons_per_pass"]}
    loads.append({"before": before, "after": loadavg()})
    print(f"round {r + 1}/{args.rounds}: load {before} -> {loads[-1]['after']}", flush=True)

dhr_load = run_dhr_bench("^BM_LoadDetector$")["BM_LoadDetector"]

# dhr's person names: PERSON findings of `dhr scan --format json` per input file.
dhr_persons = 0
for p in texts:
    out = subprocess.run([args.dhr, "scan", str(p), "--format", "json"], capture_output=True, text=True)
    if out.returncode not in (0, 1):
        sys.exit(f"scan_vs_peers: dhr scan {p} failed: {out.stderr.strip()}")
    dhr_persons += sum(1 for f in json.loads(out.stdout)["findings"] if f["category"] == "PERSON")


def mbps(key, clock):
    vals = [nbytes / 1e6 / x[clock] for x in per_round[key]]
    return statistics.median(vals), min(vals), max(vals)


rows = []
for key, label in DHR_ROWS:
    rows.append({"key": key, "label": label, "cpu": mbps(key, "cpu_s"), "wall": mbps(key, "wall_s"),
                 "load_ms": dhr_load["wall_s"] * 1e3, "persons": dhr_persons})
for key, label, *_ in PEERS:
    rows.append({"key": key, "label": f"{label} ({meta[key]['version']}, Node {meta[key]['node']})",
                 "cpu": mbps(key, "cpu_s"), "wall": mbps(key, "wall_s"),
                 "load_ms": statistics.median(x["load_ms"] for x in per_round[key]),
                 "persons": meta[key]["persons_per_pass"]})
head = rows[0]
for row in rows:
    row["ratio_cpu"] = head["cpu"][0] / row["cpu"][0]
    row["ratio_wall"] = head["wall"][0] / row["wall"][0]

print(f"\n| tool | MB/s (CPU) | range | MB/s (wall) | dhr/tool (CPU) | dhr/tool (wall) "
      f"| load ms | person names |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
for row in rows:
    c, w = row["cpu"], row["wall"]
    print(f"| {row['label']} | {c[0]:.2f} | {c[1]:.2f}-{c[2]:.2f} | {w[0]:.2f} | "
          f"{row['ratio_cpu']:.1f}x | {row['ratio_wall']:.1f}x | {row['load_ms']:.0f} | {row['persons']} |")
print(f"\nratios against the first row (dhr read + scan, no case file); MB/s = 10^6 bytes of "
      f"the input files per second; median of {args.rounds} rounds, range = min-max over rounds.")
target = head["cpu"][0]
print(f"target dhr >= 20 MB/s per core: {'met' if target >= 20 else 'MISSED'} ({target:.1f} MB/s CPU)")
print(f"load average per round: {[l['before'] for l in loads]}")

if args.json:
    model = next((l.split(":", 1)[1].strip() for l in
                  subprocess.run(["lscpu"], capture_output=True, text=True).stdout.splitlines()
                  if l.startswith("Model name")), platform.processor())
    commit = subprocess.run(["git", "-C", str(root), "rev-parse", "--short", "HEAD"],
                            capture_output=True, text=True).stdout.strip()
    doc = {"text": args.text, "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
           "commit": commit, "cpus": os.cpu_count(), "cpu_model": model, "pinned_cpu": args.cpu,
           "files": [str(p.relative_to(root)) for p in texts], "bytes_per_pass": nbytes, "rounds": args.rounds,
           "loadavg": loads, "per_round": per_round, "rows": rows}
    pathlib.Path(args.json).write_text(json.dumps(doc, indent=2) + "\n")
    print(f"wrote {args.json}")
