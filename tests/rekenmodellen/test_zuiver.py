"""rekenmodellen stays pure: stdlib, numpy and numpy_financial only, and the module conventions."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import rekenmodellen

PAKKET = Path(rekenmodellen.__file__).parent
MODULES = sorted(PAKKET.glob("*.py"))
TOEGESTAAN = {"numpy", "numpy_financial", "rekenmodellen", *sys.stdlib_module_names}


@pytest.mark.parametrize("pad", MODULES, ids=[p.name for p in MODULES])
def test_alleen_toegestane_imports(pad: Path) -> None:
    boom = ast.parse(pad.read_text(encoding="utf-8"))
    for knoop in ast.walk(boom):
        if isinstance(knoop, ast.Import):
            namen = [alias.name for alias in knoop.names]
        elif isinstance(knoop, ast.ImportFrom) and knoop.level == 0 and knoop.module:
            namen = [knoop.module]
        else:
            continue
        for naam in namen:
            assert naam.split(".")[0] in TOEGESTAAN, f"{pad.name} importeert {naam}"


@pytest.mark.parametrize("pad", MODULES, ids=[p.name for p in MODULES])
def test_begint_met_future_annotations(pad: Path) -> None:
    boom = ast.parse(pad.read_text(encoding="utf-8"))
    statements = list(boom.body)
    if statements and isinstance(statements[0], ast.Expr) and isinstance(statements[0].value, ast.Constant):
        statements = statements[1:]  # the module docstring
    eerste = statements[0]
    assert isinstance(eerste, ast.ImportFrom) and eerste.module == "__future__"
    assert [alias.name for alias in eerste.names] == ["annotations"]


@pytest.mark.parametrize("pad", MODULES, ids=[p.name for p in MODULES])
def test_ascii_namen(pad: Path) -> None:
    boom = ast.parse(pad.read_text(encoding="utf-8"))
    for knoop in ast.walk(boom):
        naam = getattr(knoop, "name", None) or getattr(knoop, "id", None) or getattr(knoop, "arg", None)
        if isinstance(naam, str):
            assert naam.isascii(), f"{pad.name}: {naam}"


def test_all_is_compleet() -> None:
    for naam in rekenmodellen.__all__:
        assert hasattr(rekenmodellen, naam), naam


def test_import_laadt_geen_pandas_of_qt() -> None:
    code = (
        "import sys, rekenmodellen; "
        "verboden = [m for m in ('pandas', 'PySide6', 'bodcheck', 'openpyxl') if m in sys.modules]; "
        "print(','.join(verboden))"
    )
    uit = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert uit.stdout.strip() == ""
