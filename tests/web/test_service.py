"""The page's handlers, without Gradio or a browser."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from support.documents import hand_made
from support.markup import parse

from translate import cli
from translate.errors import InputError, ModelNotAvailableError, UsageError
from translate.pipeline import Settings
from translate.types import Document
from translate.web.public import public_document
from translate.web.service import Limits, Options, WebService, ner_choice
from translate.web.streaming import PageUpdate

SHORT = "Donald Trump will meet Vladimir Putin in Budapest.\n\nThe date is not set yet."


@pytest.fixture(scope="module")
def service(tiny_settings_models: dict[str, str]) -> WebService:
    settings = Settings(engine="ctranslate2", beam_size=1, models=tiny_settings_models)
    return WebService(settings, Limits(max_chars=2000, max_upload_bytes=4096), ner="none")


def test_empty_and_too_long_text_are_refused_in_plain_words(service: WebService) -> None:
    with pytest.raises(InputError, match=r"^The article is empty; paste an article in English, Ukrainian, Russian or Hungarian"):
        service.check_text("  \n")
    with pytest.raises(InputError, match=r"^The article has 2,001 characters; this page accepts at most 2,000\."):
        service.check_text("a" * 2001)
    updates = list(service.translate_page("", ["uk"]))
    assert len(updates) == 1 and 'role="alert"' in (updates[0].status or "")
    assert updates[0].view is None  # the last result stays on the page


def test_uploads_are_checked(service: WebService, tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_text("An article. It is short.", encoding="utf-8")
    assert service.upload_text(str(good))[0] == "An article. It is short."
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 5000)
    text, message = service.upload_text(str(big))
    assert text is None and "uploads may be at most 4 KiB" in message
    latin = tmp_path / "latin.txt"
    latin.write_bytes("caf\xe9".encode("latin-1") * 3)
    text, message = service.upload_text(str(latin))
    assert text is None and "is not valid UTF-8" in message


def test_seed_loads(service: WebService) -> None:
    assert service.load_seed().startswith("Trump Plans Budapest Meeting")


def test_models_can_only_be_chosen_from_the_list(service: WebService) -> None:
    updates = list(service.translate_page(SHORT, ["uk"], models={"uk": "/etc"}))
    # Even the visitor's own path is not echoed back whole (messages never carry server paths).
    assert "model &#x27;etc&#x27; is not offered for &#x27;uk&#x27;" in (updates[0].status or "")
    updates = list(service.translate_page(SHORT, ["uk"], models={"uk": service.settings.models["uk"]}))
    assert "is not offered" in (updates[0].status or "")  # a configured path is offered by its name only


def test_only_available_models_are_offered_by_name(service: WebService) -> None:
    # The hub is off and the default and alternative models are not cached: only the configured ones.
    assert service.model_choices("hu") == ["tiny-en-hu (local)"]
    assert service.default_model("uk") == "tiny-en-zle (local)"
    assert service.settings_for(Options(models={"hu": "tiny-en-hu (local)"})).models["hu"] == service.settings.models["hu"]


def test_a_model_missing_offline_is_explained_to_the_visitor_and_logged_for_the_operator(
    tiny_settings_models: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    models = {**tiny_settings_models, "hu": "Helsinki-NLP/opus-mt-tc-big-en-hu"}  # configured, not cached, hub off
    offline = WebService(Settings(engine="ctranslate2", beam_size=1, models=models), ner="none")
    updates = list(offline.translate_page(SHORT, ["hu"]))
    status = updates[-1].status or ""
    assert 'role="alert"' in status and "A model this needs is not available on this server right now" in status
    assert "translate models pull" not in status and "is not cached" not in status
    log = capsys.readouterr().err
    assert "is not cached" in log and "translate models pull hu" in log


def test_translation_streams_language_by_language(service: WebService) -> None:
    updates: list[PageUpdate] = list(service.translate_page(SHORT, ["uk", "ru", "hu"]))
    views = [u.view for u in updates if u.view]
    assert views[0].count('class="cell pending"') == 3 * 3  # header + 2 rows, for each target
    assert any(v.count('class="cell pending" data-lang="ru"') and "pending\" data-lang=\"uk\"" not in v for v in views)
    final = updates[-1]
    assert final.document is not None and list(final.document["translations"]) == ["uk", "ru", "hu"]
    assert final.downloads is not None and set(final.downloads) == {"json", "tmx", "html", "docx", "md"}
    saved = json.loads(Path(final.downloads["json"]).read_text(encoding="utf-8"))
    assert saved == final.document
    assert Path(final.downloads["tmx"]).read_text(encoding="utf-8").lstrip().startswith("<?xml")
    assert 'data-columns="4"' in (final.view or "")


def test_translators_are_shared_and_load_lazily(tiny_settings_models: dict[str, str]) -> None:
    fresh = WebService(Settings(engine="transformers", models=tiny_settings_models))
    first = fresh.translator()
    assert first is fresh.translator() and not first._loaded  # nothing loads before a translation
    assert fresh.translator(Options(beam_size=2)) is not first


def test_api_returns_the_same_json_as_the_cli(service: WebService, model_args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "article.txt"
    source.write_text(SHORT, encoding="utf-8")
    assert cli.main(["translate", str(source), "--to", "uk,hu", "--format", "json", "--engine", "ctranslate2", "--beam", "1", "--quiet", *model_args]) == 0
    from_cli = Document.from_dict(json.loads(capsys.readouterr().out))
    from_api = service.api_translate(SHORT, ["uk", "hu"])
    # The same document, except that visitors see model names where the CLI's owner sees paths.
    assert from_api == public_document(from_cli).to_dict()
    assert "/" not in from_api["translations"]["uk"]["model"] and str(tmp_path.parent) not in json.dumps(from_api)


def test_compare_aligns_pasted_translations_and_marks_names(service: WebService, tmp_path: Path) -> None:
    glossary = tmp_path / "names.json"
    glossary.write_text(json.dumps([{"text": "Putin", "label": "PER", "forms": {"uk": ["Путін"], "ru": ["Путин"], "hu": ["Putyin"]}}]))
    source = "Trump will meet Putin in Budapest. The date is not set."
    provided = {
        "uk": "Трамп зустрінеться з Путіним у Будапешті. Дату ще не визначено.",
        "ru": "Трамп встретится с Путиным в Будапеште. Дата ещё не назначена.",
        "hu": "Trump Budapesten találkozik Putyinnal. Az időpont még nincs kitűzve.",
    }
    updates = list(service.compare_texts_page(source, [(lang, "", text) for lang, text in provided.items()], "auto", False, str(glossary)))
    final = updates[-1]
    assert final.document is not None, final.status
    assert [t["origin"] for t in final.document["translations"].values()] == ["provided"] * 3
    assert set(final.document["entities"][0]["mentions"]) == {"en", "uk", "ru", "hu"}
    assert (final.view or "").count('data-ent="e0"') == 5  # four marks and the legend


def test_compare_needs_a_translation(service: WebService) -> None:
    updates = list(service.compare_texts_page("An article.", [("uk", "", " "), ("ru", "", None)]))
    assert "no text given" in (updates[0].status or "")


def test_a_saved_document_opens_and_a_bad_one_is_explained(service: WebService, tmp_path: Path) -> None:
    good = tmp_path / "doc.json"
    good.write_text(json.dumps(hand_made()), encoding="utf-8")
    update = service.open_document(str(good))
    assert update.view is not None and 'data-rows="2"' in update.view
    bad = tmp_path / "bad.json"
    bad.write_text('{"source": 1}', encoding="utf-8")
    update = service.open_document(str(bad))
    assert update.view is None and "is not a document saved by this tool" in (update.status or "")


def test_compare_can_show_the_machine_translation_next_to_each(service: WebService) -> None:
    updates = list(service.compare_texts_page("Trump will meet Putin. The date is not set.", [("hu", "", "Trump találkozik Putyinnal. Nincs dátum.")], "auto", True))
    final = updates[-1]
    assert final.document is not None, final.status
    assert list(final.document["translations"]) == ["hu", "hu-mt"]
    heads = [dict(a)["data-lang"] for t, a in parse(final.view or "").tags if t == "div" and "data-lang" in dict(a)][:3]
    assert heads == ["en", "hu", "hu-mt"]
    assert "Hungarian (MT)" in (final.view or "")


# ---- whatever a visitor gives ends in a message in place ------------------------------------


@pytest.fixture()
def roomy(tiny_settings_models: dict[str, str]) -> WebService:
    """A service that takes uploads up to 1 MiB (the default), to reach the parsers' own limits."""
    settings = Settings(engine="ctranslate2", beam_size=1, models=tiny_settings_models)
    return WebService(settings, Limits(max_chars=2000), ner="none")


def test_a_lone_surrogate_in_a_pasted_translation_is_reported_with_its_place(service: WebService) -> None:
    updates = list(service.compare_texts_page("Hello world.", [("uk", "", "Привіт \udc80 світ.")]))
    assert len(updates) == 1 and updates[0].view is None
    status = updates[0].status or ""
    assert 'role="alert"' in status and "The Ukrainian text has a lone surrogate (U+DC80) at character 7, line 1" in status
    with pytest.raises(InputError, match=r"^The article has a lone surrogate \(U\+D800\) at character 2, line 2"):
        service.check_text("a\n\ud800b")


@pytest.mark.parametrize(
    "content",
    [
        lambda doc: {**doc, "translations": []},
        lambda doc: {**doc, "entities": [{**doc["entities"][0], "mentions": [[0, 1, 2]]}]},
        lambda doc: [doc],
        lambda doc: {**doc, "signature": "\udc80"},
    ],
    ids=["translations-list", "mentions-list", "not-an-object", "surrogate"],
)
def test_a_malformed_saved_document_is_explained_not_raised(service: WebService, tmp_path: Path, content: object) -> None:
    bad = tmp_path / "odd.json"
    bad.write_text(json.dumps(content(hand_made())), encoding="utf-8")  # type: ignore[operator]
    update = service.open_document(str(bad))
    assert update.view is None and 'role="alert"' in (update.status or "")
    assert "odd.json is not a document saved by this tool" in (update.status or "")


def test_a_deeply_nested_upload_is_a_plain_error(roomy: WebService, tmp_path: Path) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    updates = list(roomy.translate_page(SHORT, ["uk"], glossary_path=str(deep)))
    assert len(updates) == 1 and "deep.json: the glossary is nested too deeply" in (updates[0].status or "")
    updates = list(roomy.compare_texts_page("Hello world.", [("uk", "", "Привіт світ.")], "auto", False, str(deep)))
    assert len(updates) == 1 and "nested too deeply" in (updates[0].status or "")
    assert "is not a document saved by this tool (nested too deeply)" in (roomy.open_document(str(deep)).status or "")


def test_a_csv_glossary_with_a_huge_field_is_a_plain_error(roomy: WebService, tmp_path: Path) -> None:
    wide = tmp_path / "wide.csv"
    wide.write_text('text,label\n"' + "a" * 200_000 + '",PER\n', encoding="utf-8")
    updates = list(roomy.compare_texts_page("Hello world.", [("uk", "", "Привіт світ.")], "auto", False, str(wide)))
    # Either the CSV reader's own field limit or the name-length limit stops it (the csv limit is
    # process-wide, so which one depends on what ran before); either way it is one plain message.
    assert len(updates) == 1 and updates[0].view is None and "wide.csv" in (updates[0].status or "")


def test_the_glossary_is_capped_on_the_page(roomy: WebService, tmp_path: Path) -> None:
    names = tmp_path / "names.json"
    names.write_text(json.dumps([{"text": f"Name{i}", "label": "PER"} for i in range(1001)]), encoding="utf-8")
    updates = list(roomy.compare_texts_page("Hello world.", [("uk", "", "Привіт світ.")], "auto", False, str(names)))
    assert len(updates) == 1 and updates[0].view is None
    assert (
        "the glossary has 1,001 entries; the page takes at most 1,000 — use the CLI for larger watch lists"
        in (updates[0].status or "")
    )
    names.write_text(json.dumps([{"text": f"Name{i}", "label": "PER"} for i in range(1000)]), encoding="utf-8")
    assert len(roomy.read_glossary(str(names))) == 1000


def test_engines_come_from_the_engine_table(service: WebService) -> None:
    assert sorted(service.engine_choices()) == ["ctranslate2", "transformers"]
    assert service.engine_choices()[0] == "ctranslate2"
    updates = list(service.translate_page(SHORT, ["uk"], engine="ct3"))
    assert "engine &#x27;ct3&#x27; is not known; choose one of: ctranslate2, transformers" in (updates[0].status or "")


def test_a_beam_outside_the_page_range_is_refused(service: WebService) -> None:
    updates = list(service.translate_page(SHORT, ["uk"], beam_size=9))
    assert "beam size 9 is out of range; choose 1 to 8" in (updates[0].status or "")


def test_no_ner_model_is_none_and_a_named_missing_one_is_an_error() -> None:
    assert ner_choice("none", allow_download=False) is None
    assert ner_choice("auto", allow_download=False) is None  # the default model is not cached in tests
    with pytest.raises(ModelNotAvailableError, match=r"^NER model folder /no/such/ner-model does not exist"):
        ner_choice("/no/such/ner-model", allow_download=False)


# ---- any number of texts: translations or independent coverage ---------------------------------

STORY = Path(__file__).resolve().parents[1] / "data" / "coverage" / "orban-trump-sanctions-exemption"


@pytest.fixture(scope="module")
def roomy_service(tiny_settings_models: dict[str, str]) -> WebService:
    return WebService(Settings(engine="ctranslate2", beam_size=1, models=tiny_settings_models), Limits(max_chars=20000), ner="none")


def _story(name: str) -> str:
    return (STORY / name).read_text(encoding="utf-8")


def test_compare_texts_takes_several_named_texts_per_language_and_shows_the_matrix(roomy_service: WebService) -> None:
    texts = [
        ("uk", "", _story("uk-delo.txt")), ("ru", "Kommersant", _story("ru-kommersant.txt")), ("hu", "", ""),
        ("ru", "Prime", _story("ru-prime.txt")), ("hu", "444", _story("hu-444.txt")),
    ]
    updates = list(roomy_service.compare_texts_page(_story("en.txt"), texts, "auto", False, str(STORY / "glossary.json")))
    assert "Aligning…" in (updates[0].status or "") and updates[0].downloads == {}
    final = updates[-1]
    assert final.document is not None, final.status
    assert list(final.document["translations"]) == ["uk", "ru:Kommersant", "ru:Prime", "hu:444"]
    assert {t["relation"] for t in final.document["translations"].values()} == {"coverage"}
    assert "Compared 4 texts with the English source: 4 independent coverage." in (final.status or "")
    matrix = parse(final.coverage or "")
    columns = [dict(a).get("lang") for t, a in matrix.tags if t == "th" and dict(a).get("scope") == "col"]
    assert columns == [None, "uk", "ru", "ru", "hu"]
    rows = [t for t, a in matrix.tags if t == "th" and dict(a).get("scope") == "row"]
    assert len(rows) == len(final.document["source"]["sentences"]) + 1  # and the row of counts
    assert any(dict(a).get("data-cell") for t, a in matrix.tags if t == "button")
    assert "independent coverage" in (final.view or "")
    html = Path((final.downloads or {})["html"]).read_text(encoding="utf-8")
    assert '<section class="coverage"' in html and 'href="#cov-' in html


def test_compare_texts_relation_can_be_chosen_and_translations_have_no_matrix(roomy_service: WebService) -> None:
    texts = [("ru", "Prime", _story("ru-prime.txt"))]
    final = list(roomy_service.compare_texts_page(_story("en.txt"), texts, "translation"))[-1]
    assert final.document is not None, final.status
    assert final.document["translations"]["ru:Prime"]["relation"] == "translation"
    assert final.coverage == "" and "coverage" not in final.document
    assert "Compared 1 text with the English source: 1 translation." in (final.status or "")


@pytest.mark.parametrize(
    ("texts", "relation", "message"),
    [
        ([("ru", "", "Текст."), ("ru", "", "Другой текст.")], "auto", "there are 2 Russian texts; name each one"),
        ([("uk", "", "Текст.")], "summary", "relation &#x27;summary&#x27; is not known; choose one of: auto, translation, coverage"),
        ([("uk", "", "x" * 20001)], "auto", "The Ukrainian text has 20,001 characters; this page accepts at most 20,000"),
        ([], "auto", "no text given"),
    ],
)
def test_compare_texts_refuses_in_place(roomy_service: WebService, texts: list[tuple[str, str, str]], relation: str, message: str) -> None:
    updates = list(roomy_service.compare_texts_page("An article. It has two sentences.", texts, relation))
    assert len(updates) == 1 and 'role="alert"' in (updates[0].status or "")
    assert message in (updates[0].status or "")
    assert updates[0].view is None and updates[0].coverage is None  # the last result stays on the page


def test_every_final_view_replaces_the_matrix(service: WebService, tmp_path: Path) -> None:
    good = tmp_path / "doc.json"
    good.write_text(json.dumps(hand_made()), encoding="utf-8")
    assert service.open_document(str(good)).coverage == ""
# ---- the work of a handler is bounded by its input ---------------------------------------------


@pytest.mark.parametrize(
    ("count", "message"),
    [
        (5_000, "the glossary has 5,000 entries; the page takes at most 1,000"),
        (20_000, "the glossary names.json is 380 KiB; a glossary on this page may be at most 256 KiB (1,000 names)"),
    ],
)
def test_a_glossary_over_the_caps_is_refused_before_it_is_parsed(
    roomy: WebService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, count: int, message: str
) -> None:
    import translate.entities

    def parse_glossary(*args: object) -> None:
        raise AssertionError("the glossary parser ran on a glossary the page refuses")

    monkeypatch.setattr(translate.entities, "parse_glossary", parse_glossary)
    names = tmp_path / "names.json"
    names.write_text("[\n" + ",\n".join(json.dumps({"text": f"N{i}"}) for i in range(count)) + "\n]", encoding="utf-8")
    updates = list(roomy.translate_page(SHORT, ["uk"], glossary_path=str(names)))
    assert len(updates) == 1 and updates[0].view is None  # the run stops with the message
    assert message in (updates[0].status or "")


def test_a_csv_glossary_over_the_entry_cap_is_refused(roomy: WebService, tmp_path: Path) -> None:
    names = tmp_path / "names.csv"
    names.write_text("text,label\n" + "".join(f"N{i},PER\n" for i in range(1500)) + "\n\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"^the glossary has 1,500 entries; the page takes at most 1,000"):
        roomy.read_glossary(str(names))


def test_a_glossary_over_the_byte_cap_is_refused_with_its_size_and_the_limit(roomy: WebService, tmp_path: Path) -> None:
    names = tmp_path / "names.json"
    names.write_text(json.dumps([{"text": "N" * 150, "label": "PER", "forms": {"uk": ["Н" * 150] * 5}}] * 300), encoding="utf-8")
    size = round(names.stat().st_size / 1024)
    with pytest.raises(
        InputError, match=rf"^the glossary names.json is {size:,} KiB; a glossary on this page may be at most 256 KiB \(1,000 names\)"
    ):
        roomy.read_glossary(str(names))


def test_a_glossary_upload_is_checked_at_once(service: WebService, tmp_path: Path) -> None:
    names = tmp_path / "names.json"
    names.write_text(json.dumps([{"text": "Putin", "label": "PER"}, {"text": "Kyiv", "label": "LOC"}]), encoding="utf-8")
    assert "Glossary names.json: 2 names to mark." in service.glossary_status(str(names))
    names.write_text('[{"text": "Putin", "label": "BOSS"}]', encoding="utf-8")
    assert "label &#x27;BOSS&#x27; of &#x27;Putin&#x27; is not known" in service.glossary_status(str(names))


def test_utf16_is_named_as_such(service: WebService, tmp_path: Path) -> None:
    for name, data in (("bom.txt", "An article. It is short.".encode("utf-16")), ("le.txt", "An article. It is short.".encode("utf-16-le"))):
        path = tmp_path / name
        path.write_bytes(data)
        text, message = service.upload_text(str(path))
        assert text is None
        assert f"{name} is not UTF-8 (it looks like UTF-16); save it as UTF-8 and upload it again" in message


def test_an_oversized_upload_says_its_size_and_the_limit_once(service: WebService, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 9000)
    text, message = service.upload_text(str(big))
    assert text is None and message.count("big.txt is 9 KiB; uploads may be at most 4 KiB") == 1
    assert service.limits.upload_ceiling >= 16 * 1024 * 1024  # Gradio refuses only far larger files itself


# ---- every handler takes whatever a script sends it ---------------------------------------------


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"text": 12345, "targets": ["uk"]}, "The article must be text, not int"),
        ({"text": SHORT, "targets": None}, "no target language given; choose from: uk, ru, hu"),
        ({"text": SHORT, "targets": [1, 2]}, "no target language given"),
        ({"text": SHORT, "targets": ["uk"], "beam_size": "4; rm"}, "beam size &#x27;4; rm&#x27; is not a whole number"),
        ({"text": SHORT, "targets": ["uk"], "beam_size": 2.5}, "beam size 2.5 is not a whole number"),
        ({"text": SHORT, "targets": ["uk"], "models": ["uk"]}, "the models must be chosen from the lists"),
        ({"text": SHORT, "targets": ["uk"], "models": {"uk": 7}}, "model &#x27;7&#x27; is not offered"),
        ({"text": SHORT, "targets": ["uk"], "engine": ["x"]}, "the engine must be text, not list"),
        ({"text": SHORT, "targets": ["uk"], "glossary_path": 42}, "The glossary must be an uploaded file, not int"),
        ({"text": SHORT, "targets": ["uk"], "glossary_path": "/no/such/file.json"}, "The glossary was not received; upload it again"),
    ],
)
def test_translate_checks_every_argument(service: WebService, arguments: dict[str, Any], message: str) -> None:
    updates = list(service.translate_page(**arguments))
    assert len(updates) == 1 and updates[0].view is None
    assert message in (updates[0].status or "") and 'role="alert"' in (updates[0].status or "")


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"source": None, "texts": [("uk", "", "Привіт.")]}, "The English source is empty"),
        ({"source": "Hello.", "texts": None}, "no text given"),
        ({"source": "Hello.", "texts": [("uk", "", 5)]}, "must each be plain text"),
        ({"source": "Hello.", "texts": [("xx", "", "Hi.")]}, "language &#x27;xx&#x27; is not supported"),
        ({"source": "Hello.", "texts": [("uk", "", "Привіт.")], "with_mt": "yes"}, "is yes or no"),
    ],
)
def test_compare_checks_every_argument(service: WebService, arguments: dict[str, Any], message: str) -> None:
    updates = list(service.compare_texts_page(**arguments))
    assert len(updates) == 1 and message in (updates[0].status or "")


def test_the_api_and_the_small_handlers_check_their_arguments(service: WebService) -> None:
    with pytest.raises(InputError, match=r"^The article must be text, not int$"):
        service.api_translate(12345, ["uk"])
    with pytest.raises(UsageError, match=r"^no target language given"):
        service.api_translate(SHORT, None)
    assert "must be an uploaded file, not list" in service.upload_text(["x"])[1]
    assert "must be an uploaded file, not int" in (service.open_document(3).status or "")
    assert "must be an uploaded file" in service.glossary_status({"path": "/etc/passwd"})


# ---- any of the four languages as the source --------------------------------------------------

RUSSIAN = (
    "Президент Дональд Трамп объявил, что планирует встретиться с президентом России Владимиром Путиным в Будапеште. "
    "Это заявление прозвучало всего за день до визита президента Украины в Белый дом.\n\n"
    "Трамп не назвал конкретной даты встречи в Будапеште."
)


@pytest.fixture(scope="module")
def any_source(tiny_settings_models: dict[str, str], direction_models: dict[str, Path]) -> WebService:
    models = {
        **tiny_settings_models,
        "ru-en": str(direction_models["zle-en"]), "uk-en": str(direction_models["zle-en"]), "hu-en": str(direction_models["hu-en"]),
    }
    return WebService(Settings(engine="ctranslate2", beam_size=1, models=models), Limits(max_chars=2000), ner="none")


def test_a_detected_russian_article_streams_source_first_then_english_and_a_pivoted_hungarian(any_source: WebService) -> None:
    updates = list(any_source.translate_page(RUSSIAN, ["en", "hu"], source="auto"))
    notes = [u.source_note for u in updates if u.source_note]
    assert len(notes) == 1 and "source language: Russian (ru); found Russian" in notes[0]
    views = [u.view for u in updates if u.view]
    heads = [re.findall(r'data-lang="([^"]+)" data-col="\d+" role="columnheader"', view) for view in views]
    assert all(head == ["ru", "en", "hu"] for head in heads), heads  # columns never move as languages arrive
    assert any('class="cell pending" data-lang="hu" data-col="2" role="columnheader"' in view for view in views)
    final = updates[-1]
    assert final.document is not None and final.document["source"]["lang"] == "ru"
    assert list(final.document["translations"]) == ["en", "hu"]
    hungarian = final.document["translations"]["hu"]
    assert hungarian["pivot"] == "en" and all("pivoted" in s["flags"] for s in hungarian["sentences"])
    assert "pivot" not in final.document["translations"]["en"]
    view = final.view or ""
    assert re.findall(r'data-lang="(\w+)" data-col="\d+" role="columnheader">(?:(?!role="columnheader").)*?<span class="pivot">translated through English</span>', view) == ["hu"]
    assert 'data-flag="pivoted"' not in view  # said once on its column; the other flags stay readable
    assert "|from&#61;ru|" in view
    downloads = final.downloads or {}
    assert set(downloads) == {"json", "tmx", "html", "docx", "md"}
    assert json.loads(Path(downloads["json"]).read_text(encoding="utf-8"))["source"]["lang"] == "ru"
    assert 'srclang="ru"' in Path(downloads["tmx"]).read_text(encoding="utf-8")
    assert "translated through English" in Path(downloads["html"]).read_text(encoding="utf-8")


def test_targets_ticked_before_detection_leave_the_source_out(any_source: WebService) -> None:
    final = list(any_source.translate_page(RUSSIAN, ["uk", "ru"]))[-1]
    assert final.document is not None and list(final.document["translations"]) == ["uk"]


@pytest.mark.parametrize(
    ("text", "source", "targets", "message"),
    [
        (RUSSIAN, "ru", ["ru"], "target language &#x27;ru&#x27; is the article&#x27;s own language; choose from: en, uk, hu"),
        (RUSSIAN, "xx", ["en"], "source language &#x27;xx&#x27; is not supported"),
        (RUSSIAN, "en", ["uk"], "choose the article&#x27;s language under &#x27;Source language&#x27;"),
        (RUSSIAN + "\n\n" + SHORT + " " + SHORT, "auto", ["en"], "the article is not clearly in one of en, uk, ru, hu (found: "),
    ],
)
def test_a_source_problem_is_said_in_place_before_anything_is_translated(
    any_source: WebService, text: str, source: str, targets: list[str], message: str
) -> None:
    updates = list(any_source.translate_page(text, targets, source=source))
    assert len(updates) == 1 and updates[0].view is None and updates[0].source_note == ""
    assert message in (updates[0].status or "") and 'role="alert"' in (updates[0].status or "")
    assert "--from" not in (updates[0].status or "")


def test_the_api_accepts_and_reports_the_source_language(any_source: WebService) -> None:
    detected = any_source.api_translate(RUSSIAN, ["en"])
    assert detected["source"]["lang"] == "ru" and list(detected["translations"]) == ["en"]
    named = any_source.api_translate(RUSSIAN, ["en", "hu"], "ru")
    assert named["translations"]["hu"]["pivot"] == "en" and "from=ru" in named["signature"]
    assert "/" not in named["translations"]["hu"]["model"]  # both models by name, never a server path
    assert any_source.api_translate(SHORT, ["uk"])["source"]["lang"] == "en"
    with pytest.raises(UsageError, match=r"^target language 'ru' is the article's own language"):
        any_source.api_translate(RUSSIAN, ["ru"], "ru")


def test_a_visitors_model_choice_keeps_the_servers_models_of_other_directions(any_source: WebService) -> None:
    models = any_source.settings_for(Options(models={"hu": "tiny-en-hu (local)"})).models
    assert models["ru-en"] == any_source.settings.models["ru-en"] and models["hu"] == any_source.settings.models["hu"]


def test_the_note_before_translating_follows_the_text_and_the_choice(any_source: WebService) -> None:
    found = any_source.source_view(RUSSIAN, "auto", "en")
    assert found.note.startswith("source language: Russian (ru)") and found.offer is not None
    assert any_source.source_view("x" * 2001, "auto", "en").note == ""  # too long: the Translate button says why
    assert "must be text, not int" in any_source.source_view(3, "auto", "en").note


def test_compare_texts_can_translate_each_text_into_english(
    tiny_settings_models: dict[str, str], direction_models: dict[str, Path]
) -> None:
    models = {**tiny_settings_models, "ru-en": str(direction_models["zle-en"]), "hu-en": str(direction_models["hu-en"])}
    service = WebService(Settings(engine="ctranslate2", beam_size=1, models=models), Limits(max_chars=20000), ner="none")
    texts = [("ru", "Prime", _story("ru-prime.txt")), ("hu", "444", _story("hu-444.txt"))]
    updates = list(service.compare_texts_page(_story("en.txt"), texts, "coverage", False, None, "s1", back_translate=True))
    assert "Translating the texts into English and aligning…" in (updates[0].status or "")
    final = updates[-1]
    assert final.document is not None, final.status
    translations = final.document["translations"]
    assert list(translations) == ["ru:Prime", "ru-en:Prime", "hu:444", "hu-en:444"]  # each next to its English; no forward MT
    assert translations["ru-en:Prime"]["back_translation_of"] == "ru:Prime"
    assert len(translations["hu-en:444"]["sentences"]) == len(translations["hu:444"]["sentences"])
    assert {translations[key]["alignment_mode"] for key in ("ru:Prime", "hu:444")} == {"coverage+model"}
    # the downloads are this visitor's, in the folder of their session
    assert Path((final.downloads or {})["json"]).is_relative_to(service.downloads.folder_of("s1"))


def test_compare_texts_back_translation_is_yes_or_no(roomy_service: WebService) -> None:
    updates = list(roomy_service.compare_texts_page("A.", [("ru", "", "Б.")], "auto", False, None, "", back_translate="yes"))
    assert "is yes or no" in (updates[-1].status or "")


def test_compare_texts_says_the_notices_the_command_line_prints(roomy_service: WebService) -> None:
    twice = _story("ru-prime.txt") + "\n\n" + _story("ru-prime.txt")
    final = list(roomy_service.compare_texts_page(_story("en.txt"), [("ru", "Prime", twice)], "coverage"))[-1]
    assert final.document is not None, final.status
    assert "Notice: the ru:Prime text says " in (final.status or "") and "give each article once." in (final.status or "")
