/**
 * An archive of `count` stored, classified items for the search and memory benchmarks: real headline shapes
 * with remixed words (bench-feeds.ts), spread over the last year, written through the store interface and then
 * optimized, as an operator does after a bulk import (`tracewire db optimize`; on Postgres, autovacuum
 * does the same on its own after large inserts).
 */
import { classifyItem } from "../src/classify/classify-item.js";
import type { Item } from "../src/model/item.js";
import type { Store } from "../src/store/store.js";
import { loadHeadlines } from "../tests/support/labelled-headlines.js";
import { uniqueHeadlines } from "./bench-feeds.js";

const OUTLETS = ["DW", "Al Jazeera", "VOA", "Reuters", "UN News", "UNODC"];

/** Inserts and classifies `count` items in batches of 1,000, then optimizes the store. */
export async function fillArchive(store: Store, count: number, now = new Date()): Promise<void> {
  const pool = loadHeadlines();
  const batch = 1_000;
  for (let start = 0; start < count; start += batch) {
    const headlines = uniqueHeadlines(pool, Math.min(batch, count - start), `a${start}`);
    const items: Item[] = headlines.map((h, i) => {
      // Stored oldest first, as an archive grows: five minutes apart, the newest last.
      const at = new Date(
        now.getTime() - (((count - 1 - start - i) * 5 * 60_000) % (365 * 86_400_000)),
      ).toISOString();
      const n = start + i;
      return {
        id: `bench${n.toString(16).padStart(19, "0")}`,
        feedId: `archive-${n % 6}`,
        outlet: OUTLETS[n % 6]!,
        url: h.url,
        link: h.url,
        guid: null,
        title: h.title,
        summary: h.summary ?? "",
        publishedAt: at,
        publishedEstimated: false,
        firstSeenAt: at,
        language: "en",
      };
    });
    const fresh = await store.insertItems(items);
    await store.saveClassifications(
      fresh.map((item) => ({ itemId: item.id, classification: classifyItem(item) })),
    );
  }
  await store.optimize();
}
