"""Adding bods up and comparing the sum with a whole target, by reusing bodcheck.vergelijking.

    samen_invoer(invoers) -> Invoer          one Invoer whose Bod (Afspraken, Realisatie) is the sum per code
                                             and year of the known values of every bod
    vergelijk_samen(delen, doel) -> [(Vergelijking, [Bijdrage])]
        the whole target (doel = waarde, no aandeel) against the sum, one entry per year or one for the
        period, exactly as vergelijking.vergelijk_doel does for one bod; with each corporatie's part.
    aandelen(invoers, sociale_voorraad_gemeente) -> (basis, [(voorraad, aandeel_gemeente, aandeel_tafel, bronnen)])

A corporatie without a row for the code contributes nothing (it does not offer it); an empty cell in a
row it has is unknown and makes the sum `onvolledig` (invoerformat: empty is unknown, never 0).
Only additive units are added (aantal, personen, bedrag); see `optelbaar`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from bodcheck.codes import OPTELBARE_EENHEDEN
from bodcheck.model import Bron, Doel, Invoer, JaarBlad, Regel, Vergelijking, Waarde
from bodcheck.samen.model import Bijdrage
from bodcheck.vergelijking import (
    CONTEXT_DOELEN,
    bod_code,
    bron_teksten,
    eenheid_van,
    in_woorden,
    som_jaren,
    vergelijk_doel,
)


@dataclass(frozen=True)
class Deel:
    """One corporatie's Invoer with the names used in the joint view."""

    corporatie: str
    bestand: str
    invoer: Invoer
    eigen: tuple[Vergelijking, ...] = ()  # its own assessment's comparison (for eigen_doel / eigen_status)


def optelbaar(doel: Doel) -> bool:
    """Can the bods be added up for this target? Additive units only (a stock code such as voorraad_sociaal
    adds up over verhuurders too); not the woonvisie-only context codes."""
    if doel.code in CONTEXT_DOELEN:
        return False
    return eenheid_van(bod_code(doel), None, doel) in OPTELBARE_EENHEDEN


def met_bestand(bron: str, bestand: str) -> str:
    """`Bod!E3` → `[bod.xlsx]Bod!E3`; a bron that already names its file, or no cell, is left alone."""
    if not bron or bron.startswith("[") or "!" not in bron:
        return bron
    return f"[{bestand}]{bron}"


def _som_blad(bladen: Sequence[JaarBlad | None], naam: str) -> JaarBlad | None:
    aanwezig = [b for b in bladen if b is not None]
    if not aanwezig:
        return None
    jaren = sorted({j for b in aanwezig for j in b.jaren})
    regels: dict[str, Regel] = {}
    for b in aanwezig:
        for code, r in b.regels.items():
            if code in regels:
                continue
            waarden: dict[int, Waarde] = {}
            for j in jaren:
                bekend = [x.getal(code, j) for x in aanwezig]
                getallen = [g for g in bekend if g is not None]
                if getallen:
                    waarden[j] = Waarde(float(sum(getallen)), Bron())
            regels[code] = Regel(code, r.omschrijving, r.eenheid, r.thema, waarden)
    return JaarBlad(naam, jaren, regels)


def samen_invoer(invoers: Sequence[Invoer]) -> Invoer:
    """One Invoer holding the sum of the bods (per code and year, known values only). Cells carry no bron;
    vergelijk_samen names the cells of the separate bods instead."""
    return Invoer(
        bod=_som_blad([i.bod for i in invoers], "Bod"),
        afspraken=_som_blad([i.afspraken for i in invoers], "Afspraken"),
        realisatie=_som_blad([i.realisatie for i in invoers], "Realisatie"),
    )


def _jaren_van(v: Vergelijking, bod_jaren: Sequence[int]) -> list[int]:
    if v.jaar is not None:
        return [v.jaar]
    if v.van_jaar is None or v.tot_jaar is None:
        return []
    return [j for j in range(v.van_jaar, v.tot_jaar + 1) if j in bod_jaren]


def _eigen(deel: Deel, v: Vergelijking, doel: Doel) -> Vergelijking | None:
    for e in deel.eigen:
        if (e.code == v.code and e.jaar == v.jaar and e.van_jaar == doel.van_jaar and e.tot_jaar == doel.tot_jaar
                and e.kern == doel.kern and e.niveau == doel.niveau and e.soort == doel.soort):
            return e
    return None


def _deel(x: float | None, y: float | None) -> float | None:
    return None if x is None or y is None or y == 0 else x / y


def vergelijk_samen(delen: Sequence[Deel], doel: Doel) -> list[tuple[Vergelijking, list[Bijdrage]]]:
    """The whole target against the sum of the bods (status, doel, periode scaling and dekking from
    vergelijking.vergelijk_doel), with each corporatie's contribution over the same years.

    `onvolledig` is set when a corporatie that has the row left a cell in range empty while the sum has a
    value; `bronnen` = the target cell plus the bod cells of every corporatie, named with their file."""
    samen = samen_invoer([d.invoer for d in delen])
    geheel = dataclasses.replace(doel, aandeel_corporatie=1.0)
    code = bod_code(doel)
    bod_jaren = samen.bod.jaren if samen.bod is not None else []
    uit = []
    for v in vergelijk_doel(samen, geheel):
        jaren = _jaren_van(v, bod_jaren)
        bijdragen: list[Bijdrage] = []
        onvolledig = voornemen = False
        bronnen: list[str] = []
        for d in delen:
            regel = d.invoer.bod.regel(code) if d.invoer.bod is not None else None
            eigen = _eigen(d, v, doel)
            if regel is None or not jaren:
                bijdragen.append(Bijdrage(d.corporatie, d.bestand, None, None, None,
                                          eigen.doel if eigen else None, eigen.status if eigen else None, False))
                continue
            s = som_jaren(d.invoer.bod, code, jaren, v.eenheid or None)
            eigen_bronnen = tuple(met_bestand(b, d.bestand) for b in s.bronnen)
            bronnen += eigen_bronnen
            woorden = in_woorden(d.invoer.bod, code, jaren)
            if (s.ontbrekend and v.bod is not None) or woorden:
                onvolledig = True
            voornemen |= woorden
            bijdragen.append(Bijdrage(
                d.corporatie, d.bestand, s.waarde, _deel(s.waarde, v.bod), _deel(s.waarde, v.doel),
                eigen.doel if eigen else None, eigen.status if eigen else None,
                bool(s.ontbrekend) and s.waarde is not None, eigen_bronnen))
        v = dataclasses.replace(v, bronnen=bron_teksten(doel.bron, bronnen), onvolledig=onvolledig, aandeel=None,
                                aandeel_herkomst=None)
        if voornemen and v.status not in ("geen_doel", "regionaal", "niet_toegerekend"):
            # a sum with an intention in words ("inzet op") is incomplete: no verdict on it (review finding 6)
            v = dataclasses.replace(v, status="voornemen", verschil=None)
        uit.append((v, bijdragen))
    return uit


# ---- shares of the sociale voorraad --------------------------------------------------------------------


@dataclass(frozen=True)
class Aandeel:
    voorraad: float | None
    aandeel_gemeente: float | None
    aandeel_tafel: float | None
    bronnen: tuple[str, ...]


def _eerste_voorraad(invoer: Invoer, bestand: str) -> tuple[float, tuple[str, ...]] | None:
    """voorraad_sociaal in the first bod year with a number (as vergelijking.aandeel_bezit reads it)."""
    regel = invoer.bod.regel("voorraad_sociaal") if invoer.bod is not None else None
    if regel is None:
        return None
    for j in sorted(regel.waarden):
        w = regel.waarden[j]
        if w.getal is not None:
            return w.getal, (met_bestand(str(w.bron), bestand),)
    return None


def aandelen(delen: Sequence[Deel], sociale_voorraad_gemeente: float | None,
             svg_bron: str | None = None) -> tuple[str | None, list[Aandeel]]:
    """Each corporatie's share of the sociale voorraad.

    Basis `sociale_voorraad` when the gemeente total is known and every bod has `voorraad_sociaal`:
    aandeel_gemeente = voorraad / sociale_voorraad_gemeente, aandeel_tafel = voorraad / Σ voorraad.
    Else basis `vhe_gemeente` when every bod has Algemeen.vhe_gemeente: both shares = vhe / Σ vhe.
    Else (None, unknown shares). One basis for all corporaties, so the shares are comparable."""
    voorraden = [_eerste_voorraad(d.invoer, d.bestand) for d in delen]
    if sociale_voorraad_gemeente and sociale_voorraad_gemeente > 0 and all(v is not None for v in voorraden):
        totaal = sum(v[0] for v in voorraden if v is not None)
        return "sociale_voorraad", [
            Aandeel(v[0], v[0] / sociale_voorraad_gemeente, v[0] / totaal if totaal > 0 else None,
                    bron_teksten(svg_bron, v[1]))
            for v in voorraden if v is not None]
    vhe = [d.invoer.veld("vhe_gemeente") for d in delen]
    if all(isinstance(x, int | float) and not isinstance(x, bool) and x >= 0 for x in vhe):
        totaal = float(sum(vhe))
        if totaal > 0:
            return "vhe_gemeente", [
                Aandeel(float(x), float(x) / totaal, float(x) / totaal,
                        bron_teksten(met_bestand(str(d.invoer.veld_bron("vhe_gemeente") or ""), d.bestand)))
                for x, d in zip(vhe, delen, strict=True)]
    return None, [Aandeel(None, None, None, ()) for _ in delen]


def naar_rato(totaal: float, aandelen_: Sequence[float | None], hele: bool) -> list[float | None]:
    """Split `totaal` by the shares (normalised to their sum). With `hele`, whole numbers that add up to
    round(totaal) by largest remainder (ties: the larger share first, then list order)."""
    if any(a is None for a in aandelen_) or not aandelen_:
        return [None for _ in aandelen_]
    som = sum(a for a in aandelen_ if a is not None)
    if som <= 0:
        return [None for _ in aandelen_]
    ruw = [totaal * a / som for a in aandelen_ if a is not None]
    if not hele:
        return list(ruw)
    doel = round(totaal)
    basis = [int(x // 1) for x in ruw]
    rest = doel - sum(basis)
    volgorde = sorted(range(len(ruw)), key=lambda i: (-(ruw[i] - basis[i]), -ruw[i], i))
    for i in volgorde[:max(rest, 0)]:
        basis[i] += 1
    return [float(b) for b in basis]


__all__ = ["Deel", "aandelen", "met_bestand", "naar_rato", "optelbaar", "samen_invoer", "vergelijk_samen"]
