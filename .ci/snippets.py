"""Runs every ```python or ```r block of the README, data/CODEBOOK.md and
docs/*.md on the committed panels, each in a process of its own from the
repository's root: python blocks with the interpreter that runs this
script (so a virtual environment chooses the pandas version), r blocks with
Rscript. A block that is not meant to run has the line
`<!-- not run: why -->` just above its opening fence. A python block that
imports the package `cn_edu_pilots` runs only where it is installed (CI
runs this script again in the package's virtual environment).

Run from the repository's root: python3 .ci/snippets.py python|r
"""

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

FILES = [Path("README.md"), Path("data/CODEBOOK.md"), *sorted(Path("docs").glob("*.md"))]
FENCE = re.compile(r"^```(\w+)\s*$")
SKIP = re.compile(r"^<!-- not run: .+ -->\s*$")


def blocks(path, language):
    """(line of the opening fence, code, skipped) of each block in `language`."""
    lines = path.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        match = FENCE.match(lines[i])
        if not match:
            i += 1
            continue
        start, body = i, []
        i += 1
        while i < len(lines) and lines[i].rstrip() != "```":
            body.append(lines[i])
            i += 1
        i += 1
        if match.group(1) == language:
            skipped = start > 0 and bool(SKIP.match(lines[start - 1]))
            yield start + 1, "\n".join(body) + "\n", skipped


def command(language):
    if language == "python":
        return [sys.executable, "-"]
    if language == "r":
        return ["Rscript", "-"]
    raise SystemExit(f"usage: python3 .ci/snippets.py python|r, not {language!r}")


def main():
    if len(sys.argv) != 2:
        raise SystemExit("usage: python3 .ci/snippets.py python|r")
    language = sys.argv[1]
    run = command(language)
    ran, skipped, failures = 0, 0, []
    for path in FILES:
        for line, code, skip in blocks(path, language):
            where = f"{path}:{line}"
            if skip:
                skipped += 1
                print(f"skipped {where} (marked not run)")
                continue
            if "cn_edu_pilots" in code and importlib.util.find_spec("cn_edu_pilots") is None:
                skipped += 1
                print(f"skipped {where} (needs the package cn_edu_pilots, not installed here)")
                continue
            result = subprocess.run(run, input=code, text=True, capture_output=True)
            ran += 1
            if result.returncode != 0:
                failures.append(f"{where}: exit {result.returncode}\n{result.stderr.strip()}")
            else:
                print(f"ran {where}")
    if failures:
        print("\n\n".join(failures), file=sys.stderr)
        sys.exit(1)
    if ran == 0:
        print(f"no {language} block ran", file=sys.stderr)
        sys.exit(1)
    print(f"{ran} {language} blocks ran, {skipped} skipped")


main()
