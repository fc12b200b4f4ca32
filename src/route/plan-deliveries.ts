/**
 * Route: takes stories (grouped items) and subscriptions, returns the outbox rows to add, one per
 * (subscription, story) that matches. The store ignores pairs it already has, so planning the same story
 * twice (another outlet reported it) never sends it twice. Pure: the clock is a parameter.
 */
import { isFreshBreaking } from "../model/fresh-news.js";
import type { StoredItem } from "../model/item.js";
import type { OutboxEntry } from "../model/outbox.js";
import type { Subscription } from "../model/subscription.js";
import { matchSubscription } from "./match-subscription.js";
import { quietUntil } from "./quiet-hours.js";

export interface PlannedStory {
  storyId: string;
  lead: StoredItem;
  items: StoredItem[];
}

const HOUR_MS = 3_600_000;

/**
 * The outbox rows for every subscription (ok, failing or waiting for its token: nothing is lost when it
 * recovers) and every story with at least one matching item. Alerts found in quiet hours wait for their end
 * unless an item is fresh breaking news (classified breaking and published within BREAKING_FRESH_HOURS of
 * `now`, model/fresh-news.ts); digests are due now (the digest sender picks its moment). Stories whose lead was
 * published before the subscription's backfill horizon are left out.
 */
export function planDeliveries(
  stories: PlannedStory[],
  subscriptions: Subscription[],
  now: Date,
): OutboxEntry[] {
  const entries: OutboxEntry[] = [];
  const nowIso = now.toISOString();
  for (const subscription of subscriptions) {
    // A briefing reads the archive when it is sent (commands/briefing/): no outbox rows.
    if (subscription.mode === "briefing") continue;
    const horizon = Date.parse(subscription.createdAt) - subscription.backfillHours * HOUR_MS;
    for (const story of stories) {
      if (Date.parse(story.lead.publishedAt) < horizon) continue;
      const matching = itemsOf(story).filter((item) => matchSubscription(item, subscription).matched);
      if (matching.length === 0) continue;
      let notBefore = nowIso;
      if (subscription.mode === "alert") {
        const breaking = matching.some((item) => isFreshBreaking(item, now));
        const until = breaking ? null : quietUntil(now, subscription.quiet, subscription.tz);
        if (until) notBefore = until.toISOString();
      }
      entries.push({
        subscriptionId: subscription.id,
        storyId: story.storyId,
        mode: subscription.mode,
        notBefore,
      });
    }
  }
  return entries;
}

function itemsOf(story: PlannedStory): StoredItem[] {
  const seen = new Set<string>();
  const items: StoredItem[] = [];
  for (const item of [story.lead, ...story.items]) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    items.push(item);
  }
  return items;
}
