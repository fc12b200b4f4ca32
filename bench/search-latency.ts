/**
 * search_p95_ms: the slash-command search path (searchArchive ordered by relevance, then renderSlackItemList)
 * over an archive of `items` items, `queries` varied queries built from the headlines' own words.
 */
import { searchArchive } from "../src/commands/search-archive.js";
import { renderSlackItemList } from "../src/render/slack-blocks.js";
import type { Store } from "../src/store/store.js";
import { loadHeadlines } from "../tests/support/labelled-headlines.js";
import { atMost, type Figure, percentile, wallMs } from "./measure.js";

/** Queries as people type them: one word, two words, a country, a quoted phrase, a word prefix. */
export function searchQueries(count: number): string[] {
  const words = loadHeadlines()
    .flatMap((h) => h.title.split(/[^\p{L}\p{N}]+/u))
    .filter((w) => w.length >= 4);
  const fixed = ["Myanmar", "scam compound", "trafficking", "Cambodia scam", "forced labour", "KK Park"];
  return Array.from({ length: count }, (_, i) => {
    const a = words[(i * 7919) % words.length]!;
    const b = words[(i * 104_729 + 13) % words.length]!;
    switch (i % 5) {
      case 0:
        return a;
      case 1:
        return `${a} ${b}`;
      case 2:
        return fixed[i % fixed.length]!;
      case 3:
        return `"${a} ${b}"`;
      default:
        return a.slice(0, 5);
    }
  });
}

/** p95 (and p50) latency of search + render over the given store, after a few warm-up queries. */
export async function benchSearchLatency(store: Store, queries: string[]): Promise<Figure> {
  const now = new Date();
  for (const query of queries.slice(0, 5))
    await searchArchive(store, { query, limit: 10, order: "relevant" });
  const samples: number[] = [];
  let hits = 0;
  for (const query of queries) {
    const t0 = wallMs();
    const items = await searchArchive(store, { query, limit: 10, order: "relevant" });
    renderSlackItemList(`Search: ${query}`, items, { now });
    samples.push(wallMs() - t0);
    hits += items.length;
  }
  if (hits === 0) throw new Error("no query found anything: the archive is empty or search is broken");
  return atMost(percentile(samples, 95), "ms", 50);
}
