/**
 * worker_rss_mb: peak RSS of the compiled `tracewire run` polling `feeds` loopback feeds with an archive of
 * `archivePath` (a SQLite file filled by fillArchive) already in place. The same function gives
 * worker_rss_mb_1m on a 1,000,000-item archive (`figure` names it). The copy is first prepared as an
 * operator's archive is (`tracewire watchlist retag`, in its own process, outside the measure): a bench archive
 * is filled without entity tags, and re-tagging a million items is not what polling 200 feeds costs.
 * Run alone (after `npm run build`):
 * `npx tsx bench/worker-rss.ts archive.db [feeds] [items]` (a copy of the archive is used, never the file).
 */

import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { loadHeadlines } from "../tests/support/labelled-headlines.js";
import { makeBenchFeeds } from "./bench-feeds.js";
import { forkFeedHost } from "./fork-feed-host.js";
import { atMost, type Figures } from "./measure.js";
import { freePort, spawnTracewire, waitForOk } from "./spawn-tracewire.js";

/** Starts the worker, waits until every feed has been fetched and the worker has settled, reads VmHWM. */
export async function benchWorkerRss(options: {
  feeds: number;
  items: number;
  archivePath: string;
  /** The figure's name (default worker_rss_mb; worker_rss_mb_1m for the 1,000,000-item archive). */
  figure?: string;
}): Promise<Figures> {
  const now = new Date();
  const built = makeBenchFeeds(loadHeadlines(), options.feeds, options.items, now, "rss");
  const host = await forkFeedHost({ count: options.feeds, itemsPerFeed: options.items, now, tag: "rss" });
  const dir = mkdtempSync(join(tmpdir(), "tracewire-bench-rss-"));
  try {
    copyFileSync(options.archivePath, join(dir, "tracewire.db"));
    const feeds = built.map((f) => ({ ...f.feed, url: `${host.origin}${f.path}` }));
    writeFileSync(join(dir, "feeds.json"), JSON.stringify({ feeds }));
    const retag = await spawnTracewire(["watchlist", "retag"], {
      FEEDS_FILE: join(dir, "feeds.json"),
      DATABASE_URL: `sqlite:${join(dir, "tracewire.db")}`,
      TZ: "UTC",
    }).done;
    if (retag.code !== 0)
      throw new Error(`tracewire watchlist retag exited ${retag.code}: ${retag.stderr.slice(0, 300)}`);
    const port = await freePort();
    const cli = spawnTracewire(["run"], {
      FEEDS_FILE: join(dir, "feeds.json"),
      DATABASE_URL: `sqlite:${join(dir, "tracewire.db")}`,
      PORT: String(port),
      TRACEWIRE_ALLOW_PRIVATE_HOSTS: "1",
      TZ: "UTC",
    });
    await waitForOk(`http://127.0.0.1:${port}/healthz`, 30_000);
    // Never-polled feeds start within 10 s of start-up (due-work.ts MAX_START_SPREAD_MS).
    const deadline = Date.now() + 120_000;
    while ((await host.stats()).ok < options.feeds && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
    }
    const fetched = (await host.stats()).ok;
    await new Promise((r) => setTimeout(r, 3_000));
    const peak = cli.peakRssMb();
    cli.child.kill("SIGTERM");
    await cli.done;
    if (fetched < options.feeds)
      throw new Error(
        `the worker fetched ${fetched} of ${options.feeds} feeds in 120 s (peak RSS ${peak.toFixed(0)} MB)`,
      );
    return { [options.figure ?? "worker_rss_mb"]: atMost(peak, "MB", 150) };
  } finally {
    await host.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [archivePath, feeds = "200", items = "50"] = process.argv.slice(2);
  if (!archivePath) throw new Error("usage: npx tsx bench/worker-rss.ts archive.db [feeds] [items]");
  const figures = await benchWorkerRss({ archivePath, feeds: Number(feeds), items: Number(items) });
  for (const [name, f] of Object.entries(figures))
    console.log(`${name} ${f.value.toFixed(1)} ${f.unit} (target ${f.target})`);
}
