/** `/trends`: weekly relevant stories by country and by topic over the last 26 weeks, each as a chart and a table. */
import type { ArchiveTrends, TrendSeries } from "../commands/archive-trends.js";
import { countryLabel, topicLabel } from "../render/display-names.js";
import { html, type SafeHtml } from "./html.js";
import { layout } from "./layout.js";
import { lineChart } from "./svg-chart.js";

/** How many lines a chart draws (the largest); the table beside it lists the same ones. */
const LINES = 6;

function shortWeek(week: string): string {
  const date = new Date(`${week}T00:00:00Z`);
  return date.toLocaleDateString("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
}

function block(title: string, weeks: string[], all: TrendSeries[], label: (key: string) => string): SafeHtml {
  const series = all.slice(0, LINES);
  if (series.length === 0) {
    return html`<section aria-labelledby="${title}-h"><h2 id="${title}-h">${title}</h2><p>No relevant stories in these weeks.</p></section>`;
  }
  const chart = lineChart({
    title: `Relevant stories per week by ${title.toLowerCase()}`,
    xLabels: weeks.map(shortWeek),
    xTitle: "Week starting (UTC)",
    yTitle: "Stories",
    series: series.map((s) => ({ label: label(s.key), values: s.counts })),
  });
  return html`<section aria-labelledby="${title}-h"><h2 id="${title}-h">By ${title.toLowerCase()}</h2>
<div class="chart-block"><figure>${chart}<figcaption class="meta">The ${series.length} largest of ${all.length}, ${weeks.length} weeks.</figcaption></figure>
<div class="table-wrap"><table><caption class="meta">Stories per week</caption><thead><tr><th scope="col">Week</th>${series.map(
    (s) => html`<th scope="col" class="num">${label(s.key)}</th>`,
  )}</tr></thead><tbody>${weeks.map(
    (week, i) =>
      html`<tr><th scope="row"><time datetime="${week}">${week}</time></th>${series.map((s) => html`<td class="num">${s.counts[i] ?? 0}</td>`)}</tr>`,
  )}</tbody><tfoot><tr><th scope="row">Total</th>${series.map((s) => html`<td class="num">${s.total}</td>`)}</tr></tfoot></table></div></div>
</section>`;
}

/** The whole page. */
export function trendsPage(trends: ArchiveTrends): SafeHtml {
  return layout(
    "Trends",
    "/trends",
    html`<h1>Trends: relevant stories per week</h1>
${block("Country", trends.weeks, trends.byCountry, countryLabel)}
${block("Topic", trends.weeks, trends.byTopic, topicLabel)}`,
  );
}
