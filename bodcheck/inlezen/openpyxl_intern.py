"""The only place that touches openpyxl's private parts (the reader of `bestand.py` needs them).

Why private: openpyxl's public `load_workbook` parses every sheet in full, twice to get both the cached
values and whether a cell holds a formula, and cannot stop at a row limit; for a hostile or huge workbook
that is an unbounded cost. So the reader drives openpyxl's streaming sheet parser itself
(`openpyxl.worksheet._reader.WorkSheetParser`, a private module) and reads the workbook's private style
tables (`_cell_styles`, `_number_formats`, `_date_formats`, `_timedelta_formats`) to know a cell's number
format and whether it is a date.

Private parts may change in any release, so the dependency is pinned to the tested minor version
(`GETEST`, and `openpyxl>=3.1,<3.2` in pyproject.toml); `tests/bodcheck/inlezen/test_openpyxl_intern.py`
fails with a clear message on another version. Moving to a new minor version: run the reader tests, check
these few names still exist and mean the same, then raise both pins together.
"""

from __future__ import annotations

from typing import Any

from openpyxl.styles.numbers import BUILTIN_FORMATS, BUILTIN_FORMATS_MAX_SIZE
from openpyxl.workbook import Workbook
from openpyxl.worksheet._reader import FORMULA_TAG, WorkSheetParser

GETEST = "3.1"
"""The openpyxl minor version these private uses were tested with."""


class CelLezer(WorkSheetParser):
    """openpyxl's streaming sheet parser, in one pass: the cached value (data_only) and whether the cell
    holds a formula. Dates are converted by the caller (openpyxl would warn on an impossible serial) and
    extensions are skipped (openpyxl warns that it drops them; bodcheck only reads values)."""

    def __init__(self, src: Any, gedeelde_teksten: list[str], epoch: Any):
        super().__init__(src, gedeelde_teksten, data_only=True, epoch=epoch)

    def parse_cell(self, element: Any) -> dict[str, Any]:
        cel: dict[str, Any] = super().parse_cell(element)
        cel["formule"] = element.find(FORMULA_TAG) is not None
        return cel

    def parse_extensions(self, element: Any) -> None:
        return None


def is_datum(wb: Workbook, stijl: int) -> bool:
    """Whether cell style `stijl` has a date or time number format."""
    return stijl in wb._date_formats


def is_tijdsduur(wb: Workbook, stijl: int) -> bool:
    """Whether cell style `stijl` has a duration number format ([h]:mm)."""
    return stijl in wb._timedelta_formats


def formaat(wb: Workbook, stijl: int) -> str:
    """The number format of cell style `stijl`; "General" when the style tables do not say."""
    try:
        nr = wb._cell_styles[stijl].numFmtId
        if nr < BUILTIN_FORMATS_MAX_SIZE:
            return str(BUILTIN_FORMATS.get(nr, "General"))
        return str(wb._number_formats[nr - BUILTIN_FORMATS_MAX_SIZE])
    except (IndexError, TypeError, AttributeError):
        return "General"
