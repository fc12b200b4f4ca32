/**
 * The stored result of two poll cycles, row for row: real feed captures (tests/fixtures/feeds) and feeds of real
 * labelled headlines, served from a loopback HTTP server, polled through the spine into a real SQLite file with
 * a watchlist and two subscriptions, on a fixed clock. Every row a cycle writes — items with all their columns,
 * the feeds each was seen in, countries, topics, entities, stories, the search index and the outbox — is read
 * back in a stable order and compared with tests/fixtures/cycle/stored-rows.json, written by the code before
 * the cycle was made cheaper (issue 21): speed work must leave exactly the same rows behind.
 * `UPDATE_GOLDEN=1 npx vitest run tests/pipeline/cycle-stored-rows.test.ts` rewrites the file (only when a
 * change of result is intended, and said so in its commit).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname } from "node:path";
import { PassThrough } from "node:stream";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { createSubscription } from "../../src/commands/subscribe.js";
import { createTerminalPlatform } from "../../src/deliver/terminal/terminal-platform.js";
import { createFetcher } from "../../src/fetch/create-fetcher.js";
import { silentLogger } from "../../src/log.js";
import type { FeedConfig } from "../../src/model/feed.js";
import { CurrentWatchlist } from "../../src/pipeline/current-watchlist.js";
import { pollFeeds, type SpineDeps } from "../../src/pipeline/poll-feeds.js";
import { openStore } from "../../src/store/open-store.js";
import { FEED_FIXTURES, readFeedFixture } from "../fixtures/feeds/feed-fixtures.js";
import { createClock } from "../support/clock.js";
import { headlineNaming, kkParkHeadline, princeGroupHeadline } from "../support/entity-headlines.js";
import { startFeedServer } from "../support/feed-server.js";
import { type LabelledHeadline, loadAllHeadlines, loadHeadlines } from "../support/labelled-headlines.js";
import { tempSqliteUrl } from "../support/temp-db.js";
import { buildWatchedEntity } from "../support/watched-entity.js";
import { headlineRss } from "../worker/headline-rss.js";

const GOLDEN = fileURLToPath(new URL("../fixtures/cycle/stored-rows.json", import.meta.url));
const NOW = "2026-11-25T06:00:00.000Z";
const CREATED = new Date("2026-11-24T06:00:00.000Z");
const LAST_MODIFIED = "Tue, 24 Nov 2026 06:00:00 GMT";
/** Words searched in the full-text index: English and the region's, common and rare. */
const SEARCHED = [
  "trafficking",
  "scam",
  "cambodia",
  "myanmar",
  "police",
  "thailand",
  "compound",
  "online",
  "2026",
];

let cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

/** A headline under another outlet's URL: the same report carried elsewhere (story grouping joins them). */
function elsewhere(h: LabelledHeadline, n: number): LabelledHeadline {
  return { ...h, url: `https://wire-b.example/news/${n}` };
}

/** The wire feeds of each cycle: the second repeats some reports, carries others again and adds new ones. */
function wireFeeds(): { first: LabelledHeadline[]; second: LabelledHeadline[]; region: LabelledHeadline[] } {
  const dev = loadHeadlines();
  const first = [
    ...dev.slice(0, 120),
    princeGroupHeadline(),
    kkParkHeadline(),
    headlineNaming("headlines-dev", "Lula"),
  ];
  const second = [...dev.slice(0, 40).map(elsewhere), ...dev.slice(100, 110), ...dev.slice(120, 180)];
  const region = loadAllHeadlines()
    .filter((h) => h.language !== undefined && h.language !== "en")
    .slice(0, 80);
  return { first, second, region };
}

function feedConfig(id: string, url: string, outlet: string, language = "en"): FeedConfig {
  return { id, outlet, url, interval: 10, language, enabled: true };
}

/** Every row a cycle writes, in a stable order, with the subscriptions' random ids replaced by their names. */
function storedRows(path: string, subscriptionNames: Map<string, string>): Record<string, unknown> {
  const db = new Database(path, { readonly: true });
  try {
    const all = (sql: string, ...params: unknown[]) => db.prepare(sql).all(...params);
    const subscription = (id: unknown) => subscriptionNames.get(String(id)) ?? `unknown ${String(id)}`;
    // The outbox's created_at is the store's own clock (the wall clock), not the spine's: it is left out.
    return {
      items: all(
        `SELECT id, feed_id, outlet, url, link, guid, title, summary, published_at, published_estimated,
           first_seen_at, language, story_id, relevant, sea, urgency, score, topics, countries, reasons, entities,
           class_version FROM items ORDER BY id`,
      ),
      itemFeeds: all("SELECT item_id, feed_id, seen_at FROM item_feeds ORDER BY item_id, feed_id"),
      countries: all("SELECT item_id, country FROM item_countries ORDER BY item_id, country"),
      topics: all("SELECT item_id, topic FROM item_topics ORDER BY item_id, topic"),
      entities: all("SELECT item_id, entity FROM item_entities ORDER BY item_id, entity"),
      searchIndex: all(
        `SELECT i.id, f.title, f.summary FROM items_fts f JOIN items i ON i.seq = f.rowid ORDER BY i.id`,
      ),
      searchHits: Object.fromEntries(
        SEARCHED.map((word) => [
          word,
          all(
            `SELECT i.id FROM items_fts f JOIN items i ON i.seq = f.rowid WHERE items_fts MATCH ? ORDER BY i.id`,
            word,
          ).map((row) => (row as { id: string }).id),
        ]),
      ),
      outbox: (
        all(
          `SELECT subscription_id, story_id, item_id, mode, state, attempts, not_before, sent_at,
             message_id, channel_id, thread_id, last_error FROM outbox`,
        ) as Record<string, unknown>[]
      )
        .map(
          (row): Record<string, unknown> => ({
            ...row,
            subscription_id: subscription(row["subscription_id"]),
          }),
        )
        .sort((a, b) => outboxKey(a).localeCompare(outboxKey(b))),
      feedStates: all(
        `SELECT feed_id, url, etag, last_modified, last_status, last_error_code, consecutive_failures,
           last_polled_at, last_success_at, next_attempt_at, items_seen, last_new_item_at
         FROM feed_states ORDER BY feed_id`,
      ),
    };
  } finally {
    db.close();
  }
}

function outboxKey(row: Record<string, unknown>): string {
  return `${String(row["subscription_id"])} ${String(row["story_id"])} ${String(row["item_id"])}`;
}

describe("a poll cycle's stored result", () => {
  it("stores the same rows as before the cycle was made cheaper", async () => {
    const server = await startFeedServer();
    const db = tempSqliteUrl();
    const store = await openStore(db.url);
    const fetcher = createFetcher({ allowPrivateHosts: true });
    cleanups.push(
      () => db.cleanup(),
      () => server.close(),
      () => store.close(),
      () => fetcher.close(),
    );
    const fixtureFeeds = FEED_FIXTURES.filter((f) => f.isFeed).map((f) => {
      const id = f.file.replace(/\.[a-z]+$/, "");
      const url = server.setRoute(`/captures/${f.file}`, {
        body: readFeedFixture(f.file),
        contentType: f.contentType,
        etag: `"${id}"`,
        lastModified: LAST_MODIFIED,
      });
      return feedConfig(id, url, f.outlet, "auto");
    });
    const { first, second, region } = wireFeeds();
    const clock = createClock(NOW);
    const wireA = feedConfig("wire-a", server.url("/wire-a"), "Wire A");
    const wireB = feedConfig("wire-b", server.url("/wire-b"), "Wire B");
    const regional = feedConfig("regional", server.url("/regional"), "Regional", "auto");
    const serveWires = (headlinesA: LabelledHeadline[], headlinesB: LabelledHeadline[]) => {
      server.setRoute("/wire-a", {
        body: headlineRss(headlinesA, clock.now()),
        contentType: "application/rss+xml",
      });
      server.setRoute("/wire-b", {
        body: headlineRss(headlinesB, clock.now()),
        contentType: "application/rss+xml",
      });
      server.setRoute("/regional", {
        body: headlineRss(region, clock.now()),
        contentType: "application/rss+xml",
      });
    };

    for (const entity of [
      buildWatchedEntity({ id: "prince-group", name: "Prince Group", aliases: ["Prince Group"] }),
      buildWatchedEntity({ id: "kk-park", name: "KK Park", kind: "compound", countries: ["MM"] }),
      buildWatchedEntity({ id: "lula", name: "Lula", kind: "person", countries: ["BR"] }),
    ])
      await store.putWatchedEntity(entity);
    const watchlist = new CurrentWatchlist(store);
    await watchlist.refresh();
    const subscribeDeps = { store, allowPrivateHosts: false, backfillHours: 0 };
    const alerts = await createSubscription(subscribeDeps, { target: "console", mode: "alert" }, CREATED);
    const digest = await createSubscription(
      subscribeDeps,
      { target: "console", scope: "all", entities: "prince-group,kk-park" },
      CREATED,
    );
    const names = new Map([
      [alerts.id, "alerts"],
      [digest.id, "entity digest"],
    ]);

    const deps: SpineDeps = {
      store,
      fetch: (request) => fetcher.fetch(request),
      platforms: { forTarget: () => createTerminalPlatform(new PassThrough()) },
      logger: silentLogger(),
      now: clock.now,
      owner: "test",
      watchlist: () => watchlist.compiled,
      ignoreSchedule: true,
      allowPrivateHosts: true,
      color: false,
      defaultTimeZone: "UTC",
    };
    const feeds = [...fixtureFeeds, wireA, wireB, regional];
    serveWires(first, []);
    // One feed at a time: the order items reach the store (and so which item leads a story) is fixed. Nothing is
    // sent: the outbox rows stay as routing queued them.
    const options = { concurrency: 1, deliver: () => Promise.resolve(null) };
    const cycle1 = await pollFeeds(feeds, deps, options);
    expect(cycle1.itemsStored).toBeGreaterThan(200);
    expect(cycle1.queued).toBeGreaterThan(0);

    // The first cycle's alerts went out (as a platform would have acknowledged them), so the second cycle's
    // reports that join their stories become follow-ups.
    const sent = await store.claimOutbox({ now: clock.now(), owner: "test", leaseMs: 60_000, limit: 1000 });
    await store.markSent(
      sent.map((row) => row.id),
      "message-1",
      clock.now(),
      "console",
    );
    clock.advance(3_600_000);
    serveWires([...first.slice(60), ...second.slice(40)], second);
    const cycle2 = await pollFeeds(feeds, deps, options);
    expect(cycle2.itemsStored).toBeGreaterThan(20);
    await store.close();

    // The server's port changes from run to run: every URL it served is written with a fixed origin.
    const rows = JSON.parse(
      JSON.stringify(storedRows(db.path, names)).replaceAll(server.origin, "http://feeds.test"),
    ) as unknown;
    if (process.env["UPDATE_GOLDEN"] === "1") {
      mkdirSync(dirname(GOLDEN), { recursive: true });
      writeFileSync(GOLDEN, `${JSON.stringify(rows, null, 1)}\n`);
    }
    const golden = JSON.parse(await readFile(GOLDEN, "utf8")) as unknown;
    expect(rows).toEqual(golden);
  });
});
