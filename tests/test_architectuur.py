"""The dependency direction ui → bodcheck → rekenmodellen, and which modules may use which library
(ARCHITECTUUR.md). A static scan of every import, plus a real import of the pipeline in a subprocess."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# module prefix -> libraries it may not import
VERBODEN = {
    "rekenmodellen": {"bodcheck", "ui", "PySide6", "pandas", "openpyxl", "reportlab"},
    "bodcheck": {"ui", "PySide6"},
    "ui": {"openpyxl", "pandas", "reportlab", "rekenmodellen"},
}
# The program entry sits above the layers: it starts the desktop app and hands the self-test its Qt half.
BOVEN_DE_LAGEN = {"bodcheck.__main__"}
# library -> the only modules (prefixes) that may import it
ALLEEN_IN = {
    "openpyxl": ("bodcheck.inlezen", "bodcheck.sjabloon", "bodcheck.rapport.excel"),
    "pandas": ("bodcheck.inlezen",),
    "reportlab": ("bodcheck.rapport.pdf", "bodcheck.rapport.grafieken", "bodcheck.rapport.stijl",
                  "bodcheck.rapport.lettertypen", "bodcheck.rapport.opmaak_pdf"),
}


def _modules() -> list[tuple[str, Path]]:
    uit = []
    for pakket in ("rekenmodellen", "bodcheck", "ui"):
        for pad in sorted((ROOT / pakket).rglob("*.py")):
            delen = pad.relative_to(ROOT).with_suffix("").parts
            naam = ".".join(delen[:-1] if delen[-1] == "__init__" else delen)
            uit.append((naam, pad))
    return uit


def _imports(pad: Path) -> set[str]:
    boom = ast.parse(pad.read_text("utf-8"))
    namen: set[str] = set()
    for knoop in ast.walk(boom):
        if isinstance(knoop, ast.Import):
            namen.update(a.name for a in knoop.names)
        elif isinstance(knoop, ast.ImportFrom) and knoop.module and knoop.level == 0:
            namen.add(knoop.module)
    return namen


@pytest.mark.parametrize(("naam", "pad"), _modules(), ids=[n for n, _ in _modules()])
def test_importrichting(naam: str, pad: Path) -> None:
    pakket = naam.split(".")[0]
    if naam in BOVEN_DE_LAGEN:
        return
    for imp in _imports(pad):
        top = imp.split(".")[0]
        assert top not in VERBODEN[pakket], f"{naam} importeert {imp}"
        if top in ALLEEN_IN:
            assert naam.startswith(ALLEEN_IN[top]), f"{naam} importeert {imp}; alleen {ALLEEN_IN[top]} mag dat"


def test_pipeline_laadt_geen_qt() -> None:
    code = ("import sys, bodcheck.pipeline, bodcheck.cli, bodcheck.json_uitvoer; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'ui')))")
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip() == "[]"
