/**
 * A growable archive of stored, classified items for the scale benchmarks: real headline shapes with remixed
 * words (bench-feeds.ts), spread evenly over the year before `now` at every size, so 10,000 items look like a
 * quiet year and 1,000,000 like a year of a 50-feed deployment. Written through the store interface (big
 * batches, one transaction each, classified in the same transaction), then optimized, as an operator does
 * after a bulk import (`tracewire db optimize`; on Postgres, autovacuum does the same on its own).
 */
import { classifyItem } from "../src/classify/classify-item.js";
import type { Item } from "../src/model/item.js";
import type { Store } from "../src/store/store.js";
import { loadHeadlines } from "../tests/support/labelled-headlines.js";
import { uniqueHeadlines } from "./bench-feeds.js";

const OUTLETS = ["DW", "Al Jazeera", "VOA", "Reuters", "UN News", "UNODC"];
const YEAR_MS = 365 * 86_400_000;
/** Items per insertItems call (one transaction; on Postgres one multi-row insert). */
const BATCH = 5_000;
/** The golden ratio's fraction: item n's age is frac(n·φ) of a year, evenly spread whatever the count. */
const PHI = 0.618_033_988_749_895;

/** Item n of every bench archive: the same id, URL, words and time whoever fills or grows it. */
function archiveItem(n: number, headline: { url: string; title: string; summary?: string }, now: Date): Item {
  const at = new Date(now.getTime() - Math.floor(((n * PHI) % 1) * YEAR_MS)).toISOString();
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

/**
 * Grows the store's archive from its current item count up to `to` items (nothing when it already holds as
 * many), then optimizes the store. Returns the seconds the growth took.
 */
export async function growArchive(store: Store, to: number, now = new Date()): Promise<number> {
  const t0 = performance.now();
  const from = await store.countItems();
  if (from >= to) return 0;
  const pool = loadHeadlines();
  for (let start = from; start < to; start += BATCH) {
    const size = Math.min(BATCH, to - start);
    const headlines = uniqueHeadlines(pool, size, `a${start}`);
    const items = headlines.map((h, i) => archiveItem(start + i, h, now));
    await store.insertItems(items, (item) => classifyItem(item));
  }
  await store.optimize();
  return (performance.now() - t0) / 1000;
}
