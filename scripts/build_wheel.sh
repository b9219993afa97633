#!/usr/bin/env bash
# Builds the Python package's wheel for Linux x86_64: abi3 (one wheel for
# CPython >= 3.9), manylinux2014 (glibc 2.17), linked with zig so that the
# build machine's glibc does not leak into the wheel.
#
#   scripts/build_wheel.sh [DIST]        # DIST: python/dist by default
#
# Needs cargo and the x86_64-unknown-linux-gnu target; installs maturin
# and ziglang into a virtualenv ($WARTA_WHEEL_VENV, else
# target/wheel-venv) when they are missing. Prints the wheel's path last.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIST="${1:-$ROOT/python/dist}"
mkdir -p "$DIST"
DIST="$(cd "$DIST" && pwd)"
VENV="${WARTA_WHEEL_VENV:-$ROOT/target/wheel-venv}"

if ! command -v cargo >/dev/null 2>&1; then
    echo "cargo is required" >&2
    exit 1
fi
if [ ! -x "$VENV/bin/python" ]; then
    python3 -m venv "$VENV"
fi
if ! "$VENV/bin/python" -c "import ziglang" 2>/dev/null || [ ! -x "$VENV/bin/maturin" ]; then
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check "maturin>=1.7,<2" ziglang
fi
if command -v rustup >/dev/null 2>&1; then
    rustup target list --installed 2>/dev/null | grep -q '^x86_64-unknown-linux-gnu$' \
        || rustup target add x86_64-unknown-linux-gnu
fi

cd "$ROOT/python"
# maturin finds zig through the ziglang package of its own Python.
PATH="$VENV/bin:$PATH" "$VENV/bin/maturin" build --release --zig \
    --compatibility manylinux2014 --target x86_64-unknown-linux-gnu -o "$DIST"
wheel="$(ls -t "$DIST"/warta-*manylinux*x86_64*.whl | head -n 1)"
case "$wheel" in
*abi3*) ;;
*)
    echo "not an abi3 wheel: $wheel" >&2
    exit 1
    ;;
esac
echo "$wheel"
