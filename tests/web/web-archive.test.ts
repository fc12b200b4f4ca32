import Parser from "rss-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadWatchedEntities } from "../../src/config/load-watched-entities.js";
import { type ArchiveWorld, startArchiveWorld } from "./archive-world.js";

let w: ArchiveWorld;

beforeAll(async () => {
  w = await startArchiveWorld();
}, 60_000);
afterAll(async () => {
  await w?.close();
});

const get = (path: string, init?: RequestInit) => fetch(`${w.url}${path}`, init);
const storyLinks = (page: string) => [...page.matchAll(/href="(\/stories\/[^"]+)"/g)].map((m) => m[1]!);

describe("the web archive after a poll", () => {
  it("answers 200 on every page, its JSON and Atom, and keeps /healthz and /metrics", async () => {
    const home = await (await get("/")).text();
    const story = storyLinks(home)[0];
    expect(story).toBeDefined();
    const [entity] = loadWatchedEntities("watchlist.json");
    expect(entity).toBeDefined();
    for (const path of [
      "/",
      "/trends",
      "/feeds",
      story!,
      `/entities/${entity!.id}`,
      "/feed.xml?country=KH",
      "/api/stories",
      "/api/trends",
      "/api/feeds",
      `/api/${story!.slice(1)}`,
      "/assets/app.css",
      "/assets/local-time.js",
      "/healthz",
      "/metrics",
    ]) {
      expect({ path, status: (await get(path)).status }).toEqual({ path, status: 200 });
    }
    expect((await get("/stories/no-such-story")).status).toBe(404);
    expect((await get("/nowhere")).status).toBe(404);
  });

  it("shows at least three quarters of the relevant Southeast Asia stories on the first page", async () => {
    const shown = new Set(storyLinks(await (await get("/")).text()));
    const items = await w.ctx.store.listItems({ limit: 1000 });
    const storyOf = (title: string) => {
      const item = items.find((i) => i.title.includes(title) || title.includes(i.title));
      return item ? `/stories/${item.storyId ?? item.id}` : null;
    };
    const found = w.seaHeadlines.filter((h) => {
      const path = storyOf(h.title);
      return path !== null && shown.has(path);
    });
    expect(w.seaHeadlines.length).toBeGreaterThan(20);
    expect(found.length / w.seaHeadlines.length).toBeGreaterThanOrEqual(0.75);
  });

  it("draws /trends as SVG line charts with labelled axes, a legend and the numbers in tables", async () => {
    const page = await (await get("/trends")).text();
    expect(page.match(/<svg class="chart"/g)?.length).toBe(2);
    expect(page).toContain("<polyline");
    expect(page).toContain("Week starting (UTC)");
    expect(page).toContain('aria-label="Legend"');
    expect(page).toContain("Cambodia (KH)");
    expect(page.match(/<table>/g)?.length).toBe(2);
  });

  it("lists every configured feed on /feeds with its state", async () => {
    const page = await (await get("/feeds")).text();
    for (const feed of w.ctx.feeds) expect(page).toContain(`id="feed-${feed.id}"`);
    expect(page).toContain("Days since new item");
  });

  it("serves /feed.xml?country=KH as Atom that rss-parser reads, entries linking to story pages", async () => {
    const res = await get("/feed.xml?country=KH");
    expect(res.headers.get("content-type")).toContain("application/atom+xml");
    const feed = await new Parser().parseString(await res.text());
    expect(feed.items.length).toBeGreaterThan(5);
    for (const entry of feed.items) expect(entry.link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/stories\//);
    expect(feed.items.map((entry) => entry.title)).toContain(w.hostileTitle);
  });

  it("narrows by the filters in the URL and says which values it left out", async () => {
    const api = (await (await get("/api/stories?topic=scam_compounds&country=KH")).json()) as {
      items: { classification: { topics: string[]; countries: string[] } }[];
    };
    expect(api.items.length).toBeGreaterThan(0);
    for (const item of api.items) {
      expect(item.classification.topics).toContain("scam_compounds");
      expect(item.classification.countries).toContain("KH");
    }
    const searched = (await (await get("/api/stories?q=scam")).json()) as { items: { title: string }[] };
    expect(searched.items.length).toBeGreaterThan(0);
    const page = await (await get("/?country=XX&from=yesterday")).text();
    expect(page).toContain("country: &#34;XX&#34; is not a country code tracewire assigns");
    expect(page).toContain("from: expected a date such as 2025-06-01");
  });

  it("shows the hostile headline as text: no tag, no javascript: link, and a CSP without inline script", async () => {
    const res = await get("/?outlet=Hostile%20Times");
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    const page = await res.text();
    expect(page).toContain("&#60;script&#62;window.__tracewirePwned=2&#60;/script&#62;");
    expect(page).not.toContain("<script>window");
    expect(page).not.toContain("<img src=x");
    expect(page).not.toMatch(/href="javascript:/i);
    for (const link of storyLinks(page)) {
      const story = await (await get(link)).text();
      expect(story).not.toMatch(/href="javascript:/i);
      expect(story).not.toContain("<script>window");
    }
  });
});
