"""The concept prestatieafspraken as a Word document (python-docx), for the gemeente to edit into the signed
agreement (afspraken.md § Outputs).

    als_bytes(stukken) -> bytes      the .docx file

Sections: title, partijen, overwegingen, looptijd, afspraken per thema (a table each, with the gemeente's
own contribution under it), voorbehouden, monitoring, evaluatie en wijziging, geschillen, ondertekening, and
a removable werkbijlage with the check letters and the fixes. Word heading styles, one table style, Dutch
notation, every table within the text width; control characters in notes are removed before writing.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from bodcheck import codes, opmaak
from bodcheck.afspraken import toets as toets_mod
from bodcheck.afspraken.model import VOORBEHOUD_LABEL, Afspraak
from bodcheck.afspraken.tekst import jaar_of_periode, wie
from bodcheck.afspraken.verzamelen import Overzicht, Regel
from bodcheck.model import Invoer

PAGINA_BREEDTE, PAGINA_HOOGTE, MARGE = Cm(21.0), Cm(29.7), Cm(2.0)
TEKST_BREEDTE = PAGINA_BREEDTE - 2 * MARGE
TABEL_STIJL = "Table Grid"
AFSPRAAK_KOLOMMEN = (("Afspraak", 4.4), ("Indicator", 3.0), ("Uitgangs\u00adsituatie", 2.4), ("Waarde", 1.9),
                     ("Jaar of periode", 2.4), ("Wie (trekker)", 2.7))  # 16,8 of 17 cm; a soft hyphen in the head
TABEL_PUNTEN = 9
TOETS_KOLOMMEN = (("Nr.", 1.0), ("Afspraak", 6.8), *((toets_mod.LETTER_KOP[k], 1.0) for k in toets_mod.LETTERS),
                  ("Herkomst", 4.0))
_ONGELDIG = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


def schoon(tekst: str | None) -> str:
    """Text safe for Word: control characters removed, line ends normalised, tabs as spaces."""
    if not tekst:
        return ""
    return _ONGELDIG.sub("", tekst.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")).strip()


@dataclass(frozen=True)
class Stukken:
    """Everything the document states; `overzicht` holds the afspraken with their check."""

    invoer: Invoer
    overzicht: Overzicht
    peildatum: dt.date
    auteur: str = ""

    @property
    def periode(self) -> tuple[int, int]:
        jaren = self.overzicht.jaren
        start = (self.invoer.bodjaar or self.peildatum.year) + 1
        return (jaren[0], jaren[-1]) if jaren else (start, start)


def titel(s: Stukken) -> str:
    van, tot = s.periode
    return f"Concept prestatieafspraken {s.invoer.gemeente} {van}–{tot}" if van != tot else \
        f"Concept prestatieafspraken {s.invoer.gemeente} {van}"


def als_bytes(s: Stukken) -> bytes:
    doc = _document()
    doc.core_properties.title = schoon(titel(s))
    doc.core_properties.author = schoon(s.auteur) or "bodcheck"
    doc.core_properties.created = dt.datetime(s.peildatum.year, s.peildatum.month, s.peildatum.day)
    doc.core_properties.modified = doc.core_properties.created
    doc.core_properties.last_modified_by = doc.core_properties.author
    doc.core_properties.revision = 1
    doc.add_heading(schoon(titel(s)), level=0)
    doc.add_paragraph(schoon(f"Concept van {opmaak.datum_lang(s.peildatum)}"
                             + (f", opgesteld door {s.auteur}" if s.auteur.strip() else "")
                             + ". Ter bespreking; nog niet vastgesteld."))
    _partijen(doc, s)
    _overwegingen(doc, s)
    _looptijd(doc, s)
    _afspraken(doc, s)
    _voorbehouden(doc, s)
    _monitoring(doc, s)
    _evaluatie(doc)
    _geschillen(doc)
    _ondertekening(doc, s)
    _werkbijlage(doc, s)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


# ---- building blocks -----------------------------------------------------------------------------------


def _document():
    doc = Document()
    sectie = doc.sections[0]
    sectie.orientation = WD_ORIENT.PORTRAIT
    sectie.page_width, sectie.page_height = PAGINA_BREEDTE, PAGINA_HOOGTE
    sectie.left_margin = sectie.right_margin = sectie.top_margin = sectie.bottom_margin = MARGE
    normaal = doc.styles["Normal"]
    normaal.font.name = "DejaVu Sans"
    normaal.font.size = Pt(10)
    normaal.element.rPr.rFonts.set(qn("w:eastAsia"), "DejaVu Sans")
    doc.settings.element.append(_taal())
    return doc


def _taal():
    """Dutch as the proofing language of the whole document."""
    standaard = OxmlElement("w:themeFontLang")
    standaard.set(qn("w:val"), "nl-NL")
    return standaard


def _alinea(doc, tekst: str, vet: bool = False, stijl: str | None = None):
    p = doc.add_paragraph(style=stijl)
    run = p.add_run(schoon(tekst))
    run.bold = vet
    return p


def _tabel(doc, kolommen: tuple[tuple[str, float], ...], rijen: list[list[str]]):
    t = doc.add_table(rows=1, cols=len(kolommen))
    t.style = doc.styles[TABEL_STIJL]
    t.autofit = False
    for i, (kop, breedte) in enumerate(kolommen):
        cel = t.rows[0].cells[i]
        cel.text = ""
        run = cel.paragraphs[0].add_run(kop)
        run.bold, run.font.size = True, Pt(TABEL_PUNTEN)
        t.columns[i].width = Cm(breedte)
    _herhaal_kop(t.rows[0])
    for rij in rijen:
        cellen = t.add_row().cells
        for i, tekst in enumerate(rij):
            cellen[i].text = ""
            # a line of its own is a paragraph of its own (not a soft break), so that "huurders." and
            # "Resultaat: …" never run together when the text is read out or copied (finding 21)
            for k, regel in enumerate(tekst.split("\n")):
                alinea = cellen[i].paragraphs[0] if k == 0 else cellen[i].add_paragraph()
                alinea.add_run(schoon(regel)).font.size = Pt(TABEL_PUNTEN)
    for rij in t.rows:
        for i, (_, breedte) in enumerate(kolommen):
            rij.cells[i].width = Cm(breedte)
    doc.add_paragraph()
    return t


def _herhaal_kop(rij) -> None:
    tr_pr = rij._tr.get_or_add_trPr()
    kop = OxmlElement("w:tblHeader")
    kop.set(qn("w:val"), "true")
    tr_pr.append(kop)


# ---- sections ------------------------------------------------------------------------------------------


def _partijen(doc, s: Stukken) -> None:
    inv = s.invoer
    doc.add_heading("Partijen", level=1)
    _alinea(doc, f"1. De gemeente {inv.gemeente}, hierna: de gemeente;", stijl="List Paragraph")
    _alinea(doc, f"2. {inv.corporatie or 'de corporatie'}, hierna: de corporatie;", stijl="List Paragraph")
    ho = inv.veld("huurdersorganisatie")
    _alinea(doc, f"3. {ho or 'de huurdersorganisatie'}, hierna: de huurdersorganisatie.", stijl="List Paragraph")


def _woonvisie_naam(inv: Invoer) -> str:
    for d in inv.woonvisie or []:
        if d.bron_woonvisie:
            return d.bron_woonvisie.split(",")[0].strip()
    return "de woonvisie"


def _overwegingen(doc, s: Stukken) -> None:
    inv = s.invoer
    doc.add_heading("Overwegingen", level=1)
    datum_bod = inv.veld("datum_bod")
    bod_op = f" van {opmaak.datum_lang(datum_bod)}" if isinstance(datum_bod, dt.date) else ""
    for tekst in (
        f"De gemeente heeft haar volkshuisvestingsbeleid vastgelegd in {_woonvisie_naam(inv)}.",
        f"De corporatie heeft met haar bod{bod_op} aangegeven wat zij de komende jaren aan de uitvoering van dat "
        "beleid bijdraagt (Woningwet, artikel 44).",
        f"De gemeente heeft het bod beoordeeld (peildatum {opmaak.datum_lang(s.peildatum)}) en de vragen daaruit in "
        "het overleg met de corporatie en de huurdersorganisatie besproken; de afspraken hieronder komen uit dat "
        "overleg.",
        "Partijen willen afspraken maken die concreet zijn, die zij elk jaar samen kunnen volgen, en waarin "
        "staat wie wat doet en wanneer.",
    ):
        _alinea(doc, tekst)


def _looptijd(doc, s: Stukken) -> None:
    van, tot = s.periode
    jaarschijf = (s.invoer.bodjaar or s.peildatum.year) + 1
    doc.add_heading("Looptijd", level=1)
    _alinea(doc, f"Deze afspraken vormen het kader voor {van}–{tot}. Elk jaar leggen partijen in een jaarschijf vast "
            f"wat in dat jaar gebeurt; deze afspraken bevatten de jaarschijf {jaarschijf}." if van != tot else
            f"Deze afspraken gelden voor {van}; zij vormen de jaarschijf {jaarschijf}.")


def _uitgangssituatie(inv: Invoer, a: Afspraak) -> str:
    r = inv.realisatie.regel(a.indicator) if inv.realisatie is not None and a.indicator else None
    if r is None:
        return opmaak.ONBEKEND
    bekend = [(j, w.getal) for j, w in r.waarden.items() if w.getal is not None]
    if not bekend:
        return opmaak.ONBEKEND
    jaar, waarde = max(bekend)
    return f"{toets_mod.waarde_tekst(waarde, toets_mod.eenheid_van(a))} ({jaar})"


def afspraak_rij(inv: Invoer, r: Regel) -> list[str]:
    a = r.afspraak
    wat = a.wat or a.resultaat
    if a.resultaat and a.resultaat != wat:
        wat += f"\nResultaat: {a.resultaat}"
    if a.is_indicator:
        waarde = toets_mod.waarde_tekst(a.waarde, toets_mod.eenheid_van(a)) if a.waarde is not None else \
            "nog in te vullen"
        indicator = toets_mod.indicator_label(a.indicator)
    else:
        waarde, indicator = opmaak.ONBEKEND, "procesafspraak" if a.is_proces else "nog in te vullen"
    return [f"{r.nummer}. {wat}", indicator, _uitgangssituatie(inv, a) if a.is_indicator else opmaak.ONBEKEND,
            waarde, jaar_of_periode(a), wie(a)]


def thema_label(thema: str) -> str:
    return codes.THEMA_LABEL.get(thema) or (thema.replace("_", " ").capitalize() if thema else "Overige afspraken")


def _afspraken(doc, s: Stukken) -> None:
    doc.add_heading("Afspraken", level=1)
    if not s.overzicht.regels:
        _alinea(doc, "Er zijn nog geen afspraken vastgelegd.")
        return
    _alinea(doc, "Per thema: wat partijen afspreken, waaraan dat te meten is, vanaf welke uitgangssituatie, "
            "wanneer, en wie het uitvoert. Onder elk thema staat wat de gemeente zelf bijdraagt.")
    volgorde = {t: i for i, t in enumerate((*codes.THEMAS, *codes.TOEZEGGING_THEMAS))}
    themas = sorted({r.thema for r in s.overzicht.regels}, key=lambda t: (volgorde.get(t, 99), t))
    levert = s.invoer.gemeente_levert or []
    for thema in themas:
        doc.add_heading(thema_label(thema), level=2)
        rijen = [afspraak_rij(s.invoer, r) for r in s.overzicht.regels if r.thema == thema]
        _tabel(doc, AFSPRAAK_KOLOMMEN, rijen)
        bijdrage = [t for t in levert if t.thema == thema]
        if bijdrage:
            _alinea(doc, "Bijdrage van de gemeente:", vet=True)
            for t in bijdrage:
                jaar = f" ({t.jaar})" if t.jaar else ""
                _alinea(doc, f"{t.tegenprestatie}{jaar}", stijl="List Bullet")


def _voorbehouden(doc, s: Stukken) -> None:
    doc.add_heading("Voorbehouden", level=1)
    regels = []
    if s.invoer.veld("onder_voorbehoud") is True:
        regels.append("De corporatie heeft haar bod onder voorbehoud gedaan: delen ervan hebben nog goedkeuring nodig "
                      "van haar raad van commissarissen of van de financier.")
    for r in s.overzicht.regels:
        if r.afspraak.onder_voorbehoud:
            regels.append(f"Afspraak {r.nummer} geldt onder voorbehoud van "
                          f"{VOORBEHOUD_LABEL[r.afspraak.onder_voorbehoud]}.")
    regels.append("Afspraken die de gemeenteraad raken (budget, grond, regelgeving) gelden onder voorbehoud van "
                  "besluitvorming door de raad.")
    for tekst in regels:
        _alinea(doc, tekst)


def _monitoring(doc, s: Stukken) -> None:
    doc.add_heading("Monitoring", level=1)
    indicatoren = sorted({toets_mod.indicator_label(r.afspraak.indicator).lower()
                          for r in s.overzicht.regels if r.afspraak.is_indicator and r.afspraak.wie != "gemeente"})
    if indicatoren:
        _alinea(doc, "De corporatie rapporteert elk jaar vóór 1 april de realisatie over het voorgaande jaar van: "
                + "; ".join(indicatoren) + ". Zij doet dat in het blad Realisatie van haar volgende bod, zodat de "
                "realisatie naast deze afspraken te leggen is.")
    if any(r.afspraak.is_proces for r in s.overzicht.regels):
        _alinea(doc, "Bij elke procesafspraak meldt de trekker in het eerstvolgende overleg of het resultaat er ligt, "
                "en zo niet, wat er nodig is.")
    _alinea(doc, "De gemeente rapporteert in hetzelfde overleg over haar eigen bijdragen.")


def _evaluatie(doc) -> None:
    doc.add_heading("Evaluatie en wijziging", level=1)
    _alinea(doc, "Partijen bespreken de afspraken elk jaar bij het nieuwe bod en leggen de uitkomst vast in een nieuwe "
            "jaarschijf. Een afspraak wijzigt alleen schriftelijk en met instemming van alle partijen die haar "
            "ondertekenden. Valt de uitvoering tegen, dan meldt de uitvoerende partij dat zo vroeg mogelijk.")


def _geschillen(doc) -> None:
    doc.add_heading("Geschillen", level=1)
    _alinea(doc, "Komen partijen over het maken of uitvoeren van deze afspraken niet tot overeenstemming, dan kan elk "
            "van hen het geschil voorleggen aan de minister (Woningwet, artikel 44). De minister doet een bindende "
            "uitspraak.")


def _ondertekening(doc, s: Stukken) -> None:
    inv = s.invoer
    doc.add_heading("Ondertekening", level=1)
    kolommen = ((f"Gemeente {inv.gemeente}", 5.6), (inv.corporatie or "Corporatie", 5.6),
                (str(inv.veld("huurdersorganisatie") or "Huurdersorganisatie"), 5.6))
    regel = "Naam:\n\nFunctie:\n\nDatum:\n\nHandtekening:\n\n\n"
    _tabel(doc, kolommen, [[regel, regel, regel + "(tekent als zij dat wil)"]])


def _werkbijlage(doc, s: Stukken) -> None:
    p = doc.add_paragraph()
    p.add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("Werkbijlage: toets per afspraak", level=1)
    _alinea(doc, "Deze bijlage is een werkdocument voor het overleg; verwijder haar vóór ondertekening.", vet=True)
    _alinea(doc, "De letters: " + toets_mod.LEGENDA)
    rijen = [[str(r.nummer), toets_mod.kort(r.afspraak.wat or r.afspraak.resultaat, 90),
              *(toets_mod.SYMBOOL[getattr(r.toets, k)] for k in toets_mod.LETTERS), r.herkomst]
             for r in s.overzicht.regels]
    _tabel(doc, TOETS_KOLOMMEN, rijen)
    doc.add_heading("Nog aan te vullen", level=2)
    if not s.overzicht.bevindingen:
        _alinea(doc, "Alle afspraken zijn specifiek, meetbaar, toegewezen en tijdgebonden.")
    for b in s.overzicht.bevindingen:
        _alinea(doc, f"{b.nummer}. {b.tekst}", vet=True)
        for u in b.uitleg:
            _alinea(doc, u, stijl="List Bullet")
    onderbouwing = [(r.nummer, u) for r in s.overzicht.regels for u in r.toets.uitleg if u.startswith("Realistisch")]
    if onderbouwing:
        doc.add_heading("Onderbouwing gevraagd", level=2)
        for nr, u in onderbouwing:
            _alinea(doc, f"Afspraak {nr}. {u}", stijl="List Bullet")
