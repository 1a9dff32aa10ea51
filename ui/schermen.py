"""The views of the main window, one module each (ui.scherm_*): their titles in the navigation and how each
is built and connected to the window. A view is built the first time it is shown; `vul` gives it the open
assessment and its result.

The view modules load when first shown (docs/prestaties.md, "Bewust laat geladen"): QtCharts and QtPdf are
heavy, and the start screen needs none of them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from ui.jaren_dienst import JarenDienst

if TYPE_CHECKING:
    from ui.hoofdvenster import Hoofdvenster

SCHERMEN = ("Overzicht", "Invoer", "Kerncijfers", "Investeringsruimte", "Bod en woonvisie", "Vraagpunten", "Afspraken",
            "Rapport", "Over de jaren")
OVERZICHT, INVOER, KERNCIJFERS, RUIMTE, VERGELIJKING, VRAAGPUNTEN, AFSPRAKEN, RAPPORT, JAREN = range(len(SCHERMEN))
EERSTE = OVERZICHT  # the view shown after every open
ZONDER_RESULTAAT = (OVERZICHT, INVOER)  # views that can be shown before the assessment is computed
VOORAF = (INVOER, KERNCIJFERS, VERGELIJKING, RUIMTE, VRAAGPUNTEN, AFSPRAKEN)  # built out of sight after an open
ALLEEN_GEKOPPELD = (JAREN,)  # views in the navigation only when earlier years are linked (ui.jaren_dienst)


def jaren(v: Hoofdvenster) -> JarenDienst:
    """The window's one JarenDienst (the linked years, computed once for the views that show them)."""
    d = getattr(v, "_jaren_dienst", None)
    if d is None:
        d = JarenDienst(v.taken, lambda: (v.doc.naam(), v.doc.beoordeling, v.doc.resultaat, v.doc.peildatum),
                        v._fout)
        d.setParent(v)
        v._jaren_dienst = d
    return d


def _jaren_bestanden():
    from ui import jaren_bestanden  # with the first export of the Terugblik

    return jaren_bestanden


def maak(i: int, v: Hoofdvenster) -> QWidget:
    """Build view `i` and connect its signals to the window `v`."""
    w: Any
    if i == OVERZICHT:
        from ui.scherm_overzicht import OverzichtScherm

        w = OverzichtScherm(taken=v.taken)
        w.open_scherm.connect(lambda naam, wat: ga_naar(v, naam, wat))
    elif i == INVOER:
        from ui.scherm_invoer import InvoerScherm

        w = InvoerScherm()
        w.gewijzigd.connect(v.wijzig_cel)
        w.doel_gewijzigd.connect(v.wijzig_doel)
        w.algemeen_gewijzigd.connect(v.wijzig_algemeen)
        w.bewerking.connect(v.bewerk_invoer)
        w.bericht.connect(v.bericht)
    elif i == KERNCIJFERS:
        from ui.scherm_kerncijfers import KerncijfersScherm

        w = KerncijfersScherm()
    elif i == RUIMTE:
        from ui.scherm_ruimte import RuimteScherm

        w = RuimteScherm()
        w.parameters_gewijzigd.connect(lambda p: v.kies(**p))
    elif i == VERGELIJKING:
        from ui.scherm_vergelijking import VergelijkingScherm

        w = VergelijkingScherm()
    elif i == VRAAGPUNTEN:
        from ui.scherm_vraagpunten import VraagpuntenScherm

        w = VraagpuntenScherm(jaren(v))
        w.notitie_gewijzigd.connect(v._notitie)
    elif i == AFSPRAKEN:
        from ui.scherm_afspraken import AfsprakenScherm

        w = AfsprakenScherm(taken=v.taken)
        w.gewijzigd.connect(lambda: v._notitie(None, None))
        w.bericht.connect(v.bericht)
    elif i == JAREN:
        from ui.scherm_jaren import JarenScherm

        w = JarenScherm(jaren(v))
        w.exporteer.connect(lambda pdf: _jaren_bestanden().exporteer_terugblik(v, pdf))
    else:
        from ui.scherm_rapport import RapportScherm

        w = RapportScherm()
        w.bijlagen.setChecked(v.dienst.bijlagen())  # asked before the view is known to the service
        w.bijlagen.toggled.connect(v.dienst.zet_bijlagen)
        w.maak.connect(v.maak_rapport)
        w.afdrukken.connect(v.afdrukken)
        w.exporteer_pdf.connect(v.exporteer_pdf)
        w.exporteer_excel.connect(v.exporteer_excel)
        w.opties_gewijzigd.connect(v.rapport_opties)
    return w


def vul(i: int, w: QWidget, b: Any, r: Any) -> None:
    """Show the assessment `b` (bodcheck.beoordeling.Beoordeling) and its result `r` (None while computing)
    in view `i`; the Rapport view only takes its checkbox here (the window makes the preview)."""
    v: Any = w
    if i == OVERZICHT:
        if r is not None:
            v.vul(r, b.notities)  # built in the background from the report model
        else:  # nothing of an earlier assessment stays; a workbook that cannot be used says why
            v.zonder_oordeel(b.invoer, [m for m in b.meldingen if m.soort == "fout"])
        return
    if i == INVOER:
        v.toon(b.invoer, r.meldingen if r is not None else b.meldingen)
    elif r is None:
        return
    elif i == VRAAGPUNTEN:
        v.toon(r, b.notities)
    elif i == AFSPRAKEN:
        v.toon(b, r)
    elif i == JAREN:
        v.ververs()
    elif i == RAPPORT:
        v.definitief.blockSignals(True)
        v.definitief.setChecked(bool(b.instellingen.definitief))
        v.definitief.blockSignals(False)
    else:
        v.toon(r)


def ga_naar(v: Hoofdvenster, naam: str, wat: str) -> None:
    """A card of the Overzicht chosen: open its view at the right row (never a view that waits for a result)."""
    w: Any
    if naam != "invoer" and v.doc.resultaat is None:
        return
    if naam == "vergelijking":
        w = v.toon_scherm(VERGELIJKING)
        w.kies_thema(wat)
    elif naam == "vraagpunten":
        w = v.toon_scherm(VRAAGPUNTEN)
        w.kies(wat)
    elif naam == "invoer":  # a sheet ("Realisatie") or a cell ("Algemeen!B6")
        w = v.toon_scherm(INVOER)
        blad, _, cel = wat.partition("!")
        from bodcheck.model import Bron

        if not (cel and w.toon_cel(Bron(blad, cel))):
            w.kies_blad(blad)
    else:
        v.toon_scherm({"kerncijfers": KERNCIJFERS, "ruimte": RUIMTE}[naam])


def voorbereiden(v: Hoofdvenster) -> list[Callable[[], None]]:
    """After an open: steps (ui.stappen, one per turn of the event loop) that build the views of VOORAF out of
    sight, with their style, and fill them; the first visit to a view then only lays it out and paints it,
    instead of holding the window up for 100–300 ms (issue 16). A view shown or refilled meanwhile is skipped."""
    def bouw(i: int) -> None:
        if v.resultaat is not None and i not in v._schermen:
            v.scherm(i, vullen=False).ensurePolished()

    def vul(i: int) -> None:
        if v.resultaat is not None and i in v._verouderd:
            v._vul(i)

    return [stap for i in VOORAF for stap in (lambda i=i: bouw(i), lambda i=i: vul(i))]
