"""The window *Over de jaren*: driven offscreen on the bundled example (pytest-qt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bodcheck import beoordeling, voorbeeld

pytestmark = pytest.mark.gui


def _vorige_jaren(venster, map_: Path) -> list[Path]:
    """The example's 2024 and 2025 assessments (the 2026 one is open in the window)."""
    paden = voorbeeld.schrijf_reeks(map_, venster.beoordeling)
    return [p for p in paden if p.name.endswith(("2024.bodcheck", "2025.bodcheck"))]


def test_vorige_jaren_koppelen_vult_het_overzicht(voorbeeld, qtbot, tmp_path) -> None:
    vorige = _vorige_jaren(voorbeeld, tmp_path / "reeks")
    w = voorbeeld.bestanden.vorige_jaren_koppelen(vorige)
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.monitor is not None, timeout=60_000)
    assert w.monitor.bodjaren == [2024, 2025, 2026]
    # the links are saved in the assessment as path and sha256, and make it "changed"
    assert [Path(x["pad"]).name for x in voorbeeld.beoordeling.vorige_jaren] == [p.name for p in vorige]
    assert voorbeeld.beoordeling.vorige_jaren[0]["sha256"] == beoordeling._sha256(vorige[0])
    assert voorbeeld.gewijzigd
    s = w.scherm
    tabel = s.tabel
    koppen = [tabel.horizontalHeaderItem(k).text() for k in range(tabel.columnCount())]
    assert koppen == ["Onderwerp", "2023", "2024", "2025", "2026", "2027"]
    rij = next(r for r in range(tabel.rowCount()) if tabel.item(r, 0).text() == "Sociale huurwoningen opgeleverd")
    assert tabel.item(rij, 2).text() == "✗ achter\n20 van 30" and tabel.item(rij, 3).text() == "✗ achter\n18 van 30"
    # one chart of the promise that slid, four of the prognosis (ICR, LTV, solvabiliteit, dekkingsratio)
    assert [g.accessibleName() for g in s.grafieken] == [
        "Sociale huurwoningen opgeleverd", "ICR (DAEB)", "LTV (DAEB)", "Solvabiliteit (DAEB)", "Dekkingsratio (DAEB)"]
    tekst = s.terugkerend.text()
    assert "Vorig jaar antwoordde u:" in tekst and "Plan per complex voor de woningen met label E, F of G" in tekst
    w.grab().save("/tmp/mon/jaren.png")


def test_ontbrekend_vorig_jaar_wordt_gemeld(voorbeeld, qtbot, tmp_path) -> None:
    vorige = _vorige_jaren(voorbeeld, tmp_path / "reeks")
    voorbeeld.beoordeling.vorige_jaren.append({"pad": str(tmp_path / "weg.bodcheck"), "sha256": "0" * 64})
    w = voorbeeld.bestanden.vorige_jaren_koppelen(vorige[1:])
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: w.monitor is not None, timeout=60_000)
    assert w.monitor.bodjaren == [2025, 2026]
    meldingen = [m.tekst for m in w.monitor.meldingen]
    assert any("weg.bodcheck is niet gevonden" in m for m in meldingen)


def test_map_als_reeks_met_te_weinig_jaren_toont_de_reden(venster, qtbot, tmp_path) -> None:
    (tmp_path / "leeg").mkdir()
    w = venster.bestanden.kies_reeks(tmp_path / "leeg")
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: "passen niet samen" in w.scherm.status.text(), timeout=30_000)
    assert "geen beoordelingen (.bodcheck) of werkboeken (.xlsx) in deze map" in w.scherm.status.text()
