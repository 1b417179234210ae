"""Sentence and paragraph segmentation: golden cases per language, invariants, pathological input."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.paths import SEED
from support.segmentation_cases import CASES

from translate.errors import UsageError
from translate.text.segmentation import clause_cut_points, split_paragraphs, split_sentences
from translate.types import Sentence

LANGS = ("en", "uk", "ru", "hu")
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def texts(sentences: list[Sentence]) -> list[str]:
    return [s.text for s in sentences]


def check_invariants(text: str, sentences: list[Sentence]) -> None:
    """The sentences and the whitespace between them give back ``text`` exactly."""
    rebuilt: list[str] = []
    pos = 0
    paragraphs = split_paragraphs(text)
    for i, s in enumerate(sentences):
        assert s.id == i
        assert s.text == text[s.start : s.end]
        assert s.text and s.text == s.text.strip()
        assert not any(ch in LINE_BREAKS for ch in s.text)
        gap = text[pos : s.start]
        assert gap == "" or gap.isspace()
        if i:
            # Only two sentences written together ("правления.Она") touch: an end mark, then a capital.
            assert gap or (sentences[i - 1].text[-1] in ".!?" and s.text[0].isupper()), "two sentences touch"
            assert s.paragraph >= sentences[i - 1].paragraph
        p_start, p_end = paragraphs[s.paragraph]
        assert p_start <= s.start and s.end <= p_end
        rebuilt.append(gap)
        rebuilt.append(s.text)
        pos = s.end
    tail = text[pos:]
    assert tail == "" or tail.isspace()
    rebuilt.append(tail)
    assert "".join(rebuilt) == text
    if sentences:
        assert sentences[-1].paragraph == len(paragraphs) - 1
    else:
        assert text.strip() == "" and paragraphs == []


# --- golden cases -----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_each_language_has_at_least_thirty_cases(lang: str) -> None:
    assert len(CASES[lang]) >= 30


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        pytest.param(lang, text, expected, id=f"{lang}-{i}")
        for lang in LANGS
        for i, (text, expected) in enumerate(CASES[lang])
    ],
)
def test_golden_cases(lang: str, text: str, expected: list[str]) -> None:
    sentences = split_sentences(text, lang)
    assert texts(sentences) == expected
    check_invariants(text, sentences)


def test_seed_article() -> None:
    text = SEED.read_text(encoding="utf-8")
    sentences = split_sentences(text, "en")
    check_invariants(text, sentences)
    # Counted by hand: the title, two paragraphs of two sentences, twenty of one.
    assert len(sentences) == 24
    assert len(split_paragraphs(text)) == 22
    assert (
        sentences[0].text
        == "Trump Plans Budapest Meeting with Putin Following Significant Progress in Recent Call"
    )
    assert sentences[0].paragraph == 0
    assert sentences[2].text.startswith("This announcement comes")
    assert sentences[2].text.endswith("to advocate for U.S.-made Tomahawk missiles.")
    assert any(s.text.startswith("Top officials from both the U.S. and Russia, including") for s in sentences)
    assert sentences[6].text.endswith("between Russia and Ukraine to a conclusion.»")
    assert sentences[-1].text.endswith("would cease purchasing Russian oil.")
    assert [s.paragraph for s in sentences[:5]] == [0, 1, 1, 2, 2]


# --- single rules, on minimal examples (the case tables above hold the real sentences) -------------


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # punctuation alone never starts a sentence
        ("en", "It ends ( or not ! ) . Next one.", ["It ends ( or not ! ) .", "Next one."]),
        ("en", "The talks ended . . . Nobody knows.", ["The talks ended . . .", "Nobody knows."]),
        ("uk", "Він сказав « так . » Потім пішов.", ["Він сказав « так . »", "Потім пішов."]),
        # ? and ! before a lower-case word
        ("en", "where did you grow up? india?", ["where did you grow up?", "india?"]),
        ("en", "He asked (why?) and left.", ["He asked (why?) and left."]),
        ("ru", "Ты где? я уже здесь.", ["Ты где?", "я уже здесь."]),
        ("ru", "Ты где? спросил он.", ["Ты где? спросил он."]),  # no starter: not trusted
        # a full stop before a lower-case word
        ("en", "i am home. you can call.", ["i am home.", "you can call."]),
        ("en", "It costs approx. ten dollars.", ["It costs approx. ten dollars."]),
        ("uk", "Він мовчав. ані слова.", ["Він мовчав.", "ані слова."]),
        ("uk", "Це т. зв. реформа.", ["Це т. зв. реформа."]),
        ("hu", "A 4. évben nyereséges lett.", ["A 4. évben nyereséges lett."]),
        # years, centuries and units after a number; the same letters elsewhere
        ("uk", "Це сталося у 2014 р. Україна змінилася.", ["Це сталося у 2014 р.", "Україна змінилася."]),
        ("ru", "В 1991 г. Украина стала независимой.", ["В 1991 г. Украина стала независимой."]),
        ("ru", "В 1991 г. В Москве был путч.", ["В 1991 г. В Москве был путч."]),
        ("ru", "Он жил в г. Тверь.", ["Он жил в г. Тверь."]),
        ("uk", "Адреса: вул. Лесі Українки, 5, м. Київ.", ["Адреса: вул. Лесі Українки, 5, м. Київ."]),
        # an abbreviation before a dash, a bracketed acronym, an editor's note
        (
            "uk",
            "Ціни зростуть (наступного року. — Ред.). Так кажуть.",
            ["Ціни зростуть (наступного року. — Ред.).", "Так кажуть."],
        ),
        ("en", "Acme Corp. (ACME) said so.", ["Acme Corp. (ACME) said so."]),
        # camel-case names start sentences, Cyrillic units do not
        ("uk", "Вийшов новий телефон. iPhone подорожчав.", ["Вийшов новий телефон.", "iPhone подорожчав."]),
        ("uk", "Тариф 46 коп. кВт-год.", ["Тариф 46 коп. кВт-год."]),
        # a Hungarian number before a symbol is an ordinal
        ("hu", "A 12. § szerint tilos.", ["A 12. § szerint tilos."]),
    ],
)
def test_single_rules(lang: str, text: str, expected: list[str]) -> None:
    sentences = split_sentences(text, lang)
    assert texts(sentences) == expected
    check_invariants(text, sentences)


# --- paragraphs and lines -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        (" \n\t\n  ", []),
        ("One.", [(0, 4)]),
        ("  One. Two.  ", [(2, 11)]),
        ("One.\nTwo.", [(0, 9)]),
        ("One.\n\nTwo.", [(0, 4), (6, 10)]),
        ("One.\n \t\n\nTwo.\n", [(0, 4), (9, 13)]),
        ("One.\r\n\r\nTwo.", [(0, 4), (8, 12)]),
        ("One.\r\nTwo.", [(0, 10)]),
        ("Title\n\nBody one. Body two.\n\n\n", [(0, 5), (7, 26)]),
    ],
)
def test_split_paragraphs(text: str, expected: list[tuple[int, int]]) -> None:
    assert split_paragraphs(text) == expected


def test_sentences_carry_their_paragraph_index() -> None:
    text = "Headline\n\nFirst one. Second one.\nThird line\n\n\nLast."
    sentences = split_sentences(text, "en")
    assert [(s.text, s.paragraph) for s in sentences] == [
        ("Headline", 0),
        ("First one.", 1),
        ("Second one.", 1),
        ("Third line", 1),
        ("Last.", 2),
    ]
    assert [(s.start, s.end) for s in sentences] == [(0, 8), (10, 20), (21, 32), (33, 43), (46, 51)]


@pytest.mark.parametrize("lang", LANGS)
def test_every_line_break_ends_a_sentence(lang: str) -> None:
    text = "Mr.\nSmith left\r\nU.S.\u2028Army 3.\x0cB"
    assert texts(split_sentences(text, lang)) == ["Mr.", "Smith left", "U.S.", "Army 3.", "B"]


@pytest.mark.parametrize("text", ["", " ", "\n\n", "\r\n\t \u3000\u2029"])
def test_blank_text_gives_no_sentences(text: str) -> None:
    assert split_sentences(text, "en") == []
    assert split_paragraphs(text) == []


def test_unknown_language_lists_the_choices() -> None:
    with pytest.raises(UsageError, match=r"^language 'de' is not supported; choose from: en, uk, ru, hu$"):
        split_sentences("Hallo Welt.", "de")


def test_unknown_language_is_refused_even_for_empty_text() -> None:
    with pytest.raises(UsageError, match="choose from: en, uk, ru, hu"):
        split_sentences("", "EN")


# --- Unicode: kept as is ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A\x00b. Next\x00 one.", ["A\x00b.", "Next\x00 one."]),
        ("Lone \ud800 surrogate. Next \udfff.", ["Lone \ud800 surrogate.", "Next \udfff."]),
        ("Zero\u200bwidth. Next\ufeff.", ["Zero\u200bwidth.", "Next\ufeff."]),
        ("End.\u200b Next.", ["End.\u200b", "Next."]),
        ("\u202eevil\u202c text. Next.", ["\u202eevil\u202c text.", "Next."]),
        ("Line one.\r\nLine two.", ["Line one.", "Line two."]),
        ("Non\u00a0breaking. Ideographic\u3000space.", ["Non\u00a0breaking.", "Ideographic\u3000space."]),
    ],
)
def test_unusual_characters_are_kept(text: str, expected: list[str]) -> None:
    sentences = split_sentences(text, "en")
    assert texts(sentences) == expected
    check_invariants(text, sentences)


def test_nfd_text_is_not_normalised() -> None:
    text = unicodedata.normalize("NFD", "Orbán és Zelenszkij tárgyalt. Az eredmény bizonytalan.")
    sentences = split_sentences(text, "hu")
    assert len(sentences) == 2
    assert sentences[0].text == text[: sentences[0].end]
    assert unicodedata.is_normalized("NFD", sentences[0].text)
    assert not unicodedata.is_normalized("NFC", sentences[0].text)
    check_invariants(text, sentences)


# --- property tests --------------------------------------------------------------------------------

ANY_CHAR = st.characters(exclude_categories=())  # every category, lone surrogates included
PIECES = [
    "word",
    "Word",
    "слово",
    "Слово",
    "szó",
    "Ő",
    "a",
    "I",
    "3",
    "3.5",
    "16.10.2025",
    "2025.",
    "4.",
    "Mr.",
    "U.S.",
    "U.S.-made",
    "e.g.",
    "т. зв.",
    "т.е.",
    "ун-т",
    "ім.",
    "р.",
    "г.",
    "stb.",
    "pl.",
    "XIV.",
    ".",
    "..",
    "...",
    "…",
    "?",
    "!",
    "?!",
    "!!",
    "?»",
    ".»",
    "«",
    "»",
    "“",
    "”",
    "„",
    "‘",
    "’",
    "'",
    '"',
    "(",
    ")",
    "[",
    "]",
    "—",
    "–",
    "-",
    ",",
    ";",
    ":",
    "www.example.com",
    "a@b.hu",
    " ",
    "  ",
    "\t",
    "\n",
    "\r\n",
    "\r",
    "\n\n",
    " \n \n",
    "\u2028",
    "\u2029",
    "\x0c",
    "\x85",
    "\u00a0",
    "\x00",
    "\u200b",
    "\u200e",
    "\u202e",
    "\ufeff",
    "\ud800",
    "e\u0301",
    "\U0001f600",
]
SENTENCEISH = st.lists(st.one_of(st.sampled_from(PIECES), st.text(ANY_CHAR, max_size=3)), max_size=60).map(
    "".join
)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(ANY_CHAR), lang=st.sampled_from(LANGS))
def test_round_trip_any_text(text: str, lang: str) -> None:
    check_invariants(text, split_sentences(text, lang))


@settings(max_examples=200)
@given(text=st.text(), lang=st.sampled_from(LANGS))
def test_round_trip_default_text(text: str, lang: str) -> None:
    check_invariants(text, split_sentences(text, lang))


@settings(max_examples=600, suppress_health_check=[HealthCheck.too_slow])
@given(text=SENTENCEISH, lang=st.sampled_from(LANGS))
def test_round_trip_sentenceish_text(text: str, lang: str) -> None:
    check_invariants(text, split_sentences(text, lang))


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(text=SENTENCEISH)
def test_paragraph_spans_are_ordered_stripped_and_separated_by_blank_lines(text: str) -> None:
    spans = split_paragraphs(text)
    previous_end = 0
    for i, (start, end) in enumerate(spans):
        assert previous_end <= start < end <= len(text)
        chunk = text[start:end]
        assert chunk == chunk.strip()
        between = text[previous_end:start]
        assert between == "" or between.isspace()
        if i:
            assert line_breaks(between) >= 2, "paragraphs need a blank line between them"
        # No blank line inside a paragraph.
        assert all(line.strip() for line in chunk.splitlines())
        previous_end = end
    assert text[previous_end:].strip() == ""


def line_breaks(whitespace: str) -> int:
    return sum(1 for line in whitespace.splitlines(keepends=True) if line.splitlines() != [line])


@pytest.mark.parametrize(
    ("text", "expected"),
    [("a\nb", 1), ("a\r\nb", 1), ("a\n \nb", 2), ("a\n\rb", 2), ("a \u2029\x85b", 2), ("a b", 0)],
)
def test_paragraphs_follow_str_splitlines(text: str, expected: int) -> None:
    assert len(split_paragraphs(text)) == (2 if expected >= 2 else 1)
    assert len(split_sentences(text, "en")) == (1 if expected == 0 else 2)
    assert line_breaks(text[1:-1]) == expected


# --- clause cut points -----------------------------------------------------------------------------


def test_clause_cut_points_prefer_clause_marks() -> None:
    text = "Talks stalled; Kyiv asked for missiles, and Moscow refused: no deal — yet."
    points = clause_cut_points(text)
    assert points[0] == text.index(";") + 1
    assert points[1] == text.index(":") + 1
    assert points[2] == text.index("—") + 1
    assert points[3] == text.index(",") + 1
    spaces = [i for i, ch in enumerate(text) if ch == " "]
    assert sorted(points) == sorted(set(spaces))  # every mark here is followed by a space
    assert len(points) == len(set(points))


def test_clause_cut_points_skip_numbers_and_keep_quotes_left() -> None:
    text = "It cost 1,000 dollars in 2020–2021, «a lot,» he said."
    points = clause_cut_points(text)
    assert text.index(",") + 1 not in points  # "1,000"
    assert text.index("–") + 1 not in points  # "2020–2021"
    assert points[0] == text.index("2021,") + 5
    assert points[1] == text.index("»") + 1


def test_clause_cut_points_whitespace_nearest_middle_first() -> None:
    text = "aa bb cc dd ee"
    assert clause_cut_points(text) == [8, 5, 11, 2]  # the middle is 7


@pytest.mark.parametrize("text", ["", " ", "word", "  word  ", ";", "a;", "a,", "«a»"])
def test_clause_cut_points_none_when_nothing_to_split(text: str) -> None:
    assert clause_cut_points(text) == []


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(st.text(ANY_CHAR), SENTENCEISH))
def test_clause_cut_points_are_inside_and_split_into_two_nonblank_parts(text: str) -> None:
    points = clause_cut_points(text)
    assert len(points) == len(set(points))
    for p in points:
        assert 0 < p < len(text)
        assert text[:p].strip() and text[p:].strip()


# --- pathological input: hang guards, no timing assertions ---------------------------------------


@pytest.mark.timeout(120)  # a hang guard: each input takes well under a second; quadratic time would take hours
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    "text",
    [
        "a" * 100_000,
        "a." * 50_000,
        "." * 100_000,
        "a. " * 50_000,
        "A. " * 50_000,
        "Mr. " * 25_000,
        "U.S. " * 20_000,
        "... " * 25_000,
        "— " * 50_000,
        "«" * 100_000,
        "»." * 50_000,
        "1. " * 33_000,
        "\n" * 100_000,
        " " * 100_000,
        "a.b" * 33_000,
        "?" * 100_000,
        ", " * 50_000,
        "Угоду уклали у 2014 р. " * 12_000,
        "«" * 50_000 + " 1 г." * 12_000,
        "a ) . " * 16_000,
        "« так . » " * 10_000,
        "why? i " * 14_000,
        "a. — b. " * 12_000,
        "12,5 тыс. т. " * 8_000,
    ],
    ids=lambda t: repr(t[:6]),
)
def test_pathological_input_is_linear(text: str, lang: str) -> None:
    sentences = split_sentences(text, lang)
    assert sum(len(s.text) for s in sentences) <= len(text)
    split_paragraphs(text)
    clause_cut_points(text)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ru", "Это был 70-й год её правления.Она умерла в Балморале.", ["Это был 70-й год её правления.", "Она умерла в Балморале."]),
        ("uk", "Уряд ухвалив рішення!Прем'єр заявив про це.", ["Уряд ухвалив рішення!", "Прем'єр заявив про це."]),
        # outlet names, addresses and abbreviations stay whole
        ("ru", "Об этом сообщила Lenta.Ru в пятницу.", ["Об этом сообщила Lenta.Ru в пятницу."]),
        ("uk", "Див. www.pravda.com.ua.Далі текст.", ["Див. www.pravda.com.ua.Далі текст."]),
        ("uk", "Мітинг на вул.Хрещатик, 5.", ["Мітинг на вул.Хрещатик, 5."]),
    ],
)
def test_two_sentences_written_together_without_a_space_are_two(lang: str, text: str, expected: list[str]) -> None:
    sentences = split_sentences(text, lang)
    assert [s.text for s in sentences] == expected
    assert all(text[s.start : s.end] == s.text for s in sentences)
