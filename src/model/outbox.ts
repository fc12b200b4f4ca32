import type { DeliveryMode } from "./subscription.js";

/** A new row for the outbox. (subscriptionId, storyId) is unique: enqueueing twice is a no-op. */
export interface OutboxEntry {
  subscriptionId: string;
  storyId: string;
  mode: DeliveryMode;
  /** ISO 8601; the row is not claimed before this time (quiet hours). */
  notBefore: string;
  /**
   * A follow-up: the later report (item id) of a story already delivered to this subscription. Absent for the
   * story's own delivery. (subscriptionId, storyId, itemId) is unique.
   */
  itemId?: string;
}

export type OutboxState = "pending" | "sending" | "sent" | "failed";

/** One (subscription, story) delivery, kept in the store until the platform accepted it. */
export interface OutboxRow {
  id: number;
  subscriptionId: string;
  storyId: string;
  mode: DeliveryMode;
  state: OutboxState;
  attempts: number;
  /** Not to be tried before this time (ISO 8601): quiet hours, Retry-After, backoff. */
  notBefore: string;
  createdAt: string;
  sentAt: string | null;
  /** The platform's id of the message that carried it (Slack ts, Discord message id). */
  messageId: string | null;
  /** The follow-up's later report (item id); absent for the story's own delivery. */
  itemId?: string | null;
  /** Where the message went as the platform names it (Slack channel id, Discord channel id); absent when unknown. */
  channelId?: string | null;
  /** The Discord thread started on this message for its follow-ups (its channel id); absent when none yet. */
  threadId?: string | null;
  lastError: string | null;
}
