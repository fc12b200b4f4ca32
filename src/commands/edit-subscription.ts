/**
 * `tracewire subscription set ID …` and `/tracewire subscription set ID …`: changes a subscription's filter,
 * schedule, quiet hours or zone in place — same id, same creation time, no new backfill. Only the options given
 * change; each is checked as `subscribe` checks it (route/parse-filter.ts). `none` clears a list or the quiet
 * hours. Stories already queued keep going out as planned; the new filter applies to stories found from now on.
 */
import { UsageError } from "../errors.js";
import type { Subscription, SubscriptionFilter } from "../model/subscription.js";
import {
  type FilterOptions,
  parseFilter,
  parseMode,
  parseQuietHours,
  parseSchedule,
  parseTimeZone,
} from "../route/parse-filter.js";
import { botOptions, optionFlag } from "../route/subscription-options.js";
import type { SubscriptionStore, WatchlistStore } from "../store/store.js";
import { checkEntityIds } from "./check-entity-ids.js";
import type { SubscribeOptions } from "./subscribe.js";

/** The word that clears a list option or the quiet hours. */
export const CLEAR_WORD = "none";

const FILTER_KEYS = [
  "scope",
  "countries",
  "topics",
  "outlets",
  "languages",
  "minUrgency",
  "keywords",
  "entities",
] as const;
const LIST_KEYS = new Set<string>(["countries", "topics", "outlets", "languages", "keywords", "entities"]);

/** Applies the given options to subscription `id` and stores it; throws UsageError for an unknown id. */
export async function editSubscription(
  store: Pick<SubscriptionStore, "getSubscription" | "addSubscription"> &
    Pick<WatchlistStore, "listWatchlist">,
  id: string,
  options: SubscribeOptions,
): Promise<Subscription> {
  const subscription = await store.getSubscription(id.trim());
  if (!subscription) {
    throw new UsageError(`no subscription with id "${id.trim()}" (see tracewire subscriptions)`);
  }
  const given = Object.entries(options).filter(([, value]) => value !== undefined);
  if (given.length === 0) {
    const flags = botOptions()
      .filter((option) => option.key !== "mode")
      .map((option) => option.flag);
    throw new UsageError(`nothing to change for ${subscription.id}: give one or more of ${flags.join(", ")}`);
  }
  if (options.mode !== undefined && parseMode(options.mode) !== subscription.mode) {
    throw new UsageError(
      `${optionFlag("mode")}: ${subscription.id} is ${subscription.mode === "alert" ? "an alert" : `a ${subscription.mode}`} subscription and stays one; to change the mode, subscribe anew and remove this one`,
    );
  }
  const filter: SubscriptionFilter = { ...subscription.filter };
  for (const key of FILTER_KEYS) {
    const value = options[key];
    if (value === undefined) continue;
    const parsed =
      LIST_KEYS.has(key) && isClear(value) ? parseFilter({}) : parseFilter({ [key]: value } as FilterOptions);
    (filter as unknown as Record<string, unknown>)[key] = parsed[key];
  }
  await checkEntityIds(store, filter.entities);
  const edited: Subscription = {
    ...subscription,
    filter,
    schedule: options.schedule !== undefined ? parseSchedule(options.schedule) : subscription.schedule,
    tz: options.tz !== undefined ? parseTimeZone(options.tz) : subscription.tz,
    quiet: options.quiet !== undefined ? quietOf(options.quiet) : subscription.quiet,
  };
  await store.addSubscription(edited);
  return edited;
}

function quietOf(text: string): string | null {
  if (isClear(text)) return null;
  parseQuietHours(text);
  return text.trim();
}

function isClear(value: string): boolean {
  return value.trim().toLowerCase() === CLEAR_WORD;
}
