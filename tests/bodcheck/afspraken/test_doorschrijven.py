"""Taking over rows, one afspraak per indicator and year, and carrying afspraken forward."""

from __future__ import annotations

import dataclasses

from bodcheck.afspraken import overnemen
from bodcheck.afspraken.doorschrijven import doorschrijven
from bodcheck.afspraken.model import Afspraak
from bodcheck.model import Bron, JaarBlad, Regel, Tegenprestatie, Vergelijking, Waarde


def _vergelijking(jaar, van, tot, bod, code="nieuwbouw_sociaal") -> Vergelijking:
    return Vergelijking(code, "beschikbaarheid", "minimaal", jaar, van, tot, 35, bod, bod - 35, 1.0, None, None,
                        "voldoet_niet", False, ("Bod!D3",))


def test_vergelijkingsrij_per_jaar_wordt_afspraak_met_de_waarde_van_het_bod() -> None:
    a = overnemen.uit_vergelijking(_vergelijking(2028, 2028, 2028, 24))
    assert (a.indicator, a.waarde, a.per, a.van_jaar, a.tot_jaar, a.wie) == ("nieuwbouw_sociaal", 24, "jaar", 2028,
                                                                             2028, "corporatie")


def test_periode_of_totaalrij_wordt_een_periode_afspraak_met_de_som() -> None:
    """A row without a year: the bod's sum over 2027–2031 (18 + 24 + 30 + 48 + 40 = 160)."""
    a = overnemen.uit_vergelijking(_vergelijking(None, 2027, 2031, 160))
    assert (a.per, a.waarde, a.van_jaar, a.tot_jaar) == ("periode", 160, 2027, 2031)


def test_totaalrij_van_een_aandeel_geldt_elk_jaar() -> None:
    """Passend toewijzen 2027–2031: the totaal row holds the worst year (0,93); a share does not add up."""
    v = dataclasses.replace(_vergelijking(None, 2027, 2031, 0.93, code="passend_toewijzen"), totaal=True,
                            eenheid="%")
    a = overnemen.uit_vergelijking(v)
    assert (a.per, a.waarde, a.van_jaar, a.tot_jaar) == ("jaar", 0.93, 2027, 2031)
    som = dataclasses.replace(_vergelijking(None, 2027, 2031, 160), totaal=True, eenheid="aantal")
    assert overnemen.uit_vergelijking(som).per == "periode"


def test_taakstelling_wordt_afspraak_over_statushouders() -> None:
    a = overnemen.uit_vergelijking(_vergelijking(2027, 2027, 2027, 40, code="taakstelling_personen"))
    assert a.indicator == "statushouders"


def test_gemeenterij_wordt_procesafspraak_van_de_gemeente() -> None:
    t = Tegenprestatie("beschikbaarheid", "Grond Kerkstraat", 2027, bron=Bron("Gemeente", "B3"))
    a = overnemen.uit_gemeente(t)
    assert (a.wie, a.resultaat, a.wanneer, a.bron) == ("gemeente", "Grond Kerkstraat", 2027, "gemeente:Gemeente!B3")


def test_twee_afspraken_voor_een_indicator_en_jaar_botsen_en_worden_samengevoegd() -> None:
    lijst = [Afspraak(wat="a", indicator="sloop", waarde=5, van_jaar=2027, tot_jaar=2028),
             Afspraak(wat="proces", resultaat="x", wanneer=2027),
             Afspraak(wat="b", wie="corporatie", indicator="sloop", van_jaar=2028, tot_jaar=2030)]
    (c,) = overnemen.conflicten(lijst)
    assert (c.i, c.j, c.jaren) == (0, 2, (2028,))
    assert c.tekst() == ("Afspraak 1 en afspraak 3 gaan allebei over woningen gesloopt in 2028; per indicator en jaar "
                         "kan er één afspraak zijn. Voeg ze samen.")
    samen = overnemen.samenvoegen(lijst, c.i, c.j)
    assert len(samen) == 2 and not overnemen.conflicten(samen)
    m = samen[0]
    assert (m.wat, m.waarde, m.wie, m.van_jaar, m.tot_jaar) == ("a; b", 5, "corporatie", 2027, 2030)


def _lopend() -> JaarBlad:
    """This year's Afspraken (bodjaar 2026): 2025 30, 2026 32, 2027 30."""
    r = Regel("nieuwbouw_sociaal", "", "aantal", "beschikbaarheid",
              {j: Waarde(x, Bron("Afspraken", f"{k}2")) for j, x, k in ((2025, 30, "C"), (2026, 32, "D"), (2027, 30, "E"))})
    return JaarBlad("Afspraken", [2025, 2026, 2027], {"nieuwbouw_sociaal": r})


def test_doorschrijven_houdt_lopende_jaarschijven_en_de_nieuwe_afspraak_wint() -> None:
    nieuw = Afspraak(wie="corporatie", indicator="nieuwbouw_sociaal", waarde=35, van_jaar=2027, tot_jaar=2031)
    gemeente = Afspraak(wat="Woonzorgvisie", wie="gemeente", resultaat="Woonzorgvisie vastgesteld", wanneer=2027,
                        thema="wonen_zorg")
    d = doorschrijven(_lopend(), [nieuw, gemeente], 2026)
    # 2025 lies before the bodjaar: not carried; 2026 stays 32; 2027 becomes 35 (was 30); 2028–2031 new
    assert d.regels == {"nieuwbouw_sociaal": {2026: 32, 2027: 35, 2028: 35, 2029: 35, 2030: 35, 2031: 35}}
    (m,) = d.meldingen
    assert m.tekst == ("Sociale huurwoningen opgeleverd in 2027: de afspraak uit de beoordeling (35) geldt, niet 30 "
                       "uit het blad Afspraken.")
    assert str(m.bron) == "Afspraken!E2"
    (g,) = d.gemeente
    assert (g.thema, g.tegenprestatie, g.jaar, g.status) == ("wonen_zorg", "Woonzorgvisie vastgesteld", 2027,
                                                             "toegezegd")


def test_onvolledige_en_periode_afspraken_komen_niet_als_jaarwaarde_in_het_sjabloon() -> None:
    zonder_jaar = Afspraak(wie="corporatie", indicator="verduurzaming", waarde=60)
    periode = Afspraak(wie="corporatie", indicator="ouderen_geclusterd", waarde=45, per="periode", van_jaar=2027,
                       tot_jaar=2029)
    d = doorschrijven(None, [zonder_jaar, periode], 2026)
    assert d.regels == {"ouderen_geclusterd": {}}
    assert d.toelichting == {"ouderen_geclusterd": "Afgesproken voor 2027–2029 samen: 45."}
    assert [m.soort for m in d.meldingen] == ["info", "info"]
    assert "heeft nog geen jaar" in d.meldingen[0].tekst


def test_sjabloon_in_de_eenheid_van_het_werkboek_en_tekst_nooit_een_formule(tmp_path) -> None:
    """€ 2.500.000 in x € 1.000 is 2.500; 95% stays the fraction 0,95 in a percent cell; a note that looks like
    a formula stays text."""
    import openpyxl

    from bodcheck import sjabloon
    from bodcheck.afspraken.uitvoer import sjabloon_vooraf, woonvisie_gegevens
    from bodcheck.model import Invoer, Veld

    invoer = Invoer(algemeen={"corporatie": Veld("De Lindehof", Bron()), "gemeente": Veld("Aaberg", Bron()),
                              "bodjaar": Veld(2026, Bron())}, eenheid_bedragen="x € 1.000", woonvisie=[],
                    gemeente_levert=[])
    afspraken = [Afspraak(wie="corporatie", indicator="investering_gemeente", waarde=2_500_000.0, van_jaar=2027,
                          tot_jaar=2027),
                 Afspraak(wie="corporatie", indicator="passend_toewijzen", waarde=0.95, van_jaar=2027, tot_jaar=2028),
                 Afspraak(wat="=HYPERLINK(\"http://x\")", wie="gemeente", resultaat="=1+1", wanneer=2027,
                          thema="wonen_zorg")]
    d = doorschrijven(None, afspraken, 2026)
    pad = tmp_path / "s.xlsx"
    pad.write_bytes(sjabloon.als_bytes(soort="bod", bodjaar=2027, vooraf=sjabloon_vooraf(invoer, d)))
    ws = openpyxl.load_workbook(pad)["Afspraken"]
    kop = [c.value for c in ws[1]]
    rijen = {r[0].value: r for r in ws.iter_rows(min_row=2)}
    assert kop[2:4] == [2027, 2028]
    assert rijen["investering_gemeente"][2].value == 2500
    assert rijen["passend_toewijzen"][2].value == 0.95 and rijen["passend_toewijzen"][3].number_format == "0.0%"
    wv = tmp_path / "w.xlsx"
    wv.write_bytes(sjabloon.als_bytes(woonvisie_gegevens(invoer, d), soort="woonvisie"))
    cel = openpyxl.load_workbook(wv)["Gemeente"]["B2"]
    assert cel.data_type == "s" and cel.value == "=1+1" and cel.quotePrefix
