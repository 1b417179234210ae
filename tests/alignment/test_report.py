"""The coverage report: reported sentences, unreported ones, numbers that differ (after unit conversion), quotes."""

from __future__ import annotations

from translate.alignment import coverage_report
from translate.alignment.report import number_differences
from translate.types import CoverageLink, Document, Link, Sentence, TargetSentence, Translation


def test_converted_units_are_no_difference_but_other_amounts_are() -> None:
    assert number_differences("uk", 0, 0, "It flies 1,000 miles.", "Він летить 1600 км.", "uk") == []
    (diff,) = number_differences("uk", 0, 1, "The talks lasted three hours.", "Переговори тривали дві години.", "uk")
    assert (diff.source_number, diff.target_number) == ("three hours", "дві години")
    # a year is no count: only the two years differ, not 2024 and 5
    (year,) = number_differences("hu", 0, 0, "In 2024 it cost $5.", "2025-ben 5 dollárba került.", "hu")
    assert (year.source_number, year.target_number) == ("2024", "2025")
    assert number_differences("ru", 0, 0, "The 984-foot ship.", "300-метровое судно.", "ru") == []  # feet are metres
    assert number_differences("uk", 0, 0, "It was 46 °F.", "Було 8 °C.", "uk") == []
    (ship,) = number_differences("hu", 0, 0, "The 984-foot ship.", "A 400 méteres hajó.", "hu")
    assert (ship.source_number, ship.target_number) == ("984-foot", "400 méteres")


def test_amounts_are_paired_by_what_they_count() -> None:
    # Two tolls in the English, one in the outlet: the killed are compared with the killed.
    (killed,) = number_differences("uk", 0, 0, "The strike killed 17 people and wounded 36.", "Внаслідок удару загинули 39 людей.", "uk")
    assert (killed.source_number, killed.target_number) == ("17 people", "39 людей")
    (wounded,) = number_differences("ru", 0, 0, "17 killed, 36 wounded.", "Погибли 17 человек, ранены 40.", "ru")
    assert (wounded.source_number, wounded.target_number) == ("36", "40")
    (hu,) = number_differences("hu", 0, 0, "At least 39 people were killed and 50 wounded.", "Legalább 41 ember meghalt.", "hu")
    assert (hu.source_number, hu.target_number) == ("39 people", "41 ember")
    # A share of the votes cast, whichever word follows it ("голосов", "the votes"), is compared.
    (votes,) = number_differences("ru", 0, 0, "Stoianoglo had 26.32 percent of the vote, setting up a November 3 run-off.",
                                  "Стояногло набрал 24 процента голосов, второй тур 3 ноября.", "ru")
    assert (votes.source_number, votes.target_number) == ("26.32 percent", "24 процента")
    # A term across a clause boundary counts the other clause's amount: the five are the injured, not the killed.
    (injured,) = number_differences("ru", 0, 0, "One person was killed and five were injured.", "Погиб 1 человек, пострадали 7 человек.", "ru")
    assert (injured.source_number, injured.target_number) == ("five", "7 человек")
    (hu_injured,) = number_differences("hu", 0, 0, "One person was killed and five were injured.", "Egy ember meghalt, heten megsérültek.", "hu")
    assert (hu_injured.source_number, hu_injured.target_number) == ("five", "heten")
    # One amount each, but of different things: no difference.
    assert number_differences("ru", 0, 0, "17 people were killed.", "Ранены 36 человек.", "ru") == []


def test_amounts_in_different_currencies_differ_and_the_same_currency_agrees() -> None:
    (aid,) = number_differences("hu", 0, 0, "The aid is worth $5 million.", "A segély 5 millió euró.", "hu")
    assert (aid.source_number, aid.target_number) == ("$5 million", "5 millió euró")
    assert number_differences("hu", 0, 0, "The aid is worth $5 million.", "A segély 5 millió dollár.", "hu") == []
    assert number_differences("ru", 0, 0, "The fine was 10,000 roubles.", "Штраф составил 10 тысяч рублей.", "ru") == []


def test_an_amount_the_other_sentence_also_gives_is_another_fact_not_a_difference() -> None:
    # Both sides give 30 and 40, one as a bare figure: two facts, not two disagreements.
    english = "The missile killed 30 people, with some 40 others still unaccounted for."
    assert number_differences("hu", 0, 0, english, "A romok alatt még további 30-40 ember lehet.", "hu") == []
    english = "Of the 73 people injured during the strike, 30 were hospitalized."
    assert number_differences("hu", 0, 0, english, "Több mint 30 ember került a kórházba.", "hu") == []
    # A toll that differs is still one ("300 killed" against "more than 250 people").
    (toll,) = number_differences("uk", 0, 0, "The attack killed 300 people.", "Загинули понад 250 людей.", "uk")
    assert (toll.source_number, toll.target_number) == ("300 people", "250 людей")


def test_a_dates_day_is_no_amount_and_a_temperature_keeps_its_sign() -> None:
    english = "At least 39 people were killed and 87 wounded."
    assert number_differences("ru", 0, 0, english, "14 марта ракета попала в центр города.", "ru") == []
    (toll,) = number_differences("uk", 0, 0, "The strike on Friday (Apr 8) killed 39 people.", "Загинули 30 людей.", "uk")
    assert (toll.source_number, toll.target_number) == ("39 people", "30 людей")
    assert number_differences("uk", 0, 0, "It was 14 °F in Kyiv.", "У Києві було -10 °C.", "uk") == []


def _document() -> Document:
    english = ['Orban said "we want peace".', "It cost $600 million.", "Nothing else."]
    target = ["Орбан: «ми хочемо миру».", "Це коштувало 500 мільйонів доларів.", "«Це фейк», — сказав він."]
    sentences = tuple(Sentence(i, s, 0, len(s), 0) for i, s in enumerate(english))
    translation = Translation(
        "uk:x", "", tuple(TargetSentence(i, s) for i, s in enumerate(target)),
        tuple(Link((i,), ()) for i in range(3)) + tuple(Link((), (j,)) for j in range(3)),
        origin="provided", relation="coverage",
        coverage_links=(CoverageLink(0, 0, 0.9), CoverageLink(1, 1, 0.8)),
    )
    return Document("en", "", sentences, {"uk:x": translation}, "")


def test_report_rows_gaps_and_differences() -> None:
    report = coverage_report(_document())
    assert report is not None
    assert report.reported_by == ({"uk:x": (0,)}, {"uk:x": (1,)}, {})
    assert report.unreported == {"uk:x": (2,)}
    assert [(d.source_number, d.target_number) for d in report.number_differences] == [("$600 million", "500 мільйонів доларів")]
    assert [(g.side, g.sentence, g.quote) for g in report.quote_gaps] == [("target", 2, "Це фейк")]
    data = report.to_dict()
    assert set(data) == {"reported_by", "unreported", "number_differences", "quote_gaps"}


def test_a_quotation_over_several_sentences_is_one_gap() -> None:
    from translate.compare import compare

    english = "Putin said the talks were useful. He left."
    russian = ("«Мы продолжим переговоры, это важно. Мы будем работать дальше. Решение будет принято», — сказал Путин. "
               "Он сказал: «Это важно». «Мы ждём ответа», — добавил он.")
    document = compare(english, {"ru": russian}, relation="coverage", ner=None)
    assert document.coverage is not None
    assert [(g.sentence, g.quote) for g in document.coverage.quote_gaps] == [
        (0, "Мы продолжим переговоры, это важно. Мы будем работать дальше. Решение будет принято"),
        (3, "Это важно"),  # closed in its sentence: the next one, opened anew, is another quotation
        (4, "Мы ждём ответа"),
    ]


def test_no_report_without_coverage_texts() -> None:
    document = _document()
    plain = Document("en", "", document.sentences, {}, "")
    assert coverage_report(plain) is None


def test_a_count_in_the_range_of_years_is_a_count_when_a_term_follows_it() -> None:
    (toll,) = number_differences("ru", 0, 0, "Zelensky said 3,000 soldiers were killed in Kursk.", "Зеленский заявил, что в Курске погибли 2000 солдат.", "ru")
    assert (toll.source_number, toll.target_number) == ("3,000", "2000")
    # years are no counts, but two linked sentences with one year each date one thing: a difference to show
    (year,) = number_differences("ru", 0, 0, "The war began in 2022.", "Война началась в 2014 году.", "ru")
    assert (year.source_number, year.target_number) == ("2022", "2014 году")


def test_a_count_of_something_is_not_compared_with_a_bare_figure() -> None:
    english = "Of the 73 people injured, 30 were hospitalized."
    assert number_differences("hu", 0, 0, "30 were hospitalized.", "Két hullámban támadtak.", "hu") == []
    assert number_differences("hu", 0, 0, english, "Két hullámban támadtak.", "hu") == []


def test_two_sentences_that_give_one_date_each_give_it_for_the_same_thing() -> None:
    (date,) = number_differences("ru", 0, 0, "The runoff was set for December 8.", "Второй тур назначен на 15 декабря.", "ru")
    assert (date.source_number, date.target_number) == ("December 8", "15 декабря")
    assert number_differences("hu", 0, 0, "The runoff was set for December 8.", "A második forduló december 8-án lesz.", "hu") == []
    # Two dates on one side: which is the other's is not known.
    assert number_differences("uk", 0, 0, "Between Oct. 24 and Nov. 24 he paid.", "Він платив до 25 листопада.", "uk") == []


def test_counts_times_and_shares_must_agree_exactly_or_as_a_rounding() -> None:
    # The 3 % of a rounded conversion is for converted units only: 18:07 is not 18:37, 133 not 135.
    (time,) = number_differences("ru", 0, 0, "White smoke rose at 6:07 p.m.", "Белый дым появился в 18:37.", "ru")
    assert (time.source_number, time.target_number) == ("6:07 p.m.", "18:37")
    (toll,) = number_differences("uk", 0, 0, "The strike killed 133 people.", "Загинули 135 людей.", "uk")
    assert (toll.source_number, toll.target_number) == ("133 people", "135 людей")
    assert number_differences("uk", 0, 0, "He won 22.9% of the vote.", "Він здобув 22,94% голосів.", "uk") == []
    assert number_differences("uk", 0, 0, "It flies 1,000 miles.", "Він летить 1600 км.", "uk") == []


def test_a_dates_year_differs_only_where_both_sentences_give_one() -> None:
    (date,) = number_differences("ru", 0, 0, "She acceded on 6 February 1952.", "Она взошла на престол 06.02.1953.", "ru")
    assert (date.source_number, date.target_number) == ("6 February 1952", "06.02.1953")
    (hungarian,) = number_differences("hu", 0, 0, "She acceded on February 6, 1952.", "1953. február 6-án lépett trónra.", "hu")
    assert (hungarian.source_number, hungarian.target_number) == ("February 6, 1952", "1953. február 6")
    assert number_differences("uk", 0, 0, "She acceded on 6 February 1952.", "Вона зійшла на трон 6 лютого.", "uk") == []
    assert number_differences("uk", 0, 0, "She acceded on 6 February 1952.", "Вона зійшла на трон 06.02.1952.", "uk") == []


def test_an_age_said_as_a_year_of_life_is_the_same_age() -> None:
    assert number_differences("ru", 0, 0, "The queen died aged 96.", "Королева умерла на 97-м году жизни.", "ru") == []
    (age,) = number_differences("hu", 0, 0, "The queen died aged 96.", "A királynő 97 éves korában hunyt el.", "hu")
    assert (age.source_number, age.target_number) == ("96", "97 éves")


def test_two_years_one_on_each_side_are_compared_and_killing_counts_the_dead() -> None:
    (year,) = number_differences("ru", 0, 0, "The plane was shot down in July 2014.", "Самолет сбит в июле 2015 года.", "ru")
    assert (year.source_number, year.target_number) == ("2014", "2015 года")
    assert number_differences("ru", 0, 0, "The trial began in 2020.", "Процесс начался в 2020 году.", "ru") == []
    (toll,) = number_differences("ru", 0, 0, "The plane was shot down, killing 298 people.", "Самолет сбит, погибли 283 человека.", "ru")
    assert (toll.source_number, toll.target_number) == ("298 people", "283 человека")
    assert number_differences("ru", 0, 0, "They must pay €16m.", "Они должны выплатить 16 миллионов евро.", "ru") == []
    assert number_differences("ru", 0, 0, "Flight MH17, a Boeing, fell.", "Рейс MH17 упал.", "ru") == []


def test_a_month_of_a_year_is_compared_where_each_sentence_gives_one() -> None:
    (month,) = number_differences("ru", 0, 0, "He was recruited in 2021 and activated in September 2024.",
                                  "Его завербовали в 2021 году и активировали в сентябре 2023 года.", "ru")
    assert (month.source_number, month.target_number) == ("September 2024", "сентябре 2023")
    assert number_differences("hu", 0, 0, "He was activated in September 2024.", "2024 szeptemberében aktiválták.", "hu") == []
    assert number_differences("hu", 0, 0, "He was activated in September 2024.", "2023 szeptemberében aktiválták.", "hu") != []
