"""Reading each kind of sheet into the model. Problems become Meldingen with their cell, never exceptions.

`Lezer` holds one workbook's context: its file name, unit, the Bron prefix, and the meldingen list.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from bodcheck import codes, grenzen
from bodcheck.inlezen.bestand import Cel, Werkboek
from bodcheck.inlezen.waarden import (
    GeenWaarde,
    beschrijf,
    datum,
    geheel,
    getal,
    is_nvt,
    janee,
    procent,
    tekst,
)
from bodcheck.model import (
    Bron,
    Doel,
    Invoer,
    JaarBlad,
    Melding,
    PeriodeWaarde,
    Regel,
    Tegenprestatie,
    Toezegging,
    Veld,
    Waarde,
    WijkRegel,
)

ONWAARSCHIJNLIJK_BEDRAG = 5e10  # euros; more than any corporatie's balance sheet: probably a unit error

# Sheets where text in a number cell makes the input unusable (else only a warning).
STRENGE_BLADEN = frozenset({"Prognose", "Prognose DAEB", "Prognose niet-DAEB", "Woonvisie"})
# Sheets that may hold period columns (format 1.1).
PERIODE_BLADEN = frozenset({"Bod", "Afspraken", "Realisatie"})


@dataclass
class Lezer:
    wb: Werkboek
    bestand: str  # file name for messages
    prefix: str | None  # file name in Bron, only when two workbooks are read together
    meldingen: list[Melding] = field(default_factory=list)
    factor: float = 1_000.0  # euros per workbook unit of `bedrag`
    eenheid: str = codes.EENHEID_STANDAARD

    def bron(self, blad: str, cel: str = "") -> Bron:
        return Bron(blad, cel, self.prefix)

    def fout(self, tekst: str, blad: str = "", cel: str = "") -> None:
        self.meldingen.append(Melding("fout", tekst, self.bron(blad, cel) if blad else None, bestand=self.bestand))

    def waarschuwing(self, tekst: str, blad: str = "", cel: str = "") -> None:
        self.meldingen.append(Melding("waarschuwing", tekst, self.bron(blad, cel) if blad else None,
                                      bestand=self.bestand))

    def info(self, tekst: str, blad: str = "", cel: str = "") -> None:
        self.meldingen.append(Melding("info", tekst, self.bron(blad, cel) if blad else None, bestand=self.bestand))

    # ---- one cell ----------------------------------------------------------------------------------

    def melding_of_fout(self, streng: bool, tekst: str, blad: str, cel: str) -> None:
        (self.fout if streng else self.waarschuwing)(tekst, blad, cel)

    def cel_getal(self, cel: Cel, blad: str, code: str, eenheid: str, streng: bool) -> Waarde:
        """A number cell of a row with unit `eenheid`, converted to the model's units (euros, fractions)."""
        bron = self.bron(blad, cel.adres)
        if cel.formule_zonder_waarde:
            self.fout("formule zonder berekende waarde; open het werkboek in Excel en sla het opnieuw op",
                      blad, cel.adres)
            return Waarde(None, bron)
        if cel.foutwaarde:
            self.melding_of_fout(streng, f"foutwaarde {cel.waarde} in plaats van een getal", blad, cel.adres)
            return Waarde(None, bron, str(cel.waarde))
        try:
            if eenheid == "%":
                v, notitie = procent(cel.waarde, cel.formaat, code)
            else:
                v, notitie = getal(cel.waarde)
        except GeenWaarde:
            soort = "is een datum, geen getal" if isinstance(cel.waarde, dt.date | dt.datetime) else "is geen getal"
            if isinstance(cel.waarde, dt.date | dt.datetime):
                self.melding_of_fout(streng, f"{beschrijf(cel.waarde)} {soort}", blad, cel.adres)
            else:
                self.melding_of_fout(streng, f"{beschrijf(cel.waarde)} {soort}", blad, cel.adres)
            return Waarde(None, bron, tekst(cel.waarde))
        if notitie:
            self.waarschuwing(notitie, blad, cel.adres)
        if v is None:
            return Waarde(None, bron)
        if eenheid == "bedrag":
            v *= self.factor
        if code in codes.POSITIEVE_BEDRAGEN and v < 0:
            self.waarschuwing("negatief bedrag gelezen als positief (uitgaven en rente zijn positieve bedragen)",
                              blad, cel.adres)
            v = -v
        grens = grenzen.controleer(code, eenheid, v)
        if grens is not None:
            (self.fout if grens.soort == "fout" else self.waarschuwing)(grens.tekst, blad, cel.adres)
            if grens.waarde is None:
                return Waarde(None, bron, tekst(cel.waarde))
            v = grens.waarde
        if eenheid == "bedrag" and abs(v) > ONWAARSCHIJNLIJK_BEDRAG:
            self.waarschuwing(f"bedrag van € {v:,.0f} is onwaarschijnlijk groot; klopt de eenheid "
                              f"({self.eenheid})?".replace(",", "."), blad, cel.adres)
        return Waarde(v, bron)


# ---- headers ---------------------------------------------------------------------------------------


@dataclass
class Kop:
    kolommen: dict[str, int]  # normalised header text -> column
    jaren: dict[int, int]  # year -> column
    rij: int
    perioden: dict[tuple[int, int], int] = field(default_factory=dict)  # (van, tot) -> column (format 1.1)


# A period column (format 1.1): two years joined by a hyphen or a dash, e.g. `2027-2031` or `2027–2031`.
_PERIODE = re.compile(r"^\s*(\d{4})\s*[-–—]\s*(\d{4})\s*$")
JAAR_MIN, JAAR_MAX = 1900, 2100


def _kop_jaar(w: Any) -> int | None:
    """The integer of a header cell that is meant as a year: a whole number of four digits, or four digits as
    text. Any other number stays a column name, as in v1."""
    if isinstance(w, int | float) and not isinstance(w, bool) and float(w).is_integer() and 1000 <= w <= 9999:
        return int(w)
    if isinstance(w, str) and w.strip().isdigit() and len(w.strip()) == 4:
        return int(w.strip())
    return None


def lees_kop(lz: Lezer, blad: str, rij: list[Cel], verplicht: tuple[str, ...]) -> Kop | None:
    kolommen: dict[str, int] = {}
    jaren: dict[int, int] = {}
    jaar_cel: dict[int, str] = {}
    perioden: dict[tuple[int, int], int] = {}
    periode_cel: dict[tuple[int, int], str] = {}
    for cel in rij:
        w = cel.waarde
        jaar = _kop_jaar(w)
        if jaar is not None:
            if not JAAR_MIN <= jaar <= JAAR_MAX:
                lz.fout(f"jaar {jaar} in de kopregel ligt buiten {JAAR_MIN}–{JAAR_MAX}", blad, cel.adres)
                continue
            if isinstance(w, str):
                lz.waarschuwing(f'jaartal "{w.strip()}" staat als tekst in de kopregel; gelezen als {jaar}',
                                blad, cel.adres)
            if jaar in jaren:
                lz.fout(f"jaar {jaar} staat twee keer in de kopregel (in {jaar_cel[jaar]} en {cel.adres})",
                        blad, cel.adres)
                continue
            jaren[jaar] = cel.kolom
            jaar_cel[jaar] = cel.adres
            continue
        m = _PERIODE.match(w) if isinstance(w, str) else None
        if m is not None:
            van, tot = int(m.group(1)), int(m.group(2))
            if not (JAAR_MIN <= van <= JAAR_MAX and JAAR_MIN <= tot <= JAAR_MAX):
                lz.fout(f"periode {van}–{tot} in de kopregel ligt buiten {JAAR_MIN}–{JAAR_MAX}", blad, cel.adres)
            elif tot <= van:
                lz.fout(f"periode {van}–{tot}: het tweede jaar moet na het eerste liggen", blad, cel.adres)
            elif (van, tot) in perioden:
                lz.fout(f"periode {van}–{tot} staat twee keer in de kopregel (in {periode_cel[(van, tot)]} "
                        f"en {cel.adres})", blad, cel.adres)
            else:
                perioden[(van, tot)] = cel.kolom
                periode_cel[(van, tot)] = cel.adres
            continue
        naam = (tekst(w) or "").strip().casefold().replace(" ", "_")
        if naam in kolommen:
            lz.fout(f'kolom "{naam}" staat twee keer in de kopregel', blad, cel.adres)
        kolommen[naam] = cel.kolom
    if len(jaren) > grenzen.MAX_JAREN:
        lz.fout(f"de kopregel heeft {len(jaren)} jaarkolommen; hoogstens {grenzen.MAX_JAREN} per blad", blad, "A1")
        return None
    ontbreekt = [k for k in verplicht if k not in kolommen]
    for k in ontbreekt:
        lz.fout(f'kolom "{k}" ontbreekt in de kopregel (rij 1)', blad, "A1")
    if ontbreekt:
        return None
    return Kop(kolommen, dict(sorted(jaren.items())), rij[0].rij if rij else 1, dict(sorted(perioden.items())))


def _per_kolom(rij: list[Cel]) -> dict[int, Cel]:
    return {c.kolom: c for c in rij}


def _eerste_rij(cellen: list[list[Cel]]) -> tuple[list[Cel], list[list[Cel]]]:
    if not cellen:
        return [], []
    return cellen[0], cellen[1:]


def meld_samengevoegd(lz: Lezer, blad: str, naam: str) -> None:
    """`blad` as the workbook names it, `naam` as bodcheck names it in messages."""
    for bereik in lz.wb.samengevoegd(blad):
        links = bereik.split(":")[0]
        lz.waarschuwing(f"cellen {bereik} zijn samengevoegd; alleen {links} telt, de andere cellen zijn leeg",
                        naam, links)


# ---- Algemeen --------------------------------------------------------------------------------------


def lees_algemeen(lz: Lezer, blad: str, heeft_bod: bool,
                  geweigerd_uit: dict[str, Veld] | None = None) -> dict[str, Veld]:
    """The Algemeen fields read; `geweigerd_uit` receives each value refused with a fout: its text, with its cell."""
    naam = "Algemeen"
    velden: dict[str, Veld] = {}
    labels = {v.label.casefold(): v for v in codes.ALGEMEEN} | {v.code: v for v in codes.ALGEMEEN}
    gezien: dict[str, str] = {}
    geweigerd: set[str] = set()
    for rij in lz.wb.cellen(blad):
        per = _per_kolom(rij)
        sleutel = tekst(per[1].waarde) if 1 in per else None
        if not sleutel:
            continue
        veld = labels.get(sleutel.strip().casefold())
        if veld is None:
            continue  # headers, notes and unknown labels are for people
        cel_b = per.get(2)
        adres = cel_b.adres if cel_b else f"B{per[1].rij}"
        if veld.code in gezien:
            lz.fout(f"{veld.label} staat twee keer in Algemeen (ook in {gezien[veld.code]})", naam, adres)
            continue
        gezien[veld.code] = adres
        al = len(lz.meldingen)
        waarde = _algemeen_waarde(lz, naam, adres, veld, cel_b)
        if waarde is None and any(m.soort == "fout" for m in lz.meldingen[al:]):
            geweigerd.add(veld.code)  # refused with its own message: not "ontbreekt" as well
            if geweigerd_uit is not None and cel_b is not None:
                geweigerd_uit[veld.code] = Veld(tekst(cel_b.waarde) or "", lz.bron(naam, adres))
        if waarde is not None:
            velden[veld.code] = Veld(waarde, lz.bron(naam, adres))
    for veld in codes.ALGEMEEN:
        nodig = veld.verplicht == "ja" or (veld.verplicht == "bod" and heeft_bod)
        if nodig and veld.code not in velden and veld.code not in geweigerd:
            plek = gezien.get(veld.code, "")
            lz.fout(f"verplicht veld {veld.label} ontbreekt", naam, plek)
    eenheid = velden.get("eenheid")
    factor = codes.factor_bedragen(str(eenheid.waarde) if eenheid is not None else codes.EENHEID_STANDAARD)
    for code, v in list(velden.items()):  # amounts in euros, like the year sheets
        if codes.ALGEMEEN_PER_CODE[code].soort == "bedrag" and isinstance(v.waarde, float):
            velden[code] = Veld(v.waarde * factor, v.bron)
    return velden


def _versie(lz: Lezer, blad: str, adres: str, w: Any) -> Any:
    """Formaatversie: 1 or 1.1, as a number or as the text "1.1" / "1,1"."""
    t = (tekst(w) or "").replace(",", ".")
    try:
        v = float(t)
    except ValueError:
        v = None
    for versie in codes.FORMAATVERSIES:
        if v is not None and abs(v - versie) < 1e-9:
            return versie
    ondersteund = " en ".join(str(x).replace(".", ",") for x in codes.FORMAATVERSIES)
    lz.fout(f"formaatversie {beschrijf(w).strip(chr(34))} wordt niet ondersteund; deze bodcheck leest versie "
            f"{ondersteund}", blad, adres)
    return w  # kept (the fout above makes the input unusable), so it is not also reported as missing


def _algemeen_waarde(lz: Lezer, blad: str, adres: str, veld: codes.AlgemeenVeld, cel: Cel | None) -> Any:
    if cel is None or cel.waarde is None:
        if cel is not None and cel.formule_zonder_waarde:
            lz.fout("formule zonder berekende waarde; open het werkboek in Excel en sla het opnieuw op", blad, adres)
        return None
    w = cel.waarde
    streng = veld.verplicht != "nee"
    try:
        if veld.soort == "versie":
            return _versie(lz, blad, adres, w)
        if veld.soort in ("bedrag", "ratio", "aandeel"):
            if is_nvt(w):
                return None
            if veld.soort == "aandeel":
                v, notitie = procent(w, cel.formaat, "aandeel_corporatie")  # a share: 0,2 and 20 are 20%
            else:
                v, notitie = getal(w)
            if notitie:
                lz.waarschuwing(f"{veld.label}: {notitie}", blad, adres)
            if v is not None and v < 0:
                lz.fout(f"{veld.label}: {beschrijf(w)} kan niet negatief zijn", blad, adres)
                return None
            return v
        if veld.soort == "basis":
            t = (tekst(w) or "").casefold()
            if t in codes.PROGNOSE_BASES:
                return t
            lz.waarschuwing(f"{veld.label}: {beschrijf(w)} is onbekend; kies enkelvoudig of geconsolideerd "
                            "(enkelvoudig aangenomen)", blad, adres)
            return None
        if veld.soort == "tekst":
            return tekst(w)
        if veld.soort == "int":
            j = geheel(w)
            if j is not None and veld.code in ("bodjaar", "prognose_editie") and grenzen.jaar_probleem(j):
                lz.fout(f"{veld.label}: {grenzen.jaar_probleem(j)}", blad, adres)
                return None
            return j
        if veld.soort == "getal":
            if is_nvt(w):
                return None
            v, notitie = getal(w)
            if notitie:
                lz.waarschuwing(notitie, blad, adres)
            grens = grenzen.controleer(veld.code, "aantal", v) if v is not None else None
            if grens is not None:
                (lz.fout if grens.soort == "fout" else lz.waarschuwing)(f"{veld.label}: {grens.tekst}", blad, adres)
                return grens.waarde
            return v
        if veld.soort == "datum":
            return datum(w)
        if veld.soort == "janee":
            return janee(w)
        if veld.soort == "eenheid":
            t = (tekst(w) or "").replace(" ", "").replace("x€", "x€").casefold()
            for e in codes.EENHEID_BEDRAGEN:
                if e.replace(" ", "").casefold() == t:
                    return e
            lz.fout(f'eenheid {beschrijf(w)} is onbekend; kies €, x € 1.000 of x € 1 mln', blad, adres)
            return None
        if veld.soort == "bwversie":
            t = (tekst(w) or "").replace(",", ".")
            if t in ("1", "1.0"):
                return "1.0"
            if t in ("2", "2.0"):
                return "2.0"
            lz.waarschuwing(f"beleidswaarde-versie {beschrijf(w)} is onbekend; verwacht 1.0 of 2.0", blad, adres)
            return None
    except GeenWaarde:
        soort = {"int": "een geheel getal", "getal": "een getal", "datum": "een datum (d-m-jjjj)",
                 "janee": "ja of nee"}.get(veld.soort, "een waarde")
        tekst_ = f"{veld.label}: {beschrijf(w)} is geen {soort.removeprefix('een ')}"
        if veld.soort == "datum":
            lz.fout(f"{veld.label}: {beschrijf(w)} is geen datum (verwacht d-m-jjjj of jjjj-mm-dd)", blad, adres)
        elif streng or veld.soort in ("int",):
            lz.fout(tekst_, blad, adres)
        else:
            lz.waarschuwing(tekst_ + "; genegeerd", blad, adres)
    return None


# ---- year sheets -----------------------------------------------------------------------------------


def lees_jaarblad(lz: Lezer, blad: str, naam: str, bekende: tuple[codes.Code, ...]) -> JaarBlad | None:
    """Prognose*, Bod, Afspraken, Realisatie: rows by code, columns by header."""
    streng = naam in STRENGE_BLADEN
    kop_rij, rijen = _eerste_rij(list(lz.wb.cellen(blad)))
    kop = lees_kop(lz, naam, kop_rij, ("code",))
    if kop is None:
        return None
    if kop.perioden and naam not in PERIODE_BLADEN:
        lz.fout("een periodekolom (zoals 2027-2031) kan alleen in Bod, Afspraken en Realisatie; vul hier per "
                "jaar in", naam, _kolom_letter(next(iter(kop.perioden.values()))) + str(kop.rij))
        return None
    if not kop.jaren and not kop.perioden:
        lz.fout("geen jaarkolommen gevonden in de kopregel (verwacht jaartallen zoals 2026, 2027 …)", naam, "A1")
        return None
    meld_samengevoegd(lz, blad, naam)
    per_code = {c.code: c for c in bekende}
    per_label = {c.omschrijving.casefold(): c for c in bekende}
    k_code = kop.kolommen["code"]
    k_oms = kop.kolommen.get("omschrijving")
    k_toel = kop.kolommen.get("toelichting")
    k_thema = kop.kolommen.get("thema")
    k_eenheid = kop.kolommen.get("eenheid")
    k_richting = kop.kolommen.get("richting")
    resultaat = JaarBlad(naam, list(kop.jaren))
    for rij in rijen:
        per = _per_kolom(rij)
        code = (tekst(per[k_code].waarde) if k_code in per else None) or ""
        code = code.strip().casefold()
        oms = (tekst(per[k_oms].waarde) if k_oms and k_oms in per else None) or ""
        adres_code = f"{per[k_code].adres}" if k_code in per else f"A{rij[0].rij}"
        if not code:
            if not any(c.kolom in kop.jaren.values() or c.kolom in kop.perioden.values() for c in rij):
                continue
            gevonden = per_label.get(oms.casefold())
            if gevonden is None:
                lz.waarschuwing(f"rij {rij[0].rij} heeft getallen maar geen code; genegeerd", naam, adres_code)
                continue
            lz.waarschuwing(f'code ontbreekt; herkend aan de omschrijving "{oms}" als {gevonden.code}',
                            naam, adres_code)
            code = gevonden.code
        if code in resultaat.regels:
            lz.fout(f'code "{code}" staat twee keer in dit blad (ook in {resultaat.regels[code].bron.cel})',
                    naam, adres_code)
            continue
        bekend = per_code.get(code) or codes.ALLE_CODES.get(code)
        if bekend is not None:
            eenheid, thema = bekend.eenheid, bekend.thema
        else:
            thema = (tekst(per[k_thema].waarde) if k_thema and k_thema in per else None) or ""
            eenheid = (tekst(per[k_eenheid].waarde) if k_eenheid and k_eenheid in per else None) or ""
            if eenheid not in codes.EENHEDEN:
                lz.waarschuwing(f'onbekende code "{code}" zonder geldige eenheid; gelezen als aantal '
                                '(vul de kolommen thema en eenheid in)', naam, adres_code)
                eenheid = "aantal"
            else:
                lz.info(f'onbekende code "{code}" bewaard als overige regel', naam, adres_code)
        regel = Regel(code, oms or (bekend.omschrijving if bekend else code), eenheid, thema,
                      bron=lz.bron(naam, adres_code), bekend=bekend is not None)
        if k_toel and k_toel in per:
            regel.toelichting = tekst(per[k_toel].waarde)
            regel.toelichting_bron = lz.bron(naam, per[k_toel].adres)
        if k_richting and k_richting in per:
            regel.richting = _richting(lz, naam, per[k_richting], bekend is not None)
        for jaar, kol in kop.jaren.items():
            cel = per.get(kol)
            if cel is None:
                continue
            regel.waarden[jaar] = lz.cel_getal(cel, naam, code, eenheid, streng)
        _lees_perioden(lz, naam, kop, per, regel, streng)
        resultaat.regels[code] = regel
    if naam.startswith("Prognose"):
        _balans_na_eigen_vermogen(lz, naam, resultaat)
    return resultaat


def _lees_perioden(lz: Lezer, naam: str, kop: Kop, per: dict[int, Cel], regel: Regel, streng: bool) -> None:
    """Period values of one row (format 1.1): a row holds year values or one period value, not both."""
    gevuld = [(p, per[kol]) for p, kol in kop.perioden.items() if kol in per]
    if not gevuld:
        return
    rij = gevuld[0][1].rij
    jaren_gevuld = [c.adres for j, kol in kop.jaren.items() if (c := per.get(kol)) is not None]
    if jaren_gevuld or len(gevuld) > 1:
        cellen = ", ".join([*jaren_gevuld, *(c.adres for _, c in gevuld)])
        lz.fout(f"rij {rij} ({regel.code}) heeft zowel jaarwaarden als een periodewaarde, of meer dan één "
                f"periodewaarde ({cellen}); vul per jaar in of één getal voor de hele periode", naam,
                gevuld[0][1].adres)
        return
    (van, tot), cel = gevuld[0]
    waarde = lz.cel_getal(cel, naam, regel.code, regel.eenheid, streng)
    regel.perioden.append(PeriodeWaarde(van, tot, waarde))
    if waarde.getal is not None:
        lz.info(f"{regel.code}: één getal voor {van}–{tot}; het wordt vergeleken met doelen en afspraken over "
                "die periode, regels per jaar slaan het over", naam, cel.adres)


def _richting(lz: Lezer, naam: str, cel: Cel, bekend: bool) -> str | None:
    """The `richting` of an own code (format 1.1). A listed code keeps its own direction."""
    t = (tekst(cel.waarde) or "").casefold()
    if not t:
        return None
    if t not in codes.RICHTINGEN:
        lz.waarschuwing(f"richting {beschrijf(cel.waarde)} is onbekend; kies hoger of lager", naam, cel.adres)
        return None
    if bekend:
        lz.info("richting genegeerd: een code uit de lijst houdt haar eigen richting", naam, cel.adres)
        return None
    return t


def _balans_na_eigen_vermogen(lz: Lezer, naam: str, jb: JaarBlad) -> None:
    """A balanstotaal below the eigen vermogen cannot be true (rekenregels, Revisions 2): an error per year."""
    bt, ev = jb.regels.get("balanstotaal"), jb.regels.get("eigen_vermogen")
    if bt is None or ev is None:
        return
    for jaar, w in bt.waarden.items():
        e = ev.waarden.get(jaar)
        if w.getal is not None and e is not None and e.getal is not None and w.getal < e.getal:
            lz.fout(f"balanstotaal {jaar} is kleiner dan het eigen vermogen ({e.bron.cel}); dat kan niet",
                    naam, w.bron.cel)


# ---- Woonvisie -------------------------------------------------------------------------------------


def lees_woonvisie(lz: Lezer, blad: str) -> list[Doel] | None:
    naam = "Woonvisie"
    kop_rij, rijen = _eerste_rij(list(lz.wb.cellen(blad)))
    kop = lees_kop(lz, naam, kop_rij, ("code", "soort", "waarde", "van_jaar"))
    if kop is None:
        return None
    meld_samengevoegd(lz, blad, naam)
    k = kop.kolommen
    doelen: list[Doel] = []
    for rij in rijen:
        per = _per_kolom(rij)

        def cel(kolom: str, per: dict[int, Cel] = per) -> Cel | None:
            return per.get(k[kolom]) if kolom in k else None

        def t(kolom: str) -> str | None:
            c = cel(kolom)
            return tekst(c.waarde) if c else None

        code = (t("code") or "").casefold()
        if not code:
            if any(c.waarde is not None for c in rij):
                lz.waarschuwing(f"rij {rij[0].rij} heeft geen code; genegeerd", naam, f"A{rij[0].rij}")
            continue
        r = rij[0].rij
        adres = f"{cel('code').adres}" if cel("code") else f"A{r}"
        bekend = codes.ALLE_CODES.get(code)
        eenheid = (t("eenheid") or (bekend.eenheid if bekend else "aantal")).strip()
        if eenheid not in codes.EENHEDEN:
            lz.waarschuwing(f'eenheid "{eenheid}" is onbekend; gelezen als aantal', naam, adres)
            eenheid = "aantal"
        soort = (t("soort") or "").casefold()
        if soort not in codes.DOEL_SOORTEN:
            lz.fout(f"soort {beschrijf(t('soort') or '')} is onbekend; kies minimaal, maximaal of streefwaarde",
                    naam, cel("soort").adres if cel("soort") else adres)
            continue
        wcel = cel("waarde")
        if wcel is None:
            lz.fout("waarde ontbreekt", naam, f"{_kolom_letter(k['waarde'])}{r}")
            continue
        waarde = lz.cel_getal(wcel, naam, code, eenheid, streng=True)
        if waarde.getal is None:
            if not (waarde.tekst or wcel.formule_zonder_waarde or wcel.foutwaarde):
                lz.fout("waarde ontbreekt", naam, wcel.adres)
            continue
        van = _jaar(lz, naam, cel("van_jaar"), f"{_kolom_letter(k['van_jaar'])}{r}", verplicht=True)
        tot = _jaar(lz, naam, cel("tot_jaar"), "", verplicht=False) if "tot_jaar" in k else None
        if van is None:
            continue
        tot = tot if tot is not None else van
        if tot < van:
            lz.fout(f"tot_jaar {tot} ligt voor van_jaar {van}", naam, cel("tot_jaar").adres if cel("tot_jaar") else adres)
            continue
        per_txt = (t("per") or "jaar").casefold()
        if per_txt not in codes.DOEL_PER:
            lz.waarschuwing(f'per "{per_txt}" is onbekend; gelezen als jaar', naam, cel("per").adres if cel("per") else adres)
            per_txt = "jaar"
        aandeel = None
        if cel("aandeel_corporatie") is not None:
            a = lz.cel_getal(cel("aandeel_corporatie"), naam, "aandeel_corporatie", "%", streng=False)
            aandeel = a.getal
            if aandeel is not None and not 0 < aandeel <= 1:
                lz.waarschuwing("aandeel_corporatie moet tussen 0 en 100% liggen; genegeerd", naam,
                                cel("aandeel_corporatie").adres)
                aandeel = None
        niveau = (t("niveau") or "gemeente").casefold()
        prioriteit = (t("prioriteit") or "").casefold() or None
        if prioriteit and prioriteit not in codes.PRIORITEITEN:
            lz.waarschuwing(f'prioriteit "{prioriteit}" is onbekend (hoog, midden, laag)', naam,
                            cel("prioriteit").adres if cel("prioriteit") else adres)
            prioriteit = None
        thema = (bekend.thema if bekend else None) or (t("thema") or "").casefold()
        richting = _richting(lz, naam, cel("richting"), bekend is not None) if cel("richting") else None
        if not bekend:
            lz.info(f'onbekende code "{code}" in de woonvisie bewaard', naam, adres)
        doelen.append(Doel(
            code=code, omschrijving=t("omschrijving") or (bekend.omschrijving if bekend else code), soort=soort,
            waarde=waarde.getal, eenheid=eenheid, van_jaar=van, tot_jaar=tot, per=per_txt, aandeel_corporatie=aandeel,
            niveau=niveau if niveau in ("gemeente", "regio") else "gemeente", kern=t("kern"),
            prioriteit=prioriteit, bron_woonvisie=t("bron"), thema=thema, bron=waarde.bron, rij=r,
            richting=richting,
        ))
    _controleer_overlap(lz, naam, doelen)
    return doelen


def _kolom_letter(k: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(k)


def _jaar(lz: Lezer, blad: str, cel: Cel | None, adres: str, verplicht: bool) -> int | None:
    if cel is None or cel.waarde is None:
        if verplicht:
            lz.fout("jaar ontbreekt", blad, adres)
        return None
    try:
        j = geheel(cel.waarde)
    except GeenWaarde:
        j = None
    if j is None or not 1900 <= j <= 2100:
        lz.fout(f"{beschrijf(cel.waarde)} is geen jaartal", blad, cel.adres)
        return None
    return j


def _controleer_overlap(lz: Lezer, blad: str, doelen: list[Doel]) -> None:
    gezien: dict[tuple[str, str | None, str], list[Doel]] = {}
    for d in doelen:
        sleutel = (d.code, (d.kern or "").casefold() or None, d.niveau)
        for ander in gezien.get(sleutel, []):
            if d.van_jaar <= ander.tot_jaar and ander.van_jaar <= d.tot_jaar:
                lz.fout(f"doel voor {d.code} {d.van_jaar}–{d.tot_jaar} overlapt met rij {ander.rij} "
                        f"({ander.van_jaar}–{ander.tot_jaar})", blad, d.bron.cel)
        gezien.setdefault(sleutel, []).append(d)


# ---- list sheets -----------------------------------------------------------------------------------


def _lijst_rijen(lz: Lezer, blad: str, naam: str, verplicht: tuple[str, ...]):
    kop_rij, rijen = _eerste_rij(list(lz.wb.cellen(blad)))
    kop = lees_kop(lz, naam, kop_rij, verplicht)
    if kop is None:
        return None
    uit = []
    for rij in rijen:
        per = _per_kolom(rij)
        uit.append((rij[0].rij, {naam_: per.get(kol) for naam_, kol in kop.kolommen.items()}))
    return uit


def _thema(lz: Lezer, naam: str, c: Cel | None, r: int) -> str:
    t = ((tekst(c.waarde) if c else None) or "").casefold()
    if t and t not in codes.TOEZEGGING_THEMAS and t not in codes.THEMAS:
        lz.waarschuwing(f'thema "{t}" staat niet in de lijst', naam, c.adres if c else f"A{r}")
    return t


def lees_toezeggingen(lz: Lezer, blad: str) -> list[Toezegging] | None:
    naam = "Toezeggingen"
    rijen = _lijst_rijen(lz, blad, naam, ("thema", "tekst"))
    if rijen is None:
        return None
    uit: list[Toezegging] = []
    for r, c in rijen:
        tekst_ = tekst(c["tekst"].waarde) if c.get("tekst") else None
        if not tekst_:
            continue
        kw = None
        if c.get("kwantitatief") is not None:
            try:
                kw = janee(c["kwantitatief"].waarde)
            except GeenWaarde:
                lz.waarschuwing("kwantitatief moet ja of nee zijn", naam, c["kwantitatief"].adres)
        peildatum: Any = None
        if c.get("peildatum") is not None:
            try:
                peildatum = datum(c["peildatum"].waarde)
            except GeenWaarde:
                peildatum = tekst(c["peildatum"].waarde)
        uit.append(Toezegging(
            thema=_thema(lz, naam, c.get("thema"), r), tekst=tekst_,
            jaar=_optioneel_jaar(lz, naam, c.get("jaar")), kwantitatief=kw,
            indicator=tekst(c["indicator"].waarde) if c.get("indicator") else None, peildatum=peildatum,
            eigenaar=tekst(c["eigenaar"].waarde) if c.get("eigenaar") else None,
            vraagt_van_gemeente=tekst(c["vraagt_van_gemeente"].waarde) if c.get("vraagt_van_gemeente") else None,
            bron=lz.bron(naam, f"A{r}"),
        ))
    return uit


def lees_gemeente(lz: Lezer, blad: str) -> list[Tegenprestatie] | None:
    naam = "Gemeente"
    rijen = _lijst_rijen(lz, blad, naam, ("thema", "tegenprestatie"))
    if rijen is None:
        return None
    uit: list[Tegenprestatie] = []
    for r, c in rijen:
        wat = tekst(c["tegenprestatie"].waarde) if c.get("tegenprestatie") else None
        if not wat:
            continue
        kw = None
        if c.get("kwantitatief") is not None:
            kw = lz.cel_getal(c["kwantitatief"], naam, "kwantitatief", "aantal", streng=False).getal
        status = (tekst(c["status"].waarde) if c.get("status") else None)
        status = status.casefold() if status else None
        if status and status not in codes.GEMEENTE_STATUS:
            lz.waarschuwing(f'status "{status}" is onbekend (toegezegd, geleverd, achter)', naam, c["status"].adres)
            status = None
        uit.append(Tegenprestatie(
            thema=_thema(lz, naam, c.get("thema"), r), tegenprestatie=wat,
            jaar=_optioneel_jaar(lz, naam, c.get("jaar")), kwantitatief=kw,
            eenheid=tekst(c["eenheid"].waarde) if c.get("eenheid") else None, status=status,
            bron=lz.bron(naam, f"A{r}"),
        ))
    return uit


def _optioneel_jaar(lz: Lezer, naam: str, c: Cel | None) -> int | None:
    if c is None or c.waarde is None:
        return None
    try:
        j = geheel(c.waarde)
    except GeenWaarde:
        j = None
    if j is None or not 1900 <= j <= 2100:
        lz.waarschuwing(f"{beschrijf(c.waarde)} is geen jaartal; genegeerd", naam, c.adres)
        return None
    return j


def lees_wijken(lz: Lezer, blad: str) -> list[WijkRegel] | None:
    naam = "Wijken"
    kop_rij, rijen = _eerste_rij(list(lz.wb.cellen(blad)))
    kop = lees_kop(lz, naam, kop_rij, ("wijk", "code"))
    if kop is None:
        return None
    per_code = {c.code: c for c in codes.WIJK_CODES}
    uit: list[WijkRegel] = []
    gezien: dict[tuple[str, str], str] = {}
    for rij in rijen:
        per = _per_kolom(rij)
        wijk = tekst(per[kop.kolommen["wijk"]].waarde) if kop.kolommen["wijk"] in per else None
        code = (tekst(per[kop.kolommen["code"]].waarde) if kop.kolommen["code"] in per else None) or ""
        code = code.casefold()
        if not wijk or not code:
            continue
        adres = f"A{rij[0].rij}"
        if (wijk.casefold(), code) in gezien:
            lz.fout(f"wijk {wijk} met code {code} staat twee keer in dit blad (ook rij {gezien[(wijk.casefold(), code)]})",
                    naam, adres)
            continue
        gezien[(wijk.casefold(), code)] = adres
        bekend = per_code.get(code)
        eenheid = bekend.eenheid if bekend else "aantal"
        k_oms = kop.kolommen.get("omschrijving")
        regel = WijkRegel(wijk, code, (tekst(per[k_oms].waarde) if k_oms in per else None) or
                          (bekend.omschrijving if bekend else code), eenheid, bron=lz.bron(naam, adres))
        k_toel = kop.kolommen.get("toelichting")
        if k_toel in per:
            regel.toelichting = tekst(per[k_toel].waarde)
        for jaar, kol in kop.jaren.items():
            if kol in per:
                regel.waarden[jaar] = lz.cel_getal(per[kol], naam, code, eenheid, streng=False)
        uit.append(regel)
    return uit


# ---- after all sheets --------------------------------------------------------------------------------


def leg_richtingen_vast(invoer: Invoer) -> list[Melding]:
    """The direction of each own code (format 1.1), the same in every sheet: a `maximaal` target implies
    `lager` wherever the code is compared; else the `richting` given in Woonvisie, Bod, Afspraken or
    Realisatie. Listed codes keep their own direction. Returns the meldingen of a contradiction."""
    meldingen: list[Melding] = []
    regels = [r for blad in (invoer.bod, invoer.afspraken, invoer.realisatie) if blad is not None
              for r in blad.regels.values() if not r.bekend]
    doelen = [d for d in invoer.woonvisie or [] if d.code not in codes.ALLE_CODES]
    for code in dict.fromkeys([*(r.code for r in regels), *(d.code for d in doelen)]):
        eigen_doelen = [d for d in doelen if d.code == code]
        eigen_regels = [r for r in regels if r.code == code]
        maximaal = next((d for d in eigen_doelen if d.soort == "maximaal"), None)
        gegeven = [(x.richting, x.bron) for x in (*eigen_doelen, *eigen_regels) if x.richting]
        if maximaal is not None:
            richting = "lager"
            for r, bron in gegeven:
                if r != "lager":
                    meldingen.append(Melding("waarschuwing", f"richting {r} bij {code} past niet bij het doel "
                                             f"'maximaal' in de woonvisie; lager aangenomen", bron))
        elif gegeven:
            richting = gegeven[0][0]
            for r, bron in gegeven[1:]:
                if r != richting:
                    meldingen.append(Melding("waarschuwing", f"richting {r} bij {code} spreekt {richting} in "
                                             f"{gegeven[0][1]} tegen; {richting} aangenomen", bron))
        else:
            continue
        for x in (*eigen_doelen, *eigen_regels):
            x.richting = richting
    return meldingen
