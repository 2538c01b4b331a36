#!/usr/bin/env python3
"""dhr batch / dhr search end to end: a folder of good and bad files, format by content,
reruns, kill -9 and resume, per-file time and memory limits, shards and merge, search,
reports, anonymised copies. Quick (seconds) and free of timing assertions."""
import csv
import json
import os
import pathlib
import shutil
import signal
import sqlite3
import subprocess
import time
import zipfile

from dhr_test import DHR, TESTDATA, check, finish, run, temp_dir

CORPUS = TESTDATA / "corpus"
BAD = TESTDATA / "bad"
BAD_FILES = ["encrypted.pdf", "truncated.pdf", "zipbomb.docx", "traversal.docx", "entities.docx", "notapdf.pdf",
             "empty.docx"]


def query(db, sql, *args):
    con = sqlite3.connect(db)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


def make_inputs(root):
    """Good reports under several names, a PDF named .docx, broken files, a non-report."""
    d = root / "in"
    (d / "bad").mkdir(parents=True)
    (d / "notes").mkdir()
    shutil.copy(CORPUS / "sample" / "draft.docx", d / "sample.docx")
    shutil.copy(CORPUS / "sample" / "draft.pdf", d / "sample.pdf")
    shutil.copy(CORPUS / "eastbrook" / "draft.pdf", d / "eastbrook.pdf")
    shutil.copy(CORPUS / "eastbrook" / "draft.md", d / "notes" / "eastbrook.md")
    shutil.copy(CORPUS / "seed000" / "draft.pdf", d / "disguised.docx")  # a PDF by content
    (d / "z-copies").mkdir()
    shutil.copy(CORPUS / "sample" / "draft.pdf", d / "z-copies" / "sample-again.pdf")  # a duplicate
    shutil.copy(CORPUS / "sample" / "case.toml", d / "case.toml")  # not a report: skipped
    for name in BAD_FILES:
        shutil.copy(BAD / name, d / "bad" / name)
    return d


def documents(db):
    return sorted(query(db, "SELECT hash, path, status, format, pages, findings, findings_action, sections_missing,"
                            " coalesce(error_kind, '') FROM documents"))


def folder_run(root):
    d = make_inputs(root)
    db = root / "a.sqlite"
    code, out, err = run("batch", d, "--db", db, "-j", "2", "--progress", "lines", timeout=300)
    check(code == 2, f"batch with bad files: exit {code}, expected 2 (stderr: {err[-500:]})")
    rows = {pathlib.Path(p).name: (status, fmt, kind) for _, p, status, fmt, _, _, _, _, kind in documents(db)}
    for name in ["sample.docx", "sample.pdf", "eastbrook.pdf", "eastbrook.md", "disguised.docx"]:
        check(rows.get(name, ("?",))[0] == "ok", f"{name}: {rows.get(name)}")
    check(rows.get("disguised.docx", ("", ""))[1] == "pdf", f"a PDF named .docx is read as PDF: {rows.get('disguised.docx')}")
    for name in BAD_FILES:
        check(name in rows and rows[name][0] != "ok" and rows[name][2] != "",
              f"bad file {name} recorded as failed with its kind: {rows.get(name)}")
    check("case.toml" not in rows, "a case file in the folder is not taken for a report")
    check(len(rows) == 5 + len(BAD_FILES), f"one document per content: {sorted(rows)}")
    files = query(db, "SELECT count(*) FROM files")[0][0]
    check(files == 6 + len(BAD_FILES), f"every path is in files, the duplicate too: {files}")
    check(query(db, "PRAGMA integrity_check")[0][0] == "ok", "integrity_check")
    check(query(db, "PRAGMA user_version")[0][0] == 1, "schema version 1")
    n, with_text = query(db, "SELECT count(*), count(text) FROM findings")[0]
    check(n > 0 and with_text == 0, f"findings stored without their text by default ({n}, {with_text})")
    check(query(db, "SELECT count(*) FROM sections")[0][0] > 0, "sections recorded")
    check("documents" in out and "slowest" in out and "failed" in out, f"summary on stdout: {out[-600:]}")
    check("zipbomb.docx" in err and "[" in err, "plain progress lines name the files")
    # The log names files and problems, never what was found in them.
    for leak in ["Abi ", "Thomas "]:
        check(leak not in err and leak not in out, f"the log leaks a name: {leak!r}")

    # Rerun: nothing processed again, the failed files are still reported.
    before = query(db, "SELECT id, processed_at FROM documents ORDER BY id")
    code, out, err = run("batch", d, "--db", db, "--progress", "lines", timeout=120)
    check(code == 2, f"rerun: exit {code}")
    check("0 processed" in out, f"rerun processes nothing: {out[:300]}")
    check(query(db, "SELECT id, processed_at FROM documents ORDER BY id") == before, "rerun leaves documents alone")

    # Search: phrase and boolean queries, with document and page.
    code, out, err = run("search", "--db", db, '"terms of reference"', "--format", "json")
    hits = json.loads(out) if code == 0 else []
    check(code == 0 and hits, f"search finds a phrase (exit {code}, {err})")
    check(any(h["page"] > 0 and h["location"] == f"page {h['page']}" and "[" in h["snippet"] for h in hits),
          f"PDF hits carry a page and a marked snippet: {hits[:2]}")
    code, out, err = run("search", "--db", db, "review AND domestic", "--limit", "3")
    check(code == 0 and 0 < len(out.splitlines()) <= 3, f"boolean search with --limit: {code} {out}")
    code, out, err = run("search", "--db", db, "zzzyyyxxx")
    check(code == 1 and out == "", f"no match: exit 1 ({code})")
    code, out, err = run("search", "--db", db, '"unbalanced')
    check(code == 2 and err.startswith("dhr: "), f"bad query: exit 2 with one line ({code}, {err})")

    # Reports: one row per document.
    code, _, err = run("batch", "--db", db, "--report", root / "r.csv")
    with open(root / "r.csv", newline="") as f:
        table = list(csv.DictReader(f))
    check(code == 0 and len(table) == len(rows), f"csv report: exit {code}, {len(table)} rows ({err})")
    check({"path", "status", "error", "findings", "sections_missing"} <= set(table[0]), f"csv columns: {list(table[0])}")
    code, _, err = run("batch", "--db", db, "--report", root / "r.json")
    data = json.loads((root / "r.json").read_text())
    check(code == 0 and len(data) == len(rows) and "categories" in data[0], "json report")
    return d, db


def manifest_run(root, d):
    manifest = root / "list.txt"
    manifest.write_text(f"# reports to add\n{d / 'sample.pdf'}\nmissing.pdf\n\n")
    db = root / "man.sqlite"
    code, out, err = run("batch", "--manifest", manifest, d / "eastbrook.pdf", "--db", db, "-q")
    rows = dict(query(db, "SELECT path, coalesce(error_kind, '') FROM documents"))
    check(code == 2 and len(rows) == 3, f"manifest and PATH together: {code} {rows}")
    check(rows.get(str(root / "missing.pdf")) == "not_found", f"a missing listed file is recorded: {rows}")
    check(rows.get(str(d / "sample.pdf")) == "" and rows.get(str(d / "eastbrook.pdf")) == "", f"listed ones ok: {rows}")


def shards_and_merge(root, d, full_db):
    parts = []
    for k in (1, 2):
        db = root / f"s{k}.sqlite"
        run("batch", d, "--db", db, "-j", "1", "--shard", f"{k}/2", "-q", timeout=300)
        parts.append(db)
    h1 = {r[0] for r in documents(parts[0])}
    h2 = {r[0] for r in documents(parts[1])}
    full = documents(full_db)
    check(not (h1 & h2), "shards are disjoint")
    check(h1 | h2 == {r[0] for r in full}, "shards cover the input")
    merged = root / "m.sqlite"
    code, out, err = run("batch", "merge", merged, *parts)
    check(code == 0, f"merge: exit {code} ({err})")
    check(documents(merged) == full, "the merged archive has the unsharded archive's documents")
    check(query(merged, "SELECT count(*) FROM files") == query(full_db, "SELECT count(*) FROM files"), "merged paths")
    check(query(merged, "SELECT count(*) FROM text_fts") == query(full_db, "SELECT count(*) FROM text_fts"), "merged text")
    code, _, err = run("batch", "--db", root / "x.sqlite", d, "--shard", "3/2")
    check(code == 2, f"--shard 3/2 is a usage error ({code})")


def kill_and_resume(root):
    d = root / "many"
    d.mkdir()
    src = (CORPUS / "eastbrook" / "draft.pdf").read_bytes()
    for i in range(12):  # distinct contents: a comment after %%EOF
        (d / f"r{i:02}.pdf").write_bytes(src + f"\n%copy {i}\n".encode())
    db = root / "k.sqlite"
    p = subprocess.Popen([DHR, "batch", d, "--db", db, "-j", "1", "--progress", "lines"],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    seen = 0
    deadline = time.monotonic() + 120
    while seen < 3 and time.monotonic() < deadline:
        line = p.stderr.readline()
        if not line:
            break
        seen += b"] ok" in line
    p.send_signal(signal.SIGKILL)
    p.wait()
    check(seen == 3, f"saw 3 documents finish before the kill ({seen})")
    check(query(db, "PRAGMA integrity_check")[0][0] == "ok", "integrity after kill -9")
    done = query(db, "SELECT hash, id, processed_at FROM documents")
    check(3 <= len(done) < 12, f"some but not all documents done at the kill: {len(done)}")
    code, out, err = run("batch", d, "--db", db, "-j", "2", "--progress", "lines", timeout=300)
    check(code == 0, f"resume: exit {code} ({err[-300:]})")
    check(f"{len(done)} already in the archive" in out, f"resume skips the finished ones: {out[:200]}")
    after = query(db, "SELECT hash, id, processed_at FROM documents")
    check(len(after) == 12 and all(r in after for r in done), "resume completes without redoing finished files")
    check(query(db, "PRAGMA integrity_check")[0][0] == "ok", "integrity after resume")


def balloon_docx(path, paragraphs):
    """A valid DOCX whose document.xml is large (varied text: an ordinary compression
    ratio, so the reader's own zip limits do not stop it): it makes the reader balloon
    and run long."""
    parts = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>']
    for i in range(paragraphs):
        parts.append(f"<w:p><w:r><w:t>Paragraph {i} of the chronology, entry {i * 7919 % 100003}, "
                     f"agency contact number {i * 31337 % 999983}.</w:t></w:r></w:p>")
    parts.append("</w:body></w:document>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr("word/document.xml", "".join(parts))


def processes_mentioning(text):
    """Pids whose command line holds text (from /proc: pgrep may not be installed)."""
    found = []
    for entry in os.listdir("/proc"):
        try:
            if entry.isdigit() and text in open(f"/proc/{entry}/cmdline", "rb").read().decode("utf-8", "replace"):
                found.append(entry)
        except OSError:
            pass
    return found


def limits(root):
    d = root / "limits"
    d.mkdir()
    balloon_docx(d / "balloon.docx", 600_000)
    shutil.copy(CORPUS / "eastbrook" / "draft.pdf", d / "fine.pdf")
    db = root / "l.sqlite"
    code, out, err = run("batch", d, "--db", db, "-j", "2", "--memory-limit", "100", "--timeout", "120",
                         "--progress", "lines", timeout=200)
    rows = dict(query(db, "SELECT path, status FROM documents"))
    check(rows.get(str(d / "balloon.docx")) == "memory", f"--memory-limit stops the balloon: {rows} ({err[-300:]})")
    check(rows.get(str(d / "fine.pdf")) == "ok", "the batch goes on past it")
    check(code == 2, f"exit 2 when a file hit a limit ({code})")
    # One worker: the balloon kills it, and a fresh one must take the documents after it.
    shutil.copy(CORPUS / "sample" / "draft.docx", d / "aa-before.docx")
    shutil.copy(CORPUS / "sample" / "draft.pdf", d / "zz-after.pdf")
    db = root / "one.sqlite"
    code, out, err = run("batch", d, "--db", db, "-j", "1", "--memory-limit", "100", "--timeout", "120",
                         "--progress", "lines", timeout=200)
    rows = dict(query(db, "SELECT path, status FROM documents"))
    check(rows.get(str(d / "balloon.docx")) == "memory" and
          all(rows.get(str(d / name)) == "ok" for name in ("aa-before.docx", "fine.pdf", "zz-after.pdf")),
          f"-j 1: a new worker goes on after the one the balloon killed: {rows} ({err[-300:]})")
    lingering = processes_mentioning(str(db))
    check(lingering == [], f"no worker outlives the batch: {lingering}")
    for name in ("aa-before.docx", "zz-after.pdf"):
        (d / name).unlink()
    db = root / "t.sqlite"
    code, out, err = run("batch", d / "balloon.docx", "--db", db, "--timeout", "0.5", "--memory-limit", "8000",
                         "-q", timeout=200)
    rows = query(db, "SELECT status, error FROM documents")
    check(len(rows) == 1 and rows[0][0] == "timeout" and "time limit" in rows[0][1], f"--timeout stops it: {rows}")
    check(code == 2 and out == "" and err == "", f"-q prints nothing ({code}, {out!r}, {err!r})")


def anonymised_copies(root):
    d = root / "anon-in"
    cases = root / "cases"
    out_dir = root / "anon-out"
    (d / "sub").mkdir(parents=True)
    cases.mkdir()
    shutil.copy(CORPUS / "eastbrook" / "draft.md", d / "sub" / "eastbrook.md")
    shutil.copy(CORPUS / "eastbrook" / "draft.docx", d / "eastbrook.docx")
    shutil.copy(CORPUS / "eastbrook" / "case.toml", cases / "eastbrook.toml")
    shutil.copy(CORPUS / "sample" / "draft.md", d / "nocase.md")
    db = root / "anon.sqlite"
    code, out, err = run("batch", d, "--db", db, "--out", out_dir, "--case-dir", cases, "-q", timeout=300)
    rows = dict(query(db, "SELECT path, coalesce(anonymised, '') FROM documents"))
    md = rows.get(str(d / "sub" / "eastbrook.md"))
    check(md in ("written", "refused"), f"anonymisation of the text report: {rows}")
    if md == "written":
        copy = out_dir / "sub" / "eastbrook.md"
        check(copy.exists(), "the anonymised copy mirrors the input folders under --out")
        check(copy.exists() and "Halina" not in copy.read_text(), "the copy is anonymised")
    check(rows.get(str(d / "eastbrook.docx")) != "", f"a DOCX with a case file is anonymised too: {rows}")
    check(rows.get(str(d / "nocase.md")) == "", "no case file: no copy")
    check(not (out_dir / "nocase.md").exists(), "nothing written without a case file")
    check(query(db, "SELECT count(*) FROM documents WHERE status = 'ok'")[0][0] == 3, "all three read and scanned")
    code, _, err = run("batch", d, "--db", db, "--out", out_dir)
    check(code == 2 and "--case-dir" in err, f"--out without --case-dir is a usage error ({code}, {err})")


with temp_dir() as t:
    root = pathlib.Path(t)
    d, db = folder_run(root)
    manifest_run(root, d)
    shards_and_merge(root, d, db)
    kill_and_resume(root)
    limits(root)
    anonymised_copies(root)
finish()
