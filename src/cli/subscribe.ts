/** `tracewire subscribe`, `subscriptions`, `unsubscribe`. */
import { subscribeDeps } from "../app/subscribe-deps.js";
import { describeSubscriptionParts, safeLastError } from "../commands/describe-subscription.js";
import { createSubscription, removeSubscription, type SubscribeOptions } from "../commands/subscribe.js";
import { describeTarget, parseTarget } from "../deliver/target.js";
import { UsageError } from "../errors.js";
import type { Subscription } from "../model/subscription.js";
import { positiveInt } from "./item-filters.js";
import { say, withContext } from "./with-context.js";

type SubscribeFlags = SubscribeOptions & { backfillHours?: string };

/** Creates the subscription and prints its id (alone on stdout, so scripts can capture it). */
export async function subscribeVerb(target: string, options: SubscribeFlags): Promise<void> {
  await withContext(
    async (ctx) => {
      const subscription = await createSubscription(
        subscribeDeps(ctx),
        {
          target,
          ...options,
          backfillHours: positiveInt(
            "--backfill-hours",
            options.backfillHours,
            ctx.env.TRACEWIRE_BACKFILL_HOURS,
          ),
        },
        new Date(),
      );
      say(subscription.id);
    },
    { loadFeeds: false },
  );
}

/** Lists subscriptions with their state; webhook URLs and the last error are shown without secrets. */
export async function subscriptionsVerb(options: { json?: boolean }): Promise<void> {
  await withContext(
    async (ctx) => {
      const subscriptions = await ctx.store.listSubscriptions();
      const safe = subscriptions.map((s) => ({
        ...s,
        target: safeTarget(s, ctx.env.TRACEWIRE_ALLOW_PRIVATE_HOSTS),
        lastError: s.lastError === null ? null : safeLastError(s.lastError),
      }));
      if (options.json) {
        say(JSON.stringify(safe, null, 2));
        return;
      }
      if (safe.length === 0) say("no subscriptions (add one with: tracewire subscribe TARGET)");
      const now = new Date();
      for (const s of safe) {
        const parts = describeSubscriptionParts(s, now);
        say(`${s.id}  ${s.target}  ${parts.when}  ${parts.filter}`);
        say(`    ${parts.state}`);
      }
    },
    { loadFeeds: false },
  );
}

function safeTarget(subscription: Subscription, allowPrivateHosts: boolean): string {
  try {
    return describeTarget(parseTarget(subscription.target, { allowPrivateHosts }));
  } catch {
    return "(invalid target)";
  }
}

/** Removes a subscription; an unknown id is a usage error (exit 2). */
export async function unsubscribeVerb(id: string): Promise<void> {
  await withContext(
    async (ctx) => {
      if (!(await removeSubscription(ctx.store, id))) {
        throw new UsageError(`no subscription with id "${id}" (see tracewire subscriptions)`);
      }
      say(`removed ${id}`);
    },
    { loadFeeds: false },
  );
}
