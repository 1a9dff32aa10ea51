"""Vraagpunten: the questions for the overleg, grouped by partij in perspective order. Filter by partij,
thema and ernst; per question a "meenemen" tick, an own note, the answer given at the table and the afspraak.
With earlier years linked, a question that came up before shows, read-only under it, the answer and the
afspraak noted the last time (the monitor's returning questions, from ui.jaren_dienst); its row in the list
carries ↻."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bodcheck import bronnen, codes
from bodcheck.model import Notitie, Resultaat, Vraagpunt, notitie_sleutel
from bodcheck.vraagpunten import groep_kop, nummers, ordening, voor_wie
from ui import kleuren
from ui.jaren_dienst import JarenDienst, eerder_html
from ui.signalen import zend
from ui.widgets import kop, uitleg

PARTIJ_LABEL = {"gemeente": "gemeente", "huurders": "huurdersorganisatie", "beide": "beide"}
GESTELD_DOOR = {"gemeente": "de gemeente", "huurders": "de huurdersorganisatie",
                "beide": "de gemeente of de huurdersorganisatie"}
ERNST_SYMBOOL = {"hoog": "▲", "midden": "■", "laag": "●", "info": "ⓘ"}
SLEUTEL = Qt.ItemDataRole.UserRole


class _Tekstvak(QPlainTextEdit):
    def __init__(self, plaats: str, hoogte: int = 3) -> None:
        super().__init__()
        self.setPlaceholderText(plaats)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * hoogte + 14)


class VraagpuntenScherm(QWidget):
    notitie_gewijzigd = Signal(str, object)  # sleutel, Notitie

    def __init__(self, jaren: JarenDienst | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._jaren = jaren
        self._resultaat: Resultaat | None = None
        self._notities: dict[str, Notitie] = {}
        self._per_sleutel: dict[str, Vraagpunt] = {}
        self._nummer: dict[str, int] = {}
        self._huidig: str | None = None
        self._vullen = False
        laag = QVBoxLayout(self)
        laag.setContentsMargins(16, 12, 16, 12)
        laag.addWidget(kop("Vraagpunten voor het overleg"))
        laag.addWidget(uitleg("Vragen die u aan tafel kunt stellen, met de reden en de cellen waarop ze rusten. "
                              "Vink aan wat u meeneemt naar het overleg; uw notities, het antwoord en de afspraak "
                              "komen in het rapport (niet in de versie voor wederhoor)."))
        filters = QHBoxLayout()
        self.partij = QComboBox()
        self.thema = QComboBox()
        self.ernst = QComboBox()
        for combo, naam in ((self.partij, "Partij"), (self.thema, "Thema"), (self.ernst, "Ernst")):
            combo.setAccessibleName(naam)
            filters.addWidget(QLabel(f"{naam}:"))
            filters.addWidget(combo)
            filters.addSpacing(8)
            combo.currentIndexChanged.connect(lambda _i: self._vul_boom())
        self.partij.addItem("Alle", None)
        for p in ("gemeente", "huurders", "beide"):
            self.partij.addItem(PARTIJ_LABEL[p], p)
        self.ernst.addItem("Alle", None)
        for e in ("hoog", "midden", "laag", "info"):
            self.ernst.addItem(e, e)
        self.thema.addItem("Alle", None)
        for t in codes.THEMAS:
            self.thema.addItem(codes.THEMA_LABEL.get(t, t), t)
        filters.addStretch(1)
        self.telling = QLabel("")
        filters.addWidget(self.telling)
        laag.addLayout(filters)

        split = QSplitter()
        self.boom = QTreeWidget()
        self.boom.setAccessibleName("Vraagpunten, aan te vinken om mee te nemen")
        self.boom.setHeaderLabels(["Mee", "Ernst", "Vraag"])
        self.boom.setRootIsDecorated(False)
        self.boom.setUniformRowHeights(True)
        self.boom.setIndentation(0)
        self.boom.setColumnWidth(0, 46)
        self.boom.setColumnWidth(1, self.fontMetrics().horizontalAdvance("▲ midden") + 18)
        self.boom.currentItemChanged.connect(lambda nu, _oud: self._toon_detail(nu))
        self.boom.itemChanged.connect(self._vink_in_boom)
        split.addWidget(self.boom)

        detail_scroll = QScrollArea()
        detail_scroll.setAccessibleName("Het gekozen vraagpunt")
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        detail = QWidget()
        detail_scroll.setWidget(detail)
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(12, 0, 0, 0)
        self.d_kop = kop("", 2)
        self.d_kop.setWordWrap(True)
        dl.addWidget(self.d_kop)
        self.d_vraag = QLabel("")
        self.d_vraag.setWordWrap(True)
        f = QFont(self.d_vraag.font())
        f.setPointSizeF(f.pointSizeF() * 1.1)
        self.d_vraag.setFont(f)
        self.d_vraag.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        dl.addWidget(self.d_vraag)
        self.d_info = uitleg("")
        self.d_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        dl.addWidget(self.d_info)
        self.d_eerder = uitleg("")  # earlier years: what was answered and agreed the last time (read-only)
        self.d_eerder.setAccessibleName("Eerder bij deze vraag")
        self.d_eerder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.d_eerder.setStyleSheet("QLabel { background: #f3f6f9; border-left: 3px solid #7a8ca0; padding: 6px; }")
        self.d_eerder.setVisible(False)
        dl.addWidget(self.d_eerder)
        self.meenemen = QCheckBox("Meenemen naar het overleg")
        self.meenemen.toggled.connect(lambda aan: self._wijzig(meenemen=aan))
        dl.addWidget(self.meenemen)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.veld_notitie = _Tekstvak("Uw eigen aantekening (niet in de versie voor wederhoor)")
        self.veld_antwoord = _Tekstvak("Het antwoord dat aan tafel is gegeven")
        self.veld_afspraak = _Tekstvak("Afspraak: wat · wie · wanneer", 2)
        form.addRow("Notitie:", self.veld_notitie)
        form.addRow("Antwoord:", self.veld_antwoord)
        form.addRow("Afspraak:", self.veld_afspraak)
        for veld, naam in ((self.veld_notitie, "notitie"), (self.veld_antwoord, "antwoord"), (self.veld_afspraak, "afspraak")):
            veld.setAccessibleName(naam.capitalize())
            veld.textChanged.connect(lambda v=veld, n=naam: self._wijzig(**{n: v.toPlainText()}))
        dl.addLayout(form)
        dl.addStretch(1)
        self.detail = detail
        split.addWidget(detail_scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([600, 420])
        laag.addWidget(split, 1)

        self.detail.setEnabled(False)
        if jaren is not None:
            jaren.veranderd.connect(self._jaren_veranderd)

    # -- data ----------------------------------------------------------------------------------------------
    def toon(self, resultaat: Resultaat, notities: dict[str, Notitie]) -> None:
        self._resultaat = resultaat
        self._notities = dict(notities)
        self._per_sleutel = {notitie_sleutel(v): v for v in resultaat.vraagpunten}
        self._vul_boom()
        if self._jaren is not None and self.isVisible():
            self._jaren.nodig()  # with earlier years linked: their answers, in the background

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._jaren is not None:
            self._jaren.nodig()

    def _eerder(self, sleutel: str | None) -> tuple | None:
        """What the linked years say about this question (None: it did not come up before, or no years linked)."""
        inhoud = self._jaren.inhoud if self._jaren is not None else None
        return inhoud.eerder.get(sleutel) if inhoud is not None and sleutel else None

    def _regeltekst(self, sleutel: str, v: Vraagpunt, nt: Notitie) -> str:
        """The row in the list: label, ✎ with a note of this year, ↻ when it came up in a linked earlier year."""
        heeft = " ✎" if (nt.notitie or nt.antwoord or nt.afspraak) else ""
        terug = " ↻" if self._eerder(sleutel) is not None else ""
        return f"{v.label or v.id}{heeft}{terug}  {v.vraag}"

    def _tip(self, sleutel: str, v: Vraagpunt) -> str:
        eerder = self._eerder(sleutel)
        return v.vraag + (f"\n\n↻ Kwam eerder op, bij het bod van {eerder[0]}." if eerder is not None else "")

    def _jaren_veranderd(self) -> None:
        self._vullen = True
        for s, v in self._per_sleutel.items():
            item = self._item(s)
            if item is not None:
                item.setText(2, self._regeltekst(s, v, self.notitie(s)))
                item.setToolTip(2, self._tip(s, v))
        self._vullen = False
        self._toon_eerder()

    def _toon_eerder(self) -> None:
        """Under the chosen question: when it came up before, and the answer and afspraak noted the last time."""
        gevonden = self._eerder(self._huidig)
        if gevonden is None:
            self.d_eerder.setVisible(False)
            self.d_eerder.setText("")
            return
        jaren, eerder = gevonden
        tekst = f"<b>Deze vraag kwam eerder op</b>, bij het bod van {jaren}."
        self.d_eerder.setText(tekst + ("<br>" + eerder_html(eerder) if eerder else
                                       "<br>Toen is geen antwoord of afspraak genoteerd."))
        self.d_eerder.setVisible(True)

    def notitie(self, sleutel: str) -> Notitie:
        return self._notities.get(sleutel) or Notitie()

    def _vul_boom(self) -> None:
        if self._resultaat is None:
            return
        huidig = self._huidig
        partij, thema, ernst = self.partij.currentData(), self.thema.currentData(), self.ernst.currentData()
        self._vullen = True
        self.boom.clear()
        kies = None
        n = mee = 0
        nummer = self._nummer = nummers(self._resultaat.vraagpunten, self._resultaat.perspectief)  # as in the report
        for groep, leden in ordening(self._resultaat.vraagpunten, self._resultaat.perspectief):
            zichtbaar = [v for v in leden if (partij is None or v.partij == partij)
                         and (thema is None or v.thema == thema) and (ernst is None or v.ernst == ernst)]
            if not zichtbaar:
                continue
            kopitem = QTreeWidgetItem([groep_kop(groep, self._resultaat.perspectief), "", ""])  # words, not codes
            kopitem.setFirstColumnSpanned(True)
            kopitem.setFlags(Qt.ItemFlag.ItemIsEnabled)
            fk = QFont(self.boom.font())
            fk.setBold(True)
            kopitem.setFont(0, fk)
            for k in range(3):
                kopitem.setBackground(k, QBrush(QColor("#e9edf1")))
            self.boom.addTopLevelItem(kopitem)
            kopitem.setFirstColumnSpanned(True)
            for v in zichtbaar:
                s = notitie_sleutel(v)
                nt = self.notitie(s)
                item = QTreeWidgetItem(["", f"{ERNST_SYMBOOL.get(v.ernst, '')} {v.ernst}", f"{v.id}  {v.vraag}"])
                item.setData(0, SLEUTEL, s)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Checked if nt.meenemen else Qt.CheckState.Unchecked)
                item.setForeground(1, QBrush(kleuren.ERNST.get(v.ernst, kleuren.ERNST["info"])))
                item.setText(0, str(nummer[s]))
                item.setText(2, self._regeltekst(s, v, nt))
                item.setToolTip(2, self._tip(s, v))
                self.boom.addTopLevelItem(item)
                n += 1
                mee += nt.meenemen
                if s == huidig or kies is None:
                    kies = item if (s == huidig or kies is None) else kies
        self._vullen = False
        totaal = len(self._resultaat.vraagpunten)
        self.telling.setText(f"{n} van {totaal} getoond · {sum(self.notitie(s).meenemen for s in self._per_sleutel)}"
                             " meegenomen")
        if kies is not None:
            self.boom.setCurrentItem(kies)
        else:
            self._toon_detail(None)

    def _toon_detail(self, item: QTreeWidgetItem | None) -> None:
        s = item.data(0, SLEUTEL) if item is not None else None
        v = self._per_sleutel.get(s) if s else None
        self._huidig = s if v else self._huidig
        self.detail.setEnabled(v is not None)
        self._vullen = True
        try:
            if v is None:
                self.d_kop.setText("Kies een vraagpunt")
                self.d_vraag.setText("")
                self.d_info.setText("")
                for veld in (self.veld_notitie, self.veld_antwoord, self.veld_afspraak):
                    veld.setPlainText("")
                self.d_eerder.setVisible(False)
                return
            nt = self.notitie(s)
            # the same number the Overzicht and the report use leads; the rule id follows
            kop = f"Vraag {self._nummer[s]} · " if s in self._nummer else ""
            self.d_kop.setText(f"{kop}{v.id} · {codes.THEMA_LABEL.get(v.thema, v.thema)} · ernst {v.ernst}")
            self.d_vraag.setText(v.vraag)
            info = [f"<b>Waarom:</b> {v.toelichting}"] if v.toelichting else []
            # who must answer: the words of the group heading it sits under (adressaat); who may ask: partij
            info.append(f"<b>Voor:</b> {voor_wie(v.adressaat, self._resultaat.perspectief)}")
            info.append(f"<b>Gesteld door:</b> {GESTELD_DOOR.get(v.partij, v.partij)}")
            if v.bronnen:
                info.append(f"<b>Bron:</b> {', '.join(v.bronnen)}")
            if v.basis:
                info.append(f"<b>Basis:</b> {bronnen.in_woorden(v.basis)}")
            self.d_info.setText("<br>".join(info))
            self._toon_eerder()
            self.meenemen.setChecked(nt.meenemen)
            for veld, tekst in ((self.veld_notitie, nt.notitie), (self.veld_antwoord, nt.antwoord), (self.veld_afspraak, nt.afspraak)):
                if veld.toPlainText() != tekst:
                    veld.setPlainText(tekst)
        finally:
            self._vullen = False

    # -- edits ---------------------------------------------------------------------------------------------
    def _wijzig(self, **velden) -> None:
        if self._vullen or not self._huidig:
            return
        s = self._huidig
        nieuw = dataclasses.replace(self.notitie(s), **velden)
        if nieuw == self.notitie(s):
            return
        self._notities[s] = nieuw
        zend(self.notitie_gewijzigd, s, nieuw)
        item = self._item(s)
        if item is not None:
            self._vullen = True
            item.setCheckState(0, Qt.CheckState.Checked if nieuw.meenemen else Qt.CheckState.Unchecked)
            item.setText(2, self._regeltekst(s, self._per_sleutel[s], nieuw))
            self._vullen = False
        if "meenemen" in velden:
            self._tel()

    def _tel(self) -> None:
        mee = sum(self.notitie(s).meenemen for s in self._per_sleutel)
        tekst = self.telling.text().split("·")[0].strip()
        self.telling.setText(f"{tekst} · {mee} meegenomen")

    def _vink_in_boom(self, item: QTreeWidgetItem, kolom: int) -> None:
        if self._vullen or kolom != 0:
            return
        s = item.data(0, SLEUTEL)
        if not s:
            return
        aan = item.checkState(0) == Qt.CheckState.Checked
        if self._huidig != s:
            self.boom.setCurrentItem(item)
        self.meenemen.setChecked(aan)

    def _item(self, sleutel: str) -> QTreeWidgetItem | None:
        for i in range(self.boom.topLevelItemCount()):
            it = self.boom.topLevelItem(i)
            if it.data(0, SLEUTEL) == sleutel:
                return it
        return None

    def kies(self, sleutel: str) -> bool:
        it = self._item(sleutel)
        if it is not None:
            self.boom.setCurrentItem(it)
        return it is not None
