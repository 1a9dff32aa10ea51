"""A first start that just works (issue 16): scripts/setup.sh waits for the apt lock (tested against a stub lock
held by another process), `bodcheck` without a usable display says so in one Dutch line and exits 2, the
scripts/bodcheck wrapper, and the Windows workflow names only steps and paths that exist."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from bodcheck.__main__ import scherm_probleem

ROOT = Path(__file__).resolve().parent.parent
linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="apt, xcb and bash: Linux only")

HOUD_VAST = """
import fcntl, sys, time
with open(sys.argv[1], "r+b") as f:
    fcntl.lockf(f, fcntl.LOCK_EX)
    print("vast", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def _wacht(lock: Path, seconden: float, max_wacht: int) -> tuple[subprocess.CompletedProcess, float]:
    """Hold `lock` as apt does (a POSIX lock) for `seconden` in another process, then run wacht_op_apt."""
    houder = subprocess.Popen([sys.executable, "-c", HOUD_VAST, str(lock), str(seconden)], stdout=subprocess.PIPE,
                              text=True)
    try:
        assert houder.stdout.readline().strip() == "vast"
        env = dict(os.environ, BODCHECK_APT_LOCK=str(lock), BODCHECK_APT_WACHT=str(max_wacht),
                   BODCHECK_APT_INTERVAL="0.2")
        begin = time.monotonic()
        p = subprocess.run(["bash", "-c", "source scripts/apt-wacht.sh && wacht_op_apt"], cwd=ROOT, env=env,
                           capture_output=True, text=True, timeout=60)
        return p, time.monotonic() - begin
    finally:
        houder.kill()
        houder.wait()
        houder.stdout.close()


@linux
def test_setup_wacht_op_de_apt_lock(tmp_path):
    lock = tmp_path / "lock-frontend"
    lock.write_bytes(b"")
    p, duur = _wacht(lock, 1.5, 30)
    assert p.returncode == 0, p.stderr
    assert duur >= 1.0  # it waited until the other process let go (1,5 s after it took the lock)
    assert "een ander programma installeert nu pakketten" in p.stderr and "apt is vrij" in p.stderr


@linux
def test_setup_geeft_op_na_de_wachttijd(tmp_path):
    lock = tmp_path / "lock-frontend"
    lock.write_bytes(b"")
    p, duur = _wacht(lock, 20, 1)
    assert p.returncode == 1
    assert "al 1 seconden" in p.stderr and duur < 10


@linux
def test_setup_wacht_niet_zonder_lock(tmp_path):
    env = dict(os.environ, BODCHECK_APT_LOCK=str(tmp_path / "bestaat-niet"))
    p = subprocess.run(["bash", "-c", "source scripts/apt-wacht.sh && wacht_op_apt"], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=30)
    assert p.returncode == 0 and p.stderr == ""


def test_setup_installeert_de_xcb_bibliotheken():
    tekst = (ROOT / "scripts" / "setup.sh").read_text("utf-8")
    for pakket in ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0"):
        assert pakket in tekst
    assert "wacht_op_apt" in tekst


@linux
def test_bodcheck_zonder_beeldscherm_een_nederlandse_regel():
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["QT_QPA_PLATFORM"] = "xcb"
    p = subprocess.run([sys.executable, "-m", "bodcheck"], cwd=ROOT, env=env, capture_output=True, text=True,
                       timeout=60)
    assert p.returncode == 2
    regels = p.stderr.splitlines()
    assert len(regels) == 1 and regels[0].startswith("bodcheck: er is geen beeldscherm")
    assert "qt.qpa" not in p.stderr and p.stdout == ""


def test_ontbrekende_bibliotheek_noemt_het_pakket():
    if not sys.platform.startswith("linux"):
        pytest.skip("xcb: Linux only")
    melding = scherm_probleem({"DISPLAY": ":0"}, {"libbestaatniet-bodcheck.so.9": "libbestaatniet9"})
    assert melding is not None and "installeer libbestaatniet9" in melding
    assert scherm_probleem({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}) is None
    assert scherm_probleem({"WAYLAND_DISPLAY": "wayland-0"}) is None


@linux
def test_wrapper_start_bodcheck():
    p = subprocess.run([str(ROOT / "scripts" / "bodcheck"), "--version"], capture_output=True, text=True,
                       timeout=60, cwd="/")
    assert p.returncode == 0 and p.stdout.startswith("bodcheck ")


def _paden_in(tekst: str) -> list[str]:
    """Repository paths a workflow step names (installer/…, scripts/…, dist/ is made by the build)."""
    import re

    return sorted({m.replace("\\", "/") for m in re.findall(r"(?:installer|scripts)[\\/][\w./\\-]+\.\w+", tekst)})


def test_windows_workflow_noemt_bestaande_paden():
    pad = ROOT / ".github" / "workflows" / "windows.yml"
    wf = yaml.safe_load(pad.read_text("utf-8"))
    job = wf["jobs"]["installer"]
    assert job["runs-on"].startswith("windows")
    stappen = job["steps"]
    assert any(s.get("uses", "").startswith("astral-sh/setup-uv@") for s in stappen)  # uv without apt
    assert not any("apt-get" in s.get("run", "") for s in stappen)
    runs = "\n".join(s.get("run", "") for s in stappen)
    assert "--zelftest" in runs and "ISCC.exe" in runs and "installer/build.sh" in runs
    paden = _paden_in(runs)
    assert "installer/build.sh" in paden and "installer/bodcheck.iss" in paden
    for p in paden:
        assert (ROOT / p).is_file(), f"de workflow noemt {p}, dat niet bestaat"
    # the installer folder and name the workflow installs from are the ones bodcheck.iss writes
    iss = (ROOT / "installer" / "bodcheck.iss").read_text("utf-8")
    assert "OutputDir=..\\dist\\installer" in iss and "dist\\installer\\bodcheck-*-setup.exe" in runs
    assert '#define ConsoleExe "bodcheck.exe"' in iss and "Programs\\bodcheck\\bodcheck.exe" in runs
    assert "{#AppNaam}-{#AppVersion}-setup" in iss
    # the tests run on Windows too, as a job of their own that the installer does not wait for
    tests = wf["jobs"]["tests"]
    assert tests["runs-on"].startswith("windows") and "needs" not in job
    assert any(s.get("uses", "").startswith("astral-sh/setup-uv@") for s in tests["steps"])
    assert any("pytest" in s.get("run", "") for s in tests["steps"])
    # every run step says its shell (the default differs between runners) and the version comes from pyproject
    assert all(s.get("shell") in ("bash", "pwsh") for s in [*stappen, *tests["steps"]] if "run" in s)
    assert "pyproject.toml" in runs
