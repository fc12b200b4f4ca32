/** The archive's routes: each reads its input, calls one command function and renders HTML, Atom or JSON. */
import { type ArchiveFilters, listArchiveStories } from "../commands/archive-stories.js";
import { keptTrends } from "../commands/archive-trends.js";
import { entityDetail } from "../commands/entity-detail.js";
import { feedHealth } from "../commands/feed-health.js";
import { storyDetail } from "../commands/story-detail.js";
import { redactSecrets } from "../log.js";
import { atomFeed } from "./atom-feed.js";
import { entityPage } from "./entity-page.js";
import { feedsPage } from "./feeds-page.js";
import { freshEnough } from "./fresh-enough.js";
import { html } from "./html.js";
import { layout } from "./layout.js";
import { filterQuery, readFilters } from "./read-filters.js";
import { storiesPage } from "./stories-page.js";
import { storyPage } from "./story-page.js";
import { trendsPage } from "./trends-page.js";
import type { WebDeps } from "./web-deps.js";
import { type Route, send, type WebRequest } from "./web-router.js";

const HTML = "text/html; charset=utf-8";
const JSON_TYPE = "application/json; charset=utf-8";

function json(request: WebRequest, status: number, body: unknown): void {
  send(request.res, status, JSON_TYPE, JSON.stringify(body));
}

function notFound(request: WebRequest, what: string): void {
  if (request.url.pathname.startsWith("/api/"))
    json(request, 404, { error: `${what} is not in the archive` });
  else
    send(
      request.res,
      404,
      HTML,
      layout(
        "Not found",
        "",
        html`<h1>Not found</h1><p>${what} is not in the archive.</p><p><a href="/">Back to the stories</a></p>`,
      ).value,
    );
}

function withoutCursor(filters: ArchiveFilters): ArchiveFilters {
  const { before: _before, ...rest } = filters;
  return rest;
}

/** The route table for these dependencies. */
export function webRoutes(deps: WebDeps): Route[] {
  const stories = async (request: WebRequest) => {
    const { filters, problems } = readFilters(request.url.searchParams);
    const page = await listArchiveStories(deps.store, filters);
    return { filters, problems, page };
  };
  const base = (request: WebRequest) =>
    deps.publicUrl?.replace(/\/+$/, "") ?? `http://${request.req.headers.host ?? "localhost"}`;
  // Trends may be a minute old (see fresh-enough.ts); closed weeks are kept between refreshes (keptTrends).
  const countTrends = keptTrends(deps.store);
  const trends = freshEnough(() => countTrends(deps.now()), deps.now, 60_000);
  const feeds = async () =>
    (await feedHealth(deps.store, deps.feeds, deps.now())).map(({ url: _url, ...row }) => ({
      ...row,
      lastError: row.lastError === null ? null : redactSecrets(row.lastError),
    }));

  return [
    {
      method: "GET",
      pattern: /^\/$/,
      async handle(request) {
        const { filters, problems, page } = await stories(request);
        const params = request.url.searchParams;
        const next = page.nextBefore ? filterQuery({ ...filters, before: page.nextBefore }, params) : null;
        const body = storiesPage({
          page,
          filters,
          params,
          problems,
          entities: await deps.entities(),
          feedPath: `/feed.xml${filterQuery(withoutCursor(filters), params)}`,
          nextPath: next === null ? null : `/${next}`,
        });
        send(request.res, 200, HTML, body.value);
      },
    },
    {
      method: "GET",
      pattern: /^\/api\/stories$/,
      async handle(request) {
        const { filters, problems, page } = await stories(request);
        json(request, problems.length > 0 ? 400 : 200, { filters, problems, ...page });
      },
    },
    {
      method: "GET",
      pattern: /^\/feed\.xml$/,
      async handle(request) {
        const { filters, page } = await stories(request);
        const selfPath = `/feed.xml${filterQuery(withoutCursor(filters), request.url.searchParams)}`;
        const described = Object.entries(filters)
          .filter(([name]) => name !== "before")
          .map(([, value]) => String(value))
          .join(", ");
        const body = atomFeed({
          title: `tracewire: relevant stories${described ? ` (${described})` : ""}`,
          base: base(request),
          selfPath,
          items: page.items,
          now: deps.now(),
        });
        send(request.res, 200, "application/atom+xml; charset=utf-8", body);
      },
    },
    {
      method: "GET",
      pattern: /^\/(?<api>api\/)?stories\/(?<id>[^/]+)$/,
      async handle(request) {
        const detail = await storyDetail(deps.store, request.params["id"] ?? "");
        if (!detail) return notFound(request, `Story ${request.params["id"]}`);
        if (request.params["api"]) json(request, 200, detail);
        else send(request.res, 200, HTML, storyPage(detail).value);
      },
    },
    {
      method: "GET",
      pattern: /^\/(?<api>api\/)?entities\/(?<id>[^/]+)$/,
      async handle(request) {
        const detail = await entityDetail(
          deps.store,
          await deps.entities(),
          request.params["id"] ?? "",
          deps.now(),
        );
        if (!detail) return notFound(request, `Watched name ${request.params["id"]}`);
        if (request.params["api"]) json(request, 200, detail);
        else send(request.res, 200, HTML, entityPage(detail).value);
      },
    },
    {
      method: "GET",
      pattern: /^\/(?<api>api\/)?trends$/,
      async handle(request) {
        const counts = await trends();
        if (request.params["api"]) json(request, 200, counts);
        else send(request.res, 200, HTML, trendsPage(counts).value);
      },
    },
    {
      method: "GET",
      pattern: /^\/(?<api>api\/)?feeds$/,
      async handle(request) {
        const rows = await feeds();
        if (request.params["api"]) json(request, 200, { feeds: rows });
        else send(request.res, 200, HTML, feedsPage(rows).value);
      },
    },
  ];
}
