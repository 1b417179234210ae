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
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from .dates import date_days, month_numbers

__all__ = [
    "CONVERTED_UNITS", "DECIMAL_POINT_LANGUAGES", "Quantity", "amounts", "missing_quantities", "number_values", "numbers", "parse_number",
    "quantities", "significant_digits", "unit_of",
]

# Languages that write a decimal point (and group with commas); the others write a decimal comma.
DECIMAL_POINT_LANGUAGES = frozenset({"en"})

# A space, or an apostrophe, groups thousands only: "10 000" is one number, "2025 19:53" a year and a time.
NUMBER = re.compile(r"\d+(?:[.,]\d+|[\u00a0\u202f\u2009 '\u2019]\d{3}(?!\d))*")
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



# ---- quantities: numbers with their scale and unit ------------------------------------------

# Number words worth reading as values (one/egy are left out: they are also articles and pronouns).
# fmt: off
_NUMBER_WORDS: dict[str, dict[str, int]] = {
    "en": {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
           "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
           "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
           "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12},
    "uk": {"два": 2, "дві": 2, "двох": 2, "двом": 2, "три": 3, "трьох": 3, "чотири": 4, "чотирьох": 4,
           "п'ять": 5, "п’ять": 5, "п'яти": 5, "шість": 6, "шести": 6, "сім": 7, "семи": 7, "вісім": 8,
           "дев'ять": 9, "десять": 10, "десяти": 10, "дванадцять": 12, "двадцять": 20, "тридцять": 30,
           "сорок": 40, "п'ятдесят": 50, "п’ятдесят": 50, "шістдесят": 60, "сімдесят": 70, "вісімдесят": 80,
           "дев'яносто": 90, "дев’яносто": 90, "сто": 100,
           # collective numerals and other cases ("двоє дітей", "із сімома людьми")
           "двоє": 2, "двома": 2, "троє": 3, "трьома": 3, "четверо": 4, "чотирма": 4, "п'ятеро": 5, "п’ятеро": 5,
           "шестеро": 6, "семеро": 7, "сімох": 7, "сімома": 7, "восьми": 8, "дев'яти": 9, "дев’яти": 9,
           "одинадцять": 11, "тринадцять": 13, "чотирнадцять": 14, "п'ятнадцять": 15, "п’ятнадцять": 15,
           "шістнадцять": 16, "сімнадцять": 17, "вісімнадцять": 18, "дев'ятнадцять": 19, "дев’ятнадцять": 19,
           "трьом": 3, "п'ятьох": 5, "п’ятьох": 5, "шістьох": 6},
    "ru": {"два": 2, "две": 2, "двух": 2, "двум": 2, "три": 3, "трех": 3, "трёх": 3, "четыре": 4,
           "четырех": 4, "пять": 5, "пяти": 5, "шесть": 6, "шести": 6, "семь": 7, "семи": 7, "восемь": 8,
           "девять": 9, "десять": 10, "десяти": 10, "двенадцать": 12, "двадцать": 20, "тридцать": 30,
           "сорок": 40, "пятьдесят": 50, "шестьдесят": 60, "семьдесят": 70, "восемьдесят": 80, "девяносто": 90,
           "сто": 100,
           "двое": 2, "двумя": 2, "трое": 3, "тремя": 3, "четверо": 4, "четырьмя": 4, "пятеро": 5, "шестеро": 6,
           "семеро": 7, "восьми": 8, "девяти": 9, "одиннадцать": 11, "тринадцать": 13, "четырнадцать": 14,
           "пятнадцать": 15, "шестнадцать": 16, "семнадцать": 17, "восемнадцать": 18, "девятнадцать": 19,
           # the collective numerals' other cases ("выслать двоих дипломатов")
           "двоих": 2, "двоим": 2, "троих": 3, "троим": 3, "четверых": 4, "пятерых": 5, "шестерых": 6, "семерых": 7},
    "hu": {"tucat": 12, "tucatnyi": 12, "két": 2, "kettő": 2, "három": 3, "négy": 4, "öt": 5, "hat": 6, "hét": 7, "nyolc": 8,
           "kilenc": 9, "tíz": 10, "tizenkét": 12, "tizenkettő": 12, "húsz": 20, "harminc": 30,
           "negyven": 40, "ötven": 50, "hatvan": 60, "hetven": 70, "nyolcvan": 80, "kilencven": 90, "száz": 100,
           # "ketten meghaltak": two of them
           "ketten": 2, "hárman": 3, "négyen": 4, "öten": 5, "hatan": 6, "heten": 7, "nyolcan": 8, "kilencen": 9, "tízen": 10},
}
# A tens word and a units word make one number: "fifty-three", "twenty one", "п'ятдесят три", "сорок один";
# Hungarian writes it as one word of a tens prefix and the units (ötvenhárom, huszonegy, tizenkét).
_TENS = frozenset({20, 30, 40, 50, 60, 70, 80, 90})
_COMPOUND_ONE = {"en": ("one",), "uk": ("один", "одна", "одне", "одного"), "ru": ("один", "одна", "одно", "одного")}
_HU_TENS_PREFIXES = {"tizen": 10, "huszon": 20, "harminc": 30, "negyven": 40, "ötven": 50, "hatvan": 60,
                     "hetven": 70, "nyolcvan": 80, "kilencven": 90}
# Ukrainian and Russian write a number and its unit as one adjective: пятикилометровая, п'ятикілометрову, двухчасовой.
_JOINED_NUMBERS = {
    "uk": {"дво": 2, "двох": 2, "трьох": 3, "чотирьох": 4, "п'яти": 5, "п’яти": 5, "шести": 6, "семи": 7, "восьми": 8,
           "дев'яти": 9, "дев’яти": 9, "десяти": 10, "двадцяти": 20, "тридцяти": 30, "п'ятдесяти": 50, "п’ятдесяти": 50},
    "ru": {"двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "пяти": 5, "шести": 6, "семи": 7, "восьми": 8,
           "девяти": 9, "десяти": 10, "двадцати": 20, "тридцати": 30, "пятидесяти": 50},
}
# Half a unit: "half an hour", "пів години", "fél óra" (the word, then the unit), and one-word halves.
_HALF = {"en": "half", "uk": "пів", "hu": "fél"}
_HALF_WORDS = {"полчаса": "hour", "полгода": "year", "півгодини": "hour", "півроку": "year", "félóra": "hour", "félórás": "hour"}
_HU_UNITS = {"egy": 1} | {word: value for word, value in _NUMBER_WORDS["hu"].items() if value < 10}  # ötvenhárom, huszonketten
# "One" only counts before a unit ("one year", "одного року", "egy év"): elsewhere it is an article or pronoun.
_ONE_BEFORE_UNIT = {"en": ("one",), "uk": ("один", "одна", "одного", "одну", "одне"), "ru": ("один", "одна", "одного", "одну", "одно"), "hu": ("egy",)}
# Scale words after a number (prefixes, so that inflected forms match: мільйонів, milliárdos).
_SCALES: tuple[tuple[str, float], ...] = (
    ("thousand", 1e3), ("тисяч", 1e3), ("тыс", 1e3), ("ezer", 1e3),
    ("million", 1e6), ("mln", 1e6), ("мільйон", 1e6), ("млн", 1e6), ("миллион", 1e6), ("millió", 1e6),
    ("billion", 1e9), ("bn", 1e9), ("мільярд", 1e9), ("млрд", 1e9), ("миллиард", 1e9), ("milliárd", 1e9), ("mrd", 1e9),
    ("trillion", 1e12), ("трильйон", 1e12), ("триллион", 1e12), ("трлн", 1e12), ("billió", 1e12),
    ("тис", 1e3), ("millio", 1e6), ("hundred", 1e2),
)
# The letters of a code joined to its figures, at most five, one a capital, maybe a hyphen between:
# MH17, МН17, A320, G7, Су-34, S-400, COVID-19.
_CODE_BEFORE = re.compile(r"(?<![^\W\d_])(?=[^\W\d_]{0,4}[^\W\d_a-zа-яёіїєґ])[^\W\d_]{1,5}[-\u2011\u2013]?$")
# A half after a number: "two and a half", "два с половиной", "два з половиною", "két és fél".
_AND_A_HALF = re.compile(r"\s+(?:and a half|[сз] половин\w*|és fél)\b", re.IGNORECASE)
# One letter joined to an amount of money is its scale (€16m, £2k); elsewhere "16m" is 16 metres.
_MONEY_SCALES = {"k": 1e3, "m": 1e6}
# Units, by prefix of the word after the number (and its scale); value factor into the base unit.
_UNITS: tuple[tuple[str, str, float], ...] = (
    ("km", "km", 1.0), ("kilomet", "km", 1.0), ("kilomét", "km", 1.0), ("кілометр", "km", 1.0), ("километр", "km", 1.0), ("км", "km", 1.0),
    ("mile", "km", 1.609344), ("миль", "km", 1.609344), ("мил", "km", 1.609344), ("mérföld", "km", 1.609344),
    ("dollar", "USD", 1.0), ("долар", "USD", 1.0), ("доллар", "USD", 1.0), ("dollár", "USD", 1.0),
    ("euro", "EUR", 1.0), ("євро", "EUR", 1.0), ("евро", "EUR", 1.0), ("euró", "EUR", 1.0),
    ("rouble", "RUB", 1.0), ("ruble", "RUB", 1.0), ("рубл", "RUB", 1.0), ("rubel", "RUB", 1.0),
    ("hryvn", "UAH", 1.0), ("гривн", "UAH", 1.0), ("грн", "UAH", 1.0), ("hrivny", "UAH", 1.0),
    ("forint", "HUF", 1.0), ("форинт", "HUF", 1.0),
    ("percent", "%", 1.0), ("per cent", "%", 1.0), ("відсот", "%", 1.0), ("процент", "%", 1.0), ("százalék", "%", 1.0),
    ("hour", "hour", 1.0), ("годин", "hour", 1.0), ("час", "hour", 1.0), ("óra", "hour", 1.0), ("órá", "hour", 1.0),
    # Minutes are read as hours (30 minutes = полчаса = fél óra), as weeks are read as days.
    ("minute", "hour", 1 / 60), ("хвилин", "hour", 1 / 60), ("минут", "hour", 1 / 60), ("perc", "hour", 1 / 60),
    ("day", "day", 1.0), ("днів", "day", 1.0), ("дні", "day", 1.0), ("дня", "day", 1.0), ("дней", "day", 1.0), ("nap", "day", 1.0),
    ("week", "day", 7.0), ("тижн", "day", 7.0), ("недел", "day", 7.0), ("hét", "day", 7.0),
    ("month", "month", 1.0), ("місяц", "month", 1.0), ("месяц", "month", 1.0), ("hónap", "month", 1.0),
    ("year", "year", 1.0), ("рік", "year", 1.0), ("річн", "year", 1.0), ("роки", "year", 1.0), ("років", "year", 1.0), ("року", "year", 1.0),
    ("год", "year", 1.0), ("лет", "year", 1.0), ("év", "year", 1.0),
    ("people", "people", 1.0), ("осіб", "people", 1.0), ("людей", "people", 1.0), ("человек", "people", 1.0), ("ember", "people", 1.0),
    ("metre", "m", 1.0), ("meter", "m", 1.0), ("метр", "m", 1.0), ("méter", "m", 1.0),
    ("feet", "m", 0.3048), ("foot", "m", 0.3048), ("фут", "m", 0.3048), ("láb", "m", 0.3048),
    ("tonne", "t", 1.0), ("tons", "t", 1.0), ("тонн", "t", 1.0), ("tonna", "t", 1.0), ("tonná", "t", 1.0),
    ("kilogram", "kg", 1.0), ("кілограм", "kg", 1.0), ("килограмм", "kg", 1.0), ("kilogramm", "kg", 1.0),
    ("pound", "kg", 0.45359237), ("фунт", "kg", 0.45359237), ("font", "kg", 0.45359237),
)
# Unit abbreviations, matched on the whole word only ("5 m", not "5 more").
_UNIT_WORDS: dict[str, tuple[str, float]] = {
    "m": ("m", 1.0), "м": ("m", 1.0), "ft": ("m", 0.3048), "t": ("t", 1.0), "т": ("t", 1.0),
    "kg": ("kg", 1.0), "кг": ("kg", 1.0), "lb": ("kg", 0.45359237), "lbs": ("kg", 0.45359237),
    "person": ("people", 1.0), "persons": ("people", 1.0),  # whole words: "two personal aides" counts aides
}
# An age before its number ("aged 96", "at the age of 96"): the figure is years.
_AGE_BEFORE = re.compile(r"(?:\baged|\bage of|\bage)\s+$", re.IGNORECASE)
# An ordinal year of life after its number: "на 97-м году жизни", "на 97-му році життя", "97. életévében" are 96 years.
_YEAR_OF_LIFE = re.compile(r"(?:-?(?:м|му|й|го|ом)\s+(?:году|році|рік)\s+(?:жизни|життя)|\.\s?életév\w*)", re.IGNORECASE)
# Temperatures, after the number: "46 °F", "8°C", "8 градусів Цельсія", "8 fok" (Celsius unless Fahrenheit is said).
_DEGREES = re.compile(
    r"\s?(?:°\s?(?P<sign>[CF])\b|(?P<word>градус\w*|fok\w*|degrees?)(?:\s+(?P<scale>\w+))?)", re.IGNORECASE
)
_CURRENCY_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "₴": "UAH"}
# The units that are money: amounts in two of them are the same kind, not convertible (rates move).
CURRENCIES = frozenset({"USD", "EUR", "GBP", "RUB", "UAH", "HUF"})
# fmt: on
_TOKEN = re.compile(r"[$€£₽₴]|" + NUMBER.pattern + r"|[^\W\d_]+(?:['\u2019][^\W\d_]+)?|%")


@dataclass(frozen=True)
class Quantity:
    """A number read with its scale and unit: ``"$2.3 billion"`` is 2.3e9 USD; ``"1,000 miles"`` 1609.344 km.

    ``unit`` is ``""`` for a bare number; ``start``/``end`` are offsets of the whole phrase.
    """

    value: float
    unit: str
    start: int
    end: int

    def same_as(self, other: Quantity, tolerance: float = 0.03) -> bool:
        """The same amount in the same unit: equal, one the other rounded (22.9% and 22.94%), or, in a unit
        that conversions give, within ``tolerance`` (1,000 miles ≈ 1,600 km; 46 °F ≈ 8 °C). Counts, money,
        shares and times must agree so: 133 cardinals are not 135, 18:07 is not 18:37."""
        if self.unit != other.unit:
            return False
        if self.value == other.value or self.rounds(other) or other.rounds(self):
            return True
        top = max(abs(self.value), abs(other.value))
        return self.unit in CONVERTED_UNITS and abs(self.value - other.value) <= tolerance * top

    @property
    def year_like(self) -> bool:
        """A bare whole figure of 1900-2100: a year more often than a count ("in 2020")."""
        return not self.unit and self.value.is_integer() and 1900 <= self.value <= 2100

    def rounds(self, finer: Quantity) -> bool:
        """This amount is ``finer`` rounded (22.9% or 23% of 22.94%; 2.1 million of 2,120,401), keeping two
        significant digits at least: 40 is no rounding of 35, and a year none of another (2020, 2024)."""
        digits = significant_digits(self.value)
        return (
            self.unit == finer.unit and 2 <= digits < significant_digits(finer.value) and not (self.year_like and finer.year_like)
            and float(f"{finer.value:.{digits}g}") == self.value
        )


def significant_digits(value: float) -> int:
    """Significant digits of a figure as written: 22.94 has four, 23 two, 2,000,000 one."""
    mantissa = f"{abs(value):.6e}".split("e")[0].replace(".", "").rstrip("0")
    return max(len(mantissa), 1)


# Units that conversions give (from miles, feet, tons, pounds, °F): their figures agree within a tolerance.
CONVERTED_UNITS = frozenset({"km", "m", "t", "kg", "°C"})


def unit_of(word: str) -> tuple[str, float] | None:
    """The unit a word names (``"годин"`` → hour, ``"miles"`` → km with factor 1.609344), or None."""
    return _unit_of(word)


# Words that begin like a unit and are none: an anniversary (30 річниця, 100-річчя) is no duration.
_NOT_UNITS = ("річниц", "річч")


def _unit_of(word: str) -> tuple[str, float] | None:
    lowered = word.lower()
    if lowered in _UNIT_WORDS:
        return _UNIT_WORDS[lowered]
    if lowered.startswith(_NOT_UNITS):
        return None
    for prefix, unit, factor in _UNITS:
        if lowered.startswith(prefix) and (len(prefix) > 2 or lowered == prefix or len(lowered) <= 5):
            return unit, factor
    return None


def _scale_of(word: str) -> float | None:
    lowered = word.lower()
    for prefix, factor in _SCALES:
        if lowered.startswith(prefix) and (len(prefix) > 3 or lowered.rstrip(".") == prefix):
            return factor
    return None


def _compound_number(text: str, tokens: list[tuple[str, int, int]], i: int, lang: str) -> tuple[float, int, int] | None:
    """A number written in two number words at token ``i`` ("fifty-three", "двадцять п'ять") or, in Hungarian,
    in one (ötvenhárom): its value, where it ends, its last token; None when there is none."""
    token, _start, end = tokens[i]
    lowered = token.lower()
    if lang == "hu":
        for prefix, tens in _HU_TENS_PREFIXES.items():
            if lowered.startswith(prefix) and (units := _HU_UNITS.get(lowered[len(prefix) :])) is not None:
                return float(tens + units), end, i
        return None
    words = _NUMBER_WORDS.get(lang, {})
    if words.get(lowered) not in _TENS or i + 1 >= len(tokens):
        return None
    following, next_start, next_end = tokens[i + 1]
    joint = text[end:next_start]
    units = words.get(following.lower(), 1 if following.lower() in _COMPOUND_ONE.get(lang, ()) else 0)
    if not 1 <= units <= 9 or joint not in (("-", " ") if lang == "en" else (" ",)):
        return None
    return float(words[lowered] + units), next_end, i + 1


def _half(text: str, tokens: list[tuple[str, int, int]], i: int, lang: str) -> tuple[str, int, int] | None:
    """Half a unit at token ``i`` ("half an hour", "пів години", "fél óra", "полчаса"): the unit, where the
    phrase ends, the token after it; None when there is none."""
    token, _start, end = tokens[i]
    lowered = token.lower()
    if (unit := _HALF_WORDS.get(lowered)) is not None:
        return unit, end, i + 1
    if lowered != _HALF.get(lang):
        return None
    j = i + 1
    if lang == "en" and j < len(tokens) and tokens[j][0].lower() in ("a", "an"):
        j += 1
    hit = _unit_of(tokens[j][0]) if j < len(tokens) else None
    if hit is None or hit[0] not in ("hour", "day", "month", "year", "km", "m", "t", "kg"):
        return None
    return hit[0], tokens[j][2], j + 1


def _joined_unit(token: str, words: dict[str, int], lang: str) -> tuple[float, str, float] | None:
    if lang == "hu":
        return _hungarian_compound(token, words)
    lowered = token.lower()
    for stem, value in _JOINED_NUMBERS.get(lang, {}).items():
        if lowered.startswith(stem) and len(lowered) > len(stem) + 2:
            hit = _unit_of(lowered[len(stem) :])
            if hit is not None and hit[0] not in ("people", "%"):
                return float(value), hit[0], hit[1]
    return None


def _hungarian_compound(token: str, words: dict[str, int]) -> tuple[float, str, float] | None:
    lowered = token.lower()
    for word, value in words.items():
        if lowered.startswith(word) and len(lowered) > len(word) + 2:
            hit = _unit_of(lowered[len(word) :])
            if hit is not None and hit[0] not in ("people",):
                return float(value), hit[0], hit[1]
    return None


# A temperature below zero: a minus sign (not a hyphen joining words: "7-10 °C") or the word.
_BELOW_ZERO = re.compile(r"(?:(?<![\w.,])[-\u2212]|(?<!\w)(?:minus|мінус|минус|mínusz)\s+)$", re.IGNORECASE)


def quantities(text: str, lang: str) -> list[Quantity]:
    """The amounts in ``text``: digits (read by :func:`numbers`) or number words, with a scale word
    (million, млн, milliárd) and a unit (km, miles, dollars, $, %, hours, years…) when one follows."""
    tokens = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    words = _NUMBER_WORDS.get(lang, {})
    found: list[Quantity] = []
    i = 0
    while i < len(tokens):
        token, start, end = tokens[i]
        currency = ""
        if token in _CURRENCY_SIGNS and i + 1 < len(tokens) and tokens[i + 1][0][:1].isdigit():
            currency = _CURRENCY_SIGNS[token]
            i += 1
            token, _, end = tokens[i]
        if (clock := _clock(text, tokens, i)) is not None:
            value, end, i = clock
            found.append(Quantity(value, "clock", start, end))
            continue
        if token[:1].isdigit() and _CODE_BEFORE.search(text, max(0, start - 6), start):
            i += 1  # the figures of a code: MH17, МН17, A320, Су-34, S-400 (a name, not an amount)
            continue
        if token[:1].isdigit():
            values = [float(v) for v in parse_number(token.rstrip(_TRAILING), lang)]
        elif (compound := _compound_number(text, tokens, i, lang)) is not None:
            value, end, i = compound
            values = [value]
        elif token.lower() in words:
            values = [float(words[token.lower()])]
        elif token.lower() in _ONE_BEFORE_UNIT.get(lang, ()) and i + 1 < len(tokens) and _unit_of(tokens[i + 1][0]) is not None:
            values = [1.0]
        elif (joined := _joined_unit(token, words, lang)) is not None:
            # A number word and its unit as one word: háromórás, kétnapos, пятикилометровая.
            value, unit, factor = joined
            found.append(Quantity(value * factor, unit, start, end))
            i += 1
            continue
        elif (half := _half(text, tokens, i, lang)) is not None:
            unit, end, i = half
            found.append(Quantity(0.5, unit, start, end))
            continue
        else:
            i += 1
            continue
        value = values[-1]
        for v in values[:-1]:  # a run read as several numbers (a date): bare numbers
            found.append(Quantity(v, "", start, end))
        unit = currency
        j = i + 1
        ordinal = False
        if (and_a_half := _AND_A_HALF.match(text, end)) is not None:
            value, end = value + 0.5, and_a_half.end()  # two and a half years, два с половиной года, két és fél év
            while j < len(tokens) and tokens[j][1] < end:
                j += 1
        if token[:1].isdigit() and (life := _YEAR_OF_LIFE.match(text, end)) is not None:
            found.append(Quantity(value - 1, "year", start, life.end()))
            while j < len(tokens) and tokens[j][1] < life.end():
                j += 1
            i = j
            continue
        if j < len(tokens) and _ordinal_ending(text, end, tokens[j][0], tokens[j][1], lang):
            # "31-м членом", "5-й день": an ordinal, not 31 metres nor 5 days; "2-х км" is still 2 km.
            ordinal = tokens[j][0] not in _CARDINAL_ENDINGS
            end = tokens[j][2]
            j += 1
        elif j < len(tokens):
            if tokens[j][0].lower() == "plus" and text[end : tokens[j][1]] in ("-", " ") and j + 1 < len(tokens):
                j += 1  # "130-plus billion": the scale is after the "plus"
            scale = _scale_of(tokens[j][0])
            if scale is None and currency and tokens[j][1] == end:
                scale = _MONEY_SCALES.get(tokens[j][0].lower())  # €16m, $300k: a letter joined to money
            if scale is not None:
                value *= scale
                end = tokens[j][2]
                j += 1
        if not unit and not ordinal and j < len(tokens):
            hit = _unit_of(tokens[j][0])
            if hit is not None:
                unit, factor = hit
                value *= factor
                end = tokens[j][2]
                j += 1
        if unit == "" and j < len(tokens) and tokens[j][0] == "%":
            unit, end, j = "%", tokens[j][2], j + 1
        if unit == "" and (degrees := _DEGREES.match(text, end)) is not None:
            if (sign := _BELOW_ZERO.search(text, 0, start)) is not None:
                value, start = -value, sign.start()
            value, end = _celsius(value, degrees)
            unit = "°C"
            while j < len(tokens) and tokens[j][1] < end:
                j += 1
        if not unit and _AGE_BEFORE.search(text, 0, start):
            unit = "year"
        if unit == "year" and value.is_integer() and 1000 <= value <= 2100:
            unit = ""  # a date (в 2012 году, in 2012), not a duration
        found.append(Quantity(value, unit, start, end))
        i = j
    return found


_CARDINAL_ENDINGS = frozenset({"х", "ти", "ми", "ох", "ух", "ех", "ьох"})


def _ordinal_ending(text: str, number_end: int, word: str, word_start: int, lang: str) -> bool:
    """A case ending joined to a number by a hyphen in Ukrainian and Russian: an ordinal's (31-м, 5-й,
    20-го, 3-ї) or a cardinal's (2-х, 5-ти); up to three letters, so not a unit ("5-метровий" is one)."""
    return (
        lang in ("uk", "ru") and word_start == number_end + 1 and text[number_end] == "-"
        and len(word) <= 3 and word.islower() and word.isalpha()
    )


_AFTERNOON = re.compile(r"\s*(?:p\.\s?m\.?|pm\b)", re.IGNORECASE)
_MORNING = re.compile(r"\s*(?:a\.\s?m\.?|am\b)", re.IGNORECASE)


def _clock(text: str, tokens: list[tuple[str, int, int]], i: int) -> tuple[float, int, int] | None:
    """A time of day at token ``i`` ("02:50", "2:50 p.m." = 14.83): its hours, where it ends, the next
    token; None when the token starts none (one reading, not the numbers 2 and 50)."""
    hours, _start, end = tokens[i]
    if not (hours.isdigit() and len(hours) <= 2 and i + 1 < len(tokens) and text[end : end + 1] == ":"):
        return None
    run, m_start, run_end = tokens[i + 1]
    minutes = run[:2]
    if len(minutes) != 2 or not minutes.isdigit() or run[2:3].isdigit() or int(hours) > 24 or int(minutes) > 59:
        return None
    # "3: 20 pm", as a wire story may type it, is still 15:20 when am or pm says it is a time ("won 3: 1" is no time).
    spaced = m_start == end + 2 and text[end + 1] == " " and len(run) == 2 and bool(_AFTERNOON.match(text, run_end) or _MORNING.match(text, run_end))
    if m_start != end + 1 and not spaced:
        return None
    rest = run[2:].lstrip(_TRAILING)
    if rest:  # "02:50 6 червня": the run went on into the next number, which is read on its own
        tokens[i + 1] = (rest, run_end - len(rest), run_end)
        return int(hours) + int(minutes) / 60, m_start + 2, i + 1
    m_end = run_end
    value = int(hours) + int(minutes) / 60
    if (pm := _AFTERNOON.match(text, m_end)) is not None:
        value, m_end = (value + 12 if value < 12 else value), pm.end()
    elif (am := _MORNING.match(text, m_end)) is not None:
        m_end = am.end()
    j = i + 2
    while j < len(tokens) and tokens[j][1] < m_end:
        j += 1
    return value, m_end, j


_SCALE_NAMES = ("celsius", "цельс", "fahrenheit", "фаренгейт")


def _celsius(value: float, degrees: re.Match[str]) -> tuple[float, int]:
    """A temperature in °C and where its phrase ends ("46 °F" → 7.8; "8 градусів Цельсія" → 8)."""
    scale = (degrees.group("scale") or "").lower()
    named = scale.startswith(_SCALE_NAMES)
    fahrenheit = (degrees.group("sign") or "").upper() == "F" or (named and scale.startswith(("fahrenheit", "фаренгейт")))
    end = degrees.end("sign") if degrees.group("sign") else degrees.end("scale") if named else degrees.end("word")
    return ((value - 32) * 5 / 9 if fahrenheit else value), end


# ---- by value, for the checks: a quantity as every string a translation may write it as ----

_WORD_AFTER = re.compile(r"[\s\u00a0\u202f\u2009]*([^\W\d_]+\.?)")


def _scale_after(text: str, end: int) -> int:
    """The factor of a scale word right after a number (``тыс.``, ``million``, ``milliárdos``), else 1."""
    match = _WORD_AFTER.match(text, end)
    factor = _scale_of(match.group(1)) if match else None
    return int(factor) if factor else 1


def _scaled(value: str, factor: int) -> str:
    try:
        number = Decimal(value) * factor
    except InvalidOperation:
        return value
    text = format(number.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def number_values(text: str, lang: str) -> list[frozenset[str]]:
    """Every quantity of ``text`` as the set of values it may be written as in a translation:
    ``{"1.6", "1600"}`` for ``1,6 тыс.``, ``{"10"}`` for the month of ``16 жовтня``."""
    found: list[frozenset[str]] = []
    for match in NUMBER.finditer(text):
        run = match.group().rstrip(_TRAILING)
        values = parse_number(run, lang)
        factor = _scale_after(text, match.start() + len(run))
        for i, value in enumerate(values):
            last = i == len(values) - 1
            found.append(frozenset({value, _scaled(value, factor)}) if last and factor > 1 else frozenset({value}))
    found.extend(frozenset({month}) for month in month_numbers(text, lang))
    return found


def missing_quantities(source: str, source_lang: str, target: str, lang: str) -> list[str]:
    """Source quantities with no counterpart of the same value in the target, with multiplicity;
    each is reported as written in the source (its smallest value: ``"1.6"`` for 1.6 thousand)."""
    left: list[frozenset[str]] = number_values(target, lang)
    missing, matched = [], []
    for quantity in number_values(source, source_lang):
        match = _first_overlap(quantity, left)
        if match is None:
            missing.append(quantity)
        else:
            matched.append(left.pop(match))
    if missing and source_lang != lang:
        # A translation (or a copied segment) may keep the source's way of writing a number: "1,600"
        # left as it was reads as 1.6 by Ukrainian rules but is the same 1600. Each target number
        # counts once, however it is read.
        as_written = number_values(target, source_lang)
        for quantity in matched:
            found = _first_overlap(quantity, as_written)
            if found is not None:
                del as_written[found]
        kept = []
        for quantity in missing:
            found = _first_overlap(quantity, as_written)
            if found is None:
                kept.append(quantity)
            else:
                del as_written[found]
        missing = kept
    if missing:
        missing = _said_otherwise(missing, source, source_lang, target, lang, unmatched=left)
    return [min(quantity, key=lambda v: (len(v), v)) for quantity in missing]


def _said_otherwise(
    missing: list[frozenset[str]], source: str, source_lang: str, target: str, lang: str, unmatched: list[frozenset[str]]
) -> list[frozenset[str]]:
    """The missing figures less those the target gives as the same amount in other words: a number word
    ("12" as дванадцять), another unit (150 miles as 240 км), the 24-hour clock (3:20 pm as 15:20), a half
    (30 minutes as полчаса). Each target amount accounts for one source amount, and one whose figures all
    matched source figures already accounts for none."""
    left = list(missing)
    free = list(unmatched)

    def available(t: Quantity) -> bool:  # a number word, or figures not all matched already (15 of 15:20)
        figures = number_values(target[t.start : t.end], lang)
        unused = [f for f in figures if f in free]
        if figures and not unused:
            return False
        for f in unused:
            free.remove(f)
        return True

    targets = [t for t in amounts(target, lang) if available(t)]
    for q in amounts(source, source_lang):
        written = [w for w in number_values(source[q.start : q.end], source_lang) if w in left]
        if not written:
            continue  # an amount none of whose figures is missing (or written without figures)
        match = next((t for t in targets if t.same_as(q)), None)
        if match is None:
            continue
        targets.remove(match)
        for w in written:  # "3" of 3:20 pm given as 15:20, whose "20" was matched already
            left.remove(w)
    return left


def _first_overlap(quantity: frozenset[str], candidates: Sequence[frozenset[str]]) -> int | None:
    # A plain match first, so "1.6 thousand … 1600" does not take the 1600 that another number needs.
    for index, candidate in enumerate(candidates):
        if candidate == quantity:
            return index
    for index, candidate in enumerate(candidates):
        if candidate & quantity:
            return index
    return None


def amounts(text: str, lang: str) -> list[Quantity]:
    """The quantities of ``text`` that are amounts, not the day of a date ("14 марта", "Apr 8")."""
    days = date_days(text, lang)
    return [q for q in quantities(text, lang) if not any(q.start <= start < q.end for start, _e, _m, _d in days)]
