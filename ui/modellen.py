"""Qt table models over the core's data. They only format (through bodcheck.opmaak) and never compute.

Edits in the Invoer tables are parsed here (display text → number in the model's unit) and handed to the
window as a signal; the core (bodcheck.bewerken) makes the new Invoer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont

from bodcheck import codes, getallen, normenkaders, opmaak
from bodcheck.codes import NORM_NAMEN, RATIO_NAMEN, TAKKEN
from bodcheck.model import JaarBlad, Melding, NormenkaderInfo, RatioJaar, Vergelijking
from bodcheck.normenkaders import grens_van
from bodcheck.rapport import cellen
from ui import kleuren
from ui.signalen import zend
from ui.voorberekend import Voorberekend

Index = QModelIndex | QPersistentModelIndex
_GEEN = QModelIndex()
R = Qt.ItemDataRole
RECHTS = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LINKS = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

SOORT_LABEL = {"fout": "✗ fout", "waarschuwing": "! waarschuwing", "info": "· info", "intern": "✗ intern"}


# ---- parsing what the user types in a cell ----------------------------------------------------------------

GeenGetal = getallen.GeenGetal
lees_nl_getal = getallen.lees_invoer  # one parser for the workbook and for what the user types


def factor_bedrag(eenheid: str, eenheid_bedragen: str) -> float:
    """How many euros one displayed unit is: `bedrag` rows show in the workbook's unit, % as percent."""
    if eenheid == "bedrag":
        return codes.factor_bedragen(eenheid_bedragen)
    if eenheid == "%":
        return 0.01
    return 1.0


def als_invoertekst(x: float | None, eenheid: str, eenheid_bedragen: str) -> str:
    """The value as the user would type it: 39.000 (x € 1.000), 3,5 (%), 25."""
    if x is None:
        return ""
    v = x / factor_bedrag(eenheid, eenheid_bedragen)
    if float(v).is_integer():
        return opmaak.getal(v, 0)
    return opmaak.getal(v, 4).rstrip("0").rstrip(",")


def toon_waarde(x: float | None, eenheid: str, eenheid_bedragen: str) -> str:
    if x is None:
        return ""
    if eenheid == "bedrag":
        return opmaak.euro_eenheid(x, eenheid_bedragen)
    return opmaak.waarde_in_eenheid(x, eenheid, eenheid_bedragen)


def eenheid_label(eenheid: str, eenheid_bedragen: str) -> str:
    return eenheid_bedragen if eenheid == "bedrag" else eenheid


# ---- meldingen ---------------------------------------------------------------------------------------------

class TabelModel(QAbstractTableModel):
    """Rows under fixed column headers; a subclass only says what its cells show (`data`)."""

    KOPPEN: ClassVar[tuple[str, ...]] = ()

    def __init__(self, parent=None, koppen: Sequence[str] | None = None) -> None:
        super().__init__(parent)
        self.koppen = list(self.KOPPEN if koppen is None else koppen)
        self.rijen: list = []

    def zet_rijen(self, rijen) -> None:
        self.beginResetModel()
        self.rijen = list(rijen)
        self.endResetModel()

    def rowCount(self, parent: Index = _GEEN) -> int:
        return 0 if parent.isValid() else len(self.rijen)

    def columnCount(self, parent: Index = _GEEN) -> int:
        return 0 if parent.isValid() else len(self.koppen)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = R.DisplayRole) -> Any:
        if role == R.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.koppen[section]
        return None


class MeldingenModel(TabelModel):
    KOPPEN = ("Soort", "Cel", "Bestand", "Melding")

    @property
    def meldingen(self) -> list[Melding]:
        return self.rijen

    def zet(self, meldingen: Sequence[Melding]) -> None:
        volgorde = {s: i for i, s in enumerate(("fout", "intern", "waarschuwing", "info"))}
        self.zet_rijen(sorted(meldingen, key=lambda m: volgorde.get(m.soort, 9)))

    def data(self, index: Index, role: int = R.DisplayRole) -> Any:
        if not index.isValid():
            return None
        m = self.rijen[index.row()]
        k = index.column()
        if role == R.DisplayRole:
            if k == 0:
                return SOORT_LABEL.get(m.soort, m.soort)
            if k == 1:
                if m.bron and m.bron.blad:
                    return f"{m.bron.blad}!{m.bron.cel}" if m.bron.cel else m.bron.blad
                return f"regel {m.regel}" if m.regel else ""
            if k == 2:
                return m.bestand or (m.bron.bestand if m.bron and m.bron.bestand else "")
            return m.tekst
        if role == R.ToolTipRole:
            return m.regel_tekst() + ("\n\nDubbelklik om de cel te tonen." if m.bron and m.bron.cel else "")
        if role == R.BackgroundRole and k == 0:
            return {"fout": kleuren.ACHTERGROND["overschreden"], "intern": kleuren.ACHTERGROND["overschreden"],
                    "waarschuwing": kleuren.ACHTERGROND["krap"]}.get(m.soort)
        return None


# ---- year sheets (editable) ----------------------------------------------------------------------------------

class JaarBladModel(QAbstractTableModel):
    """One year sheet: rows = codes, columns = Omschrijving, Eenheid, then the years. Year cells are editable."""

    gewijzigd = Signal(str, str, int, object)  # blad, code, jaar, getal (euros / fraction) or None
    ongeldig = Signal(str)  # Dutch message when the typed text is no number
    VASTE_KOLOMMEN = 2

    def __init__(self, blad: JaarBlad, eenheid_bedragen: str, meldingen: Sequence[Melding] = (), parent=None):
        super().__init__(parent)
        self.eenheid_bedragen = eenheid_bedragen
        self._zet(blad, meldingen)

    def _zet(self, blad: JaarBlad, meldingen: Sequence[Melding]) -> None:
        self.blad = blad
        self.regels = list(blad.regels.values())
        self.jaren = list(blad.jaren)
        self.per_cel: dict[str, list[Melding]] = {}
        for m in meldingen:
            if m.bron and m.bron.blad == blad.naam and m.bron.cel:
                self.per_cel.setdefault(m.bron.cel, []).append(m)

    def vervang(self, blad: JaarBlad, meldingen: Sequence[Melding] = ()) -> None:
        zelfde = [r.code for r in blad.regels.values()] == [r.code for r in self.regels] and blad.jaren == self.jaren
        if zelfde:
            self._zet(blad, meldingen)
            if self.rowCount():
                zend(self.dataChanged, self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
        else:
            self.beginResetModel()
            self._zet(blad, meldingen)
            self.endResetModel()

    def rowCount(self, parent: Index = _GEEN) -> int:
        return 0 if parent.isValid() else len(self.regels)

    def columnCount(self, parent: Index = _GEEN) -> int:
        return 0 if parent.isValid() else self.VASTE_KOLOMMEN + len(self.jaren)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = R.DisplayRole) -> Any:
        if role != R.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return None
        if section == 0:
            return "Omschrijving"
        if section == 1:
            return "Eenheid"
        return str(self.jaren[section - self.VASTE_KOLOMMEN])

    def flags(self, index: Index) -> Qt.ItemFlag:
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() >= self.VASTE_KOLOMMEN:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def jaar_van(self, kolom: int) -> int | None:
        i = kolom - self.VASTE_KOLOMMEN
        return self.jaren[i] if 0 <= i < len(self.jaren) else None

    def index_van_cel(self, cel: str) -> QModelIndex | None:
        """The model index of a worksheet cell such as 'D7' (a value cell or a row's code cell)."""
        for r, regel in enumerate(self.regels):
            if regel.bron.cel == cel:
                return self.index(r, 0)
            for k, jaar in enumerate(self.jaren):
                w = regel.waarden.get(jaar)
                if w is not None and w.bron.cel == cel:
                    return self.index(r, k + self.VASTE_KOLOMMEN)
        rij = re.sub(r"\D", "", cel)
        for r, regel in enumerate(self.regels):
            if rij and re.sub(r"\D", "", regel.bron.cel) == rij:
                return self.index(r, 0)
        return None

    def data(self, index: Index, role: int = R.DisplayRole) -> Any:
        if not index.isValid():
            return None
        regel = self.regels[index.row()]
        k = index.column()
        if k < self.VASTE_KOLOMMEN:
            if role == R.DisplayRole:
                return regel.omschrijving or regel.code if k == 0 else eenheid_label(regel.eenheid,
                                                                                     self.eenheid_bedragen)
            if role == R.ToolTipRole:
                delen = [f"Code: {regel.code}"] + ([f"Bron: {regel.bron}"] if str(regel.bron) else [])
                if regel.toelichting:
                    delen.append(f"Toelichting van de corporatie: {regel.toelichting}")
                if not regel.bekend:
                    delen.append("Deze code staat niet in het sjabloon; bodcheck rekent er niet mee.")
                return "\n".join(delen)
            if role == R.ForegroundRole and not regel.bekend:
                return kleuren.GEDEMPT
            return None
        jaar = self.jaren[k - self.VASTE_KOLOMMEN]
        w = regel.waarden.get(jaar)
        meldingen = self.per_cel.get(w.bron.cel, []) if w is not None else []
        ongeldig = w is not None and w.getal is None and bool(w.tekst)
        if role == R.DisplayRole:
            if w is None:
                return ""
            if w.getal is None:
                return f"⚠ {w.tekst}" if w.tekst else ""
            return toon_waarde(w.getal, regel.eenheid, self.eenheid_bedragen)
        if role == R.EditRole:
            if w is None:
                return ""
            return w.tekst if w.getal is None and w.tekst else als_invoertekst(w.getal, regel.eenheid,
                                                                                 self.eenheid_bedragen)
        if role == R.ToolTipRole:
            if w is None:
                return f"{regel.omschrijving} {jaar}: leeg"
            delen = [f"{regel.omschrijving} {jaar}", f"Bron: {w.bron}"]
            if ongeldig:
                delen.append(f"Geen getal: “{w.tekst}”. bodcheck rekent deze cel als onbekend.")
            elif w.tekst:
                delen.append(f"In het werkboek stond: “{w.tekst}”.")
            delen += [f"{m.soort.capitalize()}: {m.tekst}" for m in meldingen]
            return "\n".join(delen)
        if role == R.TextAlignmentRole:
            return LINKS if ongeldig else RECHTS
        if role == R.BackgroundRole:
            if ongeldig or any(m.soort in ("fout", "waarschuwing") for m in meldingen):
                return kleuren.ONGELDIG
            if w is not None and w.bron.handmatig:
                return kleuren.HANDMATIG
        if role == R.FontRole and ongeldig:
            f = QFont()
            f.setItalic(True)
            return f
        return None

    def setData(self, index: Index, value: Any, role: int = R.EditRole) -> bool:
        if role != R.EditRole or index.column() < self.VASTE_KOLOMMEN:
            return False
        from bodcheck import invullen  # the reader judges the text (bounds, percentages): loads openpyxl

        regel = self.regels[index.row()]
        jaar = self.jaren[index.column() - self.VASTE_KOLOMMEN]
        try:
            getal = invullen.jaarcel(str(value), self.blad.naam, regel.code, regel.eenheid, self.eenheid_bedragen).waarde
        except invullen.Ongeldig as e:
            hint = " Gebruik bijvoorbeeld 1.234,5 (of laat de cel leeg)." if "geen getal" in str(e) else ""
            zend(self.ongeldig, f"{regel.omschrijving or regel.code} {jaar}: {e}.{hint}")
            return False
        oud = regel.getal(jaar)
        if getal == oud and not (regel.waarden.get(jaar) and regel.waarden[jaar].tekst and getal is None):
            return False
        zend(self.gewijzigd, self.blad.naam, regel.code, jaar, getal)
        return True


# ---- read-only lists (Algemeen, Woonvisie, Toezeggingen, Gemeente, Wijken) ----------------------------------

class LijstModel(TabelModel):
    """Rows of (text, bron-text) cells under fixed headers; read only."""

    def __init__(self, koppen: Sequence[str], rijen: Sequence[Sequence[tuple[str, str]]],
                 rechts: Sequence[int] = (), parent=None) -> None:
        super().__init__(parent, koppen)
        self.rijen, self.rechts = [list(r) for r in rijen], set(rechts)

    def data(self, index: Index, role: int = R.DisplayRole) -> Any:
        if not index.isValid():
            return None
        tekst, bron = self.rijen[index.row()][index.column()]
        if role == R.DisplayRole:
            return tekst
        if role == R.ToolTipRole:
            return f"Bron: {bron}" if bron else None
        if role == R.TextAlignmentRole:
            return RECHTS if index.column() in self.rechts else LINKS
        return None

    def index_van_cel(self, cel: str) -> QModelIndex | None:
        for r, rij in enumerate(self.rijen):
            for k, (_t, bron) in enumerate(rij):
                if bron.endswith(f"!{cel}"):
                    return self.index(r, k)
        rij_nr = re.sub(r"\D", "", cel)
        for r, rij in enumerate(self.rijen):
            for k, (_t, bron) in enumerate(rij):
                if rij_nr and re.sub(r"\D", "", bron.split("!")[-1]) == rij_nr:
                    return self.index(r, k)
        return None


def _tekst(v: Any) -> str:
    return "" if v is None else opmaak.veld_waarde(v)


# The unit of amounts is not among them: amounts are converted to euros when the workbook is read, so a wrong
# unit is corrected in the workbook (and read again), not here.
BEWERKBARE_SOORTEN = ("getal", "int", "tekst", "datum", "janee", "bwversie", "ratio", "aandeel", "bedrag", "basis")
# kinds whose typed text the workbook reader judges (bodcheck.invullen); the others keep their own messages below
DOOR_LEZER = ("getal", "int", "ratio", "aandeel", "bedrag", "basis")
KEUZE_UITLEG = {  # what a field of that kind accepts, said when the typed text is none of it
    "datum": "geen datum. Gebruik dag-maand-jaar, bijvoorbeeld 15-6-2026",
    "janee": "geen ja of nee",
    "bwversie": "geen versie van de beleidswaarde. Kies 1.0 of 2.0",
}


def lees_veld(soort: str, tekst: str) -> Any:
    """The value of an Algemeen field of kind datum/janee/bwversie from what the user typed (empty = unknown).
    Raises ValueError with the Dutch reason when the text is none of it."""
    from bodcheck.inlezen import waarden

    if not tekst:
        return None
    try:
        if soort == "datum":
            return waarden.datum(tekst)
        if soort == "janee":
            return waarden.janee(tekst)
    except waarden.GeenWaarde:
        raise ValueError(KEUZE_UITLEG[soort]) from None
    versie = tekst.replace(",", ".")
    for k in ("1.0", "2.0"):
        if versie in (k, k.removesuffix(".0")):
            return k
    raise ValueError(KEUZE_UITLEG[soort])


def veld_tekst(veld: codes.AlgemeenVeld, waarde: Any) -> str:
    """An Algemeen value as the Invoer view shows it: 20,0% (own norm), 1,60 (ICR), € 12.000.000 (IBW), 2026."""
    if waarde is None:
        return ""
    if isinstance(waarde, int | float) and not isinstance(waarde, bool):
        if veld.soort == "aandeel":
            return opmaak.procent(waarde, 1)
        if veld.soort == "ratio":
            return opmaak.getal(waarde, 2)
        if veld.soort == "bedrag":
            return opmaak.euro(waarde)
        if veld.soort == "int":
            return str(int(waarde))
        if veld.soort == "versie":  # a version is written 1.1, as in the template and its explanation, not 1,1
            return f"{float(waarde):g}"
    return _tekst(waarde)


class AlgemeenModel(LijstModel):
    """The Algemeen fields of the template, in its order; editable (bodcheck.bewerken.wijzig_algemeen) but for the
    format version and the unit, e.g. to fill in the woongelegenheden in the gemeente or the date of the overleg."""

    WAARDE = 1
    gewijzigd = Signal(str, object)  # code, waarde
    ongeldig = Signal(str)

    def __init__(self, invoer, parent=None) -> None:
        self.velden = [v for v in codes.ALGEMEEN if v.code in invoer.algemeen or v.code in invoer.algemeen_geweigerd
                       or v.soort in BEWERKBARE_SOORTEN]
        self.velden += [codes.AlgemeenVeld(c, c, "tekst") for c in invoer.algemeen if c not in codes.ALGEMEEN_PER_CODE]
        self.invoer = invoer
        rijen = []
        for v in self.velden:
            veld = invoer.algemeen.get(v.code)
            if veld is None and (fout := invoer.algemeen_geweigerd.get(v.code)) is not None:
                # refused when read: what was read, marked as the year sheets mark text that is no number
                rijen.append([(v.label, ""), (f"⚠ {fout.waarde}", str(fout.bron))])
                continue
            rijen.append([(v.label, ""), (veld_tekst(v, veld.waarde) if veld else "", str(veld.bron) if veld else "")])
        super().__init__(("Gegeven", "Waarde", "Uitleg"), [[*r, (v.uitleg, "")] for r, v in zip(rijen, self.velden,
                                                                                                  strict=True)],
                         parent=parent)

    def bewerkbaar(self, row: int) -> bool:
        v = self.velden[row]
        return v.soort in BEWERKBARE_SOORTEN and v.code in codes.ALGEMEEN_PER_CODE and v.code != "formaatversie"

    def flags(self, index: Index) -> Qt.ItemFlag:
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.WAARDE and self.bewerkbaar(index.row()):
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def data(self, index: Index, role: int = R.DisplayRole) -> Any:
        if index.isValid() and index.column() == self.WAARDE:
            v = self.velden[index.row()]
            veld = self.invoer.algemeen.get(v.code)
            fout = self.invoer.algemeen_geweigerd.get(v.code) if veld is None else None
            if fout is not None:  # refused when read: shown as the year sheets show text that is no number
                if role == R.EditRole:
                    return str(fout.waarde)
                if role == R.ToolTipRole:
                    return (f"Bron: {fout.bron}\nNiet te gebruiken: “{fout.waarde}”. Zie de melding hieronder; typ "
                            "hier de goede waarde.")
                if role == R.BackgroundRole:
                    return kleuren.ONGELDIG
                if role == R.TextAlignmentRole:
                    return LINKS
                if role == R.FontRole:
                    f = QFont()
                    f.setItalic(True)
                    return f
            if role == R.EditRole:
                return self._bewerktekst(v, veld.waarde if veld else None)
            if role == R.BackgroundRole and veld is not None and veld.bron.handmatig:
                return kleuren.HANDMATIG
            if role == R.TextAlignmentRole and v.soort in ("getal", "int", "ratio", "aandeel", "bedrag"):
                return RECHTS
        if index.isValid() and index.column() == 2 and role == R.ForegroundRole:
            return kleuren.GEDEMPT
        return super().data(index, role)

    def _bewerktekst(self, v: codes.AlgemeenVeld, w: Any) -> str:
        """The value as the user would type it: 20 (a share in percent), 12.000 (an amount in the workbook unit)."""
        if w is None:
            return ""
        if not isinstance(w, int | float) or isinstance(w, bool):
            return opmaak.veld_waarde(w)
        if v.soort == "int":
            return str(int(w))
        if v.soort in ("aandeel", "bedrag"):
            return als_invoertekst(w, "%" if v.soort == "aandeel" else "bedrag", self.invoer.eenheid_bedragen)
        return opmaak.getal(w, 0 if float(w).is_integer() else 2)

    def lees(self, row: int, value: Any):
        """What the text typed or pasted in the field of row `row` means (a bodcheck.invullen.Invulling); raises
        invullen.Ongeldig with the Dutch reason."""
        from bodcheck import invullen

        v = self.velden[row]
        tekst = str(value).strip()
        if v.soort == "tekst":
            return invullen.Invulling(tekst or None)
        if v.soort in DOOR_LEZER:
            return invullen.algemeen_veld(tekst, v.code, self.invoer.eenheid_bedragen)
        try:
            return invullen.Invulling(lees_veld(v.soort, tekst))
        except ValueError as e:
            raise invullen.Ongeldig(f"“{value}” is {e}") from None

    def setData(self, index: Index, value: Any, role: int = R.EditRole) -> bool:
        if role != R.EditRole or index.column() != self.WAARDE or not self.bewerkbaar(index.row()):
            return False
        from bodcheck import invullen

        v = self.velden[index.row()]
        try:
            waarde = self.lees(index.row(), value).waarde
        except invullen.Ongeldig as e:
            zend(self.ongeldig, f"{e}." if v.soort not in DOOR_LEZER else f"{v.label}: {e}.")
            return False
        oud = self.invoer.algemeen.get(v.code)
        if (oud.waarde if oud else None) == waarde:
            return False
        zend(self.gewijzigd, v.code, waarde)
        return True


def algemeen_model(invoer) -> LijstModel:
    return AlgemeenModel(invoer)


class WoonvisieModel(LijstModel):
    """The Woonvisie targets; the Waarde column is editable (bodcheck.bewerken.wijzig_doel)."""

    WAARDE = 3
    gewijzigd = Signal(int, object)  # index of the target, new waarde (euros / fraction)
    ongeldig = Signal(str)

    def __init__(self, doelen, *args, eenheid_bedragen: str = codes.EENHEID_STANDAARD, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.doelen = list(doelen)
        self.eenheid_bedragen = eenheid_bedragen  # a bedrag target is typed in the workbook's unit

    def flags(self, index: Index) -> Qt.ItemFlag:
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return f | Qt.ItemFlag.ItemIsEditable if index.column() == self.WAARDE else f

    def data(self, index: Index, role: int = R.DisplayRole) -> Any:
        if index.isValid() and index.column() == self.WAARDE:
            d = self.doelen[index.row()]
            if role == R.EditRole:
                return als_invoertekst(d.waarde, d.eenheid if d.eenheid in ("%", "bedrag") else "aantal",
                                       self.eenheid_bedragen)
            if role == R.BackgroundRole and d.bron.handmatig:
                return kleuren.HANDMATIG
        return super().data(index, role)

    def setData(self, index: Index, value: Any, role: int = R.EditRole) -> bool:
        if role != R.EditRole or index.column() != self.WAARDE:
            return False
        from bodcheck import invullen

        d = self.doelen[index.row()]
        try:
            waarde = invullen.doelwaarde(str(value), d.code, d.eenheid, self.eenheid_bedragen).waarde
        except invullen.Ongeldig as e:
            zend(self.ongeldig, f"{d.omschrijving or d.code}: {e}.")
            return False
        if waarde == d.waarde:
            return False
        zend(self.gewijzigd, index.row(), waarde)
        return True


def woonvisie_model(invoer) -> LijstModel:
    rijen = []
    for d in invoer.woonvisie or []:
        b = str(d.bron)
        jaren = str(d.van_jaar) if d.van_jaar == d.tot_jaar else f"{d.van_jaar}–{d.tot_jaar}"
        rijen.append([
            (codes.THEMA_LABEL.get(d.thema, d.thema), b), (d.omschrijving or d.code, b), (d.soort, b),
            (opmaak.waarde_in_eenheid(d.waarde, d.eenheid), b), (d.eenheid, b), (jaren, b),
            ("per jaar" if d.per == "jaar" else "over de periode", b),
            (opmaak.procent(d.aandeel_corporatie, 0) if d.aandeel_corporatie is not None else "", b),
            (d.prioriteit or "", b), (d.bron_woonvisie or "", b),
        ])
    return WoonvisieModel(invoer.woonvisie or [],
                          ("Thema", "Doel", "Soort", "Waarde", "Eenheid", "Jaren", "Per", "Aandeel corporatie",
                           "Prioriteit", "Bron in woonvisie"), rijen, rechts=(3, 7),
                          eenheid_bedragen=invoer.eenheid_bedragen)


def toezeggingen_model(lijst) -> LijstModel:
    rijen = [[(codes.THEMA_LABEL.get(t.thema, t.thema), str(t.bron)), (t.tekst, str(t.bron)),
              (_tekst(t.jaar), str(t.bron)), (t.indicator or "", str(t.bron)), (t.eigenaar or "", str(t.bron)),
              (t.vraagt_van_gemeente or "", str(t.bron))] for t in lijst or []]
    return LijstModel(("Thema", "Toezegging", "Jaar", "Indicator", "Eigenaar", "Vraagt van gemeente"), rijen)


def gemeente_model(lijst) -> LijstModel:
    rijen = [[(codes.THEMA_LABEL.get(t.thema, t.thema), str(t.bron)), (t.tegenprestatie, str(t.bron)),
              (_tekst(t.jaar), str(t.bron)), (_tekst(t.kwantitatief), str(t.bron)), (t.eenheid or "", str(t.bron)),
              (t.status or "", str(t.bron))] for t in lijst or []]
    return LijstModel(("Thema", "Tegenprestatie", "Jaar", "Aantal", "Eenheid", "Status"), rijen, rechts=(3,))


def wijken_model(lijst) -> LijstModel:
    jaren = sorted({j for w in lijst or [] for j in w.waarden})
    rijen = []
    for w in lijst or []:
        rij = [(w.wijk, str(w.bron)), (w.omschrijving or w.code, str(w.bron))]
        for j in jaren:
            v = w.waarden.get(j)
            rij.append((opmaak.waarde_in_eenheid(v.getal, w.eenheid) if v and v.getal is not None
                        else (v.tekst or "" if v else ""), str(v.bron) if v else ""))
        rijen.append(rij)
    return LijstModel(("Wijk", "Onderwerp", *map(str, jaren)), rijen, rechts=range(2, 2 + len(jaren)))


# ---- kerncijfers ---------------------------------------------------------------------------------------------

def norm_tekst(kader: NormenkaderInfo, tak: str, ratio: str) -> str:
    g = grens_van(kader, tak, ratio)
    if g is None:
        return ""
    teken = "≥" if g.richting == "minimaal" else "≤"
    return f"{teken} {opmaak.ratio_waarde(ratio, g.grens)}"


class RatioModel(Voorberekend, QAbstractTableModel):
    """Rows (tak, ratio); columns Tak, Kerncijfer, Norm, then the years. Each cell: value, symbol; band word in tooltip.
    Under each ratio a line per kader shown side by side ("naast"), with only its band per year."""

    VAST = 3

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rijen: list[tuple[str, str, NormenkaderInfo | None]] = []  # tak, ratio, a kader side by side
        self.jaren: list[int] = []
        self.cellen: dict[tuple[str, int], RatioJaar] = {}
        self.kader: NormenkaderInfo | None = None

    def zet(self, ratios: Sequence[RatioJaar], kader: NormenkaderInfo, naast: Sequence[NormenkaderInfo] = ()) -> None:
        self.beginResetModel()
        self.kader = kader
        self.cellen = {(r.tak, r.jaar): r for r in ratios}
        self.jaren = sorted({r.jaar for r in ratios})
        takken = [t for t in TAKKEN if any(r.tak == t for r in ratios)]
        self.rijen = []
        for t in takken:
            for naam in RATIO_NAMEN:
                if any(r.tak == t and (r.waarden.get(naam) is not None or naam in r.banden) for r in ratios):
                    self.rijen.append((t, naam, None))
                    self.rijen += [(t, naam, k) for k in naast if norm_tekst(k, t, naam)]
        self.voorbereken()  # before the views hear of the new rows
        self.endResetModel()

    def rowCount(self, parent: Index = _GEEN) -> int:
        return 0 if parent.isValid() else len(self.rijen)

    def columnCount(self, parent: Index = _GEEN) -> int:
        return 0 if parent.isValid() else self.VAST + len(self.jaren)

    def eerste_aandacht(self) -> QModelIndex | None:
        """The first cell (earliest year) whose band is krap or buiten norm: the view scrolls it into sight."""
        for k, jaar in enumerate(self.jaren):
            for rij, (tak, naam, naast) in enumerate(self.rijen):
                r = self.cellen.get((tak, jaar))
                if naast is None and r is not None and r.banden.get(naam) in ("krap", "overschreden"):
                    return self.index(rij, self.VAST + k)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = R.DisplayRole) -> Any:
        if role != R.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return ("Tak", "Kerncijfer", "Norm")[section] if section < self.VAST else str(self.jaren[section - self.VAST])

    def bereken(self, index: Index, role: int) -> Any:
        if not index.isValid():
            return None
        tak, naam, naast = self.rijen[index.row()]
        k = index.column()
        if k < self.VAST:
            if role == R.DisplayRole:
                eerste = index.row() == 0 or self.rijen[index.row() - 1][0] != tak
                label = f"   naast: {naast.titel}" if naast else opmaak.RATIO_LABEL[naam]
                kader = naast or self.kader
                return ((opmaak.TAK_LABEL.get(tak, tak) if eerste else ""), label,
                        norm_tekst(kader, tak, naam) if kader else "")[k]
            if role == R.TextAlignmentRole:
                return RECHTS if k == 2 else LINKS
            if role == R.ForegroundRole and naast:
                return kleuren.GEDEMPT
            return None
        jaar = self.jaren[k - self.VAST]
        r = self.cellen.get((tak, jaar))
        if r is None:
            return None
        x = r.waarden.get(naam)
        if naast:
            return self._naast(role, naast, tak, naam, jaar, x)
        band = r.banden.get(naam)
        if role == R.DisplayRole:
            if x is None:
                return opmaak.ONBEKEND
            return f"{opmaak.ratio_waarde(naam, x)}  {opmaak.BAND_SYMBOOL.get(band, ' ')}"
        if role == R.ToolTipRole:
            delen = [f"{opmaak.RATIO_LABEL[naam]} {tak} {jaar}"]
            if x is not None:
                delen.append(f"{opmaak.ratio_waarde(naam, x)}: {opmaak.BAND_LABEL.get(band, 'geen norm')}"
                             + (f" (norm {norm_tekst(self.kader, tak, naam)})" if self.kader else ""))
            if naam in r.redenen:
                delen.append(f"Niet te berekenen: {r.redenen[naam]}")
            if naam in r.opgegeven:
                delen.append(f"Opgegeven door de corporatie: {opmaak.ratio_waarde(naam, r.opgegeven[naam])}")
            if naam in r.opmerkingen:
                delen.append(r.opmerkingen[naam])
            if r.bronnen.get(naam):
                delen.append("Bron: " + ", ".join(r.bronnen[naam]))
            delen.append(f"Beleidswaarde {r.bw_versie}")
            return "\n".join(delen)
        if role == R.BackgroundRole and band:
            return kleuren.ACHTERGROND.get(band)
        if role == R.TextAlignmentRole:
            return RECHTS
        return None

    def _naast(self, role: int, kader: NormenkaderInfo, tak: str, naam: str, jaar: int, x: float | None) -> Any:
        g = normenkaders.grens_van(kader, tak, naam)
        band = normenkaders.band(g, x) if g is not None and x is not None else None
        if role == R.DisplayRole:
            return opmaak.BAND_SYMBOOL.get(band, "")
        if role == R.ToolTipRole and band:
            return (f"{opmaak.RATIO_LABEL[naam]} {tak} {jaar}: {opmaak.ratio_waarde(naam, x)}, "
                    f"{opmaak.BAND_LABEL[band]} tegen {kader.titel} (norm {norm_tekst(kader, tak, naam)})")
        if role == R.BackgroundRole and band:
            return kleuren.ACHTERGROND.get(band)
        if role == R.TextAlignmentRole:
            return RECHTS
        return None


# ---- investeringsruimte ----------------------------------------------------------------------------------------

class RuimteModel(TabelModel):
    """The room per year, in € mln as in the report (indicative: exact euros would be false precision; the exact
    amount is in the tooltip, the JSON and the Excel)."""

    KOPPEN = ("Jaar", "Extra lening mogelijk", "Bindende norm", *(f"Ruimte {opmaak.RATIO_LABEL[n]}" for n in
                                                                    NORM_NAMEN))

    def zet(self, per_jaar) -> None:
        self.zet_rijen(per_jaar)

    def _bedrag(self, r, k: int) -> float | None:
        return r.extra_schuld if k == 1 else r.per_norm.get(NORM_NAMEN[k - 3]) if k >= 3 else None

    def data(self, index: Index, role: int = R.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.rijen[index.row()]
        k = index.column()
        if role == R.DisplayRole:
            if k == 0:
                return str(r.jaar)
            if k == 2:
                return opmaak.RATIO_LABEL.get(r.bindende_norm, "–") if r.bindende_norm else "–"
            return opmaak.euro_mln(self._bedrag(r, k))
        if role == R.ToolTipRole and (x := self._bedrag(r, k)) is not None:
            return f"Precies {opmaak.euro(x)}"
        if role == R.TextAlignmentRole:
            return LINKS if k in (0, 2) else RECHTS
        if role == R.FontRole and k >= 3 and NORM_NAMEN[k - 3] == r.bindende_norm:
            f = QFont()
            f.setBold(True)
            return f
        return None


class ScenarioModel(TabelModel):
    """The scenarios with the report's words and columns: an amount per year (only for the even spread) and the
    total each in their own column, in € mln."""

    KOPPEN = ("Scenario", "Investering", "Per jaar", "Totaal", "Bindend", "Woningen", "Deel gemeente van het totaal")

    def zet(self, scenarios) -> None:
        self.zet_rijen(scenarios)

    def _bedrag(self, s, k: int) -> float | None:
        return {2: s.x_max if s.modus == "gelijkmatig" else None, 3: s.x_totaal, 6: s.x_gemeente}.get(k)

    def data(self, index: Index, role: int = R.DisplayRole) -> Any:
        if not index.isValid():
            return None
        s = self.rijen[index.row()]
        k = index.column()
        if role == R.DisplayRole:
            if k == 0:
                return opmaak.SCENARIO_LABEL.get(s.naam, s.naam)
            if k == 1:
                return opmaak.MODUS_LABEL.get(s.modus, s.modus)
            if k == 4:
                if not s.bindende_norm:
                    return "–"
                return f"{opmaak.RATIO_LABEL.get(s.bindende_norm, s.bindende_norm)} {s.bindend_jaar}"
            if k == 5:
                return opmaak.getal(s.woningen) if s.woningen is not None else "–"
            x = self._bedrag(s, k)
            return "–" if x is None else opmaak.euro_mln(x)
        if role == R.ToolTipRole and (x := self._bedrag(s, k)) is not None:
            return f"Precies {opmaak.euro(x)}"
        if role == R.TextAlignmentRole:
            return LINKS if k in (0, 1, 4) else RECHTS
        return None


# ---- vergelijking ----------------------------------------------------------------------------------------------

class VergelijkingModel(TabelModel):
    KOPPEN = ("Thema", "Onderwerp", "Jaar", "Status", "Doel", "Bod", "Verschil", "Afspraak vorig jaar", "Realisatie",
              "Toelichting corporatie")
    TOELICHTING = 9
    STATUS = 3

    def zet(self, vergelijking: Sequence[Vergelijking], themas: Sequence[str] | None = None) -> None:
        volgorde = {t: i for i, t in enumerate(codes.THEMAS)}
        rijen = [v for v in vergelijking if themas is None or v.thema in themas]
        self.zet_rijen(sorted(rijen, key=lambda v: (volgorde.get(v.thema, 99), v.status == "geen_doel")))

    def data(self, index: Index, role: int = R.DisplayRole) -> Any:
        if not index.isValid():
            return None
        v = self.rijen[index.row()]
        k = index.column()
        if role == R.DisplayRole:
            if k == 0:
                eerste = index.row() == 0 or self.rijen[index.row() - 1].thema != v.thema
                return codes.THEMA_LABEL.get(v.thema, v.thema) if eerste else ""
            if k == 1:
                return v.omschrijving or v.code
            if k == 2:
                if v.jaar is not None:
                    return str(v.jaar)
                return f"{v.van_jaar}–{v.tot_jaar}" if v.van_jaar != v.tot_jaar else str(v.van_jaar or "")
            if k == self.STATUS:
                return f"{opmaak.STATUS_SYMBOOL.get(v.status, '')}  {opmaak.STATUS_LABEL.get(v.status, v.status)}"
            if k == self.TOELICHTING:
                return v.toelichting or ""
            x = {4: v.doel, 5: v.bod, 6: v.verschil, 7: v.afspraak, 8: v.realisatie}[k]
            if x is None:
                return ""
            if k == 6:
                return cellen.met_teken(cellen.in_eenheid(x, v.eenheid, verschil=True)).tekst
            return cellen.in_eenheid(x, v.eenheid).tekst
        if role == R.ToolTipRole:
            delen = [codes.THEMA_LABEL.get(v.thema, v.thema)] if k == 0 else []  # the whole text of a cut label
            delen.append(f"{v.omschrijving or v.code}")
            if v.soort:
                delen.append(f"Soort doel: {v.soort}")
            if v.aandeel is not None and v.aandeel != 1:
                herkomst = {"opgegeven": "opgegeven in de woonvisie", "naar_rato_bezit": "naar rato van bezit",
                            "aangenomen": "aangenomen"}.get(v.aandeel_herkomst or "", "")
                delen.append(f"Aandeel van deze corporatie: {opmaak.procent(v.aandeel, 0)} {herkomst}".rstrip())
            if v.dekking is not None and v.dekking < 1:
                delen.append(f"Het bod dekt {opmaak.procent(v.dekking, 0)} van de periode; het doel is naar rato.")
            if v.onvolledig:
                delen.append("Onvolledig: niet alle jaren hebben een getal.")
            if v.bronnen:
                delen.append("Bron: " + ", ".join(v.bronnen))
            return "\n".join(delen)
        if role == R.BackgroundRole and k == self.STATUS:
            return kleuren.ACHTERGROND.get(v.status)
        if role == R.ForegroundRole and v.status == "geen_doel" and k > 0:
            return kleuren.GEDEMPT
        if role == R.TextAlignmentRole:
            return RECHTS if 4 <= k < self.TOELICHTING else LINKS
        return None
