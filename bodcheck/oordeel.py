"""The words for a target's status, in one place: the neutral verdict sentence of a thema and of the whole
bod, and the "per saldo" wording of a sum target whose later years make up for earlier ones
(vraagpunten.md, rapport.md § Revisions 2).

    per_doel(vergelijkingen) -> [(samenvatting, [per-year entries])]
    per_saldo(per_jaar) -> "in 2027–2029 samen 33 minder, in 2030–2031 18 meer: over de periode 15 minder"
    afwijking(samenvatting, per_jaar) -> "bij sociale huurwoningen opgeleverd komt het bod over 2027–2031 15 lager …"
    oordeel_zin(vergelijkingen, onderwerp="Het bod") -> "Het bod sluit aan op 3 van de 4 doelen; …" (a thema)
    kern_zin(vergelijkingen) -> the whole bod in one short sentence (Kern page, Overzicht)

Every word comes from the status of `vergelijking.samenvatting` (the one status function); nothing here
judges on its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bodcheck import codes, opmaak, vergelijking
from bodcheck.model import Toezegging, Vergelijking


def per_doel(vergelijkingen: Iterable[Vergelijking]) -> list[tuple[Vergelijking, list[Vergelijking]]]:
    """Each judged or listed target with its per-year entries (empty for a periode target), in order.
    Relies on `vergelijking.vergelijk` writing a per-jaar target's years right before its summary."""
    uit: list[tuple[Vergelijking, list[Vergelijking]]] = []
    wachtend: list[Vergelijking] = []
    for v in vergelijkingen:
        if v.status == "geen_doel":
            continue
        if v.totaal:
            uit.append((v, [w for w in wachtend if w.code == v.code]))
            wachtend = []
        elif v.jaar is None:
            uit.append((v, []))
        else:
            wachtend.append(v)
    return uit


def naam(v: Vergelijking) -> str:
    """The target's Dutch description, lower case (never its code)."""
    c = codes.ALLE_CODES.get(v.code)
    tekst = v.omschrijving or (c.omschrijving if c else "een eigen doel")
    return opmaak.in_zin(tekst)


def _aantal(x: float, eenheid: str) -> str:
    return opmaak.waarde_in_eenheid(abs(x), eenheid) if eenheid != "%" else f"{opmaak.procentpunt(abs(x))} procentpunt"


def periode(v: Vergelijking) -> str:
    if v.jaar is not None:
        return str(v.jaar)
    if v.van_jaar is None:
        return ""
    return str(v.van_jaar) if v.van_jaar == v.tot_jaar else f"{v.van_jaar}–{v.tot_jaar}"


def per_saldo(per_jaar: Sequence[Vergelijking]) -> str | None:
    """For a som target: the years below and above their yearly target, and the balance over the period.
    None when all years lie on one side (then the total says it all)."""
    tekort = [v for v in per_jaar if v.verschil is not None and v.verschil < 0]
    meer = [v for v in per_jaar if v.verschil is not None and v.verschil > 0]
    if not tekort or not meer:
        return None
    eenheid = per_jaar[0].eenheid
    onder = sum(v.verschil or 0.0 for v in tekort)
    boven = sum(v.verschil or 0.0 for v in meer)
    saldo = onder + boven
    jaren_onder = opmaak.jaren([v.jaar for v in tekort if v.jaar is not None])
    jaren_boven = opmaak.jaren([v.jaar for v in meer if v.jaar is not None])
    samen_o = "samen " if len(tekort) > 1 else ""
    samen_b = "samen " if len(meer) > 1 else ""
    eind = ("over de periode gelijk" if round(saldo, 9) == 0 else
            f"over de periode {_aantal(saldo, eenheid)} {'minder' if saldo < 0 else 'meer'}")
    return (f"in {jaren_onder} {samen_o}{_aantal(onder, eenheid)} minder, in {jaren_boven} {samen_b}"
            f"{_aantal(boven, eenheid)} meer: {eind}")


def alleen_toezegging(thema: str, toezeggingen: Iterable[Toezegging] | None) -> str | None:
    """The first toezegging of the bod on this thema, when there is one: a target without a figure in the bod
    but with a toezegging is "in het bod alleen …, geen aantal", not "niets" (review finding 4)."""
    return next((t.tekst.strip().rstrip(".") for t in toezeggingen or [] if t.thema == thema and t.tekst.strip()),
                None)


def _wanneer(v: Vergelijking, eenheid: str) -> str:
    """The year of the worst year, said as a reader says it: a stock "eind 2028", anything else "in 2028"."""
    jaar = v.maatgevend_jaar
    if not jaar:
        return ""
    return f"eind {jaar}" if codes.aggregatie(v.code, eenheid) in ("ultimo", "laatste") else f"in {jaar}"


def afwijking(v: Vergelijking, per_jaar: Sequence[Vergelijking] = (),
              toezeggingen: Iterable[Toezegging] | None = None, kort: bool = False) -> str:
    """One neutral clause for a target that is not `voldoet`, from its summary entry. The target's description
    stands after "bij"/"voor", so the clause reads for any label (a plural "woningen met label E, F of G"
    never carries a singular verb). `kort`: without the quoted toezegging and the per-saldo years."""
    if v.status == "niet_in_bod":
        tekst = alleen_toezegging(v.thema, toezeggingen)
        if tekst and kort:
            return f"voor {naam(v)} staat in het bod alleen een toezegging zonder aantal"
        if tekst:
            return f"voor {naam(v)} staat in het bod alleen een toezegging zonder aantal: ‘{tekst}’"
        return f"voor {naam(v)} staat niets in het bod"
    eenheid = v.eenheid or vergelijking.eenheid_van(v.code)
    if v.bod is None or v.doel is None or v.verschil is None:
        return f"bij {naam(v)}: {opmaak.STATUS_LABEL.get(v.status, '')}"
    hoger = vergelijking.hoger_is_beter(v.soort, v.code)
    if v.maatgevend_jaar is not None or (v.totaal and codes.aggregatie(v.code, eenheid) != "som"):
        wanneer = _wanneer(v, eenheid)
        if not hoger and v.doel == 0 and eenheid == "aantal":  # a maximum of 0: "wil er … geen meer"
            gevraagd = f"de woonvisie wil er {wanneer + ' ' if wanneer else ''}geen meer"
        else:
            gevraagd = (f"de woonvisie vraagt {'minstens' if hoger else 'hoogstens'} "
                        f"{opmaak.waarde_in_eenheid(v.doel, eenheid)}")
        tekst = (f"bij {naam(v)} komt het bod {wanneer + ' ' if wanneer else ''}uit op "
                 f"{opmaak.waarde_in_eenheid(v.bod, eenheid)}, {gevraagd}")
        if v.jaren_afwijkend and v.jaren_afwijkend > 1 and not kort:
            tekst += f" ({v.jaren_afwijkend} jaren wijken af)"
        return tekst
    richting = "lager" if v.verschil < 0 else "hoger"
    tekst = (f"bij {naam(v)} komt het bod over {periode(v)} {_aantal(v.verschil, eenheid)} {richting} uit dan de "
             "woonvisie vraagt")
    saldo = None if kort else per_saldo(per_jaar)
    if saldo:
        tekst += f" ({saldo})"
    return tekst


def _eerst(doelen: list[tuple[Vergelijking, list[Vergelijking]]]) -> list[tuple[Vergelijking, list[Vergelijking]]]:
    """The targets that are not met, the one to name first at the front: the worst status, then a target the
    woonvisie gives prioriteit hoog, then the woonvisie's own order."""
    volgorde = {st: i for i, st in enumerate(vergelijking.STATUS_VOLGORDE)}
    afwijkend = [(s, pj) for s, pj in doelen if s.status != "voldoet"]
    return sorted(afwijkend, key=lambda x: (volgorde.get(x[0].status, 9), 0 if x[0].prioriteit == "hoog" else 1))


def niet_beoordeeld(niet: Sequence[Vergelijking]) -> str:
    """"Niet beoordeeld: sociale huurwoningen in de gemeente (alle verhuurders) – niet toegerekend; …" (a dash,
    not a bracket: a description may end in a bracket of its own)."""
    return "Niet beoordeeld: " + "; ".join(f"{naam(s)} – {opmaak.STATUS_LABEL[s.status]}" for s in niet) + "."


def oordeel_zin(vergelijkingen: Iterable[Vergelijking], onderwerp: str = "Het bod",
                toezeggingen: Iterable[Toezegging] | None = None) -> str:
    """A thema's verdict: "Het bod sluit aan op 3 van de 4 doelen; …" from the summary statuses, at most two
    differences said in full; the targets not judged (regionaal, niet_toegerekend) are named apart."""
    doelen = per_doel(vergelijkingen)
    beoordeeld = [(s, pj) for s, pj in doelen if s.status not in vergelijking.NIET_BEOORDEELD]
    niet = [s for s, _ in doelen if s.status in vergelijking.NIET_BEOORDEELD]
    if not beoordeeld:
        zin = f"{onderwerp} is hier niet aan doelen getoetst"
    else:
        zin = _telling(onderwerp, beoordeeld)
        afwijkend = _eerst(beoordeeld)
        if afwijkend:
            zin += "; " + "; ".join(afwijking(s, pj, toezeggingen) for s, pj in afwijkend[:2])
            if len(afwijkend) > 2:
                zin += f"; bij nog {len(afwijkend) - 2} doelen is er een verschil"
    zin += "."
    return zin + (" " + niet_beoordeeld(niet) if niet else "")


def eerste_verschil(vergelijkingen: Iterable[Vergelijking]) -> Vergelijking | None:
    """The summary entry of the difference the Kern's sentence names (so the Kern's table can show its row)."""
    beoordeeld = [(s, pj) for s, pj in per_doel(vergelijkingen) if s.status not in vergelijking.NIET_BEOORDEELD]
    afwijkend = _eerst(beoordeeld)
    return afwijkend[0][0] if afwijkend else None


def kern_zin(vergelijkingen: Iterable[Vergelijking], toezeggingen: Iterable[Toezegging] | None = None) -> str:
    """The whole bod in one short sentence a wethouder reads (issue 16, rapport.md § Revisions 2: "The Kern page
    opens with one such sentence"): how many targets it meets and the first difference to talk about. The
    details (every difference, the targets not judged) stay in the thema cards and chapters."""
    beoordeeld = [(s, pj) for s, pj in per_doel(vergelijkingen) if s.status not in vergelijking.NIET_BEOORDEELD]
    if not beoordeeld:
        return "Het bod is niet aan doelen van de woonvisie getoetst."
    afwijkend = _eerst(beoordeeld)
    zin = _telling("Het bod", beoordeeld)
    if afwijkend:
        zin += "; " + afwijking(*afwijkend[0], toezeggingen, kort=True)
    return zin + "."


def _telling(onderwerp: str, beoordeeld: list[tuple[Vergelijking, list[Vergelijking]]]) -> str:
    goed = sum(1 for s, _ in beoordeeld if s.status == "voldoet")
    n = len(beoordeeld)
    if goed == n:
        return f"{onderwerp} sluit aan op {'het enige doel' if n == 1 else f'alle {n} doelen'}"
    if goed == 0:
        return (f"{onderwerp} sluit niet aan op het enige doel" if n == 1 else f"{onderwerp} sluit op geen van de {n} doelen aan")
    return f"{onderwerp} sluit aan op {goed} van de {n} doelen"
