"""Table cells from values: the Dutch text (via bodcheck.opmaak) together with the number behind it."""

from __future__ import annotations

from bodcheck import opmaak
from bodcheck.rapport.model import Cel

LEEG = Cel("")


def tekst(t: object) -> Cel:
    return Cel("" if t is None else str(t), None if t is None else str(t))


def getal(x: float | None, decimalen: int = 0) -> Cel:
    return Cel(opmaak.getal(x, decimalen), x, "getal" if decimalen == 0 else "getal1")


def euro(x: float | None) -> Cel:
    return Cel(opmaak.euro(x), x, "euro")


def mln(x: float | None) -> Cel:
    """An indicative amount in the report as € 46,9 mln; the Excel cell keeps the exact euros."""
    return Cel(opmaak.euro_mln(x), x, "euro")


def ratio(x: float | None) -> Cel:
    return Cel(opmaak.ratio(x), x, "ratio")


def procent(x: float | None, decimalen: int = 1) -> Cel:
    return Cel(opmaak.procent(x, decimalen), x, "procent")


def jaar(j: int | None) -> Cel:
    return Cel("" if j is None else str(j), j, "jaar")


def ratio_waarde(naam: str, x: float | None) -> Cel:
    """ICR as 1,74; the other ratios as percentages."""
    return ratio(x) if naam == "icr" else procent(x)


def in_eenheid(x: float | None, eenheid: str, verschil: bool = False) -> Cel:
    """A value in its row's unit: aantal → 25, % → 3,5%, bedrag → € 1.234.567. A difference of
    percentages prints in procentpunten."""
    if eenheid == "%":
        if x is None:
            return Cel(opmaak.ONBEKEND, None, "procent")
        if verschil:
            return Cel(f"{opmaak.procentpunt(x)} pp", x, "procent")
        return procent(x)
    if eenheid in ("bedrag", "€"):
        return euro(x)
    if eenheid in ("score", "jaren", "ratio"):
        return Cel(opmaak.waarde_in_eenheid(x, eenheid), x, "getal1")
    tekst_ = opmaak.waarde_in_eenheid(x, eenheid)
    return Cel(tekst_, x, "getal")


def met_teken(c: Cel) -> Cel:
    """A difference with an explicit + for positive values: +5, −3 (minus sign kept as printed)."""
    if isinstance(c.waarde, int | float) and c.waarde > 0 and not c.tekst.startswith("+"):
        return Cel("+" + c.tekst, c.waarde, c.soort)
    return c


def status(s: str | None) -> Cel:
    """Status as symbol and word, e.g. '✗ wijkt af' (never colour alone)."""
    if not s:
        return Cel("")
    return Cel(f"{opmaak.STATUS_SYMBOOL[s]} {opmaak.STATUS_LABEL[s]}", opmaak.STATUS_LABEL[s], "status")


def status_tekst(s: str) -> str:
    return f"{opmaak.STATUS_SYMBOOL[s]} {opmaak.STATUS_LABEL[s]}"


def band(b: str | None) -> Cel:
    if not b:
        return Cel("")
    return Cel(f"{opmaak.BAND_SYMBOOL[b]} {opmaak.BAND_LABEL[b]}", opmaak.BAND_LABEL[b], "status")
