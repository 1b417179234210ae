"""The web page in a real browser: `translate serve` on tiny local models, driven by Playwright
with Debian's Chromium (headless). Components are found by their labels and the page's ids."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from support.paths import ROOT

from translate.text.segmentation import split_sentences

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync",
]
MAX_CHARS = 6000
WAIT_MS = 120_000  # generous: CI is a loaded 2-core machine; waits end as soon as their condition holds

# No skipping: scripts/test.sh installs Debian's chromium, so a missing browser is a failure to see.
assert Path(CHROMIUM).exists(), f"{CHROMIUM} is missing: run the tests through scripts/test.sh, or apt-get install chromium"

SOURCE = (
    "President Donald Trump announced that he plans to meet with Russian President Vladimir Putin in Budapest. "
    "This announcement comes just a day before Ukrainian President Volodymyr Zelensky is scheduled to visit the White House.\n\n"
    "Trump did not set a specific date for the Budapest meeting. Their previous encounter took place in Alaska in August."
)
PROVIDED = {
    "uk": (
        "Президент Дональд Трамп оголосив, що планує зустрітися з президентом Росії Володимиром Путіним у Будапешті. "
        "Ця заява пролунала лише за день до того, як президент України Володимир Зеленський має відвідати Білий дім.\n\n"
        "Трамп не назвав конкретної дати зустрічі в Будапешті. Їхня попередня зустріч відбулася на Алясці в серпні."
    ),
    "ru": (
        "Президент Дональд Трамп объявил, что планирует встретиться с президентом России Владимиром Путиным в Будапеште. "
        "Это заявление прозвучало всего за день до того, как президент Украины Владимир Зеленский должен посетить Белый дом.\n\n"
        "Трамп не назвал конкретной даты встречи в Будапеште. Их предыдущая встреча состоялась на Аляске в августе."
    ),
    "hu": (
        "Donald Trump elnök bejelentette, hogy Budapesten tervez találkozni Vlagyimir Putyin orosz elnökkel. "
        "A bejelentés egy nappal azelőtt történt, hogy Volodimir Zelenszkij ukrán elnök a Fehér Házba látogat.\n\n"
        "Trump nem jelölt meg konkrét időpontot a budapesti találkozóra. Legutóbbi találkozójukra augusztusban került sor Alaszkában."
    ),
}
GLOSSARY = [
    {"text": "Donald Trump", "label": "PER", "forms": {"uk": ["Трамп"], "ru": ["Трамп"], "hu": ["Trump"]}},
    {"text": "Vladimir Putin", "label": "PER", "forms": {"uk": ["Путін", "Володимир Путін"], "ru": ["Путин", "Владимир Путин"], "hu": ["Putyin", "Vlagyimir Putyin"]}},
    {"text": "Volodymyr Zelensky", "label": "PER", "forms": {"uk": ["Володимир Зеленський"], "ru": ["Владимир Зеленский"], "hu": ["Volodimir Zelenszkij"]}},
    {"text": "Budapest", "label": "LOC", "forms": {"uk": ["Будапешт"], "ru": ["Будапешт"], "hu": ["Budapest"]}},
    {"text": "White House", "label": "ORG", "forms": {"uk": ["Білий дім"], "ru": ["Белый дом"], "hu": ["Fehér Ház"]}},
    {"text": "Alaska", "label": "LOC", "forms": {"uk": ["Аляска"], "ru": ["Аляска"], "hu": ["Alaszka"]}},
]

XSS = [
    "<script>window.__xss=1</script>",
    "<SCRIPT SRC=data:text/javascript,window.__xss=1></SCRIPT>",
    '<img src=x onerror="window.__xss=1">',
    "<img src=x onerror=window.__xss=1//",
    "<svg onload=window.__xss=1>",
    "<svg><script>window.__xss=1</script></svg>",
    "<body onload=window.__xss=1>",
    "<iframe src=\"javascript:window.__xss=1\"></iframe>",
    "<iframe srcdoc=\"<script>parent.__xss=1</script>\"></iframe>",
    '<a href="javascript:window.__xss=1">click</a>',
    "<a href=javascript:alert(1)>link</a>",
    '"><img src=x onerror=window.__xss=1>',
    "'><img src=x onerror=window.__xss=1>",
    "\" onmouseover=\"window.__xss=1\" x=\"",
    "' onfocus='window.__xss=1' autofocus x='",
    "</mark></span></div><img src=x onerror=window.__xss=1>",
    "<details open ontoggle=window.__xss=1>",
    "<input autofocus onfocus=window.__xss=1>",
    "<video><source onerror=window.__xss=1></video>",
    "<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>",
    "${window.__xss=1} {{constructor.constructor('window.__xss=1')()}}",
    "<style>@import 'javascript:window.__xss=1';</style>",
    "<object data=javascript:window.__xss=1>",
    "<marquee onstart=window.__xss=1>x</marquee>",
    "javascript:/*--></title></style></textarea></script><svg/onload=window.__xss=1>",
]
# Glossary names must start with a capital letter and occur in the source to become entities.
XSS_NAMES = ['Acme"><img src=x onerror=window.__xss=1>', "Zork<svg onload=window.__xss=1>", "Quux' onmouseover='window.__xss=1"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def server(model_args: list[str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = _free_port()
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    env = dict(os.environ, GRADIO_ANALYTICS_ENABLED="False", PYTHONUNBUFFERED="1")
    command = [
        sys.executable, "-m", "translate", "serve", "--port", str(port), "--engine", "ctranslate2", "--beam", "1",
        "--max-chars", str(MAX_CHARS), "--ner", "none", *model_args,
    ]
    with open(log, "wb") as out:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 90
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"the server did not start:\n{log.read_text(errors='replace')[-3000:]}")
            time.sleep(0.3)
    yield url
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(browser: Any, server: str) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    context.set_default_timeout(WAIT_MS)
    page = context.new_page()
    page.dialogs = []  # type: ignore[attr-defined]
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(server)
    page.get_by_label("English article").wait_for()
    yield page
    context.close()


def _wait_final(page: Any, timeout: float = WAIT_MS) -> None:
    """The finished view: the whole document, with its signature line."""
    page.wait_for_selector("#tr-result .align .signature", timeout=timeout)


def _upload(page: Any, elem_id: str, path: Path) -> None:
    page.locator(f"#{elem_id} input[type=file]").set_input_files(str(path))
    page.locator(f"#{elem_id}").get_by_text(path.name).first.wait_for(timeout=WAIT_MS)


def _compare(page: Any, source: str, provided: dict[str, str], glossary: Path | None) -> None:
    page.get_by_role("tab", name="Compare translations").click()
    page.get_by_label("English source").fill(source)
    names = {"uk": "Ukrainian translation (uk)", "ru": "Russian translation (ru)", "hu": "Hungarian translation (hu)"}
    for lang, text in provided.items():
        page.get_by_label(names[lang]).fill(text)
    if glossary is not None:
        _upload(page, "tr-compare-glossary", glossary)
    page.get_by_role("button", name="Compare", exact=True).click()
    _wait_final(page)


def _assert_nothing_ran(page: Any) -> None:
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.dialogs == []
    report = page.evaluate(
        """() => {
        const nodes = [...document.querySelectorAll('#tr-result .html-container *, #tr-status .html-container *')];
        return {
          count: nodes.length,
          handlers: nodes.flatMap(n => [...n.attributes].filter(a => a.name.toLowerCase().startsWith('on')).map(a => n.tagName + ' ' + a.name)),
          tags: nodes.map(n => n.tagName.toLowerCase()).filter(t => !['div', 'span', 'mark', 'button', 'b'].includes(t)),
          links: nodes.filter(n => n.hasAttribute('href') || n.hasAttribute('src') || n.hasAttribute('srcdoc')).length,
        };
    }"""
    )
    assert report.pop("count") > 50  # the check looked at the rendered result
    assert report == {"handlers": [], "tags": [], "links": 0}


# ---- tests -------------------------------------------------------------------------------------


def test_translate_the_seed_article_streams_into_four_aligned_columns(page: Any, seed_text: str) -> None:
    page.get_by_role("button", name="Load the sample article").click()
    page.wait_for_function("document.querySelector('textarea').value.length > 1000")
    assert page.get_by_label("English article").input_value() == seed_text
    page.evaluate(
        """() => { window.__states = [];
        new MutationObserver(() => {
          const view = document.querySelector('#tr-result .align');
          if (!view) return;
          window.__states.push([view.querySelectorAll('.head .cell:not(.pending)').length,
                                view.querySelectorAll('.head .cell.pending').length,
                                document.querySelectorAll('#tr-status .progress-item').length]);
        }).observe(document.body, {subtree: true, childList: true, attributes: true}); }"""
    )
    page.get_by_role("button", name="Translate", exact=True).click()
    _wait_final(page)
    states = page.evaluate("window.__states")
    assert [1, 3, 3] in states  # the source first, every language waiting, a progress bar each
    assert [2, 2, 3] in states  # the first language shown before the others finished
    view = page.locator("#tr-result .align")
    heads = page.locator("#tr-result .row.head .cell")
    assert [heads.nth(i).get_attribute("data-lang") for i in range(heads.count())] == ["en", "uk", "ru", "hu"]
    rows = page.locator("#tr-result .row[data-row]")
    assert rows.count() == len(split_sentences(seed_text, "en")) == int(view.get_attribute("data-rows") or 0)
    assert rows.nth(0).locator(".cell").count() == 4
    # A click selects a row across all columns; a second click clears it.
    rows.nth(3).click()
    assert page.locator("#tr-result .row.row-on").count() == 1
    assert "row-on" in (rows.nth(3).get_attribute("class") or "")
    rows.nth(3).click()
    assert page.locator("#tr-result .row.row-on").count() == 0
    with page.expect_download() as download:
        page.get_by_role("button", name="Download JSON").click()
    document = json.loads(Path(download.value.path()).read_text(encoding="utf-8"))
    assert document["source"]["text"] == seed_text
    assert list(document["translations"]) == ["uk", "ru", "hu"]
    assert all(t["links"] for t in document["translations"].values())
    assert page.get_by_role("button", name="Download TMX").is_visible()
    assert page.get_by_role("button", name="Download HTML").is_visible()


def test_compared_translations_show_each_entity_in_one_colour_everywhere(page: Any, tmp_path: Path) -> None:
    glossary = tmp_path / "names.json"
    glossary.write_text(json.dumps(GLOSSARY, ensure_ascii=False), encoding="utf-8")
    _compare(page, SOURCE, PROVIDED, glossary)
    assert page.locator("#tr-result .row[data-row]").count() == 4
    legend = page.locator("#tr-result .legend-item", has_text="Vladimir Putin")
    entity = legend.get_attribute("data-ent")
    marks = page.locator(f'#tr-result mark[data-ent="{entity}"]')
    found = page.evaluate(
        """(id) => [...document.querySelectorAll(`#tr-result mark[data-ent="${id}"]`)].map(m =>
            [m.closest('.cell').dataset.lang, getComputedStyle(m).backgroundColor, m.textContent])""",
        entity,
    )
    assert {lang for lang, _, _ in found} == {"en", "uk", "ru", "hu"}
    colours = {colour for _, colour, _ in found}
    assert len(colours) == 1 and colours != {"rgba(0, 0, 0, 0)"}
    other = page.locator("#tr-result .legend-item", has_text="Budapest").get_attribute("data-ent")
    assert page.evaluate(
        "(id) => getComputedStyle(document.querySelector(`#tr-result mark[data-ent=\"${id}\"]`)).backgroundColor", other
    ) not in colours
    # Clicking a name picks out all its mentions in every language, and only those.
    marks.nth(0).click()
    assert page.locator("#tr-result mark.ent-on").count() == marks.count() == len(found)
    assert "ent-on" in (legend.get_attribute("class") or "")
    assert page.locator("#tr-result .align.ent-focus").count() == 1
    legend.click()
    assert page.locator("#tr-result .ent-on").count() == 0
    page.locator("#tr-result .row[data-row]").nth(0).click()
    page.get_by_role("tab", name="Translate").click()
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(ROOT / "docs" / "screenshot.png"), full_page=True)


def test_script_in_source_translation_or_glossary_never_runs(page: Any, tmp_path: Path) -> None:
    lines = "\n".join(XSS)
    # 1. in the source text, translated by the model
    page.get_by_label("English article").fill(lines)
    page.get_by_label("Russian (ru)").uncheck()
    page.get_by_label("Hungarian (hu)").uncheck()
    page.get_by_role("button", name="Translate", exact=True).click()
    _wait_final(page)
    _assert_nothing_ran(page)
    assert XSS[0] in page.locator("#tr-result").inner_text()
    # 2. in a pasted translation and in glossary names (comparison mode)
    glossary = tmp_path / "evil.json"
    glossary.write_text(json.dumps([{"text": name, "label": "ORG"} for name in XSS_NAMES]), encoding="utf-8")
    source = lines + "\n" + "\n".join(f"{name} said so." for name in XSS_NAMES)
    _compare(page, source, {"uk": lines, "hu": "\n".join(reversed(XSS))}, glossary)
    _assert_nothing_ran(page)
    legend = page.locator("#tr-result .legend").inner_text()
    assert XSS_NAMES[0] in legend and XSS_NAMES[1] in legend
    # 3. everywhere at once in a saved document: names, model ids, flags, signature
    document = _evil_document()
    saved = tmp_path / "evil-document.json"
    saved.write_text(json.dumps(document), encoding="utf-8")
    page.get_by_role("tab", name="Open a saved JSON").click()
    _upload(page, "tr-open", saved)
    page.wait_for_selector("#tr-result .legend")
    _assert_nothing_ran(page)
    for mark in page.locator("#tr-result mark, #tr-result .flag, #tr-result .row[data-row]").all()[:40]:
        mark.hover()
        mark.click()
    _assert_nothing_ran(page)


def _evil_document() -> dict[str, Any]:
    sentences = [{"id": i, "text": f"Name {p} here.", "start": 0, "end": 0, "paragraph": 0} for i, p in enumerate(XSS)]
    translation = {
        "model": XSS[2], "revision": XSS[3], "engine": XSS[4], "origin": "machine", "text": "",
        "sentences": [{"id": i, "text": p, "flags": [XSS[(i + 1) % len(XSS)]], "paragraph": 0} for i, p in enumerate(XSS)],
        "links": [[[i], [i]] for i in range(len(XSS))],
    }
    entities = [
        {"id": p, "label": XSS[-1 - i], "text": p,
         "mentions": {"en": [[i, 5, 5 + len(p)]], "uk": [[i, 0, len(p)]], XSS[0]: [[i, 0, 3]]}}
        for i, p in enumerate(XSS)
    ]
    return {
        "source": {"lang": "en", "text": "", "sentences": sentences},
        "translations": {"uk": translation},
        "signature": XSS[1],
        "entities": entities,
    }


def test_errors_show_in_place_and_the_page_stays_usable(page: Any) -> None:
    page.get_by_role("button", name="Translate", exact=True).click()
    alert = page.locator("#tr-status [role=alert]")
    alert.wait_for()
    assert alert.inner_text().startswith("The article is empty; paste an English article")
    page.get_by_label("English article").fill("word " * 1300)
    page.get_by_role("button", name="Translate", exact=True).click()
    page.wait_for_function("document.querySelector('#tr-status [role=alert]').textContent.includes('6,500')")
    assert f"accepts at most {MAX_CHARS:,}" in alert.inner_text()
    page.get_by_role("button", name="Load the sample article").click()
    page.wait_for_function("document.querySelector('textarea').value.startsWith('Trump Plans')")


def test_four_concurrent_api_requests_get_identical_documents(server: str) -> None:
    from gradio_client import Client

    text = "Donald Trump will meet Vladimir Putin in Budapest. The date is not set yet."

    def call(_: int) -> dict[str, Any]:
        client = Client(server, verbose=False)
        result: dict[str, Any] = client.predict(text, ["uk", "ru", "hu"], api_name="/translate")
        return result

    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(call, range(4)))
    assert all(result == results[0] for result in results)
    assert list(results[0]["translations"]) == ["uk", "ru", "hu"]
    assert results[0]["source"]["text"] == text and results[0]["signature"].startswith("engine=ctranslate2|")


# ---- several texts per language, independent coverage and its matrix -------------------------------

COVERAGE_STORY = ROOT / "tests" / "data" / "coverage" / "orban-trump-sanctions-exemption"


def _story(name: str) -> str:
    return (COVERAGE_STORY / name).read_text(encoding="utf-8")


def _add_text(page: Any, number: int, language: str, name: str, text: str) -> None:
    page.get_by_role("button", name="Add another text").click()
    box = page.get_by_label(f"Text {number}", exact=True)
    box.wait_for()
    page.get_by_label(f"Text {number} language").click()
    page.get_by_role("option", name=language).click()
    page.get_by_label(f"Text {number} name").fill(name)
    box.fill(text)


def test_several_texts_per_language_get_a_coverage_matrix_whose_cells_open(page: Any) -> None:
    page.get_by_role("tab", name="Compare translations").click()
    page.get_by_label("English source").fill(_story("en.txt"))
    page.get_by_label("Ukrainian translation (uk)").fill(_story("uk-delo.txt"))
    page.get_by_label("Russian translation (ru)").fill(_story("ru-kommersant.txt"))
    page.get_by_label("Russian text name (optional)").fill("Kommersant")
    page.get_by_label("Hungarian translation (hu)").fill(_story("hu-444.txt"))
    page.get_by_label("Hungarian text name (optional)").fill("444")
    _add_text(page, 4, "Russian (ru)", "Prime", _story("ru-prime.txt"))
    _add_text(page, 5, "Ukrainian (uk)", "Eurointegration", _story("uk-eurointegration.txt"))
    _add_text(page, 6, "Hungarian (hu)", "24.hu", _story("hu-24hu.txt"))
    # Two Ukrainian texts and one without a name: said in place, nothing else changes.
    page.get_by_role("button", name="Compare", exact=True).click()
    alert = page.locator("#tr-status [role=alert]")
    alert.wait_for()
    assert alert.inner_text().startswith("there are 2 Ukrainian texts; name each one")
    page.get_by_label("Ukrainian text name (optional)").fill("Delo")
    page.get_by_role("button", name="Compare", exact=True).click()
    _wait_final(page)
    page.locator("#tr-coverage .cov-matrix").wait_for()
    assert "Compared 6 texts with the English source: 6 independent coverage." in page.locator("#tr-status").inner_text()
    keys = ["uk:Delo", "uk:Eurointegration", "ru:Kommersant", "ru:Prime", "hu:444", "hu:24.hu"]
    heads = page.locator("#tr-result .row.head .cell")
    assert [heads.nth(i).get_attribute("data-lang") for i in range(heads.count())] == ["en", *keys]
    assert page.locator("#tr-coverage .cov-matrix thead th").all_inner_texts() == ["English sentence", *keys]
    english = _story("en.txt").splitlines()
    assert page.locator("#tr-coverage .cov-matrix tbody th[scope=row]").count() == len(english) + 1
    # The side by side does not pretend the reports are translations: their own sentences come last.
    assert page.locator("#tr-result .only-outlet").count() == 1
    assert page.locator("#tr-result .row.head .model", has_text="independent coverage").count() == len(keys)
    # A filled cell opens the outlet's sentences with their evidence; a second press closes them.
    cells = page.locator("#tr-coverage button.cov-cell")
    assert cells.count() > 0
    first = cells.nth(0)
    first.click()
    panel = page.locator("#tr-coverage [data-panel]:not([hidden])")
    panel.wait_for()
    assert panel.count() == 1 and first.get_attribute("aria-expanded") == "true"
    assert panel.get_attribute("data-panel") == first.get_attribute("data-cell")
    text = panel.inner_text()
    sentence = int(text.split("English [", 1)[1].split("]", 1)[0])
    assert english[sentence - 1] in text and "score " in text
    if cells.count() > 1:
        cells.nth(cells.count() - 1).click()
        assert page.locator("#tr-coverage [data-panel]:not([hidden])").count() == 1
        assert first.get_attribute("aria-expanded") == "false"
        cells.nth(cells.count() - 1).click()
    else:
        first.click()
    assert page.locator("#tr-coverage [data-panel]:not([hidden])").count() == 0
    report = page.evaluate(
        """() => [...document.querySelectorAll('#tr-coverage *')].flatMap(n =>
            [...n.attributes].filter(a => a.name.toLowerCase().startsWith('on') || a.name === 'href' || a.name === 'src')
              .map(a => n.tagName + ' ' + a.name)).concat([...document.querySelectorAll('#tr-coverage script')].map(() => 'script'))"""
    )
    assert report == []
    with page.expect_download() as download:
        page.get_by_role("button", name="Download HTML").click()
    assert '<section class="coverage"' in Path(download.value.path()).read_text(encoding="utf-8")
    # Read as translations the same texts have no matrix, and the matrix goes.
    page.get_by_label("All are translations").check()
    page.get_by_role("button", name="Compare", exact=True).click()
    page.wait_for_function("document.querySelector('#tr-status').innerText.includes('6 translations')", timeout=WAIT_MS)
    page.wait_for_function("!document.querySelector('#tr-coverage .cov-matrix')", timeout=WAIT_MS)
    assert page.locator("#tr-result .only-outlet").count() == 0
