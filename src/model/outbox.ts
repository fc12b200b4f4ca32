import type { DeliveryMode } from "./subscription.js";

/** A new row for the outbox. (subscriptionId, storyId) is unique: enqueueing twice is a no-op. */
export interface OutboxEntry {
  subscriptionId: string;
  storyId: string;
  mode: DeliveryMode;
  /** ISO 8601; the row is not claimed before this time (quiet hours). */
  notBefore: string;
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
  lastError: string | null;
}

/** A new row for the outbox. (subscriptionId, storyId) is unique: enqueueing twice is a no-op. */
export interface OutboxEntry {
  subscriptionId: string;
  storyId: string;
  mode: DeliveryMode;
  /** ISO 8601; the row is not claimed before this time (quiet hours). */
  notBefore: string;
}
