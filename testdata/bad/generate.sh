#!/usr/bin/env bash
# Regenerate the broken and hostile inputs in this folder. See README.md for what each
# file is and the error a reader should give.
#
# Needs: python3 (standard library only) and qpdf (apt-get install qpdf). Uses the
# committed ../fixtures/twocolumn.pdf as the valid PDF that truncated.pdf and
# encrypted.pdf are cut from / encrypted from. Deterministic: same bytes every run.
#
# usage: testdata/bad/generate.sh        (from anywhere; takes ~10 s for zipbomb.docx)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
for tool in python3 qpdf; do
    command -v "$tool" >/dev/null || { echo "generate.sh: $tool not found" >&2; exit 1; }
done
src=../fixtures/twocolumn.pdf
[[ -s $src ]] || { echo "generate.sh: $src missing; run ../fixtures/generate.sh" >&2; exit 1; }

python3 make_bad.py "$src" .
# AES-128 (R4) with a static /ID and IV: qpdf's AES-256 uses random salts, which would make
# the file differ on every run. User password "secret", owner password "owner-secret".
qpdf --static-id --static-aes-iv --encrypt secret owner-secret 128 --use-aes=y -- "$src" encrypted.pdf

ls -l empty.pdf empty.docx notapdf.pdf notadocx.docx truncated.pdf encrypted.pdf notdocx.docx \
    nodocument.docx zipbomb.docx traversal.docx entities.docx badutf8.txt deepxml.docx encrypted.docx
