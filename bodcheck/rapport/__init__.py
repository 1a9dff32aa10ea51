"""The beoordelingsrapport (../shared/spec/rapport.md): one report model, three outputs.

    opbouw(resultaat, notities=None, definitief=None, wederhoor=False) -> Rapport      pure data
    schrijf_pdf(resultaat, pad, notities=None, definitief=None, wederhoor=False) -> Path
    pdf_bytes(resultaat, notities=None, definitief=None, wederhoor=False) -> bytes     the app's preview
    schrijf_excel(resultaat, pad, notities=None, wederhoor=False) -> Path
    excel_bytes(resultaat, notities=None, wederhoor=False) -> bytes; pdf_bytes_samen / excel_bytes_samen likewise
    (bodcheck.uitvoer writes a run's outputs all or none from these)

Several bods together (a GemeenteResultaat or RegioResultaat from bodcheck.samen; `samen_opbouw`):

    opbouw_samen(resultaat, definitief=False, notities=None, wederhoor=False) -> Rapport             pure data
    schrijf_pdf_samen(resultaat, pad, definitief=False, notities=None, wederhoor=False) -> Path
    schrijf_excel_samen(resultaat, pad, notities=None, wederhoor=False) -> Path   sheets Samen, Hiaten, Vraagpunten,
                                                                                 Corporaties
                                                                 (+ Regio)
(`notities`: the user's notes per group, as bodcheck.samen.notities keeps them.)

reportlab is imported only by `pdf`/`grafieken`/`stijl`, openpyxl only by `excel`, and only when called.
Same input and peildatum give byte-identical files.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from bodcheck.model import Notitie, Resultaat
from bodcheck.rapport.model import Rapport
from bodcheck.rapport.opbouw import opbouw
from bodcheck.rapport.samen_opbouw import opbouw_samen

if TYPE_CHECKING:
    from bodcheck.samen.model import GemeenteResultaat, RegioResultaat

__all__ = ["Rapport", "excel_bytes", "excel_bytes_samen", "opbouw", "opbouw_samen", "pdf_bytes", "pdf_bytes_samen",
           "schrijf_excel", "schrijf_excel_samen", "schrijf_pdf",
           "schrijf_pdf_samen"]


def pdf_bytes(resultaat: Resultaat, notities: dict[str, Notitie] | None = None, definitief: bool | None = None,
              wederhoor: bool = False, bijlagen: bool = False, auteur: str | None = None,
              terugblik: tuple = ()) -> bytes:
    """`bijlagen`: the input appendix (--bijlagen, the app's tick); `auteur`: who prepared the report;
    `terugblik`: the short chapter over the years (blocks of bodcheck.monitor.rapport.kort)."""
    from bodcheck.rapport import pdf

    return pdf.maak(opbouw(resultaat, notities, definitief, wederhoor, bijlagen=bijlagen, auteur=auteur,
                           terugblik=terugblik))


def schrijf_pdf(resultaat: Resultaat, pad: str | Path, notities: dict[str, Notitie] | None = None,
                definitief: bool | None = None, wederhoor: bool = False, bijlagen: bool = False,
                auteur: str | None = None, terugblik: tuple = ()) -> Path:
    from bodcheck import atomair

    return atomair.schrijf_bytes(pad, pdf_bytes(resultaat, notities, definitief, wederhoor, bijlagen, auteur,
                                                terugblik))


def schrijf_excel(resultaat: Resultaat, pad: str | Path, notities: dict[str, Notitie] | None = None,
                  wederhoor: bool = False, auteur: str | None = None) -> Path:
    """The report's tables as a workbook. `wederhoor`: without the user's notes, as the PDF for wederhoor."""
    from bodcheck import atomair

    return atomair.schrijf_bytes(pad, excel_bytes(resultaat, notities, wederhoor, auteur))


def excel_bytes(resultaat: Resultaat, notities: dict[str, Notitie] | None = None, wederhoor: bool = False,
                auteur: str | None = None) -> bytes:
    from bodcheck.rapport import excel

    return excel.maak(opbouw(resultaat, notities, wederhoor=wederhoor, auteur=auteur), leesbladen=excel.LEESBLADEN)


def schrijf_pdf_samen(resultaat: GemeenteResultaat | RegioResultaat, pad: str | Path, definitief: bool = False,
                      notities: dict[str, dict[str, Notitie]] | None = None, wederhoor: bool = False,
                      auteur: str | None = None) -> Path:
    """The joint report of all bods in a gemeente (or all gemeenten in a regio) as PDF."""
    from bodcheck import atomair

    return atomair.schrijf_bytes(pad, pdf_bytes_samen(resultaat, definitief, notities, wederhoor, auteur))


def pdf_bytes_samen(resultaat: GemeenteResultaat | RegioResultaat, definitief: bool = False,
                    notities: dict[str, dict[str, Notitie]] | None = None, wederhoor: bool = False,
                    auteur: str | None = None) -> bytes:
    from bodcheck.rapport import pdf

    return pdf.maak(opbouw_samen(resultaat, definitief, notities, wederhoor, auteur))


def schrijf_excel_samen(resultaat: GemeenteResultaat | RegioResultaat, pad: str | Path,
                        notities: dict[str, dict[str, Notitie]] | None = None, wederhoor: bool = False) -> Path:
    """The joint report's tables as a workbook with real numbers."""
    from bodcheck import atomair

    return atomair.schrijf_bytes(pad, excel_bytes_samen(resultaat, notities, wederhoor))


def excel_bytes_samen(resultaat: GemeenteResultaat | RegioResultaat,
                      notities: dict[str, dict[str, Notitie]] | None = None, wederhoor: bool = False) -> bytes:
    from bodcheck.rapport import excel

    r = opbouw_samen(resultaat, notities=notities, wederhoor=wederhoor)
    return excel.maak(r, r.bladen, leesbladen=excel.LEESBLADEN)
