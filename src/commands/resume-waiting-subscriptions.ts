/**
 * At start-up: subscriptions `waiting` for a bot token whose token this process now has become ok, and their
 * stories due at once. Without it, a Slack subscription made before SLACK_BOT_TOKEN was set kept its stories
 * waiting for a retry and its state said FAILING after the token was set and the worker restarted (issue 14).
 */
import {
  type ConfiguredPlatforms,
  PLATFORM_TOKENS,
  type Subscription,
  tokenPlatformOf,
} from "../model/subscription.js";
import type { OutboxStore, SubscriptionStore } from "../store/store.js";

/** Resumes the waiting subscriptions of every configured platform; returns the ones resumed. */
export async function resumeWaitingSubscriptions(
  store: Pick<SubscriptionStore, "listSubscriptions" | "setSubscriptionState"> &
    Pick<OutboxStore, "listOutbox" | "markRetry">,
  configured: ConfiguredPlatforms,
  now: Date,
): Promise<Subscription[]> {
  const resumed: Subscription[] = [];
  for (const subscription of await store.listSubscriptions()) {
    if (subscription.state !== "waiting") continue;
    const platform = tokenPlatformOf(subscription.target);
    if (platform === null || !configured[platform]) continue;
    await store.setSubscriptionState(subscription.id, "ok", null);
    const rows = await store.listOutbox({ subscriptionId: subscription.id, state: "pending", limit: 10_000 });
    if (rows.length > 0) {
      await store.markRetry(
        rows.map((row) => row.id),
        now,
        `${PLATFORM_TOKENS[platform]} is set now`,
        true,
      );
    }
    resumed.push({ ...subscription, state: "ok", lastError: null });
  }
  return resumed;
}
