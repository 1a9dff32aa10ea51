"""Chapter 6, Toets aan normen: wettelijk (with the level where it applies), landelijke afspraak (NPA, with who
signed) and lokaal (the woonvisie); each with its source, date and whether the parameter was verified.

The values come from `bodcheck/data/parameters/landelijk.toml` and the chosen normenkader; the bod's figures
from the Invoer. Nothing here judges: a row says what the norm is and what the bod shows next to it.
"""

from __future__ import annotations

import datetime as dt

from bodcheck import afgeleid, bronnen, codes, opmaak, parameters, vergelijking
from bodcheck.model import Doel, Resultaat
from bodcheck.parameters import Parameter
from bodcheck.rapport import cellen, metadata, verwijzingen
from bodcheck.rapport.model import Alinea, Blok, Cel, Kolom, Tabel

# Who signed the NPA 2022 is not (yet) a parameter; stated as the agreement itself lists its parties.
NPA_2022_PARTIJEN = "Rijk, Aedes, VNG en Woonbond"

KOLOMMEN = (Kolom("Norm", "tekst", 2.6), Kolom("Niveau", "tekst", 1.0), Kolom("In dit bod", "tekst", 2.2),
            Kolom("Bron en datum", "tekst", 2.8), Kolom("Bron geverifieerd", "tekst", 1.35))
# "Bron geverifieerd": whether the norm's value was checked against its primary source — not a verdict on the
# bod (a bod received after 1 July is "✗ (na 1 juli)" in the column "In dit bod"; finding 18).


def _param(naam: str) -> Parameter | None:
    return parameters.laad("landelijk").get(naam)


def _status(p: Parameter | None) -> Cel:
    if p is None:
        return Cel("")
    return Cel("✓ geverifieerd", "geverifieerd", "status") if p.geverifieerd else \
        Cel("! niet geverifieerd", "niet geverifieerd", "status")


def _bron(p: Parameter | None, extra: str = "") -> Cel:
    if p is None:
        return cellen.tekst(extra)
    return cellen.tekst(bronnen.in_woorden(" ".join(x for x in (extra, f"{p.bron} ({opmaak.datum_tekst(p.datum)})") if x)))


def _rij(norm: str, niveau: str, in_bod: str, p: Parameter | None, bron_extra: str = "") -> tuple[Cel, ...]:
    return (cellen.tekst(norm), cellen.tekst(niveau), cellen.tekst(in_bod), _bron(p, bron_extra), _status(p))


def _reeks(r: Resultaat, code: str) -> str:
    bod = r.invoer.bod
    regel = bod.regel(code) if bod is not None else None
    if regel is None or not any(w.getal is not None for w in regel.waarden.values()):
        return "niet in bod"
    eenheid = vergelijking.eenheid_van(code, regel)
    return "; ".join(f"{j}: {opmaak.waarde_in_eenheid(w.getal, eenheid)}" for j, w in sorted(regel.waarden.items())
                     if w.getal is not None)


def _huur(r: Resultaat) -> str:
    bod = r.invoer.bod
    if bod is None or bod.regel("huurverhoging") is None:
        return "niet in bod"
    som, woning = _param("max_huursom"), _param("max_huurverhoging_woning")
    delen = []
    for j in sorted(bod.jaren):
        x = bod.getal("huurverhoging", j)
        if x is None:
            continue
        grens = som.per_jaar(j) if som else None
        soort = "huursom"
        if grens is None and woning is not None:
            grens, soort = woning.per_jaar(j), "per woning"
        if grens is None:
            delen.append(f"{j}: {opmaak.procent(x)} (maximum nog niet vastgesteld)")
        else:
            teken = "✓" if x <= grens + 1e-12 else "✗"
            delen.append(f"{j}: {opmaak.procent(x)} {teken} max. {opmaak.procent(grens)} {soort}")
    return "; ".join(delen) or "niet in bod"


def _ondergrens(r: Resultaat, code: str, norm: float) -> str:
    tekst = _reeks(r, code)
    bod = r.invoer.bod
    if tekst == "niet in bod" or bod is None:
        return tekst
    waarden = [x for j in bod.jaren if (x := bod.getal(code, j)) is not None]
    return tekst + (" ✓" if min(waarden) >= norm - 1e-12 else " ✗ (lager dan de norm)")


def _wettelijk(r: Resultaat) -> Tabel:
    inv = r.invoer
    rijen = []
    p = _param("bod_uiterlijk")
    d = inv.veld("datum_bod")
    in_bod = "datum niet opgegeven"
    if isinstance(d, dt.date) and inv.bodjaar:
        in_bod = f"ontvangen {opmaak.datum(d)} " + ("✓" if d <= dt.date(inv.bodjaar, 7, 1) else "✗ (na 1 juli)")
    rijen.append(_rij("Bod uiterlijk 1 juli (art. 44 Woningwet)", "corporatie", in_bod, p))
    p = _param("max_huursom")
    rijen.append(_rij("Maximale huursomstijging; maximale huurverhoging per woning", "corporatie", _huur(r), p))
    p = _param("passend_toewijzen_norm")
    if p is not None:
        rijen.append(_rij(f"Passend toewijzen ≥ {opmaak.procent(p.waarde)}", "corporatie, per jaar",
                          _ondergrens(r, "passend_toewijzen", float(p.waarde)), p))
    p = _param("daeb_toewijzing_norm")
    if p is not None:
        rijen.append(_rij(f"Toewijzen aan de DAEB-doelgroep ≥ {opmaak.procent(p.waarde)}", "corporatie, per jaar",
                          _ondergrens(r, "daeb_toewijzing", float(p.waarde)), p))
    p = _param("vrije_ruimte_standaard")
    if p is not None:
        rijen.append(_rij(f"Vrije toewijzingsruimte {opmaak.procent(p.waarde)} (tot 15% met afspraken)",
                          "corporatie", _reeks(r, "vrije_toewijzingsruimte"), p))
    kader = r.berekend.normenkader
    buiten = sorted({(opmaak.RATIO_LABEL[k], x.tak) for x in r.berekend.ratios for k, b in x.banden.items()
                     if b == "overschreden"})
    fin = ("niet berekend (geen prognose)" if not r.berekend.ratios else
           "buiten de norm: " + ", ".join(f"{n} ({t})" for n, t in buiten) if buiten else
           "alle kerncijfers binnen de norm (zie " + verwijzingen.hoofdstuk("financien") + ")")
    rijen.append((cellen.tekst(f"Financiële normen {kader.titel}"), cellen.tekst("corporatie (TI, DAEB, niet-DAEB)"),
                  cellen.tekst(fin), cellen.tekst(kader.bron), Cel("✓ normenkader", "normenkader", "status")))
    return Tabel(KOLOMMEN, tuple(rijen), titel="Wettelijk", sleutel="normen_wettelijk")


def _landelijk(r: Resultaat) -> Tabel:
    rijen = []
    p = _param("efg_doeljaar")
    efg = r.afgeleid.efg
    if efg and efg.rest_doeljaar is not None:
        rest = efg.rest_doeljaar
        # the bod's own count with the decided homes named apart, as in D01 (review finding 1)
        tekst = afgeleid.efg_doeljaar_tekst(efg) if efg.besloten_doeljaar > 0 else ""
        in_bod = (f"eind {efg.doeljaar}: {tekst} " if tekst else
                  f"eind {efg.doeljaar}: {opmaak.getal(rest)} woningen E/F/G zonder sloop- of verkoopbesluit "
                  ) + ("✓" if rest <= 0 else "✗")
    elif efg:
        in_bod = f"geen cijfer voor {efg.doeljaar}; {opmaak.getal(efg.start_aantal)} in {efg.start_jaar}"
    else:
        in_bod = "niet in bod"
    rijen.append(_rij(f"Geen woningen met label E, F of G na {p.waarde if p else 2028}", "corporatie", in_bod, p,
                      f"NPA 2022 ({NPA_2022_PARTIJEN}):"))
    p = _param("conditie56_vanaf")
    rijen.append(_rij(f"Geen woningen in conditie 5 of 6 vanaf {p.waarde if p else 2026}", "corporatie",
                      _reeks(r, "woningen_conditie_56"), p, f"NPA 2022 ({NPA_2022_PARTIJEN}):"))
    p = _param("woonzorgvisie_vanaf")
    wzv = r.invoer.veld("woonzorgvisie_datum")
    partijen = _param("npa_2024_partijen")
    rijen.append(_rij("Woonzorgvisie per gemeente", "gemeente",
                      f"vastgesteld {opmaak.datum(wzv)}" if isinstance(wzv, dt.date) else "geen datum opgegeven", p,
                      f"NPA 2024 ({partijen.waarde if partijen else ''}):"))
    p = _param("aandeel_sociale_huur_streef")
    if p is not None:
        rijen.append(_rij(f"Streven {opmaak.procent(p.waarde, 0)} sociale huur in de woningvoorraad",
                          "gemeente / regio", "zie " + verwijzingen.hoofdstuk("gemeente") + " (zelftoets)", p))
    return Tabel(KOLOMMEN, tuple(rijen), titel="Landelijke afspraak", sleutel="normen_landelijk")


def _lokaal(r: Resultaat) -> list[Blok]:
    wv = r.invoer.woonvisie
    if wv is None:
        return [Alinea("Lokaal: geen woonvisie aangeleverd.")]
    datum = metadata.woonvisie_veld(r.invoer, "datum_opgesteld")
    bron = f"Woonvisie, vastgesteld {opmaak.datum(datum)}" if isinstance(datum, dt.date) else "Woonvisie"
    rijen = []
    for d in wv:
        status = vergelijking.toonstatus(e for e in r.vergelijking if e.bronnen and e.bronnen[0] == str(d.bron))
        eenheid = d.eenheid or vergelijking.eenheid_van(d.code)
        teken = {"minimaal": "minimaal", "maximaal": "maximaal"}.get(d.soort, "streefwaarde")
        rijen.append((cellen.tekst(f"{d.omschrijving or d.code}: {teken} {opmaak.waarde_in_eenheid(d.waarde, eenheid)} "
                                   f"{doel_wanneer(d.code, eenheid, d.per, d.van_jaar, d.tot_jaar)}"),
                      cellen.tekst("regio" if d.niveau == "regio" else "gemeente"),
                      cellen.status(status) if status else cellen.tekst(_niet_vergeleken(d)),
                      cellen.tekst("; ".join(x for x in (d.bron_woonvisie, opmaak.cellen_kort([str(d.bron)])
                                                         .split(": ", 1)[-1]) if x)),
                      Cel("lokaal beleid", "lokaal beleid", "status")))
    if not rijen:
        return [Alinea("Lokaal: de woonvisie heeft geen doelen.")]
    return [Tabel(KOLOMMEN, tuple(rijen), titel=f"Lokaal ({bron[0].lower()}{bron[1:]})", sleutel="normen_lokaal")]


def _niet_vergeleken(d: Doel) -> str:
    """Why a target has no status (review finding 25): a context figure of the woonvisie (all builders
    together) is read by the questions on the share of sociale huur, with this corporatie's part when given."""
    if d.code in vergelijking.CONTEXT_DOELEN:
        deel = f"; deel corporatie {opmaak.procent(d.aandeel_corporatie, 0)}" if d.aandeel_corporatie is not None else ""
        return f"context{deel}"
    return "niet vergeleken"


def doel_wanneer(code: str, eenheid: str | None, per: str, van: int, tot: int) -> str:
    """When a target holds, by how its years add up (review finding 8): a stock is "eind 2031" (or "eind van
    elk jaar (2028–2031)"), a rate "elk jaar (…)", a flow "per jaar (…)" or "in de periode (…)"."""
    periode = f"{van}–{tot}" if van != tot else str(van)
    if per != "jaar":
        return f"in de periode ({periode})"
    soort = codes.aggregatie(code, eenheid)
    if soort == "ultimo":
        return f"eind {van}" if van == tot else f"eind van elk jaar ({periode})"
    if soort in ("gemiddelde", "laatste"):
        return f"in {van}" if van == tot else f"elk jaar ({periode})"
    return f"in {van}" if van == tot else f"per jaar ({periode})"


def hoofdstuk(r: Resultaat) -> list[Blok]:
    b: list[Blok] = [Alinea(
        "Drie soorten normen, elk met bron en datum: wat de wet vraagt (en op welk niveau: corporatie of "
        "gemeente), wat landelijk is afgesproken in de Nationale prestatieafspraken, en wat de gemeente zelf in "
        "de woonvisie vraagt. Een landelijke afspraak of een lokale wens is geen wettelijke plicht. "
        "'Niet geverifieerd' betekent dat bodcheck de waarde niet aan een primaire bron heeft kunnen toetsen.")]
    b.append(_wettelijk(r))
    b.append(_landelijk(r))
    b.extend(_lokaal(r))
    return b
