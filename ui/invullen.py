"""A new assessment without a workbook (issue 17): *Nieuwe beoordeling invullen…* asks for the corporatie, the
gemeente and the bodjaar (and optionally the gemeente's woonvisie workbook), then opens the template's empty rows
and years in the Invoer view, where figures are typed or pasted from the corporatie's PDF. *Bewaren als
werkboek…* writes the figures as a filled template (bodcheck.werkboek) for the corporatie to check.

The core runs in the background (ui.taken); this module only asks and hands over."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bodcheck import codes
from ui import dialogen
from ui.dialogen import WERKBOEK_FILTER, _Bestandkiezer
from ui.schermen import INVOER

if TYPE_CHECKING:
    from ui.hoofdvenster import Hoofdvenster


def standaard_bodjaar(vandaag: dt.date) -> int:
    """The bod a gemeente is most likely to receive next: this year's until 1 July (the date of the bod), then
    next year's."""
    return vandaag.year if vandaag < dt.date(vandaag.year, 7, 1) else vandaag.year + 1


class InvulDialoog(QDialog):
    """Corporatie, gemeente, bodjaar and unit of the amounts; optionally the woonvisie workbook."""

    def __init__(self, vandaag: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Nieuwe beoordeling invullen")
        laag = QVBoxLayout(self)
        uitleg = QLabel("Heeft de corporatie haar bod alleen als PDF gestuurd? Vul de cijfers dan zelf in: bodcheck "
                        "opent de lege regels en jaren van het sjabloon. Typ de getallen of plak ze uit Excel. "
                        "Daarna kunt u de beoordeling bewaren, en de cijfers als werkboek naar de corporatie "
                        "sturen om ze te laten controleren.")
        uitleg.setWordWrap(True)
        laag.addWidget(uitleg)
        form = QFormLayout()
        self.corporatie = QLineEdit()
        self.corporatie.setPlaceholderText("Naam van de woningcorporatie")
        self.gemeente = QLineEdit()
        self.gemeente.setPlaceholderText("Naam van de gemeente")
        self.bodjaar = QSpinBox()
        self.bodjaar.setRange(2000, 2100)
        self.bodjaar.setGroupSeparatorShown(False)
        self.bodjaar.setValue(standaard_bodjaar(vandaag))
        self.bodjaar.setToolTip("Het jaar waarin de corporatie het bod uitbrengt (uiterlijk 1 juli).")
        self.eenheid = QComboBox()
        self.eenheid.addItems(list(codes.EENHEID_BEDRAGEN))
        self.eenheid.setCurrentText(codes.EENHEID_STANDAARD)
        self.eenheid.setToolTip("In welke eenheid u de bedragen typt, zoals in de stukken van de corporatie.")
        self.woonvisie = _Bestandkiezer("Werkboek met de woonvisie kiezen", self)
        self.woonvisie.veld.setPlaceholderText("Optioneel: het werkboek met de woonvisie (.xlsx)")
        form.addRow("Corporatie:", self.corporatie)
        form.addRow("Gemeente:", self.gemeente)
        form.addRow("Bodjaar:", self.bodjaar)
        form.addRow("Bedragen in:", self.eenheid)
        form.addRow("Woonvisie van de gemeente:", self.woonvisie)
        laag.addLayout(form)
        self.melding = dialogen.onderkant(self, laag, "Beginnen", self._controleer)

    def _controleer(self) -> None:
        if not self.corporatie.text().strip():
            self.melding.setText("Vul de naam van de corporatie in.")
            return
        if not self.gemeente.text().strip():
            self.melding.setText("Vul de naam van de gemeente in.")
            return
        p = self.woonvisie.pad()
        if p and not Path(p).is_file():
            self.melding.setText(f"Het bestand {p} bestaat niet.")
            return
        self.accept()

    def keuze(self) -> dict[str, Any]:
        return {"corporatie": self.corporatie.text().strip(), "gemeente": self.gemeente.text().strip(),
                "bodjaar": self.bodjaar.value(), "eenheid": self.eenheid.currentText(),
                "woonvisie_pad": Path(self.woonvisie.pad()) if self.woonvisie.pad() else None}


def nieuw_invullen(v: Hoofdvenster) -> None:
    """Ask, then open an empty assessment in the Invoer view."""
    if not v.bestanden.mag_weg():
        return
    d = InvulDialoog(v.doc.peildatum, v)
    if d.exec():
        begin(v, **d.keuze())


def begin(v: Hoofdvenster, corporatie: str, gemeente: str, bodjaar: int, eenheid: str = codes.EENHEID_STANDAARD,
          woonvisie_pad: Path | None = None) -> None:
    def werk():
        from bodcheck import invullen  # on the worker: reads the woonvisie workbook, loads openpyxl

        return invullen.nieuwe_beoordeling(corporatie, gemeente, bodjaar, eenheid, woonvisie_pad)

    def klaar(uitkomst: tuple[Any, list]) -> None:
        b, meldingen = uitkomst
        if any(m.soort == "fout" for m in meldingen):
            fouten = "\n".join(m.regel_tekst() for m in meldingen if m.soort == "fout")
            dialogen.toon_fout(v, ValueError(fouten), "Het woonvisie-werkboek kan niet worden gebruikt.")
            return
        v.doc.invoer_paden = [woonvisie_pad] if woonvisie_pad is not None else []
        v.zet_beoordeling(b, None, gewijzigd=True)
        v.doc.standaard_nodig = True
        v.herbereken(na=lambda: _naar_invoer(v))

    v.voortgang(0, 1, "Lege beoordeling klaarzetten…")
    v.taken.start(werk, klaar=klaar, mislukt=lambda e: v._fout(e, "De nieuwe beoordeling kon niet worden gemaakt."))


def _naar_invoer(v: Hoofdvenster) -> None:
    scherm = v.toon_scherm(INVOER)
    scherm.kies_blad("Prognose")
    tabel = scherm.huidige_tabel()
    if tabel is not None and hasattr(tabel, "model"):
        tabel.setFocus()
        tabel.setCurrentIndex(tabel.model().index(0, 2))  # the first year of the first row: type or paste here
    v.bericht("Typ de cijfers of plak ze uit Excel (Ctrl+V). Bewaren als werkboek… maakt er een werkboek van "
              "voor de corporatie.", 20_000)


# ---- Bewaren als werkboek ----------------------------------------------------------------------------------------

def bewaar_als_werkboek(v: Hoofdvenster, pad: Path | None = None) -> None:
    """Write the open assessment's figures as a filled bodcheck workbook (asked where when `pad` is None), in the
    background; never over a workbook the assessment was read from."""
    if not v.doc.open:
        return
    if pad is None:
        map_ = Path(str(v.qs.value("laatste_map", str(Path.home()))))
        voorstel = map_ / f"{v.doc.naam().replace(' – ', ' ').replace('/', '-')} werkboek.xlsx"
        gekozen, _ = QFileDialog.getSaveFileName(v, "Bewaren als werkboek", str(voorstel), WERKBOEK_FILTER)
        if not gekozen:
            return
        pad = Path(gekozen) if gekozen.lower().endswith(".xlsx") else Path(gekozen + ".xlsx")
        v.qs.setValue("laatste_map", str(pad.parent))
    invoer, paden = v.doc.beoordeling.invoer, [*v.doc.invoer_paden, v.doc.pad]
    if v.dienst.weiger_invoer(pad, paden):  # the same refusal as Bewaren als… (the core checks it again)
        return

    def werk() -> Path:
        from bodcheck import werkboek  # on the worker: loads openpyxl

        return werkboek.schrijf(invoer, pad, paden)

    v.taken.start(werk, klaar=lambda p: v.bericht(f"Werkboek bewaard: {p}", 10_000),
                  mislukt=lambda e: v._fout(e, "Het werkboek is niet bewaard."))
