"""One question, one audience (bevindingen2 N4, vraagpunten.md Revisions 2 "What every finding carries"): the
group a question is listed under, the detail's "Voor: …" and the way its text addresses people agree for every
question of the example, in both perspectives; `partij` (who may ask) is said apart as "Gesteld door". The detail
leads with the same number the Overzicht and the report use."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from bodcheck import voorbeeld
from bodcheck.rapport import overzicht
from ui.scherm_vraagpunten import SLEUTEL, VraagpuntenScherm

# the headings as the spec words them, per perspective and adressaat
KOP = {
    "gemeente": {"corporatie": "Aan de corporatie", "gemeente": "Aan de gemeente zelf", "allen": "Aan allen"},
    "huurders": {"corporatie": "Aan de corporatie", "gemeente": "Aan de gemeente", "allen": "Aan allen"},
}
VOOR = {"Aan de corporatie": "de corporatie", "Aan de gemeente zelf": "de gemeente zelf",
        "Aan de gemeente": "de gemeente", "Aan allen": "allen"}
GESTELD = {"gemeente": "de gemeente", "huurders": "de huurdersorganisatie",
           "beide": "de gemeente of de huurdersorganisatie"}
U = re.compile(r"\b(u|uw)\b", re.IGNORECASE)


def _zonder_citaten(tekst: str) -> str:
    """The question's own words: a quoted toelichting (‘…’ or '…') is the corporatie speaking."""
    return re.sub(r"‘[^’]*’|'[^']*'", "", tekst)


@pytest.mark.parametrize("perspectief", ["gemeente", "huurders"])
def test_groep_voor_en_aanspreekvorm_vertellen_een_verhaal(qtbot, tmp_path, perspectief):
    r = voorbeeld.beoordeel(tmp_path, dt.date(2026, 9, 1), perspectief)
    scherm = VraagpuntenScherm()
    qtbot.addWidget(scherm)
    scherm.toon(r, {})
    kop, gezien, per_nummer = None, 0, {}
    for i in range(scherm.boom.topLevelItemCount()):
        item = scherm.boom.topLevelItem(i)
        sleutel = item.data(0, SLEUTEL)
        if sleutel is None:
            kop = item.text(0)
            continue
        v = scherm._per_sleutel[sleutel]
        assert kop == KOP[perspectief][v.adressaat], v.label
        scherm.boom.setCurrentItem(item)
        info = scherm.d_info.text()
        assert f"<b>Voor:</b> {VOOR[kop]}" in info, v.label
        assert f"<b>Gesteld door:</b> {GESTELD[v.partij]}" in info, v.label
        assert scherm.d_kop.text().startswith(f"Vraag {item.text(0)} · {v.id} · "), v.label
        per_nummer[int(item.text(0))] = v.vraag
        eigen = _zonder_citaten(v.vraag)
        if v.adressaat == "gemeente":  # to the gemeente: it is never "u" (that is the corporatie)
            assert not U.search(eigen), v.label
        elif v.adressaat == "allen":  # to all: both sides are named, or "we/ons/samen"
            assert re.search(r"\b(we|wij|ons|onze|samen|gemeente)\b", eigen, re.IGNORECASE), v.label
            if U.search(eigen):
                assert "gemeente" in eigen, v.label
        else:  # to the corporatie: it is spoken to, or named
            assert U.search(eigen) or "corporatie" in eigen, v.label
        gezien += 1
    assert gezien == len(r.vraagpunten) > 20
    # the Overzicht's "Vraag n" is the detail's "Vraag n"
    o = overzicht.opstellen(r, overzicht.standaard_notities(r))
    assert o.top
    for b in o.top:
        assert per_nummer[b.nummer] == b.vraag
