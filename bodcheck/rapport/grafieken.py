"""Charts as reportlab Drawings, drawn with plain shapes so they are deterministic and readable in black and
white: series differ by dash pattern and marker, the norm is a thick dashed line with its label, the krap
band a light grey area, bars are mid grey. Axis labels in Dutch notation via bodcheck.opmaak."""

from __future__ import annotations

import math

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.pdfbase import pdfmetrics

from bodcheck import opmaak
from bodcheck.rapport import stijl
from bodcheck.rapport.model import Grafiek

# (dash pattern, marker) per series, in order: solid + dot, dashed + square, dotted + triangle.
PATRONEN = ((None, "rondje"), ((4, 2), "vierkant"), ((1, 2), "driehoek"))
KLEUREN = ("#1F4E79", "#333333", "#6B6B6B")


def _decimalen(stap: float) -> int:
    """The decimals a step needs to be written exactly: 0,25 → 2, 2,5 → 1, 5 → 0 (a step of 0,25 written with one
    decimal gave "2,5 / 2,3 / 2,0 / 1,8": equal steps that read as unequal)."""
    return next((d for d in range(4) if abs(round(stap, d) - stap) < 1e-9), 3)


def _labels(notatie: str, waarde: float, stap: float) -> str:
    if notatie == "procent":
        return opmaak.procent(waarde, _decimalen(stap * 100))
    if notatie == "ratio":
        return opmaak.getal(waarde, max(1, _decimalen(stap)))
    return opmaak.getal(waarde, _decimalen(stap))


def _mooie_stap(bereik: float, n: int = 5) -> float:
    ruw = bereik / max(n, 1)
    macht = 10 ** math.floor(math.log10(ruw)) if ruw > 0 else 1.0
    for f in (1, 2, 2.5, 5, 10):
        if ruw <= f * macht + 1e-12:
            return f * macht
    return 10 * macht


def _bereik(g: Grafiek) -> tuple[float, float, float]:
    waarden = [y for r in g.reeksen for _, y in r.punten if y is not None]
    waarden += [x for x in (g.norm, g.krap, *(w for _, w in g.andere_normen)) if x is not None]
    if any(r.soort == "staaf" for r in g.reeksen):
        waarden.append(0.0)
    laag, hoog = (min(waarden), max(waarden)) if waarden else (0.0, 1.0)
    if hoog - laag < 1e-9:
        laag, hoog = laag - 1, hoog + 1
    marge = (hoog - laag) * 0.12
    laag, hoog = laag - marge, hoog + marge
    if min(waarden, default=0) >= 0 and laag < 0:
        laag = 0.0
    stap = _mooie_stap(hoog - laag)
    return math.floor(laag / stap) * stap, math.ceil(hoog / stap) * stap, stap


def _marker(d: Drawing, soort: str, x: float, y: float, kleur) -> None:
    r = 2.3
    if soort == "rondje":
        d.add(Circle(x, y, r, fillColor=kleur, strokeColor=kleur, strokeWidth=0.5))
    elif soort == "vierkant":
        d.add(Rect(x - r, y - r, 2 * r, 2 * r, fillColor=stijl.colors.white, strokeColor=kleur, strokeWidth=1))
    else:
        d.add(Polygon([x - r, y - r, x + r, y - r, x, y + r], fillColor=kleur, strokeColor=kleur, strokeWidth=0.5))


LEGENDA_REGEL = 10.0  # points between two legend lines
LEGENDA_TUSSEN = 8.0  # points between two legend items


def _legenda_rijen(g: Grafiek, ruimte: float) -> list[list[tuple[str, str, object, float]]]:
    """The legend's items (soort, text, reeks, width in points) in lines that fit `ruimte`: measured, not guessed
    from the number of characters, so a longer name ("hele corporatie (TI)") wraps instead of running into the
    chart beside it."""
    def breed(tekst: str, symbool: float) -> float:
        return symbool + pdfmetrics.stringWidth(tekst, stijl.FONT, 7)

    items = [("staaf", r.naam, r, breed(r.naam, 13)) for r in g.reeksen if r.soort == "staaf"]
    items += [("lijn", r.naam, r, breed(r.naam, 20)) for r in g.reeksen if r.soort == "lijn"]
    if g.norm is not None and g.krap is not None:
        items.append(("krap", "krap", None, breed("krap", 13)))
    rijen: list[list[tuple[str, str, object, float]]] = [[]]
    x = 0.0
    for item in items:
        if rijen[-1] and x + item[3] > ruimte:
            rijen.append([])
            x = 0.0
        rijen[-1].append(item)
        x += item[3] + LEGENDA_TUSSEN
    return rijen


def teken(g: Grafiek, breedte: float, hoogte: float) -> Drawing:
    """A chart over years: lines (with markers) and/or bars, the norm line and the krap band."""
    stijl.registreer_fonts()
    d = Drawing(breedte, hoogte)
    jaren = sorted({j for r in g.reeksen for j, _ in r.punten})
    if not jaren:
        return d
    links, rechts, onder, boven = 40.0, 8.0, 30.0, 18.0
    legenda = len(g.reeksen) > 1 or any(r.soort == "staaf" for r in g.reeksen) or g.krap is not None
    rijen = _legenda_rijen(g, breedte - links - 2) if legenda else []
    if legenda:
        onder += 12 + LEGENDA_REGEL * (len(rijen) - 1)
    pw, ph = breedte - links - rechts, hoogte - onder - boven
    laag, hoog, stap = _bereik(g)

    def y_van(v: float) -> float:
        return onder + (v - laag) / (hoog - laag) * ph

    n = len(jaren)
    vak = pw / n

    def x_van(j: int) -> float:
        return links + vak * (jaren.index(j) + 0.5)

    d.add(String(links - 34, hoogte - 11, g.titel, fontName=stijl.FONT_VET, fontSize=8.6))
    if g.y_titel:
        d.add(String(breedte - rechts, hoogte - 11, g.y_titel, fontName=stijl.FONT, fontSize=7,
                     textAnchor="end", fillColor=stijl.GRIJS))
    # krap band (between the norm and the krap limit) under everything else
    if g.norm is not None and g.krap is not None:
        y1, y2 = sorted((y_van(max(laag, min(hoog, g.norm))), y_van(max(laag, min(hoog, g.krap)))))
        d.add(Rect(links, y1, pw, y2 - y1, fillColor=stijl.KRAP_VLAK, strokeColor=None))
    # grid and axis labels
    v = laag
    while v <= hoog + stap / 1000:
        y = y_van(v)
        d.add(Line(links, y, links + pw, y, strokeColor=stijl.LICHT if abs(v) > 1e-12 else stijl.LIJN,
                   strokeWidth=0.5))
        d.add(String(links - 3, y - 2.5, _labels(g.notatie, v, stap), fontName=stijl.FONT, fontSize=6.8,
                     textAnchor="end", fillColor=stijl.GRIJS))
        v += stap
    d.add(Line(links, onder, links, onder + ph, strokeColor=stijl.LIJN, strokeWidth=0.6))
    elke = max(1, math.ceil(24.0 / vak))  # a year label needs about 24 pt
    for i, j in enumerate(jaren):
        if i % elke == 0:
            d.add(String(x_van(j), onder - 10, str(j), fontName=stijl.FONT, fontSize=6.8, textAnchor="middle"))
    # bars
    staven = [r for r in g.reeksen if r.soort == "staaf"]
    for r in staven:
        for j, w in r.punten:
            if w is None:
                continue
            y0, y1 = sorted((y_van(0.0), y_van(w)))
            d.add(Rect(x_van(j) - vak * 0.28, y0, vak * 0.56, max(y1 - y0, 0.4), fillColor=stijl.colors.HexColor("#A9B4C2"),
                       strokeColor=stijl.GRIJS, strokeWidth=0.5))
    # norm line
    if g.norm is not None and laag <= g.norm <= hoog:
        yn = y_van(g.norm)
        d.add(Line(links, yn, links + pw, yn, strokeColor=stijl.colors.black, strokeWidth=1.3,
                   strokeDashArray=(5, 2.5)))
        if g.norm_label:
            # on the outside of the norm, away from the data: below a minimum, above a maximum
            # (unless the plot edge is too close)
            onder_lijn = g.richting == "minimaal" and yn - onder > 12
            d.add(String(links + pw - 2, yn - 9 if onder_lijn else yn + 3, g.norm_label, fontName=stijl.FONT_VET,
                         fontSize=6.8, textAnchor="end"))
    # another tak's own norm: a thinner dashed line, labelled with the tak ("niet-DAEB ≥ 1,80")
    for tekst, w in g.andere_normen:
        if laag <= w <= hoog:
            yn = y_van(w)
            d.add(Line(links, yn, links + pw, yn, strokeColor=stijl.colors.black, strokeWidth=0.7,
                       strokeDashArray=(2, 2)))
            d.add(String(links + pw - 2, yn + 3, tekst, fontName=stijl.FONT, fontSize=6.5, textAnchor="end"))
    # lines
    lijnen = [r for r in g.reeksen if r.soort == "lijn"]
    for i, r in enumerate(lijnen):
        dash, marker = PATRONEN[i % len(PATRONEN)]
        kleur = stijl.colors.HexColor(KLEUREN[i % len(KLEUREN)])
        stuk: list[float] = []
        for j, w in [*r.punten, (None, None)]:
            if w is None or j is None:
                if len(stuk) >= 4:
                    d.add(PolyLine(stuk, strokeColor=kleur, strokeWidth=1.5, strokeDashArray=dash))
                stuk = []
                continue
            stuk += [x_van(j), y_van(w)]
        for j, w in r.punten:
            if w is not None:
                _marker(d, marker, x_van(j), y_van(w), kleur)
    if legenda:
        lijn_nr = {id(r): i for i, r in enumerate(lijnen)}
        for k, rij in enumerate(rijen):
            x, y = links, 8.0 + LEGENDA_REGEL * (len(rijen) - 1 - k)
            for soort, naam, r, w in rij:
                if soort == "staaf":
                    d.add(Rect(x, y - 1, 10, 6, fillColor=stijl.colors.HexColor("#A9B4C2"), strokeColor=stijl.GRIJS,
                               strokeWidth=0.5))
                    d.add(String(x + 13, y, naam, fontName=stijl.FONT, fontSize=7))
                elif soort == "lijn":
                    i = lijn_nr[id(r)]
                    dash, marker = PATRONEN[i % len(PATRONEN)]
                    kleur = stijl.colors.HexColor(KLEUREN[i % len(KLEUREN)])
                    d.add(Line(x, y + 2, x + 16, y + 2, strokeColor=kleur, strokeWidth=1.5, strokeDashArray=dash))
                    _marker(d, marker, x + 8, y + 2, kleur)
                    d.add(String(x + 20, y, naam, fontName=stijl.FONT, fontSize=7))
                else:
                    d.add(Rect(x, y - 1, 10, 6, fillColor=stijl.KRAP_VLAK, strokeColor=None))
                    d.add(String(x + 13, y, naam, fontName=stijl.FONT, fontSize=7))
                x += w + LEGENDA_TUSSEN
    return d
