"""The Kern's (and the Overzicht's) five most important questions (bevindingen r3 item 4): ernst hoog before midden
(vraagpunten.md), within an ernst the Kern's order for the perspective (rapport.md ch. 2: gemeente
beschikbaarheid → financiën → …; huurders woonlasten → kwaliteit → inspraak), proces last; shown in that order."""

from __future__ import annotations

from bodcheck import codes
from bodcheck.rapport import overleg
from bodcheck.rapport.model import VraagpuntBlok
from bodcheck.rapport.opbouw import top_vragen


def _blok(nummer: int, ernst: str, thema: str) -> VraagpuntBlok:
    return VraagpuntBlok(nummer=nummer, id=f"X{nummer}", ernst=ernst, thema=codes.THEMA_LABEL[thema], partij="B",
                         groep="Aan de corporatie", vraag="…", waarom="", bronnen=(), basis="", sleutel=str(nummer))


# As the fresh reader found it: three process questions with low numbers, two hoog ones with high numbers.
VRAGEN = [_blok(1, "midden", "proces"), _blok(2, "midden", "proces"), _blok(3, "midden", "proces"),
          _blok(9, "midden", "beschikbaarheid"), _blok(12, "midden", "betaalbaarheid"),
          _blok(15, "hoog", "duurzaamheid"), _blok(17, "midden", "kwaliteit"), _blok(19, "midden", "participatie"),
          _blok(21, "midden", "financien"), _blok(30, "hoog", "beschikbaarheid"), _blok(33, "laag", "betaalbaarheid")]


def test_gemeente_eerst_hoog_dan_beschikbaarheid_en_financien():
    # hoog: 30 (beschikbaarheid, 1st in the gemeente order) before 15 (duurzaamheid); then midden:
    # 9 beschikbaarheid, 21 financiën (right after beschikbaarheid, doelgroepen, wonen en zorg), 12 betaalbaarheid
    assert [b.nummer for b in top_vragen(VRAGEN, "gemeente")] == [30, 15, 9, 21, 12]


def test_huurders_eerst_woonlasten_dan_kwaliteit():
    # hoog: 15 duurzaamheid (3rd for huurders) before 30 beschikbaarheid (5th); midden: 12 betaalbaarheid,
    # 17 kwaliteit, 19 participatie; the laag betaalbaarheid question 33 comes after every midden one
    assert [b.nummer for b in top_vragen(VRAGEN, "huurders")] == [15, 30, 12, 17, 19]


def test_proces_alleen_als_er_niets_anders_is():
    alleen = [VRAGEN[0], VRAGEN[1], _blok(40, "laag", "leefbaarheid")]
    assert [b.nummer for b in top_vragen(alleen, "gemeente")] == [1, 2, 40]  # midden before laag, even proces


def test_voorbeeld_standaard_alle_hoog_voorop(resultaat):
    """The bundled example: the questions ticked for a new assessment are the five of the Kern; every hoog question
    of the chapter is among them, in front, and no process question takes a place while a question on a thema of
    the gemeente's Kern order is left out."""
    hoofd, _ = overleg.nummeren(resultaat.vraagpunten, "gemeente", None, False)
    top = top_vragen(hoofd, "gemeente")
    hoog = [b for b in hoofd if b.ernst == "hoog"]
    assert len(top) == 5 and hoog
    assert {b.nummer for b in top[:len(hoog)]} == {b.nummer for b in hoog}
    proces = codes.THEMA_LABEL["proces"]
    inhoud_over = [b for b in hoofd if b not in top and b.thema != proces and b.ernst == "midden"]
    assert not (any(b.thema == proces for b in top) and inhoud_over)
