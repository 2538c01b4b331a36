#!/usr/bin/env python3
"""Verify the fictional corpus: every invariant truth.json promises.

    python3 testdata/corpus/check.py testdata/corpus

Needs only the committed files (draft.md, expected.md, truth.json, case.toml,
draft.docx when present) and the Python 3.11 standard library.  Exits 1 on any
failure, printing one line per problem, and ends with a ctest-readable
"N passed, N failed" line.
"""
from __future__ import annotations

import html
import json
import re
import sys
import tomllib
import zipfile
from pathlib import Path
from typing import List, Tuple

CATEGORIES = {"PERSON", "AGE", "DOB", "ADDRESS", "POSTCODE", "PHONE", "EMAIL", "NHS_NUMBER",
              "NI_NUMBER", "VEHICLE", "HANDLE", "SCHOOL", "EMPLOYER", "PUB"}
ACTIONS = {"pseudonymise", "generalise", "remove"}
PARTS = {"body", "header", "footnote", "comment", "deletion", "properties"}
PERSON_FORMS = {"full", "first", "surname", "title_surname", "title_first", "alias",
                "possessive", "upper", "initials", "misspelling", "split"}
IDENT_KEYS = {"id", "text", "occurrence", "start", "end", "category", "subject", "form",
              "action", "expected", "part"}
FIXED_EXPECTED = {"POSTCODE": "[postcode]", "PHONE": "[phone number]", "EMAIL": "[email address]",
                  "NHS_NUMBER": "[NHS number]", "NI_NUMBER": "[NI number]",
                  "VEHICLE": "[vehicle registration]", "HANDLE": "[social media handle]",
                  "EMPLOYER": "a local employer", "PUB": "a local pub"}


def word_regex(text: str) -> "re.Pattern[str]":
    """Whole word, case-sensitive, whitespace in text matching any run (the
    definition of truth.json's occurrence and must_keep count)."""
    return re.compile(r"(?<!\w)" + r"\s+".join(re.escape(t) for t in text.split()) + r"(?!\w)")


def pseudonym_regex(p: str) -> "re.Pattern[str]":
    """Where a seed pseudonym would stand as a name.

    Letters and letter+digit codes (N, Z, S1, F2) count only as standalone
    tokens: not inside abbreviations (S.I.A.D.A., M.Sc., DVPN/O), hyphenated
    words or after an apostrophe.  "Mr E" also matches "Mr. E".  Role
    pseudonyms ("the Victim") match with either capital on the article.
    """
    m = re.fullmatch(r"(Mr|Mrs|Ms|Miss) ([A-Z])", p)
    if m:
        return re.compile(rf"\b{m.group(1)}\.?\s+{m.group(2)}(?!\w|\.\w)")
    if re.fullmatch(r"[A-Z][A-Z0-9]{0,2}", p):
        return re.compile(rf"(?<![\w.’'/-]){p}(?![\w/-]|\.\w)")
    head, rest = p[0], p[1:]
    return re.compile(rf"(?<!\w)[{head.upper()}{head.lower()}]{re.escape(rest)}(?!\w)")


class Checker:
    def __init__(self) -> None:
        self.failures: List[str] = []
        self.passed = 0

    def expect(self, cond: bool, msg: str) -> bool:
        if cond:
            self.passed += 1
        else:
            self.failures.append(msg)
        return cond

    # ------------------------------------------------------------------
    def check_doc(self, folder: Path) -> None:
        name = folder.name
        draft = (folder / "draft.md").read_text(encoding="utf-8")
        expected = (folder / "expected.md").read_text(encoding="utf-8")
        truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
        case = tomllib.loads((folder / "case.toml").read_text(encoding="utf-8"))
        self.expect(truth.get("document") == name, f"{name}: truth.document is {truth.get('document')!r}")
        idents = truth["identifiers"]
        spans = self.check_identifiers(name, draft, idents)
        self.check_expected(name, draft, expected, idents)
        keep_spans = self.check_must_keep(name, draft, truth["must_keep"], spans)
        self.check_case(name, case, truth)
        self.check_leftover_pseudonyms(name, draft, truth, spans, keep_spans)
        docx = folder / "draft.docx"
        if docx.exists():
            self.check_hidden_parts(name, docx, idents)

    def check_identifiers(self, name: str, draft: str, idents: list) -> List[Tuple[int, int]]:
        spans = []
        prev_end = -1
        for n, i in enumerate(idents, 1):
            tag = f"{name} id {i.get('id')}"
            if not self.expect(set(i) == IDENT_KEYS, f"{tag}: keys {sorted(set(i) ^ IDENT_KEYS)}"):
                continue
            self.expect(i["id"] == n, f"{tag}: ids must be 1..N in order")
            self.expect(i["category"] in CATEGORIES, f"{tag}: category {i['category']}")
            self.expect(i["action"] in ACTIONS, f"{tag}: action {i['action']}")
            self.expect(i["part"] in PARTS, f"{tag}: part {i['part']}")
            if i["category"] == "PERSON":
                self.expect(i["form"] in PERSON_FORMS, f"{tag}: PERSON form {i['form']}")
                self.expect(i["action"] == "pseudonymise", f"{tag}: PERSON must be pseudonymised")
            if i["category"] in FIXED_EXPECTED:
                self.expect(i["expected"] == FIXED_EXPECTED[i["category"]],
                            f"{tag}: expected {i['expected']!r}")
            s, e = i["start"], i["end"]
            self.expect(s > prev_end - 1 and s >= prev_end, f"{tag}: overlaps or out of order")
            prev_end = e
            raw = draft[s:e]
            if i["form"] == "split":
                ok = " ".join(raw.split()) == i["text"] and "\n" in raw
            else:
                ok = raw == i["text"]
            self.expect(ok, f"{tag}: draft[{s}:{e}] is {raw!r}, not {i['text']!r}")
            occ = [m.start() for m in word_regex(i["text"]).finditer(draft)]
            self.expect(s in occ and occ.index(s) == i["occurrence"],
                        f"{tag}: occurrence {i['occurrence']} wrong for {i['text']!r} "
                        f"(whole-word matches at {occ[:8]}...)")
            spans.append((s, e))
        return spans

    def check_expected(self, name: str, draft: str, expected: str, idents: list) -> None:
        out, pos = [], 0
        for i in idents:
            out.append(draft[pos:i["start"]])
            out.append(i["expected"])
            pos = i["end"]
        out.append(draft[pos:])
        rebuilt = "".join(out)
        if not self.expect(rebuilt == expected, f"{name}: applying truth to draft.md != expected.md"):
            k = next((j for j, (a, b) in enumerate(zip(rebuilt, expected)) if a != b),
                     min(len(rebuilt), len(expected)))
            self.failures.append(f"{name}:   first difference at {k}: "
                                 f"{rebuilt[k-40:k+40]!r} vs {expected[k-40:k+40]!r}")

    def check_must_keep(self, name: str, draft: str, keep: list, spans) -> List[Tuple[int, int]]:
        out = []
        for k in keep:
            occ = [(m.start(), m.end()) for m in word_regex(k["text"]).finditer(draft)]
            self.expect(len(occ) == k["count"] and k["count"] > 0,
                        f"{name}: must_keep {k['text']!r} count {k['count']} but found {len(occ)}")
            for a, b in occ:
                clash = [s for s in spans if a < s[1] and s[0] < b]
                self.expect(not clash, f"{name}: must_keep {k['text']!r} at {a} overlaps identifier {clash}")
            out += occ
        return out

    def check_case(self, name: str, case: dict, truth: dict) -> None:
        self.expect(case.get("review", {}).get("document") in ("overview", "summary", "auto"),
                    f"{name}: case.toml [review] document")
        subjects = case.get("subject", [])
        by_pseud = {s["pseudonym"]: s for s in truth["subjects"]}
        used = {i["subject"] for i in truth["identifiers"] if i["category"] == "PERSON"}
        self.expect(len(subjects) == len(by_pseud), f"{name}: case.toml and truth.json subjects differ")
        for s in subjects:
            p = s.get("pseudonym")
            self.expect(p in by_pseud and by_pseud[p]["name"] == s.get("name"),
                        f"{name}: subject {p!r} not in truth.json subjects")
            self.expect(p in used, f"{name}: subject {p!r} has no PERSON identifier in truth.json")
            self.expect(len(s.get("aliases", [])) <= 1, f"{name}: {p!r} has more than one alias")
            for key in ("name", "role", "pseudonym", "gender"):
                self.expect(bool(s.get(key)), f"{name}: subject {p!r} lacks {key}")
        for i in truth["identifiers"]:
            if i["subject"] is not None:
                self.expect(i["subject"] in by_pseud, f"{name}: id {i['id']} subject {i['subject']!r} unknown")

    def check_leftover_pseudonyms(self, name, draft, truth, spans, keep_spans) -> None:
        """No seed pseudonym may stand in draft.md where a name belongs: every
        remaining match must sit inside an identifier or a must_keep item."""
        for s in truth["subjects"]:
            for m in pseudonym_regex(s["pseudonym"]).finditer(draft):
                a, b = m.start(), m.end()
                inside = any(x <= a and b <= y for x, y in spans + keep_spans)
                self.expect(inside, f"{name}: pseudonym {s['pseudonym']!r} left in draft.md at {a}: "
                                    f"{draft[max(0, a-40):b+40]!r}")

    def check_hidden_parts(self, name: str, docx: Path, idents: list) -> None:
        """Each identifier said to live in a hidden part is in that part's XML."""
        with zipfile.ZipFile(docx) as z:
            names = z.namelist()

            def text_of(pred) -> str:
                xml = " ".join(z.read(n).decode("utf-8") for n in names if pred(n))
                xml = re.sub(r"<w:tab/>|<w:br/>", " ", xml)
                return " ".join(html.unescape(re.sub(r"<[^>]+>", "", xml)).split())
            where = {
                "header": text_of(lambda n: re.match(r"word/header\d*\.xml$", n)),
                "footnote": text_of(lambda n: n == "word/footnotes.xml"),
                "comment": text_of(lambda n: n == "word/comments.xml"),
                "properties": text_of(lambda n: n.startswith("docProps/")),
            }
            doc = z.read("word/document.xml").decode("utf-8")
            where["deletion"] = html.unescape(
                " ".join(re.findall(r"<w:delText[^>]*>([^<]*)</w:delText>", doc)))
        for i in idents:
            part = i["part"]
            if part in where:
                text = " ".join(i["text"].split())
                self.expect(text in where[part] or text in " ".join(where[part].split()),
                            f"{name}: id {i['id']} {text!r} not found in the DOCX {part}")


def main(argv: List[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    root = Path(argv[1])
    folders = sorted(p.parent for p in root.glob("*/truth.json"))
    c = Checker()
    if not folders:
        c.failures.append(f"no */truth.json under {root}")
    for f in folders:
        c.check_doc(f)
    for msg in c.failures:
        print("FAIL", msg)
    print(f"checked {len(folders)} documents")
    print(f"{c.passed} passed, {len(c.failures)} failed")
    return 1 if c.failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
