"""Prognose-drift (M03) and returning questions on hand-made series (monitor.md)."""

from __future__ import annotations

import datetime as dt

import pytest

from bodcheck import monitor
from bodcheck.model import Notitie
from tests.bodcheck import maak
from tests.bodcheck.monitor.reeks import jaargang, vraagpunt

PEIL = dt.date(2026, 10, 1)


def _icr(bodjaar: int, waarde: float, **kw) -> object:
    return jaargang(bodjaar, ratios=[maak.ratio(2030, "DAEB", icr=waarde, ltv=kw.pop("ltv", 0.5))], **kw)


def test_icr_schuift_naar_de_norm_m03() -> None:
    # 2,05 → 1,95 → 1,82: each step down towards the minimum 1,40; in total 0,23 ≥ 0,05
    m = monitor.uit_jaargangen([_icr(2024, 2.05), _icr(2025, 1.95), _icr(2026, 1.82)], PEIL)
    (d,) = [x for x in m.drift if x.ratio == "icr"]
    assert d.drift and not d.breuk and (d.norm, d.richting) == (1.4, "minimaal")
    assert [(r.bodjaar, r.waarde) for r in d.ramingen] == [(2024, 2.05), (2025, 1.95), (2026, 1.82)]
    (m03,) = [v for v in m.vraagpunten if v.id == "M03"]
    assert "2,05 in het bod van 2024, 1,95 in het bod van 2025 en 1,82 in het bod van 2026" in m03.vraag
    assert "minimaal 1,40" in m03.vraag and "ICR (DAEB) voor 2030" in m03.vraag


def test_geen_drift_bij_een_stap_terug_of_te_weinig() -> None:
    # 2,05 → 1,95 → 1,99: the last step moves away from the norm
    m = monitor.uit_jaargangen([_icr(2024, 2.05), _icr(2025, 1.95), _icr(2026, 1.99)], PEIL)
    assert not any(d.drift for d in m.drift) and not any(v.id == "M03" for v in m.vraagpunten)
    # 1,85 → 1,83 → 1,81: every step down, but 0,04 in total < 0,05
    m = monitor.uit_jaargangen([_icr(2024, 1.85), _icr(2025, 1.83), _icr(2026, 1.81)], PEIL)
    assert not any(d.drift for d in m.drift if d.ratio == "icr")


def test_ltv_met_andere_beleidswaarde_is_een_breuk_geen_drift() -> None:
    # LTV 0,45 (bw 1.0, kader 2020) → 0,48 → 0,50 (bw 2.0, kader 2024): only the last step is comparable;
    # 0,02 up towards the maximum 0,70 is ≥ 1 procentpunt, so drift over that stretch, with a break before it
    jg = [_icr(2024, 2.0, ltv=0.45, kader="aw-wsw-2020", bw_versie="1.0", prognose_editie=2023),
          _icr(2025, 2.0, ltv=0.48, prognose_editie=2024), _icr(2026, 2.0, ltv=0.50, prognose_editie=2025)]
    m = monitor.uit_jaargangen(jg, PEIL)
    (ltv,) = [d for d in m.drift if d.ratio == "ltv"]
    assert ltv.breuk and ltv.breuk_vanaf == 2024 and ltv.drift
    # with only the bw 1.0 prognosis before the break there is nothing to compare: no drift
    m = monitor.uit_jaargangen(jg[:2], PEIL)
    (ltv,) = [d for d in m.drift if d.ratio == "ltv"]
    assert ltv.breuk and not ltv.drift
    (icr,) = [d for d in m.drift if d.ratio == "icr"]
    assert not icr.breuk  # the ICR is compared across definitions


def test_terugkerende_vraag_met_antwoord_van_vorig_jaar() -> None:
    efg = vraagpunt("D01", "woningen_efg", "Nog 24 woningen met label E, F of G.")
    ander = vraagpunt("P10", "nieuwbouw_sociaal")
    jg = [jaargang(2024, vraagpunten=[efg], notities={"D01|woningen_efg": Notitie(
              antwoord="Klaar in 2025.", afspraak="Alle E/F/G verbeterd · corporatie · 2025")}),
          jaargang(2025, vraagpunten=[efg, ander], notities={"D01|woningen_efg": Notitie(
              antwoord="Het Oude Dorp vraagt een vergunning.")}),
          jaargang(2026, vraagpunten=[efg, vraagpunt("B01", "nieuwbouw_sociaal")])]
    m = monitor.uit_jaargangen(jg, PEIL)
    (t,) = m.terugkerend  # B01 is new this year, P10 did not come back
    assert (t.id, t.bodjaren, t.vraag) == ("D01", (2024, 2025), "Nog 24 woningen met label E, F of G.")
    assert (t.antwoord, t.antwoord_bodjaar) == ("Het Oude Dorp vraagt een vergunning.", 2025)
    assert (t.afspraak, t.afspraak_bodjaar) == ("Alle E/F/G verbeterd · corporatie · 2025", 2024)
    assert t.vorig_bodjaar == 2025


def test_koppeling_bewaard_als_pad_en_sha256(tmp_path) -> None:
    from bodcheck import beoordeling
    from bodcheck.model import Instellingen
    from bodcheck.monitor import koppelingen

    def opslaan(naam: str, bodjaar: int):
        inv = maak.invoer(algemeen={"bodjaar": bodjaar}, bod={"nieuwbouw_sociaal": {bodjaar + 1: 10}})
        return beoordeling.opslaan(beoordeling.Beoordeling(inv, [], Instellingen()), tmp_path / naam)

    vorig, nu = opslaan("2025.bodcheck", 2025), opslaan("2026.bodcheck", 2026)
    links, fouten = koppelingen.koppel([vorig, tmp_path / "geen.xlsx"])
    assert fouten == ["geen.xlsx: geen opgeslagen beoordeling (.bodcheck)"]
    b = beoordeling.openen(nu)
    b.vorige_jaren = links
    beoordeling.opslaan(b, nu)
    terug = beoordeling.openen(nu).vorige_jaren
    assert terug == [{"pad": str(vorig.resolve()), "sha256": beoordeling._sha256(vorig)}]
    m = koppelingen.over_de_jaren("2026.bodcheck", beoordeling.openen(nu), PEIL)
    assert m.bodjaren == [2025, 2026] and m.meldingen == []
    # a changed earlier file is used, and said; a missing one is said and left out
    opslaan("2025.bodcheck", 2025).write_bytes(vorig.read_bytes() + b" ")
    m = koppelingen.over_de_jaren("2026.bodcheck", beoordeling.openen(nu), PEIL)
    assert [x.tekst for x in m.meldingen] == ["2025.bodcheck is veranderd sinds het werd gekoppeld; dit overzicht "
                                              "gebruikt de huidige inhoud"]
    vorig.unlink()
    with pytest.raises(koppelingen.MonitorFout) as e:
        koppelingen.over_de_jaren("2026.bodcheck", beoordeling.openen(nu), PEIL)
    assert "is niet gevonden" in e.value.regels[0] and "minstens twee beoordelingen" in e.value.regels[1]


@pytest.mark.parametrize(("wanneer", "vuurt"), [(2025, True), (2026, False), (dt.date(2026, 6, 30), True),
                                                (dt.date(2026, 12, 31), False)])
def test_m04_afspraak_met_verstreken_jaar(wanneer, vuurt) -> None:
    from bodcheck.afspraken.model import Afspraak

    # peildatum 1 oktober 2026: 2025 and 30 juni 2026 have passed; 2026 (the year itself) and 31 december not
    efg = vraagpunt("D01", "woningen_efg", "Nog 24 woningen met label E, F of G.")
    afspraak = Afspraak(wat="Alle E/F/G verbeterd", wie="corporatie", resultaat="alle E/F/G verbeterd",
                        wanneer=wanneer)
    jg = [jaargang(2024, vraagpunten=[efg], notities={"D01|woningen_efg": Notitie(afspraken=[afspraak])}),
          jaargang(2025, vraagpunten=[efg]),
          jaargang(2026, vraagpunten=[efg])]
    m04 = [v for v in monitor.uit_jaargangen(jg, PEIL).vraagpunten if v.id == "M04"]
    assert bool(m04) is vuurt
    if vuurt:
        assert "Bij het bod van 2024 spraken we over deze vraag af: ‘alle E/F/G verbeterd’ (corporatie)" in m04[0].vraag
        assert "voor de derde keer terug" in m04[0].vraag


def test_m04_stil_zonder_jaar_of_als_de_vraag_niet_terugkomt() -> None:
    from bodcheck.afspraken.model import Afspraak

    efg = vraagpunt("D01", "woningen_efg")
    zonder_jaar = Notitie(afspraken=[Afspraak(wat="Inzet op verbetering")])
    jg = [jaargang(2025, vraagpunten=[efg], notities={"D01|woningen_efg": zonder_jaar}), jaargang(2026, vraagpunten=[efg])]
    assert not [v for v in monitor.uit_jaargangen(jg, PEIL).vraagpunten if v.id == "M04"]
    met_jaar = Notitie(afspraken=[Afspraak(wat="Klaar", resultaat="klaar", wanneer=2025)])
    jg = [jaargang(2025, vraagpunten=[efg], notities={"D01|woningen_efg": met_jaar}), jaargang(2026)]
    assert not [v for v in monitor.uit_jaargangen(jg, PEIL).vraagpunten if v.id == "M04"]


def test_drempel_van_de_drift_staat_in_het_parameterbestand(tmp_path) -> None:
    """The minimum lives in bodcheck/data/parameters/monitor.toml: a changed copy of that file changes the result."""
    from importlib import resources

    from bodcheck import parameters
    from bodcheck.monitor import drift

    jg = [_icr(2024, 2.05), _icr(2025, 1.95), _icr(2026, 1.82)]  # 0,23 towards the norm in total
    geleverd = parameters.laad("monitor")
    assert geleverd["drift_minimum_icr"].waarde == 0.05 and geleverd["drift_minimum_icr"].status == "aanname"
    assert geleverd["drift_minimum_procentpunt"].waarde == 0.01 and geleverd["drift_minimum_procentpunt"].bron
    assert [d.drift for d in drift.drift(jg) if d.ratio == "icr"] == [True]
    tekst = resources.files("bodcheck.data.parameters").joinpath("monitor.toml").read_text("utf-8")
    assert "waarde = 0.05" in tekst
    kopie = tmp_path / "monitor.toml"
    kopie.write_text(tekst.replace("waarde = 0.05", "waarde = 0.25"), "utf-8")  # 0,23 < 0,25: no longer drift
    assert [d.drift for d in drift.drift(jg, parameters.uit_bestand(kopie)) if d.ratio == "icr"] == [False]
    kopie.write_text(tekst.replace("waarde = 0.05", "waarde = 0.23"), "utf-8")  # exactly 0,23: drift again
    assert [d.drift for d in drift.drift(jg, parameters.uit_bestand(kopie)) if d.ratio == "icr"] == [True]
    # the thresholds of the monitor are not among the parameters of the report of one bod
    assert not {"drift_minimum_icr", "drift_minimum_procentpunt"} & {p.naam for p in parameters.alle()}
