"""The data model: what is read from the workbooks (Invoer), what is computed (Berekend), what is found
(Vergelijking, Vraagpunt, Melding), and the whole assessment (Resultaat).

Pure data: no openpyxl, no pandas, no Qt. Amounts in euros, rates and shares as fractions, years as int.
Every imported value carries its Bron (`Blad!Cel`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from bodcheck.afspraken.model import Afspraak
from bodcheck.codes import EENHEID_STANDAARD, TAKKEN

# ---- provenance -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Bron:
    """Where a value came from: a cell, optionally in a named file; `handmatig` after an edit in the app."""

    blad: str = ""
    cel: str = ""
    bestand: str | None = None  # set only when two workbooks are read together
    handmatig: bool = False

    @property
    def cel_tekst(self) -> str:
        if not self.blad:
            return ""
        prefix = f"[{self.bestand}]" if self.bestand else ""
        return f"{prefix}{self.blad}!{self.cel}" if self.cel else f"{prefix}{self.blad}"

    def __str__(self) -> str:
        if self.handmatig:
            return f"handmatig (was {self.cel_tekst})" if self.blad else "handmatig"
        return self.cel_tekst

    def als_handmatig(self) -> Bron:
        return Bron(self.blad, self.cel, self.bestand, handmatig=True)


@dataclass(frozen=True)
class Waarde:
    """One number from a cell. `getal` None = unknown; `tekst` keeps a cell's text that was no number."""

    getal: float | None
    bron: Bron
    tekst: str | None = None


@dataclass(frozen=True)
class Veld:
    """One `Algemeen` value: text, int, float, date or bool, with its cell."""

    waarde: str | int | float | bool | dt.date | None
    bron: Bron


# ---- year sheets (Prognose*, Bod, Afspraken, Realisatie) --------------------------------------------


@dataclass(frozen=True)
class PeriodeWaarde:
    """One value for a whole period (format 1.1: a header such as `2027-2031`), both years inclusive."""

    van_jaar: int
    tot_jaar: int
    waarde: Waarde


@dataclass
class Regel:
    """One row of a year sheet, found by its code."""

    code: str
    omschrijving: str
    eenheid: str
    thema: str
    waarden: dict[int, Waarde] = field(default_factory=dict)
    toelichting: str | None = None
    bron: Bron = field(default_factory=Bron)  # the code cell
    bekend: bool = True  # False: a code outside the format's list ("overige regels")
    richting: str | None = None  # hoger | lager: the direction of an own code (format 1.1)
    perioden: list[PeriodeWaarde] = field(default_factory=list)  # period values (format 1.1)
    toelichting_bron: Bron | None = None  # the toelichting cell

    def getal(self, jaar: int) -> float | None:
        w = self.waarden.get(jaar)
        return None if w is None else w.getal

    def bron_van(self, jaar: int) -> Bron | None:
        w = self.waarden.get(jaar)
        return None if w is None else w.bron


@dataclass
class JaarBlad:
    """A sheet with one column per year. `naam` is the sheet's canonical name (e.g. 'Bod')."""

    naam: str
    jaren: list[int] = field(default_factory=list)
    regels: dict[str, Regel] = field(default_factory=dict)

    def regel(self, code: str) -> Regel | None:
        return self.regels.get(code)

    def getal(self, code: str, jaar: int) -> float | None:
        r = self.regels.get(code)
        return None if r is None else r.getal(jaar)

    def bron(self, code: str, jaar: int) -> Bron | None:
        r = self.regels.get(code)
        return None if r is None else r.bron_van(jaar)

    def lege_cel(self, code: str, jaar: int) -> Bron | None:
        """The workbook cell of row `code` in year `jaar`, also when it is empty (then it has no Waarde): the row
        of the code's own cell and the column of that year in any row that holds a value. None when either is
        unknown (an assessment filled in in the app)."""
        r = self.regels.get(code)
        if r is None or not r.bron.cel:
            return self.bron(code, jaar)
        if (b := r.bron_van(jaar)) is not None:
            return b
        rij = r.bron.cel.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        for andere in self.regels.values():
            if (b := andere.bron_van(jaar)) is not None and b.cel and not b.handmatig:
                return Bron(b.blad, b.cel.rstrip("0123456789") + rij, b.bestand)
        return None

    def heeft_getal(self, code: str) -> bool:
        r = self.regels.get(code)
        return r is not None and any(w.getal is not None for w in r.waarden.values())


# ---- Woonvisie and the list sheets ------------------------------------------------------------------


@dataclass
class Doel:
    """One woonvisie target (a row of `Woonvisie`). `waarde` in euros for bedrag, fraction for %."""

    code: str
    omschrijving: str
    soort: str  # minimaal | maximaal | streefwaarde
    waarde: float
    eenheid: str
    van_jaar: int
    tot_jaar: int
    per: str = "jaar"  # jaar | periode
    aandeel_corporatie: float | None = None
    niveau: str = "gemeente"  # gemeente | regio
    kern: str | None = None
    prioriteit: str | None = None
    bron_woonvisie: str | None = None  # the `bron` column: chapter/page of the woonvisie
    thema: str = ""
    bron: Bron = field(default_factory=Bron)  # the waarde cell
    rij: int = 0
    richting: str | None = None  # hoger | lager: the direction of an own code (format 1.1)


@dataclass
class Toezegging:
    thema: str
    tekst: str
    jaar: int | None = None
    kwantitatief: bool | None = None
    indicator: str | None = None
    peildatum: dt.date | str | None = None
    eigenaar: str | None = None
    vraagt_van_gemeente: str | None = None
    bron: Bron = field(default_factory=Bron)


@dataclass
class Tegenprestatie:
    """A row of the `Gemeente` sheet: what the gemeente itself commits (wederkerigheid)."""

    thema: str
    tegenprestatie: str
    jaar: int | None = None
    kwantitatief: float | None = None
    eenheid: str | None = None
    status: str | None = None  # toegezegd | geleverd | achter
    bron: Bron = field(default_factory=Bron)


@dataclass
class WijkRegel:
    wijk: str
    code: str
    omschrijving: str
    eenheid: str
    waarden: dict[int, Waarde] = field(default_factory=dict)
    toelichting: str | None = None
    bron: Bron = field(default_factory=Bron)

    def getal(self, jaar: int) -> float | None:
        w = self.waarden.get(jaar)
        return None if w is None else w.getal


# ---- Invoer -----------------------------------------------------------------------------------------


@dataclass
class Invoer:
    """Everything read from the workbook(s). A sheet that was not delivered is None (not an empty list)."""

    algemeen: dict[str, Veld] = field(default_factory=dict)
    prognoses: dict[str, JaarBlad] = field(default_factory=dict)  # tak (TI, DAEB, niet-DAEB) -> sheet
    bod: JaarBlad | None = None
    afspraken: JaarBlad | None = None
    realisatie: JaarBlad | None = None
    woonvisie: list[Doel] | None = None
    toezeggingen: list[Toezegging] | None = None
    gemeente_levert: list[Tegenprestatie] | None = None
    wijken: list[WijkRegel] | None = None
    bestanden: dict[str, str] = field(default_factory=dict)  # rol (bod, woonvisie) -> file name
    woonvisie_algemeen: dict[str, Veld] = field(default_factory=dict)  # Algemeen of a separate woonvisie workbook
    # Algemeen values refused with a fout (e.g. Bodjaar "tweeduizend"): the text as read, with its cell, so the
    # Invoer view shows it at its row (never used in a computation)
    algemeen_geweigerd: dict[str, Veld] = field(default_factory=dict)
    eenheid_bedragen: str = EENHEID_STANDAARD  # as the user chose it; amounts in the model are in euros

    def veld(self, code: str) -> Any:
        v = self.algemeen.get(code)
        return None if v is None else v.waarde

    def veld_bron(self, code: str) -> Bron | None:
        v = self.algemeen.get(code)
        return None if v is None else v.bron

    @property
    def corporatie(self) -> str:
        return str(self.veld("corporatie") or "")

    @property
    def gemeente(self) -> str:
        return str(self.veld("gemeente") or "")

    @property
    def bodjaar(self) -> int | None:
        v = self.veld("bodjaar")
        return int(v) if v is not None else None

    @property
    def prognose_editie(self) -> int | None:
        v = self.veld("prognose_editie")
        if v is not None:
            return int(v)
        return self.bodjaar - 1 if self.bodjaar is not None else None

    @property
    def prognose_bevat_bod(self) -> bool:
        v = self.veld("prognose_bevat_bod")
        return True if v is None else bool(v)

    def aanwezige_bladen(self) -> list[str]:
        namen = [self.prognoses[t].naam for t in TAKKEN if t in self.prognoses]
        for naam, aanwezig in (
            ("Bod", self.bod is not None), ("Woonvisie", self.woonvisie is not None),
            ("Afspraken", self.afspraken is not None), ("Realisatie", self.realisatie is not None),
            ("Toezeggingen", self.toezeggingen is not None), ("Wijken", self.wijken is not None),
            ("Gemeente", self.gemeente_levert is not None),
        ):
            if aanwezig:
                namen.append(naam)
        return namen


# ---- findings ---------------------------------------------------------------------------------------

MELDING_SOORTEN = ("fout", "waarschuwing", "info", "intern")


@dataclass(frozen=True)
class Melding:
    """A problem or note about the data (not an exception). `fout` makes the input unusable (exit 2)."""

    soort: str  # fout | waarschuwing | info | intern
    tekst: str
    bron: Bron | None = None
    regel: str | None = None  # the rule id for `intern`
    bestand: str | None = None  # the workbook it concerns, for messages on the terminal

    def regel_tekst(self) -> str:
        """One Dutch line: `bestand: Blad!Cel: tekst` (the parts that are known)."""
        bestand = None if self.bron and self.bron.bestand else self.bestand  # a prefixed bron names it already
        delen = [d for d in (bestand, self.bron.cel_tekst if self.bron else None) if d]
        return ": ".join([*delen, self.tekst])


# ---- computed ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class NormGrens:
    grens: float
    richting: str  # minimaal | maximaal
    krap_grens: float


@dataclass(frozen=True)
class NormenkaderInfo:
    naam: str  # aw-wsw-2024, or the user's kader name
    titel: str
    bron: str
    geldig: str  # human text, e.g. "vanaf dPi 2024"
    bw_versie: str
    normen: dict[str, dict[str, NormGrens]]  # tak -> ratio -> grens
    eigen: bool = False  # a user-defined kader
    toelichting: str = ""  # why this kader was chosen


@dataclass(frozen=True)
class RatioJaar:
    jaar: int
    tak: str
    waarden: dict[str, float | None]  # icr, ltv, solvabiliteit, dekkingsratio, onderpandratio
    banden: dict[str, str]  # ratio -> overschreden | krap | ruim (only computed ratios with a norm)
    redenen: dict[str, str] = field(default_factory=dict)  # ratio -> why not computable
    opgegeven: dict[str, float] = field(default_factory=dict)  # ratios the corporatie published
    bronnen: dict[str, tuple[str, ...]] = field(default_factory=dict)
    opmerkingen: dict[str, str] = field(default_factory=dict)  # "controleer de invoer" notes
    bw_versie: str = "2.0"
    herkomst: str = "berekend"  # berekend | opgegeven (only published ratios, no amounts: format 1.1)


@dataclass(frozen=True)
class RuimteJaar:
    jaar: int
    extra_schuld: float | None
    bindende_norm: str | None
    per_norm: dict[str, float | None]


@dataclass(frozen=True)
class Scenario:
    naam: str  # nieuwbouw | verbetering
    modus: str  # eenmalig | gelijkmatig
    x_max: float | None  # None: no norm limits it (see the meldingen)
    x_totaal: float | None
    bindende_norm: str | None
    bindend_jaar: int | None
    woningen: int | None  # nieuwbouw only: floor(x_totaal / stichtingskosten)
    x_gemeente: float | None = None  # indicatieve toerekening naar rato van vhe


@dataclass(frozen=True)
class RuimteEigenNormen:
    """The investeringsruimte to the stricter of own and official norm per ratio (format 1.1)."""

    normen: dict[str, float]  # icr_min, ltv_max, solvabiliteit_min, dekkingsratio_max as used
    per_jaar: tuple[RuimteJaar, ...]
    nieuwbouw: Scenario  # nieuwbouw, eenmalig


@dataclass(frozen=True)
class Investeringsruimte:
    tak: str
    parameters: dict[str, float | int | str]
    horizon: tuple[int, ...]
    per_jaar: tuple[RuimteJaar, ...]
    scenarios: tuple[Scenario, ...]
    aandeel_gemeente: float | None
    ruimte_gemeente: float | None
    methode: str
    eigen_normen: RuimteEigenNormen | None = None  # within the corporatie's own norms (format 1.1)


@dataclass(frozen=True)
class GevoeligheidJaar:
    """The ratios of one year under a sensitivity scenario; None = not computable (reason in `redenen`)."""

    jaar: int
    waarden: dict[str, float | None]  # icr, ltv, solvabiliteit, dekkingsratio
    redenen: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Gevoeligheid:
    """One sensitivity scenario on one tak (rekenregels §6; JSON `gevoeligheid`)."""

    scenario: str  # S1 … S5
    naam: str  # Dutch label, e.g. "Rente 1 procentpunt hoger"
    tak: str
    parameters: dict[str, float]
    per_jaar: tuple[GevoeligheidJaar, ...] = ()
    eerste_overschrijding: tuple[str, int] | None = None  # (ratio, jaar) the base case keeps, the scenario not
    laagste_icr: tuple[float, int] | None = None  # (waarde, jaar)
    woningen: tuple[int, int] | None = None  # S4: (basis, scenario)
    reden: str | None = None  # why the scenario as a whole is not computable


@dataclass(frozen=True)
class Vergelijking:
    """One comparison of the bod with a woonvisie target (JSON `vergelijking`)."""

    code: str
    thema: str
    soort: str | None  # None for geen_doel
    jaar: int | None  # None for a periode target
    van_jaar: int | None
    tot_jaar: int | None
    doel: float | None
    bod: float | None
    verschil: float | None
    dekking: float | None
    afspraak: float | None
    realisatie: float | None
    status: str  # voldoet | gedeeltelijk | voldoet_niet | niet_in_bod | geen_doel | regionaal | niet_toegerekend | voornemen
    onvolledig: bool
    bronnen: tuple[str, ...]
    omschrijving: str = ""
    eenheid: str = ""
    aandeel: float | None = None
    aandeel_herkomst: str | None = None  # opgegeven | naar_rato_bezit | aangenomen
    prioriteit: str | None = None
    kern: str | None = None
    niveau: str = "gemeente"
    richting: str | None = None  # an own code's direction (format 1.1)
    totaal: bool = False  # the summary entry of a per-jaar target
    jaren_afwijkend: int | None = None  # summary entry: per-year entries whose status is not voldoet
    maatgevend_jaar: int | None = None  # summary entry of a stock/rate bound: the worst year
    toelichting: str | None = None  # the corporatie's own explanation on the Bod row, verbatim
    toelichting_bron: str | None = None  # its cell, e.g. Bod!H27


@dataclass(frozen=True)
class GenoemdeWaarde:
    """A number a finding states (vraagpunten.md § Revisions 2 `waarden`): value in its unit's internal form
    (fraction for %, euros), the cell it comes from (None when derived) and its year."""

    waarde: float
    eenheid: str
    cel: str | None = None
    jaar: int | None = None


@dataclass(frozen=True)
class Vraagpunt:
    id: str  # B01, F03, ... (vraagpunten.md)
    naam: str  # NIEUWBOUW_ONDER_DOEL
    ernst: str  # hoog | midden | laag | info
    thema: str
    partij: str  # gemeente | huurders | beide
    vraag: str
    toelichting: str
    bronnen: tuple[str, ...] = ()
    basis: str = ""
    sleutel: str = ""  # what makes it unique within its rule (tak, code, ratio)
    titel: str = ""  # short Dutch title of the rule (Kern page, lists)
    adressaat: str = "corporatie"  # who must answer: corporatie | gemeente | allen
    label: str = ""  # rule id with its scope where a rule fires more than once ("F06 · DAEB")
    waarden: tuple[GenoemdeWaarde, ...] = ()  # the numbers the finding states


@dataclass
class Berekend:
    normenkader: NormenkaderInfo
    ratios: list[RatioJaar] = field(default_factory=list)
    investeringsruimte: Investeringsruimte | None = None
    meldingen: list[Melding] = field(default_factory=list)
    extra_kaders: list[NormenkaderInfo] = field(default_factory=list)  # shown side by side
    gevoeligheid: list[Gevoeligheid] = field(default_factory=list)  # rekenregels §6, per tak and scenario


@dataclass
class Instellingen:
    """The user's choices that change the outcome; saved in the .bodcheck file."""

    normenkader: str | None = None  # None = the kader valid for the prognose edition
    eigen_kader_pad: str | None = None
    perspectief: str = "gemeente"  # gemeente | huurders
    horizon_jaren: int = 5
    rente_nieuwe_leningen: float | None = None  # None = the parameter file's default
    stichtingskosten_per_woning: float | None = None
    definitief: bool = False
    gevoeligheid: dict[str, float] = field(default_factory=dict)  # parameter name -> the user's value (§6)
    auteur: str | None = None  # who prepared the report ("Opgesteld door"), set in the app


# ---- derived figures (bodcheck.afgeleid): what the rules, the report and the app read besides the ratios -----


@dataclass(frozen=True)
class VoorraadJaar:
    """One bod year of the net change of the sociale voorraad (counts of homes)."""

    jaar: int
    mutatie: float | None  # nieuwbouw_sociaal + aankoop − sloop − verkoop − liberalisatie, known values only
    cumulatief: float | None  # up to and including this year; None until a value is known
    componenten: dict[str, float | None]  # code -> value this year (None: empty cell)
    onvolledig: bool
    ontbrekend: tuple[str, ...]  # empty cells (`Bod!E7`, or `Bod: sloop 2027` for a missing row)
    ontbrekend_plus: bool  # a + component (nieuwbouw/aankoop) was missing in this year or before


@dataclass(frozen=True)
class Voorraad:
    """Net change of the sociale voorraad (Bod), per year and cumulative."""

    formule: str
    per_jaar: tuple[VoorraadJaar, ...]
    totaal: float | None
    onvolledig: bool
    ontbrekend: tuple[str, ...]
    voorraad_sociaal: dict[int, float]  # the bod's own `voorraad_sociaal` (ultimo), by year, as given
    bronnen: tuple[str, ...]


@dataclass(frozen=True)
class RuimteGemeente:
    """The gemeente's indicative share of the investeringsruimte (nieuwbouw, eenmalig). Euros, homes."""

    x_max_corporatie: float
    woningen_corporatie: int | None
    aandeel_gemeente: float | None  # fraction
    ruimte_gemeente: float | None
    stichtingskosten_per_woning: float
    woningen_gemeente: int | None  # floor(ruimte_gemeente / stichtingskosten_per_woning)
    tak: str = "TI"  # the prognose the room is computed on (Investeringsruimte.tak)


@dataclass(frozen=True)
class FairShare:
    """P04: the share of investments here against the share of bezit, over `jaren`."""

    jaren: tuple[int, ...]
    aandeel_bezit: float | None  # vhe_gemeente / vhe_totaal
    investering_gemeente: float | None  # euros
    investering_totaal: float | None  # Prognose: investering_nieuwbouw + investering_verbetering + onderhoud
    aandeel_investering: float | None
    verhouding: float | None  # aandeel_investering / aandeel_bezit
    onvolledig: bool
    bronnen: tuple[str, ...]


@dataclass(frozen=True)
class EfgTempo:
    """The tempo needed to reach zero homes with label E, F or G by the doeljaar, against the bod's tempo."""

    doeljaar: int
    start_jaar: int
    start_aantal: float
    eind_jaar: int
    eind_aantal: float
    rest_doeljaar: float | None  # woningen_efg[doeljaar] − efg_sloop_verkoop[doeljaar] (missing = 0)
    nodig_per_jaar: float | None
    geboden_per_jaar: float | None
    klaar_jaar: int | None  # the first year the count minus the decided homes reaches 0 (vraagpunten.md Rev. 2)
    bronnen: tuple[str, ...]
    start_besloten: float = 0.0  # homes with a sloop- or verkoopbesluit in the start year
    besloten_doeljaar: float = 0.0  # efg_sloop_verkoop[doeljaar] (missing = 0)
    # the bod's own figures per known year: (jaar, woningen_efg, efg_sloop_verkoop (missing = 0))
    per_jaar: tuple[tuple[int, float, float], ...] = ()

    @property
    def aantal_doeljaar(self) -> float | None:
        """woningen_efg in the doeljaar as the bod gives it (the decided homes included)."""
        return next((e for j, e, _ in self.per_jaar if j == self.doeljaar), None)


@dataclass(frozen=True)
class Afgeleid:
    """All derived figures; a figure is None when its data is absent."""

    voorraad: Voorraad | None = None
    investeringsruimte_gemeente: RuimteGemeente | None = None
    fair_share: FairShare | None = None
    efg: EfgTempo | None = None


@dataclass
class Resultaat:
    """One whole assessment."""

    invoer: Invoer
    berekend: Berekend
    meldingen: list[Melding]
    instellingen: Instellingen
    peildatum: dt.date
    vergelijking: list[Vergelijking] = field(default_factory=list)
    vraagpunten: list[Vraagpunt] = field(default_factory=list)
    afgeleid: Afgeleid = field(default_factory=Afgeleid)  # derived figures (voorraad, fair share, EFG tempo)

    @property
    def perspectief(self) -> str:
        return self.instellingen.perspectief

    @property
    def fouten(self) -> list[Melding]:
        return [m for m in self.meldingen if m.soort == "fout"]


@dataclass
class Notitie:
    """What the user adds to one vraagpunt in the app: printed in the report, saved in .bodcheck."""

    meenemen: bool = True  # take it to the overleg (printed in chapter 9)
    notitie: str = ""  # own note
    antwoord: str = ""  # answer given at the table
    afspraak: str = ""  # afspraak as typed: wat · wie · wanneer (versie 1; printed in the report)
    afspraken: list[Afspraak] = field(default_factory=list)  # the structured afspraken (versie 2)


def notitie_sleutel(v: Vraagpunt) -> str:
    """Stable key of a vraagpunt across recomputation: rule id plus what makes it unique."""
    return f"{v.id}|{v.sleutel}"
