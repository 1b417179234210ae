"""The coverage report as HTML: one fragment for the static export and for the web page.

A matrix of English sentences × outlets, filled where an outlet reports the sentence; per filled
cell a panel with the English sentence, the outlet's sentences that report it and the evidence of
each link; then each outlet's sentences that report nothing in the English, the numbers that differ
and the quotations one side lacks. The model is :mod:`translate.render.report`.

In the export (``interactive=False``) a cell links to its panel, all panels shown (no scripts);
on the page a cell is a button and :data:`COVERAGE_SCRIPT` shows its panel. Every string from a
user or a model goes through :func:`~translate.render.escaping.escape_html`; ids and ``data-``
attributes are built from integers only (outlet number, sentence id), never from text.
"""

from __future__ import annotations

from ..languages import key_language, language_name
from ..types import RELATION_COVERAGE, Document, Translation
from .escaping import escape_html as esc
from .report import (
    QUOTES_HEADING,
    coverage_keys,
    evidence_words,
    provided_keys,
    quote_lacks,
    relation_label,
    relation_words,
    report_rows,
)
from .rows import ONLY_IN_OUTLET, also_reports

__all__ = ["COVERAGE_CSS", "COVERAGE_SCRIPT", "EXPORT_CSS", "also_note", "coverage_fragment", "only_in_outlet_note"]


def also_note(translation: Translation, target: int) -> str:
    """For a coverage text's sentence that reports several English sentences: the others, as a note."""
    if translation.relation != RELATION_COVERAGE:
        return ""
    others = also_reports(translation, target)
    if not others:
        return ""
    numbers = ", ".join(f"[{i + 1}]" for i in others)
    return f'<span class="also" title="this sentence also reports these English sentences">also reports English {numbers}</span>'


def only_in_outlet_note() -> str:
    """The English cell of the row of sentences that only the outlets have."""
    return f'<span class="only-outlet">{ONLY_IN_OUTLET} (no link drawn; it may be told in other words)</span>'


def _text(document: Document, key: str | None, sid: int) -> str:
    sentences = document.sentences if key is None else document.translations[key].sentences
    return esc(sentences[sid].text) if 0 <= sid < len(sentences) else ""


def _excerpt(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return (text[:limit].rsplit(" ", 1)[0] or text[:limit]).rstrip(",;:") + "…"


def _relations(document: Document) -> str:
    items = []
    for key in provided_keys(document):
        translation = document.translations[key]
        why = relation_words(translation.relation_evidence) if translation.relation_evidence is not None else ""
        items.append(
            f'<li><b>{esc(key)}</b> {esc(language_name(key))} · {esc(relation_label(translation))}'
            f'<div class="cov-why">{esc(why)}</div></li>'
        )
    return f'<ul class="cov-texts">{"".join(items)}</ul>'


def coverage_fragment(document: Document, *, interactive: bool) -> str:
    """The report as one ``<section>`` ("" when the document has no coverage texts)."""
    keys = coverage_keys(document)
    report = document.coverage
    if not keys or report is None:
        return ""
    rows = report_rows(document)
    hint = "press a filled cell for its sentences and evidence" if interactive else "a filled cell links to its sentences and evidence"
    head = "".join(f'<th scope="col" lang="{esc(key_language(key))}">{esc(key)}</th>' for key in keys)
    body = []
    panels = []
    for row in rows:
        cells = []
        for k, key in enumerate(keys):
            links = row.links.get(key, ())
            if not links:
                cells.append('<td class="cov-off"><span class="cov-none" title="no link found">·</span></td>')
                continue
            cell_id = f"{k}-{row.source}"
            label = ", ".join(str(link.target + 1) for link in links)
            title = f"{key} sentence {label} reports English sentence {row.source + 1}"
            if interactive:
                cell = (f'<button type="button" class="cov-cell" data-cell="{cell_id}" aria-expanded="false" '
                        f'aria-controls="cov-{cell_id}" title="{esc(title)}">{esc(label)}</button>')
            else:
                cell = f'<a class="cov-cell" href="#cov-{cell_id}" title="{esc(title)}">{esc(label)}</a>'
            cells.append(f'<td class="cov-on">{cell}</td>')
            items = "".join(
                f'<li><span class="cov-n">[{link.target + 1}]</span> {_text(document, key, link.target)}'
                f'<div class="cov-evidence">score {link.score:.2f} · {esc(evidence_words(document, link))}</div></li>'
                for link in links
            )
            hidden = " hidden" if interactive else ""
            panels.append(
                f'<div class="cov-panel" id="cov-{cell_id}" data-panel="{cell_id}"{hidden}>'
                f'<div class="cov-panel-head">English [{row.source + 1}] · {esc(key)}</div>'
                f'<p class="cov-en" lang="{esc(document.source_lang)}">{_text(document, None, row.source)}</p>'
                f'<ul lang="{esc(key_language(key))}">{items}</ul></div>'
            )
        sentence = _excerpt(document.sentences[row.source].text)
        body.append(
            f'<tr><th scope="row"><span class="cov-num">{row.source + 1}</span> '
            f'<span class="cov-excerpt">{esc(sentence)}</span></th>{"".join(cells)}</tr>'
        )
    counts = "".join(f"<td>{len(report.unreported.get(key, ()))}</td>" for key in keys)
    body.append(f'<tr class="cov-foot"><th scope="row">sentences linked to no English sentence</th>{counts}</tr>')
    parts = [
        '<section class="coverage" aria-label="Coverage report"><h2>Coverage</h2>',
        _relations(document),
        f'<table class="cov-matrix"><caption>Which outlets report each English sentence ({hint})</caption>',
        f'<thead><tr><th scope="col">English sentence</th>{head}</tr></thead><tbody>{"".join(body)}</tbody></table>',
        f'<div class="cov-panels">{"".join(panels)}</div>',
        _lists(document, keys, interactive),
        "</section>",
    ]
    return "".join(parts)


def _lists(document: Document, keys: list[str], interactive: bool) -> str:
    """The three lists, each a ``<details>``: closed on the page (the matrix stays near the view), open in the export."""
    report = document.coverage
    assert report is not None
    state = "" if interactive else " open"
    only = []
    for key in keys:
        ids = report.unreported.get(key, ())
        items = "".join(f'<li><span class="cov-n">[{sid + 1}]</span> {_text(document, key, sid)}</li>' for sid in ids)
        only.append(f'<h4>{esc(key)}</h4><ul class="cov-only" lang="{esc(key_language(key))}">{items or "<li>none</li>"}</ul>')
    differences = [
        f"<li>English [{d.source + 1}] “{esc(d.source_number)}” against {esc(d.key)} [{d.target + 1}] “{esc(d.target_number)}”</li>"
        for d in report.number_differences
    ]
    quotes = [f"<li>{esc(lack.describe())}</li>" for lack in quote_lacks(document)]
    total = sum(len(report.unreported.get(key, ())) for key in keys)
    sections = (
        ("cov-only-list", f"Sentences linked to no English sentence ({total})", "".join(only)),
        ("cov-numbers", f"Numbers that differ between linked sentences ({len(differences)})",
         f'<ul>{"".join(differences) or "<li>none</li>"}</ul>'),
        ("cov-quotes", f"{QUOTES_HEADING} ({len(quotes)})",
         f'<ul>{"".join(quotes) or "<li>none</li>"}</ul>'),
    )
    return "".join(
        f'<details class="{cls}"{state}><summary>{esc(title)}</summary>{body}</details>' for cls, title, body in sections
    )


# The page's script for the matrix: event delegation on the component root, no handler attributes.
COVERAGE_SCRIPT = """
const root = element;
root.addEventListener('click', (ev) => {
  const cell = ev.target.closest('[data-cell]');
  if (!cell || !root.contains(cell)) return;
  const id = cell.getAttribute('data-cell');
  if (!/^[0-9]+-[0-9]+$/.test(id)) return;
  const open = cell.getAttribute('aria-expanded') !== 'true';
  root.querySelectorAll('[data-cell]').forEach(n => n.setAttribute('aria-expanded', 'false'));
  root.querySelectorAll('[data-panel]').forEach(n => { n.hidden = true; });
  if (open) {
    cell.setAttribute('aria-expanded', 'true');
    const panel = root.querySelector('[data-panel="' + id + '"]');
    if (panel) panel.hidden = false;
  }
});
"""

_SHARED_CSS = """
.coverage table.cov-matrix{border-collapse:collapse;width:auto;max-width:100%;table-layout:auto;margin:.5rem 0}
.coverage .cov-matrix th,.coverage .cov-matrix td{border:1px solid #c4ccd4;padding:.25rem .45rem;text-align:center;vertical-align:middle}
.coverage .cov-matrix th[scope=row]{text-align:left;font-weight:400;max-width:32rem}
.coverage .cov-matrix caption{text-align:left;font-size:.85rem;padding:.2rem 0}
.coverage .cov-num{display:inline-block;min-width:1.6em;font-variant-numeric:tabular-nums;color:#52606d}
.coverage td.cov-on{background:#cfe8d7}
.coverage .cov-cell{font:inherit;font-weight:600;color:#114b2a;background:transparent;border:0;padding:0 .3rem;cursor:pointer;text-decoration:none}
.coverage .cov-none{color:#9aa5b1}
.coverage .cov-foot th,.coverage .cov-foot td{font-size:.85rem}
.coverage .cov-texts{padding-left:1.2rem}
.coverage .cov-why,.coverage .cov-evidence{font-size:.8rem;color:#52606d}
.coverage .cov-panel{border:1px solid #c4ccd4;border-radius:6px;padding:.4rem .7rem;margin:.4rem 0}
.coverage .cov-panel-head{font-weight:600;font-size:.85rem}
.coverage .cov-panel ul,.coverage .cov-only{padding-left:1.2rem;margin:.3rem 0}
.coverage .cov-n{color:#52606d;font-variant-numeric:tabular-nums}
.coverage details{margin:.5rem 0}.coverage summary{font-weight:600;cursor:pointer}
"""
_NOTE_CSS = (
    "{scope}.also,{scope}.only-outlet{{display:inline-block;margin-left:.3rem;padding:0 .35rem;font-size:.75rem;"
    "border-radius:3px;color:#1c4f80;background:#e3f0fc}}\n"
)

# For the static export: panels all shown, the one a cell links to outlined.
EXPORT_CSS = _SHARED_CSS + _NOTE_CSS.format(scope="") + """
.coverage .cov-panel:target{outline:2px solid #2680c2}
td .sid{color:#52606d;font-size:.8em;font-variant-numeric:tabular-nums}
@media (prefers-color-scheme:dark){
td .sid{color:#aab4bf}
.coverage td.cov-on{background:#1d4630}.coverage .cov-cell{color:#b8f0cc}
.coverage .cov-num,.coverage .cov-why,.coverage .cov-evidence,.coverage .cov-n{color:#aab4bf}
.also,.only-outlet{color:#cfe6ff;background:#1c3550}
}
"""

# For the page (inside a ``.tr-view`` component): the theme's colours where it has them.
COVERAGE_CSS = (
    _SHARED_CSS
    + _NOTE_CSS.format(scope=".tr-view ")
    + """
.tr-view .coverage { color: var(--body-text-color); font-size: 14.5px; }
.tr-view .coverage h2 { font-size: 18px; margin: 4px 0; }
.tr-view .coverage h3 { font-size: 15px; margin: 12px 0 4px; }
.tr-view .coverage h4 { font-size: 14px; margin: 8px 0 2px; }
.tr-view .coverage .cov-cell[aria-expanded=true] { outline: 2px solid #2680c2; border-radius: 3px; }
.tr-view .coverage .cov-panel { background: var(--background-fill-secondary, #f8fafc); }
.dark .tr-view .coverage td.cov-on { background: #1d4630; }
.dark .tr-view .coverage .cov-cell { color: #b8f0cc; }
"""
)
