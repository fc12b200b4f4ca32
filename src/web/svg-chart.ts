/**
 * A small line chart drawn on the server as SVG: labelled axes, a legend, one line per series in colours that
 * stay apart for colour-blind readers (Okabe–Ito) and with distinct dash patterns. The page puts the numbers
 * in a table beside it, so the chart never holds the only copy of a figure.
 */
import { html, type SafeHtml } from "./html.js";

export interface ChartSeries {
  label: string;
  values: number[];
}

export interface LineChartInput {
  title: string;
  /** The x axis labels (one per value), e.g. week starts. */
  xLabels: string[];
  xTitle: string;
  yTitle: string;
  series: ChartSeries[];
}

/** Okabe–Ito colours (https://jfly.uni-koeln.de/color/), darkened where needed for contrast on white. */
const COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#9a7b00", "#56B4E9", "#000000", "#E69F00"];
const DASHES = ["", "6 3", "2 2", "8 3 2 3", "4 4", "1 3", "10 4", "3 6"];

const WIDTH = 720;
const HEIGHT = 350;
const PAD = { left: 52, right: 16, top: 28, bottom: 86 };

/** A step that gives about five round ticks up to `max`. */
function tickStep(max: number): number {
  const rough = Math.max(max, 1) / 5;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? rough;
  return Math.max(1, step);
}

/** The `<svg>` element. */
export function lineChart(input: LineChartInput): SafeHtml {
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const max = Math.max(1, ...input.series.flatMap((s) => s.values));
  const step = tickStep(max);
  const top = Math.ceil(max / step) * step;
  const n = Math.max(1, input.xLabels.length - 1);
  const x = (i: number) => PAD.left + (i / n) * plotW;
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const ticks = Array.from({ length: Math.round(top / step) + 1 }, (_, i) => i * step);
  const every = Math.max(1, Math.ceil(input.xLabels.length / 7));
  const id = input.title.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  return html`<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-labelledby="${id}-t ${id}-d" xmlns="http://www.w3.org/2000/svg">
<title id="${id}-t">${input.title}</title>
<desc id="${id}-d">${input.yTitle} by ${input.xTitle.toLowerCase()}, ${input.series.map((s) => s.label).join(", ")}; the table beside the chart has every number.</desc>
${ticks.map(
  (t) =>
    html`<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${y(t)}" y2="${y(t)}" stroke="#e3e3e3"/><text x="${PAD.left - 6}" y="${y(t) + 4}" text-anchor="end">${t}</text>`,
)}
<line x1="${PAD.left}" x2="${PAD.left}" y1="${PAD.top}" y2="${PAD.top + plotH}" stroke="#555"/>
<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${PAD.top + plotH}" y2="${PAD.top + plotH}" stroke="#555"/>
${input.xLabels.map((label, i) =>
  i === input.xLabels.length - 1 || (i % every === 0 && input.xLabels.length - 1 - i >= every / 2)
    ? html`<text x="${x(i)}" y="${PAD.top + plotH + 16}" text-anchor="${i === input.xLabels.length - 1 ? "end" : "middle"}">${label}</text>`
    : "",
)}
<text x="${PAD.left + plotW / 2}" y="${PAD.top + plotH + 32}" text-anchor="middle">${input.xTitle}</text>
<text transform="translate(14 ${PAD.top + plotH / 2}) rotate(-90)" text-anchor="middle">${input.yTitle}</text>
${input.series.map((s, k) => {
  const points = s.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(" ");
  return html`<polyline fill="none" stroke="${COLOURS[k % COLOURS.length]}" stroke-width="2" stroke-dasharray="${DASHES[k % DASHES.length]}" points="${points}"><title>${s.label}</title></polyline>`;
})}
<g aria-label="Legend">${input.series.map((s, k) => {
    const lx = PAD.left + (k % 4) * (plotW / 4);
    const ly = PAD.top + plotH + 52 + Math.floor(k / 4) * 16;
    return html`<line x1="${lx}" x2="${lx + 22}" y1="${ly - 4}" y2="${ly - 4}" stroke="${COLOURS[k % COLOURS.length]}" stroke-width="3" stroke-dasharray="${DASHES[k % DASHES.length]}"/><text x="${lx + 26}" y="${ly}">${s.label}</text>`;
  })}</g>
</svg>`;
}
