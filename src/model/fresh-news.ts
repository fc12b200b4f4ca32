/**
 * What counts as breaking news for delivery: an item classified `breaking` that was published within the
 * last few hours. An item hours old is not news that must wake people up, whatever its words say: it neither
 * bypasses quiet hours nor carries the "Breaking" label (issue 14: seven "Breaking" alerts at 03:15 for
 * stories 8–12 hours old). One constant, used by route/ (quiet hours) and render/ (the label).
 */
import type { Urgency } from "./classification.js";
import type { StoredItem } from "./item.js";

/** An item is breaking news only this long after it was published (hours). */
export const BREAKING_FRESH_HOURS = 6;

const FRESH_MS = BREAKING_FRESH_HOURS * 3_600_000;

/** True when the item is classified breaking and was published within BREAKING_FRESH_HOURS of `now`. */
export function isFreshBreaking(
  item: Pick<StoredItem, "classification" | "publishedAt">,
  now: Date,
): boolean {
  if (item.classification?.urgency !== "breaking") return false;
  const published = Date.parse(item.publishedAt);
  return !Number.isNaN(published) && now.getTime() - published <= FRESH_MS;
}

/** The urgency to act on and show at `now`: breaking that is no longer fresh counts as normal. */
export function urgencyAt(item: Pick<StoredItem, "classification" | "publishedAt">, now: Date): Urgency {
  const urgency = item.classification?.urgency ?? "normal";
  return urgency === "breaking" && !isFreshBreaking(item, now) ? "normal" : urgency;
}
