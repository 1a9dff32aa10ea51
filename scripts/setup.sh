#!/usr/bin/env bash
# Prepares a machine for bodcheck: the Debian packages Qt needs (offscreen and in a desktop window, the xcb
# platform), a font, uv, and the locked Python environment in .venv. Safe to run again; it installs only what
# is missing. When another program holds the apt lock (unattended-upgrades does, often) it waits for it, with a
# message, up to BODCHECK_APT_WACHT seconds (600); BODCHECK_APT_LOCK names the lock file (a test uses a stub).
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive UV_PYTHON_DOWNLOADS=never UV_COMPILE_BYTECODE=1

apt_pakketten=(libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0 libxkbcommon0 fonts-dejavu-core
               ca-certificates poppler-utils
               # the Qt xcb plugin (a window on a Linux desktop); without them `bodcheck` cannot open its window
               libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
               libxcb-render-util0 libxcb-shape0 libxcb-xkb1)
if ! command -v python3 >/dev/null 2>&1 || ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
    apt_pakketten+=(python3 python3-venv)
fi
ontbrekend=()
for p in "${apt_pakketten[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || ontbrekend+=("$p")
done
source scripts/apt-wacht.sh  # wacht_op_apt: waits while another program holds the apt lock

if [ ${#ontbrekend[@]} -gt 0 ]; then
    sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
    wacht_op_apt
    $sudo apt-get update -qq
    wacht_op_apt
    $sudo apt-get install -y -qq -o DPkg::Lock::Timeout="${BODCHECK_APT_WACHT:-600}" --no-install-recommends "${ontbrekend[@]}" >/dev/null
fi

if ! command -v uv >/dev/null 2>&1; then
    if [ ! -x .tools/bin/uv ]; then
        python3 -m venv .tools
        .tools/bin/pip install -q uv
    fi
    export PATH="$PWD/.tools/bin:$PATH"
fi
uv sync --locked --extra test --quiet
