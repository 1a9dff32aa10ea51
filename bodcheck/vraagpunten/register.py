"""The explicit, ordered registry of every rule on one bod (vraagpunten.md). No dynamic imports: a rule that
is not listed here does not run. The order is the JSON order within one ernst and thema; the runner
(`uitvoering.voer_uit`) runs P16 after the others whatever its place, as it reads what they found missing.
F09 is deleted (it is P04); R01 needs the bids of every corporatie together and is a joint rule
(`bodcheck.samen.regels`). Rule ids are unique over these registers together (a test checks)."""

from __future__ import annotations

from bodcheck.vraagpunten import beschikbaarheid as b
from bodcheck.vraagpunten import betaalbaarheid as h
from bodcheck.vraagpunten import financien as f
from bodcheck.vraagpunten import kwaliteit as d
from bodcheck.vraagpunten import leefbaarheid as lz
from bodcheck.vraagpunten import participatie as hp
from bodcheck.vraagpunten import proces as p
from bodcheck.vraagpunten.kader import Context, Regel

REGISTER: tuple[Regel[Context], ...] = (
    p.p01, p.p02, p.p03, p.p04, p.p05, p.p06, p.p07, p.p08, p.p09, p.p10, p.p11, p.p12, p.p13, p.p14,
    p.p15,
    b.b01, b.b02, b.b03, b.b04, b.b05, b.b06, b.b07, b.b08, b.b09, b.b10, b.b11, b.b12, b.b13, b.b14,
    b.b15,
    h.h01, h.h02, h.h03, h.h04, h.h05, h.h06, h.h07, h.h08, h.h09, h.h10, h.h11, h.h12, h.h13, h.h14,
    d.d01, d.d02, d.d03, d.d04, d.d05, d.d06, d.d07, d.d08,
    lz.l01, lz.l02, lz.l03, lz.l04,
    lz.z01, lz.z02, lz.z03, lz.z04, lz.z05, lz.z06,
    hp.hp1, hp.hp2, hp.hp3, hp.hp4,
    hp.r02,
    f.f01, f.f02, f.f03, f.f04, f.f05, f.f06, f.f07, f.f08,
    p.p16,
)
