/** `/entities/ID`: a watched name — its aliases and sources, a weekly count and its stories. */
import type { EntityDetail } from "../commands/entity-detail.js";
import { countryLabel } from "../render/display-names.js";
import { html, type SafeHtml } from "./html.js";
import { layout } from "./layout.js";
import { safeHttpUrl } from "./safe-url.js";
import { storyLine } from "./story-line.js";
import { lineChart } from "./svg-chart.js";

/** The whole page. */
export function entityPage(detail: EntityDetail): SafeHtml {
  const { entity } = detail;
  const total = detail.counts.reduce((a, b) => a + b, 0);
  return layout(
    entity.name,
    "",
    html`<h1>${entity.name}</h1>
<p class="meta">${entity.kind.replace("_", " ")} · ${entity.countries.map(countryLabel).join(", ")}</p>
${entity.note ? html`<p>${entity.note}</p>` : ""}
<h2>Also written as</h2>
<ul>${entity.aliases.map((alias) => html`<li>${alias}</li>`)}</ul>
<h2>Sources</h2>
<ul>${entity.sources.map((source) => {
      const url = safeHttpUrl(source.url);
      const text = `${source.title}${source.publisher ? ` — ${source.publisher}` : ""}${source.date ? `, ${source.date}` : ""}`;
      return html`<li>${url ? html`<a href="${url}" rel="noopener noreferrer">${text}</a>` : text}</li>`;
    })}</ul>
<h2>Stories per week</h2>
<div class="chart-block"><figure>${lineChart({
      title: `Stories naming ${entity.name} per week`,
      xLabels: detail.weeks.map((w) => w.slice(5)),
      xTitle: "Week starting (UTC)",
      yTitle: "Stories",
      series: [{ label: entity.name, values: detail.counts }],
    })}</figure>
<div class="table-wrap"><table><thead><tr><th scope="col">Week</th><th scope="col" class="num">Stories</th></tr></thead><tbody>${detail.weeks.map(
      (week, i) => html`<tr><th scope="row">${week}</th><td class="num">${detail.counts[i] ?? 0}</td></tr>`,
    )}</tbody><tfoot><tr><th scope="row">Total</th><td class="num">${total}</td></tr></tfoot></table></div></div>
<h2>Stories (${detail.stories.length})</h2>
${detail.stories.length === 0 ? html`<p>No archived story names it yet.</p>` : html`<ol class="stories">${detail.stories.map(storyLine)}</ol>`}`,
  );
}
