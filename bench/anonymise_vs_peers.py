#!/usr/bin/env python3
"""The whole job, `dhr anonymise` (read, detect with every dictionary loaded, plan, write,
then read the output again and verify it), against tools that only convert the same
file, measured in one run: pdftotext for the PDF, pandoc DOCX -> DOCX for the DOCX.
No peer anonymises, so the ratio says what anonymising costs next to a plain conversion
a user already waits for.

    python3 bench/anonymise_vs_peers.py [--dhr build/apps/dhr/dhr] [--doc seed002] [--repeat 5]

The input is a corpus draft (testdata/corpus/DOC/draft.pdf and draft.docx, with its
case.toml); outputs go to a temporary folder."""
import argparse
import pathlib
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from peer_bench import measure, table  # noqa: E402

root = pathlib.Path(__file__).resolve().parents[1]
ap = argparse.ArgumentParser()
ap.add_argument("--dhr", default=str(root / "build/apps/dhr/dhr"))
ap.add_argument("--doc", default="seed002")
ap.add_argument("--repeat", type=int, default=5)
args = ap.parse_args()

doc = root / "testdata" / "corpus" / args.doc
pdf, docx, case = doc / "draft.pdf", doc / "draft.docx", doc / "case.toml"
info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
pages = next((l.split()[-1] for l in info.splitlines() if l.startswith("Pages:")), "?")
print(f"{args.doc}: draft.pdf ({pages} pages) and draft.docx; median of {args.repeat} runs\n")

with tempfile.TemporaryDirectory(prefix="dhr-bench-") as tmp:
    out = pathlib.Path(tmp)
    anon_pdf = measure([args.dhr, "anonymise", pdf, "--case", case, "-o", out / "a.pdf", "-q"], args.repeat)
    anon_pdf_md = measure([args.dhr, "anonymise", pdf, "--case", case, "-o", out / "a.md", "-q"], args.repeat)
    pdftotext = measure(["pdftotext", pdf, out / "p.txt"], args.repeat)
    anon_docx = measure([args.dhr, "anonymise", docx, "--case", case, "-o", out / "a.docx", "-q"], args.repeat)
    pandoc = measure(["pandoc", docx, "-o", out / "p.docx"], max(1, args.repeat // 2))

rows = [("dhr anonymise PDF -> PDF", *anon_pdf, None), ("dhr anonymise PDF -> Markdown", *anon_pdf_md, None)]
if pdftotext:
    rows[0] = (*rows[0][:-1], anon_pdf[0] / pdftotext[0])
    rows[1] = (*rows[1][:-1], anon_pdf_md[0] / pdftotext[0])
    rows.append(("pdftotext (peer for both PDF rows)", *pdftotext, None))
rows.append(("dhr anonymise DOCX -> DOCX", *anon_docx, anon_docx[0] / pandoc[0] if pandoc else None))
if pandoc:
    rows.append(("pandoc DOCX -> DOCX (peer)", *pandoc, None))
table(rows)
print("\nratio = dhr time / peer time (the peer only converts; dhr also detects, rewrites and verifies)")
