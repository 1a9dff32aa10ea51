"""The monitor reads the afspraken through the structured afspraken of each `.bodcheck` (afspraken.md § Carrying
afspraken forward): the record wins over an Afspraken sheet, in the same year and over a later workbook; a
periode afspraak is one row; M04 uses `wanneer` and the years of an indicator afspraak. Hand-made series."""

from __future__ import annotations

import dataclasses
import datetime as dt

from bodcheck import monitor
from bodcheck.afspraken.model import Afspraak
from bodcheck.model import Notitie
from bodcheck.monitor import tabel
from tests.bodcheck.monitor.reeks import jaargang, vraagpunt

PEIL = dt.date(2026, 10, 1)
SLEUTEL = "P10|nieuwbouw_sociaal"


def _aan_tafel(waarde: float, van: int, tot: int, per: str = "jaar") -> Notitie:
    return Notitie(afspraken=[Afspraak(wat="Nieuwbouw sociaal", wie="corporatie", indicator="nieuwbouw_sociaal",
                                       waarde=waarde, per=per, van_jaar=van, tot_jaar=tot)])


def _reeks() -> list:
    # 2025: the sheet says 30 for 2025 and 2026; at the table after the bod of 2025 they agreed 25 for 2026 and 2027
    # 2026: the corporatie's sheet says 30 for 2026 (as before) and 25 for 2027; realised 2025: 30 → gehaald
    return [
        jaargang(2025, afspraken={"nieuwbouw_sociaal": {2025: 30, 2026: 30}},
                 notities={SLEUTEL: _aan_tafel(25, 2026, 2027)}),
        jaargang(2026, afspraken={"nieuwbouw_sociaal": {2026: 30, 2027: 25}},
                 realisatie={"nieuwbouw_sociaal": {2025: 30}}),
    ]


def test_de_afspraak_aan_tafel_wint_van_het_blad() -> None:
    meldingen: list = []
    df = tabel.lange_tabel(_reeks(), meldingen)
    a = df[df["bron"] == "afspraak"]
    rijen = {(int(b), int(j)): (w, cel, h) for b, j, w, cel, h in
             zip(a["bodjaar"], a["jaar"], a["waarde"], a["cel"], a["herkomst"], strict=True)}
    # bod 2025: 2025 from the sheet (column C, row 2); 2026 and 2027 from the record (25 replaces the sheet's 30)
    assert rijen[(2025, 2025)] == (30.0, "Afspraken!C2", "blad")
    assert rijen[(2025, 2026)] == (25.0, "afspraak aan tafel", "beoordeling")
    assert rijen[(2025, 2027)] == (25.0, "afspraak aan tafel", "beoordeling")
    # bod 2026 without a record: its sheet as read
    assert rijen[(2026, 2026)] == (30.0, "Afspraken!C2", "blad")
    teksten = [m.tekst for m in meldingen]
    assert ("Bod 2025: Sociale huurwoningen opgeleverd in 2026: de afspraak uit de beoordeling (25) geldt, niet 30 uit "
            "het blad Afspraken.") in teksten
    # the later sheet differs from the record for 2026 (30, not 25): the record wins, said once; 2027 agrees
    assert ("Sociale huurwoningen opgeleverd in 2026: de afspraak uit de beoordeling van het bod van 2025 (25) geldt, "
            "niet 30 uit het blad Afspraken bij het bod van 2026 (Afspraken!C2).") in teksten
    assert len(teksten) == 2


def test_belofte_gebruikt_de_vastgelegde_afspraak() -> None:
    m = monitor.uit_jaargangen(_reeks(), PEIL)
    b = {x.jaar: x for x in m.belofte}
    assert (b[2026].afspraak, b[2026].afspraak_cel) == (25, "bod 2025: afspraak aan tafel")
    assert (b[2025].afspraak, b[2025].afspraak_cel) == (30, "bod 2025: Afspraken!C2")  # no record for 2025
    assert any("bij het bod van 2026 (Afspraken!C2)" in x.tekst for x in m.meldingen)
    # without the record, the latest sheet gives the afspraak (30 for 2026, from the bod of 2026)
    zonder = [dataclasses.replace(_reeks()[0], notities={}), _reeks()[1]]
    b = {x.jaar: x for x in monitor.uit_jaargangen(zonder, PEIL).belofte}
    assert (b[2026].afspraak, b[2026].afspraak_cel) == (30, "bod 2026: Afspraken!C2")


def test_een_nieuwere_afspraak_aan_tafel_vervangt_een_oudere() -> None:
    jg = [jaargang(2025, notities={SLEUTEL: _aan_tafel(25, 2026, 2027)}),
          jaargang(2026, notities={SLEUTEL: _aan_tafel(20, 2027, 2027)})]
    m = monitor.uit_jaargangen(jg, PEIL)
    b = {x.jaar: x for x in m.belofte}
    assert (b[2026].afspraak, b[2027].afspraak) == (25, 20)
    assert b[2027].afspraak_cel == "bod 2026: afspraak aan tafel"
    assert not m.meldingen  # a new afspraak is no conflict


def test_periode_afspraak_is_een_rij_met_van_en_tot() -> None:
    jg = [jaargang(2025), jaargang(2026, notities={SLEUTEL: _aan_tafel(160, 2027, 2031, per="periode")})]
    df = tabel.lange_tabel(jg)
    (rij,) = df[df["bron"] == "afspraak"].itertuples()
    assert (rij.jaar is None or str(rij.jaar) == "<NA>") and (rij.van_jaar, rij.tot_jaar, rij.waarde) == (2027, 2031,
                                                                                                          160.0)
    assert rij.herkomst == "beoordeling"
    # a period value is no afspraak for one year: nothing in belofte en realisatie
    assert not monitor.uit_jaargangen(jg, PEIL).belofte


def test_m04_met_het_laatste_jaar_van_een_indicatorafspraak() -> None:
    # 2024 at the table for D01: "0 woningen met label E/F/G in 2025" (an indicator afspraak, no wanneer); the
    # question is back in 2026, after 2025: M04. With 2026 as the last year, it has not passed on 1 October 2026.
    efg = vraagpunt("D01", "woningen_efg", "Nog 24 woningen met label E, F of G.")

    def reeks(tot: int) -> list:
        a = Afspraak(wat="Geen woningen meer met label E, F of G", wie="corporatie", indicator="woningen_efg",
                     waarde=0, per="jaar", van_jaar=2025, tot_jaar=tot)
        return [jaargang(2024, vraagpunten=[efg], notities={"D01|woningen_efg": Notitie(afspraken=[a])}),
                jaargang(2026, vraagpunten=[efg])]

    (m04,) = [v for v in monitor.uit_jaargangen(reeks(2025), PEIL).vraagpunten if v.id == "M04"]
    assert "‘Geen woningen meer met label E, F of G’ (corporatie), uiterlijk 2025" in m04.vraag
    assert not [v for v in monitor.uit_jaargangen(reeks(2026), PEIL).vraagpunten if v.id == "M04"]


def test_terugkerend_toont_de_gestructureerde_afspraak() -> None:
    efg = vraagpunt("D01", "woningen_efg")
    a = Afspraak(wat="Plan per complex", wie="corporatie", resultaat="Plan per complex", wanneer=2027)
    jg = [jaargang(2025, vraagpunten=[efg], notities={"D01|woningen_efg": Notitie(afspraken=[a])}),
          jaargang(2026, vraagpunten=[efg])]
    (t,) = monitor.uit_jaargangen(jg, PEIL).terugkerend
    assert (t.afspraak, t.afspraak_bodjaar) == ("Plan per complex · corporatie · 2027", 2025)
