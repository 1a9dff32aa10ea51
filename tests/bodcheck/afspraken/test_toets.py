"""The check per afspraak: S, M, T, R and Tijd (afspraken.md § The check), with hand-made afspraken."""

from __future__ import annotations

import datetime as dt

from bodcheck.afspraken import toets
from bodcheck.afspraken.model import Afspraak
from bodcheck.model import Bron, JaarBlad, Regel, Waarde


def _letters(a: Afspraak, ctx: toets.Context | None = None) -> str:
    t = toets.toets(a, ctx)
    return "".join(toets.SYMBOOL[getattr(t, k)] for k in toets.LETTERS)


def test_volledige_indicatorafspraak_is_overal_in_orde() -> None:
    a = Afspraak(wat="30 per jaar", wie="corporatie", indicator="nieuwbouw_sociaal", waarde=30, van_jaar=2027,
                 tot_jaar=2031)
    assert _letters(a) == "✓✓✓–✓"
    assert toets.toets(a).uitleg == ()


def test_procesafspraak_is_nooit_onmeetbaar_zonder_getal() -> None:
    a = Afspraak(wat="Woonzorgvisie", wie="gemeente", resultaat="vastgesteld door de raad", wanneer=dt.date(2027, 6, 30))
    assert _letters(a) == "✓✓✓–✓"


def test_alleen_inzet_op_is_niet_specifiek_niet_meetbaar_en_niet_tijdgebonden() -> None:
    t = toets.toets(Afspraak(wat="De corporatie zet in op uitstroom", wie="corporatie"))
    assert (t.s, t.m, t.t, t.r, t.tijd) == ("nee", "nee", "ja", "nvt", "nee")
    assert t.uitleg[0].startswith("Specifiek: ‘zet in op’ is een inspanning")
    assert [u.split(":")[0] for u in t.uitleg] == ["Specifiek", "Meetbaar", "Tijdgebonden"]


def test_tekst_zonder_inspanningswoord_is_op_s_niet_van_toepassing() -> None:
    """A migrated versie 1 text: S –, and the check says what to complete."""
    t = toets.toets(Afspraak(wat="Molenweg: corporatie en gemeente overleggen elk kwartaal"))
    assert (t.s, t.m, t.t, t.tijd) == ("nvt", "nee", "nee", "nee")


def test_samen_zonder_kartrekker_is_niet_toegewezen() -> None:
    a = Afspraak(wie="samen", indicator="ouderen_geclusterd", waarde=20, van_jaar=2027, tot_jaar=2029)
    t = toets.toets(a)
    assert t.t == "nee" and "kartrekker" in t.uitleg[0]
    a.kartrekker = "gemeente"
    assert toets.toets(a).t == "ja"


def test_zonder_jaar_is_tijd_kruisje_met_de_oplossing() -> None:
    t = toets.toets(Afspraak(wie="corporatie", indicator="verduurzaming", waarde=60))
    assert t.tijd == "nee" and t.uitleg == ("Tijdgebonden: vul het jaar in, of de jaren van en tot.",)


def _blad(naam: str, code: str, waarden: dict[int, float]) -> JaarBlad:
    r = Regel(code, code, "aantal", "beschikbaarheid",
              {j: Waarde(x, Bron(naam, f"C{i}")) for i, (j, x) in enumerate(waarden.items())})
    return JaarBlad(naam, sorted(waarden), {code: r})


def test_r_vraagt_onderbouwing_boven_anderhalf_keer_de_hoogste_realisatie() -> None:
    """Realised 2021–2025 at most 20 (2024); 1,5 × 20 = 30 < 40 agreed per year → onderbouwing gevraagd."""
    ctx = toets.Context(bodjaar=2026, realisatie=_blad("Realisatie", "nieuwbouw_midden",
                                                       {2021: 10, 2022: 12, 2023: 8, 2024: 20, 2025: 15}))
    a = Afspraak(wie="corporatie", indicator="nieuwbouw_midden", waarde=40, van_jaar=2027, tot_jaar=2028)
    t = toets.toets(a, ctx)
    assert t.r == "nvt"  # never ✗
    assert t.uitleg == ("Realistisch: onderbouwing gevraagd; 40 per jaar is meer dan 1,5 × de hoogste realisatie "
                        "van de afgelopen 5 jaar (20 in 2024). Welke projecten zijn al zeker?",)
    a.waarde = 30  # exactly 1,5 × 20: not above
    assert toets.toets(a, ctx).uitleg == ()


def test_r_vraagt_onderbouwing_als_nieuwbouw_boven_bod_meer_kost_dan_de_ruimte() -> None:
    """Bod 18 and 24; agreed 40 per year → Σ(afspraak − bod) = 22 + 16 = 38 woningen × € 250.000 = € 9,5 mln
    > € 5 mln share of the investeringsruimte."""
    ctx = toets.Context(bodjaar=2026, bod=_blad("Bod", "nieuwbouw_midden", {2027: 18, 2028: 24}),
                        ruimte_gemeente=5_000_000.0, stichtingskosten=250_000.0, prognose_bevat_bod=True)
    a = Afspraak(wie="corporatie", indicator="nieuwbouw_midden", waarde=40, van_jaar=2027, tot_jaar=2028)
    (u,) = toets.toets(a, ctx).uitleg
    assert "38 woningen meer dan het bod, ongeveer € 9,5 mln bij € 250.000 per woning" in u
    assert "ongeveer € 5,0 mln" in u
    assert toets.toets(a, toets.Context(bodjaar=2026, bod=ctx.bod, ruimte_gemeente=5_000_000.0,
                                        stichtingskosten=250_000.0, prognose_bevat_bod=False)).uitleg == ()


def test_a01_een_per_afspraak_met_een_kruisje_eigen_nummering() -> None:
    goed = Afspraak(wie="corporatie", indicator="sloop", waarde=5, van_jaar=2027, tot_jaar=2027)
    vaag = Afspraak(wat="Wij streven naar minder overlast", wie="samen")
    zonder_jaar = Afspraak(wie="gemeente", resultaat="Urgentieregeling herzien")
    lijst = [(nr, a, toets.toets(a)) for nr, a in enumerate((goed, vaag, zonder_jaar), start=1)]
    b = toets.bevindingen(lijst)
    assert [(x.id, x.nummer, x.afspraak) for x in b] == [("A01", 1, 2), ("A01", 2, 3)]
    assert b[0].tekst == ("Afspraak 2 (‘Wij streven naar minder overlast’) is nog niet concreet genoeg om te volgen: "
                          "nog niet specifiek, meetbaar, toegewezen en tijdgebonden.")
