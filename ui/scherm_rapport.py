"""Rapport: the PDF previewed in the app (QtPdf), printed through the system print dialog, exported as
PDF and Excel. The report is written by the core in the background; this view only shows and prints it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ui.signalen import zend
from ui.widgets import kop, uitleg


def plat_op_wit(img: QImage) -> QImage:
    """QtPdf renders pages with a transparent background: draw them on white (tech.md §4)."""
    plat = QImage(img.size(), QImage.Format.Format_RGB32)
    plat.fill(Qt.GlobalColor.white)
    p = QPainter(plat)
    p.drawImage(0, 0, img)
    p.end()
    return plat


def druk_af(document, printer) -> int:
    """Render every page of a QPdfDocument onto a QPrinter (rasterised, at the printer's resolution)."""
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                      QMarginsF(0, 0, 0, 0)))
    p = QPainter()
    if not p.begin(printer):
        raise OSError("De printer kan niet worden gestart.")
    try:
        for i in range(document.pageCount()):
            if i:
                printer.newPage()
            r = printer.pageLayout().paintRectPixels(printer.resolution())
            p.drawImage(r, plat_op_wit(document.render(i, QSize(r.width(), r.height()))))
    finally:
        p.end()
    return document.pageCount()


class RapportScherm(QWidget):
    maak = Signal()  # (re)build the preview
    afdrukken = Signal()
    exporteer_pdf = Signal()
    exporteer_excel = Signal()
    opties_gewijzigd = Signal()

    def __init__(self, parent: QWidget | None = None, met_bijlagen: bool = True) -> None:
        """`met_bijlagen`: offer the appendix with the input (the joint report has none)."""
        super().__init__(parent)
        laag = QVBoxLayout(self)
        laag.setContentsMargins(16, 12, 16, 12)
        laag.addWidget(kop("Rapport"))
        laag.addWidget(uitleg("Het beoordelingsrapport zoals het wordt afgedrukt. Het rapport volgt uw keuzes: "
                              "perspectief, normenkader, gewijzigde cellen en de vraagpunten die u meeneemt."))
        opties, balk = QHBoxLayout(), QHBoxLayout()
        self.wederhoor = QCheckBox("Versie voor wederhoor")
        self.wederhoor.setToolTip("De vragen en de gebruikte gegevens zonder uw eigen notities, om twee weken "
                                  "voor het overleg naar de corporatie en de huurdersorganisatie te sturen.")
        self.definitief = QCheckBox("Definitief")
        self.definitief.setToolTip("Zonder het woord ‘concept’ in de voettekst.")
        self.bijlagen = QCheckBox("Bijlage met de invoer opnemen")
        self.bijlagen.setToolTip("Achter in het rapport: de vraagpunten die niet in het hoofdstuk staan, de "
                                 "ingelezen gegevens met hun cel in het werkboek en de meldingen.")
        for c in (self.wederhoor, self.definitief, self.bijlagen):
            c.toggled.connect(lambda _a: zend(self.opties_gewijzigd))
            opties.addWidget(c)
        if not met_bijlagen:  # never an explicit show here: without a parent yet it would become a window
            self.bijlagen.hide()
        opties.addStretch(1)
        laag.addLayout(opties)  # the choices on a row of their own: at 1024 px they were cut off beside the buttons
        self.zoom = QComboBox()
        self.zoom.setAccessibleName("Zoom")
        for tekst in ("Paginabreedte", "Hele pagina", "75%", "100%", "150%"):
            self.zoom.addItem(tekst)
        self.zoom.setCurrentText("100%")
        self.zoom.currentTextChanged.connect(self._zoom)
        balk.addWidget(self.zoom)
        balk.addStretch(1)
        self.knop_vernieuw = QPushButton("Vernieuwen")
        self.knop_print = QPushButton("Afdrukken…")
        self.knop_pdf = QPushButton("PDF bewaren…")
        self.knop_excel = QPushButton("Excel bewaren…")
        self.knop_print.setToolTip("Ctrl+P")
        self.knop_pdf.setToolTip("Ctrl+E")
        self.knop_vernieuw.clicked.connect(self.maak)
        self.knop_print.clicked.connect(self.afdrukken)
        self.knop_pdf.clicked.connect(self.exporteer_pdf)
        self.knop_excel.clicked.connect(self.exporteer_excel)
        for k in (self.knop_vernieuw, self.knop_print, self.knop_pdf, self.knop_excel):
            balk.addWidget(k)
        laag.addLayout(balk)
        self.status = QLabel("")
        self.status.setStyleSheet("color: #555;")
        laag.addWidget(self.status)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setAccessibleName("Voorbeeldweergave van het rapport")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(1.0)
        self.view.setStyleSheet("QPdfView { background: #8a8f96; }")
        laag.addWidget(self.view, 1)
        self.pad: Path | None = None
        self._knoppen(False)

    def _zoom(self, tekst: str) -> None:
        if tekst == "Paginabreedte":
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif tekst == "Hele pagina":
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(int(tekst.rstrip("%")) / 100)

    def _knoppen(self, heeft_pdf: bool) -> None:
        self.knop_print.setEnabled(heeft_pdf)

    def bezig(self, tekst: str = "Rapport wordt opgesteld…") -> None:
        self.status.setText(tekst)

    def laad(self, pad: Path) -> int:
        self.document.close()
        fout = self.document.load(str(pad))
        if fout != QPdfDocument.Error.None_:
            self.status.setText("Het rapport kon niet worden getoond.")
            self._knoppen(False)
            return 0
        self.pad = pad
        n = self.document.pageCount()
        self.status.setText(f"{n} pagina’s" + (" · versie voor wederhoor" if self.wederhoor.isChecked() else "")
                            + ("" if self.definitief.isChecked() else " · concept"))
        self._knoppen(True)
        return n

    def naar_pagina(self, nr: int) -> None:
        self.view.pageNavigator().jump(nr, QPointF(0, 0))

    def verouderd(self) -> None:
        if self.pad is not None:
            self.status.setText("De gegevens zijn gewijzigd; het rapport wordt vernieuwd zodra u het bekijkt.")
