/**
 * Fills a real store with real headlines: the labelled items of headlines-dev.jsonl (real
 * titles, summaries and URLs from the outlets named in each line), classified by the real classifier, as the
 * poll pipeline would store them.
 */
import { createHash } from "node:crypto";
import { classifyItem } from "../../src/classify/classify-item.js";
import type { Item } from "../../src/model/item.js";
import type { Store } from "../../src/store/store.js";
import { loadHeadlines } from "../support/labelled-headlines.js";

/** The headlines as Items published on consecutive hours before `now`, first line newest. */
export function headlineItems(now: Date): Item[] {
  return loadHeadlines().map((h, i) => {
    const id = createHash("sha256").update(h.url).digest("hex").slice(0, 16);
    const at = new Date(now.getTime() - (i + 1) * 3_600_000).toISOString();
    return {
      id,
      feedId: "headlines-dev",
      outlet: h.outlet,
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
}

/** Stores and classifies every headline; returns how many were stored. */
export async function seedArchive(store: Store, now: Date): Promise<number> {
  const stored = await store.insertItems(headlineItems(now));
  await store.saveClassifications(
    stored.map((item) => ({
      itemId: item.id,
      classification: classifyItem({
        title: item.title,
        summary: item.summary,
        outlet: item.outlet,
        url: item.url,
      }),
    })),
  );
  return stored.length;
}
