"""The Overzicht's question cards (bevindingen r3 item 4): the most important first, and the ernst said in words on
each card (not by colour alone), as the report's label line says it ("Thema · ernst hoog · …")."""

from __future__ import annotations

import datetime as dt

from bodcheck import voorbeeld
from bodcheck.rapport import overzicht
from ui.scherm_overzicht import OverzichtScherm


def test_vraagkaarten_hoog_voorop_met_ernst_in_woorden(qtbot, tmp_path):
    r = voorbeeld.beoordeel(tmp_path, dt.date(2026, 9, 1))
    o = overzicht.opstellen(r, overzicht.standaard_notities(r))
    scherm = OverzichtScherm()
    qtbot.addWidget(scherm)
    scherm.toon(o)
    kaarten = [k for k in scherm.kaarten if k.titel.text().startswith("Vraag ")]
    assert len(kaarten) == len(o.top) == 5
    ernsten = [b.ernst for b in o.top]
    assert ernsten == sorted(ernsten, key=["hoog", "midden", "laag", "info"].index) and ernsten[0] == "hoog"
    for k, b in zip(kaarten, o.top, strict=True):
        assert k.tekst.text().startswith(f"{b.thema} · ernst {b.ernst} · ")
