"""Per rule: a short Dutch title (≤ 60 characters, for the Kern page and lists) and who must answer it
(`adressaat`: corporatie | gemeente | allen), vraagpunten.md § Revisions 2. A finding may override its
rule's adressaat (e.g. a question about an overdue gemeente tegenprestatie goes to allen).

`partij` (who may ask) stays on the rule; this table says who answers.
"""

from __future__ import annotations

ADRESSATEN = ("corporatie", "gemeente", "allen")

# rule id -> (titel, adressaat)
TITELS: dict[str, tuple[str, str]] = {
    "P01": ("Bod na de wettelijke datum", "corporatie"),
    "P02": ("Inbreng van de huurdersorganisatie niet zichtbaar", "corporatie"),
    "P03": ("Geen cijfers voor deze gemeente apart", "corporatie"),
    "P04": ("Investeringen hier naast het aandeel in het bezit", "corporatie"),
    "P05": ("Financiële onderbouwing van het bod ontbreekt", "corporatie"),
    "P06": ("Bod wijkt af van eerdere afspraken voor dezelfde jaren", "corporatie"),
    "P07": ("Thema zonder concreet aantal in het bod", "corporatie"),
    "P08": ("Thema van de woonvisie ontbreekt in het bod", "corporatie"),
    "P09": ("Wat de corporatie van de gemeente vraagt", "allen"),
    "P10": ("Realisatie vorig jaar bleef achter", "allen"),  # asks what the gemeente can do, too
    "P11": ("Afspraak zonder indicator, peildatum of eigenaar", "allen"),
    "P12": ("Bod onder voorbehoud van goedkeuring", "corporatie"),
    "P13": ("Realisatie van vorig jaar niet aangeleverd", "corporatie"),
    "P14": ("Tegenprestatie van de gemeente nog niet geleverd", "gemeente"),
    "P15": ("Geen gedeelde monitor van de afspraken", "allen"),
    "P16": ("Gegevens ontbreken voor de toets", "corporatie"),
    "B01": ("Minder nieuwbouw dan de woonvisie vraagt", "corporatie"),
    "B02": ("Nieuwbouwplannen nog niet hard", "corporatie"),
    "B03": ("Sociale voorraad krimpt per saldo", "corporatie"),
    "B04": ("Verkoop van sociale huurwoningen niet onderbouwd", "corporatie"),
    "B05": ("Verkoop aan beleggers of andere niet-bewoners", "corporatie"),
    "B06": ("Sloop zonder evenveel sociale nieuwbouw terug", "corporatie"),
    "B07": ("Liberalisatie terwijl de sociale voorraad moet groeien", "corporatie"),
    "B08": ("Aandeel sociale huur onder de landelijke ambitie", "allen"),
    "B09": ("Middenhuur terwijl de sociale opgave achterblijft", "corporatie"),
    "B10": ("Woningtypen in de nieuwbouw naast de behoefte", "corporatie"),
    "B11": ("Vrije toewijzingsruimte boven 7,5%", "corporatie"),
    "B12": ("Lange wachttijd voor een sociale huurwoning", "corporatie"),
    "B13": ("Weinig doorstroming naar een passender woning", "corporatie"),
    "B14": ("Nieuwbouw boven de aftoppingsgrens", "corporatie"),
    "B15": ("Weinig aanbod voor middeninkomens", "allen"),
    "H01": ("Huurverhoging boven het wettelijke maximum", "corporatie"),
    "H02": ("Prognose rekent met de hoogste huurverhoging", "corporatie"),
    "H03": ("Minder woningen onder de aftoppingsgrens", "corporatie"),
    "H04": ("Passend toewijzen onder de norm", "corporatie"),
    "H05": ("Toewijzing aan de DAEB-doelgroep onder de norm", "corporatie"),
    "H06": ("Hogere huur bij nieuwe verhuur", "corporatie"),
    "H07": ("Inkomensafhankelijke huurverhoging", "corporatie"),
    "H08": ("Huurverhoging voor woningen met label E, F of G", "corporatie"),
    "H09": ("Huurverhoging na verduurzaming", "corporatie"),
    "H10": ("Huurbeleid per jaar ontbreekt", "corporatie"),
    "H11": ("Geen maatwerk bij te hoge woonlasten", "allen"),
    "H12": ("Huurachterstand en ontruimingen", "allen"),
    "H13": ("Woonlasten na verduurzaming", "corporatie"),
    "H14": ("Huurverhoging boven het maximum van de woonvisie", "corporatie"),
    "D01": ("Woningen met label E, F of G na 2028", "corporatie"),
    "D02": ("Tempo van het wegwerken van label E, F en G", "corporatie"),
    "D03": ("Aardgasvrij afstemmen op de warmteplanning", "allen"),
    "D04": ("Woningen in slechte staat van onderhoud", "corporatie"),
    "D05": ("Aanpak van vocht en schimmel", "corporatie"),
    "D06": ("Onderhoudsbudget per woning daalt", "corporatie"),
    "D07": ("Sloop of renovatie en de zittende huurders", "corporatie"),
    "D08": ("Huurders oordelen matig over onderhoud", "corporatie"),
    "L01": ("Leefbaarheidsbudget daalt", "corporatie"),
    "L02": ("Leefbaarheidsbudget zonder wijk of doel", "allen"),
    "L03": ("Concentratie van kwetsbare huishoudens", "allen"),
    "L04": ("Leefbaarheid in een wijk gaat achteruit", "allen"),
    "Z01": ("Woningen voor vergunninghouders onder de taakstelling", "corporatie"),
    "Z02": ("Uitstroom uit opvang en beschermd wonen", "allen"),
    "Z03": ("Woningen voor ouderen", "corporatie"),
    "Z04": ("Woonzorgvisie ontbreekt", "gemeente"),
    "Z05": ("Veel toewijzingen via urgentie", "allen"),
    "Z06": ("Begeleiding van kwetsbare huurders", "gemeente"),
    "HP1": ("Huurdersorganisatie als volwaardige partij", "allen"),
    "HP2": ("Budget voor de huurdersorganisatie", "corporatie"),
    "HP3": ("Achterban van huurders gehoord", "allen"),  # "voordat we tekenen": every party
    "HP4": ("Stukken op tijd bij de huurdersorganisatie", "corporatie"),
    "R02": ("Regionale opgave vertalen naar deze gemeente", "allen"),
    "F01": ("Kerncijfer buiten de norm", "corporatie"),
    "F02": ("Kerncijfer dicht bij de norm", "corporatie"),
    "F03": ("Financiële ruimte naast het verschil met de woonvisie", "corporatie"),
    "F04": ("Bod drukt een kerncijfer buiten de norm", "corporatie"),
    "F05": ("Opgegeven kerncijfer wijkt af van de berekening", "corporatie"),
    "F06": ("Rentedekking (ICR) daalt", "corporatie"),
    "F07": ("Ongewone waarde in de prognose", "corporatie"),
    "F08": ("Versie van de beleidswaarde", "corporatie"),
    # the joint rules (bodcheck.samen.regels): several corporaties in one gemeente
    "S01": ("Wie neemt het tekort op de woonvisie", "allen"),
    "S02": ("Doel van de woonvisie zonder bod", "allen"),
    "S03": ("Aandeel van een corporatie wijkt af van haar bezit", "corporatie"),
    # the joint rules of a regio
    "R01": ("Regionale opgave: wie neemt welk deel", "allen"),
    "R03": ("Regionale opgave vertalen naar deze gemeente", "allen"),
    # the monitor (bodcheck.monitor.bevindingen): the same corporatie and gemeente over the years
    "M01": ("Afspraak jaren op rij niet gehaald", "allen"),
    "M02": ("Belofte schuift bod na bod op", "corporatie"),
    "M03": ("Eigen prognose schuift naar de norm", "corporatie"),
    "M04": ("Afgesproken oplossing is over tijd", "allen"),
}


def titel(regel_id: str) -> str:
    return TITELS.get(regel_id, ("Vraag voor het overleg", "corporatie"))[0]


def adressaat(regel_id: str) -> str:
    return TITELS.get(regel_id, ("", "corporatie"))[1]
