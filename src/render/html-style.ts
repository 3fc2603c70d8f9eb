/*
 * The report's one stylesheet, inline so the file stands alone. Light only (it is printed), system
 * fonts (nothing fetched), figures in tabular digits so columns line up. Colours are the Okabe–Ito
 * palette, told apart with the common forms of colour blindness; cost and value also differ by dash.
 */
export const HTML_STYLE = `
:root { color-scheme: light; --ink: #1f2933; --muted: #52606d; --rule: #d9e2ec; --cost: #d55e00; --value: #0072b2; }
* { box-sizing: border-box; }
html { background: #fff; color: var(--ink); }
body { margin: 0 auto; max-width: 960px; padding: 32px 28px 48px; font: 15px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; }
h1 { font-size: 26px; line-height: 1.25; margin: 0 0 4px; }
h2 { font-size: 19px; margin: 36px 0 12px; padding-bottom: 4px; border-bottom: 2px solid var(--rule); break-after: avoid; }
p, li { max-width: 80ch; }
.subtitle { color: var(--muted); margin: 0 0 8px; }
.key-figures { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 12px; margin: 0; }
.key-figures div { border: 1px solid var(--rule); border-radius: 6px; padding: 10px 14px; break-inside: avoid; }
.key-figures dt { color: var(--muted); font-size: 13px; }
.key-figures dd { margin: 0; font-size: 24px; font-weight: 650; font-variant-numeric: tabular-nums; overflow-wrap: anywhere; }
.key-figures dd.note { font-size: 12px; font-weight: 400; color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: 0 0 18px; font-size: 13px; font-variant-numeric: tabular-nums; }
th, td { padding: 5px 8px; border-bottom: 1px solid var(--rule); text-align: right; vertical-align: top; }
th { color: var(--muted); font-weight: 600; border-bottom: 2px solid var(--rule); }
th.key, td.key { text-align: left; }
td.key { overflow-wrap: anywhere; max-width: 32ch; }
td.negative { color: #b34700; }
p.note { font-size: 13px; color: var(--muted); margin: 6px 0 0; }
tr.total td { font-weight: 700; border-top: 2px solid var(--ink); border-bottom: none; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
figure.chart { margin: 0 0 28px; break-inside: avoid; }
figcaption { font-weight: 600; margin: 0 0 6px; }
.chart-note, .chart-empty { color: var(--muted); font-size: 13px; margin: 4px 0 0; }
svg { display: block; width: 100%; height: auto; overflow: visible; }
svg text { font-size: 12px; fill: var(--ink); }
svg .tick, svg .legend { fill: var(--muted); }
svg .small { font-size: 10px; }
/* A white halo keeps a figure legible where it crosses a grid or benchmark line. */
svg .value-label, svg .benchmark-label { paint-order: stroke; stroke: #fff; stroke-width: 3px; stroke-linejoin: round; }
svg .row-label.total { font-weight: 700; }
svg .na { fill: var(--muted); font-style: italic; }
svg .grid { stroke: #e4e7eb; }
svg .axis { stroke: var(--muted); stroke-width: 1.5; }
svg .separator { stroke: var(--muted); }
svg .row-rule { stroke: #eef1f4; }
svg .benchmark { stroke: var(--ink); stroke-width: 1.5; stroke-dasharray: 5 4; }
svg .benchmark-label { font-size: 11px; }
svg .series { fill: none; stroke-width: 2.5; }
svg .series-cost { stroke: var(--cost); fill: var(--cost); }
svg .series-value { stroke: var(--value); fill: var(--value); }
svg polyline.series-cost { stroke-dasharray: 7 4; fill: none; }
svg polyline.series-value { fill: none; }
svg line.series-cost { stroke-dasharray: 7 4; }
svg .point { stroke: #fff; stroke-width: 1.5; }
svg .series-label-cost { fill: var(--cost); font-weight: 600; }
svg .series-label-value { fill: var(--value); font-weight: 600; }
svg .roi-positive { fill: var(--value); }
svg .roi-negative { fill: var(--cost); }
svg .sub-conversation { fill: #0072b2; }
svg .sub-amplification { fill: #e69f00; }
svg .sub-engagement { fill: #009e73; }
svg .sub-growth { fill: #cc79a7; }
svg .sub-advocacy { fill: #56b4e9; }
svg .sub-adoption { fill: #d55e00; }
svg .sub-sentiment { fill: #6b6b6b; }
ul.notes li, ul.warnings li, ul.files li { margin: 2px 0; }
ul.files { font-size: 13px; }
@media (max-width: 640px) { .key-figures { grid-template-columns: repeat(2, minmax(0, 1fr)); } }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  h2 { margin-top: 20pt; }
  table { font-size: 8.5pt; }
  .key-figures dd { font-size: 14pt; }
  .key-figures dd.note { font-size: 8pt; }
}
`;
