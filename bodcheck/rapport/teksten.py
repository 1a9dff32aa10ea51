"""Fixed Dutch texts of the report: disclaimer, method in words, begrippenlijst, perspective orders."""

from __future__ import annotations

DISCLAIMER = (
    "Dit rapport bevat signalen, geen oordeel over redelijkheid in de zin van art. 44 Woningwet. "
    "bodcheck zet het bod naast de woonvisie, de normen en de cijfers van de corporatie en laat zien waar "
    "het gesprek over kan gaan. Of een bod naar redelijkheid bijdraagt, beoordelen de partijen samen, en bij "
    "een geschil de Adviescommissie geschillen prestatieafspraken."
)
DISCLAIMER_KORT = "Signalen, geen oordeel over redelijkheid in de zin van art. 44 Woningwet."

FINANCIEEL_WAARSCHUWINGEN = (
    "De investeringsruimte is leencapaciteit tot aan de normen, geen geld op de plank.",
    "De bedragen voor nieuwbouw en verbetering zijn alternatieven: ze tellen niet op.",
    "De ruimte geldt voor alle gemeenten waar de corporatie werkt samen; het deel voor deze gemeente is een "
    "indicatieve toerekening naar rato van het aantal woongelegenheden.",
)

PERSPECTIEF_LABEL = {"gemeente": "gemeente", "huurders": "huurdersorganisatie"}

# Kern voor het bestuur: the order of the parts per perspective (rapport.md §2).
KERN_THEMAS = {
    "gemeente": ("beschikbaarheid", "doelgroepen", "wonen_zorg", "betaalbaarheid", "duurzaamheid", "kwaliteit",
                 "leefbaarheid", "participatie", "regio"),
    "huurders": ("betaalbaarheid", "kwaliteit", "duurzaamheid", "participatie", "beschikbaarheid", "leefbaarheid",
                 "doelgroepen", "wonen_zorg", "regio"),
}
# The Kern's most important questions, per perspective (rapport.md ch. 2): the themes above, with financiën
# where the wethouder reads it (after beschikbaarheid) and last for the huurders; proces and volledigheid last.
KERN_VRAAG_THEMAS = {
    "gemeente": (*KERN_THEMAS["gemeente"][:3], "financien", *KERN_THEMAS["gemeente"][3:], "proces"),
    "huurders": (*KERN_THEMAS["huurders"], "financien", "proces"),
}

METHODE = (
    ("Vergelijking met de woonvisie",
     "Per doel van de woonvisie: doel = waarde × aandeel van deze corporatie (opgegeven, anders naar rato van "
     "het sociale bezit, anders de hele opgave). Een regionaal doel zonder aandeel wordt niet aan de corporatie "
     "toegerekend (regionale opgave), en ook niet als haar deel naar rato 0 is of als het een voorraad van alle "
     "verhuurders samen is (niet toegerekend; haar deel naar rato staat er als context naast). Staat er in het "
     "bod alleen tekst ('inzet op 6 per jaar'), of telt een som zo'n deel mee, dan is dat een voornemen: geen "
     "oordeel. Die staan bij het thema als 'niet beoordeeld'. Een aantal telt over de periode op en wordt per saldo beoordeeld: latere "
     "jaren mogen eerdere goedmaken. Een voorraad, percentage of bedrag per woning is een grens die elk jaar "
     "geldt: dan telt het zwakste jaar. Een minimum sluit aan als het bod minstens het doel is, is 'deels' vanaf "
     "80% van het doel en wijkt anders af; een maximum omgekeerd. Per thema geldt de minst gunstige uitkomst "
     "van zijn doelen; dezelfde uitkomst staat in het programma, de Excel-export en de JSON."),
    ("Voorraadontwikkeling",
     "Netto mutatie van de sociale voorraad = nieuwbouw sociaal + aankoop − sloop − verkoop − liberalisatie, "
     "per jaar en opgeteld over de bodperiode. Flexwoningen en middenhuur tellen niet mee."),
    ("Kerncijfers",
     "ICR = (operationele kasstroom + betaalde rente − ontvangen rente) / (betaalde rente − ontvangen rente). "
     "LTV = nominale schuld / beleidswaarde. Solvabiliteit = eigen vermogen op beleidswaarde / balanstotaal op "
     "beleidswaarde, waarbij beide met (marktwaarde − beleidswaarde) worden verlaagd. Dekkingsratio = "
     "nominale schuld / marktwaarde in verhuurde staat. Een kerncijfer is 'krap' binnen 10% van de norm."),
    ("Investeringsruimte per jaar",
     "De extra lening die in dat jaar past voor een volledig onrendabele uitgave, per norm: ICR-ruimte = "
     "(kasstroom + nettorente − ICR-norm × nettorente) / (ICR-norm × rente nieuwe leningen); LTV-ruimte = "
     "LTV-norm × beleidswaarde − schuld; solvabiliteitsruimte = eigen vermogen (beleidswaarde) − norm × "
     "balanstotaal (beleidswaarde); dekkingsruimte = norm × marktwaarde − schuld. De laagste bindt."),
    ("Scenario's",
     "Voor nieuwbouw en verbetering rekent bodcheck door over de horizon welk bedrag, eenmalig in het eerste "
     "jaar of gelijkmatig elk jaar, net binnen alle normen blijft. Nieuwbouw voegt beleidswaarde (50%) en "
     "marktwaarde (75%) toe en levert huur op; verbetering niet. De extra rente wordt ook met schuld "
     "gefinancierd; daarom wijkt de uitkomst af van de ruimte per jaar. Het deel voor deze gemeente = "
     "ruimte × woongelegenheden in de gemeente / woongelegenheden totaal (indicatief)."),
    ("Vraagpunten",
     "Elke regel uit de catalogus van bodcheck kijkt naar één patroon in de gegevens en formuleert dan een "
     "vraag voor het overleg, met de cellen waarop die rust. Drempels staan in de parametertabel."),
)

BEGRIPPEN = (
    ("Bod", "Overzicht van de activiteiten die de corporatie de komende jaren wil uitvoeren om bij te dragen "
            "aan het volkshuisvestingsbeleid van de gemeente (art. 44 Woningwet), uiterlijk 1 juli."),
    ("Woonvisie", "Het volkshuisvestingsbeleid van de gemeente, met de doelen waar het bod naast wordt gelegd."),
    ("Prestatieafspraken", "Afspraken tussen gemeente, corporatie en huurdersorganisatie over de uitvoering "
                           "van het volkshuisvestingsbeleid."),
    ("W · B · A · R", "Woonvisie-doel · bod · afspraak vorig jaar · realisatie."),
    ("Sluit aan · deels · wijkt af", "Het bod haalt het doel · haalt minstens 80% ervan · blijft daaronder "
                                     "(bij een maximum omgekeerd)."),
    ("Niet in bod · geen doel", "Het doel heeft geen cijfer in het bod · het bod noemt iets waarvoor de "
                                "woonvisie geen doel heeft."),
    ("TI · DAEB · niet-DAEB", "De corporatie als geheel (toegelaten instelling) · de sociale tak · de "
                              "commerciële tak."),
    ("ICR", "Interest coverage ratio: hoe vaak de operationele kasstroom de rente dekt."),
    ("LTV", "Loan to value: schuld als deel van de beleidswaarde van het vastgoed."),
    ("Solvabiliteit", "Eigen vermogen als deel van het balanstotaal, op beleidswaarde."),
    ("Dekkingsratio", "Schuld als deel van de marktwaarde in verhuurde staat."),
    ("Beleidswaarde", "Waarde van het vastgoed uitgaande van het beleid van de corporatie (huur, onderhoud, "
                      "beheer); grondslag voor LTV en solvabiliteit."),
    ("Normenkader", "De grenzen die Autoriteit woningcorporaties en WSW aan de kerncijfers stellen."),
    ("Investeringsruimte", "Indicatieve leencapaciteit tot aan de normen; geen geld op de plank."),
    ("Bindende norm", "De norm die als eerste wordt bereikt en daarmee de ruimte bepaalt."),
    ("NPA", "Nationale prestatieafspraken (2022, 2024) tussen Rijk, Aedes, VNG en (2022) de Woonbond."),
    ("Wederkerigheid", "Wat de gemeente zelf levert: locaties, grond, vergunningen, begeleiding, beleid."),
    ("Wederhoor", "De versie van dit rapport die vóór het overleg naar de corporatie en de "
                  "huurdersorganisatie gaat, zonder eigen aantekeningen."),
    ("Onderpandratio", "Geborgde schuld als deel van de WOZ-waarde van het onderpand bij het WSW (informatief)."),
    ("Marktwaarde", "Waarde van het vastgoed in verhuurde staat, zoals op de balans; grondslag voor de "
                    "dekkingsratio."),
    ("Aw · WSW", "Autoriteit woningcorporaties (toezichthouder) · Waarborgfonds Sociale Woningbouw (borgt leningen)."),
    ("dPi", "De prognose die een corporatie jaarlijks bij de toezichthouder indient (prospectieve informatie)."),
    ("IBW", "Indicatieve bestedingsruimte woningcorporaties: de landelijke raming van wat corporaties per "
            "gemeente nog kunnen investeren."),
    ("EPV", "Energieprestatievergoeding: een vergoeding die huurders na verduurzaming naast de huur kunnen betalen."),
    ("Procentpunt", "Het verschil tussen twee percentages: van 3,0% naar 3,5% is 0,5 procentpunt."),
    ("Krap", "Een kerncijfer binnen 10% van zijn norm: nog binnen de norm, maar met weinig buffer."),
    ("Per saldo", "Over de hele periode opgeteld: jaren met meer maken jaren met minder goed."),
    ("Regionale opgave · niet toegerekend", "Een doel van de regio zonder afgesproken deel voor deze corporatie · "
                                            "een doel waarvan haar deel naar rato 0 is, of een voorraad van alle "
                                            "verhuurders samen; geen van beide is een oordeel over het bod."),
    ("Voornemen", "In het bod staat alleen tekst ('inzet op 6 per jaar') in plaats van een aantal, of een som "
                  "telt zo'n deel mee: geen oordeel; de vraag is om een getal."),
    ("Naar rato van bezit", "Het deel van een gemeentelijke opgave dat past bij het aandeel van de corporatie in "
                            "de sociale huurwoningen van de gemeente."),
    ("Aftoppingsgrens", "Huurgrens waaronder huishoudens met huurtoeslag de huur volledig vergoed kunnen krijgen."),
    ("Passend toewijzen", "Huishoudens met recht op huurtoeslag krijgen een woning met een huur onder de "
                          "aftoppingsgrens; wettelijk minstens 95% per corporatie per jaar."),
    ("Liberalisatie", "Een sociale huurwoning die bij nieuwe verhuur boven de sociale huurgrens gaat."),
    ("Label E, F of G", "De slechtste energielabels; landelijk is afgesproken dat corporaties ze na 2028 niet meer "
                        "hebben."),
    ("Huursomstijging", "De gemiddelde stijging van alle huren van de corporatie samen in een jaar."),
    ("Vergunninghouders", "Statushouders: mensen met een verblijfsvergunning die een gemeente moet huisvesten "
                          "(taakstelling)."),
    ("Woongelegenheid (vhe)", "Een verhuureenheid: een woning of een andere zelfstandige woonruimte."),
)

