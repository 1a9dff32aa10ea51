"""Overzicht: the first view after every open, the report's Kern page as cards (bodcheck.rapport.overzicht).
One sentence for the whole bod, a card per thema, the ratios per tak with the norm, the investeringsruimte,
last year's realisation and the most important questions. Every card opens its view at the right row, by
mouse or by keyboard (Tab to the card, Enter or Space)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget
from shiboken6 import isValid

from bodcheck.model import Invoer, Melding, Resultaat
from bodcheck.rapport import overzicht
from bodcheck.rapport.overzicht import Overzicht
from ui import grafieken, kleuren
from ui.signalen import zend
from ui.stappen import Stappen
from ui.taken import Taken
from ui.widgets import kop, scrollend, uitleg

# One style sheet on the view for all cards (a style sheet per card cost ≈ 1 ms each to set and polish); the
# coloured left edge is chosen by the card's `rand` property.
KAART_STIJL = ("QFrame#kaart { background: #ffffff; border: 1px solid #c9ced4; border-radius: 4px; } "
               "QFrame#kaart:hover { border-color: #1f4e79; } "
               "QFrame#kaart:focus { border: 2px solid #1f4e79; background: #f3f7fb; } "
               + " ".join(f'QFrame#kaart[rand="{k}"] {{ border-left: 5px solid {k}; }}'
                          for k in dict.fromkeys(kleuren.STATUS_RAND.values())))


class Kaart(QFrame):
    """A card that acts as a button: focusable, Enter/Space/click emit `gekozen`."""

    gekozen = Signal()

    def __init__(self, titel: str, tekst: str = "", naam: str = "", rand: str = "",
                 parent: QWidget | None = None) -> None:
        """`rand`: a colour for the left edge (an aid only: the status is also in the text)."""
        super().__init__(parent)
        self.setObjectName("kaart")
        self.setProperty("rand", rand)  # KAART_STIJL, set on the Overzicht
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.laag = QVBoxLayout(self)
        self.laag.setContentsMargins(10, 8, 10, 8)
        self.titel = QLabel(titel)
        self.titel.setWordWrap(True)
        f = self.titel.font()
        f.setBold(True)
        self.titel.setFont(f)
        self.laag.addWidget(self.titel)
        self.tekst = QLabel(tekst)
        self.tekst.setWordWrap(True)
        if not tekst:  # never an explicit show here: the card has no parent yet and would become a window
            self.tekst.hide()
        self.laag.addWidget(self.tekst)
        self.setAccessibleName(naam or titel)
        self.setAccessibleDescription(tekst)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)

    def keyPressEvent(self, e: QKeyEvent) -> None:
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            zend(self.gekozen)
        else:
            super().keyPressEvent(e)

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:
        if e.button() == Qt.MouseButton.LeftButton and self.rect().contains(e.position().toPoint()):
            zend(self.gekozen)

    def focusInEvent(self, e: QFocusEvent) -> None:
        super().focusInEvent(e)
        parent = self.parentWidget()
        while parent is not None and not hasattr(parent, "ensureWidgetVisible"):
            parent = parent.parentWidget()
        if parent is not None:
            parent.ensureWidgetVisible(self)  # Tab through the cards keeps the focused one on screen


class OverzichtScherm(QWidget):
    # (view, what to show there): ("vergelijking", thema) | ("kerncijfers", "") | ("ruimte", "")
    # | ("invoer", sheet name) | ("vraagpunten", notitie_sleutel)
    open_scherm = Signal(str, str)

    def __init__(self, parent: QWidget | None = None, taken: Taken | None = None) -> None:
        super().__init__(parent)
        self.taken = taken
        self._nr = 0  # only the newest Overzicht is shown
        _, laag = scrollend(self)
        laag.addWidget(kop("Overzicht"))
        self.kopregel = uitleg("")
        laag.addWidget(self.kopregel)
        self.oordeel = QLabel("De beoordeling wordt opgesteld…")
        self.oordeel.setWordWrap(True)
        f = self.oordeel.font()
        f.setPointSizeF(f.pointSizeF() * 1.2)
        f.setBold(True)
        self.oordeel.setFont(f)
        self.oordeel.setAccessibleName("Oordeel in één zin")
        laag.addWidget(self.oordeel)
        self.inhoud = QWidget()
        self.inhoud.setStyleSheet(KAART_STIJL)
        self.inhoud_laag = QVBoxLayout(self.inhoud)
        self.inhoud_laag.setContentsMargins(0, 0, 0, 0)
        laag.addWidget(self.inhoud)
        laag.addStretch(1)
        self.kaarten: list[Kaart] = []
        self._stappen = Stappen(self)

    def _kaart(self, titel: str, tekst: str, scherm: str, wat: str, naam: str = "", rand: str = "") -> Kaart:
        k = Kaart(titel, tekst, naam, rand)
        k.gekozen.connect(lambda: zend(self.open_scherm, scherm, wat))
        self.kaarten.append(k)
        return k

    def _raster(self, kolommen: int) -> QGridLayout:
        w = QWidget()
        g = QGridLayout(w)
        g.setContentsMargins(0, 0, 0, 0)
        g.setSpacing(8)
        for c in range(kolommen):
            g.setColumnStretch(c, 1)
        self.inhoud_laag.addWidget(w)
        return g

    @staticmethod
    def _grafiek(vak: _Vak, g) -> None:
        v = grafieken.klein(g)
        v.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        v.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        vak.zet(v)

    def vul(self, r: Resultaat, notities: dict) -> None:
        """Build the Overzicht of `r` from the report model (the same model as the Kern page) in the background,
        and show it when it is ready (without background jobs, at once)."""
        notities = dict(notities)
        if self.taken is None:
            self.toon(overzicht.opstellen(r, notities))
            return
        self._nr += 1
        nr = self._nr
        self.taken.start(lambda: overzicht.opstellen(r, notities), klaar=lambda o: nr == self._nr and isValid(self) and self.toon(o))

    def zonder_oordeel(self, invoer: Invoer, fouten: list[Melding]) -> None:
        """No result for the assessment `invoer` (yet): nothing of an earlier assessment stays. With `fouten` (the
        workbook cannot be used) say why there is no verdict and offer the first cell to fix in Invoer; without,
        the assessment is being computed."""
        self._nr += 1  # an Overzicht still being built belongs to the earlier result
        self._leeg()
        self.kopregel.setText(" · ".join(x for x in (invoer.corporatie, invoer.gemeente,
                                                      f"bod {invoer.bodjaar}" if invoer.bodjaar else "") if x))
        if not fouten:
            self.oordeel.setText("De beoordeling wordt opgesteld…")
            return
        eerste = fouten[0]
        bestand = (eerste.bron.bestand if eerste.bron else None) or eerste.bestand
        n = f"{len(fouten)} {'fout' if len(fouten) == 1 else 'fouten'}"
        self.oordeel.setText(f"Nog geen oordeel: {f'het werkboek {bestand}' if bestand else 'de invoer'} heeft {n} "
                             "(hieronder), en daarmee kan bodcheck niet rekenen. Verbeter het in Invoer, of in het "
                             "werkboek en lees dat opnieuw in.")
        b = eerste.bron
        cel = f"{b.blad}!{b.cel}" if b and b.blad and b.cel else ""  # the file is named in the sentence above
        self.inhoud_laag.addWidget(self._kaart(f"Naar Invoer, cel {cel}" if cel else "Naar Invoer", eerste.tekst,
                                               "invoer", cel or (b.blad if b and b.blad else "Algemeen")))

    def _leeg(self) -> None:
        self._stappen.start([])  # charts not yet drawn belong to the cards that go
        while self.inhoud_laag.count():
            w = self.inhoud_laag.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        self.kaarten = []

    def toon(self, o: Overzicht) -> None:
        """Show the Overzicht `o` (built in the background from the report model)."""
        self._leeg()
        self.kopregel.setText(o.kopregel)
        self.oordeel.setText(o.oordeel)
        lg = self.inhoud_laag

        lg.addWidget(kop("Bod en woonvisie per thema", 2))
        raster = self._raster(3)
        for i, t in enumerate(o.themas):
            rand = kleuren.STATUS_RAND.get(t.status, "")
            raster.addWidget(self._kaart(t.label, t.status_tekst, "vergelijking", t.thema,
                                         f"{t.label}: {t.status_tekst[2:]}", rand), i // 3, i % 3)
        if not o.themas:
            lg.addWidget(uitleg("Er zijn geen doelen van de woonvisie om het bod naast te leggen."))

        lg.addWidget(kop("Financieel (indicatief)", 2))
        k = self._kaart(f"Investeringsruimte: {o.ruimte}" if o.ruimte else "Investeringsruimte",
                        o.ruimte_toelichting, "ruimte", "")
        lg.addWidget(k)
        kern = self._kaart("Kerncijfers per tak, met de norm", o.financieel, "kerncijfers", "")
        raster_w = QWidget()
        raster = QGridLayout(raster_w)
        raster.setContentsMargins(0, 0, 0, 0)
        stappen = []
        for i, g in enumerate(o.grafieken):  # each chart in its own turn of the event loop, in a fixed cell
            vak = _Vak()
            raster.addWidget(vak, i // 2, i % 2)
            stappen.append(lambda vak=vak, g=g: self._grafiek(vak, g))
        self._stappen.start(stappen)
        kern.laag.addWidget(raster_w)
        lg.addWidget(kern)

        lg.addWidget(kop("Vorig jaar", 2))
        lg.addWidget(self._kaart("Afspraken en realisatie", o.realisatie, "invoer", o.realisatie_doel))

        lg.addWidget(kop(f"De {len(o.top)} belangrijkste vragen voor het overleg" if o.top else
                         "Vragen voor het overleg", 2))
        for b in o.top:
            lg.addWidget(self._kaart(f"Vraag {b.nummer}: {b.titel or b.vraag}",
                                     f"{b.thema} · ernst {b.ernst} · {b.vraag}",  # as the report's label line
                                     "vraagpunten", b.sleutel))  # named as titled: number and question
        if not o.top:
            lg.addWidget(uitleg("Er zijn geen vragen aangevinkt om mee te nemen; alle vraagpunten staan onder "
                                "Vraagpunten."))


class _Vak(QWidget):
    """The cell of one small chart. It has no layout: a chart put in a layout made the whole Overzicht lay out
    again (every wrapped text measured anew, 20–60 ms per chart); the cell just gives its chart its own size."""

    def __init__(self) -> None:
        super().__init__()
        self.setMinimumSize(220, 190)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # the card takes the click
        self.grafiek: QWidget | None = None

    def zet(self, grafiek: QWidget) -> None:
        self.grafiek = grafiek
        grafiek.setParent(self)
        grafiek.setGeometry(self.rect())
        grafiek.show()

    def resizeEvent(self, e: QResizeEvent) -> None:
        super().resizeEvent(e)
        if self.grafiek is not None:
            self.grafiek.setGeometry(self.rect())
