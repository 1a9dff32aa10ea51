"""The Overzicht (issue 16): the first view after every open, its figures equal the report's Kern page, every
card opens its view at the right row (mouse and keyboard), and only the top questions are taken along."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from bodcheck import rapport
from bodcheck.rapport.model import Alinea, Opsomming
from ui import hoofdvenster as hv
from ui.scherm_overzicht import Kaart

pytestmark = pytest.mark.gui


@pytest.fixture
def overzicht(voorbeeld, qtbot):
    w = voorbeeld
    qtbot.waitUntil(lambda: bool(w.scherm(hv.OVERZICHT).kaarten), timeout=30_000)
    return w


def _kern(w):
    r = rapport.opbouw(w.resultaat, w.beoordeling.notities)
    return r, next(h for h in r.hoofdstukken if h.sleutel == "kern")


def _kaart(w, titel: str) -> Kaart:
    return next(k for k in w.scherm(hv.OVERZICHT).kaarten if k.titel.text().startswith(titel))


def test_overzicht_opent_eerst_en_is_gemarkeerd(overzicht):
    w = overzicht
    assert w.views.currentIndex() == hv.OVERZICHT
    assert w.nav.currentRow() == hv.OVERZICHT and w.nav.item(hv.OVERZICHT).isSelected()
    assert w.nav.item(hv.OVERZICHT).text() == "Overzicht"


def test_overzicht_getallen_gelijk_aan_de_kern(overzicht):
    w = overzicht
    scherm = w.scherm(hv.OVERZICHT)
    _r, kern = _kern(w)
    # the verdict is the Kern page's own sentence, word for word
    zin = next(b.tekst for b in kern.blokken if isinstance(b, Alinea) and b.soort == "status")
    assert scherm.oordeel.text() == zin and zin.startswith("Het bod sluit aan op ")
    # the most important questions: the same numbers and texts as the Kern's list
    top = next(b for b in kern.blokken if isinstance(b, Opsomming) and "belangrijkste vragen" in b.titel)
    in_kern = [re.match(r"Vraag (\d+): (.*)", x).groups() for x in top.items]
    kaarten = [k for k in scherm.kaarten if k.titel.text().startswith("Vraag ")]
    assert [re.match(r"Vraag (\d+): (.*)", k.titel.text()).groups() for k in kaarten] == in_kern
    assert len(kaarten) == 5
    # the investeringsruimte: the nieuwbouw scenario of the core, in € mln as the Kern says it
    s = next(s for s in w.resultaat.berekend.investeringsruimte.scenarios
             if s.naam == "nieuwbouw" and s.modus == "eenmalig")
    assert 1e6 <= s.x_max < 1e9  # millions with one decimal, as the tables write it (€ 161,5 mln in the example)
    bedrag = "€ " + f"{s.x_max / 1e6:.1f}".replace(".", ",") + " mln"
    assert _kaart(w, "Investeringsruimte").titel.text() == f"Investeringsruimte: {bedrag}"
    financieel = next(b for b in kern.blokken if isinstance(b, Opsomming) and b.titel == "Financieel beeld")
    assert bedrag in financieel.items[1]
    # a card per thema with the status word of the thema chapter ("Beschikbaarheid — ✗ wijkt af")
    themas = next(h for h in _r.hoofdstukken if h.sleutel == "themas")
    koppen = {b.tekst.split(" — ")[0]: b.tekst.split(" — ")[1] for b in themas.blokken
              if getattr(b, "soort", "") == "kop" and " — " in b.tekst}
    for label, status in koppen.items():
        assert _kaart(w, label).tekst.text() == status


def test_kaarten_openen_hun_scherm(overzicht, qtbot):
    w = overzicht
    qtbot.mouseClick(_kaart(w, "Beschikbaarheid"), Qt.MouseButton.LeftButton)
    assert w.views.currentIndex() == hv.VERGELIJKING and w.nav.currentRow() == hv.VERGELIJKING
    verg = w.scherm(hv.VERGELIJKING)
    assert verg.model.rijen[verg.tabel.currentIndex().row()].thema == "beschikbaarheid"

    w.toon_scherm(hv.OVERZICHT)
    kaart = next(k for k in w.scherm(hv.OVERZICHT).kaarten if k.titel.text().startswith("Vraag "))
    kaart.setFocus()
    qtbot.keyClick(kaart, Qt.Key.Key_Return)  # the keyboard alone
    assert w.views.currentIndex() == hv.VRAAGPUNTEN
    nummer = int(re.match(r"Vraag (\d+)", kaart.titel.text()).group(1))
    blok = next(b for b in rapport.opbouw(w.resultaat, w.beoordeling.notities).vraagpunten if b.nummer == nummer)
    vp = w.scherm(hv.VRAAGPUNTEN)
    assert vp.boom.currentItem() is vp._item(blok.sleutel)

    w.toon_scherm(hv.OVERZICHT)
    qtbot.keyClick(_kaart(w, "Afspraken en realisatie"), Qt.Key.Key_Space)
    assert w.views.currentIndex() == hv.INVOER
    assert w.scherm(hv.INVOER).tabs.tabText(w.scherm(hv.INVOER).tabs.currentIndex()) == "Realisatie"


def test_alleen_de_belangrijkste_vragen_aangevinkt(overzicht):
    w = overzicht
    alle = rapport.opbouw(w.resultaat, w.beoordeling.notities).vraagpunten
    mee = [b for b in alle if b.meenemen]
    assert len(mee) == 5 and len(alle) > 5
    kaarten = [k for k in w.scherm(hv.OVERZICHT).kaarten if k.titel.text().startswith("Vraag ")]
    assert sorted(int(re.match(r"Vraag (\d+)", k.titel.text()).group(1)) for k in kaarten) == \
        sorted(b.nummer for b in mee)
