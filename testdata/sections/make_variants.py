#!/usr/bin/env python3
"""Makes the variants of base_overview.md and base_summary.md that test `dhr sections`:
sections deleted, renamed, combined, moved or thinned, and the same report without
Markdown. Run from this folder; the outputs are committed next to it, with their expected
results (*.json, written by hand from the edit each variant makes)."""
import re


def split(text):
    """The text before the first '## ' heading and the sections, as (heading, body)."""
    parts = re.split(r"(?m)^(## .*)\n", text)
    head, sections = parts[0], []
    for i in range(1, len(parts), 2):
        sections.append([parts[i], parts[i + 1]])
    return head, sections


def join(head, sections):
    return head + "".join(h + "\n" + b for h, b in sections)


def index(sections, heading):
    for i, (h, _) in enumerate(sections):
        if h == "## " + heading:
            return i
    raise SystemExit(f"no section {heading!r}")


def write(name, text):
    with open(name, "w", encoding="utf-8") as f:
        f.write(text)


base = open("base_overview.md", encoding="utf-8").read()

# Terms of Reference deleted.
head, s = split(base)
del s[index(s, "1.2 Terms of Reference")]
write("no_tor.md", join(head, s))

# Methodology renamed to something no profile knows.
write("methodology_renamed.md", base.replace("## 1.3 Process of the Review", "## 1.3 How we did it"))

# Conclusions and Recommendations under one heading.
head, s = split(base)
rec = s.pop(index(s, "6. Recommendations"))
c = index(s, "4. Conclusions")
s[c] = ["## 4. Conclusions and Recommendations", s[c][1] + rec[1]]
write("combined.md", join(head, s))

# Terms of Reference moved to the end, after the action plan.
head, s = split(base)
tor = s.pop(index(s, "1.2 Terms of Reference"))
s[-1][1] += "\n"
s.append(["## 7. Terms of Reference", tor[1].rstrip("\n") + "\n"])
write("tor_at_end.md", join(head, s))

# An equality section of one line.
head, s = split(base)
e = index(s, "1.8 Individual Needs")
s[e][1] = "\n1.8.1 The review gave due consideration to all of the Protected Characteristics under the Act.\n\n"
write("equality_short.md", join(head, s))

# No family involvement section.
head, s = split(base)
del s[index(s, "1.4 Family Involvement")]
write("no_family.md", join(head, s))

# No action plan.
head, s = split(base)
del s[index(s, "ACTION PLAN")]
s[-1][1] = s[-1][1].rstrip("\n") + "\n"
write("no_action_plan.md", join(head, s))

# Every heading replaced by a synonym real reports use.
renames = {
    "1. Introduction": "1. INTRODUCTION",
    "1.2 Terms of Reference": "1.2 TERMS OF REFERENCE OF THE REVIEW:",
    "1.3 Process of the Review": "1.3 The Review Process",
    "1.4 Family Involvement": "1.4 Contact with Family and Friends",
    "1.5 DHR Panel": "1.5 Panel Membership",
    "1.6 Independent Chair and Author": "1.6 Review Panel Chair and Overview Author",
    "1.7 Parallel proceedings": "1.7 Other Reviews",
    "1.8 Individual Needs": "1.8 Equalities",
    "1.9 Subjects of the Review": "1.9 Background of Sarah",
    "2. Summary of key events": "2. Timeline",
    "3. Analysis": "3. Key Findings",
    "4. Conclusions": "4. Concluding Remarks",
    "5. Lessons Learned": "5. Lessons learnt",
    "6. Recommendations": "6. RECOMMENDATIONS",
    "ACTION PLAN": "Action Plan",
}
text = base
for old, new in renames.items():
    text = text.replace("## " + old + "\n", "## " + new + "\n")
write("synonyms.md", text)

# The same report as plain text without Markdown: numbered and upper-case heading lines.
text = re.sub(r"(?m)^#{1,6} ", "", base)
write("unstyled.txt", text)

# The executive summary without its terms of reference.
summary = open("base_summary.md", encoding="utf-8").read()
head, s = split(summary)
del s[index(s, "Terms of Reference of the Review:")]
write("summary_no_tor.md", join(head, s))
