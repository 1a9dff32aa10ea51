"""The files of the monitor over the years, for the main window's Bestanden (ui.bestanden): "Map openen als
reeks…" (the latest saved assessment of a folder, the others linked to it), "Vorige jaren koppelen…" (links saved
as path and sha256), "Nieuw jaar starten…" (the next bod's assessment from the afspraken of this one,
bodcheck.monitor.nieuw_jaar), and the Terugblik over de jaren saved from the view (PDF or Excel). All three end in the view Over de jaren or the new assessment; the core runs in
the background, and a series or new year that cannot be used shows its Dutch lines, naming the files."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtWidgets

from ui import statusbalk
from ui.bestanden import BestandNietBruikbaar
from ui.schermen import INVOER, JAREN, jaren

if TYPE_CHECKING:
    from ui.bestanden import Bestanden
    from ui.hoofdvenster import Hoofdvenster


def _als_melding(e: BaseException) -> BaseException:
    """A series or new year that cannot be used is the user's data, not a bug: its Dutch lines, naming the files."""
    regels = getattr(e, "regels", None)
    return BestandNietBruikbaar("\n".join(regels)) if type(e).__name__ in ("MonitorFout", "NieuwJaarFout") \
        and regels else e


def vraag_bewaren(parent: QtWidgets.QWidget) -> bool:
    """Save first? The new year starts from the assessment as it is saved (its file is linked by its sha256)."""
    mb = QtWidgets.QMessageBox
    box = mb(mb.Icon.Question, "Eerst bewaren", "Het nieuwe jaar begint met de afspraken zoals ze in de bewaarde "
             "beoordeling staan. Wilt u de beoordeling nu bewaren?", mb.StandardButton.Save | mb.StandardButton.Cancel,
             parent)
    box.button(mb.StandardButton.Save).setText("Bewaren")
    box.button(mb.StandardButton.Cancel).setText("Annuleren")
    box.setDefaultButton(mb.StandardButton.Save)
    return box.exec() == mb.StandardButton.Save


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
        best.v.herbereken(na=lambda: (best.v.toon_scherm(JAREN),
                                      best.v.bericht(statusbalk.geopend(f"{pad.name} met de vorige jaren"), 0)))

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
        best.v.dienst.verouderd()  # the report gets its chapter over the years
    best.v.werk_acties()  # the view appears in the navigation
    if not b.vorige_jaren:
        return None
    return best.v.toon_scherm(JAREN)


def kies_begin(parent: QtWidgets.QWidget) -> str | None:
    """Where the new year's figures come from: "werkboek" (the corporatie's bod workbook), "leeg" (typed or
    pasted in the app), None (cancelled)."""
    mb = QtWidgets.QMessageBox
    box = mb(mb.Icon.Question, "Nieuw jaar starten", "Waar komen de cijfers van het nieuwe bod vandaan?", mb.StandardButton.NoButton,
             parent)
    box.setInformativeText("De afspraken, de tegenprestaties van de gemeente en de woonvisie van deze beoordeling "
                           "gaan in beide gevallen mee.")
    werkboek = box.addButton("Bod-werkboek kiezen…", mb.ButtonRole.AcceptRole)
    leeg = box.addButton("Leeg beginnen en invullen", mb.ButtonRole.AcceptRole)
    box.addButton("Annuleren", mb.ButtonRole.RejectRole)
    box.setDefaultButton(werkboek)
    box.exec()
    return {werkboek: "werkboek", leeg: "leeg"}.get(box.clickedButton())


def nieuw_jaar(best: Bestanden, bod: Path | None = None, leeg: bool = False) -> None:
    """"Nieuw jaar starten…": the next bod's assessment, starting from the afspraken and tegenprestaties of the
    saved assessment that is open (bodcheck.monitor.nieuw_jaar), with this one linked as its previous year. Its
    figures come from the new year's bod workbook, or are filled in in the app (an empty assessment, as
    "Nieuwe beoordeling invullen…"). `bod` or `leeg` replaces the questions (tests)."""
    from ui import dialogen

    if not best.doc.open:
        return
    if (best.doc.pad is None or best.doc.gewijzigd) and not (vraag_bewaren(best.v) and best.opslaan()):
        return
    vorig = best.doc.pad
    assert vorig is not None
    if bod is None and not leeg:
        keuze = kies_begin(best.v)
        if keuze is None:
            return
        leeg = keuze == "leeg"
    if bod is None and not leeg:
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
        best.doc.invoer_paden = [nieuw_bod] if nieuw_bod is not None else []
        if nieuw_bod is not None:
            best.werkboeken_gelezen(uitkomst, peildatum)
            if any(m.soort == "fout" for m in uitkomst[1]):
                return
            best.v.bericht(f"Nieuw jaar gestart vanuit {vorig.name}; de overgenomen afspraken staan onder Invoer, "
                           "blad Afspraken.", 0)
            return
        best.v.zet_beoordeling(uitkomst[0], None, gewijzigd=True)  # empty: filled in in the Invoer view
        best.doc.standaard_nodig = True
        best.v.herbereken(na=lambda: (best.v.toon_scherm(INVOER), best.v.bericht(
            f"Nieuw jaar gestart vanuit {vorig.name}: typ de cijfers van het nieuwe bod of plak ze uit Excel "
            "(Ctrl+V); de overgenomen afspraken staan al in het blad Afspraken.", 0)))

    best.v.voortgang(0, 1, "Nieuw jaar klaarzetten…")
    best.v.taken.start(werk, voortgang=best.v.voortgang, klaar=klaar,
                       mislukt=lambda e: best._fout(_als_melding(e), "Het nieuwe jaar kon niet worden gestart; "
                                                                     "wat open was, blijft open."))


def exporteer_terugblik(v: Hoofdvenster, pdf: bool, pad: Path | None = None) -> None:
    """The Terugblik over de jaren of the view as PDF or Excel (bodcheck.monitor.rapport), through the window's one
    export service: asked where (`pad` for tests), never over an input, written in the background."""
    m = jaren(v).monitor
    if m is None:
        return

    def schrijf(doel: Path) -> Path:
        from bodcheck import atomair
        from bodcheck.monitor import rapport  # on the worker

        return atomair.schrijf_bytes(doel, rapport.pdf_bytes(m) if pdf else rapport.excel_bytes(m))

    gekoppeld = [Path(x["pad"]) for x in v.doc.beoordeling.vorige_jaren] if v.doc.open else []
    v.dienst.exporteer(schrijf, pad, f"Terugblik {v.naam()}", pdf, [*v.doc.invoer_paden, v.doc.pad, *gekoppeld])
