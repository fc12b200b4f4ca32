/** One story in a list: its headline linking to its page, outlet, time, countries and topics. */
import type { StoredItem } from "../model/item.js";
import { countryLabel, topicLabel } from "../render/display-names.js";
import { html, type SafeHtml } from "./html.js";
import { timeHtml } from "./time-html.js";

/** The story page's path for an item (its story, or itself when ungrouped). */
export function storyPath(item: StoredItem): string {
  return `/stories/${encodeURIComponent(item.storyId ?? item.id)}`;
}

/** `<li>` for a story list. */
export function storyLine(item: StoredItem): SafeHtml {
  const c = item.classification;
  return html`<li>
<a class="story-title" href="${storyPath(item)}" lang="${item.language}">${item.title}</a>
<div class="meta">${item.outlet} · ${timeHtml(item.publishedAt)}</div>
<div>${(c?.countries ?? []).map((code) => html`<span class="tag">${countryLabel(code)}</span>`)}${(
    c?.topics ?? []
  ).map((topic) => html`<span class="tag">${topicLabel(topic)}</span>`)}</div>
</li>`;
}
