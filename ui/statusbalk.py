"""The progress part of a window's status bar: what runs now (a short Dutch text and a bar), shared by the
main window and the joint window."""

from __future__ import annotations

import time

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
        self._getekend = 0.0  # when the bar was last set (time.monotonic)

    def toon(self, stap: int, van: int, tekst: str) -> None:
        """A new text at once; the bar at most ten times a second: QProgressBar.setValue repaints the window
        there and then, and a background job reports hundreds of steps (issue 16, "never frozen")."""
        nu = time.monotonic()
        if tekst == self.tekst.text() and self.balk.isVisible() and 0 < stap < van and nu - self._getekend < 0.1:
            return
        self._getekend = nu
        self.balk.setVisible(True)
        self.balk.setRange(0, max(van, 1))
        self.balk.setValue(stap)
        if tekst != self.tekst.text():
            self.tekst.setText(tekst)

    def uit(self) -> None:
        self.balk.setVisible(False)
        self.tekst.setText("")
