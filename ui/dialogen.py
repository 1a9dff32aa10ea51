"""Dialogs: the error dialog (Dutch text, "Kopieer details", the log path), the unsaved-changes prompt,
the recovery offer and the new-assessment chooser."""

from __future__ import annotations

import datetime as dt
import traceback
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from bodcheck import logboek

WERKBOEK_FILTER = "Excel-werkboeken (*.xlsx);;Alle bestanden (*)"
BODCHECK_FILTER = "Beoordelingen (*.bodcheck);;Alle bestanden (*)"


def fout_tekst(exc: BaseException) -> tuple[str, bool]:
    """(Dutch message, is it a bug?) by exception type, never by matching text."""
    naam = type(exc).__name__
    if naam in ("BeoordelingFout", "KaderFout", "BestandFout", "InvoerFout", "BewerkFout", "BestandNietBruikbaar"):
        tekst = str(exc)
        return (tekst if tekst.endswith((".", "?", "!", "…")) else f"{tekst}."), False  # a sentence
    if isinstance(exc, PermissionError):
        return (f"Geen toegang tot {exc.filename or 'het bestand'}. Is het bestand nog geopend in een ander "
                "programma, zoals Excel?"), False
    if isinstance(exc, FileNotFoundError):
        return f"Het bestand {exc.filename or ''} bestaat niet (meer).", False
    if isinstance(exc, OSError):
        return f"Het bestand kan niet worden gelezen of geschreven: {exc.strerror or exc}.", False
    if isinstance(exc, MemoryError):
        return "Er is niet genoeg geheugen. Sluit andere programma's en probeer het opnieuw.", False
    return ("Er ging iets mis in bodcheck. Dit is een fout in het programma, niet in uw bestanden. "
            "Uw werk is niet verloren: bewaar de beoordeling en probeer het opnieuw."), True


class FoutDialoog(QDialog):
    """A calm error dialog. The details (traceback) are folded away and can be copied for a helpdesk."""

    def __init__(self, parent: QWidget | None, titel: str, tekst: str, details: str = "",
                 logpad: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(titel)
        self.setMinimumWidth(480)
        laag = QVBoxLayout(self)
        kop = QHBoxLayout()
        icoon = QLabel()
        icoon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(32, 32))
        kop.addWidget(icoon, 0, Qt.AlignmentFlag.AlignTop)
        self.tekst = QLabel(tekst)
        self.tekst.setWordWrap(True)
        self.tekst.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        kop.addWidget(self.tekst, 1)
        laag.addLayout(kop)
        if logpad is not None:
            lp = QLabel(f"De technische details staan ook in het logboek:<br><code>{logpad}</code>")
            lp.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            lp.setWordWrap(True)
            laag.addWidget(lp)
        self._details = f"{tekst}\n\n{details}".strip()
        self.detailveld = QPlainTextEdit(details)
        self.detailveld.setReadOnly(True)
        self.detailveld.setVisible(False)
        self.detailveld.setMinimumHeight(160)
        laag.addWidget(self.detailveld)
        knoppen = QDialogButtonBox()
        self.kopieer = knoppen.addButton("Kopieer details", QDialogButtonBox.ButtonRole.ActionRole)
        self.kopieer.clicked.connect(self.kopieer_details)
        self.kopieer.setVisible(bool(details))  # only when there is something behind it (a bug's traceback)
        if details:
            toon = knoppen.addButton("Details tonen", QDialogButtonBox.ButtonRole.ActionRole)
            toon.clicked.connect(lambda: (self.detailveld.setVisible(not self.detailveld.isVisible()),
                                          self.adjustSize()))
        sluit = knoppen.addButton("Sluiten", QDialogButtonBox.ButtonRole.AcceptRole)
        sluit.setDefault(True)
        knoppen.accepted.connect(self.accept)
        laag.addWidget(knoppen)

    def kopieer_details(self) -> None:
        QGuiApplication.clipboard().setText(self._details)
        self.kopieer.setText("Gekopieerd")


def maak_foutdialoog(parent: QWidget | None, exc: BaseException, wat: str = "", titel: str = "") -> FoutDialoog:
    """Log the exception (a bug) and build the dialog; the caller shows it (open() or exec()). `titel`: the window
    title of a user's mistake (a file that could not be opened says so there, the text is one sentence)."""
    tekst, is_bug = fout_tekst(exc)
    if wat:
        tekst = f"{wat}\n\n{tekst}"
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    logpad = logboek.schrijf_fout(exc, wat) if is_bug else None
    return FoutDialoog(parent, "bodcheck – er ging iets mis" if is_bug else f"bodcheck – {titel}" if titel else "bodcheck",
                       tekst, details if is_bug else "", logpad)


def toon_fout(parent: QWidget | None, exc: BaseException, wat: str = "", titel: str = "") -> FoutDialoog:
    """Non-modal: never blocks a background callback or a test."""
    d = maak_foutdialoog(parent, exc, wat, titel)
    d.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    d.open()
    return d


def vraag_opslaan(parent: QWidget, naam: str) -> QMessageBox.StandardButton:
    """Save / Don't save / Cancel, in Dutch."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Wijzigingen bewaren?")
    box.setText(f"De beoordeling <b>{naam}</b> heeft wijzigingen die nog niet zijn bewaard.")
    box.setInformativeText("Wilt u de wijzigingen bewaren?")
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                           | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Save).setText("Bewaren")
    box.button(QMessageBox.StandardButton.Discard).setText("Niet bewaren")
    box.button(QMessageBox.StandardButton.Cancel).setText("Annuleren")
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    return QMessageBox.StandardButton(box.exec())


class HerstelDialoog(QDialog):
    """Offer autosaved work found at start. `gekozen` is the chosen path, or None."""

    def __init__(self, parent: QWidget | None, paden: list[Path]) -> None:
        super().__init__(parent)
        self.setWindowTitle("Niet-bewaard werk gevonden")
        self.gekozen: Path | None = None
        self.weggooien = False
        laag = QVBoxLayout(self)
        uitleg = QLabel("bodcheck is de vorige keer afgesloten voordat alles was bewaard. "
                        "Deze beoordelingen kunnen worden hersteld:")
        uitleg.setWordWrap(True)
        laag.addWidget(uitleg)
        self.lijst = QListWidget()
        for p in paden:
            try:
                tijd = dt.datetime.fromtimestamp(p.stat().st_mtime).strftime("%d-%m-%Y %H:%M")
            except OSError:
                tijd = ""
            item = QListWidgetItem(f"{p.name}    {tijd}")
            item.setData(Qt.ItemDataRole.UserRole, str(p))
            item.setToolTip(str(p))
            self.lijst.addItem(item)
        self.lijst.setCurrentRow(0)
        self.lijst.itemDoubleClicked.connect(lambda _i: self._herstel())
        laag.addWidget(self.lijst)
        knoppen = QDialogButtonBox()
        herstel = knoppen.addButton("Herstellen", QDialogButtonBox.ButtonRole.AcceptRole)
        herstel.setDefault(True)
        later = knoppen.addButton("Later", QDialogButtonBox.ButtonRole.RejectRole)
        weg = knoppen.addButton("Weggooien", QDialogButtonBox.ButtonRole.DestructiveRole)
        herstel.clicked.connect(self._herstel)
        later.clicked.connect(self.reject)
        weg.clicked.connect(self._weg)
        laag.addWidget(knoppen)

    def _herstel(self) -> None:
        item = self.lijst.currentItem()
        if item is not None:
            self.gekozen = Path(item.data(Qt.ItemDataRole.UserRole))
            self.accept()

    def _weg(self) -> None:
        antwoord = QMessageBox.question(self, "Weggooien?", "Het niet-bewaarde werk wordt definitief verwijderd.",
                                        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                        QMessageBox.StandardButton.No)
        if antwoord == QMessageBox.StandardButton.Yes:
            self.weggooien = True
            self.reject()


class _Bestandkiezer(QWidget):
    def __init__(self, titel: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._titel = titel
        laag = QHBoxLayout(self)
        laag.setContentsMargins(0, 0, 0, 0)
        self.veld = QLineEdit()
        self.veld.setPlaceholderText("Kies een Excel-werkboek (.xlsx)")
        self.veld.setMinimumWidth(360)
        knop = QPushButton("Bladeren…")
        knop.clicked.connect(self._kies)
        laag.addWidget(self.veld, 1)
        laag.addWidget(knop)

    def _kies(self) -> None:
        pad, _ = QFileDialog.getOpenFileName(self, self._titel, self.veld.text(), WERKBOEK_FILTER)
        if pad:
            self.veld.setText(pad)

    def pad(self) -> str:
        return self.veld.text().strip()


def onderkant(dialoog: QDialog, laag: QVBoxLayout, tekst: str, bij_ok) -> QLabel:
    """The bottom of a dialog that checks its fields: a line for what is missing (returned), then the buttons
    `tekst` (calls `bij_ok`, which accepts when all is well) and Annuleren."""
    melding = QLabel("")
    melding.setStyleSheet("color: palette(dark);")
    laag.addWidget(melding)
    knoppen = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    knoppen.button(QDialogButtonBox.StandardButton.Ok).setText(tekst)
    knoppen.button(QDialogButtonBox.StandardButton.Cancel).setText("Annuleren")
    knoppen.accepted.connect(bij_ok)
    knoppen.rejected.connect(dialoog.reject)
    laag.addWidget(knoppen)
    return melding


class NieuwDialoog(QDialog):
    """Choose the corporatie's bod workbook and the gemeente's woonvisie workbook."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Nieuwe beoordeling")
        laag = QVBoxLayout(self)
        uitleg = QLabel("Kies het werkboek met het bod van de corporatie en het werkboek met de woonvisie van "
                        "de gemeente. Beide volgen het sjabloon van bodcheck. De woonvisie mag ook in het "
                        "bodwerkboek staan; laat het tweede veld dan leeg.")
        uitleg.setWordWrap(True)
        laag.addWidget(uitleg)
        form = QFormLayout()
        self.bod = _Bestandkiezer("Werkboek met het bod kiezen", self)
        self.woonvisie = _Bestandkiezer("Werkboek met de woonvisie kiezen", self)
        form.addRow("Bod van de corporatie:", self.bod)
        form.addRow("Woonvisie van de gemeente:", self.woonvisie)
        laag.addLayout(form)
        self.melding = onderkant(self, laag, "Inlezen", self._controleer)

    def _controleer(self) -> None:
        if not self.bod.pad():
            self.melding.setText("Kies eerst het werkboek met het bod.")
            return
        for p in (self.bod.pad(), self.woonvisie.pad()):
            if p and not Path(p).is_file():
                self.melding.setText(f"Het bestand {p} bestaat niet.")
                return
        self.accept()

    def paden(self) -> tuple[str, str | None]:
        return self.bod.pad(), (self.woonvisie.pad() or None)


class SjabloonDialoog(QDialog):
    """Which template (bod for the corporatie, or woonvisie for the gemeente), for which bodjaar, and where."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Leeg sjabloon maken")
        laag = QVBoxLayout(self)
        uitleg = QLabel("Een leeg Excel-werkboek met uitleg, keuzelijsten en getalnotatie. Stuur het bodsjabloon "
                        "naar de corporatie; zij vult haar bod en prognose in.")
        uitleg.setWordWrap(True)
        laag.addWidget(uitleg)
        self.bod = QRadioButton("Bod en prognose (voor de corporatie)")
        self.woonvisie = QRadioButton("Woonvisie (voor de gemeente)")
        self.bod.setChecked(True)
        laag.addWidget(self.bod)
        laag.addWidget(self.woonvisie)
        form = QFormLayout()
        self.bodjaar = QSpinBox()
        self.bodjaar.setRange(2020, 2100)
        self.bodjaar.setGroupSeparatorShown(False)
        self.bodjaar.setValue(dt.date.today().year)
        form.addRow("Bodjaar:", self.bodjaar)
        laag.addLayout(form)
        knoppen = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        knoppen.button(QDialogButtonBox.StandardButton.Ok).setText("Bewaren als…")
        knoppen.button(QDialogButtonBox.StandardButton.Cancel).setText("Annuleren")
        knoppen.accepted.connect(self._kies_pad)
        knoppen.rejected.connect(self.reject)
        laag.addWidget(knoppen)
        self.pad: Path | None = None

    def _kies_pad(self) -> None:
        naam = f"{'bod' if self.bod.isChecked() else 'woonvisie'}-sjabloon-{self.bodjaar.value()}.xlsx"
        pad, _ = QFileDialog.getSaveFileName(self, "Sjabloon bewaren", str(Path.home() / naam), WERKBOEK_FILTER)
        if pad:
            p = Path(pad)
            self.pad = p if p.suffix.lower() == ".xlsx" else p.with_name(p.name + ".xlsx")
            self.accept()

    def keuze(self) -> tuple[Path, str, int]:
        assert self.pad is not None
        return self.pad, ("bod" if self.bod.isChecked() else "woonvisie"), self.bodjaar.value()
