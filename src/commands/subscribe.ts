/** `tracewire subscribe` / `unsubscribe` and `/tracewire subscribe`: channels and what they receive. */
import { randomBytes } from "node:crypto";
import { parseTarget } from "../deliver/target.js";
import type { Subscription } from "../model/subscription.js";
import { queueStories } from "../pipeline/route-new-items.js";
import {
  parseFilter,
  parseMode,
  parseQuietHours,
  parseSchedule,
  parseTimeZone,
} from "../route/parse-filter.js";
import { type BotOptionKey, DEFAULT_DIGEST_SCHEDULE } from "../route/subscription-options.js";
import type { Store } from "../store/store.js";

/** The options of a subscription as typed (CLI flags or slash-command text), before validation. */
export type SubscribeOptions = { [K in BotOptionKey]?: string | undefined };

/** What creating a subscription uses: the store, and two settings from the environment. */
export interface SubscribeDeps {
  store: Store;
  /** Webhook targets may point at private addresses (TRACEWIRE_ALLOW_PRIVATE_HOSTS). */
  allowPrivateHosts: boolean;
  /** Hours of stories a new subscription receives when none is asked for (TRACEWIRE_BACKFILL_HOURS). */
  backfillHours: number;
}

/** What `tracewire subscribe` and `/tracewire subscribe` ask for: a target, the options, the backfill window. */
export type SubscribeInput = SubscribeOptions & { target: string; backfillHours?: number | undefined };

/** Validates the input, stores the subscription and queues matching stories of the backfill window. */
export async function createSubscription(
  deps: SubscribeDeps,
  input: SubscribeInput,
  now: Date,
): Promise<Subscription> {
  parseTarget(input.target, { allowPrivateHosts: deps.allowPrivateHosts });
  const mode = parseMode(input.mode);
  const filter = parseFilter({
    scope: input.scope,
    countries: input.countries,
    topics: input.topics,
    outlets: input.outlets,
    minUrgency: input.minUrgency,
    keywords: input.keywords,
  });
  const schedule = input.schedule ?? DEFAULT_DIGEST_SCHEDULE;
  parseSchedule(schedule);
  const tz = input.tz ? parseTimeZone(input.tz) : null;
  if (input.quiet) parseQuietHours(input.quiet);
  const subscription: Subscription = {
    id: `sub_${randomBytes(4).toString("hex")}`,
    target: input.target.trim(),
    mode,
    filter,
    schedule,
    tz,
    quiet: input.quiet ?? null,
    createdAt: now.toISOString(),
    backfillHours: input.backfillHours ?? deps.backfillHours,
    state: "ok",
    lastError: null,
    lastDeliveryAt: null,
  };
  await deps.store.addSubscription(subscription);
  await backfillSubscription(deps.store, subscription, now);
  return subscription;
}

/** Queues the stories of the backfill window for a new subscription (never the whole archive). */
async function backfillSubscription(store: Store, subscription: Subscription, now: Date): Promise<void> {
  const since = new Date(now.getTime() - subscription.backfillHours * 3_600_000).toISOString();
  const recent = await store.listItems({ since, relevant: true, limit: 2000 });
  const storyIds = [...new Set(recent.map((item) => item.storyId ?? item.id))];
  await queueStories(store, storyIds, now);
}

/** Removes a subscription; false when there was none with that id. */
export async function removeSubscription(store: Store, id: string): Promise<boolean> {
  return store.removeSubscription(id.trim());
}
