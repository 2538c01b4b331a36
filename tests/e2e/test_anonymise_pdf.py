#!/usr/bin/env python3
"""`dhr anonymise` from PDF to PDF: the real binary on the sample draft writes a
verified copy (exit 0) that no extraction finds a subject's name in, whose replacements
are searchable, and leaves nothing else behind; writing over the input is refused."""
import os
import pathlib
import shutil
import subprocess

from dhr_test import TESTDATA, check, finish, run, temp_dir

SAMPLE = TESTDATA / "corpus" / "sample"
NAMES = ["Grace Okafor", "Okafor", "Gracie", "Marcus"]


def pdftotext(path):
    if shutil.which("pdftotext") is None:
        return None
    return subprocess.run(["pdftotext", "-q", str(path), "-"], capture_output=True).stdout.decode("utf-8", "replace")


def main():
    with temp_dir() as d:
        # Verification re-reads the output; Poppler asks fontconfig for the replacement
        # font (Helvetica, not embedded) and fontconfig's one-time set-up is never freed.
        # In sanitizer builds that is reported as a leak: a stopgap suppression, until
        # replacements are drawn in an embedded font.
        supp = pathlib.Path(d) / "fontconfig.supp"
        supp.write_text("leak:libfontconfig.so\n")
        os.environ["LSAN_OPTIONS"] = f"suppressions={supp}:print_suppressions=0"
        out = pathlib.Path(d) / "published.pdf"
        code, stdout, err = run("anonymise", SAMPLE / "draft.pdf", "--case", SAMPLE / "case.toml", "-o", out,
                                timeout=120)
        check(code == 0, f"anonymise pdf->pdf: exit {code}: {err.strip()[:300]}")
        check(out.exists(), "the output exists")
        check("verified clean" in stdout + err, f"verification passed: {(stdout + err)[:300]!r}")
        check(sorted(p.name for p in pathlib.Path(d).iterdir()) == ["fontconfig.supp", "published.pdf"],
              "nothing else was left behind")
        text = pdftotext(out) if out.exists() else ""
        if text is not None:
            for name in NAMES:
                check(name not in text, f"{name} survived in pdftotext output")
            check("Abi" in text, "the victim's pseudonym is searchable")

        copy = pathlib.Path(d) / "draft.pdf"
        shutil.copy(SAMPLE / "draft.pdf", copy)
        before = copy.read_bytes()
        code, _, err = run("anonymise", copy, "--case", SAMPLE / "case.toml", "-o", copy, timeout=120)
        check(code == 2, f"writing over the input: exit {code}, expected 2: {err.strip()[:200]}")
        check(copy.read_bytes() == before, "the input is unchanged")
    finish()


if __name__ == "__main__":
    main()
