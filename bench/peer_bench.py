"""Timing whole commands against peers in one run (shared by the bench/ scripts).

Each command runs `repeat` times after one warm-up; we report the median wall time and the
peak resident memory of the child (from wait4), so figures are comparable in one table."""
import os
import shutil
import statistics
import subprocess
import time


def measure(argv, repeat=7):
    """Median seconds and peak RSS (MiB) of running argv, output discarded; None if absent."""
    if shutil.which(argv[0]) is None and not os.path.exists(argv[0]):
        return None
    times, peak = [], 0
    for i in range(repeat + 1):
        start = time.perf_counter()
        p = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(p.pid, 0)
        elapsed = time.perf_counter() - start
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"failed: {' '.join(argv)}")
        if i > 0:  # the first run warms the page cache
            times.append(elapsed)
            peak = max(peak, usage.ru_maxrss / 1024)
    return statistics.median(times), peak


def table(rows):
    """rows: (label, seconds, MiB, ratio-or-None). Prints a Markdown table."""
    print("| command | median s | peak MiB | ratio |")
    print("|---|---:|---:|---:|")
    for label, secs, mib, ratio in rows:
        r = "" if ratio is None else f"{ratio:.2f}x"
        print(f"| `{label}` | {secs:.3f} | {mib:.0f} | {r} |")
