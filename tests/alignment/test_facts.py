"""Facts of a sentence: amounts by value, international words, names, and how many facts shared tokens are."""

from __future__ import annotations

from translate.alignment.facts import fact_count, lead_index, pair_facts, sentence_facts


def test_a_first_word_is_an_international_word_unless_the_text_names_it_inside_a_sentence() -> None:
    russian = ["Росавиации начали расследование.", "Об этом сообщили в Росавиации.", "Прагматичной была встреча."]
    first, _, pragmatic = sentence_facts(russian, "ru")
    words = {display for token, (_kind, display) in first.tokens.items() if token.startswith("c:")}
    assert "росавиации" not in words  # the agency, a name: the second sentence capitalises it inside
    assert any(display == "прагматичной" for _kind, display in pragmatic.tokens.values())  # an international word
    # A name's first word at the start of a sentence is no international word: shared, it is no fact of a pair.
    (english,), (russian,) = sentence_facts(["Sergei Aksyonov said so."], "en"), sentence_facts(["Сергей Аксенов сообщил."], "ru")
    assert not {"c:sergei", "c:sergej"} & {*english.tokens, *russian.tokens}
    assert "s:sergei" in english.tokens and "s:sergei" in russian.tokens  # names still


def test_facts_read_amounts_by_value() -> None:
    (en,) = sentence_facts(["It flew 1,000 miles."], "en")
    (uk,) = sentence_facts(["Він пролетів 1600 км."], "uk")
    assert {t for t in en.tokens if t.startswith("n~")} & {t for t in uk.tokens if t.startswith("n~")}


def test_an_amount_is_one_fact_and_a_city_is_one() -> None:
    assert fact_count(frozenset({"n:2025"})) == 0 and fact_count(frozenset({"n:2025", "w:talks"})) == 1  # a dateline's year
    assert fact_count(frozenset({"n:3hour", "u:hour", "n~3hour"})) == 1
    assert fact_count(frozenset({"n:3hour", "u:hour", "u:day"})) == 2
    assert fact_count(frozenset({"u:people"})) == 0  # "five people injured", "30 people evacuated": no shared fact
    assert fact_count(frozenset({"n~1.6e+03km"})) == 1
    assert fact_count(frozenset({"w:talks", "k:month:8", "c:produktiv", "t:city:moscow", "t:UA", "e:E1", "s:trump", "q"})) == 4


def test_pair_facts_rewrite_the_reports_names_to_the_english_keys() -> None:
    facts = pair_facts(["Zelensky met Orban."], ["Зеленський зустрівся з Орбаном."], "en", "uk")
    english = {t for t in facts.source[0].tokens if t.startswith("s:")}
    assert english and english <= set(facts.target[0].tokens)


def test_a_count_of_people_is_the_same_figure_written_bare() -> None:
    english = ["The death toll leapt to 115 from the attack.", "All 10 people on board were killed."]
    ukrainian = ["Кількість загиблих становить 115 людей.", "Спочатку писали про десять загиблих."]
    facts = pair_facts(english, ukrainian, "en", "uk")
    toll = frozenset(facts.source[0].tokens.keys() & facts.target[0].tokens.keys())
    board = frozenset(facts.source[1].tokens.keys() & facts.target[1].tokens.keys())
    assert "n:115" in toll and "m:10" in board
    assert fact_count(frozenset({"n:115people", "n:115", "u:people"})) == 1  # one figure, however written


def test_a_figure_the_other_text_rounds_is_the_same_figure() -> None:
    english = ["Georgescu won 22.9% of the vote.", "He got 2,120,401 votes.", "The war began 35 years ago."]
    ukrainian = ["Джорджеску здобув 22,94% голосів.", "За нього віддали 2,1 млн голосів.", "Війна почалася 40 років тому."]
    facts = pair_facts(english, ukrainian, "en", "uk")
    shared = [frozenset(s.tokens.keys() & t.tokens.keys()) for s, t in zip(facts.source, facts.target, strict=True)]
    assert "n:22.9%" in shared[0] and any(t.startswith("n:2.1204") for t in shared[1])
    assert not any(t.startswith("n:") for t in shared[2])  # 40 is no rounding of 35
    (other,) = pair_facts(["It won 23.4%."], ["Він здобув 22,9%."], "en", "uk").target
    assert "n:23.4%" not in other.tokens


def test_a_texts_lead_is_its_first_sentence_past_a_headline_or_byline() -> None:
    assert lead_index(["Орбан прибув до Києва.", "Він зустрівся із Зеленським."]) == 0
    assert lead_index(["Орбан у Києві", "Автор: Іван Петренко", "Орбан прибув до Києва."]) == 2
    assert lead_index(["A", "B", "C", "D", "Only the fifth line ends as a sentence."]) == 0  # no lead that far in


def test_a_photo_credit_or_read_also_line_states_no_fact() -> None:
    lines = ["Фото: Из открытых источников", "Читайте также: Венгрия выслала дипломатов", "Венгрия выслала двух дипломатов."]
    facts = sentence_facts(lines, "ru")
    assert not facts[0].tokens and not facts[1].tokens and facts[2].tokens
