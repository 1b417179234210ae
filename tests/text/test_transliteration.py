"""Romanisation, cross-language name keys and their similarity."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from translate.text.transliteration import consonants, match_key, similar, to_latin

TO_LATIN = [
    ("Зеленський", "uk", "zelenskyi"),
    ("Зеленский", "ru", "zelenskii"),
    ("Київ", "uk", "kyiv"),
    ("Києві", "uk", "kyievi"),
    ("Юрій Литвин", "uk", "yurii lytvyn"),
    ("Згорани", "uk", "zghorany"),  # зг is zgh, not zh
    ("Щастя", "uk", "shchastia"),
    ("м’ясо", "uk", "miaso"),  # the apostrophe inside a Ukrainian word is dropped
    ("Харків", "uk", "kharkiv"),
    ("Пєсков", "uk", "pieskov"),
    ("Хрущёв", "ru", "khrushchev"),
    ("Объединённых", "ru", "obedinennykh"),
    ("Путин, Трамп и Орбан", "ru", "putin, tramp i orban"),
    ("Szijjártó Péter", "hu", "szijjarto peter"),
    ("Orbán Viktor", "hu", "orban viktor"),
    ("Trump’s plan", "en", "trump's plan"),
]


@pytest.mark.parametrize(("text", "lang", "expected"), TO_LATIN)
def test_to_latin(text: str, lang: str, expected: str) -> None:
    assert to_latin(text, lang) == expected


@given(st.text(max_size=60), st.sampled_from(["en", "uk", "ru", "hu"]))
def test_to_latin_is_lowercase_ascii(text: str, lang: str) -> None:
    out = to_latin(text, lang)
    assert out.isascii()
    assert out == out.lower()


# Each group: the same name as en, uk, ru and hu (inflected forms included) gets one key.
SAME_KEY = [
    ("putin", [("Putin", "en"), ("Путін", "uk"), ("Путин", "ru"), ("Putyin", "hu")]),
    ("zelenski", [("Zelensky", "en"), ("Зеленський", "uk"), ("Зеленский", "ru"), ("Zelenszkij", "hu")]),
    ("budapest", [("Budapest", "en"), ("Будапешт", "uk"), ("Будапешт", "ru"), ("Budapest", "hu")]),
    ("kiv", [("Kyiv", "en"), ("Київ", "uk"), ("Киев", "ru"), ("Kijev", "hu")]),
    ("vladimir", [("Vladimir", "en"), ("Владимир", "ru"), ("Vlagyimir", "hu")]),
    ("orban", [("Orbán", "hu"), ("Орбан", "uk"), ("Orban", "en")]),
    ("gamas", [("Hamas", "en"), ("ХАМАС", "ru"), ("Hamász", "hu")]),
    ("vasington", [("Washington", "en"), ("Вашингтон", "ru")]),
    ("siarto", [("Szijjártó", "hu"), ("Сійярто", "uk")]),
    ("savcuk", [("Savchuk", "en"), ("Савчук", "uk"), ("Szavcsuk", "hu")]),
    ("dzonson", [("Johnson", "en"), ("Джонсон", "uk")]),
    ("makron", [("Macron", "en"), ("Макрон", "ru")]),
    ("litvin", [("Lytvyn", "en"), ("Литвин", "uk"), ("Litvin", "hu")]),
    ("peskov", [("Peskov", "en"), ("Песков", "ru"), ("Peszkov", "hu")]),
    ("ves", [("Wes", "en"), ("Уэс", "ru"), ("Вес", "uk")]),  # English W before a vowel is У in Russian
    ("viliam", [("William", "en"), ("Уильям", "ru"), ("Вільям", "uk")]),
    ("guper", [("Hooper", "en"), ("Хупер", "ru")]),  # English oo is у
]


@pytest.mark.parametrize(("key", "spellings"), SAME_KEY, ids=[g[0] for g in SAME_KEY])
def test_match_key_groups(key: str, spellings: list[tuple[str, str]]) -> None:
    assert {match_key(word, lang) for word, lang in spellings} == {key}


# Inflected forms and near spellings: similar enough to match the base form.
SIMILAR = [
    (("Putin", "en"), ("Путіним", "uk")),
    (("Putin", "en"), ("Путина", "ru")),
    (("Putin", "en"), ("Putyinnal", "hu")),
    (("Путина", "ru"), ("Putyinnal", "hu")),
    (("Budapest", "en"), ("Budapesten", "hu")),
    (("Budapest", "en"), ("Будапешті", "uk")),
    (("Budapest", "en"), ("Budapestről", "hu")),
    (("Trump", "en"), ("Трамп", "uk")),
    (("Trump", "en"), ("Трампом", "ru")),
    (("Trump", "en"), ("Trumppal", "hu")),
    (("Zelensky", "en"), ("Зеленським", "uk")),
    (("Zelensky", "en"), ("Zelenszkijjel", "hu")),
    (("Kyiv", "en"), ("Kijevben", "hu")),
    (("Kyiv", "en"), ("Києві", "uk")),
    (("Moscow", "en"), ("Москва", "ru")),
    (("Oleksandr", "en"), ("Олександр", "uk")),
    (("Oleksandr", "en"), ("Olekszandr", "hu")),
    (("Kraiev", "en"), ("Краєв", "uk")),
]


@pytest.mark.parametrize(("a", "b"), SIMILAR, ids=[f"{a[0]}-{b[0]}" for a, b in SIMILAR])
def test_similar_forgives_inflection(a: tuple[str, str], b: tuple[str, str]) -> None:
    assert similar(match_key(*a), match_key(*b)) >= 0.78


DIFFERENT = [
    (("Putin", "en"), ("Pekin", "en")),
    (("Trump", "en"), ("Orbán", "hu")),
    (("Orbán", "hu"), ("Obama", "en")),
    (("Rubio", "en"), ("Rome", "en")),
    (("Kyiv", "en"), ("Budapest", "en")),
    (("Zelensky", "en"), ("Зеленодольск", "ru")),
    (("Peskov", "en"), ("Путин", "ru")),
    (("Vereshchuk", "en"), ("Vöröskereszt", "hu")),  # one skeleton begins the other's: no case ending is -rst
]


@pytest.mark.parametrize(("a", "b"), DIFFERENT, ids=[f"{a[0]}-{b[0]}" for a, b in DIFFERENT])
def test_similar_keeps_different_names_apart(a: tuple[str, str], b: tuple[str, str]) -> None:
    assert similar(match_key(*a), match_key(*b)) < 0.75


def test_similar_edge_cases() -> None:
    assert similar("", "") == 0.0
    assert similar("putin", "") == 0.0
    assert similar("putin", "putin") == 1.0
    assert consonants("tramp") == consonants("trump") == "trmp"


keys = st.text(alphabet="abcdefgiklmnoprstuvz", max_size=14)


@given(keys, keys)
def test_similar_is_symmetric_and_bounded(a: str, b: str) -> None:
    value = similar(a, b)
    assert 0.0 <= value <= 1.0
    assert value == similar(b, a)
    if a and a == b:
        assert value == 1.0


@given(st.text(max_size=30), st.sampled_from(["en", "uk", "ru", "hu", "de"]))
def test_match_key_is_lowercase_ascii_letters(word: str, lang: str) -> None:
    key = match_key(word, lang)
    assert key == "" or (key.isascii() and key.isalpha() and key == key.lower())


def test_only_a_capital_u_before_a_vowel_stands_for_english_w() -> None:
    assert match_key("уезд", "ru") == "uezd" and match_key("Уэльс", "ru") == "vels"


@pytest.mark.parametrize(
    ("english", "local", "lang"),
    [("Yelabuga", "Елабуга", "ru"), ("Yelabuga", "Єлабуга", "uk"), ("Yermak", "Єрмак", "uk"), ("Yevgeny", "Jevgenyij", "hu"), ("Yemen", "Йемен", "ru")],
)
def test_an_initial_ye_is_the_cyrillic_initial_e(english: str, local: str, lang: str) -> None:
    assert match_key(english, "en") == match_key(local, lang)


def test_an_english_text_spells_a_hungarian_name_as_hungarian_does() -> None:
    assert match_key("Szijjarto", "en") == match_key("Szijjártó", "hu") == match_key("Сійярто", "uk") == match_key("Сийярто", "ru")
    assert match_key("John", "en") == match_key("Джон", "ru")  # an English j is still дж


@pytest.mark.parametrize(
    ("english", "local", "lang"),
    [("Whelan", "Уилан", "ru"), ("Przewodow", "Пшеводув", "uk"), ("Krzysztof", "Кшиштоф", "ru"), ("Trzaskowski", "Тшасковский", "ru"),
     ("Guglielmi", "Гульєлмі", "uk"), ("Castiglione", "Кастильоне", "ru")],
)
def test_english_wh_polish_clusters_and_italian_gli_are_keyed_as_they_sound(english: str, local: str, lang: str) -> None:
    assert similar(match_key(english, "en"), match_key(local, lang)) >= 0.9
    assert match_key("Erzsébet", "hu") == match_key("Ержебет", "ru")  # a Hungarian rz is no Polish cluster
