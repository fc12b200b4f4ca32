/**
 * replica_speedup: `feeds` loopback feeds answering after 200 ms; the wall time of one compiled
 * `tracewire poll` against a fresh Postgres database, divided by that of three started at once on another.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadHeadlines } from "../tests/support/labelled-headlines.js";
import type { TestPostgres } from "../tests/support/temp-db.js";
import { makeBenchFeeds } from "./bench-feeds.js";
import { forkFeedHost } from "./fork-feed-host.js";
import { atLeast, type Figures, wallMs } from "./measure.js";
import { spawnTracewire } from "./spawn-tracewire.js";

/** Wall ms for `replicas` poll processes started together on a fresh database to finish. */
async function timeReplicas(pg: TestPostgres, replicas: number, feedsFile: string): Promise<number> {
  const url = await pg.createDatabase();
  try {
    const t0 = wallMs();
    const runs = Array.from({ length: replicas }, () =>
      spawnTracewire(["poll", "--json"], {
        FEEDS_FILE: feedsFile,
        DATABASE_URL: url,
        TRACEWIRE_ALLOW_PRIVATE_HOSTS: "1",
        TZ: "UTC",
      }),
    );
    const results = await Promise.all(runs.map((run) => run.done));
    const elapsed = wallMs() - t0;
    const failed = results.find((r) => r.code !== 0);
    if (failed) throw new Error(`tracewire poll exited ${failed.code}: ${failed.stderr.slice(0, 500)}`);
    return elapsed;
  } finally {
    await pg.dropDatabase(url);
  }
}

/** One replica's time over three replicas' time. */
export async function benchReplicaSpeedup(pg: TestPostgres, options: { feeds: number }): Promise<Figures> {
  const now = new Date();
  const built = makeBenchFeeds(loadHeadlines(), options.feeds, 5, now, "rep");
  const host = await forkFeedHost({ count: options.feeds, itemsPerFeed: 5, now, latencyMs: 200, tag: "rep" });
  const dir = mkdtempSync(join(tmpdir(), "tracewire-bench-replica-"));
  try {
    const feedsFile = join(dir, "feeds.json");
    const feeds = built.map((f) => ({ ...f.feed, url: `${host.origin}${f.path}` }));
    writeFileSync(feedsFile, JSON.stringify({ feeds }));
    const one = await timeReplicas(pg, 1, feedsFile);
    const three = await timeReplicas(pg, 3, feedsFile);
    const figure = atLeast(one / three, "×", 2.5, null);
    return { replica_speedup: { ...figure, reference: three, ratio: one / three, value: one / three } };
  } finally {
    await host.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
