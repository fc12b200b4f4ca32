/**
 * A growable archive of stored, classified items for the scale benchmarks: real headline shapes with remixed
 * words (bench-feeds.ts), stored in time order as a real archive grows: item n arrives ITEM_GAP_MS after item
 * n - 1, from a year before `now`, so 1,000,000 items are a year of a 50-feed deployment ending now and
 * 10,000 items its first 3.6 days (archiveClock gives the newest item's time at a size, the "now" of pages
 * shown over that archive). Written through the store interface (big batches, one transaction each,
 * classified in the same transaction), then optimized, as an operator does after a bulk import
 * (`tracewire db optimize`; on Postgres, autovacuum does the same on its own).
 */
import { classifyItem } from "../src/classify/classify-item.js";
import type { Item } from "../src/model/item.js";
import type { Store } from "../src/store/store.js";
import { loadHeadlines } from "../tests/support/labelled-headlines.js";
import { uniqueHeadlines } from "./bench-feeds.js";

const OUTLETS = ["DW", "Al Jazeera", "VOA", "Reuters", "UN News", "UNODC"];
const YEAR_MS = 365 * 86_400_000;
/** Time between two items: a year over 1,000,000 items (31.536 s, about 50 feeds' worth). */
const ITEM_GAP_MS = YEAR_MS / 1_000_000;
/** Items per insertItems call (one transaction; on Postgres one multi-row insert). */
const BATCH = 5_000;

/** When item n of an archive whose year ends at `now` was published and first seen. */
function itemTime(n: number, now: Date): Date {
  return new Date(now.getTime() - YEAR_MS + Math.round(n * ITEM_GAP_MS));
}

/**
 * The time of the newest item of an archive of `count` items grown towards `now` (its year ends at `now`): the
 * clock to show pages over that archive with, so a 10,000-item archive reads as its own last days.
 */
export function archiveClock(count: number, now: Date): Date {
  return itemTime(Math.max(0, count - 1), now);
}

/** Item n of every bench archive: the same id, URL, words and time whoever fills or grows it. */
function archiveItem(n: number, headline: { url: string; title: string; summary?: string }, now: Date): Item {
  const at = itemTime(n, now).toISOString();
  return {
    id: `bench${n.toString(16).padStart(19, "0")}`,
    feedId: `archive-${n % 50}`,
    outlet: OUTLETS[n % OUTLETS.length]!,
    url: headline.url,
    link: headline.url,
    guid: null,
    title: headline.title,
    summary: headline.summary ?? "",
    publishedAt: at,
    publishedEstimated: false,
    firstSeenAt: at,
    language: "en",
  };
}

/** Meta key holding the end of the year an archive was first grown towards (so later growth continues it). */
const YEAR_END_KEY = "bench_archive_year_end";

/**
 * Grows the store's archive from its current item count up to `to` items (nothing when it already holds as
 * many), then optimizes the store. The year ends at `now` for a new archive; an archive grown before keeps
 * the year it was started with (stored in meta), so its items stay in time order. Returns the seconds the
 * growth took.
 */
export async function growArchive(store: Store, to: number, now = new Date()): Promise<number> {
  const t0 = performance.now();
  const from = await store.countItems();
  if (from >= to) return 0;
  const started = await store.getMeta(YEAR_END_KEY);
  if (from > 0 && started !== null) now = new Date(started);
  else await store.setMeta(YEAR_END_KEY, now.toISOString());
  const pool = loadHeadlines();
  // Headlines come in blocks of BATCH aligned on multiples of BATCH, so item n has the same words however
  // the archive was grown to its size.
  for (let start = from; start < to; ) {
    const block = start - (start % BATCH);
    const end = Math.min(block + BATCH, to);
    const headlines = uniqueHeadlines(pool, end - block, `a${block}`).slice(start - block);
    const items = headlines.map((h, i) => archiveItem(start + i, h, now));
    await store.insertItems(items, (item) => classifyItem(item));
    start = end;
  }
  await store.optimize();
  return (performance.now() - t0) / 1000;
}
