#!/usr/bin/env python3
"""Generate the fictional DHR corpus with ground truth.

    python3 testdata/corpus/generate.py                 # regenerate the committed corpus
    python3 testdata/corpus/generate.py --variants 5 --out /tmp/corpus --seed 7

The published, already anonymised reports in shared/seeds are the *expected
output* of anonymisation; this script turns each back into a plausible draft
by giving every pseudonymised person an invented identity, and records every
identifier it inserted (truth.json) together with the expected anonymised text.
Two further short documents are written from scratch (sample, eastbrook).

Python 3 standard library only.  pandoc and LibreOffice (soffice) render
draft.docx and draft.pdf; --no-render skips them.  See README.md.
"""
from __future__ import annotations

import argparse
import hashlib
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import importlib  # noqa: E402

from gen.build import write_text_outputs  # noqa: E402
from gen.doc import Ctx  # noqa: E402
from gen.render import render  # noqa: E402

DEFAULT_SEED = 20240607
# Document modules, in output order.  Seeded ones read a seed file (SEED);
# the others are written from scratch.
MODULES = ["doc_seed000", "doc_seed002", "doc_seed003", "doc_seed004", "doc_sample", "doc_eastbrook"]


def _rng(seed: int, *labels: object) -> random.Random:
    """An independent, stable random stream per (seed, document, variant)."""
    h = hashlib.sha256(("/".join(map(str, (seed,) + labels))).encode()).hexdigest()
    return random.Random(int(h[:16], 16))


def build_all(seeds_dir: Path, out: Path, seed: int, variant: int, do_render: bool,
              only: set) -> None:
    for modname in MODULES:
        name = modname[len("doc_"):]
        if only and name not in only:
            continue
        mod = importlib.import_module("gen." + modname)
        assert mod.NAME == name
        ctx = Ctx(rng=_rng(seed, name, variant),
                  names=None if variant == 0 else _rng(seed, name, variant, "names"))
        if getattr(mod, "SEED", None):
            text = (seeds_dir / mod.SEED).read_text(encoding="utf-8")
            doc = mod.build(text, ctx)
        else:
            doc = mod.build(ctx)
        folder = out / (name if variant == 0 else f"{name}_v{variant:03d}")
        doc.name = folder.name          # truth.json "document" names the folder
        a, t = write_text_outputs(doc, folder)
        counts = {}
        for i in t["identifiers"]:
            counts[i["category"]] = counts.get(i["category"], 0) + 1
        print(f"{folder.name}: {len(t['identifiers'])} identifiers "
              + ", ".join(f"{k}={v}" for k, v in sorted(counts.items())))
        if do_render:
            render(folder)


def main() -> int:
    repo = HERE.parent.parent
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seeds", type=Path, default=repo / ".." / "shared" / "seeds",
                    help="folder of seed texts (default: ../shared/seeds from the repo root)")
    ap.add_argument("--out", type=Path, default=HERE, help="output folder (default: this folder)")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed")
    ap.add_argument("--variants", type=int, default=0,
                    help="write N extra copies of each document with other identities "
                         "(into --out, which should then not be this folder)")
    ap.add_argument("--no-render", action="store_true", help="skip draft.docx/draft.pdf")
    ap.add_argument("--only", action="append", default=[], help="only this document (repeatable)")
    args = ap.parse_args()
    seeds = args.seeds.resolve()
    if not seeds.is_dir():
        ap.error(f"seed folder {seeds} not found (use --seeds)")
    only = set(args.only)
    if args.variants and args.out.resolve() == HERE:
        ap.error("--variants needs --out DIR outside the committed corpus")
    if args.variants:
        for v in range(1, args.variants + 1):
            build_all(seeds, args.out, args.seed, v, not args.no_render, only)
    else:
        build_all(seeds, args.out, args.seed, 0, not args.no_render, only)
    return 0


if __name__ == "__main__":
    sys.exit(main())
