/**
 * Real headlines that name watched entities (from the development sets in tests/fixtures/headlines, never the
 * held-out entity set), as Items, for tests of the watchlist's plumbing: filters, re-tagging, commands.
 */
import type { Item } from "../../src/model/item.js";
import { itemIdFor } from "./build-item.js";
import { type LabelledHeadline, loadHeadlines } from "./labelled-headlines.js";

/** The first headline of a set whose title contains `text` (throws when none does, so no test passes empty). */
export function headlineNaming(set: string, text: string): LabelledHeadline {
  const found = loadHeadlines(set).find((h) => h.title.includes(text));
  if (!found) throw new Error(`${set}.jsonl has no headline whose title contains ${JSON.stringify(text)}`);
  return found;
}

/** A normalised Item from a labelled headline, published at `publishedAt`. */
export function itemFromHeadline(h: LabelledHeadline, publishedAt = "2025-06-01T08:00:00.000Z"): Item {
  const url = h.url.replace(/[?#].*$/, "");
  return {
    id: itemIdFor(url),
    feedId: "test-feed",
    outlet: h.outlet,
    url,
    link: h.url,
    guid: null,
    title: h.title,
    summary: h.summary ?? "",
    publishedAt,
    publishedEstimated: false,
    firstSeenAt: publishedAt,
    language: h.language ?? "en",
  };
}

/** "U.S. Indicts Prince Group's Chen Zhi …": names Prince Group and Chen Zhi. */
export const princeGroupHeadline = (): LabelledHeadline => headlineNaming("collected-dev", "Prince Group");
/** A Vietnamese headline naming KK Park in Latin letters. */
export const kkParkHeadline = (): LabelledHeadline => headlineNaming("lang/vi-dev", "KK Park");
/** Headlines naming no watched entity (the development set's negatives). */
export const unrelatedHeadlines = (): LabelledHeadline[] =>
  loadHeadlines().filter((h) => h.label === "negative");
