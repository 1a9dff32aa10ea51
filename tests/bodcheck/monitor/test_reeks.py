"""The bundled series (monitor.md § Bundled example) tells its story; every number is computed by hand in
bodcheck/voorbeeld_reeks_data.py from the workbook figures, not taken from the monitor's output."""

from __future__ import annotations

from pathlib import Path

import pytest

from bodcheck import monitor, voorbeeld
from tests.bodcheck.monitor.conftest import PEILDATUM


def test_drie_bodjaren_uit_de_map(reeks: monitor.Monitor) -> None:
    assert reeks.bodjaren == [2024, 2025, 2026]
    assert (reeks.corporatie, reeks.gemeente) == ("Woonstichting De Lindehof", "Aaberg")
    assert reeks.meldingen == []


def test_nieuwbouw_achter_twee_jaar(reeks: monitor.Monitor) -> None:
    nb = {b.jaar: b for b in reeks.belofte if b.code == "nieuwbouw_sociaal"}
    # 2023: 30 afgesproken, 26 gerealiseerd (4 short, within 5); 2024: 30 vs 20; 2025: 30 vs 18
    assert [(j, nb[j].afspraak, nb[j].realisatie, nb[j].status) for j in (2023, 2024, 2025)] == [
        (2023, 30, 26, "gerealiseerd"), (2024, 30, 20, "achter"), (2025, 30, 18, "achter")]
    # 2026 (32) and 2027 (30, afspraak of the 2026 file) lie after the last realisation year 2025
    assert (nb[2026].status, nb[2027].status, nb[2027].afspraak) == ("nog_niet", "nog_niet", 30)
    assert [v.id for v in reeks.vraagpunten].count("M01") == 1


def test_belofte_2027_schuift_twee_bods_op(reeks: monitor.Monitor) -> None:
    v = {(x.code, x.jaar): x for x in reeks.verschuivingen}
    b2027 = v[("nieuwbouw_sociaal", 2027)]
    assert [(a.bodjaar, a.waarde) for a in b2027.beloftes] == [(2024, 40), (2025, 32), (2026, 18)]
    assert (b2027.richting, b2027.slechter_op_rij) == ("schuift_op", 2)
    b2028 = v[("nieuwbouw_sociaal", 2028)]
    assert [a.waarde for a in b2028.beloftes] == [40, 24, 24] and b2028.slechter_op_rij == 1
    (m02,) = [x for x in reeks.vraagpunten if x.id == "M02"]
    assert "voor 2027 40 in het bod van 2024, 32 in het bod van 2025 en 18 in het bod van 2026" in m02.vraag


def test_icr_daeb_2030_schuift_naar_de_norm(reeks: monitor.Monitor) -> None:
    d = next(x for x in reeks.drift if (x.ratio, x.tak, x.jaar) == ("icr", "DAEB", 2030))
    # (CFO + netto rente) / netto rente, netto rente 8.226 − 899 = 7.327 in all three prognoses
    assert [r.waarde for r in d.ramingen] == pytest.approx(
        [(7_694 + 7_327) / 7_327, (6_961 + 7_327) / 7_327, (6_032 + 7_327) / 7_327], abs=1e-4)
    assert d.drift and not d.breuk
    # from 2028 on each earlier prognosis lay higher (a third, two thirds, then the whole step); 2034 is in the
    # prognoses of 2024 and 2025 only, still one step of about 0,13; before 2028 the prognoses agree. TI slides
    # along (TI = DAEB + niet-DAEB).
    assert {(x.tak, x.jaar) for x in reeks.drift if x.drift} == {(t, j) for t in ("DAEB", "TI")
                                                                for j in range(2028, 2035)}
    assert sorted(x.sleutel for x in reeks.vraagpunten if x.id == "M03") == ["DAEB:icr", "TI:icr"]
    m03 = next(x for x in reeks.vraagpunten if x.sleutel == "DAEB:icr")
    assert ("voor 2030, door bodcheck berekend uit uw prognose bij elk bod, kwam uit op 2,05 in het bod van 2024, "
            "1,95 in het bod van 2025 en 1,82") in m03.vraag
    assert "Ook voor 2028, 2029, 2031, 2032, 2033 en 2034 schoof de raming zo op" in m03.vraag


def test_ltv_breuk_door_beleidswaarde_1(reeks: monitor.Monitor) -> None:
    ltv = [x for x in reeks.drift if x.ratio == "ltv" and x.tak == "DAEB"]
    # the prognosis of 2023 (bod 2024) covers 2024-2033: each of those years has the break; 2034 is in the
    # prognoses of 2024 and 2025 only (same definition)
    assert ltv and not any(x.drift for x in ltv)
    assert [x.jaar for x in ltv if x.breuk and x.breuk_vanaf == 2024] == list(range(2025, 2034))
    assert [x.jaar for x in ltv if not x.breuk] == [2034]
    d2030 = next(x for x in ltv if x.jaar == 2030)
    # schuld 272.790 against beleidswaarde 539.630, and 10% lower (rounded per year) under bw 1.0
    assert [r.waarde for r in d2030.ramingen] == pytest.approx(
        [272_790 / round(539_630 * 0.9), 272_790 / 539_630, 272_790 / 539_630], abs=1e-5)
    assert [r.bw_versie for r in d2030.ramingen] == ["1.0", "2.0", "2.0"]


def test_efg_vraag_komt_voor_het_derde_jaar_terug(reeks: monitor.Monitor) -> None:
    t = next(x for x in reeks.terugkerend if x.sleutel == "D01|woningen_efg")
    assert t.bodjaren == (2024, 2025)
    assert t.antwoord_bodjaar == 2025 and "Oude Dorp" in t.antwoord
    assert (t.afspraak, t.afspraak_bodjaar) == ("Plan per complex voor de woningen met label E, F of G in het Oude Dorp · De Lindehof · 2025", 2024)
    # the afspraak made at the table in 2024 said "wanneer 2025"; it is 2026 and the question is back: M04
    (m04,) = [v for v in reeks.vraagpunten if v.id == "M04"]
    assert "Bij het bod van 2024" in m04.vraag and "uiterlijk 2025" in m04.vraag and "derde keer" in m04.vraag


def test_werkboek_van_een_bewaarde_beoordeling_wordt_overgeslagen(voorbeeld_map: Path) -> None:
    # bod-voorbeeld.xlsx is the workbook of lindehof-aaberg-2026.bodcheck (its sha256 is recorded there)
    m = monitor.maak([voorbeeld_map / voorbeeld.REEKS, voorbeeld_map / voorbeeld.BOD], PEILDATUM,
                     woonvisie=voorbeeld_map / voorbeeld.WOONVISIE)
    assert m.bodjaren == [2024, 2025, 2026]
    (info,) = m.meldingen
    assert info.soort == "info" and "bod-voorbeeld.xlsx" in info.tekst and "lindehof-aaberg-2026.bodcheck" in info.tekst


def test_werkboek_met_woonvisie_naast_bewaarde_beoordelingen(voorbeeld_map: Path) -> None:
    reeks = voorbeeld_map / voorbeeld.REEKS
    m = monitor.maak([reeks / "lindehof-aaberg-2024.bodcheck", reeks / "lindehof-aaberg-2025.bodcheck",
                      voorbeeld_map / voorbeeld.BOD], PEILDATUM, woonvisie=voorbeeld_map / voorbeeld.WOONVISIE)
    assert m.bodjaren == [2024, 2025, 2026] and m.jaargangen[-1].naam == voorbeeld.BOD
    assert [v.id for v in m.vraagpunten].count("M02") == 1
