"""The wheel installs and works where there is no Rust toolchain.

Slow (it builds the wheel), so it runs only with WARTA_WHEEL_TEST=1:

    WARTA_WHEEL_TEST=1 pytest python/tests/test_wheel.py

The wheel: $WARTA_WHEEL when set, else built by scripts/build_wheel.sh into
a temporary directory. It is installed (pip --no-deps --no-index) into a
fresh virtualenv and imported by that virtualenv's Python with PATH holding
only the virtualenv's bin, /usr/bin and /bin (no cargo, no rustc).
"""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    os.environ.get("WARTA_WHEEL_TEST") != "1",
    reason="slow (builds the wheel): set WARTA_WHEEL_TEST=1 to run",
)

CHECK = r"""
import shutil, sys
assert shutil.which("cargo") is None, shutil.which("cargo")
assert shutil.which("rustc") is None, shutil.which("rustc")
import warta
assert "site-packages" in warta.__file__, warta.__file__
a = warta.analyze("Bank Indonesia menahan suku bunga.")
ids = [e["id"] for e in a["linked"]]
assert "inst:bi" in ids, ids
assert a["version"] == warta.schema_version()
print("ok", warta.__version__, ids)
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    given = os.environ.get("WARTA_WHEEL")
    if given:
        return Path(given)
    dist = tmp_path_factory.mktemp("dist")
    res = subprocess.run(
        ["bash", str(ROOT / "scripts" / "build_wheel.sh"), str(dist)],
        capture_output=True,
        text=True,
    )
    assert res.returncode == 0, res.stderr[-4000:]
    wheels = sorted(dist.glob("warta-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


def test_wheel_tags(wheel):
    name = wheel.name
    # {name}-{version}-{python tag}-{abi tag}-{platform tag}.whl
    m = re.fullmatch(r"warta-([^-]+)-([^-]+)-([^-]+)-([^-]+)\.whl", name)
    assert m, name
    _, python_tag, abi_tag, platform = m.groups()
    assert abi_tag == "abi3", name
    assert python_tag == "cp39", name
    platforms = platform.split(".")
    assert "manylinux2014_x86_64" in platforms or "manylinux_2_17_x86_64" in platforms, name


def test_wheel_installs_and_runs_without_rust(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    py = venv / "bin" / "python"
    subprocess.run(
        [str(py), "-m", "pip", "install", "--no-deps", "--no-index", "--disable-pip-version-check", str(wheel)],
        check=True,
    )
    env = {
        "PATH": f"{venv / 'bin'}:/usr/bin:/bin",
        "HOME": str(tmp_path),
        "LANG": "C.UTF-8",
    }
    res = subprocess.run(
        [str(py), "-c", CHECK], env=env, cwd=str(tmp_path), capture_output=True, text=True
    )
    assert res.returncode == 0, res.stdout + res.stderr
    assert res.stdout.startswith("ok"), res.stdout
    print(res.stdout.strip())
