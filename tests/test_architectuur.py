"""The dependency direction ui → bodcheck → rekenmodellen, and which modules may use which library
(ARCHITECTUUR.md). A static scan of every import, plus a real import of the pipeline in a subprocess."""

from __future__ import annotations

import ast
import re
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
# The program entry sits above the layers: the only module of bodcheck/ that may start the desktop app.
BOVEN_DE_LAGEN = {"bodcheck.__main__"}
# Until the GUI half of --zelftest moves under ui/ (issue #12, the app's part), bodcheck.zelftest imports ui
# too; test_alleen_de_programmaingang_importeert_ui says so and fails (xfail strict) once it is fixed.
NOG_BOVEN_DE_LAGEN = {"bodcheck.zelftest"}
# library -> the only modules (prefixes) that may import it
ALLEEN_IN = {
    "openpyxl": ("bodcheck.inlezen", "bodcheck.sjabloon", "bodcheck.rapport.excel"),
    "pandas": ("bodcheck.monitor",),  # the long table over the years (ARCHITECTUUR.md), nowhere else
    "reportlab": ("bodcheck.rapport.pdf", "bodcheck.rapport.grafieken", "bodcheck.rapport.stijl"),
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
    if naam in BOVEN_DE_LAGEN | NOG_BOVEN_DE_LAGEN:
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


def _bestaat(module: str) -> bool:
    pad = ROOT.joinpath(*module.split("."))
    return pad.with_suffix(".py").is_file() or (pad / "__init__.py").is_file()


def test_genoemde_modules_bestaan() -> None:
    """A rule about a module that does not exist guards nothing. A package named for a future module
    (bodcheck.monitor) must at least exist as a package."""
    genoemd = {*BOVEN_DE_LAGEN, *NOG_BOVEN_DE_LAGEN, *(m for ms in ALLEEN_IN.values() for m in ms)}
    ontbrekend = sorted(m for m in genoemd if not _bestaat(m) and m != "bodcheck.monitor")
    assert ontbrekend == []


@pytest.mark.xfail(strict=True, reason="bodcheck.zelftest imports ui until its GUI half moves under ui/ (issue #12)")
def test_alleen_de_programmaingang_importeert_ui() -> None:
    """Only bodcheck/__main__.py may import ui (ARCHITECTUUR.md): the app launcher and the GUI self-test are
    reached through the program entry."""
    importeert_ui = sorted(naam for naam, pad in _modules() if naam.startswith("bodcheck")
                           and any(i.split(".")[0] == "ui" for i in _imports_overal(pad)))
    assert importeert_ui == ["bodcheck.__main__"]


def _imports_overal(pad: Path) -> set[str]:
    """Every imported module name, also of imports inside functions and of `from . import x`."""
    namen = _imports(pad)
    for knoop in ast.walk(ast.parse(pad.read_text("utf-8"))):
        if isinstance(knoop, ast.ImportFrom) and knoop.module:
            namen.add(knoop.module)
    return namen


def test_beoordelen_laadt_geen_pandas(tmp_path: Path) -> None:
    """pandas is for the monitor only: reading, computing, the rules and the outputs do not import it."""
    code = (
        "import sys, datetime as dt; from tests.bodcheck.inlezen import werkboeken as w; "
        "from bodcheck import pipeline, json_uitvoer, uitvoer; from pathlib import Path; "
        f"d = Path({str(tmp_path)!r}); bod, wv = w.voorbeeld(d); "
        "r = pipeline.beoordeel(bod, wv, peildatum=dt.date(2026, 9, 1)); "
        "assert r.vraagpunten and r.berekend.ratios; "
        "uitvoer.schrijf_uitvoer(r, json_pad=str(d / 'b.json'), rapport=str(d / 'r.pdf'), excel=str(d / 'e.xlsx')); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'pandas'))"
    )
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip().splitlines()[-1] == "[]"


DOC = ROOT / "docs" / "architectuur.md"


def _genoemde_paden() -> set[str]:
    tekst = DOC.read_text("utf-8")
    return {p for p in re.findall(r"`((?:bodcheck|rekenmodellen|ui|tests|scripts)(?:/[\w.*-]+)*)`", tekst)}


def test_architectuurpagina_noemt_alleen_wat_bestaat() -> None:
    paden = _genoemde_paden()
    assert len(paden) > 20  # the page names its modules
    weg = sorted(p for p in paden if not (list(ROOT.glob(p)) if "*" in p else (ROOT / p).exists()))
    assert weg == [], f"docs/architectuur.md noemt wat niet bestaat: {weg}"


def test_architectuurpagina_noemt_elk_pakket() -> None:
    paden = _genoemde_paden()
    pakketten = sorted(
        str(p.parent.relative_to(ROOT)) for top in ("rekenmodellen", "bodcheck", "ui")
        for p in (ROOT / top).rglob("__init__.py") if "data" not in p.relative_to(ROOT).parts[1:-1])
    assert [p for p in pakketten if p not in paden] == [], "een pakket ontbreekt in docs/architectuur.md"


def _afhankelijkheden() -> dict[str, set[str]]:
    """module -> the modules of bodcheck/rekenmodellen/ui it imports (also inside functions)."""
    modules = dict(_modules())
    uit: dict[str, set[str]] = {}
    for naam, pad in modules.items():
        doelen: set[str] = set()
        for knoop in ast.walk(ast.parse(pad.read_text("utf-8"))):
            if isinstance(knoop, ast.Import):
                namen = [a.name for a in knoop.names]
            elif isinstance(knoop, ast.ImportFrom) and knoop.level == 0 and knoop.module:
                namen = [f"{knoop.module}.{a.name}" if f"{knoop.module}.{a.name}" in modules else knoop.module
                         for a in knoop.names]
            else:
                continue
            for n in namen:
                while n and n not in modules:
                    n = n.rpartition(".")[0]
                if n and n != naam:
                    doelen.add(n)
        uit[naam] = doelen
    return uit


def _cycli(graaf: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    laag: dict[str, int] = {}
    stapel: list[str] = []
    uit: list[list[str]] = []

    def bezoek(v: str) -> None:
        index[v] = laag[v] = len(index)
        stapel.append(v)
        for w in graaf[v]:
            if w not in index:
                bezoek(w)
                laag[v] = min(laag[v], laag[w])
            elif w in stapel:
                laag[v] = min(laag[v], index[w])
        if laag[v] == index[v]:
            deel = []
            while True:
                w = stapel.pop()
                deel.append(w)
                if w == v:
                    break
            if len(deel) > 1:
                uit.append(sorted(deel))

    for v in graaf:
        if v not in index:
            bezoek(v)
    return uit


def test_geen_importcycli() -> None:
    """No module of bodcheck or rekenmodellen reaches itself through its imports (ui: its own split, issue #16)."""
    cycli = [c for c in _cycli(_afhankelijkheden()) if not all(m.startswith("ui.") for m in c)]
    assert cycli == []
