"""Copy and paste like a spreadsheet in the Invoer tables (issue 17): Ctrl+C copies the selection as tab-separated
text that Excel and LibreOffice read as numbers; Ctrl+V pastes a block copied from them at the current cell.

`InvulTabel` is the table: it copies itself and hands a pasted block to its view (signal `geplakt`). What each
cell of an input model means for a paste (`plek`) and for a copy (`kopieer_cel`) is said here; reading a text
and changing the Invoer is the core's (bodcheck.plakken, bodcheck.invullen, bodcheck.bewerken). The result is
one change of the document: one step of Ongedaan maken."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemDelegate, QMenu, QMessageBox, QWidget

from bodcheck import codes, plakken
from bodcheck.plakken import Plek
from ui import modellen
from ui.signalen import zend
from ui.tabel import Tabel

Invulbaar = modellen.JaarBladModel | modellen.AlgemeenModel | modellen.WoonvisieModel


class InvulTabel(Tabel):
    """A Tabel with Ctrl+C (every table) and Ctrl+V (the editable ones), also in its context menu."""

    geplakt = Signal(object, int, int)  # the block (rows of cell texts), row and column of the current cell
    gevuld = Signal(str, object)  # one text for the selected cells (row, column): a single copied value pasted
    #                               on a selection fills it, Delete empties it, as in a spreadsheet

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.matches(QKeySequence.StandardKey.Copy):
            self.kopieer()
        elif e.matches(QKeySequence.StandardKey.Paste):
            self.plak()
        elif e.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.state() != self.State.EditingState:
            self._vul("")
        else:
            super().keyPressEvent(e)
            return
        e.accept()

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        """Enter after typing a value moves to the cell below, as in a spreadsheet: a column of figures from a PDF
        is typed without the mouse."""
        super().closeEditor(editor, hint)
        idx = self.currentIndex()
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache and idx.isValid() \
                and idx.row() + 1 < self.model().rowCount():
            self.setCurrentIndex(idx.siblingAtRow(idx.row() + 1))

    def contextMenuEvent(self, e: QContextMenuEvent) -> None:
        menu = QMenu(self)
        menu.addAction("Kopiëren\tCtrl+C", self.kopieer)
        plak = menu.addAction("Plakken\tCtrl+V", self.plak)
        wis = menu.addAction("Leegmaken\tDelete", lambda: self._vul(""))
        for a in (plak, wis):
            a.setEnabled(isinstance(self.model(), Invulbaar))
        menu.exec(e.globalPos())

    def kopieer(self) -> int:
        """Copy the selected cells (their bounding rectangle) to the clipboard; returns the number of cells."""
        indexen = self.selectedIndexes() or ([self.currentIndex()] if self.currentIndex().isValid() else [])
        if not indexen:
            return 0
        rijen, kolommen = [i.row() for i in indexen], [i.column() for i in indexen]
        gekozen = {(i.row(), i.column()) for i in indexen}
        model = self.model()
        blok = [[kopieer_cel(model, model.index(r, k)) if (r, k) in gekozen else ""
                 for k in range(min(kolommen), max(kolommen) + 1)
                 if not self.isColumnHidden(k)]
                for r in range(min(rijen), max(rijen) + 1)]
        QGuiApplication.clipboard().setText(plakken.als_tekst(blok))
        return len(gekozen)

    def plak(self) -> None:
        idx = self.currentIndex()
        tekst = QGuiApplication.clipboard().text()
        if not idx.isValid() or not tekst:
            return
        blok = plakken.blok(tekst)
        if len(blok) == 1 and len(blok[0]) == 1 and len(self.selectedIndexes()) > 1:
            self._vul(blok[0][0])
            return
        zend(self.geplakt, blok, idx.row(), idx.column())

    def _vul(self, tekst: str) -> None:
        cellen = [(i.row(), i.column()) for i in self.selectedIndexes()]
        if cellen:
            zend(self.gevuld, tekst, cellen)


# ---- copying ---------------------------------------------------------------------------------------------------

def kopieer_cel(model: Any, index: QModelIndex) -> str:
    """A cell as the clipboard holds it: a number plain (1234,5; a percentage 3,5%; amounts in the unit of the
    table, as shown), any other cell as its text."""
    x, eenheid, eenheid_bedragen = _getal(model, index)
    if x is not None:
        if eenheid == "bedrag":
            x = x / codes.factor_bedragen(eenheid_bedragen)
        return plakken.klembord_getal(x, procent=eenheid in ("%", "aandeel"))
    tekst = model.data(index)
    return "" if tekst is None else str(tekst).removeprefix("⚠ ")


def _getal(model: Any, index: QModelIndex) -> tuple[float | None, str, str]:
    """The number behind a cell of an input model, with its unit, or None for a text cell."""
    if isinstance(model, modellen.JaarBladModel):
        jaar = model.jaar_van(index.column())
        if jaar is None:
            return None, "", ""
        regel = model.regels[index.row()]
        return regel.getal(jaar), regel.eenheid, model.eenheid_bedragen
    if isinstance(model, modellen.AlgemeenModel) and index.column() == model.WAARDE:
        veld = model.velden[index.row()]
        v = model.invoer.veld(veld.code)
        if isinstance(v, int | float) and not isinstance(v, bool) and veld.soort not in ("versie", "int"):
            return float(v), veld.soort, model.invoer.eenheid_bedragen
        return None, "", ""
    if isinstance(model, modellen.WoonvisieModel) and index.column() == model.WAARDE:
        d = model.doelen[index.row()]
        return d.waarde, d.eenheid, model.eenheid_bedragen
    return None, "", ""


# ---- pasting ---------------------------------------------------------------------------------------------------

def plek(model: Any, rij: int, kolom: int) -> Plek | str | None:
    """Where a pasted cell at (rij, kolom) of `model` goes: a Plek, the Dutch reason why nothing can go there,
    or None beyond the table's edge."""
    if not 0 <= rij < model.rowCount() or not 0 <= kolom < model.columnCount():
        return None
    if isinstance(model, modellen.JaarBladModel):
        return _jaarplek(model, rij, kolom)
    if isinstance(model, modellen.AlgemeenModel):
        return _algemeenplek(model, rij, kolom)
    if isinstance(model, modellen.WoonvisieModel):
        return _doelplek(model, rij, kolom)
    return "deze tabel is alleen te lezen"


def _kop(model: Any, kolom: int) -> str:
    return str(model.headerData(kolom, Qt.Orientation.Horizontal))


def _jaarplek(model: modellen.JaarBladModel, rij: int, kolom: int) -> Plek | str:
    from bodcheck import bewerken, invullen

    regel = model.regels[rij]
    naam = regel.omschrijving or regel.code
    jaar = model.jaar_van(kolom)
    if jaar is None:
        return f"{naam}: de kolom {_kop(model, kolom)} is geen invulcel"
    blad, code, eenheid, eb = model.blad.naam, regel.code, regel.eenheid, model.eenheid_bedragen
    return Plek(f"{naam} {jaar}", lambda t: invullen.jaarcel(t, blad, code, eenheid, eb),
                lambda inv, v: bewerken.wijzig(inv, blad, code, jaar, v))


def _algemeenplek(model: modellen.AlgemeenModel, rij: int, kolom: int) -> Plek | str:
    from bodcheck import bewerken

    veld = model.velden[rij]
    if kolom != model.WAARDE or not model.bewerkbaar(rij):
        wat = f"de kolom {_kop(model, kolom)}" if kolom != model.WAARDE else "dit gegeven"
        return f"{veld.label}: {wat} is hier niet te wijzigen"
    code = veld.code
    return Plek(veld.label, lambda t: model.lees(rij, t), lambda inv, v: bewerken.wijzig_algemeen(inv, code, v))


def _doelplek(model: modellen.WoonvisieModel, rij: int, kolom: int) -> Plek | str:
    from bodcheck import bewerken, invullen

    d = model.doelen[rij]
    naam = f"{d.omschrijving or d.code} {d.van_jaar}" + (f"–{d.tot_jaar}" if d.tot_jaar != d.van_jaar else "")
    if kolom != model.WAARDE:
        return f"{naam}: de kolom {_kop(model, kolom)} is hier niet te wijzigen"
    return Plek(naam, lambda t: invullen.doelwaarde(t, d.code, d.eenheid, model.eenheid_bedragen),
                lambda inv, v: bewerken.wijzig_doel(inv, rij, v))


def verslag(naam: str, uit: plakken.Geplakt, ouder: QWidget) -> None:
    """A small window that names the cells a paste skipped (and how texts were read), next to the status bar."""
    regels = [*uit.overgeslagen, *(["Buiten de tabel: " + f"{uit.buiten} {'cel' if uit.buiten == 1 else 'cellen'}"]
                                   if uit.buiten else [])]
    if not regels and not uit.notities:
        return
    mb = QMessageBox
    box = mb(mb.Icon.Information if not regels else mb.Icon.Warning, "Plakken",
             f"Plakken in {naam}: {uit.samenvatting()}.", mb.StandardButton.Ok, ouder)
    box.setObjectName("plakverslag")
    delen = []
    if regels:
        delen.append("Niet geplakt:\n" + "\n".join(f"• {r}" for r in _kort(regels)))
    if uit.notities:
        delen.append("Gelezen als:\n" + "\n".join(f"• {r}" for r in _kort(uit.notities)))
    box.setInformativeText("\n\n".join(delen))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def _kort(regels: list[str], n: int = 12) -> list[str]:
    return regels if len(regels) <= n else [*regels[:n], f"en nog {len(regels) - n}"]
