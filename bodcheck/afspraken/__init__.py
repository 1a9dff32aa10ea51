"""From the table to the agreement (../shared/spec/afspraken.md): structured afspraken, their check, the
carry-forward into next year's template, and the concept document.

    model         the Afspraak (saved in the `.bodcheck` file, versie 2) and its word lists
    overnemen     an afspraak from a vergelijking row or a gemeente row; one afspraak per indicator and year
    toets         the check per afspraak (S, M, T, R, Tijd) and the findings A01
    doorschrijven next year's Afspraken and Gemeente rows (one function, shared with the monitor)
    verzamelen    all afspraken of one assessment, in order, with their bron and check
    concept / json_uitvoer / uitvoer   the outputs of `bodcheck afspraken` (concept = the Word document)

This package file imports nothing: bodcheck.model imports `model` from here, and the other modules
import bodcheck.model.
"""
