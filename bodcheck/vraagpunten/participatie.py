"""Huurders en regio: HP1–HP4, R02 (vraagpunten.md §3.6 and the new rules). R01 needs the bids of every
corporatie together: it is a joint rule (bodcheck.samen.regels)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from bodcheck import opmaak
from bodcheck.vraagpunten.kader import (
    Bevinding,
    Context,
    Ontbreekt,
    Uitkomst,
    bronnen_van,
    drempel,
    genoemd,
    jaren,
    nee,
    periode,
    regel,
    waarde,
)


@regel("HP1", "HO_NIET_GETEKEND", "participatie", "midden", "B", "[S10][S1]")
def hp1(ctx: Context) -> Iterator[Bevinding]:
    if nee(ctx.invoer.veld("ho_ondertekend_vorig")):
        yield Bevinding(
            "De huurdersorganisatie heeft de vorige prestatieafspraken niet ondertekend. Wat is nodig om haar dit "
            "jaar als volwaardige partij mee te laten tekenen?",
            "De huurdersorganisatie is een gelijkwaardige partij in het overleg en tekent als zij dat wil.",
            bronnen_van(ctx.invoer.veld_bron("ho_ondertekend_vorig")),
        )


@regel("HP2", "GEEN_ONDERSTEUNING", "participatie", "midden", "H", "[S11][S100]")
def hp2(ctx: Context) -> Iterator[Uitkomst]:
    if ctx.bod is not None and not ctx.bod.heeft_getal("budget_huurdersorganisatie"):
        yield Ontbreekt("budget_huurdersorganisatie")
        yield Bevinding(
            f"Het bod noemt geen budget voor de huurdersorganisatie in {jaren(ctx.bod.jaren)}. Welk budget is er "
            "om zich onafhankelijk te laten adviseren en de achterban te raadplegen?",
            "De Wet op het overleg huurders verhuurder geeft huurdersorganisaties recht op ondersteuning.",
        )


@regel("HP3", "ACHTERBAN", "participatie", "laag", "H", "[S90]")
def hp3(ctx: Context) -> Iterator[Bevinding]:
    if nee(ctx.invoer.veld("achterban_geraadpleegd")):
        yield Bevinding(
            "Volgens het werkboek is de achterban niet geraadpleegd over dit bod. Hoe worden huurders zelf nog "
            "gehoord voordat we tekenen?",
            "De huurdersorganisatie vertegenwoordigt haar achterban; raadplegen maakt haar inbreng sterker.",
            bronnen_van(ctx.invoer.veld_bron("achterban_geraadpleegd")),
        )


def _informatie_probleem(ctx: Context) -> tuple[str, tuple[str, ...]] | None:
    """What is wrong with the huurdersorganisatie's information, and the cells that show it (never a cell
    the sentence does not use)."""
    stukken = ctx.invoer.veld("stukken_ho_datum")
    bod, overleg = ctx.invoer.veld("datum_bod"), ctx.invoer.veld("datum_overleg")
    bron = ctx.invoer.veld_bron
    if not isinstance(stukken, dt.date):
        if isinstance(bod, dt.date) or isinstance(overleg, dt.date):
            return ("Het werkboek zegt niet wanneer de huurdersorganisatie de stukken kreeg (Algemeen › Stukken "
                    "aan huurdersorganisatie is leeg).", bronnen_van(bron("stukken_ho_datum")))
        return None
    if isinstance(bod, dt.date) and stukken > bod:
        return (f"De huurdersorganisatie kreeg de stukken op {opmaak.datum_lang(stukken)}, later dan het bod "
                f"({opmaak.datum_lang(bod)}).", bronnen_van(bron("stukken_ho_datum"), bron("datum_bod")))
    weken = int(drempel("stukken_ho_weken"))
    if isinstance(overleg, dt.date) and (overleg - stukken).days < 7 * weken:
        return (f"De huurdersorganisatie kreeg de stukken op {opmaak.datum_lang(stukken)}, minder dan {weken} "
                f"weken vóór het overleg van {opmaak.datum_lang(overleg)}.",
                bronnen_van(bron("stukken_ho_datum"), bron("datum_overleg")))
    return None


@regel("HP4", "INFORMATIEPOSITIE_HO", "participatie", "midden", "H", "[s000] §6, [S10], [S11]")
def hp4(ctx: Context) -> Iterator[Bevinding]:
    probleem = _informatie_probleem(ctx)
    if probleem:
        feit, cellen = probleem
        yield Bevinding(
            f"{feit} Heeft de huurdersorganisatie uw bod én de cijfers eronder (prognose, realisatie vorig jaar, "
            "IBW) op tijd gehad om haar achterban te raadplegen, en schuiven we het overleg zo nodig op?",
            "Huurdersorganisaties lopen vaak achter in informatie en capaciteit; een gelijkwaardige "
            "informatiepositie is het uitgangspunt.",
            cellen, waarden=genoemd(int(drempel("stukken_ho_weken")), "weken") if "weken" in feit else (),
        )


@regel("R02", "REGIO_VERTALING", "regio", "midden", "G", "[s003], [R11]")
def r02(ctx: Context) -> Iterator[Bevinding]:
    for d in ctx.invoer.woonvisie or []:
        if d.niveau == "regio" and d.aandeel_corporatie is None:
            yield Bevinding(
                f"De regionale afspraak vraagt {waarde(d.waarde, d.eenheid)} "
                f"{opmaak.in_zin(d.omschrijving or d.code)} in {periode(d.van_jaar, d.tot_jaar)}. Welk deel neemt onze "
                "gemeente, welk deel uw corporatie, en waar stemmen we dat regionaal af?",
                "Regionale doelen missen vaak een lokale vertaling; een verdeling naar rato doet geen recht aan "
                "de eigen opgave van elke gemeente.",
                bronnen_van(d.bron), sleutel=f"{d.code}:{d.van_jaar}",
                waarden=genoemd(d.waarde, d.eenheid or "aantal", d.bron),
            )


