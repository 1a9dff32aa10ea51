"""Bod en woonvisie: the comparison per thema and year; status by word, symbol and colour."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from bodcheck import codes, opmaak
from bodcheck.model import Resultaat
from bodcheck.vergelijking import status_per_thema
from ui import kleuren, modellen
from ui.tabel import Tabel
from ui.widgets import kop, uitleg

# (least, most) pixels of Thema and Onderwerp; a longer text is cut short with "…" and read whole in the tooltip
LABELKOLOMMEN = {0: (80, 130), 1: (80, 340)}
ONDERWERP, VERSCHIL = 1, 6
ONDERWERP_MINST = 200  # Onderwerp narrows to this, at most, so that the figures up to Verschil stay on screen


class VergelijkingScherm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        laag = QVBoxLayout(self)
        laag.setContentsMargins(16, 12, 16, 12)
        laag.addWidget(kop("Bod en woonvisie"))
        laag.addWidget(uitleg(
            "Wat de corporatie biedt naast wat de woonvisie vraagt, per thema en jaar. Het doel is het deel "
            "van de opgave dat bij deze corporatie hoort. Dit is geen oordeel, maar een aanwijzing waar u het "
            "gesprek over voert.<br>✓ <b>sluit aan</b> &nbsp;&nbsp; ◐ <b>deels</b> &nbsp;&nbsp; ✗ <b>wijkt af</b> "
            "&nbsp;&nbsp; ○ <b>niet in bod</b> &nbsp;&nbsp; · <b>geen doel</b> (het bod noemt iets waarvoor de "
            "woonvisie geen doel heeft)"))
        self.themas = QLabel("")
        self.themas.setWordWrap(True)
        self.themas.setTextFormat(Qt.TextFormat.RichText)
        self.themas.setAccessibleName("Samenvatting per thema")
        laag.addWidget(self.themas)
        self.model = modellen.VergelijkingModel(self)
        self.tabel = Tabel()
        self.tabel.setAccessibleName("Bod en woonvisie per doel en jaar")
        self.tabel.setModel(self.model)
        self.tabel.bevries_kolommen(2)  # Thema and Onderwerp stay when the other columns scroll sideways
        self.tabel.setSelectionBehavior(Tabel.SelectionBehavior.SelectRows)
        self._onderwerp = 0  # the width Onderwerp's longest text asks (within LABELKOLOMMEN)
        self.tabel.viewport().installEventFilter(self)  # its width is the room, after the scroll bars
        laag.addWidget(self.tabel, 1)
        self.leeg = uitleg("")
        laag.addWidget(self.leeg)

    def toon(self, resultaat: Resultaat) -> None:
        delen = []
        for thema, status in status_per_thema(resultaat.vergelijking).items():
            kleur = kleuren.ACHTERGROND.get(status)
            tekst = (f"{codes.THEMA_LABEL.get(thema, thema)}: {opmaak.STATUS_SYMBOOL.get(status, '')} "
                     f"<b>{opmaak.STATUS_LABEL.get(status, status)}</b>").replace(" ", "&nbsp;")
            delen.append(f"<span style='background:{kleur.name() if kleur else '#f4f4f4'}'>&nbsp;{tekst}&nbsp;</span>")
        self.themas.setText("Per thema: " + " &nbsp; ".join(delen) if delen else "")
        self.model.zet(resultaat.vergelijking)
        self.tabel.pas_kolommen_aan(min_breedte=64, grenzen=LABELKOLOMMEN)
        self._onderwerp = self.tabel.columnWidth(ONDERWERP)
        self._pas_onderwerp_aan()
        if not resultaat.vergelijking:
            self.leeg.setText("Er is niets te vergelijken: het bod of de woonvisie ontbreekt.")
        else:
            self.leeg.setText("")

    def eventFilter(self, obj: QObject, e: QEvent) -> bool:
        if obj is self.tabel.viewport() and e.type() == QEvent.Type.Resize:
            self._pas_onderwerp_aan()
        return super().eventFilter(obj, e)

    def _pas_onderwerp_aan(self) -> None:
        """Onderwerp gets the room the columns up to Verschil leave in the table (N2: at 1024 × 640 Thema and
        Onderwerp took half the width and Verschil was off screen), between ONDERWERP_MINST and its text's width."""
        if not self._onderwerp or self.model.columnCount() <= VERSCHIL:
            return
        rest = sum(self.tabel.columnWidth(k) for k in range(VERSCHIL + 1) if k != ONDERWERP)
        ruimte = self.tabel.viewport().width() - rest
        self.tabel.setColumnWidth(ONDERWERP, max(min(ONDERWERP_MINST, self._onderwerp), min(self._onderwerp, ruimte)))

    def kies_thema(self, thema: str) -> bool:
        """Select and scroll to the thema's first row with the thema's status, the row the Overzicht's card speaks
        of (a card "✗ wijkt af" lands on a ✗ row); its first row when none has it."""
        status = status_per_thema(self.model.rijen).get(thema)
        rijen = [i for i, v in enumerate(self.model.rijen) if v.thema == thema]
        rij = next((i for i in rijen if self.model.rijen[i].status == status), rijen[0] if rijen else None)
        if rij is None:
            return False
        index = self.model.index(rij, 0)
        self.tabel.setCurrentIndex(index)
        self.tabel.scrollTo(index, Tabel.ScrollHint.PositionAtTop)
        self.tabel.setFocus()
        return True
