"""The named "not computable" result, used instead of NaN, infinity or a silent 0."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class NietTeBerekenen:
    """A value that cannot be computed, with the reason in Dutch for the user.

    Examples of ``reden``: ``"beleidswaarde ontbreekt"``,
    ``"noemer (netto rente) is 0 of negatief"``.
    """

    reden: str

    def __str__(self) -> str:
        return f"niet te berekenen: {self.reden}"


def opsomming(woorden: Sequence[str]) -> str:
    """Dutch enumeration: ``a``, ``a en b``, ``a, b en c``."""
    if not woorden:
        return ""
    if len(woorden) == 1:
        return woorden[0]
    return ", ".join(woorden[:-1]) + " en " + woorden[-1]


def ontbreekt(labels: Sequence[str]) -> NietTeBerekenen:
    """``NietTeBerekenen`` naming the missing inputs: ``"beleidswaarde ontbreekt"``,
    ``"betaalde rente en ontvangen rente ontbreken"``."""
    werkwoord = "ontbreekt" if len(labels) == 1 else "ontbreken"
    return NietTeBerekenen(f"{opsomming(labels)} {werkwoord}")


def noemer_niet_positief(naam: str) -> NietTeBerekenen:
    """``NietTeBerekenen`` for a denominator of zero or below.

    Example: ``"noemer (netto rente) is 0 of negatief"``.
    """
    return NietTeBerekenen(f"noemer ({naam}) is 0 of negatief")
