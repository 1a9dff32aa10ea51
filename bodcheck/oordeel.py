"""The words for a target's status, in one place: the neutral verdict sentence of a thema and of the whole
bod, and the "per saldo" wording of a sum target whose later years make up for earlier ones
(vraagpunten.md, rapport.md § Revisions 2).

    per_doel(vergelijkingen) -> [(samenvatting, [per-year entries])]
    per_saldo(per_jaar) -> "in 2027–2029 samen 33 minder, in 2030–2031 18 meer: over de periode 15 minder"
    afwijking(samenvatting, per_jaar) -> "sociale huurwoningen opgeleverd komt over 2027–2031 15 lager uit …"
    oordeel_zin(vergelijkingen, onderwerp="Het bod") -> "Het bod sluit aan op 3 van de 4 doelen; …"

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


def afwijking(v: Vergelijking, per_jaar: Sequence[Vergelijking] = (),
              toezeggingen: Iterable[Toezegging] | None = None) -> str:
    """One neutral clause for a target that is not `voldoet`, from its summary entry."""
    if v.status == "niet_in_bod":
        tekst = alleen_toezegging(v.thema, toezeggingen)
        if tekst:
            return f"voor {naam(v)} staat in het bod alleen een toezegging zonder aantal: ‘{tekst}’"
        return f"voor {naam(v)} staat niets in het bod"
    eenheid = v.eenheid or vergelijking.eenheid_van(v.code)
    if v.bod is None or v.doel is None or v.verschil is None:
        return f"{naam(v)}: {opmaak.STATUS_LABEL.get(v.status, '')}"
    hoger = vergelijking.hoger_is_beter(v.soort, v.code)
    if v.maatgevend_jaar is not None or (v.totaal and codes.aggregatie(v.code, eenheid) != "som"):
        jaar = v.maatgevend_jaar
        grens = "minstens" if hoger else "hoogstens"
        tekst = (f"{naam(v)} komt {'in ' + str(jaar) + ' ' if jaar else ''}uit op {opmaak.waarde_in_eenheid(v.bod, eenheid)}"
                 f", de woonvisie vraagt {grens} {opmaak.waarde_in_eenheid(v.doel, eenheid)}")
        if v.jaren_afwijkend and v.jaren_afwijkend > 1:
            tekst += f" ({v.jaren_afwijkend} jaren wijken af)"
        return tekst
    richting = "lager" if v.verschil < 0 else "hoger"
    tekst = f"{naam(v)} komt over {periode(v)} {_aantal(v.verschil, eenheid)} {richting} uit dan de woonvisie vraagt"
    saldo = per_saldo(per_jaar)
    if saldo:
        tekst += f" ({saldo})"
    return tekst


def oordeel_zin(vergelijkingen: Iterable[Vergelijking], onderwerp: str = "Het bod",
                toezeggingen: Iterable[Toezegging] | None = None) -> str:
    """"Het bod sluit aan op 3 van de 4 doelen; …" from the summary statuses; the targets not judged
    (regionaal, niet_toegerekend) are named apart."""
    doelen = per_doel(vergelijkingen)
    beoordeeld = [(s, pj) for s, pj in doelen if s.status not in vergelijking.NIET_BEOORDEELD]
    niet = [s for s, _ in doelen if s.status in vergelijking.NIET_BEOORDEELD]
    if not beoordeeld:
        zin = f"{onderwerp} is hier niet aan doelen getoetst"
    else:
        goed = sum(1 for s, _ in beoordeeld if s.status == "voldoet")
        n = len(beoordeeld)
        zin = (f"{onderwerp} sluit aan op {'het enige doel' if n == 1 else f'alle {n} doelen'}" if goed == n else
               f"{onderwerp} sluit aan op {goed} van de {n} doelen")
        afwijkend = [(s, pj) for s, pj in beoordeeld if s.status != "voldoet"]
        volgorde = {st: i for i, st in enumerate(vergelijking.STATUS_VOLGORDE)}
        afwijkend.sort(key=lambda x: volgorde.get(x[0].status, 9))
        if afwijkend:
            zin += "; " + "; ".join(afwijking(s, pj, toezeggingen) for s, pj in afwijkend[:2])
            if len(afwijkend) > 2:
                zin += f"; bij nog {len(afwijkend) - 2} doelen is er een verschil"
    if niet:
        zin += ". Niet beoordeeld: " + ", ".join(
            f"{naam(s)} ({opmaak.STATUS_LABEL[s.status]})" for s in niet)
    return zin + "."
