"""News terms by stem in the four languages."""

from __future__ import annotations

import pytest

from translate.alignment.lexicon import ROLES, TERMS, term_spans, terms


@pytest.mark.parametrize(
    ("sentence", "lang"),
    [
        ("Orban urged a quick ceasefire before peace talks.", "en"),
        ("Орбан закликав до припинення вогню перед мирними переговорами.", "uk"),
        ("Орбан призвал к прекращению огня перед мирными переговорами.", "ru"),
        ("Orbán tűzszünetet sürgetett a tárgyalások előtt.", "hu"),
    ],
)
def test_one_statement_names_the_same_terms_in_every_language(sentence: str, lang: str) -> None:
    assert {"ceasefire", "talks"} <= terms(sentence, lang)


def test_every_term_has_stems_in_all_four_languages() -> None:
    for concept, stems in TERMS.items():
        assert set(stems) == {"en", "uk", "ru", "hu"}, concept


def test_stems_need_a_word_start() -> None:
    assert "oil" not in terms("The soil was dry.", "en")


def test_roles_are_terms_of_the_table() -> None:
    assert ROLES <= set(TERMS)
    assert {"president", "prime-minister"} <= terms("Прем'єр-міністр зустрівся з президентом.", "uk")


def test_term_spans_say_where_the_terms_are() -> None:
    text = "Talks on a ceasefire."
    assert sorted(text[a:b] for a, b in term_spans(text, "en")) == ["Talks", "ceasefire"]


@pytest.mark.parametrize(
    ("sentence", "lang", "concepts"),
    [
        ("Only a few issues remain unresolved; some are not that significant.", "en", {"remaining", "points", "significant"}),
        ("Залишилося зовсім небагато. Деякі не настільки значущі.", "uk", {"remaining", "significant"}),
        ("В следующий раз в Москве? Осталось несколько пунктов.", "ru", {"next-time", "remaining", "points"}),
        ("Legközelebb Moszkvában találkozunk, néhány lezáratlan kérdésben.", "hu", {"next-time", "remaining", "points"}),
        ("Угорщина отримала безстрокове звільнення від санкцій.", "uk", {"time-limit", "exemption", "sanctions"}),
        ("Putin smiled as the reporters asked about the red carpet.", "en", {"smile", "journalists", "red-carpet"}),
        ("Путин улыбнулся журналистам на красной дорожке.", "ru", {"smile", "journalists", "red-carpet"}),
    ],
)
def test_general_news_vocabulary_matches_inflected_forms(sentence: str, lang: str, concepts: set[str]) -> None:
    assert concepts <= terms(sentence, lang)


def test_first_is_the_word_not_its_compounds() -> None:
    assert "first" in terms("Ez az első látogatása.", "hu")
    assert "first" not in terms("Az elsőszámú útvonal.", "hu")  # number one, not first
    assert "first" not in terms("Первоначально он отказался.", "ru")


def test_the_vocabulary_file_extends_the_table_in_all_four_languages() -> None:
    from translate.alignment.lexicon import all_terms, vocabulary

    table = vocabulary()
    assert len(table) >= 500 and not set(table) & set(TERMS)
    for concept, stems in table.items():
        assert set(stems) == {"en", "uk", "ru", "hu"} and all(stems.values()), concept
        for lang, options in stems.items():
            for stem in options:
                assert stem == stem.lower() and stem[:1].isalnum(), (concept, lang, stem)
                assert len(stem.strip()) >= 4 or stem.endswith(" ") or " " in stem.strip(), (concept, lang, stem)  # short: whole word
    assert set(all_terms()) == set(TERMS) | set(table)
    assert {"plane", "crash"} & terms("Самолёт разбился под Тверью.", "ru")
    # what the aligner reads otherwise is no term, or one fact would count twice
    assert terms("On Friday, 5 August, after 3 hours, $5 million, 10 percent", "en") == set()


def test_a_concept_inside_a_longer_one_is_the_longer_one_only() -> None:
    assert terms("water levels had already risen", "en") == {"water-level"}
    assert terms("Падает уровень воды", "ru") == {"water-level"}
    assert "minister" not in terms("Prime Minister Viktor Orban", "en")
    assert {"minister", "prime-minister"} <= terms("the minister met the prime minister", "en")  # each on its own too


def test_finding_terms_through_first_letters_finds_what_every_pattern_finds() -> None:
    import re

    from support.paths import ROOT

    from translate.alignment.lexicon import _candidates, _normal, all_terms

    compiled = {
        lang: [
            (concept, re.compile(r"(?<!\w)(?:" + r"\w*\s+".join(re.escape(w) for w in stem.split())
                                 + (r"(?!\w)" if stem.endswith(" ") else "") + ")"))
            for concept, stems in all_terms().items() for stem in stems.get(lang, ())
        ]
        for lang in ("en", "uk", "ru", "hu")
    }

    def every_pattern(sentence: str, lang: str) -> set[str]:
        text = " ".join(sentence.split()).lower()
        return {concept for concept, pattern in compiled[lang] if pattern.search(text)}

    for path in sorted((ROOT / "tests" / "data" / "coverage").glob("*/*.txt")):
        lang = "en" if path.name == "en.txt" else path.name[:2]
        # Every third line of each text: some 700 real sentences in the four languages, a number that stays
        # bounded as the gold set grows (every pattern against every line took half a minute at 33 stories).
        for line in path.read_text(encoding="utf-8").splitlines()[::3]:
            # The index offers every concept some pattern of which matches (terms() then keeps the longest).
            assert every_pattern(line, lang) <= {concept for concept, _pattern in _candidates(_normal(line), lang)}, line


@pytest.mark.parametrize(
    ("sentence", "lang", "absent"),
    [
        ("The talks reached a deadlock.", "en", "killed"),
        ("В полночь он получил полномочия.", "ru", "complete"),
        ("Это долгосрочный план.", "ru", "debt"),
        ("A kölcsönös bizalom fontos.", "hu", "debt"),
        ("Пресс-секретарь сообщил о встрече.", "ru", "secret"),
        ("Секретар Ради безпеки пішов з посади.", "uk", "secret"),
    ],
)
def test_a_stem_does_not_name_a_word_of_another_meaning(sentence: str, lang: str, absent: str) -> None:
    assert absent not in terms(sentence, lang)


def test_a_secretary_is_the_same_office_in_every_language() -> None:
    english = terms("Shoigu becomes secretary of the Security Council.", "en")
    assert "secretary" in english
    for sentence, lang in [("Шойгу став секретарем Ради безпеки.", "uk"), ("Шойгу назначен секретарем Совбеза.", "ru"), ("Sojgu a tanács titkára lett.", "hu")]:
        assert "secretary" in terms(sentence, lang), (sentence, lang)


def test_inflected_forms_are_terms_and_look_alikes_are_not() -> None:
    from translate.alignment.lexicon import terms

    assert "first" in terms("У першому турі він переміг.", "uk") and "peace" in terms("A békéért imádkoztak.", "hu")
    assert "attack" not in terms("Наступного тижня відбудеться зустріч.", "uk") and "attack" in terms("Почався наступ.", "uk")
    assert "dispute" not in terms("Спортсмен выиграл.", "ru") and "court" not in terms("Судьба решена.", "ru")
    assert "hope" not in terms("Надежный партнер.", "ru") and "price" not in terms("Подорож до Києва.", "uk")


def test_a_hungarian_verb_with_its_prefix_after_it_and_agents_not_agencies() -> None:
    assert {"arrest", "agent"} <= terms("Az SZBU két ügynököt tartóztatott le.", "hu")
    assert "air-defence" in terms("A gépet egy rakétával lőtték le.", "hu")
    assert "resignation" in terms("Novák Katalin mondott le.", "hu")
    assert "agent" in terms("Задержаны два агента.", "ru") and "agent" not in terms("Об этом сообщило агентство.", "ru")
    assert {"guilt", "verdict"} <= terms("They were found guilty and sentenced.", "en")
    assert "air-defence" in terms("MH17 was brought down over Ukraine.", "en") and "first" not in terms("у поселка Первомайский", "ru")
