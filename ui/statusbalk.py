"""The progress part of a window's status bar: what runs now (a short Dutch text and a bar), shared by the
main window and the joint window."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar


class Voortgang:
    def __init__(self, sb: QStatusBar) -> None:
        self.tekst = QLabel("")
        self.balk = QProgressBar()
        self.balk.setMaximumWidth(220)
        self.balk.setTextVisible(False)
        self.balk.setVisible(False)
        self.balk.setAccessibleName("Voortgang")
        sb.addPermanentWidget(self.tekst)
        sb.addPermanentWidget(self.balk)

    def toon(self, stap: int, van: int, tekst: str) -> None:
        self.balk.setVisible(True)
        self.balk.setRange(0, max(van, 1))
        self.balk.setValue(stap)
        self.tekst.setText(tekst)

    def uit(self) -> None:
        self.balk.setVisible(False)
        self.tekst.setText("")
