"""Shared fixtures: the repository, the `warta` binary to compare with, the
varied benchmark corpus."""
import json
import os
import pathlib
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


def _binary():
    env = os.environ.get("WARTA_BIN")
    if env:
        return env
    for profile in ("release", "debug"):
        path = ROOT / "target" / profile / "warta"
        if path.exists():
            return str(path)
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    return str(ROOT / "target" / "release" / "warta")


@pytest.fixture(scope="session")
def warta_bin():
    """The `warta` command (WARTA_BIN, else the repository's build)."""
    return _binary()


@pytest.fixture(scope="session")
def cli(warta_bin):
    """Runs the command on stdin and returns its standard output."""

    def run(args, text):
        r = subprocess.run([warta_bin, *args], input=text.encode(), capture_output=True)
        assert r.returncode == 0, r.stderr.decode()
        return r.stdout.decode()

    return run


@pytest.fixture(scope="session")
def varied():
    """The 909 texts of benches/texts/varied.jsonl."""
    with open(ROOT / "benches" / "texts" / "varied.jsonl", encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f if line.strip()]


@pytest.fixture(scope="session")
def article():
    return (ROOT / "benches" / "texts" / "artikel-teknologi.txt").read_text(encoding="utf-8")
