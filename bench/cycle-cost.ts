/**
 * cycle_cost_ratio and repoll_ratio: one full poll cycle (fetch from a loopback feed host in a child process,
 * parse, normalise, classify, store in a fresh SQLite file) of `feeds` × `items` new items, its CPU time against
 * rss-parser's bare parseString of the same bytes; then a re-poll of the same unchanged feeds (304s).
 * Both sides are measured warm, as a long-running worker runs: the reference parses once before it is timed,
 * and the pipeline first polls a smaller set of other feeds into a store of its own.
 */
import { pathToFileURL } from "node:url";
import Parser from "rss-parser";
import { type AppContext, createAppContext } from "../src/app/app-context.js";
import { createSpineDeps } from "../src/app/spine-deps.js";
import { loadEnv } from "../src/config/load-env.js";
import { silentLogger } from "../src/log.js";
import type { FeedConfig } from "../src/model/feed.js";
import { pollFeeds } from "../src/pipeline/poll-feeds.js";
import { loadHeadlines } from "../tests/support/labelled-headlines.js";
import { tempSqliteUrl } from "../tests/support/temp-db.js";
import { makeBenchFeeds } from "./bench-feeds.js";
import { forkFeedHost } from "./fork-feed-host.js";
import { atMost, type Figures, measure, median, ratioFigure } from "./measure.js";

/** CPU ms of rss-parser parsing every body once (median of `runs`, after one warm-up). */
async function referenceParseCpu(bodies: string[], runs: number): Promise<number> {
  const parser = new Parser();
  const once = async () => {
    for (const body of bodies) await parser.parseString(body);
  };
  await once();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push((await measure(once)).cpu);
  return median(samples);
}

/** The app's context on a fresh SQLite file, loopback feeds allowed; no feeds.json (the bench passes its feeds). */
function benchContext(url: string): Promise<AppContext> {
  const env = loadEnv({ DATABASE_URL: url, TRACEWIRE_ALLOW_PRIVATE_HOSTS: "1", TZ: "UTC" });
  return createAppContext(env, { logger: silentLogger(), loadFeeds: false });
}

/** The spine as `tracewire poll` runs it: one shared cycle, every feed now. */
function pollCycle(ctx: AppContext, feeds: FeedConfig[]) {
  return pollFeeds(feeds, createSpineDeps(ctx), { oneCycle: true });
}

/** One cycle over different feeds (other items, other store), so the measured cycle runs on warm code. */
async function warmUp(options: { feeds: number; items: number }, now: Date): Promise<void> {
  const feeds = Math.max(1, Math.floor(options.feeds / 4));
  const built = makeBenchFeeds(loadHeadlines(), feeds, options.items, now, "warm");
  const host = await forkFeedHost({ count: feeds, itemsPerFeed: options.items, now, tag: "warm" });
  const db = tempSqliteUrl();
  const ctx = await benchContext(db.url);
  try {
    const configs = built.map((f) => ({ ...f.feed, url: `${host.origin}${f.path}` }));
    await pollCycle(ctx, configs);
  } finally {
    await ctx.close();
    await host.stop();
    db.cleanup();
  }
}

/** Measures the full cycle and the re-poll. */
export async function benchCycleCost(options: { feeds: number; items: number }): Promise<Figures> {
  const now = new Date();
  await warmUp(options, now);
  const built = makeBenchFeeds(loadHeadlines(), options.feeds, options.items, now);
  const host = await forkFeedHost({ count: options.feeds, itemsPerFeed: options.items, now });
  const db = tempSqliteUrl();
  const ctx = await benchContext(db.url);
  try {
    const feeds: FeedConfig[] = built.map((f) => ({ ...f.feed, url: `${host.origin}${f.path}` }));
    const full = await measure(() => pollCycle(ctx, feeds));
    const stored = full.result.itemsStored;
    const expected = options.feeds * options.items;
    if (stored < expected * 0.95) throw new Error(`full cycle stored ${stored} of ${expected} items`);
    await host.reset();
    const repoll = await measure(() => pollCycle(ctx, feeds));
    const served = await host.stats();
    const reference = await referenceParseCpu(
      built.map((f) => f.body),
      3,
    );
    return {
      cycle_cost_ratio: ratioFigure(full.cpu, reference, "ms CPU", { max: 5 }),
      repoll_ratio: ratioFigure(repoll.wall, full.wall, "ms wall", { max: 0.1 }),
      repoll_body_bytes: atMost(served.bodyBytes, "bytes", 0),
    };
  } finally {
    await ctx.close();
    await host.stop();
    db.cleanup();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const feeds = Number(process.argv[2] ?? 200);
  const items = Number(process.argv[3] ?? 50);
  const figures = await benchCycleCost({ feeds, items });
  for (const [name, figure] of Object.entries(figures)) {
    console.log(
      `${name} ${figure.value.toFixed(1)} ${figure.unit} (reference ${figure.reference?.toFixed(1) ?? "-"}, ratio ${figure.ratio?.toFixed(2) ?? "-"}, target ${figure.target}) ${figure.pass ? "pass" : "FAIL"}`,
    );
  }
}
