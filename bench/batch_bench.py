#!/usr/bin/env python3
"""Benchmark of `dhr batch` on an archive of 500 fictional reports (issue 7).

    python3 bench/batch_bench.py --dhr build/apps/dhr/dhr [--work /tmp/dhr-batch-bench] [--count 500]

1. Builds (once, cached in --work, never in the repository) a pool of distinct reports of
   20-80 pages: slices of the committed fictional drafts (testdata/corpus/*/draft.md)
   concatenated to a target length, converted with pandoc (DOCX) and LibreOffice (PDF).
2. Expands the pool to --count files, half PDF and half DOCX, each with unique bytes (a
   PDF comment after %%EOF; an extra zip entry in a DOCX), so every file is a new
   document for the archive's content hash while the work per file stays realistic.
3. Times `dhr batch` with -j 1 and -j 2 into fresh databases, sampling the summed
   resident (RSS) and proportional (PSS) memory of dhr and its workers every 50 ms, and a
   plain shell loop of `pdftotext` over the same PDFs (and dhr on the PDFs alone).
Prints a Markdown table for README.
"""
import argparse
import os
import pathlib
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import zipfile

ROOT = pathlib.Path(__file__).resolve().parents[1]
CORPUS = ROOT / "testdata" / "corpus"
DRAFTS = ["seed000", "seed002", "seed003", "seed004", "sample", "eastbrook"]
WORDS_PER_PAGE = 420  # the committed drafts as rendered: 27,266 words on 63 pages (seed002)


def paragraphs():
    out = []
    for name in DRAFTS:
        text = (CORPUS / name / "draft.md").read_text()
        out.append([p for p in re.split(r"\n\s*\n", text) if p.strip()])
    return out


def build_pool(work, size, seed):
    """size distinct reports as pool/NNN.docx + pool/NNN.pdf; returns {stem: pages}."""
    pool = work / "pool"
    done = pool / "pages.txt"
    if done.exists():
        return {l.split()[0]: int(l.split()[1]) for l in done.read_text().splitlines()}
    pool.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paras = paragraphs()
    for i in range(size):
        target = rng.randint(20, 80) * WORDS_PER_PAGE
        chunks, words = [f"# Domestic Homicide Review {i + 1}\n\nOverview Report\n"], 0
        while words < target:
            source = rng.choice(paras)
            start = rng.randrange(len(source))
            for p in source[start:start + rng.randint(20, 120)]:
                chunks.append(p)
                words += len(p.split())
        md = pool / f"{i:03}.md"
        md.write_text("\n\n".join(chunks) + "\n")
        subprocess.run(["pandoc", str(md), "-f", "markdown-smart-auto_identifiers", "-t", "docx",
                        "-o", str(pool / f"{i:03}.docx")], check=True)
    with tempfile.TemporaryDirectory() as prof:
        docx = sorted(str(p) for p in pool.glob("*.docx"))
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(pool), *docx], check=True, stdout=subprocess.DEVNULL)
    pages = {}
    for pdf in sorted(pool.glob("*.pdf")):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
        pages[pdf.stem] = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    done.write_text("".join(f"{k} {v}\n" for k, v in pages.items()))
    return pages


def build_archive(work, pool_pages, count):
    """count files, alternating PDF and DOCX over the pool; returns (folder, total pages)."""
    archive = work / f"archive{count}"
    stems = sorted(pool_pages)
    marker = work / f"archive{count}.pages"  # outside the archive: a .txt there would be a report
    if marker.exists():
        return archive, int(marker.read_text())
    shutil.rmtree(archive, ignore_errors=True)
    (archive / "pdf").mkdir(parents=True)
    (archive / "docx").mkdir()
    total = 0
    for n in range(count):
        stem = stems[n // 2 % len(stems)]
        total += pool_pages[stem]
        if n % 2 == 0:
            data = (work / "pool" / f"{stem}.pdf").read_bytes() + f"\n%archive copy {n}\n".encode()
            (archive / "pdf" / f"report{n:04}.pdf").write_bytes(data)
        else:
            dst = archive / "docx" / f"report{n:04}.docx"
            shutil.copy(work / "pool" / f"{stem}.docx", dst)
            with zipfile.ZipFile(dst, "a") as z:
                z.writestr("customXml/archive-copy.txt", f"copy {n}")
    marker.write_text(str(total))
    return archive, total


class MemorySampler(threading.Thread):
    """Peak of the summed RSS and PSS (MiB) of a process and its children."""

    def __init__(self, pid):
        super().__init__(daemon=True)
        self.pid, self.rss, self.pss, self.stop = pid, 0.0, 0.0, False

    def tree(self):
        pids = [self.pid]
        try:
            kids = pathlib.Path(f"/proc/{self.pid}/task/{self.pid}/children").read_text().split()
            pids += [int(k) for k in kids]
        except OSError:
            pass
        return pids

    def run(self):
        while not self.stop:
            rss = pss = 0
            for pid in self.tree():
                try:
                    for line in pathlib.Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                        if line.startswith("Rss:"):
                            rss += int(line.split()[1])
                        elif line.startswith("Pss:"):
                            pss += int(line.split()[1])
                except OSError:
                    pass
            self.rss, self.pss = max(self.rss, rss / 1024), max(self.pss, pss / 1024)
            time.sleep(0.05)


def timed(argv):
    """Wall seconds, peak summed RSS and PSS (MiB), exit code, CPU seconds (user+sys of the
    process and every worker it waited for) and the 1-minute load average at the end (this
    machine is shared: other people's builds compete for its two cores)."""
    start = time.perf_counter()
    p = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    sampler = MemorySampler(p.pid)
    sampler.start()
    _, status, usage = os.wait4(p.pid, 0)
    p.returncode = os.waitstatus_to_exitcode(status)
    elapsed = time.perf_counter() - start
    sampler.stop = True
    sampler.join()
    return elapsed, sampler.rss, sampler.pss, p.returncode, usage.ru_utime + usage.ru_stime, os.getloadavg()[0]


def batch(dhr, work, inputs, jobs, name):
    db = work / f"{name}.sqlite"
    for suffix in ("", "-wal", "-shm"):
        pathlib.Path(str(db) + suffix).unlink(missing_ok=True)
    secs, rss, pss, code, cpu, load = timed([dhr, "batch", *map(str, inputs), "--db", str(db), "-j", str(jobs), "-q"])
    con = sqlite3.connect(db)
    docs, ok = con.execute("SELECT count(*), sum(status = 'ok') FROM documents").fetchone()
    con.close()
    return {"secs": secs, "rss": rss, "pss": pss, "docs": docs, "ok": ok, "code": code, "cpu": cpu, "load": load}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dhr", default=str(ROOT / "build" / "apps" / "dhr" / "dhr"))
    ap.add_argument("--work", default="/tmp/dhr-batch-bench")
    ap.add_argument("--count", type=int, default=500)
    ap.add_argument("--pool", type=int, default=40, help="distinct reports to build (each as DOCX and PDF)")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    work = pathlib.Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    t = time.perf_counter()
    pages = build_pool(work, args.pool, args.seed)
    archive, total_pages = build_archive(work, pages, args.count)
    print(f"archive: {args.count} files ({archive}), {total_pages} pages; prepared in {time.perf_counter() - t:.0f}s",
          file=sys.stderr)
    pdfs = sorted((archive / "pdf").glob("*.pdf"))
    pdf_pages = sum(pages[sorted(pages)[n // 2 % len(pages)]] for n in range(0, args.count, 2))

    rows = []
    for jobs in (1, 2):
        r = batch(args.dhr, work, [archive], jobs, f"all-j{jobs}")
        rows.append((f"dhr batch -j {jobs}, {r['docs']} PDF+DOCX ({r['ok']} ok)", r, args.count, total_pages))
        print(f"-j {jobs}: {r}", file=sys.stderr)
    for jobs in (1, 2):
        r = batch(args.dhr, work, [archive / "pdf"], jobs, f"pdf-j{jobs}")
        rows.append((f"dhr batch -j {jobs}, {len(pdfs)} PDFs only", r, len(pdfs), pdf_pages))
    loop = f"for f in {archive / 'pdf'}/*.pdf; do pdftotext \"$f\" /dev/null; done"
    secs, rss, pss, _, cpu, load = timed(["sh", "-c", loop])
    rows.append((f"shell loop of pdftotext, {len(pdfs)} PDFs",
                 {"secs": secs, "rss": rss, "pss": pss, "cpu": cpu, "load": load}, len(pdfs), pdf_pages))

    print("| run | wall s | docs/s | pages/s | CPU s | docs per CPU s | peak RSS MiB (sum) | peak PSS MiB (sum) | load |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, r, n, p in rows:
        print(f"| {name} | {r['secs']:.1f} | {n / r['secs']:.1f} | {p / r['secs']:.0f} | {r['cpu']:.0f} | "
              f"{n / r['cpu']:.2f} | {r['rss']:.0f} | {r['pss']:.0f} | {r['load']:.1f} |")
    j1, j2 = rows[0][1]["secs"], rows[1][1]["secs"]
    print(f"\nscaling -j1 -> -j2 (wall): {j1 / j2:.2f}x; dhr -j1 on the PDFs vs the pdftotext loop: "
          f"{rows[2][1]['secs'] / secs:.1f}x the wall time, {rows[2][1]['cpu'] / cpu:.1f}x the CPU time")


if __name__ == "__main__":
    main()
