"""Rapport → PDF bytes (A4, reportlab platypus). Layout only: every word and figure comes from the model.

Header: corporatie · gemeente · bodjaar; footer: date of the assessment, bodcheck version, concept/definitief
and "pagina X van Y". Fonts embedded (DejaVu Sans). Deterministic: reportlab's invariant mode, no clock.
"""

from __future__ import annotations

import io
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError

from bodcheck import opmaak
from bodcheck.rapport import grafieken, stijl
from bodcheck.rapport.inkorten import MAX_TEKENS, MAX_TEKENS_KRAP, inkorten
from bodcheck.rapport.model import (
    Alinea,
    Blok,
    Grafiek,
    Hoofdstuk,
    Opsomming,
    Paginawissel,
    Rapport,
    Tabel,
    VraagpuntBlok,
    Vraagpunten,
)

KLEINE_TABEL = 14  # rows: kept on one page with its title


def _regels(tekst: str) -> str:
    """Plain text as Paragraph markup, its line breaks kept (the user's notes often are short lists)."""
    return _escape(tekst).replace("\n", "<br/>")


def _escape(tekst: str) -> str:
    """Markup-safe text in which a euro sign never ends a line: it is bound to its amount by a non-breaking
    space (vraagpunten.md Revisions 2)."""
    return escape(tekst.replace("€ ", "€\u00a0"))


def _p(tekst: str, s: str) -> Paragraph:
    return Paragraph(_regels(tekst), stijl.stijlen()[s])


# ---- canvas: header, footer, "pagina X van Y" -----------------------------------------------------------


def _canvas_klasse(rapport: Rapport):
    class _Canvas(rl_canvas.Canvas):
        """Keeps every page until the end, then draws header and footer with the total page count."""

        def __init__(self, *args, **kwargs):
            kwargs["invariant"] = 1
            super().__init__(*args, **kwargs)
            self._paginas: list[dict] = []

        def showPage(self):
            self._paginas.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            totaal = len(self._paginas)
            for toestand in self._paginas:
                self.__dict__.update(toestand)
                _kop_en_voet(self, rapport, self._pageNumber, totaal)
                super().showPage()
            super().save()

    return _Canvas


def _achtergrond(c: rl_canvas.Canvas, r: Rapport) -> None:
    """At the start of every page, under the content: the light "CONCEPT" mark and the header line."""
    breedte, hoogte = stijl.PAGINA
    links, rechts = stijl.MARGE_LINKS, breedte - stijl.MARGE_RECHTS
    c.saveState()
    if not r.definitief:
        c.setFillColor(stijl.WATERMERK)
        c.setFont(stijl.FONT_VET, 88)
        c.translate(breedte / 2, hoogte / 2)
        c.rotate(50)
        c.drawCentredString(0, -30, "CONCEPT")
    c.restoreState()
    c.saveState()
    c.setFillColor(stijl.GRIJS)
    c.setStrokeColor(stijl.LIJN)
    c.setLineWidth(0.5)
    if c.getPageNumber() > 1:
        c.setFont(stijl.FONT, 7.8)
        c.drawString(links, hoogte - 13 * mm, _past(r.kopregel, stijl.FONT, 7.8, (rechts - links) * 0.62))
        c.drawRightString(rechts, hoogte - 13 * mm, getattr(r, "kop_rechts", "Beoordelingsrapport")
                          + (" · versie voor wederhoor" if r.wederhoor else ""))
        c.line(links, hoogte - 14.5 * mm, rechts, hoogte - 14.5 * mm)
    c.line(links, 13.5 * mm, rechts, 13.5 * mm)
    c.setFont(stijl.FONT, 7.4)
    voet = f"Beoordeeld op {opmaak.datum_lang(r.peildatum)} · bodcheck {r.versie}"
    c.drawString(links, 9.5 * mm, voet)
    c.setFont(stijl.FONT_VET, 7.4)
    status = r.status_tekst.upper() if not r.definitief else r.status_tekst
    # centred, unless the left text would run into it (a long status such as the wederhoor version)
    helft = c.stringWidth(status, stijl.FONT_VET, 7.4) / 2
    midden = max(breedte / 2, links + c.stringWidth(voet, stijl.FONT, 7.4) + 6 * mm + helft)
    c.drawCentredString(midden, 9.5 * mm, status)
    c.restoreState()


def _past(tekst: str, font: str, grootte: float, breedte: float) -> str:
    """A one-line text (a page header) cut with "…" to fit `breedte` points."""
    if stringWidth(tekst, font, grootte) <= breedte:
        return tekst
    while tekst and stringWidth(tekst + "…", font, grootte) > breedte:
        tekst = tekst[: max(0, min(len(tekst) - 1, int(len(tekst) * 0.9)))]
    return tekst.rstrip() + "…"


def _kop_en_voet(c: rl_canvas.Canvas, r: Rapport, nummer: int, totaal: int) -> None:
    """At the end, when the total is known: "pagina X van Y"."""
    c.saveState()
    c.setFillColor(stijl.GRIJS)
    c.setFont(stijl.FONT, 7.4)
    c.drawRightString(stijl.PAGINA[0] - stijl.MARGE_RECHTS, 9.5 * mm, f"pagina {nummer} van {totaal}")
    c.restoreState()


# ---- document --------------------------------------------------------------------------------------------


class _Document(BaseDocTemplate):
    def afterFlowable(self, flowable: Flowable) -> None:
        kop = getattr(flowable, "_bodcheck_kop", None)
        if kop:
            sleutel, tekst, niveau = kop
            self.canv.bookmarkPage(sleutel)
            self.canv.addOutlineEntry(tekst, sleutel, level=niveau, closed=niveau > 0)


def maak(r: Rapport) -> bytes:
    """The PDF as bytes. Texts are capped (inkorten); should a page still not hold a table row or a box, the
    report is made again with shorter texts: the layout never fails on what a file holds."""
    try:
        return _maak(inkorten(r, MAX_TEKENS))
    except LayoutError:
        return _maak(inkorten(r, MAX_TEKENS_KRAP))


def _maak(r: Rapport) -> bytes:
    stijl.registreer_fonts()
    buf = io.BytesIO()
    doc = _Document(
        buf, pagesize=stijl.PAGINA, leftMargin=stijl.MARGE_LINKS, rightMargin=stijl.MARGE_RECHTS,
        topMargin=stijl.MARGE_BOVEN, bottomMargin=stijl.MARGE_ONDER, title=f"{r.titel} — {r.corporatie}",
        author=r.auteur, subject=r.onderwerp, creator=f"bodcheck {r.versie}", invariant=1,
        keywords="bodcheck, prestatieafspraken, bod, woonvisie, Woningwet art. 44", lang="nl-NL",
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="tekst", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="pagina", frames=[frame], onPage=lambda c, _d: _achtergrond(c, r))])
    verhaal: list[Flowable] = []
    verhaal += _voorblad(r)
    teller = 0
    for h in r.hoofdstukken:
        if h.sleutel == "voorblad":
            continue
        teller += 1
        verhaal += _hoofdstuk(h, teller)
    doc.build(verhaal, canvasmaker=_canvas_klasse(r))
    return buf.getvalue()


def _kop(tekst: str, s: str, sleutel: str, niveau: int) -> Paragraph:
    p = _p(tekst, s)
    p._bodcheck_kop = (sleutel, tekst, niveau)
    p.keepWithNext = True
    return p


def _voorblad(r: Rapport) -> list[Flowable]:
    s = stijl.stijlen()
    uit: list[Flowable] = [Spacer(1, 30 * mm), _kop(r.titel, "titel", "voorblad", 0),
                           _p(getattr(r, "ondertitel", "")  # a joint report (samen_opbouw) names its own
                              or f"{r.corporatie or 'Corporatie onbekend'} · gemeente {r.gemeente or 'onbekend'}",
                              "ondertitel")]
    rijen = [[_p(label, "cel_kop"), _p(waarde, "cel")] for label, waarde in r.voorblad]
    t = Table(rijen, colWidths=[45 * mm, stijl.BREEDTE - 45 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, stijl.LICHT),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    uit += [t, Spacer(1, 18 * mm)]
    if not r.definitief:
        uit.append(_p("CONCEPT — dit rapport is nog niet definitief.", "h3"))
    if r.wederhoor:
        uit.append(_p("Versie voor wederhoor: de vragen en de gebruikte gegevens, zonder eigen aantekeningen. Wij "
                      "horen graag vóór het overleg of de cijfers kloppen.", "tekst"))
    uit.append(Spacer(1, 6 * mm))
    uit.append(_kader([Paragraph(escape(r.disclaimer), s["let_op"])]))
    return uit


def _kader(inhoud: list[Flowable], vulling=None) -> Table:
    t = Table([[inhoud]], colWidths=[stijl.BREEDTE])
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.8, stijl.LIJN),
                           ("BACKGROUND", (0, 0), (-1, -1), vulling or stijl.LICHT),
                           ("LEFTPADDING", (0, 0), (-1, -1), 7), ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                           ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return t


def _hoofdstuk(h: Hoofdstuk, nummer: int) -> list[Flowable]:
    # a chapter that follows on the same page (no half-empty page from a forced break) needs room for its
    # heading and a first block, else it starts on the next page
    uit: list[Flowable] = [NextPageTemplate("pagina"), PageBreak() if h.nieuwe_pagina else Spacer(1, 8 * mm)]
    if not h.nieuwe_pagina:
        uit.append(CondPageBreak(30 * mm))
    uit.append(_kop(h.kop, "h1", h.sleutel, 0))
    blokken = list(h.blokken)
    i = 0
    while i < len(blokken):
        blok = blokken[i]
        if isinstance(blok, Grafiek) and blok.half:
            paar = [blok]
            if i + 1 < len(blokken) and isinstance(blokken[i + 1], Grafiek) and blokken[i + 1].half:
                paar.append(blokken[i + 1])
                i += 1
            uit.append(_grafieken_naast_elkaar(paar))
        else:
            nieuw = _blok(blok, h.sleutel, kern=h.sleutel == "kern")
            if uit and isinstance(uit[-1], Paragraph) and getattr(uit[-1], "_bodcheck_kop", None) \
                    and uit[-1].style.name == "h2" and nieuw:
                # a sub-heading never ends a page: ask for room for the heading and the first block
                kop = uit.pop()
                if isinstance(uit[-1], CondPageBreak):
                    uit.pop()
                if isinstance(nieuw[0], CondPageBreak) and len(nieuw) > 1:  # the block asks for room itself
                    hoogte = _hoogte(kop) + nieuw.pop(0).height
                else:
                    hoogte = _hoogte(kop) + _hoogte(nieuw[0])
                uit += [CondPageBreak(min(hoogte + 12, 200 * mm)), kop]
            uit += nieuw
        i += 1
    return uit


def _hoogte(f: Flowable) -> float:
    """Height of a flowable at full text width (KeepTogether: the sum of its parts; no canvas needed)."""
    if isinstance(f, KeepTogether):
        return sum(_hoogte(x) for x in f._content)
    return f.wrap(stijl.BREEDTE, stijl.PAGINA[1])[1]


def _blok(b: Blok, hoofdstuk: str, kern: bool = False) -> list[Flowable]:
    if isinstance(b, Alinea):
        if b.soort == "kop":
            return [CondPageBreak(40 * mm), _kop(b.tekst, "h2", f"{hoofdstuk}-{abs(hash_tekst(b.tekst))}", 1)]
        if b.soort == "let_op":
            return [_kader([_p(b.tekst, "let_op")]), Spacer(1, 5)]
        return [_p(b.tekst, "klein" if b.soort == "klein" else "tekst")]
    if isinstance(b, Opsomming):
        uit: list[Flowable] = []
        if b.titel:
            uit.append(_p(b.titel, "h3"))
        s = stijl.stijlen()["opsomming"]
        items = [Paragraph(_escape(x), s, bulletText="•") for x in b.items]
        uit += items
        return [KeepTogether(uit[:3]), *uit[3:]] if len(uit) > 3 else [KeepTogether(uit)]
    if isinstance(b, Tabel):
        # the Kern page and the method and glossary are set condensed (no near-empty last page, review 3)
        return _tabel(b, compact=kern or hoofdstuk == "methode")
    if isinstance(b, Grafiek):
        return [_grafieken_naast_elkaar([b])]
    if isinstance(b, Vraagpunten):
        return _vraagpunten(b)
    if isinstance(b, Paginawissel):
        return [PageBreak()]
    return []


def hash_tekst(tekst: str) -> int:
    """A stable (not randomised) number for a bookmark name."""
    h = 0
    for ch in tekst:
        h = (h * 131 + ord(ch)) % 1_000_000_007
    return h


CEL_MARGE = 6.5  # points: left and right padding of a cell (3 + 3) and a little air


def _woorden(tekst: str) -> list[str]:
    """The pieces a cell may not break inside: split only at ordinary spaces and line breaks (a no-break
    space, as in "€\u00a01.234", binds)."""
    return [w for w in tekst.replace("€ ", "€\u00a0").replace("\n", " ").split(" ") if w]


def minimale_breedte(tekst: str, font: str, grootte: float) -> float:
    """The width (points) a cell needs so that no word or number in it breaks: its widest word plus padding."""
    return max((stringWidth(w, font, grootte) for w in _woorden(tekst)), default=0.0) + CEL_MARGE


def kolombreedtes(t: Tabel, totaal: float = stijl.BREEDTE) -> list[float]:
    """Column widths for `t` over `totaal` points: the model's relative widths, but every column at least as
    wide as its widest word (header in bold, cells in the cell font), the difference taken from the columns
    with room to spare (rapport.md Revisions 2, "Tables": numbers, codes and words never wrap inside a
    cell). Group and note rows span the table and do not count."""
    st = stijl.stijlen()
    kop, cel = st["cel_kop"], st["cel"]
    n = len(t.kolommen)
    minimum = [minimale_breedte(k.kop, kop.fontName, kop.fontSize) for k in t.kolommen]
    for i, rij in enumerate(t.rijen):
        if i in t.groepsrijen or i in t.notitierijen:
            continue
        vet = i in t.vet
        for j, c in enumerate(rij):
            minimum[j] = max(minimum[j], minimale_breedte(c.tekst, kop.fontName if vet else cel.fontName,
                                                          kop.fontSize if vet else cel.fontSize))
    relatief = sum(k.breedte for k in t.kolommen)
    breedtes = [totaal * k.breedte / relatief for k in t.kolommen]
    if sum(minimum) >= totaal:  # cannot fit: each column its minimum, scaled down (words may break)
        return [totaal * m / sum(minimum) for m in minimum]
    vast: set[int] = set()
    for _ in range(n):  # fix the columns below their minimum; share the rest by the relative widths
        te_smal = {j for j in range(n) if j not in vast and breedtes[j] < minimum[j] - 1e-9}
        if not te_smal:
            break
        vast |= te_smal
        rest = totaal - sum(minimum[j] for j in vast)
        vrij_relatief = sum(t.kolommen[j].breedte for j in range(n) if j not in vast)
        breedtes = [minimum[j] if j in vast else rest * t.kolommen[j].breedte / vrij_relatief for j in range(n)]
    return breedtes


def _tabel(t: Tabel, compact: bool = False) -> list[Flowable]:
    rechts = [k.uitlijning == "rechts" for k in t.kolommen]
    breedtes = kolombreedtes(t)
    kop = [_p(k.kop, "cel_kop_rechts" if r else "cel_kop") for k, r in zip(t.kolommen, rechts, strict=True)]
    rijen = [kop]
    for rij in t.rijen:
        rijen.append([_p(c.tekst, "cel_rechts" if r else "cel") for c, r in zip(rij, rechts, strict=True)])
    tabel = Table(rijen, colWidths=breedtes, repeatRows=1, hAlign="LEFT")
    opmaak_ = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), stijl.KOP_ACHTERGROND),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, stijl.ACCENT),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, stijl.LIJN),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2 if compact else 2.6),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6 if compact else 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for i in t.vet:
        opmaak_.append(("LINEABOVE", (0, i + 1), (-1, i + 1), 0.8, stijl.GRIJS))
        for j, c in enumerate(t.rijen[i]):
            rijen[i + 1][j] = _p(c.tekst, "cel_kop_rechts" if rechts[j] else "cel_kop")
    for i in t.groepsrijen:
        opmaak_ += [("SPAN", (0, i + 1), (-1, i + 1)), ("BACKGROUND", (0, i + 1), (-1, i + 1), stijl.GROEP_ACHTERGROND)]
    for i in t.notitierijen:  # the corporatie's voice under the row above: one cell over the whole width
        rijen[i + 1][0] = _p(t.rijen[i][0].tekst, "voetnoot")
        opmaak_ += [("SPAN", (0, i + 1), (-1, i + 1)), ("TOPPADDING", (0, i + 1), (-1, i + 1), 0),
                    ("LEFTPADDING", (0, i + 1), (0, i + 1), 10), ("LINEABOVE", (0, i + 1), (-1, i + 1), 0, stijl.LIJN)]
    opmaak_ += [("BACKGROUND", (k, i + 1), (k, i + 1), stijl.colors.HexColor(kleur)) for i, k, kleur in t.kleuren]
    tabel = Table(rijen, colWidths=breedtes, repeatRows=1, hAlign="LEFT")
    tabel.setStyle(TableStyle(opmaak_))
    uit: list[Flowable] = []
    kopje = [_p(t.titel, "tabeltitel")] if t.titel else []
    voet = [_p(t.voetnoot, "voetnoot")] if t.voetnoot else [Spacer(1, 5)]
    if len(t.rijen) <= KLEINE_TABEL:
        uit.append(KeepTogether([*kopje, tabel, *voet]))
    else:
        if kopje:
            kopje[0].keepWithNext = True
        uit += [*kopje, tabel, *voet]
    return uit


def _grafieken_naast_elkaar(gs: list[Grafiek]) -> Flowable:
    if len(gs) == 1 and not gs[0].half:
        g = gs[0]
        d = grafieken.teken(g, stijl.BREEDTE, 62 * mm)
        inhoud: list[Flowable] = [d]
        if g.onderschrift:
            inhoud.append(_p(g.onderschrift, "voetnoot"))
        return KeepTogether(inhoud)
    breedte = (stijl.BREEDTE - 6 * mm) / 2
    cellen = []
    for g in gs:
        inhoud = [grafieken.teken(g, breedte, 55 * mm)]
        if g.onderschrift:
            inhoud.append(_p(g.onderschrift, "voetnoot"))
        cellen.append(inhoud)
    if len(cellen) == 1:
        cellen.append([])
    t = Table([cellen], colWidths=[breedte + 3 * mm, breedte + 3 * mm], hAlign="LEFT")
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           # a gap between the two captions: without it the left one ran into the right one
                           ("RIGHTPADDING", (0, 0), (-1, -1), 3 * mm), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return t


# ---- vraagpunten -----------------------------------------------------------------------------------------


def _vraagpunten(v: Vraagpunten) -> list[Flowable]:
    uit: list[Flowable] = []
    groep = None
    for b in v.blokken:
        if b.groep != groep:
            groep = b.groep
            uit.append(CondPageBreak(60 * mm))
            uit.append(_kop(groep, "h2", f"groep-{b.nummer}", 1))
        uit.append(KeepTogether(_vraagpunt(b, v.met_invulvakken)))
    return uit


def _vraagpunt(b: VraagpuntBlok, vakken: bool) -> list[Flowable]:
    s = stijl.stijlen()
    uit: list[Flowable] = [Paragraph(f"{b.nummer}.&nbsp;&nbsp;{_escape(b.vraag)}", s["vraag"])]
    labels = f"{b.thema} · ernst {b.ernst} · {b.id}" + ("" if b.meenemen else " · niet geselecteerd om mee te nemen")
    uit.append(Paragraph(f"<font color='#555B63'>{escape(labels)}</font>", s["vraag_detail"]))
    uit.append(Paragraph(f"<b>Waarom:</b> {_escape(b.waarom)}", s["vraag_detail"]))
    bron = opmaak.cellen_kort(b.bronnen) if b.bronnen else "–"
    uit.append(Paragraph(f"<b>Bron:</b> {escape(bron)}" + (f" · <b>basis:</b> {escape(b.basis)}" if b.basis else ""),
                         s["vraag_detail"]))
    if b.notitie:
        uit.append(Paragraph(f"<b>Eigen notitie:</b> {_regels(b.notitie)}", s["vraag_detail"]))
    if vakken:
        uit.append(Spacer(1, 2))
        uit.append(_invulvak("Antwoord", b.antwoord, 17 * mm))
        uit.append(Spacer(1, 2))
        uit.append(_invulvak("Afspraak: wat · wie · wanneer", b.afspraak, 13 * mm))
    else:  # no empty boxes here, but what the user wrote is printed all the same
        for label, tekst in (("Antwoord", b.antwoord), ("Afspraak", b.afspraak)):
            if tekst:
                uit.append(Paragraph(f"<b>{label}:</b> {_regels(tekst)}", s["vraag_detail"]))
    uit.append(Spacer(1, 8))
    return uit


def _invulvak(label: str, tekst: str, hoogte: float) -> Table:
    s = stijl.stijlen()
    inhoud = [Paragraph(escape(label), s["vak_label"])]
    if tekst:
        inhoud.append(Paragraph(_regels(tekst), s["vak_tekst"]))
    breedte = stijl.BREEDTE - 22
    t = Table([[inhoud]], colWidths=[breedte], rowHeights=[None if tekst else hoogte], hAlign="RIGHT")
    t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, stijl.LIJN), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("LEFTPADDING", (0, 0), (-1, -1), 4), ("TOPPADDING", (0, 0), (-1, -1), 2),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 8 if tekst else 2)]))
    return t
