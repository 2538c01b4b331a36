"""Helpers that turn extracted seed text back into the Markdown of a Word draft.

The seeds are text extracted from published PDFs: page numbers on their own
lines, paragraphs broken at every visual line, bullet glyphs from Symbol fonts,
``<b>`` tags, superscript footnote numbers.  A Word draft has none of that: it
has headings, paragraphs, real lists, tables and real footnotes.
"""
from __future__ import annotations

import re
from typing import Iterable, Sequence

BULLET_GLYPHS = "\uf0b7\uf0a7\uf0d8\u2022\u25cf\u25aa\uf076"


def pipe_table(rows: Sequence[Sequence[str]], header: bool = True) -> str:
    """A pandoc pipe table.  Without a real header row we emit an empty one,
    which pandoc renders as a header-less table."""
    width = max(len(r) for r in rows)
    rows = [list(r) + [""] * (width - len(r)) for r in rows]
    cells = [[c.replace("|", "/").strip() for c in r] for r in rows]
    lines = []
    if header:
        lines.append("| " + " | ".join(cells[0]) + " |")
        body = cells[1:]
    else:
        lines.append("|" + " |" * width)
        body = cells
    lines.append("|" + "|".join("---" for _ in range(width)) + "|")
    for r in body:
        lines.append("| " + " | ".join(r) + " |")
    return "\n".join(lines)


def strip_html(s: str) -> str:
    """A table cell of the seed's HTML: tags go; a bulleted list in a cell
    becomes a run of items separated by semicolons (pipe tables hold no lists)."""
    s = re.sub(r"<[^>]+>", " ", s)
    s = re.sub(r"\s*•\s*", "; ", s).replace(":;", ":")
    s = re.sub(r"\s+", " ", s)
    return s.strip().lstrip("; ")


def b_to_md(s: str) -> str:
    """``<b>x</b>`` -> ``**x**`` (a tab-separated TOC keeps its tabs)."""
    return re.sub(r"<b>(.*?)</b>", lambda m: f"**{m.group(1).strip()}**" if m.group(1).strip() else "", s)


def join_lines(lines: Iterable[str]) -> str:
    """Join visual lines of one paragraph; keep hyphens of broken compounds."""
    out = ""
    for ln in lines:
        ln = ln.strip()
        if not ln:
            continue
        if not out:
            out = ln
        elif out.endswith("-") and not out.endswith(" -"):
            out += ln            # "co-" + "ordinated" -> "co-ordinated"
        else:
            out += " " + ln
    return out


def squeeze_blank_lines(md: str) -> str:
    md = re.sub(r"[ \t]+\n", "\n", md)   # hard breaks are added later, by design
    md = re.sub(r"\n{3,}", "\n\n", md)
    return md.strip() + "\n"
