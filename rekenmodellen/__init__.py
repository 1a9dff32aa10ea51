"""Pure calculations for bodcheck: ratios, investeringsruimte, scenario solver, onrendabele top.

numpy / numpy-financial only: no I/O, no pandas, no Qt. Amounts in euros, rates as fractions.
"""
