#!/usr/bin/env python3
"""The accuracy harness: how much of the fictional corpus's ground truth dhrkit finds.

For every document in testdata/corpus/ and each of its formats (draft.md, .docx, .pdf) it
runs the real binary - `dhr extract --format json` for the text as dhrkit reads it and
`dhr scan --format json` for the findings - locates every identifier of truth.json in that
text, and prints one table per mode:

  recall      identifiers with a finding over them, per category
  precision   findings that lie on an identifier (places are information, not counted)
  keep        must-keep occurrences that no finding touches
  consistent  case-subject findings that name the right subject (never another's)

Modes: `case` scans with the document's case.toml; `blind` scans without one and measures
how many subject-name mentions the residual name detector finds by itself; `anonymise`
runs `dhr anonymise` into each output format and compares the result with the corpus's
expected.md: word-level similarity, leaks (an identifier occurring more often in the
output than in expected.md) and must-keep survival.

Leaks (identifiers without a finding) are printed with document, format, page/paragraph
and the words around them. The run fails when a figure is below its threshold in
thresholds.json; thresholds only ever go up (see README).

    python3 tests/accuracy/harness.py --dhr build/apps/dhr/dhr [--mode case|blind|all]
        [--formats md,docx,pdf] [--docs seed002,...] [--thresholds FILE] [--json OUT]
"""
import argparse
import collections
import difflib
import html as html_lib
import json
import pathlib
import re
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
FORMATS = {"md": "draft.md", "docx": "draft.docx", "pdf": "draft.pdf"}
INFORMATION_ONLY = {"PLACE"}


def is_edit(f):
    """Whether the default policy edits what this finding covers: places are kept and
    residual names with no subject are flagged for review, not changed."""
    if f["category"] in INFORMATION_ONLY:
        return False
    return not (f["category"] == "PERSON" and not f["subject"] and not f.get("candidates"))


def run_json(argv):
    p = subprocess.run(argv, capture_output=True, timeout=600)
    if p.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(map(str, argv))}: exit {p.returncode}: {p.stderr.decode(errors='replace').strip()}")
    return json.loads(p.stdout.decode("utf-8"))


class Extracted:
    """The document as dhrkit reads it: all blocks joined by newlines, with a map from
    (block, byte offset) to a position in that joined text."""

    def __init__(self, extract_json):
        self.blocks = extract_json["blocks"]
        self.starts = []
        parts, pos = [], 0
        for b in self.blocks:
            self.starts.append(pos)
            parts.append(b["text"])
            pos += len(b["text"]) + 1
        self.text = "\n".join(parts)

    def char_span(self, block, begin, end):
        raw = self.blocks[block]["text"].encode("utf-8")
        b = len(raw[:begin].decode("utf-8", "ignore"))
        e = len(raw[:end].decode("utf-8", "ignore"))
        return self.starts[block] + b, self.starts[block] + e

    def block_at(self, pos):
        lo, hi = 0, len(self.starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.starts[mid] <= pos:
                lo = mid
            else:
                hi = mid - 1
        return self.blocks[lo]

    def context(self, start, end, words=6):
        before = self.text[:start].split()[-words:]
        after = self.text[end:].split()[:words]
        return " ".join(before) + " [[" + self.text[start:end].replace("\n", " ") + "]] " + " ".join(after)


def occurrence_regex(text):
    """Whole-word matches of text, any whitespace (or a line-end hyphen) between words."""
    parts = [re.escape(w) for w in text.split()]
    body = r"(?:\s+|-\s*)".join(parts)
    return re.compile(r"(?<![\w])" + body + r"(?![\w])")


def locate(truth_entries, md_text, ext):
    """Maps each truth identifier to a (start, end) in the extracted text, or None.

    The k-th occurrence of a text in the draft is taken to be the k-th in the extraction.
    When every occurrence of a text in the draft is an identifier, extra occurrences in
    the extraction (a name in a header repeated on every page) are identifiers too."""
    by_text = collections.defaultdict(list)
    for t in truth_entries:
        by_text[t["text"]].append(t)
    located = []  # (truth entry or None for extra, span)
    for text, entries in by_text.items():
        rx = occurrence_regex(text)
        found = [m.span() for m in rx.finditer(ext.text)]
        in_draft = len(rx.findall(md_text))
        for t in entries:
            k = t["occurrence"]
            located.append((t, found[k] if k < len(found) else None))
        if in_draft and len(entries) >= in_draft:
            for span in found[in_draft:]:
                located.append((dict(entries[0], extra=True), span))
    return located


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def evaluate(doc_dir, fmt, mode, dhr, leaks_out):
    truth = json.loads((doc_dir / "truth.json").read_text(encoding="utf-8"))
    md_text = (doc_dir / "draft.md").read_text(encoding="utf-8")
    path = doc_dir / FORMATS[fmt]
    ext = Extracted(run_json([dhr, "extract", "--format", "json", path]))
    scan_args = [dhr, "scan", "--format", "json", "--min-confidence", "0", path]
    if mode == "case":
        scan_args[2:2] = ["--case", doc_dir / "case.toml"]
    findings = run_json(scan_args)["findings"]
    spans = [(ext.char_span(f["block"], f["begin"], f["end"]), f) for f in findings]

    entries = truth["identifiers"]
    if mode == "blind":
        entries = [t for t in entries if t["category"] == "PERSON"]
    stats = collections.defaultdict(lambda: collections.Counter())
    truth_spans = []
    for t, span in locate(entries, md_text, ext):
        cat = t["category"]
        if span is None:
            stats[cat]["unlocated"] += 1
            continue
        truth_spans.append(span)
        stats[cat]["total"] += 1
        hits = [f for s, f in spans if overlaps(s, span) and f["category"] not in INFORMATION_ONLY]
        if hits:
            stats[cat]["found"] += 1
            if cat == "PERSON" and mode == "case":
                subjects = {f["subject"] for f in hits if f["category"] == "PERSON"}
                candidates = {c for f in hits for c in f.get("candidates", [])}
                if t["subject"] in subjects:
                    stats[cat]["consistent"] += 1
                elif t["subject"] in candidates:
                    stats[cat]["ambiguous"] += 1
                else:
                    stats[cat]["wrong_subject"] += 1
                    leaks_out.append(f"{doc_dir.name} {fmt} {mode}: WRONG SUBJECT {t['subject']!r} got "
                                     f"{sorted(subjects)}: {ext.context(*span)}")
        else:
            block = ext.block_at(span[0])
            where = f"p.{block['page']}" if block["page"] else ""
            where += (" " if where else "") + (block["number"] or block["kind"])
            leaks_out.append(f"{doc_dir.name} {fmt} {mode}: {cat} {where}: {ext.context(*span)}")

    for span, f in spans:
        cat = f["category"]
        if cat in INFORMATION_ONLY:
            continue
        if mode == "blind" and cat != "PERSON":
            continue
        stats[cat]["findings"] += 1
        if any(overlaps(span, s) for s in truth_spans):
            stats[cat]["warranted"] += 1

    keep_total = keep_kept = 0
    for k in truth.get("must_keep", []):
        for m in occurrence_regex(k["text"]).finditer(ext.text):
            keep_total += 1
            touched = [f for s, f in spans if overlaps(m.span(), s) and is_edit(f)]
            keep_kept += not touched
            if touched:
                leaks_out.append(f"{doc_dir.name} {fmt} {mode}: MUST-KEEP touched by {touched[0]['category']} "
                                 f"({touched[0]['rule']}): {ext.context(*m.span())}")
    stats["_keep"]["total"] += keep_total
    stats["_keep"]["kept"] += keep_kept
    return stats


# Input format -> the output formats anonymise is measured on.
ANONYMISE_OUTPUTS = {"md": ["md", "html", "txt"], "docx": ["md", "docx"], "pdf": ["md", "pdf"]}
MARKUP = re.compile(r"^[#|*_>`~:-]+$")


def words(text):
    """Words for similarity: markup-only tokens dropped, markup stripped from the ends."""
    out = []
    for w in text.split():
        if MARKUP.match(w):
            continue
        w = w.strip("*_`|#")
        if w:
            out.append(w)
    return out


def output_text(dhr, path):
    ext = path.suffix
    if ext in (".md", ".txt"):
        return path.read_text(encoding="utf-8")
    if ext == ".html":
        raw = re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8"))
        return html_lib.unescape(raw)
    return subprocess.run([dhr, "extract", "--format", "text", path], capture_output=True, check=True).stdout.decode()


# A line that is only a page number ("20", "Page 20 of 63"), bare or as the Markdown
# export labels a footer: the draft's page numbers are not identifiers, and expected.md
# has none, so they are left out before identifiers that are bare numbers are counted.
PAGE_NUMBER_LINE = re.compile(r"^\s*(\*\*(header|footer)[^*]*\*\*:\s*)?(page\s+)?\d+(\s+of\s+\d+)?\s*$",
                              re.IGNORECASE | re.MULTILINE)

# The Markdown export's label for a block outside the body ("**footnote (30), page 33**:"):
# the export's own words, not the document's.
BLOCK_LABEL = re.compile(r"^\*\*[a-z ]+(\([^)]*\))?, page \d+\*\*:", re.MULTILINE)


def count_words(text, phrase):
    return len(occurrence_regex(phrase).findall(text))


def evaluate_anonymise(doc_dir, fmt, dhr, out_fmt, leaks_out):
    """One anonymisation: returns stats (similarity, leaks by category, keep counts)."""
    truth = json.loads((doc_dir / "truth.json").read_text(encoding="utf-8"))
    expected = (doc_dir / "expected.md").read_text(encoding="utf-8")
    stats = collections.Counter()
    with tempfile.TemporaryDirectory(prefix="dhr-acc-") as tmp:
        out = pathlib.Path(tmp) / f"out.{out_fmt}"
        p = subprocess.run([dhr, "anonymise", doc_dir / FORMATS[fmt], "--case", doc_dir / "case.toml", "-o", out, "-q"],
                           capture_output=True, timeout=600)
        if p.returncode != 0:
            stats["failed"] += 1
            leaks_out.append(f"{doc_dir.name} {fmt}->{out_fmt} anonymise: exit {p.returncode}: "
                             f"{p.stderr.decode(errors='replace').strip()}")
            return stats, None
        if out.exists() is False:
            stats["failed"] += 1
            return stats, None
        text = PAGE_NUMBER_LINE.sub("", BLOCK_LABEL.sub("", output_text(dhr, out)))
    a, b = words(text), words(expected)
    similarity = difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()
    for t in {(t["text"], t["category"]) for t in truth["identifiers"]}:
        extra = count_words(text, t[0]) - count_words(expected, t[0])
        if extra > 0:
            stats[f"leak:{t[1]}"] += extra
            stats["leaks"] += extra
            leaks_out.append(f"{doc_dir.name} {fmt}->{out_fmt} anonymise: {t[1]} left {extra} time(s): {t[0]!r}")
    for k in truth.get("must_keep", []):
        want = count_words(expected, k["text"])
        stats["keep_total"] += want
        stats["keep_kept"] += min(want, count_words(text, k["text"]))
    return stats, similarity


def run_anonymise_mode(docs, formats, dhr, leaks):
    """Per input->output format: similarity per document, leaks, keep survival."""
    table = {}
    for fmt in formats:
        for out_fmt in ANONYMISE_OUTPUTS.get(fmt, []):
            key = f"anonymise/{fmt}->{out_fmt}"
            row = {"similarity": {}, "leaks": 0, "failed": 0, "keep": None}
            keep_total = keep_kept = 0
            for d in docs:
                if not (d / FORMATS[fmt]).exists():
                    continue
                stats, sim = evaluate_anonymise(d, fmt, dhr, out_fmt, leaks)
                row["failed"] += stats["failed"]
                row["leaks"] += stats["leaks"]
                keep_total += stats["keep_total"]
                keep_kept += stats["keep_kept"]
                if sim is not None:
                    row["similarity"][d.name] = round(sim, 4)
            row["keep"] = ratio(keep_kept, keep_total)
            sims = list(row["similarity"].values())
            row["min_similarity"] = min(sims) if sims else None
            table[key] = row
    return table


def print_anonymise_table(table):
    if not table:
        return
    print("\n== anonymise (dhr anonymise, compared with expected.md)")
    print(f"{'input->output':<16} {'failed':>6} {'leaks':>6} {'keep':>7}  similarity per document")
    for key, row in table.items():
        sims = ", ".join(f"{d} {v:.3f}" for d, v in row["similarity"].items())
        print(f"{key.split('/')[1]:<16} {row['failed']:>6} {row['leaks']:>6} {fmt_pct(row['keep']):>7}  {sims}")


def ratio(num, den):
    return None if den == 0 else num / den


def summarise(all_stats):
    """Per (mode, format, category): recall, precision; plus keep and consistency."""
    table = {}
    for (mode, fmt), stats in all_stats.items():
        row = {}
        for cat, c in stats.items():
            if cat == "_keep":
                row["KEEP"] = {"survival": ratio(c["kept"], c["total"]), "n": c["total"]}
                continue
            entry = {"recall": ratio(c["found"], c["total"]), "n": c["total"],
                     "precision": ratio(c["warranted"], c["findings"]), "findings": c["findings"]}
            if c["unlocated"]:
                entry["unlocated"] = c["unlocated"]
            if cat == "PERSON" and mode == "case":
                # Ambiguous answers (both candidates shown for review) are not guesses:
                # consistency counts only answers that name one subject.
                entry["consistency"] = ratio(c["consistent"], c["consistent"] + c["wrong_subject"])
                entry["ambiguous"] = c["ambiguous"]
                entry["wrong_subject"] = c["wrong_subject"]
            row[cat] = entry
        table[f"{mode}/{fmt}"] = row
    return table


def fmt_pct(x):
    return "   -  " if x is None else f"{100 * x:5.1f}%"


def print_table(table):
    for key, row in table.items():
        print(f"\n== {key}")
        print(f"{'category':<13} {'recall':>7} {'n':>5} {'precision':>9} {'finds':>6}  notes")
        for cat in sorted(c for c in row if c != "KEEP"):
            e = row[cat]
            notes = []
            if "consistency" in e:
                notes.append(f"consistent {fmt_pct(e['consistency']).strip()} ({e['wrong_subject']} wrong), "
                             f"{e['ambiguous']} ambiguous (both shown)")
            if e.get("unlocated"):
                notes.append(f"{e['unlocated']} not located in extraction")
            print(f"{cat:<13} {fmt_pct(e['recall']):>7} {e['n']:>5} {fmt_pct(e['precision']):>9} {e['findings']:>6}  {'; '.join(notes)}")
        if "KEEP" in row:
            print(f"{'must-keep':<13} {fmt_pct(row['KEEP']['survival']):>7} {row['KEEP']['n']:>5}")


def check_thresholds(table, thresholds):
    """Returns failures: measured figures below their threshold. Detection keys
    ("case/md") hold category -> {metric: minimum}; anonymise keys ("anonymise/md->md")
    hold {metric: minimum} directly. A metric named max_X is an upper bound on X."""
    failures = []

    def check(label, measured, limits):
        for metric, bound in limits.items():
            if metric.startswith("max_"):
                value = measured.get(metric[4:])
                if value is not None and value > bound:
                    failures.append(f"{label} {metric[4:]}: {value} > allowed {bound}")
                continue
            value = measured.get(metric)
            if value is not None and value + 1e-9 < bound:
                failures.append(f"{label} {metric}: {100 * value:.1f}% < threshold {100 * bound:.1f}%")

    for key, limits in thresholds.items():
        if key.startswith("_"):
            continue
        if key not in table:
            failures.append(f"{key}: not measured")
        elif key.startswith("anonymise/"):
            check(key, table[key], limits)
        else:
            for cat, cat_limits in limits.items():
                if cat not in table[key]:
                    failures.append(f"{key} {cat}: not measured")
                else:
                    check(f"{key} {cat}", table[key][cat], cat_limits)
    return failures


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dhr", default=str(ROOT / "build/apps/dhr/dhr"))
    ap.add_argument("--corpus", default=str(ROOT / "testdata/corpus"))
    ap.add_argument("--mode", default="all", choices=["case", "blind", "anonymise", "all"])
    ap.add_argument("--formats", default="md,docx,pdf")
    ap.add_argument("--docs", default="")
    ap.add_argument("--thresholds", default=str(pathlib.Path(__file__).parent / "thresholds.json"))
    ap.add_argument("--json", help="write the table as JSON here")
    ap.add_argument("--quiet-leaks", action="store_true", help="print only the number of leaks")
    args = ap.parse_args()

    docs = sorted(p for p in pathlib.Path(args.corpus).iterdir() if (p / "truth.json").exists())
    if args.docs:
        wanted = set(args.docs.split(","))
        docs = [d for d in docs if d.name in wanted]
    modes = ["case", "blind"] if args.mode == "all" else [m for m in [args.mode] if m != "anonymise"]
    formats = args.formats.split(",")

    all_stats = {}
    leaks = []
    for mode in modes:
        for fmt in formats:
            merged = collections.defaultdict(collections.Counter)
            for d in docs:
                if not (d / FORMATS[fmt]).exists():
                    continue
                for cat, c in evaluate(d, fmt, mode, args.dhr, leaks).items():
                    merged[cat].update(c)
            all_stats[(mode, fmt)] = merged

    table = summarise(all_stats)
    if args.mode in ("anonymise", "all"):
        table.update(run_anonymise_mode(docs, formats, args.dhr, leaks))
    print(f"Accuracy on {len(docs)} corpus documents ({', '.join(d.name for d in docs)})")
    print_table({k: v for k, v in table.items() if not k.startswith("anonymise/")})
    print_anonymise_table({k: v for k, v in table.items() if k.startswith("anonymise/")})
    case_leaks = [l for l in leaks if " case: " in l or " anonymise: " in l]
    print(f"\n{len(case_leaks)} problem(s) in case and anonymise modes; {len(leaks) - len(case_leaks)} blind-mode misses")
    if not args.quiet_leaks:
        for l in case_leaks:
            print("  LEAK", l)
    if args.json:
        pathlib.Path(args.json).write_text(json.dumps(table, indent=2), encoding="utf-8")

    thresholds = json.loads(pathlib.Path(args.thresholds).read_text(encoding="utf-8"))
    failures = check_thresholds(table, thresholds)
    for f in failures:
        print("BELOW THRESHOLD:", f)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
