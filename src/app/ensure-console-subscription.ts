/**
 * What `npm start` does for a newcomer with no Slack or Discord account: with no credentials and no
 * subscriptions, a `console` digest subscription prints new relevant Southeast Asia stories to the
 * terminal each minute that has any. `tracewire subscribe` / `unsubscribe` change it like any other.
 */

import { createSubscription } from "../commands/subscribe.js";
import type { Subscription } from "../model/subscription.js";
import type { AppContext } from "./app-context.js";
import { subscribeDeps } from "./subscribe-deps.js";

/** Every minute; a minute with nothing new prints nothing. */
export const CONSOLE_DIGEST_SCHEDULE = "* * * * *";

/** Adds the console digest when nothing else would deliver anything; returns it, or null when not needed. */
export async function ensureConsoleSubscription(
  ctx: Pick<AppContext, "store" | "env">,
  now: Date,
): Promise<Subscription | null> {
  if (ctx.env.SLACK_BOT_TOKEN || ctx.env.DISCORD_TOKEN) return null;
  if ((await ctx.store.listSubscriptions()).length > 0) return null;
  return createSubscription(
    subscribeDeps(ctx),
    { target: "console", mode: "digest", schedule: CONSOLE_DIGEST_SCHEDULE },
    now,
  );
}
