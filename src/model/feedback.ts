/**
 * Feedback from a channel on what tracewire posted: one click of "Not relevant", "Wrong country" or "Useful"
 * by one person (a platform user id, never a name) on one story of one subscription. The button's value
 * carries the compact reference (`FeedbackRef`) to the story and the subscription.
 */

export const FEEDBACK_KINDS = ["not_relevant", "wrong_country", "useful"] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

/** Button labels, in the order the buttons appear. */
export const FEEDBACK_LABELS: Readonly<Record<FeedbackKind, string>> = {
  not_relevant: "Not relevant",
  wrong_country: "Wrong country",
  useful: "Useful",
};

/** What a mark reads as in a message and in the figures ("marked not relevant by …"). */
export const FEEDBACK_PHRASES: Readonly<Record<FeedbackKind, string>> = {
  not_relevant: "not relevant",
  wrong_country: "wrong country",
  useful: "useful",
};

export type FeedbackPlatform = "slack" | "discord";

/** One click as stored. */
export interface Feedback {
  id: number;
  storyId: string;
  /** The story's lead item when clicked. */
  itemId: string;
  subscriptionId: string;
  /** The target the message went to, e.g. `slack:C0123ABCD` (never a webhook URL). */
  channel: string;
  platform: FeedbackPlatform;
  /** The platform's user id (Slack U…, Discord snowflake); never a name or an email. */
  userId: string;
  kind: FeedbackKind;
  /** The classifier version that let the lead item through; null when it was never classified. */
  classifierVersion: string | null;
  /** ISO 8601 UTC. */
  createdAt: string;
}

export type NewFeedback = Omit<Feedback, "id">;

/** Which story of which subscription a button belongs to. */
export interface FeedbackRef {
  subscriptionId: string;
  storyId: string;
}

/** `sub_1a2b3c4d.0123…`: subscription and story ids are [A-Za-z0-9_-], so a dot separates them. */
export function formatFeedbackRef(ref: FeedbackRef): string {
  return `${ref.subscriptionId}.${ref.storyId}`;
}

const REF = /^([A-Za-z0-9_-]{1,64})\.([A-Za-z0-9_-]{1,64})$/;

/** The reference in a button's value, or null when it is not one. */
export function parseFeedbackRef(value: string): FeedbackRef | null {
  const match = REF.exec(value);
  return match ? { subscriptionId: match[1]!, storyId: match[2]! } : null;
}

/** Whether a string names a feedback kind. */
export function isFeedbackKind(value: string): value is FeedbackKind {
  return (FEEDBACK_KINDS as readonly string[]).includes(value);
}
