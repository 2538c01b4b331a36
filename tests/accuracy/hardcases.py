#!/usr/bin/env python3
"""The hard-case harness: is every output publishable, on text dhrkit's developers did not write?

For every case in testdata/hardcases/cases/ (written by an author who never saw the code;
see testdata/hardcases/README.md) it runs the real binary:

  anonymise  `dhr anonymise` from each input format into each output format (md -> md,
             html, txt; docx -> docx; pdf -> pdf), then reads the output back with tools
             that are not dhrkit (the Markdown/text itself, HTML stripped of tags, the
             DOCX's XML, `pdftotext`), aligns its words with the input's and counts:
               leaks      a word of a subject mention or identifier still in place
               keep lost  a must-keep phrase (a word use, a law or hospital named after
                          someone, a professional) changed
               attributed mentions replaced by the right subject's pseudonym (shared-
                          surname mentions counted apart)
               locality   addresses whose locality ("an address in Thrapston") survived
               brackets   "[A or B]" alternatives in the output
               refused    runs that exit 3 (verification refused) or 2 (error)
               open       runs that exit 1 (written, items left for a person)
  blind      `dhr scan` without a case file: the share of subject mentions inside a
             PERSON finding (the residual-name safety net)

Tables are printed per half (dev, heldout: testdata/hardcases/split.json) and category.
With --thresholds the run fails when a figure of a half is below (or, for counts, above)
its threshold. Never tune the detector on the held-out half: look only at its figures.

    python3 tests/accuracy/hardcases.py --dhr build/apps/dhr/dhr [--half dev|heldout|all]
        [--mode anonymise|blind|all] [--category C ...] [--show-failures] [--thresholds F] [--json OUT]
"""
from __future__ import annotations

import argparse
import collections
import concurrent.futures
import difflib
import html.parser
import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile
import zipfile

ROOT = pathlib.Path(__file__).resolve().parents[2]
CASES = ROOT / "testdata" / "hardcases" / "cases"
SPLIT = ROOT / "testdata" / "hardcases" / "split.json"
PAIRS = [("md", "md"), ("md", "html"), ("md", "txt"), ("docx", "docx"), ("pdf", "pdf")]
TITLES = {"mr", "mrs", "ms", "miss", "master", "mx", "dr"}
WORD = re.compile(r"\w+")
BRACKETED = re.compile(r"\[[^\[\]\n]{1,80}? or [^\[\]\n]{1,80}?\]")


def normalise(text: str) -> str:
    return (text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
            .replace("\u00ad", "").replace("\ufb01", "fi").replace("\ufb02", "fl"))


def tokens(text: str):
    """Words of a text, case-folded, with their character spans."""
    return [(m.group(0).casefold(), m.start(), m.end()) for m in WORD.finditer(normalise(text))]


class _HtmlText(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "title"):
            self.skip += 1
        self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title"):
            self.skip -= 1
        self.parts.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def docx_text(path: pathlib.Path) -> str:
    """Visible text of a DOCX read straight from its XML: body, then footnotes, headers, footers."""
    out = []
    with zipfile.ZipFile(path) as z:
        names = ["word/document.xml"] + sorted(n for n in z.namelist() if re.match(
            r"word/(footnotes|endnotes|header\d*|footer\d*)\.xml$", n))
        for name in names:
            if name not in z.namelist():
                continue
            xml = z.read(name).decode("utf-8")
            xml = re.sub(r"<w:delText[^>]*>.*?</w:delText>", "", xml, flags=re.S)
            for para in re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S):
                para = re.sub(r"<w:(tab|br)\b[^>]*/>", " ", para)
                out.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", para)))
    import html as h
    return h.unescape("\n".join(out))


def file_text(path: pathlib.Path) -> str:
    ext = path.suffix.lstrip(".")
    if ext in ("md", "txt"):
        return path.read_text(encoding="utf-8")
    if ext == "html":
        p = _HtmlText()
        p.feed(path.read_text(encoding="utf-8"))
        return "".join(p.parts)
    if ext == "docx":
        return docx_text(path)
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True,
                              timeout=120).stdout.decode("utf-8", "replace")
    raise ValueError(ext)


def align(a, b):
    """For each word of a: the index of the same word in b where the texts agree, else None;
    and for each word of a that differs, the id of the differing region (opcode index)."""
    sm = difflib.SequenceMatcher(None, [t[0] for t in a], [t[0] for t in b], autojunk=False)
    mapped = [None] * len(a)
    region = [None] * len(a)
    regions = []
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            for k in range(i2 - i1):
                mapped[i1 + k] = j1 + k
        else:
            rid = len(regions)
            regions.append((i1, i2, j1, j2))
            for k in range(i1, i2):
                region[k] = rid
    return mapped, region, regions


def token_range(toks, start, end):
    return [i for i, t in enumerate(toks) if t[1] < end and t[2] > start]


class Truth:
    def __init__(self, folder: pathlib.Path):
        self.folder = folder
        self.data = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
        self.md = (folder / "draft.md").read_text(encoding="utf-8")
        self.md_tokens = tokens(self.md)
        self.pseudonyms = {s["pseudonym"].casefold() for s in self.data["subjects"]}
        surname_owners = collections.Counter(s["name"].split()[-1].casefold() for s in self.data["subjects"])
        self.shared_surnames = {n for n, c in surname_owners.items() if c > 1}
        for it in self.data["items"]:
            it["tok"] = token_range(self.md_tokens, it["start"], it["end"])

    def items(self, kind=None):
        return [it for it in self.data["items"] if kind is None or it["kind"] == kind]

    def shared(self, mention) -> bool:
        words = [t[0] for t in tokens(mention["text"]) if t[0] not in TITLES]
        return bool(words) and all(w in self.shared_surnames for w in words)


def leak_tokens(item, md_tokens):
    """The words of an item that must not survive."""
    out = []
    words = [md_tokens[i][0] for i in item["tok"]]
    locality = {t[0] for t in tokens(item.get("locality", ""))}
    for i, w in zip(item["tok"], words):
        if item["kind"] == "mention" and w in TITLES:
            continue
        if item["kind"] == "identifier":
            cat = item["category"]
            if cat == "ADDRESS" and w in locality:
                continue
            if cat in ("DOB", "DATE_OF_DEATH") and re.fullmatch(r"(19|20)\d\d", w):
                continue
            if cat == "DATE_OF_DEATH" and w in MONTHS:
                continue
            if cat == "AGE" and not re.search(r"\d", w) and w not in NUMBER_WORDS:
                continue  # "a 38 year old woman": the number is the identifier
            if w in ("the", "a", "an", "on", "in", "at", "of", "and", "flat", "s"):
                continue
        out.append(i)
    return out


MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"}
NUMBER_WORDS = {"sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty",
                "seventy", "eighty", "ninety"}


def evaluate_output(truth: Truth, in_text: str, out_text: str, stats: dict, failures: list, label: str):
    in_toks = tokens(in_text)
    out_toks = tokens(out_text)
    md_to_in, _, _ = align(truth.md_tokens, in_toks) if in_text != truth.md else (list(range(len(in_toks))), None, None)
    in_to_out, in_region, regions = align(in_toks, out_toks)

    def status(md_i):
        """'kept', 'changed' (region id), or None when the input format lost the word."""
        j = md_to_in[md_i]
        if j is None:
            return None, None
        if in_to_out[j] is not None:
            return "kept", None
        return "changed", in_region[j]

    def context(item):
        s = max(0, item["start"] - 50)
        return truth.md[s:item["end"] + 50].replace("\n", " ")

    region_mentions = collections.defaultdict(list)
    for it in truth.items():
        toks = it["tok"]
        if it["kind"] == "keep":
            stats["keep"] += 1
            sts = [status(i)[0] for i in toks]
            if any(s == "changed" for s in sts):
                stats["keep_lost"] += 1
                failures.append(f"{label}: keep lost: [[{it['text']}]] in: {context(it)}")
            continue
        if it["kind"] == "identifier" and it["category"] == "ADDRESS" and it.get("locality"):
            stats["locality"] += 1
            loc = [t[0] for t in tokens(it["locality"])]
            out_words = set()
            for i in toks:
                s, r = status(i)
                if s == "kept":
                    out_words.add(truth.md_tokens[i][0])
                elif s == "changed":
                    i1, i2, j1, j2 = regions[r]
                    out_words.update(t[0] for t in out_toks[j1:j2])
            if all(w in out_words for w in loc):
                stats["locality_kept"] += 1
            else:
                failures.append(f"{label}: locality lost: <{it['text']}|{it['locality']}>")
        key = "mentions" if it["kind"] == "mention" else "identifiers"
        stats[key] += 1
        leaked = [truth.md_tokens[i][0] for i in leak_tokens(it, truth.md_tokens) if status(i)[0] == "kept"]
        if leaked:
            stats[key + "_leaked"] += 1
            what = f"{{{it['text']}|{it.get('subject', it.get('category'))}}}"
            failures.append(f"{label}: LEAK {what} ({' '.join(leaked)}) in: {context(it)}")
            continue
        if it["kind"] == "mention" and it["subject"] != "*":
            regs = {status(i)[1] for i in toks if status(i)[0] == "changed"}
            if len(regs) == 1:
                region_mentions[regs.pop()].append(it)
    for rid, mentions in region_mentions.items():
        i1, i2, j1, j2 = regions[rid]
        got = [t[0] for t in out_toks[j1:j2] if t[0] in truth.pseudonyms]
        want = [m["subject"].casefold() for m in mentions]
        for k, m in enumerate(mentions):
            if m["unsure"]:
                continue
            shared = truth.shared(m)
            stats["attributed_total"] += 1
            stats["shared_total"] += shared
            ok = got[k] == want[k] if len(got) == len(want) else (want[k] in got and set(got) <= set(want))
            if ok:
                stats["attributed"] += 1
                stats["shared_attributed"] += shared
            else:
                failures.append(f"{label}: WRONG SUBJECT {{{m['text']}|{m['subject']}}} became "
                                f"{' '.join(t[0] for t in out_toks[j1:j2]) or '(nothing)'} in: {context(m)}")
    n = len(BRACKETED.findall(out_text))
    stats["brackets"] += n
    if n:
        failures.append(f"{label}: {n} bracketed alternative(s): {BRACKETED.findall(out_text)[:3]}")


def run_case(dhr: str, folder: pathlib.Path, modes, workdir: pathlib.Path, formats):
    truth = Truth(folder)
    results = []  # (pair label, stats, failures)
    for src_fmt, out_fmt in PAIRS:
        if "anonymise" not in modes:
            break
        if src_fmt not in formats:
            continue
        src = folder / f"draft.{src_fmt}"
        if not src.exists():
            continue
        label = f"{folder.name} {src_fmt}->{out_fmt}"
        stats, failures = collections.Counter(), []
        out = workdir / f"{folder.name}-{src_fmt}.{out_fmt}"
        p = subprocess.run([dhr, "anonymise", str(src), "--case", str(folder / "case.toml"), "-o", str(out), "-q"],
                           capture_output=True, timeout=300)
        stats["runs"] += 1
        if p.returncode in (2, 3) or not out.exists():
            stats["refused"] += 1
            failures.append(f"{label}: REFUSED exit {p.returncode}: {p.stderr.decode(errors='replace').strip()[:300]}")
        else:
            stats["open"] += p.returncode == 1
            in_text = truth.md if src_fmt == "md" else file_text(src)
            evaluate_output(truth, in_text, file_text(out), stats, failures, label)
            out.unlink()
        results.append((f"{src_fmt}->{out_fmt}", stats, failures))
    if "blind" in modes:
        for src_fmt in ("md", "docx", "pdf"):
            src = folder / f"draft.{src_fmt}"
            if src.exists() and src_fmt in formats:
                results.append((f"blind/{src_fmt}",) + blind(dhr, truth, src, f"{folder.name} blind/{src_fmt}"))
    return folder.name, truth.data["category"], results


def blind(dhr: str, truth: Truth, src: pathlib.Path, label: str):
    stats, failures = collections.Counter(), []
    ext = json.loads(subprocess.run([dhr, "extract", str(src), "--format", "json"], capture_output=True, check=True,
                                    timeout=300).stdout)
    scan = subprocess.run([dhr, "scan", str(src), "--format", "json"], capture_output=True, timeout=300)
    findings = json.loads(scan.stdout)["findings"]
    texts, starts, pos = [], [], 0
    for b in ext["blocks"]:
        starts.append(pos)
        texts.append(b["text"])
        pos += len(b["text"]) + 1
    joined = "\n".join(texts)
    covered = [False] * len(joined)
    for f in findings:
        if f["category"] != "PERSON":
            continue
        raw = ext["blocks"][f["block"]]["text"].encode("utf-8")
        b = starts[f["block"]] + len(raw[:f["begin"]].decode("utf-8", "ignore"))
        e = starts[f["block"]] + len(raw[:f["end"]].decode("utf-8", "ignore"))
        for k in range(b, min(e, len(joined))):
            covered[k] = True
    ext_toks = tokens(joined)
    md_to_ext, _, _ = align(truth.md_tokens, ext_toks)
    for it in truth.items("mention"):
        words = [i for i in it["tok"] if truth.md_tokens[i][0] not in TITLES]
        stats["mentions"] += 1
        hit = any(md_to_ext[i] is not None and covered[ext_toks[md_to_ext[i]][1]] for i in words)
        if hit:
            stats["found"] += 1
        else:
            s = max(0, it["start"] - 50)
            failures.append(f"{label}: MISSED {{{it['text']}}} in: {truth.md[s:it['end'] + 50]!r}")
    return stats, failures


def ratio(a, b):
    return a / b if b else 1.0


def summarise(per_case, split):
    """{half: {category: {pair: Counter}}} plus 'all' rows."""
    table = collections.defaultdict(lambda: collections.defaultdict(lambda: collections.defaultdict(collections.Counter)))
    for name, category, results in per_case:
        half = split.get(name, "dev")
        for pair, stats, _ in results:
            for cat in (category, "all"):
                table[half][cat][pair].update(stats)
                table[half][cat]["all" if not pair.startswith("blind") else "blind"].update(stats)
    return table


def figures(s: collections.Counter) -> dict:
    return {
        "runs": s["runs"], "refused": s["refused"], "open": s["open"], "brackets": s["brackets"],
        "mention_leaks": s["mentions_leaked"], "identifier_leaks": s["identifiers_leaked"],
        "keep_survival": ratio(s["keep"] - s["keep_lost"], s["keep"]),
        "attribution": ratio(s["attributed"], s["attributed_total"]),
        "shared_attribution": ratio(s["shared_attributed"], s["shared_total"]),
        "locality": ratio(s["locality_kept"], s["locality"]),
        "mentions": s["mentions"], "keeps": s["keep"], "shared": s["shared_total"],
    }


def print_tables(table):
    for half in sorted(table):
        print(f"\n== {half} half: anonymise (all pairs: md->md/html/txt, docx->docx, pdf->pdf)")
        print(f"{'category':<16}{'runs':>6}{'refused':>8}{'open':>6}{'brackets':>9}{'m.leaks':>8}{'id.leaks':>9}"
              f"{'keep':>8}{'attrib':>8}{'shared':>8}{'locality':>9}")
        for cat in sorted(table[half], key=lambda c: (c == "all", c)):
            f = figures(table[half][cat]["all"])
            if not f["runs"]:
                continue
            print(f"{cat:<16}{f['runs']:>6}{f['refused']:>8}{f['open']:>6}{f['brackets']:>9}{f['mention_leaks']:>8}"
                  f"{f['identifier_leaks']:>9}{f['keep_survival']:>8.1%}{f['attribution']:>8.1%}"
                  f"{f['shared_attribution']:>8.1%}{f['locality']:>9.1%}")
        blind_rows = [(cat, table[half][cat]["blind"]) for cat in sorted(table[half]) if table[half][cat]["blind"]["mentions"]]
        if blind_rows:
            print(f"-- {half} half: blind person-name recall (no case file; md, docx, pdf)")
            for cat, s in sorted(blind_rows, key=lambda r: (r[0] == "all", r[0])):
                print(f"{cat:<16}{ratio(s['found'], s['mentions']):>8.1%}  ({s['found']}/{s['mentions']})")


def check_thresholds(table, path: pathlib.Path) -> list[str]:
    th = json.loads(path.read_text())
    bad = []
    for half, limits in th.items():
        if half.startswith("_") or half not in table:
            continue
        s = table[half]["all"]
        f = figures(s["all"])
        for key, limit in limits.items():
            if key == "blind_recall":
                got = ratio(s["blind"]["found"], s["blind"]["mentions"])
                if s["blind"]["mentions"] and got < limit:
                    bad.append(f"{half}: blind recall {got:.4f} < {limit}")
            elif key.startswith("max_"):
                name = key[4:]
                if f[name] > limit:
                    bad.append(f"{half}: {name} {f[name]} > {limit}")
            elif f.get(key, 1.0) < limit:
                bad.append(f"{half}: {key} {f[key]:.4f} < {limit}")
    return bad


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dhr", required=True)
    ap.add_argument("--half", default="all", choices=["dev", "heldout", "all"])
    ap.add_argument("--mode", default="all", choices=["anonymise", "blind", "all"])
    ap.add_argument("--category", action="append")
    ap.add_argument("--case", action="append", help="one case folder name (repeatable)")
    ap.add_argument("--show-failures", action="store_true", help="print every failure (dev half only unless --half)")
    ap.add_argument("--thresholds")
    ap.add_argument("--json")
    ap.add_argument("--formats", default="md,docx,pdf", help="input formats to run (comma-separated)")
    ap.add_argument("-j", type=int, default=os.cpu_count() or 2)
    args = ap.parse_args()
    split = json.loads(SPLIT.read_text())
    folders = [f for f in sorted(CASES.iterdir()) if (f / "truth.json").exists()]
    if args.half != "all":
        folders = [f for f in folders if split.get(f.name) == args.half]
    if args.category:
        folders = [f for f in folders if f.name.rsplit("-", 1)[0] in args.category]
    if args.case:
        folders = [f for f in folders if f.name in args.case]
    modes = {"anonymise", "blind"} if args.mode == "all" else {args.mode}
    with tempfile.TemporaryDirectory(prefix="dhr-hardcases-") as tmp, \
            concurrent.futures.ThreadPoolExecutor(args.j) as pool:
        formats = set(args.formats.split(","))
        per_case = list(pool.map(lambda f: run_case(args.dhr, f, modes, pathlib.Path(tmp), formats), folders))
    table = summarise(per_case, split)
    print_tables(table)
    if args.show_failures:
        print()
        for name, _, results in per_case:
            if args.half == "all" and split.get(name) == "heldout":
                continue  # the held-out half is measured, never read case by case
            for _, _, failures in results:
                for line in failures:
                    print(line)
    if args.json:
        out = {half: {cat: {pair: figures(s) | {"blind_recall": ratio(s["found"], s["mentions"])}
                            for pair, s in pairs.items()} for cat, pairs in cats.items()}
               for half, cats in table.items()}
        pathlib.Path(args.json).write_text(json.dumps(out, indent=1) + "\n")
    if args.thresholds:
        bad = check_thresholds(table, pathlib.Path(args.thresholds))
        for b in bad:
            print("BELOW THRESHOLD:", b)
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
