/** `/feeds`: each feed's health — state, last success, last error, items per week, days since its last new item. */
import type { FeedHealthRow } from "../commands/feed-health.js";
import { html, type SafeHtml } from "./html.js";
import { layout } from "./layout.js";
import { timeHtml } from "./time-html.js";

/** The whole page; errors are shown already redacted by the caller. */
export function feedsPage(rows: Omit<FeedHealthRow, "url">[]): SafeHtml {
  return layout(
    "Feeds",
    "/feeds",
    html`<h1>Feeds (${rows.length})</h1>
<div class="table-wrap"><table>
<thead><tr><th scope="col">Feed</th><th scope="col">State</th><th scope="col">Last success</th><th scope="col">Last error</th><th scope="col" class="num">Items a week</th><th scope="col" class="num">Days since new item</th></tr></thead>
<tbody>${rows.map(
      (row) => html`<tr id="feed-${row.id}">
<th scope="row">${row.id}<div class="meta">${row.outlet}</div></th>
<td class="state-${row.state}">${row.state}${row.consecutiveFailures > 0 ? ` (${row.consecutiveFailures} failures)` : ""}</td>
<td>${timeHtml(row.lastSuccessAt)}</td>
<td>${row.lastError ?? "—"}${row.lastErrorCode ? html`<div class="meta">${row.lastErrorCode}</div>` : ""}</td>
<td class="num">${row.itemsPerWeek}</td>
<td class="num">${row.daysSinceNewItem ?? "—"}</td>
</tr>`,
    )}</tbody></table></div>`,
  );
}
