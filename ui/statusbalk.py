"""The progress part of a window's status bar: what runs now (a short Dutch text and a bar), shared by the
main window and the joint window; and the line that says what was opened and when it was done."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QLabel, QProgressBar, QStatusBar


def geopend(wat: str, berekend: bool = True, daarna: str = "") -> str:
    """After an open: "Voorbeeld geopend en berekend om 11:25." (`wat` names what was opened; `daarna` follows
    the time, e.g. "; niet bruikbaar: 1 fout, zie Invoer")."""
    return f"{wat} geopend{' en berekend' if berekend else ''} om {time.strftime('%H:%M')}{daarna}."


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
