"""Preview, export and print of a window's report: one service for the main window and the joint window.

The window says how its report is written (a function `pad -> Path` built from bodcheck.rapport, which
applies the wederhoor rule itself) and where its Rapport view is; this service asks for the path, runs the
writer in the background, reports in the status bar, keeps the preview current and prints it."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QSettings

from bodcheck import uitvoer
from ui import dialogen
from ui.scherm_rapport import druk_af
from ui.taken import Taken

Schrijver = Callable[[Path], Path]


class Rapportdienst:
    def __init__(self, venster: QtWidgets.QMainWindow, taken: Taken, qs: QSettings,
                 scherm: Callable[[], Any], toon: Callable[[], Any], bericht: Callable[[str, int], None]) -> None:
        """`scherm()`: the Rapport view if it exists (else None); `toon()`: show it (built if needed)."""
        self.venster, self.taken, self.qs = venster, taken, qs
        self._scherm, self._toon, self._bericht = scherm, toon, bericht
        self.nr = 0  # a newer preview makes an older one outdated
        self.actueel = False  # the preview shows the current assessment and choices
        self._tijdelijk: Path | None = None  # private folder for the preview, made when first needed

    # ---- the choices on the Rapport view --------------------------------------------------------------------
    def wederhoor(self) -> bool:
        """The version for wederhoor: the writers leave the user's notes out."""
        w = self._scherm()
        return bool(w and w.wederhoor.isChecked())

    def bijlagen(self) -> bool:
        """The appendix with the input (the command line's --bijlagen): the tick on the Rapport view, remembered
        between sessions (`zet_bijlagen`)."""
        w = self._scherm()
        if w is not None:
            return bool(w.bijlagen.isChecked())
        return str(self.qs.value("rapport/bijlagen", "false")).lower() == "true"

    def zet_bijlagen(self, aan: bool) -> None:
        self.qs.setValue("rapport/bijlagen", "true" if aan else "false")

    def definitief(self, standaard: bool = False) -> bool:
        w = self._scherm()
        return bool(w.definitief.isChecked()) if w else standaard

    # ---- preview --------------------------------------------------------------------------------------------
    def verouderd(self) -> None:
        self.actueel = False
        w = self._scherm()
        if w is not None:
            w.verouderd()

    def maak(self, schrijf: Schrijver, geldig: Callable[[], bool] = lambda: True, na=None) -> None:
        """Write the PDF to a private temporary file in the background and show it. `geldig()` (asked when it is
        done) says whether it still shows the current assessment."""
        w = self._toon() if self._scherm() is None else self._scherm()
        w.bezig()
        self.nr += 1
        nr = self.nr
        if self._tijdelijk is None:  # per user and session (a shared /tmp/bodcheck fails for a second user)
            self._tijdelijk = Path(tempfile.mkdtemp(prefix="bodcheck-"))
        map_ = self._tijdelijk
        pad = map_ / f"voorbeeldweergave-{nr}.pdf"

        def werk() -> Path:
            map_.mkdir(parents=True, exist_ok=True)
            return schrijf(pad)

        def klaar(p: Path) -> None:
            if nr != self.nr or self._scherm() is not w:  # outdated, or the view was closed
                Path(p).unlink(missing_ok=True)
                return
            vorige = w.pad
            w.laad(Path(p))
            self.actueel = geldig()
            if vorige is not None and vorige != Path(p):
                vorige.unlink(missing_ok=True)
            if na is not None:
                na()

        def mislukt(e: BaseException) -> None:
            w.bezig("")
            dialogen.toon_fout(self.venster, e, "Het rapport kon niet worden opgesteld.")

        self.taken.start(werk, klaar=klaar, mislukt=mislukt)

    # ---- export ---------------------------------------------------------------------------------------------
    def vraag_pad(self, titel: str, naam: str, extensie: str, filter_: str, buiten: Path | None = None) -> Path | None:
        """Ask where to save; the proposal is `naam` in the last folder used, marked when it is for wederhoor, and
        never inside the folder `buiten` (a folder of bods read as input)."""
        map_ = Path(str(self.qs.value("laatste_map", str(Path.home()))))
        if buiten is not None and map_.resolve().is_relative_to(buiten.resolve()):
            map_ = buiten.resolve().parent
        achter = " (wederhoor)" if self.wederhoor() else ""
        naam = naam.replace(" – ", " ").replace("/", "-")
        pad, _ = QtWidgets.QFileDialog.getSaveFileName(self.venster, titel, str(map_ / f"{naam}{achter}{extensie}"),
                                                       filter_)
        if not pad:
            return None
        p = Path(pad)
        return p if p.suffix.lower() == extensie else p.with_name(p.name + extensie)

    def weiger_invoer(self, pad: Path, invoer: Iterable[Path | None]) -> bool:
        """Refuse (with a dialog) saving or exporting over a file that is open as input (uitvoer.md, Revisions 2)."""
        reden = uitvoer.invoer_botsing(pad, [p for p in invoer if p is not None])
        if reden is None:
            return False
        mb = QtWidgets.QMessageBox
        box = mb(mb.Icon.Warning, "Niet bewaard", reden, mb.StandardButton.Ok, self.venster)
        box.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return True

    def exporteer(self, schrijf: Schrijver, pad: Path | None, naam: str, pdf: bool,
                  invoer: Iterable[Path | None] = (), buiten: Path | None = None) -> None:
        """Write the report as PDF (`pdf`) or Excel to `pad` (asked when None), in the background; never over one
        of the files `invoer` (read as input), and proposed outside the folder `buiten`."""
        if pdf:
            titel, ext, filter_, wat = "Rapport als PDF bewaren", ".pdf", "PDF (*.pdf)", "Rapport"
        else:
            titel, ext, filter_, wat = ("Rapport als Excel bewaren", ".xlsx", "Excel-werkboek (*.xlsx)",
                                        "Excel-export")
        pad = pad or self.vraag_pad(titel, naam, ext, filter_, buiten)
        if pad is None or self.weiger_invoer(pad, invoer):
            return
        self.qs.setValue("laatste_map", str(pad.parent))
        niet = "Het rapport is niet bewaard." if pdf else "De Excel-export is niet bewaard."
        self.taken.start(lambda: schrijf(pad), klaar=lambda p: self._bericht(f"{wat} bewaard: {p}", 10000),
                         mislukt=lambda e: dialogen.toon_fout(self.venster, e, niet))

    # ---- print ----------------------------------------------------------------------------------------------
    def afdrukken(self, maak: Callable[..., None]) -> None:
        """Show the Rapport view and print its preview; `maak(na=…)` makes it first when it is not current."""
        w = self._toon()
        if self.actueel and w.document.pageCount():
            self._print_dialoog()
        else:
            maak(na=self._print_dialoog)

    def _print_dialoog(self) -> None:
        # QtPrintSupport loads only when printing (docs/prestaties.md, "Bewust laat geladen")
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        d = QPrintDialog(printer, self.venster)
        d.setWindowTitle("Rapport afdrukken")
        if d.exec():
            try:
                n = druk_af(self._scherm().document, printer)
            except Exception as e:
                dialogen.toon_fout(self.venster, e, "Afdrukken is mislukt.")
                return
            self._bericht(f"{n} {'pagina' if n == 1 else 'pagina’s'} naar de printer gestuurd.", 6000)

    def sluit(self) -> None:
        """On close: let go of the preview and remove the private folder."""
        w = self._scherm()
        if w is not None and w.pad is not None:
            w.document.close()
        if self._tijdelijk is not None:
            shutil.rmtree(self._tijdelijk, ignore_errors=True)
