"""Styles and the small script of the web page's view (the markup is :mod:`translate.render.page`).

The script uses event delegation on the component root: no handler attributes in the markup, ever.
"""

from __future__ import annotations

SCRIPT = """
const root = element;
function clear(cls) { root.querySelectorAll('.' + cls).forEach(n => n.classList.remove(cls)); }
root.addEventListener('click', (ev) => {
  const ent = ev.target.closest('[data-ent]');
  if (ent && root.contains(ent)) {
    const id = ent.getAttribute('data-ent');
    const on = !ent.classList.contains('ent-on');
    clear('ent-on');
    root.querySelectorAll('.align').forEach(n => n.classList.toggle('ent-focus', on));
    if (on && /^e[0-9]+$/.test(id)) {
      root.querySelectorAll('[data-ent="' + id + '"]').forEach(n => n.classList.add('ent-on'));
    }
    return;
  }
  const row = ev.target.closest('.row[data-row]');
  if (row && root.contains(row)) {
    const was = row.classList.contains('row-on');
    clear('row-on');
    if (!was) row.classList.add('row-on');
  }
});
"""

CSS = """
.tr-view { font-family: "Inter", "Segoe UI", system-ui, -apple-system, sans-serif; color: #1f2933; }
.tr-view .align { display: flex; flex-direction: column; font-size: 15px; line-height: 1.55;
  background: #fff; color: #1f2933; border-radius: 10px; padding: 4px 8px 0; }
.tr-view .row { display: grid; grid-template-columns: 2.2em repeat(var(--cols), minmax(0, 1fr));
  border-bottom: 1px solid #eceff3; cursor: pointer; }
.tr-view .row.head { position: sticky; top: 0; z-index: 2; background: #f8fafc; cursor: default;
  border-bottom: 2px solid #cbd2d9; }
.tr-view .row.head::before { content: ""; }
.tr-view .row.para { border-top: 10px solid #f8fafc; }
.tr-view .row .num { color: #9aa5b1; font-size: 12px; padding: 10px 4px 0 0; text-align: right;
  font-variant-numeric: tabular-nums; }
.tr-view .cell { padding: 8px 12px; overflow-wrap: anywhere; border-left: 1px solid #eceff3; }
.tr-view .head .cell { padding: 10px 12px; display: flex; flex-wrap: wrap; align-items: baseline; gap: 6px; }
.tr-view .head .lang { font-weight: 650; font-size: 15px; }
.tr-view .head .code { font-size: 11px; text-transform: uppercase; letter-spacing: .06em; color: #fff;
  background: #52606d; border-radius: 4px; padding: 1px 5px; }
.tr-view .head .model { flex-basis: 100%; font-size: 11.5px; color: #7b8794; white-space: nowrap;
  overflow: hidden; text-overflow: ellipsis; }
.tr-view .head .pending .model { color: #2680c2; }
.tr-view .row:not(.head):hover { background: #f0f7ff; }
.tr-view .row.row-on { background: #dcecff; box-shadow: inset 3px 0 0 #2680c2; }
.tr-view .cell.empty::after { content: "—"; color: #cbd2d9; }
.tr-view .cell.pending .wait { display: block; height: 0.9em; margin-top: .4em; border-radius: 4px;
  background: linear-gradient(90deg, #eef2f6 25%, #dde4ec 50%, #eef2f6 75%); background-size: 200% 100%;
  animation: tr-shimmer 1.4s infinite linear; }
@keyframes tr-shimmer { from { background-position: 200% 0; } to { background-position: -200% 0; } }
.tr-view mark.ent { background: var(--ec); color: inherit; border-radius: 3px; padding: 0 2px;
  cursor: pointer; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
.tr-view .ent-focus mark.ent:not(.ent-on) { background: transparent; box-shadow: inset 0 -2px 0 var(--ec); }
.tr-view mark.ent.ent-on { outline: 2px solid #1f2933; outline-offset: 0; }
.tr-view .flag { display: inline-block; margin-left: 4px; padding: 0 6px; font-size: 10.5px; line-height: 1.6;
  border-radius: 9px; background: #fff3bf; color: #8a5a00; border: 1px solid #ffd43b; vertical-align: 2px;
  cursor: help; white-space: nowrap; }
.tr-view .legend { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; padding: 8px 0 12px; }
.tr-view .legend-title { font-weight: 650; font-size: 13px; margin-right: 4px; }
.tr-view .legend-item { display: inline-flex; align-items: center; gap: 5px; border: 1px solid #d9e2ec;
  border-radius: 14px; padding: 2px 10px 2px 6px; background: #fff; font: inherit; font-size: 13px; cursor: pointer; }
.tr-view .legend-item.ent-on { border-color: #1f2933; box-shadow: 0 0 0 1px #1f2933; }
.tr-view .swatch { width: 12px; height: 12px; border-radius: 50%; background: var(--ec); border: 1px solid #0001; }
.tr-view .legend-label { font-size: 10.5px; color: #7b8794; text-transform: uppercase; letter-spacing: .04em; }
.tr-view .legend-hint { font-size: 12px; color: #9aa5b1; margin-left: 6px; }
.tr-view .signature { font: 11px ui-monospace, SFMono-Regular, Menlo, monospace; color: #9aa5b1;
  padding: 10px 0; overflow-wrap: anywhere; }
.tr-view .message { padding: 10px 14px; border-radius: 8px; font-size: 14.5px; margin: 4px 0; }
.tr-view .message.error { background: #fff0f0; color: #a61b1b; border: 1px solid #ffc9c9; }
.tr-view .message.info { background: #f0f7ff; color: #1c4f80; border: 1px solid #bcdcff; }
.tr-view .placeholder { color: #7b8794; padding: 28px; text-align: center; border: 1px dashed #cbd2d9;
  border-radius: 10px; font-size: 14.5px; }
.tr-view .progress { color: #1f2933; display: flex; flex-wrap: wrap; gap: 8px 18px; font-size: 13px; }
.tr-view .progress-item { display: flex; align-items: center; gap: 8px; min-width: 240px; }
.tr-view .progress-lang { width: 6.5em; font-weight: 600; }
.tr-view .progress-bar { flex: 1; height: 7px; background: #e4e7eb; border-radius: 4px; overflow: hidden; min-width: 80px; }
.tr-view .progress-bar span { display: block; height: 100%; background: #2680c2; transition: width .3s; }
.tr-view .progress-item.done .progress-bar span { background: #3ebd93; }
.tr-view .progress-label { color: #7b8794; font-variant-numeric: tabular-nums; min-width: 8em; }
"""
