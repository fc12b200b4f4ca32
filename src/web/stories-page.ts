/** `/`: the latest relevant stories with the filter form; every filter lives in the URL. */
import type { ArchiveFilters, ArchivePage } from "../commands/archive-stories.js";
import { CLASSIFIED_COUNTRY_CODES } from "../commands/classified-country-codes.js";
import { TOPICS } from "../model/classification.js";
import type { WatchedEntity } from "../model/entity.js";
import { LANGUAGES } from "../model/language.js";
import { countryLabel, topicLabel } from "../render/display-names.js";
import { html, type SafeHtml } from "./html.js";
import { layout } from "./layout.js";
import { storyLine } from "./story-line.js";

export interface StoriesPageInput {
  page: ArchivePage;
  filters: ArchiveFilters;
  params: URLSearchParams;
  problems: string[];
  entities: readonly WatchedEntity[];
  /** This view's Atom feed and the next page, as paths with their query. */
  feedPath: string;
  nextPath: string | null;
}

const languageNames = new Intl.DisplayNames(["en"], { type: "language", fallback: "code" });

/** The whole page. */
export function storiesPage(input: StoriesPageInput): SafeHtml {
  const { page, params } = input;
  const given = (name: string) => params.get(name)?.trim() ?? "";
  const select = (name: string, label: string, options: [string, string][]) =>
    html`<label for="f-${name}">${label}<select id="f-${name}" name="${name}"><option value="">Any</option>${options.map(
      ([value, text]) =>
        html`<option value="${value}"${given(name).toLowerCase() === value.toLowerCase() ? html` selected` : ""}>${text}</option>`,
    )}</select></label>`;
  const body = html`<h1>Latest relevant stories</h1>
<search><form class="filters" method="get" action="/" aria-label="Filter stories">
<label for="f-q">Search words<input id="f-q" type="search" name="q" value="${given("q")}" placeholder="scam compound"></label>
${select(
  "country",
  "Country",
  CLASSIFIED_COUNTRY_CODES.map((code) => [code, countryLabel(code)]),
)}
${select(
  "topic",
  "Topic",
  TOPICS.map((topic) => [topic, topicLabel(topic)]),
)}
${select(
  "language",
  "Language",
  LANGUAGES.map((code) => [code, languageNames.of(code) ?? code]),
)}
${select(
  "entity",
  "Watched name",
  input.entities.map((entity) => [entity.id, entity.name]),
)}
<label for="f-outlet">Outlet<input id="f-outlet" name="outlet" value="${given("outlet")}" placeholder="Reuters"></label>
<label for="f-from">From<input id="f-from" type="date" name="from" value="${given("from")}"></label>
<label for="f-to">To<input id="f-to" type="date" name="to" value="${given("to")}"></label>
<div class="actions"><button type="submit">Apply filters</button><a class="button secondary" href="/">Clear</a></div>
</form></search>
${input.problems.length > 0 ? html`<div class="problems" role="alert"><p>Some filters were left out:</p><ul>${input.problems.map((p) => html`<li>${p}</li>`)}</ul></div>` : ""}
<p class="meta">${page.items.length === 0 ? "No stories match these filters." : `${page.items.length} stories, newest first.`} <a href="${input.feedPath}">Atom feed of this view</a></p>
<ol class="stories">${page.items.map(storyLine)}</ol>
${input.nextPath ? html`<nav class="pager" aria-label="Pages"><a href="${input.nextPath}" rel="next">Older stories</a></nav>` : ""}`;
  return layout("Stories", "/", body);
}
