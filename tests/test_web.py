"""The web page's handlers and renderer, without Gradio or a browser."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from translate import cli
from translate.errors import InputError
from translate.pipeline import Settings
from translate.types import FLAG_EXPLANATIONS, NUMBER_MISMATCH
from translate.web import Limits, PageUpdate, WebService, _Options
from translate.web_render import build_rows, default_columns, entity_colour, render_document, render_message

ROOT = Path(__file__).resolve().parents[1]
SHORT = "Donald Trump will meet Vladimir Putin in Budapest.\n\nThe date is not set yet."


class _Tags(HTMLParser):
    """Collects tags, attributes and text of a rendered fragment."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(fragment: str) -> _Tags:
    parser = _Tags()
    parser.feed(fragment)
    parser.close()
    return parser


def hand_made(payload: str = "Putin") -> dict:
    """A document with a 2-1 link in uk, a target-only sentence in hu, one entity in every language, a flag."""
    return {
        "source": {
            "lang": "en",
            "text": f"Trump met {payload}. They talked. It ended.",
            "sentences": [
                {"id": 0, "text": f"Trump met {payload}.", "start": 0, "end": 10 + len(payload) + 1, "paragraph": 0},
                {"id": 1, "text": "They talked.", "start": 0, "end": 0, "paragraph": 0},
                {"id": 2, "text": "It ended.", "start": 0, "end": 0, "paragraph": 1},
            ],
        },
        "translations": {
            "uk": {
                "model": "m<b>", "origin": "machine", "text": "",
                "sentences": [
                    {"id": 0, "text": "Трамп зустрів Путіна, і вони поговорили.", "flags": [NUMBER_MISMATCH], "paragraph": 0},
                    {"id": 1, "text": "Кінець.", "flags": [], "paragraph": 1},
                ],
                "links": [[[0, 1], [0]], [[2], [1]]],
            },
            "ru": {
                "model": "m", "origin": "provided", "text": "",
                "sentences": [
                    {"id": 0, "text": "Трамп встретил Путина.", "flags": [], "paragraph": 0},
                    {"id": 1, "text": "Они поговорили.", "flags": [], "paragraph": 0},
                    {"id": 2, "text": "Конец.", "flags": [], "paragraph": 1},
                ],
                "links": [[[0], [0]], [[1], [1]], [[2], [2]]],
            },
            "hu": {
                "model": "m", "origin": "machine", "text": "",
                "sentences": [
                    {"id": 0, "text": "Trump találkozott Putyinnal.", "flags": [], "paragraph": 0},
                    {"id": 1, "text": "Beszéltek.", "flags": [], "paragraph": 0},
                    {"id": 2, "text": "Extra.", "flags": [], "paragraph": 0},
                    {"id": 3, "text": "Vége.", "flags": [], "paragraph": 1},
                ],
                "links": [[[0], [0]], [[1], [1]], [[], [2]], [[2], [3]]],
            },
        },
        "signature": "engine=test",
        "entities": [
            {
                "id": "E1", "label": "PER", "text": payload,
                "mentions": {"en": [[0, 10, 10 + len(payload)]], "uk": [[0, 14, 20]], "ru": [[0, 15, 21]], "hu": [[0, 18, 27]]},
            }
        ],
    }


@pytest.fixture(scope="module")
def service(tiny_settings_models: dict[str, str]) -> WebService:
    settings = Settings(engine="ctranslate2", beam_size=1, models=tiny_settings_models)
    return WebService(settings, Limits(max_chars=2000, max_upload_bytes=4096), ner="none")


# ---- rendering -------------------------------------------------------------------------------


def test_rows_follow_the_links_of_every_column() -> None:
    document = hand_made()
    rows = build_rows(document, default_columns(document)[1:])
    # uk ties source sentences 0 and 1 together: they share a row in every column.
    assert [row.source for row in rows] == [[0, 1], [2]]
    assert [row.targets for row in rows] == [[[0], [0, 1], [0, 1, 2]], [[1], [2], [3]]]


def test_rendered_view_has_one_row_per_group_and_a_column_per_language() -> None:
    html = render_document(hand_made())
    tags = parse(html).tags
    rows = [dict(a) for t, a in tags if t == "div" and dict(a).get("data-row") is not None]
    assert len(rows) == 2
    heads = [dict(a)["data-lang"] for t, a in tags if t == "div" and "cell" in (dict(a).get("class") or "") and "data-lang" in dict(a)]
    assert heads[:4] == ["en", "uk", "ru", "hu"]
    assert 'class="row para"' in html  # the paragraph break before "It ended."


def test_one_entity_has_one_colour_in_every_column() -> None:
    html = render_document(hand_made())
    marks = [dict(a) for t, a in parse(html).tags if t == "mark"]
    assert len(marks) == 4
    assert {m["data-ent"] for m in marks} == {"e0"}
    assert {m["style"] for m in marks} == {f"--ec:{entity_colour(0)}"}
    assert 'class="legend-item" data-ent="e0"' in html
    assert ">Putin</mark>" in html and ">Путіна</mark>" in html and ">Putyinnal</mark>" in html


def test_flags_are_badges_with_the_plain_explanation() -> None:
    html = render_document(hand_made())
    badges = [dict(a) for t, a in parse(html).tags if t == "span" and dict(a).get("data-flag")]
    assert badges == [{"class": "flag", "title": FLAG_EXPLANATIONS[NUMBER_MISMATCH], "data-flag": NUMBER_MISMATCH}]


def test_pending_languages_show_as_waiting_columns() -> None:
    document = hand_made()
    partial = {"source": document["source"], "translations": {"uk": document["translations"]["uk"]}}
    html = render_document(partial, pending=["uk", "ru", "hu"])
    assert html.count('class="cell pending" data-lang="ru"') == 3  # header and both rows
    assert 'data-columns="4"' in html


PAYLOADS = [
    "<script>window.__xss=1</script>",
    '<img src=x onerror="window.__xss=1">',
    "\"><svg onload=window.__xss=1>",
    "'><b onmouseover='window.__xss=1'>",
    '<a href="javascript:window.__xss=1">x</a>',
    "</mark></div><script>window.__xss=1</script>",
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_user_and_model_strings_are_escaped_everywhere(payload: str) -> None:
    document = hand_made(payload)
    document["translations"]["ru"]["sentences"][1]["text"] = payload
    document["translations"]["ru"]["model"] = payload
    document["translations"]["hu"]["sentences"][1]["flags"] = [payload]
    document["signature"] = payload
    html = render_document(document)
    parsed = parse(html)
    assert {t for t, _ in parsed.tags} <= {"div", "span", "mark", "button"}
    for _tag, attrs in parsed.tags:
        assert not any(name.startswith("on") or name == "href" for name, _ in attrs)
    assert payload in "".join(parsed.text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_any_text_comes_back_as_text(text: str) -> None:
    rendered = render_message(text)
    parsed = parse(rendered)
    assert [t for t, _ in parsed.tags] == ["div"]
    assert "".join(parsed.text) == text


# ---- handlers --------------------------------------------------------------------------------


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
    assert fresh.translator(_Options(beam_size=2)) is not first


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


def test_importing_the_page_loads_no_framework() -> None:
    code = "import sys, translate.web, translate.cli.serve; print(sorted(m for m in ('gradio', 'torch', 'transformers', 'ctranslate2') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"


def test_serve_is_a_command() -> None:
    parser = cli.build_parser()
    args = parser.parse_args(["serve", "--port", "7999", "--model", "uk=/x", "--host", "0.0.0.0"])
    assert (args.port, args.host, cli.settings_from_args(args).models) == (7999, "0.0.0.0", {"uk": "/x"})


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


class _EndlessTranslator:
    """Reports progress until told to stop, like a long article; records how it ended."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.ended: list[str] = []

    def translate_document(self, text: str, codes: object, *, progress: Any, on_language: Any, on_partial: Any = None) -> object:
        deadline = time.monotonic() + 20
        try:
            while time.monotonic() < deadline:
                progress("uk", 0, 2)
                self.started.set()
                time.sleep(0.01)
        except BaseException as error:
            self.ended.append(type(error).__name__)
            raise
        self.ended.append("ran to the end")
        raise RuntimeError("not stopped")


def test_a_closed_request_stops_its_worker(service: WebService) -> None:
    fake = _EndlessTranslator()
    stream = service._stream(fake, SHORT, ("uk",), ())  # type: ignore[arg-type]
    first = next(stream)
    assert first.view is not None  # the pending columns
    assert next(stream).status is not None  # the worker's first progress report
    assert fake.started.is_set()
    stream.close()  # what Gradio does when the visitor presses Stop or leaves
    workers = [t for t in threading.enumerate() if t.name == "translate-web"]
    for worker in workers:
        worker.join(10)
    assert fake.ended == ["_Cancelled"]
    assert not any(worker.is_alive() for worker in workers)


def test_a_language_shows_its_first_sentences_before_it_is_complete() -> None:
    from translate.web_render import render_document

    document = {
        "source": {"lang": "en", "text": "A. B. C.", "sentences": [
            {"id": 0, "text": "A.", "start": 0, "end": 2, "paragraph": 0},
            {"id": 1, "text": "B.", "start": 3, "end": 5, "paragraph": 0},
            {"id": 2, "text": "C.", "start": 6, "end": 8, "paragraph": 0}]},
        "translations": {"hu": {"model": "m", "revision": "r", "engine": "e", "origin": "machine", "text": "Á. B. C.",
                                "sentences": [{"id": 0, "text": "Á.", "flags": [], "paragraph": 0}],
                                "links": [[[0], [0]]], "partial": True}},
    }
    page = render_document(document, pending=["hu"])
    assert "Á." in page
    assert page.count('class="cell pending" data-lang="hu"') == 2  # B. and C. are still on their way
