"""The shape of ui/ (issue 12): no class over 400 lines, and imports at module top except the modules listed
in docs/prestaties.md ("Bewust laat geladen"), in both directions."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MAX_REGELS = 400


def _bomen() -> list[tuple[str, ast.Module]]:
    return [(f"ui.{p.stem}", ast.parse(p.read_text("utf-8"))) for p in sorted((ROOT / "ui").glob("*.py"))]


def _late_imports() -> dict[str, set[str]]:
    """module imported inside a function -> the ui modules that do so (`from ui import x` counts as ui.x)."""
    uit: dict[str, set[str]] = {}
    for naam, boom in _bomen():
        for f in ast.walk(boom):
            if not isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            for n in ast.walk(f):
                if isinstance(n, ast.Import):
                    mods = [a.name for a in n.names]
                elif isinstance(n, ast.ImportFrom) and n.module:
                    mods = [f"{n.module}.{a.name}" if n.module in ("ui", "bodcheck") else n.module for a in n.names]
                else:
                    continue
                for m in mods:
                    uit.setdefault(m, set()).add(naam)
    return uit


def _lijst_in_docs() -> dict[str, set[str]]:
    tekst = (ROOT / "docs" / "prestaties.md").read_text("utf-8")
    deel = tekst.split("## Bewust laat geladen", 1)[1]
    uit = {}
    for m in re.finditer(r"^\| `([\w.]+)` \| ([^|]+) \|", deel, re.M):
        uit[m.group(1)] = set(re.findall(r"`([\w.]+)`", m.group(2)))
    return uit


def test_geen_klasse_in_ui_langer_dan_400_regels() -> None:
    te_lang = [f"{naam}.{k.name}: {k.end_lineno - k.lineno + 1} regels" for naam, boom in _bomen()
               for k in ast.walk(boom) if isinstance(k, ast.ClassDef) and k.end_lineno - k.lineno + 1 > MAX_REGELS]
    assert te_lang == []


def test_late_imports_staan_in_docs_prestaties() -> None:
    docs = _lijst_in_docs()
    assert len(docs) >= 10  # the table was found and read
    assert _late_imports() == docs
