/** `/stories/ID`: the lead report, every other outlet's report, the classification with its reasons, entities and deliveries. */
import type { StoryDetail } from "../commands/story-detail.js";
import type { StoredItem } from "../model/item.js";
import { countryLabel, topicLabel } from "../render/display-names.js";
import { html, type SafeHtml } from "./html.js";
import { layout } from "./layout.js";
import { safeHttpUrl } from "./safe-url.js";
import { timeHtml } from "./time-html.js";

/** A report's headline, linked to the outlet when its link is http(s), plain text otherwise. */
function report(item: StoredItem): SafeHtml {
  const link = safeHttpUrl(item.link) ?? safeHttpUrl(item.url);
  const title = html`<span lang="${item.language}">${item.title}</span>`;
  return html`${link ? html`<a href="${link}" rel="noopener noreferrer">${title}</a>` : title}
<span class="meta"> — ${item.outlet}, ${timeHtml(item.publishedAt)}</span>`;
}

/** The whole page. */
export function storyPage(detail: StoryDetail): SafeHtml {
  const { story, deliveries } = detail;
  const lead = story.lead;
  const c = lead.classification;
  const body = html`<article>
<h1 lang="${lead.language}">${lead.title}</h1>
<p>${report(lead)}</p>
${lead.summary ? html`<p lang="${lead.language}">${lead.summary}</p>` : ""}
<h2>Other reports (${story.also.length})</h2>
${story.also.length === 0 ? html`<p>No other outlet has reported it yet.</p>` : html`<ul>${story.also.map((item) => html`<li>${report(item)}</li>`)}</ul>`}
<h2>Classification</h2>
${
  c
    ? html`<dl>
<dt>Relevant</dt><dd>${c.relevant ? "yes" : "no"}${c.sea ? ", Southeast Asia" : ""} (score ${c.score.toFixed(2)}, ${c.urgency})</dd>
<dt>Countries</dt><dd>${c.countries.length ? c.countries.map(countryLabel).join(", ") : "—"}</dd>
<dt>Topics</dt><dd>${c.topics.length ? c.topics.map(topicLabel).join(", ") : "—"}</dd>
<dt>Reasons</dt><dd><ul>${c.reasons.map((reason) => html`<li>${reason}</li>`)}</ul></dd>
<dt>Watched names</dt><dd>${
        c.entities.length
          ? c.entities.map(
              (e) =>
                html`<a href="/entities/${encodeURIComponent(e.id)}">${e.name}</a> (“${e.alias}” in the ${e.field}) `,
            )
          : "—"
      }</dd>
</dl>`
    : html`<p>Not classified yet.</p>`
}
<h2>Sent to</h2>
${
  deliveries.length === 0
    ? html`<p>Not sent to any channel.</p>`
    : html`<div class="table-wrap"><table><thead><tr><th scope="col">Channel</th><th scope="col">Mode</th><th scope="col">State</th><th scope="col">Sent</th></tr></thead><tbody>${deliveries.map(
        (d) =>
          html`<tr><td>${d.target}</td><td>${d.mode}</td><td>${d.state}</td><td>${timeHtml(d.sentAt)}</td></tr>`,
      )}</tbody></table></div>`
}
</article>`;
  return layout(lead.title, "", body);
}
