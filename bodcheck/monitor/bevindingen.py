"""The monitor's findings (monitor.md): vraagpunten M01–M04, worded as at the table (vraagpunten.md:
the fact with its numbers and years first, one open question at the end, no code names).

- M01 AFSPRAAK_ACHTER_HERHAALD: the realisatie stayed behind the afspraak two years running or more.
- M02 BELOFTE_SCHUIFT_OP: a promise for a year became worse two bods running or more.
- M03 PROGNOSE_DRIFT: a ratio's forecast moved towards its norm in every prognosis.
- M04 AFSPRAAK_VERLOPEN: a question returns while the latest earlier afspraak made for it named a year (or
  date) by which it would be solved (`wanneer` of a process afspraak, the last year of an indicator afspraak:
  the structured afspraak of afspraken.md), and it has passed.

Each rule is a small function `(Monitor) -> Iterable[Bevinding]` with the metadata of every rule (the
`regel` decorator of the rule frame), run by the one rule runner (bodcheck.vraagpunten.uitvoering): a rule
that raises becomes an `intern` melding, the others run on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence

from bodcheck import codes, opmaak, vraagpunten
from bodcheck.afspraken.model import WIE_LABEL, Afspraak
from bodcheck.afspraken.verzamelen import afspraken_van
from bodcheck.model import GenoemdeWaarde, Melding, Vraagpunt, notitie_sleutel
from bodcheck.monitor.model import Belofte, Monitor, cel_in
from bodcheck.vraagpunten import uitvoering
from bodcheck.vraagpunten.kader import Bevinding, Regel, omschrijving, opsomming, regel, waarde

TAKKEN_LABEL = {"TI": "de hele corporatie", "DAEB": "DAEB", "niet-DAEB": "niet-DAEB"}


@regel("M01", "AFSPRAAK_ACHTER_HERHAALD", "proces", "hoog", "B", "de afspraken en de realisatie van opeenvolgende jaren")
def m01(m: Monitor) -> Iterator[Bevinding]:
    per_code: dict[str, list[Belofte]] = {}
    for b in m.belofte:
        per_code.setdefault(b.code, []).append(b)
    for code, rijen in per_code.items():
        rij: list[Belofte] = []
        langste: list[Belofte] = []
        for b in sorted(rijen, key=lambda b: b.jaar):
            rij = [*rij, b] if b.status == "achter" and (not rij or rij[-1].jaar == b.jaar - 1) else (
                [b] if b.status == "achter" else [])
            if len(rij) >= len(langste):
                langste = rij
        if len(langste) < 2:
            continue
        e = langste[0].eenheid
        afgesproken = opsomming(f"{waarde(b.afspraak, e)} voor {b.jaar}" for b in langste)
        gerealiseerd = opsomming(f"{waarde(b.realisatie, e)} in {b.jaar}" for b in langste)
        werd = "zijn er" if e in ("aantal", "personen") else "werd het"
        yield Bevinding(
            f"Bij {omschrijving(code)} spraken we {afgesproken} af; gerealiseerd {werd} {gerealiseerd}: "
            f"{aantal_jaren(len(langste))} op rij minder dan afgesproken. Wat maakt dat het steeds niet lukt, en "
            "wat spreken we nu af zodat het tekort niet verder oploopt?",
            "Eén jaar achterstand kan toeval zijn; als de realisatie jaren op rij achterblijft, zegt dat iets over "
            "de haalbaarheid van de nieuwe afspraken.",
            tuple(c for b in langste for c in (b.afspraak_cel, b.realisatie_cel) if c),
            sleutel=code, thema=codes.thema_van(code) or None,
            waarden=tuple(GenoemdeWaarde(x, e, cel, b.jaar) for b in langste
                          for x, cel in ((b.afspraak, b.afspraak_cel), (b.realisatie, b.realisatie_cel))
                          if x is not None))


def aantal_jaren(n: int) -> str:
    return {2: "twee jaar", 3: "drie jaar", 4: "vier jaar", 5: "vijf jaar"}.get(n, f"{n} jaar")


@regel("M02", "BELOFTE_SCHUIFT_OP", "proces", "midden", "B", "de beloftes in opeenvolgende bods")
def m02(m: Monitor) -> Iterator[Bevinding]:
    per_code: dict[str, list] = {}
    for v in m.verschuivingen:
        if v.slechter_op_rij >= 2:
            per_code.setdefault(v.code, []).append(v)
    for code, lijst in per_code.items():
        e = lijst[0].eenheid
        zinnen = [f"voor {v.jaar} " + opsomming(
            f"{waarde(a.waarde, e)} in het bod van {a.bodjaar}" for a in v.beloftes) for v in lijst]
        laatste = lijst[0].beloftes[-1]
        yield Bevinding(
            f"Bij {omschrijving(code)} bood u {'; '.join(zinnen)}. De belofte schoof zo bod na bod op. "
            f"Wat is er telkens veranderd, en hoe zeker is de {waarde(laatste.waarde, e)} van nu?",
            "Een belofte die elk jaar naar beneden gaat, is een patroon: het helpt om samen te kijken wat er "
            "nodig is om het nieuwe getal wel te halen.",
            tuple(cel_in(a.bodjaar, a.cel) for v in lijst for a in v.beloftes if a.cel),
            sleutel=code, thema=codes.thema_van(code) or None,
            waarden=tuple(GenoemdeWaarde(a.waarde, e, cel_in(a.bodjaar, a.cel) if a.cel else None, v.jaar)
                          for v in lijst for a in v.beloftes))


@regel("M03", "PROGNOSE_DRIFT", "financien", "midden", "B", "de prognoses van opeenvolgende jaren")
def m03(m: Monitor) -> Iterator[Bevinding]:
    per_ratio: dict[tuple[str, str], list] = {}
    for d in m.drift:
        if d.drift:
            per_ratio.setdefault((d.ratio, d.tak), []).append(d)
    for (ratio, tak), lijst in per_ratio.items():
        # the year that slid most (in display precision; the earliest of equals) tells the story; the others
        # are named
        d = max(lijst, key=lambda d: (round(abs(d.ramingen[-1].waarde - d.ramingen[0].waarde), 2), -d.jaar))
        naam = f"{opmaak.RATIO_LABEL[ratio]} ({TAKKEN_LABEL[tak]})"
        eenheid = "ratio" if ratio == "icr" else "%"  # a ratio is computed, not read: no cell of its own
        stappen = opsomming(f"{opmaak.ratio_waarde(ratio, r.waarde)} in het bod van {r.bodjaar}" for r in d.ramingen)
        norm = f"{'minimaal' if d.richting == 'minimaal' else 'maximaal'} {opmaak.ratio_waarde(ratio, d.norm)}"
        ook = "" if len(lijst) == 1 else (
            f" Ook voor {opmaak.jaren([x.jaar for x in lijst if x is not d])} schoof de raming zo op.")
        yield Bevinding(
            f"De {naam} voor {d.jaar}, door bodcheck berekend uit uw prognose bij elk bod, kwam uit op {stappen}: "
            f"elke prognose dichter bij de norm van "
            f"{norm}.{ook} Wat verklaart die verschuiving, en wat betekent het voor de plannen als de lijn zo "
            "doorloopt?",
            "Eén prognose zegt weinig over de richting; als de eigen raming van de corporatie elk jaar naar de norm "
            "schuift, wordt de ruimte voor nieuwe plannen kleiner dan het bod laat zien.",
            tuple(cel_in(r.bodjaar, c) for r in d.ramingen for c in r.cel.split("; ") if c),
            sleutel=f"{tak}:{ratio}",
            waarden=(*(GenoemdeWaarde(r.waarde, eenheid, None, d.jaar) for r in d.ramingen),
                     GenoemdeWaarde(d.norm, eenheid, None, None)))


def _verlopen(wanneer: int | dt.date, peildatum: dt.date) -> bool:
    """A year has passed when the peildatum lies in a later year; a date when the peildatum is after it."""
    return wanneer < peildatum.year if isinstance(wanneer, int) else wanneer < peildatum


def _wanneer_tekst(wanneer: int | dt.date) -> str:
    return f"uiterlijk {wanneer}" if isinstance(wanneer, int) else f"uiterlijk {opmaak.datum_lang(wanneer)}"


def termijn(a: Afspraak) -> int | dt.date | None:
    """By when the afspraak would be done: its `wanneer` (a process afspraak), else the last year of an indicator
    afspraak (afspraken.md: `van_jaar`–`tot_jaar`); None when it names no time."""
    if a.wanneer is not None:
        return a.wanneer
    jaren = a.jaren() if a.is_indicator else []
    return max(jaren) if jaren else None


def _eerdere_afspraak(m: Monitor, sleutel: str) -> tuple[int, Afspraak, int | dt.date] | None:
    """The latest earlier year in which an afspraak that names a time was made for this question."""
    for jg in reversed(m.jaargangen[:-1]):
        n = jg.notities.get(sleutel)
        met_jaar = [(a, t) for a in (afspraken_van(n) if n is not None else []) if (t := termijn(a)) is not None]
        if met_jaar:
            return jg.bodjaar, *met_jaar[-1]
    return None


@regel("M04", "AFSPRAAK_VERLOPEN", "proces", "hoog", "B", "de afspraken aan tafel van eerdere jaren")
def m04(m: Monitor) -> Iterator[Bevinding]:
    huidig = {notitie_sleutel(v): v for v in m.laatste.resultaat.vraagpunten}
    for t in m.terugkerend:
        gevonden = _eerdere_afspraak(m, t.sleutel)
        if gevonden is None:
            continue
        bodjaar, a, wanneer = gevonden
        if not _verlopen(wanneer, m.peildatum):
            continue
        wat = (a.resultaat or a.wat).strip()
        wie = f" ({WIE_LABEL.get(a.wie, a.wie)})" if a.wie else ""
        keer = {1: "tweede", 2: "derde", 3: "vierde"}.get(len(t.bodjaren), f"{len(t.bodjaren) + 1}e")
        v = huidig[t.sleutel]
        yield Bevinding(
            f"Bij het bod van {bodjaar} spraken we over deze vraag af: ‘{wat}’{wie}, {_wanneer_tekst(wanneer)}. "
            f"Die tijd is voorbij en de vraag komt nu voor de {keer} keer terug ({v.label or v.id}: {v.titel or v.vraag}). "
            "Wat is er van de afspraak terechtgekomen, en welk jaar spreken we nu af dat wel haalbaar is?",
            "Een afspraak met een jaar is pas iets waard als we hem terugzien; komt de vraag na dat jaar terug, "
            "dan hoort eerst het gesprek over waarom het niet lukte.",
            tuple(v.bronnen), sleutel=t.sleutel, thema=v.thema)


REGISTER: tuple[Regel[Monitor], ...] = (m01, m02, m03, m04)


def beoordeel(m: Monitor, register: Sequence[Regel[Monitor]] = REGISTER) -> tuple[list[Vraagpunt], list[Melding]]:
    """The findings in JSON order (the one rule runner, as for the rules on one bod), labelled where a rule
    fires more than once; a rule that raises is an `intern` melding."""
    punten, meldingen = uitvoering.uitkomsten(register, m)
    return uitvoering.sorteer(vraagpunten._labels(punten), register), meldingen
