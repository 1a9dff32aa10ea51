"""The template: a corporatie can fill it in without a manual, and a filled template reads back cleanly."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import load_workbook

from bodcheck import codes, inlezen, sjabloon
from tests.werkboeken import algemeen


def _waarde(code: codes.Code, i: int) -> float:
    return 0.05 + 0.01 * i if code.eenheid == "%" else 10.0 + i


def test_ingevuld_sjabloon_leest_terug_zonder_waarschuwingen(tmp_path: Path) -> None:
    jaren = [2027, 2028, 2029]
    prognose = {"jaren": jaren, "regels": {c.code: [_waarde(c, i) for i in range(3)] for c in codes.PROGNOSE_CODES}}
    bod = {"jaren": jaren, "regels": {c.code: [_waarde(c, i) for i in range(3)] for c in codes.INDICATOR_CODES}}
    woonvisie = [{"code": "nieuwbouw_sociaal", "soort": "minimaal", "waarde": 40, "eenheid": "aantal", "van_jaar": 2027,
                  "tot_jaar": 2031, "per": "jaar", "aandeel_corporatie": 0.8, "prioriteit": "hoog", "bron": "§3"},
                 {"code": "passend_toewijzen", "soort": "minimaal", "waarde": 0.95, "eenheid": "%", "van_jaar": 2027,
                  "tot_jaar": 2031, "per": "jaar"}]
    gegevens = {
        "Algemeen": algemeen(datum_bod=dt.date(2026, 6, 28), ho_betrokken="ja", bw_versie="2.0", vhe_totaal=5000,
                             vhe_gemeente=1500),
        "Prognose": prognose, "Prognose DAEB": prognose, "Bod": bod, "Afspraken": bod, "Realisatie": bod,
        "Woonvisie": woonvisie,
        "Toezeggingen": [{"thema": "woonlasten", "tekst": "Geen huurverhoging na verduurzaming", "jaar": 2027,
                          "kwantitatief": "nee", "indicator": "klachten", "peildatum": dt.date(2027, 12, 31),
                          "eigenaar": "corporatie"}],
        "Gemeente": [{"thema": "beschikbaarheid", "tegenprestatie": "Grond Molenweg", "jaar": 2027, "kwantitatief": 60,
                      "eenheid": "aantal", "status": "toegezegd"}],
        "Wijken": {"jaren": [2024, 2025], "regels": [{"wijk": "Centrum", "code": "waardering_bewoners",
                                                     "waarden": [7.1, 7.0]}]},
    }
    pad = sjabloon.schrijf(tmp_path / "vol.xlsx", gegevens, soort="volledig")
    invoer, meldingen = inlezen.lees(pad)
    assert [m for m in meldingen if m.soort in ("fout", "waarschuwing")] == []
    # Every code came back with its values in model units: % as fraction, bedrag × 1.000, € unscaled.
    assert invoer.bod.getal("passend_toewijzen", 2028) == 0.06
    assert invoer.bod.getal("investering_gemeente", 2027) == 10_000.0
    assert invoer.bod.getal("onderhoud_per_vhe", 2029) == 12.0
    assert invoer.prognoses["DAEB"].getal("schuld_nominaal", 2027) == 10_000.0
    assert set(invoer.bod.regels) == {c.code for c in codes.INDICATOR_CODES}
    assert invoer.woonvisie[0].aandeel_corporatie == 0.8 and invoer.woonvisie[1].waarde == 0.95
    assert invoer.veld("datum_bod") == dt.date(2026, 6, 28)
    assert invoer.toezeggingen[0].kwantitatief is False
    assert invoer.gemeente_levert[0].kwantitatief == 60
    assert invoer.wijken[0].getal(2025) == 7.0
    assert str(invoer.bod.regels["nieuwbouw_sociaal"].waarden[2027].bron) == "Bod!C2"


def test_leeg_sjabloon_heeft_uitleg_validatie_en_formaten(tmp_path: Path) -> None:
    pad = sjabloon.schrijf(tmp_path / "leeg.xlsx", bodjaar=2026)
    wb = load_workbook(pad)
    assert wb.sheetnames == list(sjabloon.BOD_BLADEN)
    uitleg = [c.value for c in wb["Uitleg"]["A"] if c.value]
    assert "Een lege cel betekent 'onbekend', niet 0" in " ".join(uitleg)
    assert {"nieuwbouw_sociaal", "kasstroom_operationeel", "leefbaarometer"} <= set(uitleg)
    bod = wb["Bod"]
    rij = {bod.cell(r, 1).value: r for r in range(2, bod.max_row + 1)}
    assert bod.cell(rij["passend_toewijzen"], 3).number_format == "0.0%"
    assert bod.cell(rij["nieuwbouw_sociaal"], 3).number_format == "#,##0"
    wv = load_workbook(sjabloon.schrijf(tmp_path / "wv.xlsx", soort="woonvisie"))
    assert wv.sheetnames == list(sjabloon.WOONVISIE_BLADEN)
