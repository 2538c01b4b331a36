#!/usr/bin/env python3
"""README's test command must be the one .ci/run runs, verbatim (the brief requires it),
and README must open with the two commands (main job first, tests second)."""
import pathlib
import sys

root = pathlib.Path(sys.argv[1])
readme = (root / "README.md").read_text(encoding="utf-8").splitlines()
commands = [line.strip() for line in readme[:40] if line.startswith("    .ci/install-deps")]
if len(commands) < 2:
    sys.exit("README.md: expected the two set-up commands (indented, starting with .ci/install-deps) near the top")
main_job, test_command = commands[0], commands[1]
if "dhr " not in main_job:
    sys.exit("README.md: the first command should run the main job with build/apps/dhr/dhr")
if "ctest" not in test_command:
    sys.exit("README.md: the second command should run ctest")
ci = (root / ".ci" / "run").read_text(encoding="utf-8").splitlines()
if test_command not in (line.strip() for line in ci):
    sys.exit(f".ci/run does not run README's test command verbatim:\n  {test_command}")
print("README and .ci/run agree:", test_command)
