"""The files of the monitor over the years, for the main window's Bestanden (ui.bestanden): "Map openen als
reeks…" (the latest saved assessment of a folder, the others linked to it), "Vorige jaren koppelen…" (links saved
as path and sha256) and "Nieuw jaar starten…" (the next bod's assessment from the afspraken of this one,
bodcheck.monitor.nieuw_jaar). All three end in the view Over de jaren or the new assessment; the core runs in
the background, and a series or new year that cannot be used shows its Dutch lines, naming the files."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtWidgets

from ui.bestanden import BestandNietBruikbaar
from ui.schermen import JAREN

if TYPE_CHECKING:
    from ui.bestanden import Bestanden


def _als_melding(e: BaseException) -> BaseException:
    """A series or new year that cannot be used is the user's data, not a bug: its Dutch lines, naming the files."""
    regels = getattr(e, "regels", None)
    return BestandNietBruikbaar("\n".join(regels)) if type(e).__name__ in ("MonitorFout", "NieuwJaarFout") \
        and regels else e


def kies_reeks(best: Bestanden, map_: Path | None = None) -> None:
    """A folder with the saved assessments of several years: the latest is opened, the others are linked to it,
    and the view Over de jaren is shown. `map_` replaces the folder dialog (tests)."""
    if not best.mag_weg():
        return
    if map_ is None:
        gekozen = QtWidgets.QFileDialog.getExistingDirectory(
            best.v, "Map met beoordelingen van meerdere jaren", str(best.qs.value("laatste_map", str(Path.home()))))
        if not gekozen:
            return
        map_ = Path(gekozen)

    def werk():
        from bodcheck.monitor import koppelingen  # on the worker

        return koppelingen.reeks_in_map(map_)

    def klaar(uitkomst: tuple[Path, Any]) -> None:
        pad, b = uitkomst
        best.v.zet_beoordeling(b, pad, gewijzigd=False)
        best.doc.zet_gewijzigd(bool(b.vorige_jaren))  # the new links are saved only when the user saves
        best.onthoud_recent(pad)
        best.v.herbereken(na=lambda: best.v.toon_scherm(JAREN))

    best.v.voortgang(0, 1, f"{map_.name} openen als reeks…")
    best.v.taken.start(werk, klaar=klaar,
                       mislukt=lambda e: best._fout(_als_melding(e), "De map kan niet als reeks worden geopend."))


def vorige_jaren_koppelen(best: Bestanden, paden: list[Path] | None = None) -> QtWidgets.QWidget | None:
    """Link earlier years' .bodcheck files to the open assessment (saved in it as path and sha256) and show
    the view Over de jaren. `paden` replaces the file dialog (tests)."""
    from bodcheck.monitor import koppelingen

    b = best.doc.beoordeling
    if b is None:
        return None
    if paden is None:
        namen, _ = QtWidgets.QFileDialog.getOpenFileNames(
            best.v, "Beoordelingen van vorige jaren", str(best.doc.pad.parent if best.doc.pad else Path.home()),
            "Beoordelingen (*.bodcheck)")
        paden = [Path(n) for n in namen]
    links, fouten = koppelingen.koppel(paden)
    if fouten:
        best.v.bericht("; ".join(fouten), 0)
    bekend = {x["pad"] for x in b.vorige_jaren}
    nieuw = [x for x in links if x["pad"] not in bekend]
    if nieuw:
        b.vorige_jaren.extend(nieuw)
        best.doc.zet_gewijzigd(True)
    best.v.werk_acties()  # the view appears in the navigation
    if not b.vorige_jaren:
        return None
    return best.v.toon_scherm(JAREN)


def nieuw_jaar(best: Bestanden, bod: Path | None = None) -> None:
    """"Nieuw jaar starten…": the next bod's assessment, starting from the afspraken and tegenprestaties of the
    saved assessment that is open (bodcheck.monitor.nieuw_jaar), with this one linked as its previous year.
    `bod` replaces the file dialog for the new year's bod workbook (tests)."""
    from ui import dialogen

    if not best.doc.open:
        return
    if best.doc.pad is None or best.doc.gewijzigd:
        knop = QtWidgets.QMessageBox.StandardButton
        keuze = QtWidgets.QMessageBox.question(
            best.v, "Eerst bewaren",
            "Het nieuwe jaar begint met de afspraken zoals ze in de bewaarde beoordeling staan. Nu bewaren?",
            knop.Save | knop.Cancel, knop.Save)
        if keuze != knop.Save or not best.opslaan():
            return
    vorig = best.doc.pad
    assert vorig is not None
    if bod is None:
        gekozen, _ = QtWidgets.QFileDialog.getOpenFileName(
            best.v, "Het bod-werkboek van het nieuwe jaar", str(vorig.parent), dialogen.WERKBOEK_FILTER)
        if not gekozen:
            return
        bod = Path(gekozen)
    nieuw_bod, peildatum = bod, best.doc.peildatum

    def werk(v):
        from bodcheck.monitor import nieuw_jaar  # on the worker

        return nieuw_jaar.start(vorig, nieuw_bod, peildatum, v)

    def klaar(uitkomst: tuple[Any, list]) -> None:
        best.doc.invoer_paden = [nieuw_bod]
        best.werkboeken_gelezen(uitkomst)
        best.v.bericht(f"Nieuw jaar gestart vanuit {vorig.name}; de afspraken staan onder Invoer › Afspraken.", 0)

    best.v.voortgang(0, 1, "Nieuw jaar klaarzetten…")
    best.v.taken.start(werk, voortgang=best.v.voortgang, klaar=klaar,
                       mislukt=lambda e: best._fout(_als_melding(e), "Het nieuwe jaar kon niet worden gestart; "
                                                                     "wat open was, blijft open."))
