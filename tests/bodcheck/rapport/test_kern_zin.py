"""The Kern page of the bundled example: one short verdict sentence, and the target it names in the table below
it (one story on one page; issue 16 item 1, rapport.md § Revisions 2)."""

from __future__ import annotations

from bodcheck import rapport
from bodcheck.rapport.model import Alinea, Tabel


def test_kern_zin_en_tabel_vertellen_een_verhaal(resultaat, werkboek):
    kern = rapport.opbouw(resultaat).hoofdstuk("kern").blokken
    zin = next(b.tekst for b in kern if isinstance(b, Alinea) and b.soort == "status")
    # E/F/G in the Bod sheet, end of 2028 (a stock), against the woonvisie's maximum of 0 from 2028: the
    # only target the example misses outright (wijkt af), so the sentence names it
    efg_2028 = werkboek.waarde("Bod", "woningen_efg", 2028)
    assert zin.endswith(f"bij woningen met label E, F of G komt het bod eind 2028 uit op {efg_2028:.0f}, "
                        "de woonvisie wil er eind 2028 geen meer.")  # a maximum of 0 in words
    assert zin.count(". ") == 0 and len(zin.split()) <= 35 and "ultimo" not in zin
    tabel = next(b for b in kern if isinstance(b, Tabel) and b.sleutel == "kernindicatoren")
    rijen = {r[0].tekst: r[-1].tekst for r in tabel.rijen}
    assert len(rijen) == 6
    efg = next(k for k in rijen if k.startswith("Woningen met label E, F of G"))
    assert rijen[efg] == "✗ wijkt af"
