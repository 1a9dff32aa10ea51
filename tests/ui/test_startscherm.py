"""The start screen on its own: the cards and the recent files answer a click wherever it lands."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel

from ui.startscherm import Startscherm

pytestmark = pytest.mark.gui


@pytest.fixture
def start(qtbot):
    s = Startscherm()
    qtbot.addWidget(s)
    s.resize(1200, 760)
    s.show()
    qtbot.waitExposed(s)
    return s


def test_klik_op_tekst_van_een_kaart_kiest_de_kaart(start, qtbot):
    """A card is a button with two labels on it; a click on either label reaches the button."""
    titel, toelichting = start.knop_nieuw.findChildren(QLabel)
    for label in (titel, toelichting):
        with qtbot.waitSignal(start.nieuw, timeout=1000):
            qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))


def test_recente_bestanden_als_knoppen(start, qtbot, tmp_path):
    paden = [str(tmp_path / "Lindehof Aaberg 2026.bodcheck"), str(tmp_path / "diep" / ("map" * 30) / "b.bodcheck")]
    start.zet_recent(paden)
    assert start.recent_leeg.isHidden()
    knoppen = start.recent_knoppen
    assert [k.toolTip() for k in knoppen] == paden
    assert knoppen[0].text() == f"Lindehof Aaberg 2026   ·   map {tmp_path.name}"
    assert knoppen[1].text() == f"b   ·   map {'map' * 30}"  # the folder's own name; the whole path in the tip
    with qtbot.waitSignal(start.recent_gekozen, timeout=1000) as gekozen:
        qtbot.mouseClick(knoppen[1], Qt.MouseButton.LeftButton)
    assert gekozen.args == [paden[1]]

    start.zet_recent(paden[:1])  # the list is rebuilt, not added to
    qtbot.waitUntil(lambda: len(start.recent.findChildren(type(knoppen[0]))) == 1)
    start.zet_recent([])
    assert not start.recent_leeg.isHidden() and start.recent_knoppen == []
