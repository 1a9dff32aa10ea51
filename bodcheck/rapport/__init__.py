"""The beoordelingsrapport (../shared/spec/rapport.md): one report model, three outputs.

    opbouw(resultaat, notities=None, definitief=None, wederhoor=False) -> Rapport      pure data
    schrijf_pdf(resultaat, pad, notities=None, definitief=None, wederhoor=False) -> Path
    pdf_bytes(resultaat, notities=None, definitief=None, wederhoor=False) -> bytes     the app's preview
    schrijf_excel(resultaat, pad, notities=None) -> Path

reportlab is imported only by `pdf`/`grafieken`/`stijl`, openpyxl only by `excel`, and only when called.
Same input and peildatum give byte-identical files.
"""

from __future__ import annotations

from pathlib import Path

from bodcheck.model import Notitie, Resultaat
from bodcheck.rapport.model import Rapport
from bodcheck.rapport.opbouw import opbouw

__all__ = ["Rapport", "opbouw", "pdf_bytes", "schrijf_excel", "schrijf_pdf"]


def pdf_bytes(resultaat: Resultaat, notities: dict[str, Notitie] | None = None, definitief: bool | None = None,
              wederhoor: bool = False) -> bytes:
    from bodcheck.rapport import pdf

    return pdf.maak(opbouw(resultaat, notities, definitief, wederhoor))


def schrijf_pdf(resultaat: Resultaat, pad: str | Path, notities: dict[str, Notitie] | None = None,
                definitief: bool | None = None, wederhoor: bool = False) -> Path:
    from bodcheck import atomair

    return atomair.schrijf_bytes(pad, pdf_bytes(resultaat, notities, definitief, wederhoor))


def schrijf_excel(resultaat: Resultaat, pad: str | Path, notities: dict[str, Notitie] | None = None) -> Path:
    from bodcheck import atomair
    from bodcheck.rapport import excel

    return atomair.schrijf_bytes(pad, excel.maak(opbouw(resultaat, notities)))
