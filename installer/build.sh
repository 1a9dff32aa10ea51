#!/usr/bin/env bash
# Builds the frozen app with PyInstaller (one folder) into dist/bodcheck/ and smoke-tests it:
# `bodcheck --version` and `bodcheck --zelftest` (offscreen). Linux; also runs in Git Bash on Windows.
#
#   bash installer/build.sh              # or: make bundle
#   bash installer/build.sh --zonder-test
#
# It builds from its own environment build/venv (from uv.lock, bodcheck installed as a wheel, plus
# PyInstaller), not from the development .venv: so the bundle holds exactly what a wheel of this tree
# holds, test tools stay out, and `uv sync` in .venv cannot remove PyInstaller halfway through a build.
set -euo pipefail
cd "$(dirname "$0")/.."

testen=1
for arg in "$@"; do
    case "$arg" in
        --zonder-test) testen=0 ;;
        *) echo "build.sh: onbekende optie $arg (alleen --zonder-test)" >&2; exit 2 ;;
    esac
done

export UV_PYTHON_DOWNLOADS="${UV_PYTHON_DOWNLOADS:-never}"
export PATH="$PWD/.tools/bin:$PATH"
if ! command -v uv >/dev/null 2>&1; then
    bash scripts/setup.sh  # the Debian packages Qt needs, and uv in .tools
fi

omgeving="build/venv"  # relative (uv resolves it from here): a /c/… path from Git Bash would confuse uv.exe
start=$(date +%s)

# setuptools copies the package into build/lib and never removes files from there: start clean, so a
# deleted module cannot come back through the wheel.
rm -rf build/lib build/bdist.*
echo "== omgeving $omgeving (uv.lock, bodcheck als wheel, PyInstaller)"
UV_PROJECT_ENVIRONMENT="$omgeving" uv sync --locked --no-editable --reinstall-package bodcheck \
    --extra installer --compile-bytecode --quiet
rm -rf build/lib build/bdist.*

echo "== PyInstaller installer/bodcheck.spec"
pyi_start=$(date +%s)
UV_PROJECT_ENVIRONMENT="$omgeving" uv run --no-sync pyinstaller installer/bodcheck.spec \
    --noconfirm --distpath dist --workpath build --log-level WARN
pyi_eind=$(date +%s)

exe=dist/bodcheck/bodcheck
[ -x "$exe.exe" ] && exe="$exe.exe"
if [ ! -x "$exe" ]; then
    echo "build.sh: $exe ontbreekt na de bouw" >&2
    exit 1
fi
grootte=$(du -sh dist/bodcheck | cut -f1)
bestanden=$(find dist/bodcheck -type f | wc -l)
echo "== gebouwd: dist/bodcheck ($grootte, $bestanden bestanden); PyInstaller $((pyi_eind - pyi_start)) s"

if [ "$testen" = 1 ]; then
    echo "== rooktest"
    "$exe" --version
    QT_QPA_PLATFORM=offscreen "$exe" --zelftest
fi
echo "== klaar in $(( $(date +%s) - start )) s"
