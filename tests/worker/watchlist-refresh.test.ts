/**
 * The worker and a watchlist edited elsewhere (a slash command, the CLI, another replica): it classifies new
 * items with the edited watchlist at its next poll, and re-tags the archive in the background at its next
 * minute tick. Real SQLite file, loopback feed server, controllable clock.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { WatchedEntity } from "../../src/model/entity.js";
import { TAGGED_REVISION_KEY } from "../../src/pipeline/retag-entities.js";
import { openStore } from "../../src/store/open-store.js";
import { startScheduler } from "../../src/worker/scheduler.js";
import { createClock } from "../support/clock.js";
import { princeGroupHeadline } from "../support/entity-headlines.js";
import { type FeedServer, startFeedServer } from "../support/feed-server.js";
import { buildWatchedEntity } from "../support/watched-entity.js";
import { headlineRss } from "./headline-rss.js";
import { createWorkerContext, feedEntry, type WorkerContext } from "./worker-context.js";

const START = "2026-11-25T06:00:00Z";
const prince = buildWatchedEntity({ id: "prince-group", name: "Prince Group", aliases: ["Prince Group"] });

let server: FeedServer | undefined;
let w: WorkerContext | undefined;
let dir: string | undefined;
afterEach(async () => {
  await server?.close();
  await w?.cleanup();
  if (dir) rmSync(dir, { recursive: true, force: true });
  server = undefined;
  w = undefined;
  dir = undefined;
});

/** A worker whose watchlist file holds only KK Park, polling one feed that carries a Prince Group headline. */
async function setUp() {
  dir = mkdtempSync(join(tmpdir(), "tracewire-watchlist-worker-"));
  const shipped = JSON.parse(readFileSync(resolve(import.meta.dirname, "../../watchlist.json"), "utf8")) as {
    entries: WatchedEntity[];
  };
  const file = join(dir, "watchlist.json");
  writeFileSync(file, JSON.stringify({ entries: shipped.entries.filter((e) => e.id === "kk-park") }));
  server = await startFeedServer();
  server.setRoute("/wire.xml", {
    body: headlineRss([princeGroupHeadline()], new Date(START)),
    contentType: "application/rss+xml",
  });
  w = await createWorkerContext([feedEntry("wire", server.url("/wire.xml"))], { WATCHLIST_FILE: file });
  return w;
}

describe("the worker and an edited watchlist", () => {
  it("re-reads the watchlist another process edited and re-tags the archive in the background", async () => {
    const w = await setUp();
    const clock = createClock(START);
    expect(w.ctx.watchlist.entries.map((e) => e.id)).toEqual(["kk-park"]);
    const scheduler = startScheduler(w.ctx, { now: clock.now, random: () => 0, cron: false });
    const other = await openStore(w.ctx.env.DATABASE_URL);
    await other.putWatchedEntity(prince);
    const revision = await other.watchlistRevision();
    await other.close();
    await scheduler.runMinuteTick();
    await scheduler.stop();
    expect(w.ctx.watchlist.entries.map((e) => e.id)).toEqual(["kk-park", "prince-group"]);
    expect(await w.ctx.store.getMeta(TAGGED_REVISION_KEY)).toBe(String(revision));
  });

  it("tags a new item with a name added since it started (needs the matcher)", async () => {
    const w = await setUp();
    const clock = createClock(START);
    const scheduler = startScheduler(w.ctx, { now: clock.now, random: () => 0, cron: false });
    const other = await openStore(w.ctx.env.DATABASE_URL);
    await other.putWatchedEntity(prince);
    await other.close();
    await scheduler.pollDueFeeds();
    await scheduler.stop();
    const [item] = await w.ctx.store.listItems({ limit: 5 });
    expect(item?.classification?.entities.map((e) => e.id)).toEqual(["prince-group"]);
  });
});
