"""Quoted passages, in one sentence and across the sentences of a text."""

from __future__ import annotations

import pytest

from translate.alignment.quotes import quoted_passages, quoted_spans, statements


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ('He said "we will win" and left.', ["we will win"]),
        ("«Це фейк», — написав він.", ["Це фейк"]),
        ("„Elmondtam az elnök úrnak” – mondta.", ["Elmondtam az elnök úrnak"]),
        ("— Я попросил президента подумать, — сказал Орбан.", ["Я попросил президента подумать, — сказал Орбан."]),
        ("“We’re not there yet.", ["We’re not there yet."]),
        ("No quotes, Kyiv's mayor said.", []),
        ("– за Олександра Стояногло – 28,95%.", []),  # a list item
    ],
)
def test_quoted_spans(text: str, quotes: list[str]) -> None:
    assert quoted_spans(text) == quotes



def test_a_quotation_runs_across_sentences() -> None:
    english = ["“We’re not there yet, but we’ve made progress.", "There’s no deal until there’s a deal,” he said.", "He left."]
    assert quoted_passages(english) == [
        ["We’re not there yet, but we’ve made progress."], ["There’s no deal until there’s a deal,"], [],
    ]


def test_hungarian_and_russian_marks_and_dialogue() -> None:
    assert quoted_passages(["„Az alku addig nem alku” – mondta.", "— Как вы знаете, у них нет моря, — сказал он."]) == [
        ["Az alku addig nem alku"], ["Как вы знаете, у них нет моря,"],
    ]


def test_a_dash_before_a_lower_case_word_opens_a_list_item_or_a_reporting_clause_not_a_quotation() -> None:
    lines = ["Центральна виборча комісія повідомила попередні дані:", "- за Майю Санду проголосували 36,32% виборців,",
             "– за Олександра Стояногло – 28,95%.", "«Ми переможемо».", "– заявила Санду у своєму штабі."]
    assert quoted_passages(lines) == [[], [], [], ["Ми переможемо"], []]
    # A dash that goes on with figures is no reporting clause: the dialogue runs on.
    assert quoted_passages(["— Санду набрала 42 %, Стояногло — 26 %."]) == [["Санду набрала 42 %, Стояногло — 26 %."]]


def test_a_closing_mark_alone_closes_from_the_sentence_start() -> None:
    assert quoted_passages(["Some are not that significant.” Then he left."]) == [["Some are not that significant."]]


def test_a_stray_opening_mark_stops_after_a_few_sentences() -> None:
    # Never closed: the mark was stray, and the sentences after it are no quotation at all.
    passages = quoted_passages(["He said «no.", "One.", "Two.", "Three.", "Four.", "Five.", "Six."])
    assert passages == [["no."], [], [], [], [], [], []]


def test_straight_quotes_inside_words_are_no_marks() -> None:
    assert quoted_passages(['The 5" screen.', "No quote here."]) == [[], []]


def test_a_one_word_quote_is_a_term_and_capitalised_words_a_name_not_statements() -> None:
    assert statements(['The crew sent a "mayday" call and said "we have lost propulsion".']) == [["we have lost propulsion"]]
    assert statements(["«Угода» не відбулася, — «ми ще не там»"]) == [["ми ще не там"]]
    assert statements(["Пошук триває, повідомляє сайт «Наше Місто».", "Крейсер «Москва» затонув."]) == [[], []]
    assert statements(["«Мы не допустим эскалации», — сказал он."]) == [["Мы не допустим эскалации"]]


def test_guillemets_inside_guillemets_stay_one_quotation() -> None:
    text = "«У Чорноморському морі ПКР «Нептун» уразили крейсер», — заявив він."
    assert quoted_passages([text]) == [["У Чорноморському морі ПКР «Нептун» уразили крейсер"]]


def test_a_straight_mark_after_punctuation_ends_an_earlier_quotation() -> None:
    text = 'Assad is in Moscow," the Kremlin source told Interfax.'
    assert quoted_passages([text]) == [["Assad is in Moscow,"]]
    assert statements(['"Assad and his family have arrived.', 'They got asylum," the source said.']) == [
        ["Assad and his family have arrived."], ["They got asylum,"]]
    assert statements(["«— Как вы знаете, у них нет выхода к морю."]) == [["Как вы знаете, у них нет выхода к морю."]]


def test_british_single_quotes_are_quotations_and_apostrophes_are_not() -> None:
    sentences = ["He said: ‘We don’t want a war with Russia.’", "Putin’s aide called it ‘a provocation by Kyiv’ on Friday.", "It’s the ’90s again."]
    assert statements(sentences) == [["We don’t want a war with Russia."], ["a provocation by Kyiv"], []]
    assert quoted_spans("He called it ‘a provocation by Kyiv’ and Putin’s aide agreed.") == ["a provocation by Kyiv"]


def test_a_short_capitalised_quotation_inside_a_sentence_is_a_name_and_an_introduced_one_is_said() -> None:
    sentences = [
        "Поставки по «Турецкому потоку» выросли на 10%.", "Партія «Слуга народу» отримала 254 місця.",
        "Он заявил: «Мы победим».", "«Мы победим», — сказал он.", "Он сказал, что «Украина должна уйти» из региона.",
    ]
    assert statements(sentences) == [[], [], ["Мы победим"], ["Мы победим"], ["Украина должна уйти"]]


def test_a_short_phrase_in_scare_quotes_is_no_statement_but_one_ending_the_sentence_is() -> None:
    sentences = [
        "Станцію закрили «для профілактики» на тиждень.", "Putin called the talks “very productive”.",
        "Moscow calls the war a “special operation” against Kyiv.", "He said the “negotiation process” will go on.",
    ]
    assert statements(sentences) == [[], ["very productive"], [], []]


def test_a_hyphenated_word_is_one_word_and_a_stray_mark_opening_a_quote_is_dropped() -> None:
    assert statements(["Peskov promised “counter-measures” soon."]) == [[]]
    assert statements(['Syrskyi said: “"In order to avoid being surrounded, we withdrew.”']) == [["In order to avoid being surrounded, we withdrew."]]


def test_a_quotation_that_never_closes_is_no_quotation_after_its_sentence() -> None:
    # The opening mark of „a terroristák … - írta … had no closing one: the sentences after it are the report's own.
    sentences = ["Hozzátette, hogy „a terroristák nem fogják tudni megállítani Ukrajnát - írta az elnök.",
                 "A kormányzó korábban azt írta, hogy megkezdték az evakuációt.", "A gát 1956-ban épült."]
    assert quoted_passages(sentences) == [["a terroristák nem fogják tudni megállítani Ukrajnát - írta az elnök."], [], []]
    closed = ["He said: “We are not there yet.", "There is no deal until there is a deal,” he added.", "Then he left."]
    assert quoted_passages(closed) == [["We are not there yet."], ["There is no deal until there is a deal,"], []]


def test_the_outlet_a_report_cites_by_its_quoted_name_is_no_quotation() -> None:
    from translate.alignment.quotes import statements

    cited = ["Про це повідомив міністр, передає «Європейська правда».", "Об этом сообщил глава МИД, пишет «Новая газета»."]
    assert statements(cited) == [[], []]
    said = ["Він сказав: «Ми переможемо».", "Трамп написав «Чудова зустріч».", "Министр, пишет он, «сказал правду»."]
    assert statements(said) == [["Ми переможемо"], ["Чудова зустріч"], ["сказал правду"]]


def test_an_opening_mark_typed_for_the_closing_one_closes_the_quotation() -> None:
    sentences = ["Про це повідомляє “Кримінформ“.", "Жителі розповіли УП, що “вибухи продовжуються досі”."]
    assert quoted_passages(sentences) == [["Кримінформ"], ["вибухи продовжуються досі"]]


def test_a_so_called_name_in_quotes_is_no_statement() -> None:
    assert statements([
        "Бойовики так званої «донецької народної республіки» заявили про обстріл.",
        "Russia launched its so-called “special military operation” in February.",
        "Az ún. „különleges katonai művelet” folytatódik.",
        "Він сказав: «Ми не будемо воювати з Україною».",
    ]) == [[], [], [], ["Ми не будемо воювати з Україною"]]


def test_straight_marks_inside_straight_marks_stay_inside_the_quotation() -> None:
    sentence = '"Мы, венгры, хотим мира, мы говорим "нет" войне и не позволим втянуть нас в эту войну", - заявил он.'
    assert statements([sentence]) == [['Мы, венгры, хотим мира, мы говорим "нет" войне и не позволим втянуть нас в эту войну']]
