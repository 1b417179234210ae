"""Projection: entities found in translations through forms, CLDR names, a phrase translator and transliteration."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.entity_documents import GLOSSARY, check_offsets, make_document, surfaces

from translate.entities import GlossaryEntry, find_entities
from translate.entities.projection import defined_acronyms, patterns, project_sentence, without_others_names
from translate.entities.sources import source_entities
from translate.errors import UsageError
from translate.text.segmentation import split_sentences
from translate.types import Document, Link, TargetSentence, Translation

NAMES = ["Trump", "Путіним", "Putyinnal", "Budapesten", "Зеленский", "Kijev", "Fehér Házba", "Київ"]


text_piece = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)


def test_inflected_and_transliterated_forms_are_found_with_one_id_everywhere() -> None:
    doc = find_entities(make_document(), ner=None, glossary=GLOSSARY)
    check_offsets(doc)
    assert [e.id for e in doc.entities] == [f"E{i}" for i in range(1, len(doc.entities) + 1)]
    assert [e.text for e in doc.entities][:4] == ["Donald Trump", "Vladimir Putin", "Budapest", "Volodymyr Zelensky"]
    assert surfaces(doc, "Vladimir Putin", "uk") == ["Путіним"]
    assert surfaces(doc, "Vladimir Putin", "ru") == ["Владимиром Путиным"]
    assert surfaces(doc, "Vladimir Putin", "hu") == ["Vlagyimir Putyinnal"]
    assert surfaces(doc, "Budapest", "hu") == ["Budapesten"]
    assert surfaces(doc, "Budapest", "uk") == ["Будапешті"]
    assert surfaces(doc, "White House", "hu") == ["Fehér Házba"]
    assert surfaces(doc, "White House", "uk") == ["Білий дім"]
    assert surfaces(doc, "Volodymyr Zelensky", "hu") == ["Zelenszkij"]
    assert surfaces(doc, "Ukraine", "hu") == ["Ukrajnában"]  # Kelet- is not part of the name
    assert surfaces(doc, "Kyiv", "ru") == ["Киеву"]
    # "Trump" alone (the surname) is the same entity as "Donald Trump", in every language.
    assert surfaces(doc, "Donald Trump", "en") == ["Donald Trump", "Trump"]
    assert surfaces(doc, "Donald Trump", "uk") == ["Дональд Трамп", "Трамп"]
    assert not any(s.flags for t in doc.translations.values() for s in t.sentences)


def test_cldr_place_names_without_glossary_forms() -> None:
    en = "Hungary and Ukraine signed the deal in Moscow."
    targets = {"uk": "Угорщина та Україна підписали угоду в Москві.", "hu": "Magyarország és Ukrajna Moszkvában írta alá."}
    doc = find_entities(make_document(en, targets), ner=None, glossary=[GlossaryEntry("Hungary", "LOC"), GlossaryEntry("Moscow", "LOC")])
    assert surfaces(doc, "Hungary", "uk") == ["Угорщина"]
    assert surfaces(doc, "Hungary", "hu") == ["Magyarország"]
    assert surfaces(doc, "Moscow", "hu") == ["Moszkvában"]
    assert surfaces(doc, "Moscow", "uk") == ["Москві"]


def test_a_regnal_number_is_itself_only_and_no_surname() -> None:
    en = "Queen Elizabeth II died at Buckingham Palace."
    targets = {"ru": "Королева Елизавета II умерла в Букингемском дворце, новым королём стал Карл III.",
               "uk": "Королева Єлизавета II померла, повідомили в Букінгемському палаці."}
    doc = find_entities(make_document(en, targets), ner=None, glossary=[GlossaryEntry("Elizabeth II", "PER"), GlossaryEntry("Buckingham Palace", "LOC")])
    assert surfaces(doc, "Elizabeth II", "ru") == ["Елизавета II"]  # not Карл III: match keys fold III into II
    assert surfaces(doc, "Elizabeth II", "uk") == ["Єлизавета II"]
    # a palace's case with its fleeting vowel (дворец → дворце, дворца) and the place table's Ukrainian name
    assert surfaces(doc, "Buckingham Palace", "ru") == ["Букингемском дворце"]
    assert surfaces(doc, "Buckingham Palace", "uk") == ["Букінгемському палаці"]


def test_short_forms_of_territories_are_mentions() -> None:
    en = "The United States and the European Union agreed."
    targets = {"uk": "США та ЄС домовилися.", "ru": "США и ЕС договорились.", "hu": "Az USA és az EU-ban megállapodtak."}
    glossary = [GlossaryEntry("United States", "LOC"), GlossaryEntry("European Union", "ORG")]
    doc = find_entities(make_document(en, targets), ner=None, glossary=glossary)
    assert surfaces(doc, "United States", "uk") == ["США"] and surfaces(doc, "European Union", "uk") == ["ЄС"]
    assert surfaces(doc, "European Union", "ru") == ["ЕС"]
    assert surfaces(doc, "United States", "hu") == ["USA"] and surfaces(doc, "European Union", "hu") == ["EU"]


def test_translate_callable_supplies_forms_for_names_it_translates() -> None:
    en = "The talks took place at the Pentagon."
    targets = {"uk": "Переговори відбулися в Пентагоні."}
    seen: list[tuple[list[str], str]] = []

    def translate(phrases: list[str], lang: str) -> list[str]:
        seen.append((phrases, lang))
        return ["Пентагон" if p == "Pentagon" else p for p in phrases]

    doc = find_entities(make_document(en, targets), ner=None, glossary=[GlossaryEntry("Pentagon", "ORG")], translate=translate)
    assert seen == [(["Pentagon"], "uk")]
    assert surfaces(doc, "Pentagon", "uk") == ["Пентагоні"]


def test_translate_callable_must_answer_one_phrase_per_name() -> None:
    with pytest.raises(UsageError, match=r"^the translate function returned 0 phrases for 1; it must return one per phrase$"):
        find_entities(make_document(), ner=None, glossary=[GlossaryEntry("Budapest", "LOC")], translate=lambda p, lang: [])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(text_piece, st.sampled_from(NAMES)), min_size=1, max_size=4), text_piece)
def test_projected_offsets_slice_inside_their_sentence(pieces: list[tuple[str, str]], tail: str) -> None:
    target = "".join(a + " " + name + " " for a, name in pieces) + tail
    doc = Document(
        "en",
        "Trump met Putin in Budapest and Zelensky in Kyiv at the White House.",
        tuple(split_sentences("Trump met Putin in Budapest and Zelensky in Kyiv at the White House.", "en")),
        {"uk": Translation("uk", target, (TargetSentence(0, target),), (Link((0,), (0,)),))},
        "",
    )
    glossary = [*GLOSSARY, GlossaryEntry("Putin", "PER"), GlossaryEntry("Zelensky", "PER")]
    result = find_entities(doc, ner=None, glossary=glossary)
    check_offsets(result)
    for entity in result.entities:
        for m in entity.mentions.get("en", ()):
            assert result.sentences[m.sentence].text[m.start : m.end] in (entity.text, entity.text.split()[-1])


def test_shared_first_name_goes_to_the_neighbouring_surname() -> None:
    en = "Volodymyr Zelensky spoke. He wants to meet Vladimir Putin soon."
    uk = "Володимир Зеленський виступив. Він хоче зустрітися з Володимиром Путіним."
    glossary = [
        GlossaryEntry("Volodymyr Zelensky", "PER", {"uk": ("Володимир Зеленський",)}),
        GlossaryEntry("Vladimir Putin", "PER", {"uk": ("Володимир Путін",)}),
    ]
    doc = find_entities(make_document(en, {"uk": uk}), ner=None, glossary=glossary)
    assert surfaces(doc, "Vladimir Putin", "uk") == ["Володимиром Путіним"]
    assert surfaces(doc, "Volodymyr Zelensky", "uk") == ["Володимир Зеленський"]


def test_multi_word_organisations_need_more_than_a_common_word() -> None:
    en = "Hungarian experts praised the Hungarian National Museum."
    hu = "Magyar szakértők dicsérték a Magyar Nemzeti Múzeumot."
    doc = find_entities(make_document(en, {"hu": hu}), ner=None, glossary=[GlossaryEntry("Hungarian National Museum", "ORG", {"hu": ("Magyar Nemzeti Múzeum",)})])
    assert surfaces(doc, "Hungarian National Museum", "hu") == ["Magyar Nemzeti Múzeumot"]


def test_project_sentence_gives_entity_index_and_offsets() -> None:
    sources = source_entities(["Orban met Zelensky."], [GlossaryEntry("Viktor Orban", "PER"), GlossaryEntry("Volodymyr Zelensky", "PER")], [[]])
    candidates = [(i, patterns(e, "uk", None)) for i, e in enumerate(sources)]
    text = "Орбан зустрівся із Зеленським."
    found = project_sentence(text, "uk", candidates, sources)
    assert [(sources[i].text, text[a:b]) for i, a, b in found] == [("Viktor Orban", "Орбан"), ("Volodymyr Zelensky", "Зеленським")]


def _found(english: str, glossary: list[GlossaryEntry], text: str, lang: str) -> list[tuple[str, str]]:
    sources = source_entities([english], glossary, [[]])
    candidates = list(enumerate(without_others_names([patterns(e, lang, None) for e in sources], sources)))
    return [(sources[i].text, text[a:b]) for i, a, b in project_sentence(text, lang, candidates, sources)]


def test_names_the_press_writes_in_lower_case_are_found_but_not_their_demonyms() -> None:
    glossary = [GlossaryEntry("Vladimir Putin", "PER"), GlossaryEntry("Russia", "LOC")]
    text = "Ордер на арешт путіна видали, а росії це не сподобалося; росіяни мовчать."
    assert _found("Putin and Russia.", glossary, text, "uk") == [("Vladimir Putin", "путіна"), ("Russia", "росії")]


def test_a_later_word_of_a_translated_name_may_be_lower_case_but_is_no_name_alone() -> None:
    glossary = [GlossaryEntry("Security Council", "ORG"), GlossaryEntry("European Union", "ORG")]
    assert _found("The Security Council met.", glossary, "Засідання Ради безпеки відбулося.", "uk") == [("Security Council", "Ради безпеки")]
    assert _found("The European Union met.", glossary, "Az uniós tagállamok vezetői.", "hu") == []


def test_a_country_adjective_alone_is_a_nationality_but_a_town_adjective_names_a_thing() -> None:
    glossary = [GlossaryEntry("Ukraine", "LOC"), GlossaryEntry("Kakhovka", "LOC"), GlossaryEntry("Kherson", "LOC")]
    text = "Українська делегація прибула до Херсонської області після підриву Каховської ГЕС в Україні."
    assert _found("Ukraine, Kakhovka, Kherson.", glossary, text, "uk") == [
        ("Kherson", "Херсонської"), ("Kakhovka", "Каховської"), ("Ukraine", "Україні"),
    ]


def test_a_one_word_name_wins_over_the_same_word_inside_a_longer_one() -> None:
    # "Oroszországgal" matches Oroszország and the "Oroszországi" of "Oroszországi Föderáció" alike.
    glossary = [GlossaryEntry("Russian Federation", "LOC")]
    assert _found("The Russian Federation.", glossary, "Tárgyaltak Oroszországgal.", "hu") == [("Russian Federation", "Oroszországgal")]


def test_ukrainian_locatives_alternate_their_last_consonant() -> None:
    assert _found("The Hague.", [GlossaryEntry("The Hague", "LOC")], "Суд у Гаазі вирішив.", "uk") == [("The Hague", "Гаазі")]


def test_initials_of_a_body_are_its_mentions_in_english_and_latin_script() -> None:
    glossary = [GlossaryEntry("International Criminal Court", "ORG")]
    sources = source_entities(["The International Criminal Court (ICC) said the ICC would act."], glossary, [[]])
    assert len(sources[0].mentions) == 3
    assert _found("The International Criminal Court.", glossary, "Az ICC elfogatóparancsot adott ki.", "hu") == [("International Criminal Court", "ICC")]


def test_a_common_word_of_a_longer_name_is_no_mention_alone() -> None:
    glossary = [GlossaryEntry("News.Az", "ORG"), GlossaryEntry("Defense Ministry", "ORG"), GlossaryEntry("Wagner Group", "ORG")]
    text = "Az orosz Minister szerint a Wagner visszavonult."
    assert _found("News.Az, the Defense Ministry and the Wagner Group.", glossary, text, "hu") == [("Wagner Group", "Wagner")]


def test_an_acronym_a_text_defines_after_a_name_is_that_name_everywhere_in_it() -> None:
    sentences = ["Міжнародний кримінальний суд (МКС) видав ордер.", "МКС не має поліції, а ООН мовчить.", "Суд (МКС) і трибунал (МКС)."]
    mentions = [(0, 0, 0, 28), (1, 2, 0, 3), (2, 2, 11, 19)]  # the court, then two others define МКС too
    assert defined_acronyms(sentences[:2], mentions[:1]) == [(0, 0, 30, 33), (0, 1, 0, 3)]
    assert defined_acronyms(sentences, mentions) == []  # defined for two entities: for neither


def test_a_common_word_that_begins_like_a_place_is_no_mention_of_it() -> None:
    glossary = [GlossaryEntry("Crimea", "LOC")]
    assert _found("Crimea.", glossary, "Крім того, у Криму вибухи.", "uk") == [("Crimea", "Криму")]


def test_a_channel_or_company_named_after_a_place_is_not_the_place() -> None:
    glossary = [GlossaryEntry("Russia", "LOC"), GlossaryEntry("Moldova", "LOC"), GlossaryEntry("Europe", "LOC")]
    text = "Телеканал «Россия 24» сообщил, что «Газпром» уведомил «Молдовагаз», а Молдову и Европу предупредили."
    assert _found("Russia, Moldova, Europe.", glossary, text, "ru") == [("Moldova", "Молдову"), ("Europe", "Европу")]


def test_the_english_side_finds_a_countrys_other_english_name() -> None:
    sources = source_entities(["Not on the Russian Federation, he wrote."], [GlossaryEntry("Russia", "LOC")], [[]])
    assert [(s.text, s.mentions) for s in sources] == [("Russia", [(0, 11, 29)])]


def test_a_named_thing_is_found_by_its_translated_name_with_its_number() -> None:
    glossary = [GlossaryEntry("Nord Stream", "MISC")]
    text = "Утечки обнаружены на «Северном потоке» и на «Северном потоке-2»."
    assert _found("Nord Stream leaked.", glossary, text, "ru") == [("Nord Stream", "Северном потоке")] * 2


@pytest.mark.parametrize(
    ("lang", "text", "found"),
    [
        ("uk", "Витік на Північному потоці; з часів холодної війни; холодна вода.", [("Nord Stream", "Північному потоці"), ("Cold War", "холодної війни")]),
        ("ru", "Утечка на «Северном потоке» после холодной войны; холодный ветер.", [("Nord Stream", "Северном потоке"), ("Cold War", "холодной войны")]),
        ("hu", "Az Északi Áramlaton a hidegháború óta; hideg víz.", [("Nord Stream", "Északi Áramlaton"), ("Cold War", "hidegháború")]),
    ],
)
def test_named_things_are_found_in_either_case_and_through_both_stem_changes(lang: str, text: str, found: list[tuple[str, str]]) -> None:
    glossary = [GlossaryEntry("Nord Stream", "MISC"), GlossaryEntry("Cold War", "MISC")]
    assert _found("Nord Stream and the Cold War.", glossary, text, lang) == found


def test_a_country_s_acronym_in_lower_case_is_the_country() -> None:
    glossary = [GlossaryEntry("Russia", "LOC")]
    assert _found("Russia struck.", glossary, "Удар завдала рф, а не сша.", "uk") == [("Russia", "рф")]
    assert _found("Russia struck.", glossary, "Удар нанесла РФ.", "ru") == [("Russia", "РФ")]


@pytest.mark.parametrize(
    ("text", "lang", "surface"),
    [("Знищено літаки А-50, Ту-95 та Ту-22М3.", "uk", "Ту-95"), ("Уничтожены самолеты Ту-95.", "ru", "Ту-95"),
     ("Tu–95-ös és Tu–22M3-as bombázók.", "hu", "Tu")],  # after a dash, the letters alone
)
def test_a_designation_is_found_in_either_script_by_its_number(text: str, lang: str, surface: str) -> None:
    glossary = [GlossaryEntry("Tu-95", "MISC")]
    assert _found("Tu-95 bombers burned.", glossary, text, lang) == [("Tu-95", surface)]
    assert _found("Tu-95 bombers burned.", glossary, text.replace("95", "160"), lang) == []  # another aircraft


@pytest.mark.parametrize(
    ("text", "lang", "surfaces"),
    [("Замах на Фіцо скоїли після засідання; Чапутова засудила напад.", "uk", ["Фіцо", "Чапутова"]),
     ("Покушение на Фицо осудила президент Чапутова.", "ru", ["Фицо", "Чапутова"]),
     ("Ficót meglőtték, Čaputová elítélte.", "hu", ["Ficót", "Čaputová"])],
)
def test_an_english_c_of_a_central_european_name_may_be_ts_or_ch(text: str, lang: str, surfaces: list[str]) -> None:
    glossary = [GlossaryEntry("Robert Fico", "PER"), GlossaryEntry("Zuzana Caputova", "PER")]
    assert [surface for _name, surface in _found("Fico and Caputova.", glossary, text, lang)] == surfaces
    # ... and still k (Macron, Макрон).
    assert _found("Macron.", [GlossaryEntry("Emmanuel Macron", "PER")], "Макрон прибув.", "uk") == [("Emmanuel Macron", "Макрон")]


def test_a_place_in_a_bodys_name_alone_is_the_place_not_the_body() -> None:
    glossary = [GlossaryEntry("State Emergency Service of Ukraine", "ORG")]
    english = "The State Emergency Service of Ukraine said."
    assert _found(english, glossary, "Так повідомили в ДСНС України; Україна в жалобі.", "uk") == [
        ("State Emergency Service of Ukraine", "ДСНС України")]
    assert _found(english, glossary, "Ukrajna gyászol.", "hu") == []


def test_a_place_in_a_things_name_alone_is_the_place_whatever_the_label() -> None:
    glossary = [GlossaryEntry("Zaporizhzhia nuclear plant", "LOC")]  # the press's short form, labelled a place
    english = "Inspectors reached the Zaporizhzhia nuclear plant."
    found = _found(english, glossary, "Місія МАГАТЕ прибула на Запорізьку АЕС із Запоріжжя.", "uk")
    assert found == [("Zaporizhzhia nuclear plant", "Запорізьку АЕС")]


@pytest.mark.parametrize(("text", "lang", "surface"), [("Удар по Сумах і Сумам.", "uk", "Сумах"), ("Удар по Сумам.", "ru", "Сумам")])
def test_a_town_named_in_the_plural_declines_from_its_short_stem(text: str, lang: str, surface: str) -> None:
    found = _found("Sumy was hit.", [GlossaryEntry("Sumy", "LOC")], text, lang)
    assert found[0] == ("Sumy", surface)
    assert _found("Sumy was hit.", [GlossaryEntry("Sumy", "LOC")], "Сума збитків і Сумка.", lang) == []


@pytest.mark.parametrize(
    ("entry", "text", "lang", "surface"),
    [(GlossaryEntry("FBI", "ORG"), "Секретная служба уведомила Федеральное бюро расследований.", "ru", "Федеральное бюро расследований"),
     (GlossaryEntry("Secret Service", "ORG"), "Секретна служба застрелила стрілка.", "uk", "Секретна служба"),
     (GlossaryEntry("Associated Press", "ORG"), "За інформацією AP, стрілка вбили.", "uk", "AP"),
     (GlossaryEntry("West", "LOC"), "Путин пригрозил Западу.", "ru", "Западу")],
)
def test_bodies_and_regions_whose_names_are_translated(entry: GlossaryEntry, text: str, lang: str, surface: str) -> None:
    assert (entry.text, surface) in _found(f"The {entry.text} spoke.", [entry], text, lang)


def test_the_dnipropetrovsk_region_is_not_the_city_of_dnipro() -> None:
    glossary = [GlossaryEntry("Dnipro", "LOC"), GlossaryEntry("Dnipropetrovsk", "LOC")]
    text = "Удар по Дніпру, повідомив голова Дніпропетровської обласної адміністрації."
    assert _found("Dnipro, Dnipropetrovsk.", glossary, text, "uk") == [("Dnipro", "Дніпру"), ("Dnipropetrovsk", "Дніпропетровської")]
    # The Russian column keeps Днепропетровск as Dnipro's old name; with both in the glossary, it is the other one.
    text = "Удар по Днепру, сообщили в Днепропетровской ОГА."
    assert _found("Dnipro, Dnipropetrovsk.", glossary, text, "ru") == [("Dnipro", "Днепру"), ("Dnipropetrovsk", "Днепропетровской")]
    assert _found("Dnipro.", [GlossaryEntry("Dnipro", "LOC")], "Удар по Днепропетровску.", "ru") == [("Dnipro", "Днепропетровску")]


def test_a_surname_with_the_arabic_article_is_found_without_it() -> None:
    glossary = [GlossaryEntry("Bashar al-Assad", "PER")]
    english = "Bashar al-Assad fled. Assad is in Moscow."
    sources = source_entities([english], glossary, [[]])
    assert [english[a:b] for _s, a, b in sources[0].mentions] == ["Bashar al-Assad", "Assad"]
    assert _found(english, glossary, "Асад отримав притулок, Башара Асада вивезли.", "uk") == [
        ("Bashar al-Assad", "Асад"), ("Bashar al-Assad", "Башара Асада")]


@pytest.mark.parametrize(
    ("text", "lang", "surfaces"),
    [("Удар по Донецку и Донецкой области.", "ru", ["Донецкой"]),
     ("Обстріл Донеччини, ракета з боку Донецька.", "uk", ["Донеччини"]),
     ("A Donyeck megyei Kramatorszk, nem Donyeckben.", "hu", ["Donyeck"])],
)
def test_a_region_named_after_its_town_is_not_the_town_alone(text: str, lang: str, surfaces: list[str]) -> None:
    found = _found("Donetsk region was hit.", [GlossaryEntry("Donetsk region", "LOC")], text, lang)
    assert [surface for _name, surface in found] == surfaces


@pytest.mark.parametrize(
    ("text", "lang", "surface"),
    [("Загинув глава МЗС Хосейн Амір-Абдоллахіан.", "uk", "Хосейн Амір-Абдоллахіан"),
     ("Погиб глава МИД Хосейн Амир Абдоллахиан.", "ru", "Хосейн Амир Абдоллахиан"),
     ("Amir-Abdollahian külügyminiszter is meghalt.", "hu", "Amir-Abdollahian")],
)
def test_a_one_word_name_written_as_two_words_is_one_mention(text: str, lang: str, surface: str) -> None:
    glossary = [GlossaryEntry("Hossein Amirabdollahian", "PER")]
    assert _found("Hossein Amirabdollahian died.", glossary, text, lang) == [("Hossein Amirabdollahian", surface)]


def test_two_names_side_by_side_are_not_joined_into_one() -> None:
    glossary = [GlossaryEntry("Sweden", "LOC")]
    assert _found("Sweden.", glossary, "A Svéd Nemzeti Szeizmológiai Hálózat szerint.", "hu") == []


@pytest.mark.parametrize(
    ("text", "lang", "surfaces"),
    [("Тіла знайшли в Бучі, біля Бучі.", "uk", ["Бучі", "Бучі"]),
     ("В Буче и вокруг Бучи нашли тела.", "ru", ["Буче", "Бучи"])],
)
def test_a_foreign_name_ending_in_a_vowel_is_found_in_its_cases(text: str, lang: str, surfaces: list[str]) -> None:
    found = _found("Bodies were found in Bucha.", [GlossaryEntry("Bucha", "LOC")], text, lang)
    assert [surface for _name, surface in found] == surfaces


def test_a_korean_name_is_found_by_its_surname_which_comes_first() -> None:
    glossary = [GlossaryEntry("Kim Jong-un", "PER")]
    english = "Kim Jong-un met Putin. Kim praised him."
    sources = source_entities([english], glossary, [[]])
    assert [english[a:b] for _s, a, b in sources[0].mentions] == ["Kim Jong-un", "Kim"]
    assert [s for _n, s in _found(english, glossary, "Кім заявив про підтримку.", "uk")] == ["Кім"]
    assert [s for _n, s in _found(english, glossary, "Ким поблагодарил Путина.", "ru")] == ["Ким"]


def test_north_korea_is_found_by_its_acronym() -> None:
    glossary = [GlossaryEntry("North Korea", "LOC")]
    assert [s for _n, s in _found("North Korea signed.", glossary, "КНДР і Росія підписали договір.", "uk")] == ["КНДР"]


def test_south_korea_is_no_mention_of_north_korea() -> None:
    glossary = [GlossaryEntry("North Korea", "LOC")]
    found = _found("North Korea sent troops.", glossary, "Розвідка Південної Кореї заявила, що Північна Корея відправила війська.", "uk")
    assert [s for _n, s in found] == ["Північна Корея"]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("ru", "Си Цзиньпин принял Орбана. Орбан поблагодарил Си Цзиньпина, и Си ответил.", ["Си Цзиньпин", "Си Цзиньпина", "Си"]),
    ("uk", "Сі Цзіньпін зустрівся з Орбаном у Пекіні, і Сі заявив про мир.", ["Сі Цзіньпін", "Сі"]),
    ("hu", "Hszi Csin-ping fogadta Orbán Viktort, Hszi Csin-pinggel tárgyalt.", ["Hszi Csin-ping", "Hszi Csin-pinggel"]),
])
def test_a_chinese_name_is_found_as_the_press_transcribes_it(lang: str, text: str, expected: list[str]) -> None:
    glossary = [GlossaryEntry("Xi Jinping", "PER"), GlossaryEntry("Viktor Orban", "PER")]
    english = "Xi Jinping met Viktor Orban. Xi called for talks."
    sources = source_entities([english], glossary, [[]])
    assert [english[a:b] for _s, a, b in sources[0].mentions] == ["Xi Jinping", "Xi"]  # a two-letter surname
    assert [s for name, s in _found(english, glossary, text, lang) if name == "Xi Jinping"] == expected


def test_a_one_letter_word_of_a_chinese_name_is_no_mention_alone() -> None:
    glossary = [GlossaryEntry("Wang Yi", "PER")]
    found = _found("Wang Yi spoke.", glossary, "И Ван заявил, что Китай и Россия едины.", "ru")
    assert [s for _n, s in found] == ["Ван"]


def test_a_place_alone_is_the_place_though_a_body_in_the_glossary_is_named_after_it() -> None:
    glossary = [GlossaryEntry("Ukraine", "LOC"), GlossaryEntry("Armed Forces of Ukraine", "ORG")]
    english = "The Armed Forces of Ukraine struck. Ukraine said so."
    text = "Вооружённые силы Украины нанесли удар по территории Украины."
    assert _found(english, glossary, text, "ru") == [("Armed Forces of Ukraine", "Вооружённые силы Украины"), ("Ukraine", "Украины")]


def test_a_word_that_merely_looks_like_a_place_with_a_local_name_is_not_it() -> None:
    # Ukraine is Україна in Ukrainian: the agency Укрінформ and the company Укрнафта only look like "Ukraine";
    # before a word for a region the place's adjective still names it.
    glossary = [GlossaryEntry("Ukraine", "LOC"), GlossaryEntry("Zaporizhzhia", "LOC")]
    text = "Пише Укрінформ: Укрнафта працює в Україні та Запорізької області."
    assert _found("Ukraine and Zaporizhzhia.", glossary, text, "uk") == [("Ukraine", "Україні"), ("Zaporizhzhia", "Запорізької")]


def test_a_german_z_after_a_consonant_is_ts() -> None:
    glossary = [GlossaryEntry("Olaf Scholz", "PER"), GlossaryEntry("Friedrich Merz", "PER")]
    text = "Олаф Шольц поговорив із Фрідріхом Мерцом."
    assert _found("Olaf Scholz and Friedrich Merz.", glossary, text, "uk") == [
        ("Olaf Scholz", "Олаф Шольц"), ("Friedrich Merz", "Фрідріхом Мерцом"),
    ]


def test_other_names_of_a_country_and_a_region_are_theirs() -> None:
    glossary = [GlossaryEntry("Germany", "LOC"), GlossaryEntry("Nagorno-Karabakh", "LOC")]
    assert _found("Germany, Nagorno-Karabakh.", glossary, "ФРГ признала власти Арцаха.", "ru") == [
        ("Germany", "ФРГ"), ("Nagorno-Karabakh", "Арцаха"),
    ]


def test_a_name_neither_begins_nor_ends_with_a_joining_word() -> None:
    # The table's Ukrainian New START is "Договір про скорочення стратегічних наступальних озброєнь": its first
    # word and "про" are no mention of it, and a spaced dash parts its acronym from the next phrase.
    glossary = [GlossaryEntry("New START", "MISC"), GlossaryEntry("White House", "ORG")]
    text = "Участь у договорі про нерозповсюдження призупинено, як і в СНО - про скорочення озброєнь, заявив Білий дім."
    assert _found("New START, the White House.", glossary, text, "uk") == [("New START", "СНО"), ("White House", "Білий дім")]


def test_a_romanian_or_italian_soft_g_is_dzh() -> None:
    glossary = [GlossaryEntry("Calin Georgescu", "PER"), GlossaryEntry("Giorgia Meloni", "PER")]
    text = "Кэлин Джорджеску встретился с Джорджей Мелони; Джеорджеску молчал."
    assert _found("Calin Georgescu and Giorgia Meloni.", glossary, text, "ru") == [
        ("Calin Georgescu", "Кэлин Джорджеску"), ("Giorgia Meloni", "Джорджей Мелони"), ("Calin Georgescu", "Джеорджеску"),
    ]


def test_a_short_names_stem_takes_only_case_endings() -> None:
    # Перу less its last letter is "пер", which "Перша", "перед" and "Первый" begin with; Рига declines so.
    glossary = [GlossaryEntry("Peru", "LOC"), GlossaryEntry("Riga", "LOC"), GlossaryEntry("White House", "ORG")]
    text = "Перша заява: перед конклавом у Перу, у Ризі та в Ригою, сказали у Білого дому."
    assert _found("Peru, Riga, the White House.", glossary, text, "uk") == [
        ("Peru", "Перу"), ("Riga", "Ризі"), ("Riga", "Ригою"), ("White House", "Білого дому"),
    ]
    assert _found("Peru.", glossary[:1], "Первый папа из Перу.", "ru") == [("Peru", "Перу")]


def test_a_code_typed_in_cyrillic_look_alikes_is_the_code() -> None:
    en = "Flight MH17 was shot down in 2014."
    targets = {"uk": "Рейс МН17 збили у 2014 році.", "ru": "Рейс MH17 сбили в 2014 году."}
    doc = find_entities(make_document(en, targets), ner=None, glossary=[GlossaryEntry("MH17", "MISC")])
    assert surfaces(doc, "MH17", "uk") == ["МН17"]  # Cyrillic М and Н
    assert surfaces(doc, "MH17", "ru") == ["MH17"]


def test_a_nationality_word_in_a_glossary_is_no_country() -> None:
    en = "The British government said the United Kingdom would mourn."
    targets = {"uk": "Британський уряд заявив, що Велика Британія буде в жалобі."}
    glossary = [GlossaryEntry("British", "MISC"), GlossaryEntry("United Kingdom", "LOC")]
    doc = find_entities(make_document(en, targets), ner=None, glossary=glossary)
    assert surfaces(doc, "United Kingdom", "uk") == ["Велика Британія"]
    assert "Велика Британія" not in surfaces(doc, "British", "uk")


def test_a_regnal_name_is_found_as_each_language_translates_it() -> None:
    en = "King Charles III and Pope Leo XIV met Queen Elizabeth II's family."
    targets = {"uk": "Король Карл III і папа Лев XIV зустрілися з родиною Єлизавети II.",
               "ru": "Король Карла III и папу Льва XIV видели с семьей Елизаветы II.",
               "hu": "III. Károly király és XIV. Leó pápa találkozott II. Erzsébet családjával."}
    glossary = [GlossaryEntry("Charles III", "PER"), GlossaryEntry("Leo XIV", "PER"), GlossaryEntry("Elizabeth II", "PER")]
    doc = find_entities(make_document(en, targets), ner=None, glossary=glossary)
    assert [surfaces(doc, "Charles III", lang) for lang in ("uk", "ru", "hu")] == [["Карл III"], ["Карла III"], ["III. Károly"]]
    assert surfaces(doc, "Leo XIV", "uk") == ["Лев XIV"] and surfaces(doc, "Leo XIV", "hu") == ["XIV. Leó"]
    assert surfaces(doc, "Elizabeth II", "hu") == ["II. Erzsébet"]  # the Hungarian number first, one mention


def test_a_place_alone_is_the_place_not_a_body_of_the_same_glossary_named_after_it() -> None:
    en = "Hungary expelled two diplomats from the Ukrainian Embassy in Budapest. The SBU arrested two agents in Ukraine."
    targets = {"hu": "Magyarország kiutasított két, Ukrajna budapesti nagykövetségén dolgozó kémet. Az SZBU két ügynököt tartóztatott le Ukrajnában."}
    glossary = [GlossaryEntry("Ukraine", "LOC"), GlossaryEntry("Ukrainian Embassy", "ORG", {"hu": ("Ukrajna budapesti nagykövetsége",)})]
    doc = find_entities(make_document(en, targets), ner=None, glossary=glossary)
    assert surfaces(doc, "Ukrainian Embassy", "hu") == ["Ukrajna budapesti nagykövetségén"]
    assert surfaces(doc, "Ukraine", "hu") == ["Ukrajnában"]
