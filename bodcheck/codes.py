"""The code lists of workbook format v1 (../shared/spec/invoerformat.md), in one place.

The template writer, the reader, the rules and the report all read these tables; a code that moves
changes here only.
"""

from __future__ import annotations

from dataclasses import dataclass

# The ratio names are defined once, in rekenmodellen; re-exported here so every layer above reads them
# from the one module of code lists (ui may not import rekenmodellen).
from rekenmodellen.ratios import NORM_NAMEN as NORM_NAMEN
from rekenmodellen.ratios import RATIO_NAMEN as RATIO_NAMEN

FORMAATVERSIE = 1.1  # written by the template; the number 1.1 (text "1.1" or "1,1" is read too)
FORMAATVERSIES = (1, 1.1)  # read; a v1 workbook reads exactly as before

TAKKEN = ("TI", "DAEB", "niet-DAEB")
"""The takken of a prognose, in display order: the corporatie as a whole (TI), the DAEB tak, the niet-DAEB tak."""

# Units of a row. `bedrag` is scaled by Algemeen.eenheid; `€` is always whole euros.
EENHEDEN = ("aantal", "%", "€", "bedrag", "score", "personen", "jaren", "ratio")


@dataclass(frozen=True)
class Code:
    code: str
    omschrijving: str
    eenheid: str
    thema: str = ""
    lager_is_beter: bool = False


# ---- Algemeen (key-value) --------------------------------------------------------------------------

@dataclass(frozen=True)
class AlgemeenVeld:
    code: str
    label: str
    soort: str  # "tekst" | "int" | "getal" | "datum" | "janee" | "eenheid" | "bwversie" | "versie" | "bedrag"
    #             | "ratio" (a number such as an ICR) | "aandeel" (a fraction: 0,2 or 20 or 20%) | "basis"
    verplicht: str = "nee"  # "ja" | "bod" (only with Bod/Prognose sheets) | "nee"
    uitleg: str = ""


ALGEMEEN: tuple[AlgemeenVeld, ...] = (
    AlgemeenVeld("formaatversie", "Formaatversie", "versie", "ja", "1.1 (een werkboek met 1 wordt ook gelezen)."),
    AlgemeenVeld("corporatie", "Corporatie", "tekst", "bod", "Naam van de woningcorporatie."),
    AlgemeenVeld("l_nummer", "L-nummer", "tekst", "nee", "Registratienummer bij de Autoriteit woningcorporaties."),
    AlgemeenVeld("gemeente", "Gemeente", "tekst", "ja", "Naam van de gemeente."),
    AlgemeenVeld("bodjaar", "Bodjaar", "int", "bod", "Jaar waarin het bod wordt uitgebracht."),
    AlgemeenVeld("datum_bod", "Datum bod", "datum", "nee", "Datum waarop de gemeente het bod ontving."),
    AlgemeenVeld("eenheid", "Eenheid bedragen", "eenheid", "nee", "€, x € 1.000 (standaard) of x € 1 mln."),
    AlgemeenVeld("vhe_totaal", "Woongelegenheden corporatie totaal", "getal", "nee",
                 "Alle woongelegenheden van de corporatie, zelfde scope als de investeringsruimte."),
    AlgemeenVeld("vhe_gemeente", "Woongelegenheden in gemeente", "getal", "nee",
                 "Woongelegenheden van de corporatie in deze gemeente."),
    AlgemeenVeld("sociale_voorraad_gemeente", "Sociale huurwoningen gemeente (alle verhuurders)", "getal", "nee"),
    AlgemeenVeld("woningen_gemeente", "Woningen gemeente totaal", "getal", "nee"),
    AlgemeenVeld("huurdersorganisatie", "Huurdersorganisatie", "tekst", "nee"),
    AlgemeenVeld("ho_betrokken", "Huurdersorganisatie betrokken", "janee", "nee"),
    AlgemeenVeld("bw_versie", "Beleidswaarde versie", "bwversie", "nee", "1.0 of 2.0."),
    AlgemeenVeld("bron_prognose", "Bron prognose", "tekst", "nee", "Bijvoorbeeld dPi 2025 of begroting 2026."),
    AlgemeenVeld("prognose_editie", "Prognose-editie", "int", "nee", "Jaar van de dPi/begroting (standaard bodjaar − 1)."),
    AlgemeenVeld("prognose_bevat_bod", "Prognose bevat bod", "janee", "nee", "ja (standaard) of nee."),
    AlgemeenVeld("onder_voorbehoud", "Onder voorbehoud", "janee", "nee",
                 "ja als delen van het bod nog goedkeuring van RvC of financier nodig hebben."),
    AlgemeenVeld("datum_overleg", "Datum overleg", "datum", "nee"),
    AlgemeenVeld("stukken_ho_datum", "Stukken aan huurdersorganisatie", "datum", "nee"),
    AlgemeenVeld("ho_ondertekend_vorig", "Huurdersorganisatie tekende vorige afspraken", "janee", "nee"),
    AlgemeenVeld("achterban_geraadpleegd", "Achterban geraadpleegd", "janee", "nee"),
    AlgemeenVeld("woonzorgvisie_datum", "Woonzorgvisie vastgesteld", "datum", "nee"),
    AlgemeenVeld("opgesteld_door", "Opgesteld door", "tekst", "nee"),
    AlgemeenVeld("datum_opgesteld", "Datum opgesteld", "datum", "nee"),
    # ---- formaatversie 1.1 ----
    AlgemeenVeld("prognose_basis", "Basis van de cijfers", "basis", "nee",
                 "enkelvoudig (standaard: de toegelaten instelling zelf) of geconsolideerd (met verbindingen)."),
    AlgemeenVeld("intern_icr_min", "Eigen norm ICR", "ratio", "nee",
                 "De ondergrens voor de ICR die de corporatie zichzelf stelt (bijvoorbeeld 1,6)."),
    AlgemeenVeld("intern_ltv_max", "Eigen norm LTV", "aandeel", "nee",
                 "De bovengrens voor de LTV die de corporatie zichzelf stelt (bijvoorbeeld 75%)."),
    AlgemeenVeld("intern_solvabiliteit_min", "Eigen norm solvabiliteit", "aandeel", "nee",
                 "De ondergrens voor de solvabiliteit die de corporatie zichzelf stelt (bijvoorbeeld 20%)."),
    AlgemeenVeld("intern_dekkingsratio_max", "Eigen norm dekkingsratio", "aandeel", "nee",
                 "De bovengrens voor de dekkingsratio die de corporatie zichzelf stelt (bijvoorbeeld 65%)."),
    AlgemeenVeld("ibw_jaar", "IBW jaar", "int", "nee",
                 "Jaar van de Indicatieve bestedingsruimte woningcorporaties (IBW) van het ministerie."),
    AlgemeenVeld("ibw_nieuwbouw", "IBW nieuwbouw in deze gemeente", "bedrag", "nee",
                 "IBW-bedrag voor nieuwbouw, deze corporatie in deze gemeente."),
    AlgemeenVeld("ibw_verbetering", "IBW verbetering in deze gemeente", "bedrag", "nee",
                 "IBW-bedrag voor verbetering en verduurzaming, deze corporatie in deze gemeente."),
    AlgemeenVeld("ibw_huurmatiging", "IBW huurmatiging in deze gemeente", "bedrag", "nee",
                 "IBW-bedrag voor huurmatiging, deze corporatie in deze gemeente."),
    AlgemeenVeld("ibw_nieuwbouw_corporatie", "IBW nieuwbouw hele corporatie", "bedrag", "nee"),
    AlgemeenVeld("ibw_verbetering_corporatie", "IBW verbetering hele corporatie", "bedrag", "nee"),
    AlgemeenVeld("ibw_huurmatiging_corporatie", "IBW huurmatiging hele corporatie", "bedrag", "nee"),
)
ALGEMEEN_PER_CODE = {v.code: v for v in ALGEMEEN}
PROGNOSE_BASES = ("enkelvoudig", "geconsolideerd")
# The corporatie's own norms (Algemeen, format 1.1): field -> (ratio, field of rekenmodellen.Normen).
INTERNE_NORMEN = {"intern_icr_min": ("icr", "icr_min"), "intern_ltv_max": ("ltv", "ltv_max"),
                  "intern_solvabiliteit_min": ("solvabiliteit", "solvabiliteit_min"),
                  "intern_dekkingsratio_max": ("dekkingsratio", "dekkingsratio_max")}
# IBW fields (format 1.1): this corporatie in this gemeente, and the whole corporatie; alternatives, not a sum.
IBW_SOORTEN = ("nieuwbouw", "verbetering", "huurmatiging")
IBW_VELDEN = ("ibw_jaar", *(f"ibw_{s}" for s in IBW_SOORTEN), *(f"ibw_{s}_corporatie" for s in IBW_SOORTEN))

EENHEID_BEDRAGEN = {"€": 1.0, "x € 1.000": 1_000.0, "x € 1 mln": 1_000_000.0}
"""Euros per unit of each choice of Algemeen › Eenheid bedragen."""
EENHEID_STANDAARD = "x € 1.000"


def factor_bedragen(eenheid: str) -> float:
    """Euros per unit of ``eenheid`` (an Eenheid bedragen choice); an unknown one counts as the default."""
    return EENHEID_BEDRAGEN.get(eenheid, EENHEID_BEDRAGEN[EENHEID_STANDAARD])

# ---- Prognose --------------------------------------------------------------------------------------

PROGNOSE_CODES: tuple[Code, ...] = (
    Code("kasstroom_operationeel", "Kasstroom uit operationele activiteiten (na betaalde en ontvangen rente)",
         "bedrag"),
    Code("rente_betaald", "Betaalde rente", "bedrag"),
    Code("rente_ontvangen", "Ontvangen rente", "bedrag"),
    Code("schuld_nominaal", "Nominale schuld (leningen o/g incl. aflossing < 1 jaar)", "bedrag"),
    Code("schuld_geborgd", "Waarvan WSW-geborgd (nominaal)", "bedrag"),
    Code("beleidswaarde", "Beleidswaarde vastgoed in exploitatie", "bedrag"),
    Code("marktwaarde", "Marktwaarde in verhuurde staat, vastgoed in exploitatie", "bedrag"),
    Code("onderpand_waarde", "WOZ-waarde van het bij WSW ingezette onderpand", "bedrag"),
    Code("eigen_vermogen", "Eigen vermogen (op basis van marktwaarde)", "bedrag"),
    Code("balanstotaal", "Balanstotaal (op basis van marktwaarde)", "bedrag"),
    Code("huurontvangsten", "Huurontvangsten", "bedrag"),
    Code("onderhoud", "Onderhoudsuitgaven (planmatig + niet-planmatig)", "bedrag"),
    Code("leefbaarheid", "Uitgaven leefbaarheid", "bedrag"),
    Code("investering_nieuwbouw", "Investeringen nieuwbouw huur", "bedrag"),
    Code("investering_verbetering", "Investeringen woningverbetering en verduurzaming", "bedrag"),
    Code("investering_aankoop", "Aankoop woningen", "bedrag"),
    Code("verkoopontvangsten", "Verkoopontvangsten bestaand bezit", "bedrag"),
    Code("vhe", "Verhuureenheden in exploitatie (ultimo)", "aantal"),
    Code("huurstijging_aanname", "Huurstijging waarmee de prognose rekent", "%"),
    Code("inflatie_aanname", "Inflatie waarmee de prognose rekent", "%"),
    Code("icr_opgegeven", "ICR zoals gepubliceerd door de corporatie", "ratio"),
    Code("ltv_opgegeven", "LTV zoals gepubliceerd door de corporatie", "%"),
    Code("solvabiliteit_opgegeven", "Solvabiliteit zoals gepubliceerd door de corporatie", "%"),
    Code("dekkingsratio_opgegeven", "Dekkingsratio zoals gepubliceerd door de corporatie", "%"),
    Code("onderpandratio_opgegeven", "Onderpandratio zoals gepubliceerd door de corporatie", "%"),
)
# Amounts that are positive by definition: a negative cell is read as its absolute value (with a warning).
POSITIEVE_BEDRAGEN = frozenset({
    "rente_betaald", "rente_ontvangen", "onderhoud", "leefbaarheid",
    "investering_nieuwbouw", "investering_verbetering", "investering_aankoop",
})

# ---- Bod / Afspraken / Realisatie (indicators) -----------------------------------------------------

LAGER_IS_BETER = frozenset({
    "woningen_efg", "efg_sloop_verkoop", "sloop", "verkoop", "verkoop_derden", "liberalisatie",
    "huurverhoging", "huurverhoging_efg", "huurverhoging_na_verduurzaming", "streefhuur_pct", "iah",
    "ontruimingen", "urgente_toewijzingen", "inschrijfduur", "woningen_conditie_56",
    "vocht_schimmel_meldingen",
})


def _ind(code: str, thema: str, eenheid: str, omschrijving: str) -> Code:
    return Code(code, omschrijving, eenheid, thema, code in LAGER_IS_BETER)


INDICATOR_CODES: tuple[Code, ...] = (
    _ind("nieuwbouw_sociaal", "beschikbaarheid", "aantal", "Sociale huurwoningen opgeleverd"),
    _ind("nieuwbouw_sociaal_hard", "beschikbaarheid", "aantal",
         "Waarvan projecten met grond, vergunning en aannemer geregeld"),
    _ind("nieuwbouw_midden", "beschikbaarheid", "aantal", "Middenhuurwoningen opgeleverd"),
    _ind("nieuwbouw_klein", "beschikbaarheid", "aantal", "Nieuwbouw voor 1–2 personen"),
    _ind("nieuwbouw_nultreden", "beschikbaarheid", "aantal", "Nieuwbouw nultredenwoningen"),
    _ind("flexwoningen", "beschikbaarheid", "aantal", "Tijdelijke/flexwoningen geplaatst"),
    _ind("aankoop", "beschikbaarheid", "aantal", "Woningen aangekocht/getransformeerd"),
    _ind("sloop", "beschikbaarheid", "aantal", "Woningen gesloopt"),
    _ind("verkoop", "beschikbaarheid", "aantal", "Woningen verkocht"),
    _ind("verkoop_derden", "beschikbaarheid", "aantal", "Waarvan verkocht aan beleggers of andere niet-bewoners"),
    _ind("liberalisatie", "beschikbaarheid", "aantal", "Woningen geliberaliseerd"),
    _ind("voorraad_sociaal", "beschikbaarheid", "aantal", "Sociale huurwoningen van de corporatie in de gemeente, ultimo"),
    _ind("investering_gemeente", "beschikbaarheid", "bedrag", "Totale investering van de corporatie in deze gemeente"),
    _ind("inschrijfduur", "beschikbaarheid", "jaren", "Mediane inschrijfduur nieuwe huurders"),
    _ind("doorstroming", "beschikbaarheid", "aantal", "Verhuizingen naar een passender woning"),
    _ind("huurverhoging", "betaalbaarheid", "%", "Gemiddelde huurverhoging (huursomstijging)"),
    _ind("huurverhoging_efg", "betaalbaarheid", "%", "Gemiddelde huurverhoging woningen met label E, F of G"),
    _ind("huurverhoging_na_verduurzaming", "betaalbaarheid", "aantal",
         "Woningen met huurverhoging of EPV na verduurzaming"),
    _ind("voorraad_onder_aftopping", "betaalbaarheid", "%", "Aandeel sociale voorraad met huur ≤ aftoppingsgrens"),
    _ind("nieuwbouw_onder_aftopping", "betaalbaarheid", "%", "Aandeel nieuwe sociale huurwoningen met huur ≤ aftoppingsgrens"),
    _ind("passend_toewijzen", "betaalbaarheid", "%", "Passend toegewezen aan huurtoeslaggerechtigden"),
    _ind("daeb_toewijzing", "betaalbaarheid", "%", "Toewijzingen aan de DAEB-doelgroep (corporatieniveau)"),
    _ind("vrije_toewijzingsruimte", "betaalbaarheid", "%", "Vrije toewijzingsruimte gebruikt of gevraagd"),
    _ind("streefhuur_pct", "betaalbaarheid", "%", "Streefhuur bij mutatie als % van de maximale huur"),
    _ind("iah", "betaalbaarheid", "aantal", "Huishoudens met inkomensafhankelijke huurverhoging"),
    _ind("ontruimingen", "betaalbaarheid", "aantal", "Ontruimingen wegens huurachterstand"),
    _ind("toewijzing_middeninkomen", "betaalbaarheid", "aantal", "Toewijzingen aan middeninkomens"),
    _ind("verduurzaming", "duurzaamheid", "aantal", "Woningen verduurzaamd (isolatie/labelsprong)"),
    _ind("woningen_efg", "duurzaamheid", "aantal", "Woningen met label E, F of G, ultimo"),
    _ind("efg_sloop_verkoop", "duurzaamheid", "aantal", "Waarvan met sloop- of verkoopbesluit"),
    _ind("aardgasvrij", "duurzaamheid", "aantal", "Woningen aardgasvrij gemaakt"),
    _ind("onderhoud_per_vhe", "kwaliteit", "€", "Onderhoudsuitgaven per woning"),
    _ind("renovatie", "kwaliteit", "aantal", "Woningen ingrijpend gerenoveerd"),
    _ind("woningen_conditie_56", "kwaliteit", "aantal", "Woningen in conditie 5 of 6 (NEN 2767), ultimo"),
    _ind("vocht_schimmel_meldingen", "kwaliteit", "aantal", "Meldingen vocht en schimmel"),
    _ind("vocht_schimmel_aangepakt", "kwaliteit", "aantal", "Woningen met vocht/schimmel aangepakt"),
    _ind("huurdersoordeel", "kwaliteit", "score", "Rapportcijfer huurders voor reparaties en onderhoud"),
    _ind("leefbaarheid_per_vhe", "leefbaarheid", "€", "Leefbaarheidsuitgaven per woning"),
    _ind("statushouders", "doelgroepen", "personen", "Vergunninghouders gehuisvest (personen)"),
    _ind("uitstroom_bw_mo", "doelgroepen", "aantal", "Woningen voor uitstroom beschermd wonen/opvang"),
    _ind("urgente_toewijzingen", "doelgroepen", "%", "Toewijzingen via urgentie of voorrang"),
    _ind("toewijzing_statushouders", "doelgroepen", "%", "Aandeel toewijzingen aan vergunninghouders"),
    _ind("ouderen_geclusterd", "wonen_zorg", "aantal", "Geclusterde/levensloopbestendige woningen voor ouderen"),
    _ind("budget_huurdersorganisatie", "participatie", "€", "Budget voor ondersteuning huurdersorganisatie"),
)

# Codes only the Woonvisie uses.
WOONVISIE_CODES: tuple[Code, ...] = (
    Code("nieuwbouw_totaal", "Nieuwbouw alle bouwers samen", "aantal", "beschikbaarheid"),
    Code("taakstelling_personen", "Taakstelling vergunninghouders (personen)", "personen", "doelgroepen"),
    Code("aandeel_sociale_huur", "Aandeel sociale huur in de woningvoorraad", "%", "beschikbaarheid"),
    Code("aandeel_sociaal_nieuwbouw", "Aandeel sociale huur in alle nieuwbouw in de gemeente", "%",
         "beschikbaarheid"),
)

# Codes of the Wijken sheet.
WIJK_CODES: tuple[Code, ...] = (
    Code("leefbaarometer", "Leefbaarometer-score", "score", "leefbaarheid"),
    Code("waardering_bewoners", "Waardering bewoners (rapportcijfer 1–10)", "score", "leefbaarheid"),
    Code("overlastmeldingen", "Overlastmeldingen", "aantal", "leefbaarheid", True),
    Code("mutatiegraad", "Mutatiegraad", "%", "leefbaarheid"),
    Code("toewijzingen_kwetsbaar", "Toewijzingen aan kwetsbare/urgente huishoudens", "%", "leefbaarheid"),
    Code("leefbaarheid_budget", "Leefbaarheidsbudget", "bedrag", "leefbaarheid"),
)

ALLE_CODES: dict[str, Code] = {
    c.code: c for c in (*PROGNOSE_CODES, *INDICATOR_CODES, *WOONVISIE_CODES, *WIJK_CODES)
}

# Percent rows whose plain number 0 < |v| <= 1 is a fraction (else percent points).
AANDEEL_CODES = frozenset({
    "passend_toewijzen", "daeb_toewijzing", "voorraad_onder_aftopping", "vrije_toewijzingsruimte",
    "urgente_toewijzingen", "streefhuur_pct", "nieuwbouw_onder_aftopping", "toewijzingen_kwetsbaar",
    "mutatiegraad", "ltv_opgegeven", "solvabiliteit_opgegeven", "dekkingsratio_opgegeven",
    "onderpandratio_opgegeven", "aandeel_corporatie", "aandeel_sociale_huur",
    "aandeel_sociaal_nieuwbouw", "toewijzing_statushouders",
})
# Direction of an own code (format 1.1: column `richting` in Bod, Afspraken, Realisatie and Woonvisie).
RICHTINGEN = ("hoger", "lager")

THEMAS = ("proces", "beschikbaarheid", "betaalbaarheid", "duurzaamheid", "kwaliteit", "leefbaarheid",
          "doelgroepen", "wonen_zorg", "participatie", "regio", "financien")
THEMA_LABEL = {
    "proces": "Proces en volledigheid", "beschikbaarheid": "Beschikbaarheid",
    "betaalbaarheid": "Betaalbaarheid", "duurzaamheid": "Duurzaamheid", "kwaliteit": "Kwaliteit",
    "leefbaarheid": "Leefbaarheid", "doelgroepen": "Doelgroepen", "wonen_zorg": "Wonen en zorg",
    "participatie": "Huurdersparticipatie", "regio": "Regio", "financien": "Financiën",
    # the extra themes of Toezeggingen and Gemeente (TOEZEGGING_THEMAS)
    "woonlasten": "Woonlasten", "sociaal_plan": "Sociaal plan", "vroegsignalering": "Vroegsignalering",
    "maatwerk": "Maatwerk", "begeleiding": "Begeleiding", "monitoring": "Monitoring", "zorg": "Zorg",
}
# The fixed thema list of Toezeggingen and Gemeente: the themes of Bod plus a few.
TOEZEGGING_THEMAS = (
    "beschikbaarheid", "betaalbaarheid", "duurzaamheid", "kwaliteit", "leefbaarheid", "doelgroepen",
    "wonen_zorg", "participatie", "woonlasten", "sociaal_plan", "vroegsignalering", "maatwerk",
    "begeleiding", "monitoring", "zorg",
)

# ---- Sheets ----------------------------------------------------------------------------------------

BLAD_ALGEMEEN = "Algemeen"
PROGNOSE_BLADEN = {"Prognose": "TI", "Prognose DAEB": "DAEB", "Prognose niet-DAEB": "niet-DAEB"}
BLAD_BOD = "Bod"
BLAD_AFSPRAKEN = "Afspraken"
BLAD_REALISATIE = "Realisatie"
BLAD_WOONVISIE = "Woonvisie"
BLAD_TOEZEGGINGEN = "Toezeggingen"
BLAD_WIJKEN = "Wijken"
BLAD_GEMEENTE = "Gemeente"
BLAD_UITLEG = "Uitleg"
INHOUD_BLADEN = (*PROGNOSE_BLADEN, BLAD_BOD, BLAD_WOONVISIE)  # at least one of these is required

WOONVISIE_KOLOMMEN = ("code", "omschrijving", "soort", "waarde", "eenheid", "van_jaar", "tot_jaar", "per",
                      "aandeel_corporatie", "niveau", "kern", "prioriteit", "bron", "thema", "richting")
TOEZEGGING_KOLOMMEN = ("thema", "tekst", "jaar", "kwantitatief", "indicator", "peildatum", "eigenaar",
                       "vraagt_van_gemeente")
GEMEENTE_KOLOMMEN = ("thema", "tegenprestatie", "jaar", "kwantitatief", "eenheid", "status")
DOEL_SOORTEN = ("minimaal", "maximaal", "streefwaarde")
DOEL_PER = ("jaar", "periode")
PRIORITEITEN = ("hoog", "midden", "laag")
GEMEENTE_STATUS = ("toegezegd", "geleverd", "achter")

NVT_TEKSTEN = frozenset({"nvt", "n.v.t.", "n.v.t", "-", "–", "—"})


# ---- How a code's years add up (vraagpunten.md § Revisions 2) ------------------------------------------

AGGREGATIES = ("som", "ultimo", "gemiddelde", "laatste")
# Stocks: over a period the value at the end counts, and a per-year bound must hold every year.
ULTIMO_CODES = frozenset({
    "voorraad_sociaal", "woningen_efg", "efg_sloop_verkoop", "woningen_conditie_56", "vhe",
})
# Units whose yearly values add up (flows); `€` is an amount per woning and is averaged.
OPTELBARE_EENHEDEN = frozenset({"aantal", "personen", "bedrag"})


def aggregatie(code: str, eenheid: str | None = None) -> str:
    """`som` for flows, `ultimo` for stocks, `gemiddelde` for rates, shares and per-woning amounts,
    `laatste` for scores. An own code follows its unit: `som` for aantal/bedrag, else `gemiddelde`."""
    if code in ULTIMO_CODES or code.startswith("voorraad_"):
        return "ultimo"
    c = ALLE_CODES.get(code)
    eenheid = eenheid or (c.eenheid if c else "aantal")
    if eenheid == "score":
        return "laatste"
    return "som" if eenheid in OPTELBARE_EENHEDEN else "gemiddelde"


def thema_van(code: str) -> str:
    """Thema of a known code, '' for unknown ones."""
    c = ALLE_CODES.get(code)
    return c.thema if c else ""


def lager_is_beter(code: str, richting: str | None = None) -> bool:
    """Direction of a code; `richting` (hoger/lager, format 1.1) decides for an own code."""
    if richting in RICHTINGEN and code not in ALLE_CODES:
        return richting == "lager"
    return code in LAGER_IS_BETER or (code in ALLE_CODES and ALLE_CODES[code].lager_is_beter)
