"""Anchors: numbers by value, places through CLDR, names through transliteration keys, punctuation."""

from __future__ import annotations

from translate.alignment.anchors import link_names, sentence_anchors, token_sets


def test_country_names_anchor_across_languages() -> None:
    sentences = {
        "en": "Ukraine said so.",
        "uk": "Україна так заявила.",
        "ru": "Об этом заявила Украина.",
        "hu": "Ezt Ukrajna közölte.",
    }
    for lang, text in sentences.items():
        assert "t:UA" in sentence_anchors([text], lang)[0].fixed, lang
    inflected = {"uk": "в Угорщині", "ru": "в Венгрии", "hu": "Magyarországon", "en": "in Hungary"}
    for lang, text in inflected.items():
        assert "t:HU" in sentence_anchors([text], lang)[0].fixed, lang


def test_numbers_are_anchored_by_value() -> None:
    en, uk = sentence_anchors(["It cost 1,000.5 euros in 2024."], "en")[0], sentence_anchors(["Це коштувало 1 000,5 євро у 2024 році."], "uk")[0]
    assert {"n:1000.5", "n:2024"} <= en.fixed & uk.fixed


def test_names_are_capitalised_words_that_are_not_places_and_link_across_scripts() -> None:
    (en,) = sentence_anchors(["On Monday Zelensky met Orban in Warsaw."], "en")
    (uk,) = sentence_anchors(["Зеленський зустрівся з Орбаном у Варшаві."], "uk")
    assert "t:city:warsaw" in en.fixed and "t:city:warsaw" in uk.fixed
    assert len(en.names) == 2  # weekdays are capitalised only in English: not names
    links = link_names([en], [uk])
    linked = {s for keys in links.values() for s in keys}
    assert len(links) == 2 and linked == en.names


def test_a_headline_in_capitals_has_no_names() -> None:
    (anchors,) = sentence_anchors(["TRUMP AND PUTIN MEET IN ALASKA"], "en")
    assert anchors.names == set()


def test_punctuation_anchors_ignore_apostrophes_inside_words() -> None:
    (plain,) = sentence_anchors(["Kyiv's mayor spoke."], "en")
    (quoted,) = sentence_anchors(["He said 'no' (twice)?"], "en")
    assert not {"p:q", "p:(", "p:?"} & plain.fixed
    assert {"p:q", "p:(", "p:?"} <= quoted.fixed


def test_token_sets_share_ids_for_shared_anchors() -> None:
    src, tgt, weights = token_sets(["Zelensky arrived."], ["Зеленський прибув."], "en", "uk")
    assert src[0] == tgt[0] and len(weights) == 1


def test_titles_english_capitalises_before_a_name_are_no_names() -> None:
    from translate.alignment.anchors import sentence_anchors

    (anchors,) = sentence_anchors(["The talks, said Defence Minister Rustem Umerov and President Zelensky, went well."], "en")
    assert anchors.names == {"rustem", "umerov", "zelenski"}


def test_a_weekday_or_title_with_a_possessive_is_no_name() -> None:
    # "Sunday's" was a name key, and Hungarian "Sandu" matched it as well as "Sandu" ("names Sandu, Sunday").
    (anchors,) = sentence_anchors(["Sandu was running in Sunday’s elections and the President's party won."], "en")
    assert anchors.names == {"sandu"}
