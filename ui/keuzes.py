"""Perspective and normenkader in the main window's toolbar. They matter only once an assessment is open, so
they are built then (the normenkaders load with them)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6 import QtCore, QtWidgets
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QToolBar

EIGEN_KADER = "__eigen__"


class Keuzes:
    def __init__(self, tb: QToolBar, voor: QAction, kies: Callable[..., None],
                 fout: Callable[[BaseException, str], None]) -> None:
        """`kies(**velden)` changes the assessment's Instellingen; `fout(e, wat)` shows an error."""
        # bodcheck.normenkaders loads with the first assessment (docs/prestaties.md, "Bewust laat geladen")
        from bodcheck import normenkaders

        self._kies, self._fout = kies, fout
        self.huidig_kader: Callable[[], Any] = lambda: None  # the kader of the open assessment
        self.perspectief = QtWidgets.QComboBox()
        self.perspectief.setAccessibleName("Perspectief")
        self.perspectief.setToolTip("Voor wie de vraagpunten en het rapport worden geordend. Er wordt niets verborgen.")
        self.perspectief.addItem("Gemeente", "gemeente")
        self.perspectief.addItem("Huurders", "huurders")
        self.perspectief.currentIndexChanged.connect(lambda _i: kies(perspectief=self.perspectief.currentData()))
        self.normenkader = QtWidgets.QComboBox()
        self.normenkader.setAccessibleName("Normenkader")
        self.normenkader.setToolTip("De normen van Aw en WSW waartegen de kerncijfers worden getoetst.")
        self.normenkader.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.normenkader.addItem("Automatisch (past bij de prognose)", None)
        for k in normenkaders.ingebouwd():
            self.normenkader.addItem(k.titel, k.naam)
            self.normenkader.setItemData(self.normenkader.count() - 1, f"{k.titel}\n{k.geldig}\nBron: {k.bron}",
                                         QtCore.Qt.ItemDataRole.ToolTipRole)
        self.normenkader.addItem("Eigen normenkader (.toml)…", EIGEN_KADER)
        self.normenkader.currentIndexChanged.connect(self._kader_gekozen)
        p_label, n_label = QLabel(" Perspectief: "), QLabel("   Normenkader: ")
        p_label.setBuddy(self.perspectief)
        n_label.setBuddy(self.normenkader)
        self.acties = [tb.insertSeparator(voor), tb.insertWidget(voor, p_label), tb.insertWidget(voor, self.perspectief),
                       tb.insertWidget(voor, n_label), tb.insertWidget(voor, self.normenkader)]

    def toon(self, instellingen: Any) -> None:
        """Show the choices of a newly opened assessment (without treating them as a change)."""
        self.perspectief.blockSignals(True)
        self.perspectief.setCurrentIndex(max(self.perspectief.findData(instellingen.perspectief), 0))
        self.perspectief.blockSignals(False)
        self.toon_kader(instellingen.normenkader)

    def zichtbaar(self, aan: bool) -> None:
        for a in self.acties:
            a.setVisible(aan)

    def _kader_gekozen(self, _i: int) -> None:
        keuze = self.normenkader.currentData()
        if keuze == EIGEN_KADER:
            pad, _ = QtWidgets.QFileDialog.getOpenFileName(self.normenkader.window(), "Eigen normenkader kiezen",
                                                           str(Path.home()), "Normenkader (*.toml);;Alle bestanden (*)")
            keuze = self.kies_eigen_kader(Path(pad)) if pad else None
            if keuze is None:
                self.toon_kader(self.huidig_kader())
                return
        self._kies(normenkader=keuze)

    def kies_eigen_kader(self, pad: Path) -> str | None:
        """Check a user's TOML kader and put it in the list; returns its path, or None (a Dutch message shown)."""
        from bodcheck import normenkaders

        try:
            k = normenkaders.laad_bestand(pad)
        except normenkaders.KaderFout as e:
            self._fout(e, "Dit normenkader kan niet worden gebruikt.")
            return None
        self._kader_item(str(pad), f"{k.titel} (eigen)")
        return str(pad)

    def _kader_item(self, data: str, titel: str) -> None:
        if self.normenkader.findData(data) < 0:
            self.normenkader.blockSignals(True)
            self.normenkader.insertItem(self.normenkader.count() - 1, titel, data)
            self.normenkader.setItemData(self.normenkader.count() - 2, data, QtCore.Qt.ItemDataRole.ToolTipRole)
            self.normenkader.blockSignals(False)

    def toon_kader(self, waarde: str | None) -> None:
        if waarde and self.normenkader.findData(waarde) < 0:
            self._kader_item(waarde, f"{Path(waarde).stem} (eigen)")
        self.normenkader.blockSignals(True)
        self.normenkader.setCurrentIndex(max(self.normenkader.findData(waarde), 0))
        self.normenkader.blockSignals(False)
