/** `tracewire subscribe`, `subscriptions`, `unsubscribe`. */
import { subscribeDeps } from "../app/subscribe-deps.js";
import { confirmSubscriptionNow } from "../commands/confirm-subscription.js";
import { describeSubscriptionParts, safeLastError } from "../commands/describe-subscription.js";
import { removeSubscription, type SubscribeOptions, subscribe } from "../commands/subscribe.js";
import type { Env } from "../config/env-schema.js";
import { describeTarget, parseTarget } from "../deliver/target.js";
import { UsageError } from "../errors.js";
import type { ConfiguredPlatforms, Subscription } from "../model/subscription.js";
import { processTimeZone } from "../render/format-time.js";
import { say, withContext } from "./with-context.js";

type SubscribeFlags = SubscribeOptions & { backfillHours?: string };

/**
 * Creates the subscription and prints its id alone on stdout, so scripts can capture it. What will be sent and
 * when goes to stderr at a terminal; a missing bot token is said on stderr always.
 */
export async function subscribeVerb(target: string, options: SubscribeFlags): Promise<void> {
  await withContext(
    async (ctx) => {
      const now = new Date();
      const { subscription, queued, already } = await subscribe(
        { ...subscribeDeps(ctx), configured: configuredPlatforms(ctx.env) },
        {
          target,
          ...options,
          backfillHours: backfillHoursOption(options.backfillHours, ctx.env.TRACEWIRE_BACKFILL_HOURS),
        },
        now,
      );
      say(subscription.id);
      if (already) {
        process.stderr.write(
          `tracewire: already subscribed (${subscription.id}): an identical subscription exists; nothing was added
`,
        );
        return;
      }
      const lines = confirmSubscriptionNow(subscription, queued, now, processTimeZone(ctx.env.TZ));
      const [what, ...waiting] = lines;
      if (process.stderr.isTTY && what) process.stderr.write(`${what}\n`);
      for (const line of waiting) process.stderr.write(`tracewire: ${line}\n`);
    },
    { loadFeeds: false },
  );
}

/** Which bot tokens are set (SLACK_BOT_TOKEN, DISCORD_TOKEN). */
export function configuredPlatforms(
  env: Pick<Env, "SLACK_BOT_TOKEN" | "DISCORD_TOKEN">,
): ConfiguredPlatforms {
  return { slack: !!env.SLACK_BOT_TOKEN, discord: !!env.DISCORD_TOKEN };
}

/** `--backfill-hours`: a whole number of hours, 0 (no backfill) or more. */
function backfillHoursOption(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value.trim())) {
    throw new UsageError(`--backfill-hours: expected a whole number of hours, 0 or more, got "${value}"`);
  }
  return Number(value.trim());
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
      const zone = processTimeZone(ctx.env.TZ);
      for (const s of safe) {
        const parts = describeSubscriptionParts(s, now, zone);
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
