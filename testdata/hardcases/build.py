#!/usr/bin/env python3
"""Builds the hard-case corpus from its sources (see README.md here).

    python3 testdata/hardcases/build.py [--no-render] [--only CATEGORY] [--check]

Each source `src/<category>/NNN.md` (written by an author who never saw dhrkit's code, to
the brief in BRIEF.md) holds a case file as TOML front matter and an excerpt of a draft
with its ground truth marked inline. This writes `cases/<category>-NNN/`:

  draft.md     the excerpt with the markup removed (the un-anonymised draft)
  draft.docx   pandoc's rendering of draft.md          (skipped with --no-render)
  draft.pdf    LibreOffice's rendering of draft.docx   (skipped with --no-render)
  case.toml    the case file dhr is given: the author's subjects, each with a pseudonym
               from PSEUDONYMS that occurs nowhere in the text, and professionals
  truth.json   every marked item with its character range in draft.md

and `split.json`: which cases are the development half and which the held-out half,
drawn once with a fixed seed per category. The split is fixed: never redraw it.
"""
from __future__ import annotations

import argparse
import json
import pathlib
import random
import re
import sys
import tomllib

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "corpus"))

# Pseudonyms the harness can recognise in any output: invented words checked against
# each case's text. Alphabetical so that a case's subjects get them in case-file order.
PSEUDONYMS = ["Aldo", "Brin", "Corro", "Dace", "Emmor", "Fenna", "Gorran", "Hollis", "Isko", "Jarro", "Kell",
              "Lorne", "Mavo", "Norrin", "Orla", "Pellam", "Quill", "Rasko", "Sedge", "Tamsa"]
SPLIT_SEED = 20261207

TOKEN = re.compile(r"\{([^{}|]+)\|([^{}|]+)\}|\[\[([^\[\]]+)\]\]|<([^<>|]+)\|([A-Z_]+)(?:\|([^<>|]*))?>")


def toml_str(s: str) -> str:
    return json.dumps(s, ensure_ascii=False)


def parse(path: pathlib.Path):
    raw = path.read_text(encoding="utf-8")
    end = raw.index("\n+++\n", 4)
    meta = tomllib.loads(raw[4:end])
    body = raw[end + 5:]
    out, items, pos = [], [], 0
    length = 0
    for m in TOKEN.finditer(body):
        out.append(body[pos:m.start()])
        length += m.start() - pos
        if m.group(1) is not None:
            text, key = m.group(1), m.group(2).strip()
            item = {"kind": "mention", "text": text, "key": key.rstrip("?"), "unsure": key.endswith("?")}
        elif m.group(3) is not None:
            text = m.group(3)
            item = {"kind": "keep", "text": text}
        else:
            text = m.group(4)
            item = {"kind": "identifier", "text": text, "category": m.group(5)}
            if m.group(6):
                item["locality"] = m.group(6).strip()
        item["start"], item["end"] = length, length + len(text)
        items.append(item)
        out.append(text)
        length += len(text)
        pos = m.end()
    out.append(body[pos:])
    return meta, "".join(out), items


def case_toml(meta, pseudonyms, source: str) -> str:
    lines = [f"# Case file for a hard case; built by testdata/hardcases/build.py from {source}.",
             "# All names are invented.", ""]
    for s in meta.get("subject", []):
        lines.append("[[subject]]")
        lines.append(f"name = {toml_str(s['name'])}")
        if s.get("aliases"):
            lines.append("aliases = [" + ", ".join(toml_str(a) for a in s["aliases"]) + "]")
        lines.append(f"role = {toml_str(s['role'])}")
        lines.append(f"pseudonym = {toml_str(pseudonyms[s['key']])}")
        if s.get("gender"):
            lines.append(f"gender = {toml_str(s['gender'])}")
        if s.get("born"):
            lines.append(f"born = {int(s['born'])}")
        lines.append("")
    for p in meta.get("professional", []):
        lines.append("[[professional]]")
        lines.append(f"name = {toml_str(p['name'])}")
        if p.get("role"):
            lines.append(f"role = {toml_str(p['role'])}")
        lines.append("")
    for k in meta.get("keep", []):
        lines.append("[[keep]]")
        lines.append(f"text = {toml_str(k['text'])}")
        lines.append("")
    return "\n".join(lines)


def build_case(src: pathlib.Path, category: str, dest: pathlib.Path, render: bool) -> dict:
    meta, text, items = parse(src)
    lowered = text.lower()
    free = [p for p in PSEUDONYMS if not re.search(r"\b" + p.lower() + r"\b", lowered)]
    subjects = meta.get("subject", [])
    pseudonyms = {s["key"]: free[i] for i, s in enumerate(subjects)}
    for it in items:
        if it["kind"] == "mention":
            it["subject"] = "*" if it["key"] == "*" else pseudonyms[it["key"]]
            del it["key"]
    dest.mkdir(parents=True, exist_ok=True)
    (dest / "draft.md").write_text(text, encoding="utf-8")
    (dest / "case.toml").write_text(case_toml(meta, pseudonyms, f"src/{category}/{src.name}"), encoding="utf-8")
    truth = {
        "case": dest.name,
        "category": category,
        "subjects": [{"name": s["name"], "pseudonym": pseudonyms[s["key"]], "role": s["role"],
                      "gender": s.get("gender", ""), "aliases": s.get("aliases", [])} for s in subjects],
        "professionals": [p["name"] for p in meta.get("professional", [])],
        "items": items,
    }
    (dest / "truth.json").write_text(json.dumps(truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    if render:
        from gen import render as r  # testdata/corpus/gen/render.py: pandoc + LibreOffice
        r.render(dest)
    return truth


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--no-render", action="store_true", help="write draft.md, case.toml, truth.json only")
    ap.add_argument("--only", action="append", help="a category (repeatable)")
    args = ap.parse_args()
    split_path = HERE / "split.json"
    split = json.loads(split_path.read_text()) if split_path.exists() else {}
    for cat_dir in sorted((HERE / "src").iterdir()):
        if not cat_dir.is_dir() or (args.only and cat_dir.name not in args.only):
            continue
        names = []
        for src in sorted(cat_dir.glob("[0-9]*.md")):
            name = f"{cat_dir.name}-{src.stem}"
            build_case(src, cat_dir.name, HERE / "cases" / name, not args.no_render)
            names.append(name)
        # The split is drawn once: a case already in split.json keeps its half; new
        # cases are split among themselves with the category's own seeded draw.
        new = [n for n in names if n not in split]
        rng = random.Random(f"{SPLIT_SEED}-{cat_dir.name}-{len(split)}")
        rng.shuffle(new)
        for i, n in enumerate(new):
            split[n] = "dev" if i % 2 == 0 else "heldout"
        print(f"{cat_dir.name}: {len(names)} cases")
    split_path.write_text(json.dumps(dict(sorted(split.items())), indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
