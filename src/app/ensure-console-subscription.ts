/**
 * What `npm start` does for a newcomer with no Slack or Discord account: with no credentials and no
 * subscriptions, a `console` digest subscription prints new relevant Southeast Asia stories to the terminal
 * each minute that has any. It is an explicit, removable default: the start-up line names it and how to remove
 * it (`tracewire unsubscribe ID`), and once a platform is configured (SLACK_BOT_TOKEN, DISCORD_TOKEN, or any
 * slack:/discord:/webhook subscription) it is removed at the next start. Only the default made here is ever
 * removed: a console subscription an operator made with `tracewire subscribe console` stays.
 */

import { createSubscription } from "../commands/subscribe.js";
import type { Subscription } from "../model/subscription.js";
import type { AppContext } from "./app-context.js";
import { subscribeDeps } from "./subscribe-deps.js";

/** Every minute; a minute with nothing new prints nothing. */
export const CONSOLE_DIGEST_SCHEDULE = "* * * * *";

/** The store's note of which subscription is the start-up default. */
export const CONSOLE_DEFAULT_META = "console_default_subscription";

/** What happened to the console default at this start. */
export type ConsoleDefault =
  | { kind: "created"; subscription: Subscription }
  | { kind: "kept"; subscriptionId: string }
  | { kind: "removed"; subscriptionId: string; because: string }
  | { kind: "none" };

/**
 * Adds the console digest when nothing else would deliver anything, removes the one added earlier once a
 * platform is configured, and says which.
 */
export async function ensureConsoleSubscription(
  ctx: Pick<AppContext, "store" | "env">,
  now: Date,
): Promise<ConsoleDefault> {
  const subscriptions = await ctx.store.listSubscriptions();
  const defaultId = await ctx.store.getMeta(CONSOLE_DEFAULT_META);
  const current = defaultId ? subscriptions.find((s) => s.id === defaultId) : undefined;
  const platform = platformConfigured(ctx.env, subscriptions);
  if (current) {
    if (!platform) return { kind: "kept", subscriptionId: current.id };
    await ctx.store.removeSubscription(current.id);
    await ctx.store.setMeta(CONSOLE_DEFAULT_META, "");
    return { kind: "removed", subscriptionId: current.id, because: platform };
  }
  if (platform || subscriptions.length > 0) return { kind: "none" };
  const subscription = await createSubscription(
    subscribeDeps(ctx),
    { target: "console", mode: "digest", schedule: CONSOLE_DIGEST_SCHEDULE },
    now,
  );
  await ctx.store.setMeta(CONSOLE_DEFAULT_META, subscription.id);
  return { kind: "created", subscription };
}

/** The line `tracewire run` prints about the console default, or null when there is nothing to say. */
export function describeConsoleDefault(outcome: ConsoleDefault): string | null {
  switch (outcome.kind) {
    case "created":
    case "kept": {
      const id = outcome.kind === "created" ? outcome.subscription.id : outcome.subscriptionId;
      return (
        "tracewire: no Slack or Discord account configured — new relevant stories will be printed here as a " +
        `digest each minute (subscription ${id}; remove it with: tracewire unsubscribe ${id}). ` +
        "It is removed by itself once SLACK_BOT_TOKEN, DISCORD_TOKEN or a Slack/Discord subscription exists."
      );
    }
    case "removed":
      return `tracewire: removed the console default subscription ${outcome.subscriptionId} (${outcome.because}).`;
    case "none":
      return null;
  }
}

/** Why a platform counts as configured, or null when none is. */
function platformConfigured(
  env: Pick<AppContext["env"], "SLACK_BOT_TOKEN" | "DISCORD_TOKEN">,
  subscriptions: Subscription[],
): string | null {
  if (env.SLACK_BOT_TOKEN) return "SLACK_BOT_TOKEN is set";
  if (env.DISCORD_TOKEN) return "DISCORD_TOKEN is set";
  const other = subscriptions.find((s) => s.target.trim() !== "console");
  return other ? `subscription ${other.id} delivers to a platform` : null;
}
