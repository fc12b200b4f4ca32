/** `/tracewire latest [COUNTRY|TOPIC]`: the latest relevant stories, one item per story. */

import { UsageError } from "../errors.js";
import { TOPICS, type Topic } from "../model/classification.js";
import type { StoredItem } from "../model/item.js";
import type { ItemQuery, Store } from "../store/store.js";

/** Reads "KH", "kh", "rescue_repatriation" or nothing into a store query. */
export function parseLatestArgument(
  argument: string | undefined,
): Pick<ItemQuery, "country" | "topic" | "sea"> {
  const text = (argument ?? "").trim();
  if (text === "") return { sea: true };
  if (/^[A-Za-z]{2}$/.test(text)) return { country: text.toUpperCase() };
  const topic = text.toLowerCase().replace(/-/g, "_");
  if ((TOPICS as readonly string[]).includes(topic)) return { topic: topic as Topic };
  throw new UsageError(
    `"${text.slice(0, 40)}" is neither a country code (e.g. KH, MM, LA) nor a topic (${TOPICS.join(", ")})`,
    { where: "latest" },
  );
}

/** The newest relevant stories matching the argument, newest first, one item per story. */
export async function latestStories(
  store: Store,
  argument: string | undefined,
  limit = 10,
): Promise<StoredItem[]> {
  const query = parseLatestArgument(argument);
  const items = await store.listItems({ ...query, relevant: true, limit: limit * 4 });
  const seen = new Set<string>();
  const out: StoredItem[] = [];
  for (const item of items) {
    const story = item.storyId ?? item.id;
    if (seen.has(story)) continue;
    seen.add(story);
    out.push(item);
    if (out.length >= limit) break;
  }
  return out;
}
