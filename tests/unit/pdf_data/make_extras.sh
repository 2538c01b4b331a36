#!/usr/bin/env bash
# Regenerates extras.pdf, a fixture for the PDF reader's rarer inputs:
#   - a line broken after the hard hyphen of "Hughes-Mbeki" (the hyphen must stay),
#   - text rotated by 90 degrees ("DRAFT Okafor"),
#   - a custom Info key (/Victim), an AcroForm text field with a value and a tooltip,
#     a text annotation with /T and /Subj, and an embedded file with a description.
# LibreOffice makes the page (extras.fodt); qpdf adds the rest (--update-from-json,
# --add-attachment). Needs soffice, qpdf 11, python3. Usage: ./make_extras.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
soffice "-env:UserInstallation=file://$work/profile" --headless --norestore \
  --convert-to pdf --outdir "$work" "$here/extras.fodt" >/dev/null 2>&1
qpdf --json-output extras.pdf base.json
python3 - <<'PY'
import json
q = json.load(open("base.json"))["qpdf"]
objs = q[1]
trailer = objs["trailer"]["value"]
root_ref, info_ref = trailer["/Root"], trailer["/Info"]
page_ref = next(k[4:] for k, v in objs.items()
                if isinstance(v, dict) and isinstance(v.get("value"), dict) and v["value"].get("/Type") == "/Page")
root = objs["obj:" + root_ref]["value"]
info = objs["obj:" + info_ref]["value"]
page = objs["obj:" + page_ref]["value"]
n = q[0]["maxobjectid"]
form, field, note, look = (f"{n + 1} 0 R", f"{n + 2} 0 R", f"{n + 3} 0 R", f"{n + 4} 0 R")
info.update({"/Author": "u:Kam Sandhu", "/Victim": "u:Natasha Okafor",
             "/CreationDate": "u:D:20240315093000Z"})
root["/AcroForm"] = form
page["/Annots"] = [field, note]
patch = {"qpdf": [{"jsonversion": 2, "pushedinheritedpageresources": False, "calledgetallpages": False,
                   "maxobjectid": n + 4},
                  {"obj:" + root_ref: {"value": root}, "obj:" + info_ref: {"value": info},
                   "obj:" + page_ref: {"value": page},
                   "obj:" + form: {"value": {"/Fields": [field], "/DA": "u:/Helv 11 Tf 0 g"}},
                   "obj:" + field: {"value": {"/Type": "/Annot", "/Subtype": "/Widget", "/FT": "/Tx",
                                              "/T": "u:victim_name", "/TU": "u:Name of the victim",
                                              "/V": "u:Natasha Okafor", "/Rect": [72, 400, 300, 420],
                                              "/P": page_ref, "/DA": "u:/Helv 11 Tf 0 g",
                                              "/AP": {"/N": look}}},
                   # An empty appearance: Poppler would otherwise draw the value with a
                   # system font looked up through fontconfig (which leaks a little,
                   # failing the leak-checking sanitizer build).
                   "obj:" + look: {"stream": {"dict": {"/Type": "/XObject", "/Subtype": "/Form",
                                                       "/BBox": [0, 0, 228, 20]}, "data": ""}},
                   "obj:" + note: {"value": {"/Type": "/Annot", "/Subtype": "/Text", "/Rect": [400, 700, 420, 720],
                                             "/Contents": "u:Ask Grace Adeyemi before naming her.",
                                             "/T": "u:A. Reviewer", "/Subj": "u:Note about Grace"}}}]}
json.dump(patch, open("patch.json", "w"))
PY
printf 'Family contacts for Natasha Okafor (fictional).\n' > okafor-family-contacts.txt
qpdf extras.pdf --deterministic-id --update-from-json=patch.json \
  --add-attachment okafor-family-contacts.txt --description="Chair's notes on Natasha Okafor" -- \
  "$here/extras.pdf"
echo "wrote $here/extras.pdf"
