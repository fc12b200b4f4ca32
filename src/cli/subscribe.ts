/** `tracewire subscribe`, `subscriptions`, `unsubscribe`. */
import { subscribeDeps } from "../app/subscribe-deps.js";
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

/** Lists subscriptions with their state; webhook URLs are shown without their secret part. */
export async function subscriptionsVerb(options: { json?: boolean }): Promise<void> {
  await withContext(
    async (ctx) => {
      const subscriptions = await ctx.store.listSubscriptions();
      const safe = subscriptions.map((s) => ({
        ...s,
        target: safeTarget(s, ctx.env.TRACEWIRE_ALLOW_PRIVATE_HOSTS),
      }));
      if (options.json) {
        say(JSON.stringify(safe, null, 2));
        return;
      }
      if (safe.length === 0) say("no subscriptions (add one with: tracewire subscribe TARGET)");
      for (const s of safe) {
        const f = s.filter;
        const filters = [
          `scope ${f.scope}`,
          f.countries.length ? `countries ${f.countries.join(",")}` : "",
          f.topics.length ? `topics ${f.topics.join(",")}` : "",
          f.outlets.length ? `outlets ${f.outlets.join(",")}` : "",
          f.minUrgency !== "background" ? `min urgency ${f.minUrgency}` : "",
          f.keywords.length ? `keywords ${f.keywords.join(",")}` : "",
        ].filter(Boolean);
        const when =
          s.mode === "digest"
            ? `digest "${s.schedule}"${s.tz ? ` ${s.tz}` : ""}`
            : `alert${s.quiet ? ` quiet ${s.quiet}` : ""}`;
        say(`${s.id}  ${s.target}  ${when}  ${filters.join("; ")}`);
        say(
          `    state ${s.state}${s.lastError ? ` (${s.lastError})` : ""}; last delivery ${s.lastDeliveryAt ?? "never"}`,
        );
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
