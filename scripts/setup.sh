#!/usr/bin/env bash
# Prepares a machine for bodcheck: the Debian packages Qt needs (offscreen), a font, uv, and the
# locked Python environment in .venv. Safe to run again; it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive UV_PYTHON_DOWNLOADS=never UV_COMPILE_BYTECODE=1

apt_pakketten=(libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0 libxkbcommon0 fonts-dejavu-core
               ca-certificates poppler-utils)
if ! command -v python3 >/dev/null 2>&1 || ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
    apt_pakketten+=(python3 python3-venv)
fi
ontbrekend=()
for p in "${apt_pakketten[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || ontbrekend+=("$p")
done
if [ ${#ontbrekend[@]} -gt 0 ]; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${ontbrekend[@]}" >/dev/null
fi

if ! command -v uv >/dev/null 2>&1; then
    if [ ! -x .tools/bin/uv ]; then
        python3 -m venv .tools
        .tools/bin/pip install -q uv
    fi
    export PATH="$PWD/.tools/bin:$PATH"
fi
uv sync --locked --extra test --quiet
