/**
 * Route, for stories already delivered: takes the later reports that joined them, who got each story, and the
 * subscriptions; returns the follow-up rows to add to the outbox (one per subscription and later report). A
 * follow-up goes only where the story's own delivery was accepted, only for a report the subscription would
 * take, and never where follow-ups are off. A webhook target (it cannot thread) gets at most one update an hour
 * per story: its follow-ups wait for the hour and go out together. Pure: the clock is a parameter.
 */
import type { StoredItem } from "../model/item.js";
import type { OutboxEntry, OutboxRow } from "../model/outbox.js";
import type { Subscription } from "../model/subscription.js";
import { matchSubscription } from "./match-subscription.js";
import { quietUntil } from "./quiet-hours.js";

/** The least time between two update lines for one story on a webhook target. */
export const WEBHOOK_UPDATE_GAP_MS = 3_600_000;

/** A report that joined an existing story. */
export interface LaterReport {
  storyId: string;
  item: StoredItem;
}

/** Whether a target can take replies in a thread (bot targets and the console) or only updates (webhooks). */
export function isWebhookTarget(target: string): boolean {
  return /^(slack-webhook|discord-webhook):/i.test(target.trim());
}

/** The follow-up rows for the later reports, given every outbox row of their stories. */
export function planFollowUps(
  reports: LaterReport[],
  deliveries: OutboxRow[],
  subscriptions: Subscription[],
  now: Date,
): OutboxEntry[] {
  const entries: OutboxEntry[] = [];
  for (const subscription of subscriptions) {
    if (subscription.followUps === false || subscription.mode === "briefing") continue;
    const mine = deliveries.filter((row) => row.subscriptionId === subscription.id);
    for (const report of reports) {
      const own = mine.find((row) => row.storyId === report.storyId && !row.itemId);
      if (own?.state !== "sent") continue;
      if (!matchSubscription(report.item, subscription).matched) continue;
      entries.push({
        subscriptionId: subscription.id,
        storyId: report.storyId,
        itemId: report.item.id,
        mode: subscription.mode,
        notBefore: dueAt(subscription, mine, report.storyId, now).toISOString(),
      });
    }
  }
  return entries;
}

/** When a follow-up is due: now, after quiet hours for alerts, and an hour after the last update on a webhook. */
function dueAt(subscription: Subscription, rows: OutboxRow[], storyId: string, now: Date): Date {
  if (subscription.mode !== "alert") return now;
  let due = quietUntil(now, subscription.quiet, subscription.tz) ?? now;
  if (isWebhookTarget(subscription.target)) {
    const earlier = rows.filter((row) => row.storyId === storyId && row.itemId && row.state !== "failed");
    for (const row of earlier) {
      // A pending update is joined (same due time); a sent one holds the next for an hour.
      const at =
        row.state === "sent" && row.sentAt
          ? Date.parse(row.sentAt) + WEBHOOK_UPDATE_GAP_MS
          : Date.parse(row.notBefore);
      if (at > due.getTime()) due = new Date(at);
    }
  }
  return due;
}
