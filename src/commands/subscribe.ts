/** `tracewire subscribe` / `unsubscribe` and `/tracewire subscribe`: channels and what they receive. */
import { randomBytes } from "node:crypto";
import { parseTarget } from "../deliver/target.js";
import { ConfigError } from "../errors.js";
import {
  type ConfiguredPlatforms,
  type Subscription,
  tokenPlatformOf,
  waitingReason,
} from "../model/subscription.js";
import { queueStories } from "../pipeline/route-new-items.js";
import {
  parseFilter,
  parseMode,
  parseQuietHours,
  parseSchedule,
  parseTimeZone,
} from "../route/parse-filter.js";
import { parseFollowUps } from "../route/parse-follow-ups.js";
import {
  type BotOptionKey,
  DEFAULT_BRIEFING_SCHEDULE,
  DEFAULT_DIGEST_SCHEDULE,
} from "../route/subscription-options.js";
import type { Store } from "../store/store.js";
import { checkEntityIds } from "./check-entity-ids.js";

/** The options of a subscription as typed (CLI flags or slash-command text), before validation. */
export type SubscribeOptions = { [K in BotOptionKey]?: string | undefined };

/** What creating a subscription uses: the store, and two settings from the environment. */
export interface SubscribeDeps {
  store: Store;
  /** Webhook targets may point at private addresses (TRACEWIRE_ALLOW_PRIVATE_HOSTS). */
  allowPrivateHosts: boolean;
  /** Hours of stories a new subscription receives when none is asked for (TRACEWIRE_BACKFILL_HOURS). */
  backfillHours: number;
  /**
   * Which bot tokens this process has. A `slack:`/`discord:` subscription made without its token starts in the
   * `waiting` state, so the operator is told at once. Absent: not known, the state starts `ok`.
   */
  configured?: ConfiguredPlatforms | undefined;
}

/** A new subscription and how many stories of its backfill window were queued for it. */
export interface SubscribeResult {
  subscription: Subscription;
  /** Stories queued from the backfill window (an alert subscription receives them as one summary). */
  queued: number;
  /**
   * True when an identical subscription (target, mode, filter, schedule, zone) already existed: `subscription` is
   * that one, nothing new was stored or queued. A replayed or repeated subscribe never doubles a channel's posts.
   */
  already: boolean;
}

/** What `tracewire subscribe` and `/tracewire subscribe` ask for: a target, the options, the backfill window. */
export type SubscribeInput = SubscribeOptions & { target: string; backfillHours?: number | undefined };

/** Validates the input, stores the subscription and queues matching stories of the backfill window. */
export async function createSubscription(
  deps: SubscribeDeps,
  input: SubscribeInput,
  now: Date,
): Promise<Subscription> {
  return (await subscribe(deps, input, now)).subscription;
}

/** createSubscription, also saying how many backfill stories were queued (for the confirmation). */
export async function subscribe(
  deps: SubscribeDeps,
  input: SubscribeInput,
  now: Date,
): Promise<SubscribeResult> {
  parseTarget(input.target, { allowPrivateHosts: deps.allowPrivateHosts });
  const mode = parseMode(input.mode);
  const filter = parseFilter({
    scope: input.scope,
    countries: input.countries,
    topics: input.topics,
    outlets: input.outlets,
    minUrgency: input.minUrgency,
    keywords: input.keywords,
    languages: input.languages,
    entities: input.entities,
  });
  await checkEntityIds(deps.store, filter.entities);
  const schedule =
    input.schedule ?? (mode === "briefing" ? DEFAULT_BRIEFING_SCHEDULE : DEFAULT_DIGEST_SCHEDULE);
  parseSchedule(schedule);
  const tz = input.tz ? parseTimeZone(input.tz) : null;
  if (input.quiet) parseQuietHours(input.quiet);
  const backfillHours = input.backfillHours ?? deps.backfillHours;
  if (!Number.isInteger(backfillHours) || backfillHours < 0) {
    throw new ConfigError(
      `--backfill-hours: expected a whole number of hours, 0 or more, got ${backfillHours}`,
    );
  }
  const platform = tokenPlatformOf(input.target);
  const waiting = platform !== null && deps.configured !== undefined && !deps.configured[platform];
  const subscription: Subscription = {
    id: `sub_${randomBytes(4).toString("hex")}`,
    target: input.target.trim(),
    mode,
    filter,
    schedule,
    tz,
    quiet: input.quiet ?? null,
    createdAt: now.toISOString(),
    backfillHours,
    state: waiting ? "waiting" : "ok",
    lastError: waiting ? waitingReason(platform) : null,
    lastDeliveryAt: null,
    ...(parseFollowUps(input.followUps) ? {} : { followUps: false }),
  };
  const { id, added } = await deps.store.addSubscriptionOnce(subscription);
  if (!added) {
    const existing = await deps.store.getSubscription(id);
    if (existing) return { subscription: existing, queued: 0, already: true };
  }
  // A briefing reads the archive when it is sent: nothing is queued for it.
  const queued = mode === "briefing" ? 0 : await backfillSubscription(deps.store, subscription, now);
  return { subscription, queued, already: false };
}

/** Queues the stories of the backfill window for a new subscription (never the whole archive); returns how many. */
async function backfillSubscription(store: Store, subscription: Subscription, now: Date): Promise<number> {
  if (subscription.backfillHours === 0) return 0;
  const since = new Date(now.getTime() - subscription.backfillHours * 3_600_000).toISOString();
  const { entities } = subscription.filter;
  // An alert subscription with entities receives every mention, so its backfill reads mentions, not relevance.
  const recent =
    entities.length > 0 && subscription.mode === "alert"
      ? await store.listItems({ since, entities, limit: 2000 })
      : await store.listItems({ since, relevant: true, limit: 2000 });
  const storyIds = [...new Set(recent.map((item) => item.storyId ?? item.id))];
  await queueStories(store, storyIds, now);
  return (await store.listOutbox({ subscriptionId: subscription.id, limit: 10_000 })).length;
}

/** Removes a subscription; false when there was none with that id. */
export async function removeSubscription(store: Store, id: string): Promise<boolean> {
  return store.removeSubscription(id.trim());
}
