/**
 * The report's stylesheet, inlined into the file: system fonts only (nothing to fetch), and print rules for
 * Print → PDF — every section on a new page, tables and charts never cut, table headers repeated, colours
 * kept where they carry meaning and every mark also told apart by weight, border or dash in black and white.
 */
export const REPORT_CSS = `
:root { --ink: #1d2733; --muted: #5b6672; --line: #d5dbe1; --accent: #0f5c8c; --warn: #8a1c1c; --warn-soft: #fdecec; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: var(--ink); background: #fff; }
main { max-width: 1040px; margin: 0 auto; padding: 24px 28px 48px; }
h1 { font-size: 1.6rem; margin: 0 0 0.2rem; }
h2 { font-size: 1.2rem; margin: 0 0 0.7rem; padding-bottom: 0.25rem; border-bottom: 2px solid var(--ink); }
h3 { font-size: 1rem; margin: 0.9rem 0 0.4rem; }
.num-label { color: var(--muted); font-weight: 600; margin-right: 0.3rem; }
.subtitle, .muted, .note { color: var(--muted); }
.note { font-size: 0.85rem; margin: 0.4rem 0; }
.sec { margin-top: 2rem; }
.run-detail > h2.run-title { margin-top: 2.5rem; font-size: 1.35rem; border-bottom: 3px double var(--ink); }
.contents { columns: 2; margin: 0.6rem 0 0; padding-left: 1.2rem; font-size: 0.9rem; }
table { border-collapse: collapse; margin: 0.3rem 0 0.6rem; font-size: 0.85rem; }
th, td { border-bottom: 1px solid var(--line); padding: 0.22rem 0.55rem; text-align: left; vertical-align: top; }
thead th { border-bottom: 1.5px solid var(--ink); font-weight: 600; background: #f3f5f7; }
tbody th { font-weight: 500; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.strong { font-weight: 700; }
.hint { color: var(--muted); font-size: 0.8rem; }
.best { font-weight: 700; text-decoration: underline; }
td.differs, th.differs { background: #fff6d6; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin: 0.3rem 0 0.6rem; }
.facts dt { font-weight: 600; }
.facts dd { margin: 0; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.82rem; }
code.wrap { word-break: break-all; }
.summary-grid { display: grid; grid-template-columns: 1.3fr 1fr; gap: 1rem 1.6rem; align-items: start; }
.key-figures td.strong { font-size: 1rem; }
.alert { border: 2px solid var(--warn); border-left-width: 8px; background: var(--warn-soft); color: var(--warn); padding: 0.5rem 0.8rem; margin: 0.6rem 0; }
.alert-title { font-weight: 700; margin: 0; }
.alert ul { margin: 0.3rem 0 0; padding-left: 1.2rem; }
.ok { border: 1px solid var(--line); border-left: 6px solid #2a7a4b; padding: 0.4rem 0.8rem; margin: 0.6rem 0; }
.charts, .pair { display: flex; flex-wrap: wrap; gap: 0.8rem 1.6rem; align-items: flex-start; }
.chart { margin: 0.3rem 0; max-width: 100%; }
.chart svg { max-width: 100%; height: auto; display: block; }
.chart svg text { fill: #222; }
.chart svg .axis-label { font-size: 11px; fill: #333; }
figcaption { font-size: 0.8rem; color: var(--muted); max-width: 560px; margin-top: 0.2rem; }
.confusion td.diag { font-weight: 700; background: #e3eef6; outline: 1.5px solid var(--accent); outline-offset: -2px; }
.confusion .share { font-size: 0.75rem; color: var(--muted); font-weight: 400; }
.run-cols th, .run-cols td { min-width: 7rem; }
footer { margin-top: 2.5rem; border-top: 1px solid var(--line); padding-top: 0.5rem; color: var(--muted); font-size: 0.8rem; }
@page { size: A4; margin: 16mm 14mm; }
@media print {
	body { font-size: 10.5pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
	main { max-width: none; padding: 0; }
	.sec, .run-detail { break-before: page; }
	header + .sec, .run-title + .sec { break-before: auto; }
	h2, h3 { break-after: avoid; }
	table, figure, .alert, .ok, .block, .facts { break-inside: avoid; }
	thead { display: table-header-group; }
	tr { break-inside: avoid; }
	.alert { background: none; color: #000; }
	.chart svg { max-height: 95mm; width: auto; }
	.contents { columns: 2; }
}
`;
