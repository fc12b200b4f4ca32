/**
 * `tracewire subscription resume ID` and `/tracewire subscription resume ID`: after the operator fixed what made
 * a subscription fail (invited the app, corrected a permission), its state goes back to ok and its stories are
 * tried again at once. Pending rows (waiting for a retry) become due now. Rows given up on are re-queued when
 * they were queued within the last RESUME_FAILED_WITHIN_HOURS: older news is left as failed history rather
 * than posted a day late, and a story no longer in the archive cannot be sent at all.
 */
import { UsageError } from "../errors.js";
import type { OutboxRow } from "../model/outbox.js";
import type { Subscription } from "../model/subscription.js";
import type { OutboxStore, SubscriptionStore } from "../store/store.js";

/** Rows given up on are re-queued by resume when they were queued at most this many hours ago. */
export const RESUME_FAILED_WITHIN_HOURS = 24;

/** Why a row can never be sent again (drain-outbox's words): such rows stay failed. */
const UNSENDABLE = ["the story is no longer in the archive", "the subscription was removed"];

/** What resume did. */
export interface ResumeResult {
  subscription: Subscription;
  /** Rows now due: the pending ones plus the re-queued failed ones. */
  due: number;
  /** Of those, rows that had been given up on. */
  requeued: number;
}

/** Sets subscription `id` ok and makes its unsent stories due at `now`; throws UsageError for an unknown id. */
export async function resumeSubscription(
  store: Pick<SubscriptionStore, "getSubscription" | "setSubscriptionState"> &
    Pick<OutboxStore, "listOutbox" | "markRetry">,
  id: string,
  now: Date,
): Promise<ResumeResult> {
  const subscription = await store.getSubscription(id.trim());
  if (!subscription) {
    throw new UsageError(`no subscription with id "${id.trim()}" (see tracewire subscriptions)`);
  }
  await store.setSubscriptionState(subscription.id, "ok", null);
  const pending = await store.listOutbox({
    subscriptionId: subscription.id,
    state: "pending",
    limit: 10_000,
  });
  const since = now.getTime() - RESUME_FAILED_WITHIN_HOURS * 3_600_000;
  const failed = (
    await store.listOutbox({ subscriptionId: subscription.id, state: "failed", limit: 10_000 })
  ).filter((row) => Date.parse(row.createdAt) >= since && !unsendable(row));
  const rows = [...pending, ...failed];
  // Not counted as an attempt: the operator asked for it.
  if (rows.length > 0) {
    await store.markRetry(
      rows.map((row) => row.id),
      now,
      "resumed by the operator",
      true,
    );
  }
  return {
    subscription: { ...subscription, state: "ok", lastError: null },
    due: rows.length,
    requeued: failed.length,
  };
}

function unsendable(row: OutboxRow): boolean {
  return UNSENDABLE.some((reason) => row.lastError?.startsWith(reason));
}
