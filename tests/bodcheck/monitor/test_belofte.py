"""Belofte en realisatie, verschuivingen and M01/M02 on hand-computed series (monitor.md)."""

from __future__ import annotations

import datetime as dt

from bodcheck import monitor
from bodcheck.monitor import belofte, tabel
from tests.bodcheck.monitor.reeks import jaargang

PEIL = dt.date(2026, 10, 1)


def _reeks():
    # nieuwbouw_sociaal for 2027: 40 (bod 2024) → 32 (bod 2025) → 18 (bod 2026): two worse steps of 8 and 14,
    # both ≥ the noise floor of 5. For 2028: 40 → 38 → 24: the first step (2) is noise, only one counts.
    # Afspraak 30 each year; realisatie 2024: 20 (10 short), 2025: 18 (12 short), 2023: 27 (3 short: noise).
    return [
        jaargang(2024, bod={"nieuwbouw_sociaal": {2025: 30, 2026: 30, 2027: 40, 2028: 40}},
                 afspraken={"nieuwbouw_sociaal": {2023: 30, 2024: 30}}, realisatie={"nieuwbouw_sociaal": {2023: 27}}),
        jaargang(2025, bod={"nieuwbouw_sociaal": {2026: 28, 2027: 32, 2028: 38}},
                 afspraken={"nieuwbouw_sociaal": {2024: 30, 2025: 30}},
                 realisatie={"nieuwbouw_sociaal": {2023: 27, 2024: 20}}),
        jaargang(2026, bod={"nieuwbouw_sociaal": {2027: 18, 2028: 24}},
                 afspraken={"nieuwbouw_sociaal": {2025: 30, 2026: 32}},
                 realisatie={"nieuwbouw_sociaal": {2024: 20, 2025: 18}}),
    ]


def test_lange_tabel_heeft_een_rij_per_waarde() -> None:
    df = tabel.lange_tabel(_reeks())
    # bod: 4 + 3 + 2 values; afspraak: 2 + 2 + 2; realisatie: 1 + 2 + 2
    assert len(df[df["bron"] == "bod"]) == 9
    assert len(df[df["bron"] == "afspraak"]) == 6
    assert len(df[df["bron"] == "realisatie"]) == 5
    rij = df[(df["bron"] == "bod") & (df["bodjaar"] == 2025) & (df["jaar"] == 2027)].iloc[0]
    assert (rij["waarde"], rij["cel"]) == (32.0, "Bod!D2")  # 2026 is column C, 2027 column D


def test_status_per_jaar() -> None:
    m = monitor.uit_jaargangen(_reeks(), PEIL)
    status = {b.jaar: b.status for b in m.belofte}
    # 2023: 27 against 30, 3 short (< 5): gehaald; 2024: 20 vs 30 and 2025: 18 vs 30: achter;
    # 2026: afspraak 32 after the last realisation year 2025: nog niet; 2027/2028: bod only: geen afspraak
    assert status == {2023: "gerealiseerd", 2024: "achter", 2025: "achter", 2026: "nog_niet",
                      2027: "geen_afspraak", 2028: "geen_afspraak"}
    b2027 = next(b for b in m.belofte if b.jaar == 2027)
    assert [(a.bodjaar, a.waarde) for a in b2027.beloftes] == [(2024, 40), (2025, 32), (2026, 18)]
    b2025 = next(b for b in m.belofte if b.jaar == 2025)
    assert (b2025.afspraak, b2025.realisatie) == (30, 18)
    assert b2025.afspraak_cel == "bod 2026: Afspraken!C2" and b2025.realisatie_cel == "bod 2026: Realisatie!D2"


def test_niet_gerapporteerd_en_lager_is_beter() -> None:
    # woningen_efg: lower is better. 2024: 300 afgesproken, 310 gerealiseerd (10 more: achter);
    # 2025: 200 afgesproken, 180 gerealiseerd (better: gehaald). sloop 2024 without realisatie while 2025 is
    # reported: geen realisatie bekend.
    jg = [jaargang(2025, afspraken={"woningen_efg": {2024: 300}, "sloop": {2024: 10}}),
          jaargang(2026, afspraken={"woningen_efg": {2025: 200}},
                   realisatie={"woningen_efg": {2024: 310, 2025: 180}})]
    status = {(b.code, b.jaar): b.status for b in monitor.uit_jaargangen(jg, PEIL).belofte}
    assert status[("woningen_efg", 2024)] == "achter"
    assert status[("woningen_efg", 2025)] == "gerealiseerd"
    assert status[("sloop", 2024)] == "niet_gerapporteerd"
    assert belofte.status("woningen_efg", 2024, "aantal", 300, 304, 2025) == "gerealiseerd"  # 4 more: noise


def test_verschuiving_richting_en_rij() -> None:
    m = monitor.uit_jaargangen(_reeks(), PEIL)
    v = {x.jaar: x for x in m.verschuivingen}
    assert (v[2027].richting, v[2027].slechter_op_rij) == ("schuift_op", 2)
    assert (v[2028].richting, v[2028].slechter_op_rij) == ("schuift_op", 1)  # 40 → 38 is noise
    assert 2026 not in v  # 30 → 28: noise only


def test_verschuiving_lager_is_beter_omhoog_schuift_op() -> None:
    jg = [jaargang(2025, bod={"woningen_efg": {2028: 20}}), jaargang(2026, bod={"woningen_efg": {2028: 38}})]
    (v,) = monitor.uit_jaargangen(jg, PEIL).verschuivingen
    assert v.richting == "schuift_op"  # more E/F/G than promised: the wrong way
    jg = [jaargang(2025, bod={"nieuwbouw_sociaal": {2028: 20}}), jaargang(2026, bod={"nieuwbouw_sociaal": {2028: 38}})]
    (v,) = monitor.uit_jaargangen(jg, PEIL).verschuivingen
    assert v.richting == "verbetert"


def test_m02_met_drie_waarden_en_cellen() -> None:
    m = monitor.uit_jaargangen(_reeks(), PEIL)
    (m02,) = [v for v in m.vraagpunten if v.id == "M02"]
    assert "40 in het bod van 2024, 32 in het bod van 2025 en 18 in het bod van 2026" in m02.vraag
    assert "voor 2027" in m02.vraag and "2028" not in m02.vraag  # 2028 slid once only
    # bod 2024 years 2025-2028: 2027 is column E; bod 2025 2026-2028: D; bod 2026 2027-2028: C
    assert m02.bronnen == ("bod 2024: Bod!E2", "bod 2025: Bod!D2", "bod 2026: Bod!C2")


def test_m02_stil_bij_een_stap() -> None:
    jg = _reeks()[1:]  # bods 2025 and 2026 only: 32 → 18 is one step
    assert not [v for v in monitor.uit_jaargangen(jg, PEIL).vraagpunten if v.id == "M02"]


def test_m01_twee_jaar_achter() -> None:
    m = monitor.uit_jaargangen(_reeks(), PEIL)
    (m01,) = [v for v in m.vraagpunten if v.id == "M01"]
    assert "30 voor 2024 en 30 voor 2025" in m01.vraag and "20 in 2024 en 18 in 2025" in m01.vraag
    assert "twee jaar op rij" in m01.vraag
    # 2024: afspraak of bod 2025 (2024 is its first column, C), realisatie of bod 2026 (C);
    # 2025: afspraak of bod 2026 (C), realisatie of bod 2026 (D)
    assert m01.bronnen == ("bod 2025: Afspraken!C2", "bod 2026: Realisatie!C2", "bod 2026: Afspraken!C2",
                           "bod 2026: Realisatie!D2")


def test_m01_stil_bij_een_jaar_achter() -> None:
    jg = _reeks()
    jg[2] = jaargang(2026, afspraken={"nieuwbouw_sociaal": {2025: 30}},
                     realisatie={"nieuwbouw_sociaal": {2024: 20, 2025: 29}})  # 2025: 1 short, noise
    assert not [v for v in monitor.uit_jaargangen(jg, PEIL).vraagpunten if v.id == "M01"]
