/**
 * Subscriptions that follow watched entities (issue 17), on a real SQLite file: an `--entities` subscription
 * receives exactly the stories naming its entities, and `--mode alert --entities` also receives a mention the
 * classifier found not relevant (investigators follow names). The first tests give the classification as
 * stored; the last polls real headlines through the spine, where the matcher tags them.
 */
import { PassThrough } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { createSubscription } from "../../src/commands/subscribe.js";
import { createTerminalPlatform } from "../../src/deliver/terminal/terminal-platform.js";
import type { FetchResult } from "../../src/fetch/fetch-feed.js";
import { silentLogger } from "../../src/log.js";
import type { WatchedEntity } from "../../src/model/entity.js";
import type { FeedConfig } from "../../src/model/feed.js";
import type { Item } from "../../src/model/item.js";
import { CurrentWatchlist } from "../../src/pipeline/current-watchlist.js";
import { pollFeeds, type SpineDeps } from "../../src/pipeline/poll-feeds.js";
import { routeNewItems } from "../../src/pipeline/route-new-items.js";
import { openStore } from "../../src/store/open-store.js";
import type { Store } from "../../src/store/store.js";
import { buildClassification } from "../support/build-item.js";
import { createClock } from "../support/clock.js";
import {
  headlineNaming,
  itemFromHeadline,
  kkParkHeadline,
  princeGroupHeadline,
} from "../support/entity-headlines.js";
import { loadHeadlines } from "../support/labelled-headlines.js";
import { tempSqliteUrl } from "../support/temp-db.js";
import { buildWatchedEntity, mentionOf } from "../support/watched-entity.js";
import { headlineRss } from "../worker/headline-rss.js";

const NOW = new Date("2026-11-25T06:00:00.000Z");
/** When the subscriptions were made: the day before, so the stories of the morning are theirs. */
const CREATED = new Date("2026-11-24T06:00:00.000Z");
const prince = buildWatchedEntity({ id: "prince-group", name: "Prince Group", aliases: ["Prince Group"] });
const kkPark = buildWatchedEntity({ id: "kk-park", name: "KK Park", kind: "compound", countries: ["MM"] });
// A name in a real headline the classifier finds not relevant (a swearing-in in Brasília): what an
// investigator following a person would still want to hear about.
const lula = buildWatchedEntity({ id: "lula", name: "Lula", kind: "person", countries: ["BR"] });
const lulaHeadline = () => headlineNaming("headlines-dev", "Lula");

let cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

async function storeWatching(entities: WatchedEntity[]): Promise<Store> {
  const db = tempSqliteUrl();
  const store = await openStore(db.url);
  cleanups.push(
    () => db.cleanup(),
    () => store.close(),
  );
  for (const entity of entities) await store.putWatchedEntity(entity);
  return store;
}

const subscribeDeps = (store: Store) => ({ store, allowPrivateHosts: false, backfillHours: 0 });

async function storiesFor(store: Store, subscriptionId: string): Promise<string[]> {
  return (await store.listOutbox({ subscriptionId })).map((row) => row.storyId).sort();
}

describe("subscriptions that follow watched entities", () => {
  it("receive exactly the stories naming their entities", async () => {
    const store = await storeWatching([prince, kkPark]);
    const digest = await createSubscription(
      subscribeDeps(store),
      { target: "console", scope: "all", entities: "prince-group" },
      CREATED,
    );
    const both = await createSubscription(
      subscribeDeps(store),
      { target: "console", scope: "all", entities: "Prince-Group,kk-park" },
      CREATED,
    );
    const everything = await createSubscription(
      subscribeDeps(store),
      { target: "console", scope: "all" },
      CREATED,
    );
    const princeItem = itemFromHeadline(princeGroupHeadline(), "2026-11-25T05:00:00.000Z");
    const kkItem = itemFromHeadline(kkParkHeadline(), "2026-11-25T04:00:00.000Z");
    const plain = loadHeadlines()
      .filter((h) => h.label === "sea_trafficking")
      .slice(0, 3)
      .map((h, n) => itemFromHeadline(h, `2026-11-25T0${n + 1}:00:00.000Z`));
    const named = new Map<string, WatchedEntity>([
      [princeItem.id, prince],
      [kkItem.id, kkPark],
    ]);
    const items: Item[] = [princeItem, kkItem, ...plain];
    await store.insertItems(items, (item) => {
      const entity = named.get(item.id);
      return buildClassification({ entities: entity ? [mentionOf(entity)] : [] });
    });
    await routeNewItems(
      store,
      items.map((i) => i.id),
      NOW,
    );

    expect(await storiesFor(store, digest.id)).toEqual([princeItem.id]);
    expect(await storiesFor(store, both.id)).toEqual([princeItem.id, kkItem.id].sort());
    expect(await storiesFor(store, everything.id)).toHaveLength(items.length);
  });

  it("in alert mode also receive a mention that is not relevant; a digest does not", async () => {
    const store = await storeWatching([lula]);
    const alert = await createSubscription(
      subscribeDeps(store),
      { target: "console", mode: "alert", entities: "lula" },
      CREATED,
    );
    const digest = await createSubscription(
      subscribeDeps(store),
      { target: "console", entities: "lula" },
      CREATED,
    );
    const other = await createSubscription(
      subscribeDeps(store),
      { target: "console", mode: "alert" },
      CREATED,
    );
    const mention = itemFromHeadline(lulaHeadline(), "2026-11-25T05:00:00.000Z");
    await store.insertItems([mention], () =>
      buildClassification({ relevant: false, sea: false, countries: ["BR"], entities: [mentionOf(lula)] }),
    );
    await routeNewItems(store, [mention.id], NOW);

    expect(await storiesFor(store, alert.id)).toEqual([mention.id]);
    expect(await storiesFor(store, digest.id)).toEqual([]);
    expect(await storiesFor(store, other.id)).toEqual([]);
  });

  it("refuses an id the watchlist does not have, naming the nearest", async () => {
    const store = await storeWatching([prince, kkPark]);
    const attempt = createSubscription(
      subscribeDeps(store),
      { target: "console", entities: "prince-grop" },
      CREATED,
    );
    await expect(attempt).rejects.toThrow('--entities: "prince-grop" is not on the watchlist');
    await expect(attempt).rejects.toMatchObject({
      hint: expect.stringContaining("did you mean prince-group?"),
    });
    expect(await store.listSubscriptions()).toEqual([]);
  });

  it("through the spine: polled headlines are tagged and routed by name (needs the matcher)", async () => {
    const store = await storeWatching([prince, kkPark, lula]);
    const watchlist = new CurrentWatchlist(store);
    await watchlist.refresh();
    const followPrince = await createSubscription(
      subscribeDeps(store),
      { target: "console", scope: "all", entities: "prince-group" },
      CREATED,
    );
    const followLula = await createSubscription(
      subscribeDeps(store),
      { target: "console", mode: "alert", entities: "lula" },
      CREATED,
    );
    const feed: FeedConfig = {
      id: "wire",
      outlet: "Wire",
      url: "https://wire.example/feed",
      interval: 10,
      language: "en",
      enabled: true,
    };
    const headlines = [
      princeGroupHeadline(),
      lulaHeadline(),
      ...loadHeadlines()
        .filter((h) => h.label === "sea_trafficking")
        .slice(0, 3),
    ];
    const body = headlineRss(headlines, NOW);
    const answer: FetchResult = {
      kind: "ok",
      status: 200,
      body: Buffer.from(body),
      contentType: "application/rss+xml",
      etag: null,
      lastModified: null,
      finalUrl: feed.url,
      bytes: Buffer.byteLength(body),
    };
    const clock = createClock(NOW.toISOString());
    const deps: SpineDeps = {
      store,
      fetch: async () => answer,
      platforms: { forTarget: () => createTerminalPlatform(new PassThrough()) },
      logger: silentLogger(),
      now: clock.now,
      owner: "test",
      ignoreSchedule: true,
      allowPrivateHosts: false,
      color: false,
      watchlist: () => watchlist.compiled,
    };
    await pollFeeds([feed], deps);
    const stored = await store.listItems({ limit: 10 });
    const idOf = (title: string) => stored.find((i) => i.title === title)?.id;
    expect(await storiesFor(store, followPrince.id)).toEqual([idOf(princeGroupHeadline().title)]);
    expect(await storiesFor(store, followLula.id)).toEqual([idOf(lulaHeadline().title)]);
  });
});
