"""The parts that keep the window's thread free (issue 16), each on its own: work in steps, a save that lets
the window paint, painted cells computed once, column widths from a sample of texts, views filled when shown."""

from __future__ import annotations

import itertools
import time

import pytest
from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QStandardItem, QStandardItemModel

from ui import hoofdvenster as hv
from ui import stappen
from ui.taken import wacht_op


def test_stappen_een_per_ronde_en_opnieuw_beginnen_vervangt(qtbot):
    eigenaar = QObject()
    s = stappen.Stappen(eigenaar)
    gedaan: list[str] = []
    s.start([lambda: gedaan.append("a"), lambda: gedaan.append("b")])
    assert gedaan == [] and s.bezig() and stappen.bezig()  # nothing runs before the event loop turns
    s.start([lambda: gedaan.append("c")])  # a new run drops what the old one had left
    qtbot.waitUntil(lambda: not s.bezig())
    assert gedaan == ["c"]
    s.start([lambda: gedaan.append("d"), lambda: gedaan.append("e")])
    s.af()  # everything now
    assert gedaan == ["c", "d", "e"] and not stappen.bezig()


def test_een_stap_per_ronde_voor_de_hele_app(qtbot):
    """Two views with steps (the Overzicht's charts and the views built out of sight) take turns: each turn of
    the event loop runs one step of one of them, never one of each."""
    eigenaar = QObject()
    a, b = stappen.Stappen(eigenaar), stappen.Stappen(eigenaar)
    gedaan: list[str] = []
    a.start([lambda: gedaan.append("a1"), lambda: gedaan.append("a2")])
    b.start([lambda: gedaan.append("b1")])
    gezien = []
    timer = QTimer()
    timer.setInterval(0)
    timer.timeout.connect(lambda: gezien.append(len(gedaan)))  # between two turns: how many steps ran
    timer.start()
    qtbot.waitUntil(lambda: not stappen.bezig())
    timer.stop()
    assert gedaan == ["a1", "b1", "a2"]  # in turn, in the order the runs started
    assert all(na - voor <= 1 for voor, na in itertools.pairwise(gezien))  # at most one step per turn


def test_werk_dat_kan_wachten_wacht_op_de_achtergrond(qtbot):
    """Views built out of sight wait while a background job computes (its Python work holds the GIL, the steps
    would wait for it at every call); the visible view's steps do not wait."""
    from threading import Event

    from ui.taken import Taken, rekent

    eigenaar = QObject()
    t = Taken(eigenaar)
    los = Event()
    t.start(lambda: los.wait(10), klaar=lambda _: None)
    assert rekent()
    later, nu = stappen.Stappen(eigenaar, na_rekenen=True), stappen.Stappen(eigenaar)
    gedaan: list[str] = []
    later.start([lambda: gedaan.append("later")])
    nu.start([lambda: gedaan.append("nu")])
    qtbot.waitUntil(lambda: gedaan == ["nu"])
    qtbot.wait(100)
    assert gedaan == ["nu"] and later.bezig()  # still waiting for the job
    los.set()
    qtbot.waitUntil(lambda: not rekent())
    qtbot.waitUntil(lambda: gedaan == ["nu", "later"])
    t.wacht()


def test_wacht_op_geeft_uitkomst_en_fout_en_de_timers_lopen_door(qapp):
    tikken: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: tikken.append(time.monotonic()))
    timer.start()
    try:
        assert wacht_op(lambda: (time.sleep(0.2), 42)[1]) == 42
    finally:
        timer.stop()
    assert len(tikken) >= 5  # 200 ms of work, a 5 ms timer: the window's thread was free all along

    class Kapot(Exception):
        pass

    def kapot():
        raise Kapot("schijf vol")

    with pytest.raises(Kapot, match="schijf vol"):
        wacht_op(kapot)


def test_kerncijfers_geschilderde_rollen_gelijk_aan_berekend(voorbeeld, qtbot):
    """The precomputed cells (ui.voorberekend) say exactly what the model computes for every painted role."""
    from ui.voorberekend import GESCHILDERD

    k = voorbeeld.toon_scherm(hv.KERNCIJFERS)
    qtbot.waitUntil(lambda: voorbeeld.taken.aantal() == 0, timeout=30_000)
    m = k.model
    assert m.rowCount() >= 8
    for r in range(m.rowCount()):
        for c in range(m.columnCount()):
            i = m.index(r, c)
            for rol in GESCHILDERD:
                assert m.data(i, rol) == m.bereken(i, rol), (r, c, rol)
    # the tooltip is computed when asked, with the band word
    i = m.eerste_aandacht()
    assert "krap" in m.data(i, 3) or "buiten" in m.data(i, 3)


def test_kolombreedte_past_de_breedste_tekst_van_de_steekproef(qapp):
    from ui.tabel import RUIMTE, STEEKPROEF, Tabel

    model = QStandardItemModel(0, 2)
    model.setHorizontalHeaderLabels(["Kort", "Omschrijving"])
    lang = "Kasstroom uit operationele activiteiten"
    vet = "Totaal"
    for i in range(200):  # more rows than the sample: the first row of every step is measured
        model.appendRow([QStandardItem(str(i)), QStandardItem(lang if i == 0 else "x")])
    f = QFont(QFont())
    f.setBold(True)
    totaal = QStandardItem(vet * 8)
    totaal.setFont(f)
    model.setItem(200 // STEEKPROEF, 1, totaal)  # a bold cell in the sample, wider than the rest
    t = Tabel()
    t.setModel(model)
    t.pas_kolommen_aan(min_breedte=10, max_breedte=2000)
    gewoon = QFontMetrics(t.font())
    f = QFont(t.font())
    f.setBold(True)
    verwacht = max(gewoon.horizontalAdvance(lang), QFontMetrics(f).horizontalAdvance(vet * 8)) + RUIMTE
    assert t.columnWidth(1) == verwacht  # the widest text of the sample, the bold one measured in bold
    # the first column: the widest of the sampled numbers (every 200 // STEEKPROEF-th row), or the header
    steekproef = [str(i) for i in range(0, 200, 200 // STEEKPROEF)]
    assert t.columnWidth(0) == max(t.horizontalHeader().sectionSizeFromContents(0).width(),
                                   *(gewoon.horizontalAdvance(x) + RUIMTE for x in steekproef))


def test_kolombreedte_vindt_de_breedste_waarde_in_elke_rij(qapp):
    """The widest value sits in a row an every-n-th-row sample skips (N5: "€ 75.010…." at 1280×800)."""
    from ui.tabel import RUIMTE, Tabel

    model = QStandardItemModel(0, 2)
    model.setHorizontalHeaderLabels(["Doel", "Bod"])
    for _ in range(200):
        model.appendRow([QStandardItem("€ 1"), QStandardItem("€ 1.000")])
    model.setItem(7, 0, QStandardItem("€ 75.010.000"))  # every 6th row (200 // 30) is 0, 6, 12, …: not 7
    model.setItem(199, 1, QStandardItem("Totale investering"))  # the last row
    t = Tabel()
    t.setModel(model)
    t.pas_kolommen_aan(min_breedte=10, max_breedte=2000)
    fm = QFontMetrics(t.font())
    assert t.columnWidth(0) == fm.horizontalAdvance("€ 75.010.000") + RUIMTE
    assert t.columnWidth(1) == fm.horizontalAdvance("Totale investering") + RUIMTE
    assert t.columnWidth(0) > fm.horizontalAdvance("€ 1") + RUIMTE  # not the width of the other rows


def test_verborgen_schermen_worden_gevuld_als_ze_getoond_worden(voorbeeld, qtbot):
    """After a recomputation only the visible view is refilled; a hidden one when it is shown."""
    w = voorbeeld
    qtbot.waitUntil(lambda: not stappen.bezig(), timeout=30_000)
    kern = w.scherm(hv.KERNCIJFERS)
    w.toon_scherm(hv.OVERZICHT)
    oud_resultaat = w.resultaat
    w.herbereken()
    qtbot.waitUntil(lambda: w.resultaat is not oud_resultaat and w.taken.aantal() == 0, timeout=30_000)
    assert hv.KERNCIJFERS in w._verouderd  # not refilled while hidden
    assert kern._resultaat is oud_resultaat
    w.toon_scherm(hv.KERNCIJFERS)
    assert hv.KERNCIJFERS not in w._verouderd and kern._resultaat is w.resultaat


def test_vensterdraad_krijgt_de_gil_snel_terug(qapp):
    """A background job in pure Python holds the GIL; with Python's default 5 ms every Qt call on the window's
    thread could wait that long for it (ui.app.maak_app sets 0,5 ms)."""
    import sys

    from ui.app import maak_app

    maak_app()
    assert sys.getswitchinterval() <= 0.001
