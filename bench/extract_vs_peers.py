#!/usr/bin/env python3
"""`dhr extract --format text` against pdftotext (PDF) and docx2txt and pandoc (DOCX),
measured in one run on the same files.

    python3 bench/extract_vs_peers.py [--dhr build/apps/dhr/dhr] [PDF] [DOCX]

Defaults: the 60-page fixtures testdata/fixtures/long.pdf and long.docx. Ratios are
dhr's median time divided by the peer's (below 1 means dhr is faster). Targets (issue 2):
PDF within 1.5x of pdftotext; DOCX no slower than docx2txt, at least 10x faster than pandoc."""
import argparse
import pathlib
import subprocess
import sys

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from peer_bench import measure, table  # noqa: E402

root = pathlib.Path(__file__).resolve().parents[1]
ap = argparse.ArgumentParser()
ap.add_argument("--dhr", default=str(root / "build/apps/dhr/dhr"))
ap.add_argument("--repeat", type=int, default=7)
ap.add_argument("pdf", nargs="?", default=str(root / "testdata/fixtures/long.pdf"))
ap.add_argument("docx", nargs="?", default=str(root / "testdata/fixtures/long.docx"))
args = ap.parse_args()

pages = subprocess.run(["pdfinfo", args.pdf], capture_output=True, text=True).stdout
pages = next((l.split()[-1] for l in pages.splitlines() if l.startswith("Pages:")), "?")
print(f"PDF: {args.pdf} ({pages} pages); DOCX: {args.docx}; median of {args.repeat} runs\n")

dhr_pdf = measure([args.dhr, "extract", "--format", "text", args.pdf], args.repeat)
pdftotext = measure(["pdftotext", args.pdf, "-"], args.repeat)
dhr_docx = measure([args.dhr, "extract", "--format", "text", args.docx], args.repeat)
docx2txt = measure(["docx2txt", args.docx, "-"], args.repeat)
pandoc = measure(["pandoc", "-t", "plain", args.docx], max(1, args.repeat // 2))

rows = [("dhr extract (PDF)", *dhr_pdf, None)]
if pdftotext:
    rows.append(("pdftotext", *pdftotext, dhr_pdf[0] / pdftotext[0]))
rows.append(("dhr extract (DOCX)", *dhr_docx, None))
for label, peer in (("docx2txt", docx2txt), ("pandoc -t plain", pandoc)):
    if peer:
        rows.append((label, *peer, dhr_docx[0] / peer[0]))
table(rows)
print("\nratio = dhr time / peer time (lower is better for dhr)")
