#!/usr/bin/env python3
"""Checks hard-case files written to BRIEF.md: front matter, markup, keys.

    python3 validate.py FILE_OR_DIR ...

Prints one line per file (counts of marked items) and every problem found; exit 1 on any
problem. It knows nothing about the detector: it only checks that the markup is well formed.
"""
import pathlib
import re
import sys
import tomllib

CATEGORIES = {"ADDRESS", "STREET", "POSTCODE", "PHONE", "EMAIL", "NHS_NUMBER", "NI_NUMBER", "VEHICLE",
              "DOB", "AGE", "SCHOOL", "EMPLOYER", "PUB", "HANDLE", "DATE_OF_DEATH"}
SUBJECT_KEYS = {"key", "name", "aliases", "role", "gender", "born", "pseudonym"}
TOKEN = re.compile(r"\{([^{}|]+)\|([^{}|]+)\}|\[\[([^\[\]]+)\]\]|<([^<>|]+)\|([A-Z_]+)(?:\|([^<>|]*))?>")


def check(path: pathlib.Path) -> list[str]:
    problems = []
    raw = path.read_text(encoding="utf-8")
    if not raw.startswith("+++\n"):
        return [f"{path}: must start with a +++ line (TOML front matter)"]
    try:
        end = raw.index("\n+++\n", 4)
    except ValueError:
        return [f"{path}: front matter not closed with +++"]
    try:
        meta = tomllib.loads(raw[4:end])
    except tomllib.TOMLDecodeError as e:
        return [f"{path}: front matter is not TOML: {e}"]
    body = raw[end + 5:]
    keys = {}
    for s in meta.get("subject", []):
        for k in s:
            if k not in SUBJECT_KEYS:
                problems.append(f"{path}: subject key '{k}' unknown")
        if "key" not in s or "name" not in s or "role" not in s:
            problems.append(f"{path}: every [[subject]] needs key, name and role")
            continue
        if s["key"] in keys:
            problems.append(f"{path}: subject key '{s['key']}' used twice")
        keys[s["key"]] = s
    counts = {"mentions": 0, "keep": 0, "identifiers": 0, "unsure": 0, "group": 0}
    for m in TOKEN.finditer(body):
        if m.group(1) is not None:
            text, key = m.group(1), m.group(2).strip()
            if key == "*":
                counts["group"] += 1
                continue
            unsure = key.endswith("?")
            key = key.rstrip("?")
            if key not in keys:
                problems.append(f"{path}: mention '{text}' names unknown subject key '{key}'")
            counts["mentions"] += 1
            counts["unsure"] += unsure
        elif m.group(3) is not None:
            counts["keep"] += 1
        else:
            if m.group(5) not in CATEGORIES:
                problems.append(f"{path}: unknown identifier category '{m.group(5)}' in <{m.group(4)}|...>")
            counts["identifiers"] += 1
    stripped = TOKEN.sub("", body)
    for ch, what in (("{", "a { without its closing }"), ("}", "a stray }"), ("[[", "a [[ without ]]"),
                     ("]]", "a stray ]]"), ("|", "a | outside markup (pipe tables are fine: ignore if so)")):
        for line_no, line in enumerate(stripped.splitlines(), 1):
            if ch in line and not (ch == "|" and line.strip().startswith("|")):
                problems.append(f"{path}: body line {line_no}: {what}")
                break
    for k in keys:
        if not re.search(r"\{[^{}|]+\|" + re.escape(k) + r"\??\}", body):
            problems.append(f"{path}: subject '{k}' is never mentioned")
    print(f"{path.name}: {counts}")
    return problems


def main() -> int:
    files = []
    for arg in sys.argv[1:] or ["."]:
        p = pathlib.Path(arg)
        files += sorted(p.rglob("*.md")) if p.is_dir() else [p]
    problems = []
    for f in files:
        if f.name.upper() == f.name or f.name.startswith("BRIEF"):
            continue
        problems += check(f)
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
