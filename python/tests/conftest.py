"""The program `cn-edu-pilots` (cli/ in the repository), built once, for
the tests that compare `mark` with it; and the repository's data/."""

import json
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def program() -> str:
    """The program's path: $CN_EDU_PILOTS if set, else built with cargo."""
    given = os.environ.get("CN_EDU_PILOTS")
    if given:
        return given
    subprocess.run(
        ["cargo", "build", "--quiet", "-p", "cn-edu-pilots-cli"], cwd=ROOT, check=True
    )
    meta = subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--no-deps"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    return str(Path(json.loads(meta.stdout)["target_directory"]) / "debug" / "cn-edu-pilots")


@pytest.fixture(scope="session")
def panels() -> Path:
    return ROOT / "data" / "panels"
