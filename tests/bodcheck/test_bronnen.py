"""Findings 15 and 16: source titles in Dutch, no weak news source under a legal norm, no source twice."""

from __future__ import annotations

import re

from bodcheck import bronnen, parameters


def test_bron_niet_dubbel() -> None:
    # landelijk.toml [passend_toewijzen_norm]: the text names "ilent.nl, Passend toewijzen" and then [R5], whose
    # title is "ilent.nl, Passend toewijzen; VRO-FAQ woningtoewijzing": only the FAQ is added.
    assert bronnen.in_woorden("norm (ilent.nl, Passend toewijzen [R5])") == \
        "norm (ilent.nl, Passend toewijzen; VRO-FAQ woningtoewijzing)"
    # the same key twice, or two keys sharing a source, give it once
    assert bronnen.in_woorden("[R6][R6]") == "ilent.nl, Toewijzen aan de doelgroep; aedes.nl, De toewijzingsregels voor 2024"


def test_huursom_bron() -> None:
    bron = bronnen.in_woorden(parameters.laad("landelijk")["max_huursom"].bron)
    assert bron.count("MvT 36 698") == 1
    assert "lochemsnieuws" not in bron
    assert "onbekend" not in bron and "nog niet vastgesteld" in bron


def test_titels_nederlands() -> None:
    engels = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|"
                        r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|text|mechanism)\b")
    for sleutel, titel in bronnen.titels().items():
        assert not engels.search(titel), (sleutel, titel)
    assert bronnen.titels()["S24"] == "Huurakkoord (tekst van de Woonbond) (03-07-2022)"
    assert bronnen.titels()["S75"] == "NU.nl (maart 2022)"
