"""The Invoer view: the imported tables per sheet (year sheets editable), each cell's source in its tooltip,
and the import meldingen with Blad!Cel; a double click on a melding selects that cell. Every table copies
(Ctrl+C) and the editable ones paste (Ctrl+V) like a spreadsheet (ui.klembord): a pasted block is one change
of the assessment, and the cells it skipped are named."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractItemModel, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from bodcheck import codes, plakken
from bodcheck.model import Bron, Invoer, Melding
from ui import klembord, modellen
from ui.klembord import InvulTabel
from ui.signalen import zend
from ui.tabel import Tabel
from ui.widgets import kop, uitleg


class InvoerScherm(QWidget):
    gewijzigd = Signal(str, str, int, object)  # blad, code, jaar, getal
    doel_gewijzigd = Signal(int, object)  # index of the Woonvisie target, waarde
    algemeen_gewijzigd = Signal(str, object)  # Algemeen code, waarde
    bericht = Signal(str)
    bewerking = Signal(object, str, str)  # Invoer -> Invoer (a pasted block), what it is, what was done

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        laag = QVBoxLayout(self)
        laag.setContentsMargins(16, 12, 16, 12)
        laag.addWidget(kop("Invoer"))
        self.bestanden = uitleg("")
        laag.addWidget(self.bestanden)
        laag.addWidget(uitleg("De gegevens zoals bodcheck ze heeft gelezen. Typ of wijzig een getal (dubbelklik of "
                              "begin te typen), of plak een blok uit Excel met Ctrl+V; alles wordt opnieuw berekend. "
                              "Ctrl+C kopieert. Houd de muis op een cel om te zien uit welke cel van "
                              "het werkboek het getal komt. <span style='background:#fbe3c8'>&nbsp;⚠&nbsp;</span> "
                              "geen getal gelezen · <span style='background:#e2ecf8'>&nbsp;gewijzigd&nbsp;</span> "
                              "in bodcheck aangepast."))
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setAccessibleName("Bladen van het werkboek")
        for knop, naam in (("ScrollLeftButton", "Eerdere bladen"), ("ScrollRightButton", "Volgende bladen")):
            if (k := self.tabs.tabBar().findChild(QWidget, knop)) is not None:  # Qt's own names are English
                k.setAccessibleName(naam)
                k.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop: the arrow keys on the tabs scroll them
        self.splitter.addWidget(self.tabs)
        onder = QWidget()
        ol = QVBoxLayout(onder)
        ol.setContentsMargins(0, 6, 0, 0)
        self.meldingen_kop = kop("Meldingen bij het inlezen", 2)
        ol.addWidget(self.meldingen_kop)
        self.meldingen_model = modellen.MeldingenModel(self)
        self.meldingen = InvulTabel()  # Ctrl+C copies meldingen too
        self.meldingen.setAccessibleName("Meldingen bij het inlezen")
        self.meldingen.setModel(self.meldingen_model)
        self.meldingen.setSelectionBehavior(Tabel.SelectionBehavior.SelectRows)
        self.meldingen.horizontalHeader().setStretchLastSection(True)
        self.meldingen.doubleClicked.connect(self._melding_gekozen)
        ol.addWidget(self.meldingen)
        self.splitter.addWidget(onder)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        laag.addWidget(self.splitter, 1)
        self._bladen: dict[str, _Blad] = {}
        self.tabs.currentChanged.connect(self._bouw_huidig)
        self._invoer: Invoer | None = None

    # -- filling ---------------------------------------------------------------------------------------------
    def toon(self, invoer: Invoer, meldingen: Sequence[Melding]) -> None:
        self._invoer = invoer
        delen = [f"{rol.capitalize()}: {naam}" for rol, naam in invoer.bestanden.items()]
        if "bod" not in invoer.bestanden:  # a new assessment filled in in the app (ui.invullen)
            delen.insert(0, "Bod en prognose: ingevuld in bodcheck")
        if invoer.eenheid_bedragen != "€":
            delen.append(f"Bedragen in {invoer.eenheid_bedragen}.")
        self.bestanden.setText(" · ".join(delen))
        self.meldingen_model.zet(meldingen)
        self.meldingen.pas_kolommen_aan()
        self.meldingen.horizontalHeader().setStretchLastSection(True)
        n = len(meldingen)
        self.meldingen_kop.setText("Meldingen bij het inlezen en rekenen" + (f" ({n})" if n else ": geen"))

        gewenst = self._gewenste_bladen(invoer)
        if list(self._bladen) == [naam for naam, _ in gewenst]:
            for naam, maak in gewenst:
                self._bladen[naam].maak = maak
                if self._bladen[naam].tabel is not None:
                    self._ververs(naam, invoer, meldingen)
            return
        huidig = self.tabs.tabText(self.tabs.currentIndex()) if self.tabs.count() else None
        self.tabs.blockSignals(True)  # the tab shown is built below, once
        self.tabs.clear()
        for blad in self._bladen.values():
            blad.deleteLater()
        self._bladen = {naam: _Blad(maak) for naam, maak in gewenst}
        for naam, blad in self._bladen.items():
            blad.setAccessibleName(f"Blad {naam}")
            self.tabs.addTab(blad, naam)
        for i in range(self.tabs.count()):
            if self.tabs.tabText(i) == huidig:
                self.tabs.setCurrentIndex(i)
        self.tabs.blockSignals(False)
        self._bouw_huidig()

    def _bouw_huidig(self) -> None:
        """The table of the sheet shown: each sheet's table is built when its tab is first shown, so an open
        builds one table instead of eleven (issue 16, "never frozen")."""
        naam = self.tabs.tabText(self.tabs.currentIndex())
        if naam in self._bladen:
            self._tabel_van(naam)

    def _tabel_van(self, naam: str) -> Tabel:
        blad = self._bladen[naam]
        if blad.tabel is None:
            model = blad.maak()
            blad.zet(self._maak_tabel(naam, model), model, na=self.tabs.tabBar())
        assert blad.tabel is not None
        return blad.tabel

    def _maak_tabel(self, naam: str, model) -> Tabel:
        bewerkbaar = isinstance(model, modellen.JaarBladModel)
        tabel = InvulTabel(bewerkbaar=bewerkbaar or isinstance(model, modellen.WoonvisieModel | modellen.AlgemeenModel))
        tabel.setAccessibleName(f"Tabel {naam}")
        tabel.setModel(model)
        tabel.geplakt.connect(lambda rijen, r, k, naam=naam: self.plak(naam, rijen, r, k))
        tabel.gevuld.connect(lambda tekst, cellen, naam=naam: self.vul(naam, tekst, cellen))
        if bewerkbaar:  # code and description stay in place when the years scroll (issue 16)
            tabel.bevries_kolommen(modellen.JaarBladModel.VASTE_KOLOMMEN, bij_tonen=True)
        model.setParent(tabel)
        self._koppel(model)
        if bewerkbaar:  # fitted when it is shown (issue 16)
            tabel.pas_kolommen_aan_bij_tonen(
                min_breedte=80, max_breedte=self.fontMetrics().horizontalAdvance("€ 1.234.567,0") + 16,
                vanaf=modellen.JaarBladModel.VASTE_KOLOMMEN, grenzen={0: (260, 420)})
        elif isinstance(model, modellen.AlgemeenModel):
            self._algemeen_breedtes(tabel)
        else:
            tabel.pas_kolommen_aan_bij_tonen()
        return tabel

    def _ververs(self, naam: str, invoer: Invoer, meldingen: Sequence[Melding]) -> None:
        """The built table of sheet `naam` shows the assessment again: a year sheet keeps its model (and so the
        selection and scroll position), the other sheets get a new one."""
        blad = self._bladen[naam]
        tabel, oud = blad.tabel, blad.model
        assert tabel is not None and oud is not None
        if isinstance(oud, modellen.JaarBladModel):
            oud.vervang(self._jaarblad(invoer, naam), meldingen)
            return
        model = blad.maak()
        model.setParent(tabel)
        self._koppel(model)
        tabel.setModel(model)
        if isinstance(model, modellen.AlgemeenModel):
            self._algemeen_breedtes(tabel)
        blad.model = model
        oud.deleteLater()

    def _algemeen_breedtes(self, tabel: Tabel) -> None:
        """Room in the Waarde column for what is typed later (an amount, a choice), not only for what is there."""
        tabel.pas_kolommen_aan()
        breed = self.fontMetrics().horizontalAdvance("€ 123.456.789.000") + 24
        h = tabel.horizontalHeader()
        if h.sectionSize(modellen.AlgemeenModel.WAARDE) < breed:
            h.resizeSection(modellen.AlgemeenModel.WAARDE, breed)

    def _koppel(self, model) -> None:
        if isinstance(model, modellen.JaarBladModel):
            model.gewijzigd.connect(self.gewijzigd)
            model.ongeldig.connect(self.bericht)
        elif isinstance(model, modellen.WoonvisieModel):
            model.gewijzigd.connect(self.doel_gewijzigd)
            model.ongeldig.connect(self.bericht)
        elif isinstance(model, modellen.AlgemeenModel):
            model.gewijzigd.connect(self.algemeen_gewijzigd)
            model.ongeldig.connect(self.bericht)

    def _jaarblad(self, invoer: Invoer, naam: str):
        for tak_naam, tak in codes.PROGNOSE_BLADEN.items():
            if naam == tak_naam:
                return invoer.prognoses[tak]
        return {"Bod": invoer.bod, "Afspraken": invoer.afspraken, "Realisatie": invoer.realisatie}[naam]

    def _gewenste_bladen(self, invoer: Invoer):
        uit = []
        meldingen = self.meldingen_model.meldingen
        if invoer.algemeen:
            uit.append(("Algemeen", lambda: modellen.algemeen_model(invoer)))
        jaarbladen = [(n, invoer.prognoses[t]) for n, t in codes.PROGNOSE_BLADEN.items() if t in invoer.prognoses]
        jaarbladen += [(n, b) for n, b in (("Bod", invoer.bod), ("Afspraken", invoer.afspraken),
                                          ("Realisatie", invoer.realisatie)) if b is not None]
        for naam, blad in jaarbladen:
            uit.append((naam, lambda blad=blad: modellen.JaarBladModel(blad, invoer.eenheid_bedragen, meldingen)))
        if invoer.woonvisie is not None:
            uit.append(("Woonvisie", lambda: modellen.woonvisie_model(invoer)))
        if invoer.toezeggingen is not None:
            uit.append(("Toezeggingen", lambda: modellen.toezeggingen_model(invoer.toezeggingen)))
        if invoer.gemeente_levert is not None:
            uit.append(("Gemeente", lambda: modellen.gemeente_model(invoer.gemeente_levert)))
        if invoer.wijken is not None:
            uit.append(("Wijken", lambda: modellen.wijken_model(invoer.wijken)))
        return uit

    # -- pasting ---------------------------------------------------------------------------------------------
    def plak(self, naam: str, rijen: list[list[str]], rij: int, kolom: int,
             alleen: set[tuple[int, int]] | None = None, wat: str = "Plakken") -> plakken.Geplakt | None:
        """Paste a block at (rij, kolom) of the table of sheet `naam`: one change of the assessment (when anything
        is pasted), the status bar says what happened, and a small window names the skipped cells. `alleen`:
        the cells (row, column) that may change; the others in the block are left alone."""
        if self._invoer is None or naam not in self._bladen:
            return None
        self._tabel_van(naam)
        model = self._bladen[naam].model
        if not isinstance(model, klembord.Invulbaar):
            zend(self.bericht, f"{naam} is alleen te lezen; plakken kan in Algemeen, de jaarbladen en de Woonvisie.")
            return None

        def plek(i: int, j: int):
            if alleen is not None and (rij + i, kolom + j) not in alleen:
                return ""  # not selected: left alone, not reported
            return klembord.plek(model, rij + i, kolom + j)

        uit = plakken.plak(self._invoer, rijen, plek)
        wat = f"{wat} in {naam}"
        if uit.invoer is not self._invoer:
            zend(self.bewerking, lambda oud: plakken.plak(oud, rijen, plek).invoer, wat, f"{wat}: {uit.samenvatting()}")
        else:
            zend(self.bericht, f"{wat}: {uit.samenvatting()}.")
        klembord.verslag(naam, uit, self)
        return uit

    def vul(self, naam: str, tekst: str, cellen: list[tuple[int, int]]) -> None:
        """One text in each of the selected cells (one change): a single copied value pasted on a selection, or
        empty for Delete. Cells that cannot take it (labels, targets without a value) are left alone."""
        rijen, kolommen = [r for r, _ in cellen], [k for _, k in cellen]
        r0, k0 = min(rijen), min(kolommen)
        blok = [[tekst] * (max(kolommen) - k0 + 1) for _ in range(max(rijen) - r0 + 1)]
        self.plak(naam, blok, r0, k0, alleen=set(cellen), wat="Plakken" if tekst.strip() else "Leegmaken")

    # -- navigation ------------------------------------------------------------------------------------------
    def _melding_gekozen(self, index) -> None:
        m = self.meldingen_model.meldingen[index.row()]
        if m.bron is None or not self.toon_cel(m.bron):
            zend(self.bericht, "Bij deze melding hoort geen cel in de tabellen.")

    def toon_cel(self, bron: Bron) -> bool:
        """Switch to the sheet of `bron` and select its cell. False when the sheet or cell is not shown."""
        if bron.blad not in self._bladen:
            return False
        self.tabs.setCurrentWidget(self._bladen[bron.blad])
        tabel, model = self._tabel_van(bron.blad), self._bladen[bron.blad].model
        idx = model.index_van_cel(bron.cel) if bron.cel else None
        if idx is None:
            return True
        tabel.setFocus()
        tabel.selectionModel().setCurrentIndex(idx, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        staaf = tabel.horizontalScrollBar()
        links = staaf.value()
        tabel.scrollTo(idx, Tabel.ScrollHint.PositionAtCenter)  # the row in the middle, ...
        staaf.setValue(links)  # ... but sideways only as far as needed, so the row's label stays in view
        tabel.scrollTo(idx, Tabel.ScrollHint.EnsureVisible)
        return True

    def tabel(self, naam: str) -> Tabel | None:
        """The table of sheet `naam` (built now if its tab was not shown yet), None without that sheet."""
        return self._tabel_van(naam) if naam in self._bladen else None

    def huidige_tabel(self) -> Tabel | None:
        naam = self.tabs.tabText(self.tabs.currentIndex())
        return self._tabel_van(naam) if naam in self._bladen else None

    def kies_blad(self, naam: str) -> bool:
        """Show the tab of sheet `naam` (e.g. Realisatie, from the Overzicht)."""
        for i in range(self.tabs.count()):
            if self.tabs.tabText(i) == naam:
                self.tabs.setCurrentIndex(i)
                return True
        return False


class _Blad(QWidget):
    """A sheet's tab: holds its table once the tab has been shown (`maak` makes the sheet's model)."""

    def __init__(self, maak: Callable[[], QAbstractItemModel]) -> None:
        super().__init__()
        self.maak = maak
        self.tabel: Tabel | None = None
        self.model: QAbstractItemModel | None = None
        self._laag = QVBoxLayout(self)
        self._laag.setContentsMargins(0, 0, 0, 0)

    def zet(self, tabel: Tabel, model: QAbstractItemModel, na: QWidget | None = None) -> None:
        """`na`: the widget the table follows with Tab (the sheet tabs), not the end of the window's Tab order
        where a widget made later lands (after the Meldingen: Tab went round in the view)."""
        self.tabel, self.model = tabel, model
        self._laag.addWidget(tabel)
        tabel.show()  # now, not in a later turn as a layout would: it may be used at once (Ctrl+V, a cell shown)
        if na is not None:
            QWidget.setTabOrder(na, tabel)
        self.setFocusProxy(tabel)  # after the Tab order: Qt puts the sheet right before its table
