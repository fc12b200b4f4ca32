/**
 * The briefing's chart as SVG, drawn by our own small code: weekly relevant stories per country over the last
 * weeks, one line per country, labelled axes and a legend. Sized for a 1,200 px PNG read on a phone (labels at
 * 22 px and up). Pure: takes the series and the reader's zone, returns SVG text; chart-png.ts rasterises it.
 */
import type { BriefingSeries } from "../model/briefing.js";
import { countryName } from "./display-names.js";

export const CHART_WIDTH = 1200;
export const CHART_HEIGHT = 700;
/** Colour-blind-safe (Okabe–Ito), dark enough on white. */
const COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"];
const FONT = "DejaVu Sans";
// The right margin leaves room for the last week's label, centred under its point.
const PLOT = { left: 110, right: 1130, top: 150, bottom: 590 };

/** The chart of weekly stories per country as an SVG document. */
export function renderBriefingChart(series: BriefingSeries, timeZone: string): string {
  const weeks = series.weekStarts.length;
  const max = Math.max(1, ...series.countries.flatMap((c) => c.counts));
  const step = niceStep(max);
  const top = Math.ceil(max / step) * step;
  const x = (i: number) => PLOT.left + (weeks <= 1 ? 0 : (i * (PLOT.right - PLOT.left)) / (weeks - 1));
  const y = (n: number) => PLOT.bottom - (n / top) * (PLOT.bottom - PLOT.top);
  const parts: string[] = [
    `<rect width="${CHART_WIDTH}" height="${CHART_HEIGHT}" fill="#ffffff"/>`,
    text(40, 48, "Relevant stories per week, by country", 30, "bold"),
  ];
  for (let n = 0; n <= top; n += step) {
    parts.push(
      `<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${y(n)}" y2="${y(n)}" stroke="#dddddd" stroke-width="2"/>`,
      text(PLOT.left - 14, y(n) + 8, String(n), 22, "normal", "end"),
    );
  }
  series.weekStarts.forEach((start, i) => {
    if (i % 2 === weeks % 2) return;
    parts.push(text(x(i), PLOT.bottom + 36, weekLabel(start, timeZone), 22, "normal", "middle"));
  });
  parts.push(
    `<line x1="${PLOT.left}" x2="${PLOT.right}" y1="${PLOT.bottom}" y2="${PLOT.bottom}" stroke="#333333" stroke-width="2"/>`,
    text((PLOT.left + PLOT.right) / 2, CHART_HEIGHT - 28, "Week starting", 24, "normal", "middle"),
    `<text x="34" y="${(PLOT.top + PLOT.bottom) / 2}" font-family="${FONT}" font-size="24" fill="#333333" text-anchor="middle" transform="rotate(-90 34 ${(PLOT.top + PLOT.bottom) / 2})">Stories</text>`,
  );
  series.countries.forEach((country, k) => {
    const colour = COLOURS[k % COLOURS.length]!;
    const points = country.counts.map((n, i) => `${x(i).toFixed(1)},${y(n).toFixed(1)}`).join(" ");
    parts.push(
      `<polyline points="${points}" fill="none" stroke="${colour}" stroke-width="5" stroke-linejoin="round"/>`,
      ...country.counts.map(
        (n, i) => `<circle cx="${x(i).toFixed(1)}" cy="${y(n).toFixed(1)}" r="6" fill="${colour}"/>`,
      ),
    );
    const column = k % 3;
    const row = Math.floor(k / 3);
    const lx = 40 + column * 380;
    const ly = 86 + row * 34;
    parts.push(
      `<rect x="${lx}" y="${ly - 18}" width="28" height="20" fill="${colour}"/>`,
      text(lx + 38, ly, truncateLabel(countryName(country.code)), 24),
    );
  });
  if (series.countries.length === 0) {
    parts.push(
      text(
        (PLOT.left + PLOT.right) / 2,
        (PLOT.top + PLOT.bottom) / 2,
        "No relevant stories",
        28,
        "normal",
        "middle",
      ),
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CHART_WIDTH}" height="${CHART_HEIGHT}" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}">${parts.join("")}</svg>`;
}

function text(
  x: number,
  y: number,
  content: string,
  size: number,
  weight: "normal" | "bold" = "normal",
  anchor: "start" | "middle" | "end" = "start",
): string {
  return `<text x="${x}" y="${y}" font-family="${FONT}" font-size="${size}" font-weight="${weight}" fill="#222222" text-anchor="${anchor}">${escapeXml(content)}</text>`;
}

/** A round step for the y axis giving at most about five gridlines. */
function niceStep(max: number): number {
  const raw = max / 5;
  const power = 10 ** Math.floor(Math.log10(Math.max(raw, 1)));
  for (const m of [1, 2, 5, 10]) if (m * power >= raw) return m * power;
  return 10 * power;
}

/** "3 Nov" in the reader's zone. */
function weekLabel(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone }).format(new Date(iso));
}

function truncateLabel(s: string): string {
  return s.length <= 24 ? s : `${s.slice(0, 23)}…`;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
