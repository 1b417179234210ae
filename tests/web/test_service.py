"""The page's handlers, without Gradio or a browser."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from support.documents import hand_made
from support.markup import parse

from translate import cli
from translate.errors import InputError, ModelNotAvailableError
from translate.pipeline import Settings
from translate.web.service import Limits, Options, WebService, ner_choice
from translate.web.streaming import PageUpdate

SHORT = "Donald Trump will meet Vladimir Putin in Budapest.\n\nThe date is not set yet."


@pytest.fixture(scope="module")
def service(tiny_settings_models: dict[str, str]) -> WebService:
    settings = Settings(engine="ctranslate2", beam_size=1, models=tiny_settings_models)
    return WebService(settings, Limits(max_chars=2000, max_upload_bytes=4096), ner="none")


def test_empty_and_too_long_text_are_refused_in_plain_words(service: WebService) -> None:
    with pytest.raises(InputError, match=r"^The article is empty; paste an English article"):
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
    assert "model &#x27;/etc&#x27; is not offered for &#x27;uk&#x27;" in (updates[0].status or "")


def test_a_model_missing_offline_is_reported_in_place(service: WebService) -> None:
    choice = service.model_choices("hu")[1]  # the default hub model: not cached, and the hub is off
    updates = list(service.translate_page(SHORT, ["hu"], models={"hu": choice}))
    assert "is not cached" in (updates[-1].status or "") and 'role="alert"' in (updates[-1].status or "")


def test_translation_streams_language_by_language(service: WebService) -> None:
    updates: list[PageUpdate] = list(service.translate_page(SHORT, ["uk", "ru", "hu"]))
    views = [u.view for u in updates if u.view]
    assert views[0].count('class="cell pending"') == 3 * 3  # header + 2 rows, for each target
    assert any(v.count('class="cell pending" data-lang="ru"') and "pending\" data-lang=\"uk\"" not in v for v in views)
    final = updates[-1]
    assert final.document is not None and list(final.document["translations"]) == ["uk", "ru", "hu"]
    assert final.downloads is not None and set(final.downloads) == {"json", "tmx", "html"}
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
    from_cli = json.loads(capsys.readouterr().out)
    assert service.api_translate(SHORT, ["uk", "hu"]) == from_cli


def test_compare_aligns_pasted_translations_and_marks_names(service: WebService, tmp_path: Path) -> None:
    glossary = tmp_path / "names.json"
    glossary.write_text(json.dumps([{"text": "Putin", "label": "PER", "forms": {"uk": ["Путін"], "ru": ["Путин"], "hu": ["Putyin"]}}]))
    source = "Trump will meet Putin in Budapest. The date is not set."
    provided = {
        "uk": "Трамп зустрінеться з Путіним у Будапешті. Дату ще не визначено.",
        "ru": "Трамп встретится с Путиным в Будапеште. Дата ещё не назначена.",
        "hu": "Trump Budapesten találkozik Putyinnal. Az időpont még nincs kitűzve.",
    }
    updates = list(service.compare_page(source, provided, False, str(glossary)))
    final = updates[-1]
    assert final.document is not None, final.status
    assert [t["origin"] for t in final.document["translations"].values()] == ["provided"] * 3
    assert set(final.document["entities"][0]["mentions"]) == {"en", "uk", "ru", "hu"}
    assert (final.view or "").count('data-ent="e0"') == 5  # four marks and the legend


def test_compare_needs_a_translation(service: WebService) -> None:
    updates = list(service.compare_page("An article.", {"uk": " ", "ru": None}))
    assert "no translation given" in (updates[0].status or "")


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
    updates = list(service.compare_page("Trump will meet Putin. The date is not set.", {"hu": "Trump találkozik Putyinnal. Nincs dátum."}, True))
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
    updates = list(service.compare_page("Hello world.", {"uk": "Привіт \udc80 світ."}))
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
    updates = list(roomy.compare_page("Hello world.", {"uk": "Привіт світ."}, False, str(deep)))
    assert len(updates) == 1 and "nested too deeply" in (updates[0].status or "")
    assert "is not a document saved by this tool (nested too deeply)" in (roomy.open_document(str(deep)).status or "")


def test_a_csv_glossary_with_a_huge_field_is_a_plain_error(roomy: WebService, tmp_path: Path) -> None:
    wide = tmp_path / "wide.csv"
    wide.write_text('text,label\n"' + "a" * 200_000 + '",PER\n', encoding="utf-8")
    updates = list(roomy.compare_page("Hello world.", {"uk": "Привіт світ."}, False, str(wide)))
    # Either the CSV reader's own field limit or the name-length limit stops it (the csv limit is
    # process-wide, so which one depends on what ran before); either way it is one plain message.
    assert len(updates) == 1 and updates[0].view is None and "wide.csv" in (updates[0].status or "")


def test_the_glossary_is_capped_on_the_page(roomy: WebService, tmp_path: Path) -> None:
    names = tmp_path / "names.json"
    names.write_text(json.dumps([{"text": f"Name{i}", "label": "PER"} for i in range(1001)]), encoding="utf-8")
    updates = list(roomy.compare_page("Hello world.", {"uk": "Привіт світ."}, False, str(names)))
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
        ([("uk", "", "x" * 20001)], "auto", "The uk text has 20,001 characters; this page accepts at most 20,000"),
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
