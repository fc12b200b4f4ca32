/**
 * web_p95_ms: the web archive's `/` (latest 100 relevant stories) and `/trends` (26 weeks by country and topic)
 * over HTTP from the worker's real server, on an archive of `items` items; the reference is /healthz's p95 on
 * the same server in the same run. Run alone: `npx tsx bench/web-latency.ts [items | archive.db] [rounds]`
 * (default 100,000 items, 100 rounds).
 */
import { copyFileSync } from "node:fs";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import type { FeedConfig } from "../src/model/feed.js";
import { openStore } from "../src/store/open-store.js";
import type { Store } from "../src/store/store.js";
import { createWebHandler } from "../src/web/web-handler.js";
import { startHealthServer } from "../src/worker/health-server.js";
import { tempSqliteUrl } from "../tests/support/temp-db.js";
import { fillArchive } from "./fill-archive.js";
import { atMost, type Figure, percentile, wallMs } from "./measure.js";

/** The paths measured, in turn; the first two are the target's, the others show filtered views and /feeds. */
const PATHS = ["/", "/trends", "/?country=KH&topic=scam_compounds", "/?q=scam", "/feeds"] as const;

/** The feeds fillArchive stores items under (archive-0 … archive-5), configured so /feeds has rows to show. */
const ARCHIVE_FEEDS: FeedConfig[] = Array.from({ length: 6 }, (_, n) => ({
  id: `archive-${n}`,
  url: `https://archive-${n}.example/feed.xml`,
  outlet: `Archive ${n}`,
  interval: 15,
  language: "en",
  enabled: true,
}));

/** How benchWebLatency measures. */
export interface WebLatencyOptions {
  /** Rounds over every path after the first (cold) answers (default 100). */
  rounds?: number;
  /**
   * The archive's clock, the web handler's `now` (default: the wall clock): an archive whose newest item is a
   * year old still shows 26 weeks of trends when `now` is that item's time.
   */
  now?: Date;
}

/** p95 of `/` and `/trends` (together), with /healthz's p95 as the reference, after a warm-up. */
export async function benchWebLatency(store: Store, options: WebLatencyOptions = {}): Promise<Figure> {
  const rounds = options.rounds ?? 100;
  const clock = options.now?.getTime() ?? null;
  const started = Date.now();
  const server = await startHealthServer(
    {
      store,
      feeds: ARCHIVE_FEEDS,
      schedulerRunning: () => true,
      metrics: { render: async () => "", contentType: "text/plain" },
      webListener: createWebHandler({
        store,
        feeds: ARCHIVE_FEEDS,
        entities: async () => [],
        // The archive's clock moves on with the wall clock from `now`.
        now: () => (clock === null ? new Date() : new Date(clock + Date.now() - started)),
        token: null,
        publicUrl: null,
      }),
    },
    0,
    "127.0.0.1",
  );
  const time = async (path: string): Promise<number> => {
    const t0 = wallMs();
    const res = await fetch(`${server.url}${path}`);
    const body = await res.text();
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${body.slice(0, 200)}`);
    return wallMs() - t0;
  };
  try {
    // The first /trends groups the archive (later ones answer from fresh-enough.ts's kept value): shown apart,
    // as is every path's first (cold) answer.
    // The longest the event loop was held (a synchronous statement blocks the whole worker) is shown beside it.
    for (const path of [...PATHS, "/healthz"]) {
      const blocked = monitorEventLoopDelay({ resolution: 5 });
      blocked.enable();
      const ms = await time(path);
      blocked.disable();
      process.stderr.write(
        `\n  first ${path}: ${ms.toFixed(1)} ms (event loop held at most ${(blocked.max / 1e6).toFixed(0)} ms)`,
      );
    }
    const samples: Record<string, number[]> = Object.fromEntries([...PATHS, "/healthz"].map((p) => [p, []]));
    for (let i = 0; i < rounds; i += 1) {
      for (const path of [...PATHS, "/healthz"]) samples[path]!.push(await time(path));
    }
    for (const [path, values] of Object.entries(samples)) {
      process.stderr.write(
        `\n  ${path}: p50 ${percentile(values, 50).toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms`,
      );
    }
    process.stderr.write("\n");
    const target = [...samples["/"]!, ...samples["/trends"]!];
    return atMost(percentile(target, 95), "ms", 100, percentile(samples["/healthz"]!, 95));
  } finally {
    await server.close();
  }
}

// `npx tsx bench/web-latency.ts [items | archive.db] [rounds]`: fills a fresh archive of `items` (default 100,000), or
// measures a copy of a ready SQLite archive (the file itself is never opened).
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const given = process.argv[2] ?? "100000";
  const archive = tempSqliteUrl();
  if (!/^\d+$/.test(given)) copyFileSync(given, archive.path);
  const store = await openStore(archive.url);
  try {
    const t0 = Date.now();
    if (/^\d+$/.test(given)) await fillArchive(store, Number(given));
    const items = await store.countItems();
    process.stderr.write(
      `${items.toLocaleString("en")} items ready in ${((Date.now() - t0) / 1000).toFixed(0)} s`,
    );
    // The archive's clock: its newest item's time (a ready archive may have been filled some time ago).
    const [newest] = await store.listItems({ limit: 1 });
    const now = newest ? new Date(newest.publishedAt) : new Date();
    const figure = await benchWebLatency(store, { now, rounds: Number(process.argv[3] ?? "100") });
    console.log(
      `web_p95_ms ${figure.value.toFixed(1)} ms (target ${figure.target}; /healthz p95 ${figure.reference?.toFixed(1)} ms) over ${items.toLocaleString("en")} items`,
    );
  } finally {
    await store.close();
    archive.cleanup();
  }
}
