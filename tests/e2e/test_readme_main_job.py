#!/usr/bin/env python3
"""README's first command (set up, build, run the main job on the sample) must keep
working: its part after the build is run here, in a scratch folder, with the binary under
test. Every output it names must appear and pass `dhr scan --case` of its case file with
no subject left."""
import json
import os
import re
import shlex
import subprocess

from dhr_test import DHR, SOURCE, check, finish, temp_dir

readme = (SOURCE / "README.md").read_text(encoding="utf-8").splitlines()
main_job = next(line.strip() for line in readme[:40] if line.startswith("    .ci/install-deps"))
build_step = "cmake --build build -j2 && "
check(build_step in main_job, "README's main job does not build with the command this test expects")
job = main_job.split(build_step, 1)[1]
job = job.replace("build/apps/dhr/dhr", shlex.quote(DHR)).replace("testdata/", shlex.quote(str(SOURCE / "testdata")) + "/")

with temp_dir() as d:
    p = subprocess.run(["bash", "-c", job], cwd=d, capture_output=True, timeout=300)
    check(p.returncode == 0, f"the main job failed (exit {p.returncode}): {p.stderr.decode(errors='replace')[:500]}")
    outputs = re.findall(r"-o (\S+)", job) + re.findall(r"--report (\S+)", job)
    check(outputs != [], "the main job writes no output")
    for out in outputs:
        check(os.path.exists(os.path.join(d, out)), f"the main job did not write {out}")
    case = re.search(r"--case (\S+)", job)
    for out in re.findall(r"-o (\S+)", job):
        path = os.path.join(d, out)
        if case and os.path.exists(path):
            s = subprocess.run([DHR, "scan", path, "--case", shlex.split(case.group(1))[0], "--format", "json",
                                "--no-residual", "--no-places"], capture_output=True, timeout=120)
            subjects = [f for f in json.loads(s.stdout or b'{"findings": []}')["findings"]
                        if f["category"] == "PERSON" and f["rule"].startswith("case:")
                        and f["text"] != f["subject"]]
            check(subjects == [], f"{out}: {len(subjects)} case-subject name(s) found in the published copy")

finish()
