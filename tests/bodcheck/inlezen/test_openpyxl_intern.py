"""The reader uses openpyxl's private parts (bodcheck/inlezen/openpyxl_intern.py): only on the tested minor
version, with the pin in pyproject.toml saying the same, and nowhere else in the code."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import openpyxl

from bodcheck.inlezen import openpyxl_intern

ROOT = Path(__file__).resolve().parents[3]


def test_geinstalleerde_versie_is_de_geteste() -> None:
    minor = ".".join(openpyxl.__version__.split(".")[:2])
    assert minor == openpyxl_intern.GETEST, (
        f"openpyxl {openpyxl.__version__} is geïnstalleerd, maar de lezer is getest met {openpyxl_intern.GETEST}.x "
        "en gebruikt private onderdelen (bodcheck/inlezen/openpyxl_intern.py). Controleer die onderdelen, "
        "draai de tests van inlezen en verhoog dan GETEST en de pin in pyproject.toml samen.")


def test_pin_in_pyproject_is_de_geteste_minor() -> None:
    eisen = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["dependencies"]
    pin = next(e for e in eisen if e.startswith("openpyxl"))
    hoofd, klein = (int(x) for x in openpyxl_intern.GETEST.split("."))
    assert pin.replace(" ", "") == f"openpyxl>={hoofd}.{klein},<{hoofd}.{klein + 1}", pin


def test_alleen_openpyxl_intern_raakt_private_delen() -> None:
    privaat = re.compile(r"openpyxl(\.\w+)*\._\w+|\._(date_formats|timedelta_formats|cell_styles|number_formats)\b")
    gevonden = [
        str(p.relative_to(ROOT)) for pakket in ("bodcheck", "ui", "rekenmodellen") for p in (ROOT / pakket).rglob("*.py")
        if p.name != "openpyxl_intern.py" and privaat.search(p.read_text("utf-8"))
    ]
    assert gevonden == []
