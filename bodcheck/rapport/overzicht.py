"""The app's Overzicht: the report's Kern page as one screen of cards (issue 16). Everything here is read from
the report model (`opbouw`), so the app shows the same figures, words and question numbers as the printed
Kern page; the ui only lays them out.

    maak(rapport, resultaat) -> Overzicht
    opstellen(resultaat, notities) -> Overzicht          the same, from the report model with the user's notes
    standaard_notities(resultaat) -> {sleutel: Notitie}   only the top questions taken to the overleg
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from bodcheck import afgeleid, codes, opmaak, vergelijking
from bodcheck.codes import NORM_NAMEN
from bodcheck.model import Notitie, Resultaat
from bodcheck.rapport import cellen, financien, overleg
from bodcheck.rapport.model import Alinea, Grafiek, Rapport, Tabel, VraagpuntBlok, Vraagpunten
from bodcheck.rapport.opbouw import opbouw, top_vragen


@dataclass(frozen=True)
class Themakaart:
    thema: str  # code (for navigation only, never shown)
    label: str
    status: str  # the summary status of the thema (vergelijking.status_per_thema)
    status_tekst: str  # symbol and word, e.g. "✗ wijkt af"


@dataclass(frozen=True)
class Overzicht:
    kopregel: str  # corporatie · gemeente · bod 2027, as the report's header line
    oordeel: str  # one sentence for the whole bod
    themas: tuple[Themakaart, ...]
    grafieken: tuple[Grafiek, ...]  # one per ratio, a line per tak, with the norm
    financieel: str  # the first line of the Kern's "Financieel beeld"
    ruimte: str  # investeringsruimte for nieuwbouw, e.g. "€ 46,9 mln", or "" when not computed
    ruimte_toelichting: str  # binding norm and the gemeente's share, in words
    realisatie: str  # last year's realisation in one line
    top: tuple[VraagpuntBlok, ...]  # the Kern's most important questions, same numbers
    # where the realisation card leads in Invoer: the Realisatie cell of the first afspraak behind, or the sheet
    realisatie_doel: str = "Realisatie"


def _hoofdstuk(rapport: Rapport, sleutel: str):
    return next(h for h in rapport.hoofdstukken if h.sleutel == sleutel)


def _tabel(blokken, sleutel: str) -> Tabel | None:
    return next((b for b in blokken if isinstance(b, Tabel) and b.sleutel == sleutel), None)


def _oordeel(kern: list, resultaat: Resultaat) -> str:
    """The Kern page's own verdict sentence (one story: the app says what the report says)."""
    zin = next((b.tekst for b in kern if isinstance(b, Alinea) and b.soort == "status"), None)
    if zin is not None:
        return zin
    if resultaat.invoer.woonvisie is None:
        return "Zonder woonvisie is het bod niet naast doelen van de gemeente gelegd."
    return "De woonvisie heeft geen doelen die met het bod te vergelijken zijn."


def _themas(resultaat: Resultaat) -> tuple[Themakaart, ...]:
    return tuple(Themakaart(thema, codes.THEMA_LABEL.get(thema, thema), status, cellen.status_tekst(status))
                 for thema, status in vergelijking.status_per_thema(resultaat.vergelijking).items())


def _ruimte(resultaat: Resultaat) -> tuple[str, str]:
    s = financien.scenario(resultaat.berekend.investeringsruimte, "nieuwbouw", "eenmalig")
    if s is None or s.x_max is None:
        return "", "Niet berekend: er is geen volledige financiële prognose."
    # first what it is (leencapaciteit, the amount's scope, the gemeente's share), then why this norm binds
    ir = resultaat.berekend.investeringsruimte
    scope = afgeleid.ruimte_scope(ir.tak) if ir is not None else "de hele corporatie"
    delen = [f"Leencapaciteit voor nieuwbouw voor {scope}, geen geld op de plank."]
    if s.x_gemeente is not None:
        delen.append(f"Naar rato voor deze gemeente {opmaak.euro_globaal(s.x_gemeente)}.")
    if zonder := afgeleid.normen_zonder_ruimte(ir):
        delen.append(f"Ten hoogste: de ruimte binnen de norm voor {zonder} is niet te berekenen.")
    if ir is not None and (bindend := financien.bindend_zin(ir, s)):
        delen.append(bindend)  # the norm that limits the total, and why the per-year table names another
    return opmaak.euro_globaal(s.x_max), " ".join(delen)


def _realisatie(rapport: Rapport) -> str:
    blokken = _hoofdstuk(rapport, "realisatie").blokken
    t = _tabel(blokken, "realisatie")
    if t is None:
        alinea = next((b for b in blokken if isinstance(b, Alinea)), None)
        return alinea.tekst if alinea else ""
    telling = Counter(str(rij[-1].waarde).split(" ", 1)[-1] for rij in t.rijen)
    jaar = t.titel.rsplit(" ", 1)[-1]
    n = len(t.rijen)
    gehaald = telling.get("conform", 0) + telling.get("beter", 0)
    zin = f"Vorig jaar ({jaar}): {gehaald} van de {n} {'afspraak' if n == 1 else 'afspraken'} gehaald"
    extra = [f"{telling[w]} {w}" for w in ("achter",) if telling.get(w)]
    if telling.get("geen realisatie"):
        extra.append(f"{telling['geen realisatie']} zonder realisatie")
    return zin + (", " + " en ".join(extra) if extra else "") + "."


def _realisatie_doel(rapport: Rapport, resultaat: Resultaat) -> str:
    """"Realisatie!D9": the realised value (or, when empty, the row) of the first afspraak in the report's table
    that is behind, so the card opens at it; "Realisatie" when none is behind."""
    t = _tabel(_hoofdstuk(rapport, "realisatie").blokken, "realisatie")
    rij = next((r for r in t.rijen if str(r[-1].waarde).split(" ", 1)[-1] == "achter"), None) if t else None
    afspraken, realisatie = resultaat.invoer.afspraken, resultaat.invoer.realisatie
    if t is None or rij is None or afspraken is None or realisatie is None:
        return "Realisatie"
    # the table's rows are named as opbouw names them: the afspraak's description, else its code
    code = next((c for c, r in afspraken.regels.items() if (r.omschrijving or c) == rij[0].waarde), None)
    regel = realisatie.regels.get(code) if code is not None else None
    if regel is None:
        return "Realisatie"
    w = regel.waarden.get(int(t.titel.rsplit(" ", 1)[-1]))
    cel = (w.bron.cel if w is not None else "") or regel.bron.cel
    return f"Realisatie!{cel}" if cel else "Realisatie"


def maak(rapport: Rapport, resultaat: Resultaat) -> Overzicht:
    """The Overzicht of `rapport` (opbouw of `resultaat` with the user's notes)."""
    kern = _hoofdstuk(rapport, "kern").blokken
    hoofd = [b for blok in _hoofdstuk(rapport, "vraagpunten").blokken if isinstance(blok, Vraagpunten)
             for b in blok.blokken]
    ruimte, toelichting = _ruimte(resultaat)
    grafieken = tuple(g for g in (financien.ratio_grafiek(resultaat, n) for n in NORM_NAMEN) if g is not None)
    return Overzicht(
        kopregel=rapport.kopregel, oordeel=_oordeel(kern, resultaat), themas=_themas(resultaat),
        grafieken=grafieken, financieel=financien.kern_zinnen(resultaat)[0], ruimte=ruimte,
        ruimte_toelichting=toelichting, realisatie=_realisatie(rapport),
        top=tuple(top_vragen(hoofd, resultaat.perspectief)), realisatie_doel=_realisatie_doel(rapport, resultaat))


def opstellen(resultaat: Resultaat, notities: dict[str, Notitie] | None = None) -> Overzicht:
    return maak(opbouw(resultaat, notities), resultaat)


def standaard_notities(resultaat: Resultaat) -> dict[str, Notitie]:
    """For a new assessment: the top questions of the Kern are taken to the overleg, the rest is offered
    (meenemen off) rather than imposed."""
    hoofd, rest = overleg.nummeren(resultaat.vraagpunten, resultaat.perspectief, None, False)
    top = {b.sleutel for b in top_vragen(hoofd, resultaat.perspectief)}
    return {b.sleutel: Notitie(meenemen=False) for b in (*hoofd, *rest) if b.sleutel not in top}
