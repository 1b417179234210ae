"""Styles and the small script of the web page's view (the markup is :mod:`translate.render.page`).

The script uses event delegation on the component root: no handler attributes in the markup,
ever, and it never builds markup from text (it moves, hides and labels existing elements, and
reads text only to copy it). It survives the view being replaced while a translation streams in:
column choices are kept and applied again to each new view of the same columns.
"""

from __future__ import annotations

SCRIPT = """
const root = element;
const prefs = {columns: '', order: [], hidden: new Set(), filter: false, show: -1};
function clear(cls) { root.querySelectorAll('.' + cls).forEach(n => n.classList.remove(cls)); }
function press(node, on) { if (node.hasAttribute('aria-pressed')) node.setAttribute('aria-pressed', on ? 'true' : 'false'); }
function view() { return root.querySelector('.align'); }
function say(text) { const s = root.querySelector('.tool-status'); if (s) { s.textContent = ''; s.textContent = text; } }
function sentenceText(cell) {
  return [...cell.querySelectorAll('.sent')].map(s => {
    const copy = s.cloneNode(true);
    copy.querySelectorAll('.ctl').forEach(n => n.remove());
    return copy.textContent.trim();
  }).join(' ');
}
function columnName(col) {
  const head = root.querySelector('.row.head .cell[data-col="' + col + '"] .lang');
  return head ? head.textContent : 'the';
}
function copyText(text, what) {
  const done = () => say('Copied ' + what + '.');
  const fallback = () => {
    const area = document.createElement('textarea');
    area.value = text; area.setAttribute('readonly', ''); area.style.position = 'fixed'; area.style.opacity = '0';
    document.body.appendChild(area); area.select();
    try { document.execCommand('copy'); done(); } catch (e) { say('Copying is not allowed here; select the text instead.'); }
    area.remove();
  };
  if (navigator.clipboard && window.isSecureContext) navigator.clipboard.writeText(text).then(done, fallback);
  else fallback();
}
function apply() {
  const align = view();
  if (!align) return;
  const heads = [...align.querySelectorAll('.row.head .cell')];
  // Which columns this view has (in their own order, not as moved): a new set starts afresh.
  const signature = heads.map(h => h.getAttribute('data-col') + ':' + h.getAttribute('data-lang')).sort().join('|');
  if (signature !== prefs.columns) {
    prefs.columns = signature; prefs.order = heads.map((_, i) => i); prefs.hidden = new Set(); prefs.show = -1;
  }
  align.querySelectorAll('.row').forEach(row => {
    const current = [...row.querySelectorAll(':scope > .cell')];
    const cells = new Map(current.map(c => [Number(c.getAttribute('data-col')), c]));
    const wanted = prefs.order.map(col => cells.get(col)).filter(Boolean);
    if (wanted.some((c, i) => c !== current[i])) wanted.forEach(c => row.appendChild(c));
    cells.forEach((c, col) => {
      c.classList.toggle('col-hidden', prefs.hidden.has(col));
      c.classList.toggle('not-shown', prefs.show >= 0 && col !== 0 && col !== prefs.show);
    });
  });
  align.style.setProperty('--cols', String(Math.max(1, heads.length - prefs.hidden.size)));
  align.classList.toggle('only-marked', prefs.filter);
  align.classList.toggle('one', prefs.show >= 0);
  const all = align.querySelector('[data-act="show-all"]');
  if (all) all.hidden = prefs.hidden.size === 0;
  align.querySelectorAll('[data-act="filter"]').forEach(b => press(b, prefs.filter));
  align.querySelectorAll('[data-act="show"]').forEach(b => press(b, Number(b.getAttribute('data-col')) === prefs.show));
}
function move(col, step) {
  // Past the next column that is shown: hidden ones do not count as a place.
  const at = prefs.order.indexOf(col);
  let to = at + step;
  while (to >= 0 && to < prefs.order.length && prefs.hidden.has(prefs.order[to])) to += step;
  if (at < 0 || to < 0 || to >= prefs.order.length) return;
  prefs.order.splice(at, 1); prefs.order.splice(to, 0, col);
  apply();
  const button = root.querySelector('.row.head [data-act="' + (step < 0 ? 'left' : 'right') + '"][data-col="' + col + '"]');
  if (button) button.focus();
  say('Moved the ' + columnName(col) + ' column.');
}
function toggleEntity(ent) {
  const id = ent.getAttribute('data-ent');
  const on = !ent.classList.contains('ent-on');
  clear('ent-on');
  root.querySelectorAll('[data-ent]').forEach(n => press(n, false));
  root.querySelectorAll('.align').forEach(n => n.classList.toggle('ent-focus', on));
  if (on && /^e[0-9]+$/.test(id)) {
    root.querySelectorAll('[data-ent="' + id + '"]').forEach(n => { n.classList.add('ent-on'); press(n, true); });
  }
}
function toggleRow(row) {
  const was = row.classList.contains('row-on');
  clear('row-on');
  if (!was) row.classList.add('row-on');
}
function act(button) {
  const what = button.getAttribute('data-act');
  const col = Number(button.getAttribute('data-col'));
  if (what === 'filter') { prefs.filter = !prefs.filter; apply(); say(prefs.filter ? 'Showing only rows with flags, omissions or additions.' : 'Showing every row.'); }
  else if (what === 'show-all') { prefs.hidden = new Set(); apply(); say('Showing every column.'); }
  else if (what === 'show') { prefs.show = col; apply(); }
  else if (what === 'hide') {
    prefs.hidden.add(col); apply(); say('Hid the ' + columnName(col) + ' column.');
    const all = root.querySelector('[data-act="show-all"]'); if (all) all.focus();
  }
  else if (what === 'left' || what === 'right') move(col, what === 'left' ? -1 : 1);
  else if (what === 'copy-cell') { const cell = button.closest('.cell'); copyText(sentenceText(cell), 'the ' + columnName(Number(cell.getAttribute('data-col'))) + ' text'); }
  else if (what === 'copy-col') {
    const lines = [];
    root.querySelectorAll('.row[data-row]').forEach(row => {
      const cell = row.querySelector(':scope > .cell[data-col="' + col + '"]');
      const text = cell ? sentenceText(cell) : '';
      if (row.classList.contains('para') && lines.length) lines.push('');
      if (text) lines.push(text);
    });
    copyText(lines.join('\\n'), 'the ' + columnName(col) + ' column');
  }
}
root.addEventListener('click', (ev) => {
  const button = ev.target.closest('button[data-act]');
  if (button && root.contains(button)) { act(button); return; }
  const ent = ev.target.closest('[data-ent]');
  if (ent && root.contains(ent)) { toggleEntity(ent); return; }
  if (ev.target.closest('.flag, button')) return;
  const row = ev.target.closest('.row[data-row]');
  if (row && root.contains(row)) toggleRow(row);
});
root.addEventListener('keydown', (ev) => {
  if (ev.key === 'Escape') {
    clear('ent-on'); clear('ent-focus'); root.querySelectorAll('[data-ent]').forEach(n => press(n, false)); return;
  }
  if (ev.key !== 'Enter' && ev.key !== ' ') return;
  const target = ev.target;
  if (target.matches('mark[data-ent]')) { ev.preventDefault(); toggleEntity(target); }
  else if (target.matches('.row[data-row]')) { ev.preventDefault(); toggleRow(target); }
});
// Each new view (streaming, a new result) gets the same column choices; apply() only moves what is out of place.
new MutationObserver(() => apply()).observe(root, {childList: true, subtree: true});
apply();
"""

# Colours meet WCAG AA (4.5:1) for text in both schemes; entity marks keep dark text on their light colour.
CSS = """
.tr-view { --tr-bg: #ffffff; --tr-fg: #1f2933; --tr-muted: #4b5866; --tr-line: #e4e7eb; --tr-line-strong: #b8c2cc;
  --tr-head: #f4f6f8; --tr-hover: #eef6ff; --tr-on: #d6e8ff; --tr-accent: #1b62a8; --tr-chip: #4b5866; --tr-chip-fg: #ffffff;
  --tr-flag-bg: #fff3bf; --tr-flag-fg: #6b4500; --tr-flag-line: #e5b400; --tr-gap-bg: #fff0f0; --tr-gap-fg: #9b1c1c;
  --tr-only-bg: #e7f5ec; --tr-only-fg: #1d6b3a; --tr-tip-bg: #1f2933; --tr-tip-fg: #ffffff; --tr-wait: #e9edf1;
  --tr-error-bg: #fff0f0; --tr-error-fg: #9b1c1c; --tr-error-line: #f5b5b5; --tr-info-bg: #eef6ff; --tr-info-fg: #174a7c;
  --tr-info-line: #b6d6f7; --tr-bar: #e4e7eb; --tr-done: #2f9e6e;
  font-family: "Inter", "Segoe UI", system-ui, -apple-system, sans-serif; color: var(--tr-fg); }
.dark .tr-view { --tr-bg: #111827; --tr-fg: #e5e9ee; --tr-muted: #aab4bf; --tr-line: #2b3544; --tr-line-strong: #4b5866;
  --tr-head: #1a2332; --tr-hover: #1c2a3d; --tr-on: #23395a; --tr-accent: #7cb8f7; --tr-chip: #aab4bf; --tr-chip-fg: #111827;
  --tr-flag-bg: #3d3100; --tr-flag-fg: #ffe27a; --tr-flag-line: #8a6d00; --tr-gap-bg: #3b1419; --tr-gap-fg: #ffb8b8;
  --tr-only-bg: #123323; --tr-only-fg: #9fe3b8; --tr-tip-bg: #e5e9ee; --tr-tip-fg: #111827; --tr-wait: #243042;
  --tr-error-bg: #3b1419; --tr-error-fg: #ffb8b8; --tr-error-line: #7a2a2a; --tr-info-bg: #16283d; --tr-info-fg: #b9dcff;
  --tr-info-line: #2c4f75; --tr-bar: #2b3544; --tr-done: #4cc38a; }
.tr-view .align { display: flex; flex-direction: column; font-size: 15px; line-height: 1.55;
  background: var(--tr-bg); color: var(--tr-fg); border-radius: 10px; padding: 4px 8px 0; }
.tr-view .grid { display: flex; flex-direction: column; }
.tr-view .row { display: grid; grid-template-columns: 2.4em repeat(var(--cols), minmax(0, 1fr));
  border-bottom: 1px solid var(--tr-line); cursor: pointer; }
.tr-view .row.head { position: sticky; top: 0; z-index: 3; background: var(--tr-head); cursor: default;
  border-bottom: 2px solid var(--tr-line-strong); }
.tr-view .row.para { border-top: 10px solid var(--tr-head); }
.tr-view .row .num { color: var(--tr-muted); font-size: 12px; padding: 10px 4px 0 0; text-align: right;
  font-variant-numeric: tabular-nums; }
.tr-view .cell { padding: 8px 12px; overflow-wrap: anywhere; border-left: 1px solid var(--tr-line); }
.tr-view .cell.col-hidden { display: none !important; }
.tr-view .head .cell { padding: 8px 12px; display: flex; flex-wrap: wrap; align-items: baseline; gap: 6px; }
.tr-view .head .lang { font-weight: 650; font-size: 15px; }
.tr-view .head .code { font-size: 11px; text-transform: uppercase; letter-spacing: .06em; color: var(--tr-chip-fg);
  background: var(--tr-chip); border-radius: 4px; padding: 1px 5px; }
.tr-view .head .model { flex-basis: 100%; font-size: 12px; color: var(--tr-muted); white-space: nowrap;
  overflow: hidden; text-overflow: ellipsis; }
.tr-view .head .pending .model { color: var(--tr-accent); }
.tr-view .head .pivot { flex-basis: 100%; font-size: 12px; font-weight: 600; color: var(--tr-accent); }
.tr-view .col-tools { display: flex; gap: 4px; flex-basis: 100%; }
.tr-view .tools button, .tr-view .col-tools button, .tr-view .cell .copy { font: inherit; font-size: 12px; line-height: 1.4;
  color: var(--tr-fg); background: var(--tr-bg); border: 1px solid var(--tr-line-strong); border-radius: 6px;
  padding: 1px 7px; cursor: pointer; }
.tr-view .tools button[aria-pressed="true"] { background: var(--tr-accent); color: var(--tr-bg); border-color: var(--tr-accent); }
.tr-view .cell .copy { margin-left: 6px; vertical-align: 1px; font-size: 11px; padding: 0 5px; visibility: hidden; }
.tr-view .row:hover .cell .copy, .tr-view .row:focus-within .cell .copy, .tr-view .row.row-on .cell .copy { visibility: visible; }
.tr-view .row:not(.head):hover { background: var(--tr-hover); }
.tr-view .row.row-on { background: var(--tr-on); box-shadow: inset 3px 0 0 var(--tr-accent); }
.tr-view .sent { unicode-bidi: isolate; }
.tr-view .ctl { display: inline-block; font: 10px ui-monospace, SFMono-Regular, Menlo, monospace; color: var(--tr-gap-fg);
  background: var(--tr-gap-bg); border: 1px dashed var(--tr-gap-fg); border-radius: 3px; padding: 0 2px; margin: 0 1px;
  unicode-bidi: isolate; direction: ltr; }
.tr-view .gap, .tr-view .only { display: inline-block; font-size: 12.5px; border-radius: 4px; padding: 0 6px; margin: 2px 2px 0 0; }
.tr-view .gap { color: var(--tr-gap-fg); background: var(--tr-gap-bg); }
.tr-view .only { color: var(--tr-only-fg); background: var(--tr-only-bg); margin-left: 4px; }
.tr-view .quote { unicode-bidi: isolate; font-style: italic; }
.tr-view .cell.pending .wait { display: block; height: 0.9em; margin-top: .4em; border-radius: 4px;
  background: linear-gradient(90deg, var(--tr-wait) 25%, var(--tr-line-strong) 50%, var(--tr-wait) 75%); background-size: 200% 100%;
  animation: tr-shimmer 1.4s infinite linear; }
@keyframes tr-shimmer { from { background-position: 200% 0; } to { background-position: -200% 0; } }
.tr-view mark.ent { background: var(--ec); color: #1f2933; border-radius: 3px; padding: 0 2px;
  cursor: pointer; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.tr-view .ent-focus mark.ent:not(.ent-on) { background: transparent; color: inherit; box-shadow: inset 0 -2px 0 var(--ec); }
.tr-view mark.ent.ent-on { outline: 2px solid var(--tr-fg); outline-offset: 0; }
.tr-view .flag { position: relative; display: inline-block; margin-left: 4px; padding: 0 6px; font-size: 11px; line-height: 1.6;
  border-radius: 9px; background: var(--tr-flag-bg); color: var(--tr-flag-fg); border: 1px solid var(--tr-flag-line);
  vertical-align: 2px; cursor: help; white-space: nowrap; }
.tr-view .flag .tip { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.tr-view .flag:hover .tip, .tr-view .flag:focus .tip { left: 0; top: 100%; z-index: 5; width: max-content; max-width: 18em; height: auto;
  clip-path: none; white-space: normal; margin-top: 4px; padding: 6px 8px; border-radius: 6px; font-size: 12.5px; line-height: 1.4;
  background: var(--tr-tip-bg); color: var(--tr-tip-fg); }
.tr-view .sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
.tr-view :focus-visible { outline: 3px solid var(--tr-accent); outline-offset: 1px; }
.tr-view .row:focus-visible { outline-offset: -3px; }
.tr-view .tools { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; padding: 6px 0; }
.tr-view .tools .switch { display: none; gap: 4px; flex-wrap: wrap; }
.tr-view .tool-status { font-size: 12.5px; color: var(--tr-muted); }
.tr-view .align.only-marked .row[data-row]:not([data-marked]) { display: none; }
.tr-view .legend { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; padding: 4px 0 10px; }
.tr-view .legend-title { font-weight: 650; font-size: 13px; margin-right: 4px; }
.tr-view .legend-item { display: inline-flex; align-items: center; gap: 5px; border: 1px solid var(--tr-line-strong);
  border-radius: 14px; padding: 2px 10px 2px 6px; background: var(--tr-bg); color: var(--tr-fg); font: inherit; font-size: 13px; cursor: pointer; }
.tr-view .legend-item.ent-on { border-color: var(--tr-fg); box-shadow: 0 0 0 1px var(--tr-fg); }
.tr-view .swatch { width: 12px; height: 12px; border-radius: 50%; background: var(--ec); border: 1px solid #0003; }
.tr-view .legend-label { font-size: 11px; color: var(--tr-muted); text-transform: uppercase; letter-spacing: .04em; }
.tr-view .legend-hint { font-size: 12px; color: var(--tr-muted); margin-left: 6px; }
.tr-view .signature { font: 11.5px ui-monospace, SFMono-Regular, Menlo, monospace; color: var(--tr-muted);
  padding: 10px 0; overflow-wrap: anywhere; }
.tr-view .message { padding: 10px 14px; border-radius: 8px; font-size: 14.5px; margin: 4px 0; }
.tr-view .message.error { background: var(--tr-error-bg); color: var(--tr-error-fg); border: 1px solid var(--tr-error-line); }
.tr-view .message.info { background: var(--tr-info-bg); color: var(--tr-info-fg); border: 1px solid var(--tr-info-line); }
.tr-view .placeholder { color: var(--tr-muted); padding: 28px; text-align: center; border: 1px dashed var(--tr-line-strong);
  border-radius: 10px; font-size: 14.5px; }
.tr-view .progress { color: var(--tr-fg); display: flex; flex-wrap: wrap; gap: 8px 18px; font-size: 13px; }
.tr-view .progress-item { display: flex; align-items: center; gap: 8px; min-width: 240px; }
.tr-view .progress-lang { width: 6.5em; font-weight: 600; }
.tr-view .progress-bar { flex: 1; height: 7px; background: var(--tr-bar); border-radius: 4px; overflow: hidden; min-width: 80px; }
.tr-view .progress-bar span { display: block; height: 100%; background: var(--tr-accent); transition: width .3s; }
.tr-view .progress-item.done .progress-bar span { background: var(--tr-done); }
.tr-view .progress-label { color: var(--tr-muted); font-variant-numeric: tabular-nums; min-width: 8em; }
@media (max-width: 700px) {
  .tr-view .tools .switch { display: inline-flex; }
  .tr-view .row { grid-template-columns: 1fr; }
  .tr-view .row.head { position: static; display: flex; flex-wrap: wrap; gap: 4px; border-bottom-width: 1px; }
  .tr-view .row.head .num, .tr-view .head .model, .tr-view .head .code { display: none; }
  .tr-view .head .cell { padding: 4px 6px; border: 1px solid var(--tr-line); border-radius: 6px; flex-basis: auto; }
  .tr-view .col-tools { flex-basis: auto; }
  .tr-view .row .num { padding: 6px 0 0; text-align: left; }
  .tr-view .cell { border-left: 0; padding: 4px 2px 6px; }
  .tr-view .row:not(.head) .cell::before { content: attr(data-name); display: block; font-size: 11.5px; font-weight: 650;
    color: var(--tr-muted); letter-spacing: .02em; }
  .tr-view .align.one .cell.not-shown { display: none !important; }
  .tr-view .cell .copy { visibility: visible; }
}
"""
