#!/usr/bin/env bash
# fuzz/run.sh TARGET [SECONDS] — fuzz one target (fuzz/README.md lists them) with libFuzzer.
#
# Needs the clang build: CXX=clang++ cmake -S . -B build-fuzz -DDHR_FUZZ=ON -DDHR_BUILD_TESTS=OFF
#                        cmake --build build-fuzz -j2
# The growing corpus is kept in fuzz/work/TARGET (not in git), started from the seeds that
# fuzz/CMakeLists.txt lists; inputs that crash, hang or run out of memory are written to
# fuzz/artifacts/TARGET/. Runs in fork mode so that one crash does not end the run: every
# finding is kept, and the log (fuzz/work/TARGET.log) ends with executions and coverage.
set -euo pipefail
target=${1:?usage: fuzz/run.sh TARGET [SECONDS]}
seconds=${2:-1200}
root=$(cd "$(dirname "$0")/.." && pwd)
build=${DHR_FUZZ_BUILD:-$root/build-fuzz}
binary=$build/fuzz/fuzz_$target
[[ -x $binary ]] || { echo "fuzz/run.sh: $binary not built (see the top of this script)" >&2; exit 2; }

# Longest input tried: big enough for the seeds that matter, small enough to stay fast.
case $target in
  pdf_reader) max_len=400000 ;;
  docx_reader | docx_roundtrip) max_len=250000 ;;  # stored (uncompressed) by the zip mutator
  *) max_len=65536 ;;
esac

work=$root/fuzz/work/$target
seeds=$root/fuzz/work/$target.seeds
artifacts=$root/fuzz/artifacts/$target
mkdir -p "$work" "$seeds" "$artifacts"
while read -r seed; do [[ -n $seed ]] && cp -f "$seed" "$seeds/"; done <"$build/fuzz/seeds_$target.txt"
cp -f "$root/fuzz/regressions/$target"/* "$seeds/" 2>/dev/null || true
rm -f "$seeds/README.md"

# fontconfig's one-time allocations (Poppler, for fonts a PDF does not embed) are not leaks.
export LSAN_OPTIONS=suppressions=$root/.ci/lsan.supp:print_suppressions=0
"$binary" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
  -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2560 -max_len="$max_len" \
  -artifact_prefix="$artifacts/" "$work" "$seeds" 2>&1 | tee "$root/fuzz/work/$target.log" | grep -E "^#|INFO: (exiting|fuzzed)|ERROR|SUMMARY" || true
