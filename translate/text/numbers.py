"""Numbers in running text, read by value: ``1,000`` = ``1 000`` = ``1.000`` = ``1000``; ``3.5`` = ``3,5``.

One parser for the whole package: the aligner's number anchors, the translation check that a
number survived, and the coverage report's comparison of figures all read numbers here.

A run of digits and separators is one number when its separators group digits in threes, with at
most one decimal separator at the end (``1,234.5``, ``1 234,5``); otherwise its digit groups are
separate numbers (``14.10.2025`` is 14, 10 and 2025; ``in 2019 500 people`` is 2019 and 500). An
ambiguous single separator before exactly three digits (``1.500``, ``1,500``) is read by the
language's convention: English writes a decimal point, Ukrainian, Russian and Hungarian a comma.
Values are canonical strings: no leading zeros, no trailing fraction zeros (``"1234567.5"``).
"""

from __future__ import annotations

import re

__all__ = ["DECIMAL_POINT_LANGUAGES", "numbers", "parse_number"]

# Languages that write a decimal point (and group with commas); the others write a decimal comma.
DECIMAL_POINT_LANGUAGES = frozenset({"en"})

NUMBER = re.compile(r"\d+(?:[.,\u00a0\u202f\u2009 '\u2019]\d+)*")
_SEPARATOR = re.compile(r"([.,\u00a0\u202f\u2009 '\u2019])")
_TRAILING = " '\u2019\u00a0\u202f\u2009.,"


def _canonical(integer: str, fraction: str = "") -> str:
    integer = integer.lstrip("0") or "0"
    fraction = fraction.rstrip("0")
    return f"{integer}.{fraction}" if fraction else integer


def parse_number(run: str, lang: str) -> list[str]:
    """Canonical values of the numbers in one run of digits and separators (see the module doc)."""
    parts = _SEPARATOR.split(run)
    digits, seps = parts[0::2], parts[1::2]
    if not seps:
        return [_canonical(digits[0])]
    decimal_at: int | None = None
    last = seps[-1]
    if last in ".,":
        earlier = seps[:-1]
        if last in earlier:
            decimal_at = None  # 1,000,000 or 1.000.000
        elif earlier:
            decimal_at = len(seps) - 1  # 1,234.5 or 1 234,5
        elif len(digits[-1]) != 3 or len(digits[0]) > 3:
            decimal_at = 0  # 3.5, 12,25
        elif (last == ".") == (lang in DECIMAL_POINT_LANGUAGES):
            decimal_at = 0  # en 1.500, uk 1,500
    integer_digits = digits if decimal_at is None else digits[: decimal_at + 1]
    grouping_ok = 1 <= len(integer_digits[0]) <= 3 and all(len(g) == 3 for g in integer_digits[1:])
    if decimal_at is not None and any(s in ".," and s == last for s in seps[:decimal_at]):
        grouping_ok = False
    if not grouping_ok:
        return [_canonical(d) for d in digits]
    integer = "".join(integer_digits)
    fraction = digits[-1] if decimal_at is not None else ""
    return [_canonical(integer, fraction)]


def numbers(text: str, lang: str) -> list[str]:
    """The numbers in ``text`` (written in ``lang``) as canonical strings (``"1000"``, ``"3.5"``), in order."""
    values: list[str] = []
    for match in NUMBER.finditer(text):
        values.extend(parse_number(match.group().rstrip(_TRAILING), lang))
    return values

