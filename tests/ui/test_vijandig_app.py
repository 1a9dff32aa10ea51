"""Issue 15 in the app, offscreen with real windows: saving or exporting over a file that is open as input is
refused with a clear dialog and the input stays as it was; the app removes the temporary files of processes
that no longer run when it starts."""

from __future__ import annotations

import gc
import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

pytestmark = pytest.mark.gui


def _sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def _dialoog(qtbot) -> QMessageBox:
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible() for w in QApplication.topLevelWidgets()),
                    timeout=5_000)
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())


@pytest.mark.parametrize("export", ["exporteer_excel", "exporteer_pdf"])
def test_export_over_het_geopende_werkboek_wordt_geweigerd(voorbeeld, qtbot, export):
    w = voorbeeld
    bod = w.invoer_paden[0]
    voor = _sha(bod)
    getattr(w, export)(bod)
    box = _dialoog(qtbot)
    assert box.windowTitle() == "Niet bewaard"
    assert box.text() == (f"{bod.name} is nu geopend als invoer. Bewaren zou die invoer overschrijven; kies een "
                          "andere naam of map.")
    box.close()
    w.taken.wacht()
    assert _sha(bod) == voor


def test_opslaan_als_over_de_woonvisie_wordt_geweigerd(voorbeeld, qtbot, monkeypatch, tmp_path):
    from PySide6 import QtWidgets

    w = voorbeeld
    wv = w.invoer_paden[1]
    voor = _sha(wv)
    link = tmp_path / "woonvisie.bodcheck"
    link.symlink_to(wv)  # a name ending in .bodcheck that is the woonvisie workbook itself
    monkeypatch.setattr(QtWidgets.QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(link), "")))
    assert w.opslaan_als() is False
    box = _dialoog(qtbot)
    assert box.text() == (f"woonvisie.bodcheck is hetzelfde bestand als de geopende invoer {wv.name}. "
                          "Bewaren zou die invoer overschrijven; kies een andere naam of map.")
    box.close()
    assert _sha(wv) == voor


def test_samen_export_over_een_bod_in_de_map_wordt_geweigerd(venster, qtbot):
    from ui import samen_venster

    venster.open_voorbeeld_samen()
    qtbot.waitUntil(lambda: bool(venster.samen_vensters) and venster.samen_vensters[-1].uitkomst is not None,
                    timeout=60_000)
    s = venster.samen_vensters[-1]
    qtbot.waitUntil(lambda: s.taken.aantal() == 0, timeout=30_000)
    bod = sorted(s.map.glob("bod-*.xlsx"))[0]
    voor = _sha(bod)
    s.exporteer_excel(bod)
    box = _dialoog(qtbot)
    assert box.text().startswith(f"{bod.name} is nu geopend als invoer.")
    box.close()
    s.taken.wacht()
    assert _sha(bod) == voor
    assert isinstance(s, samen_venster.SamenVenster)
    gc.collect()


def test_tijdelijke_bestanden_van_een_gestopt_proces_weg_bij_de_start(tmp_path):
    from bodcheck import uitvoer

    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    map_ = tmp_path / "werk"
    map_.mkdir()
    dood = map_ / f".rapport.pdf.~{p.pid}.abc.tmp"
    dood.write_bytes(b"half")
    assert uitvoer.ruim_op_bij_start([map_]) >= 1
    assert not dood.exists()
