"""The names monarchs and popes reign under, as Ukrainian, Russian and Hungarian write them.

A regnal name is translated, not transliterated (Charles III is Карл III and III. Károly, Pope Leo XIV
Лев XIV and XIV. Leó), so neither match keys nor CLDR find it from the English. Hungarian writes the
number first, as an ordinal: "II. Erzsébet". Written from general knowledge of the names; a name is
listed once, in English, with its forms in uk, ru and hu.
"""

from __future__ import annotations

from ..text.segmentation import ROMAN_NUMERAL

__all__ = ["REGNAL_NAMES", "regnal_forms"]

# fmt: off
REGNAL_NAMES: dict[str, dict[str, str]] = {
    "Elizabeth": {"uk": "Єлизавета", "ru": "Елизавета", "hu": "Erzsébet"},
    "Charles": {"uk": "Карл", "ru": "Карл", "hu": "Károly"},
    "George": {"uk": "Георг", "ru": "Георг", "hu": "György"},
    "William": {"uk": "Вільгельм", "ru": "Вильгельм", "hu": "Vilmos"},
    "Edward": {"uk": "Едуард", "ru": "Эдуард", "hu": "Eduárd"},
    "Henry": {"uk": "Генріх", "ru": "Генрих", "hu": "Henrik"},
    "James": {"uk": "Яків", "ru": "Яков", "hu": "Jakab"},
    "Mary": {"uk": "Марія", "ru": "Мария", "hu": "Mária"},
    "Victoria": {"uk": "Вікторія", "ru": "Виктория", "hu": "Viktória"},
    "Louis": {"uk": "Людовик", "ru": "Людовик", "hu": "Lajos"},
    "Philip": {"uk": "Філіп", "ru": "Филипп", "hu": "Fülöp"},
    "Felipe": {"uk": "Феліпе", "ru": "Фелипе", "hu": "Fülöp"},
    "Frederick": {"uk": "Фрідріх", "ru": "Фридрих", "hu": "Frigyes"},
    "Nicholas": {"uk": "Микола", "ru": "Николай", "hu": "Miklós"},
    "Peter": {"uk": "Петро", "ru": "Пётр", "hu": "Péter"},
    "Catherine": {"uk": "Катерина", "ru": "Екатерина", "hu": "Katalin"},
    "Alexander": {"uk": "Олександр", "ru": "Александр", "hu": "Sándor"},
    "Francis": {"uk": "Франциск", "ru": "Франциск", "hu": "Ferenc"},
    "Leo": {"uk": "Лев", "ru": "Лев", "hu": "Leó"},
    "Benedict": {"uk": "Бенедикт", "ru": "Бенедикт", "hu": "Benedek"},
    "John Paul": {"uk": "Іван Павло", "ru": "Иоанн Павел", "hu": "János Pál"},
    "John": {"uk": "Іван", "ru": "Иоанн", "hu": "János"},
    "Paul": {"uk": "Павло", "ru": "Павел", "hu": "Pál"},
    "Pius": {"uk": "Пій", "ru": "Пий", "hu": "Piusz"},
    "Gregory": {"uk": "Григорій", "ru": "Григорий", "hu": "Gergely"},
    "Innocent": {"uk": "Інокентій", "ru": "Иннокентий", "hu": "Ince"},
    "Clement": {"uk": "Климент", "ru": "Климент", "hu": "Kelemen"},
}
# fmt: on


def regnal_forms(name: str, lang: str) -> tuple[str, ...]:
    """The forms of a regnal name ("Charles III", "Pope Leo XIV") in ``lang``: ``("Карл III",)``,
    ``("XIV. Leó",)``; none for a name that is not a listed name and a Roman numeral."""
    words = name.split()
    if len(words) < 2 or not ROMAN_NUMERAL.fullmatch(words[-1]):
        return ()
    numeral = words[-1]
    for length in (2, 1):  # "John Paul II" before "Paul"
        given = " ".join(words[-1 - length : -1])
        local = REGNAL_NAMES.get(given, {}).get(lang)
        if local and len(words) - 1 >= length:
            return (f"{numeral}. {local}",) if lang == "hu" else (f"{local} {numeral}",)
    return ()
