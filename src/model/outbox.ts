import type { DeliveryMode } from "./subscription.js";

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
