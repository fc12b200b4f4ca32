import type { Topic, Urgency } from "./classification.js";

export const DELIVERY_MODES = ["digest", "alert"] as const;
export type DeliveryMode = (typeof DELIVERY_MODES)[number];

/** Where messages go. Parsed from strings such as `slack:C0123ABCD` (see deliver/target.ts). */
export type Target =
  | { kind: "slack"; channel: string }
  | { kind: "slack-webhook"; url: string }
  | { kind: "discord"; channel: string }
  | { kind: "discord-webhook"; id: string; token: string }
  | { kind: "console" };

export interface SubscriptionFilter {
  /** `sea`: relevant and Southeast Asia; `all`: every relevant item. */
  scope: "sea" | "all";
  countries: string[];
  topics: Topic[];
  outlets: string[];
  minUrgency: Urgency;
  keywords: string[];
}

export interface Subscription {
  id: string;
  /** The target as the operator typed it (contains secrets for webhooks: never log it raw). */
  target: string;
  mode: DeliveryMode;
  filter: SubscriptionFilter;
  /** Cron expression for digests (default "0 8 * * *"). */
  schedule: string;
  /** IANA time zone for schedule and quiet hours; null means the process's zone. */
  tz: string | null;
  /** Quiet hours "HH:MM-HH:MM" for alerts, null for none. */
  quiet: string | null;
  createdAt: string;
  /** Items published this long before creation are backfilled (hours). */
  backfillHours: number;
  state: "ok" | "failing";
  lastError: string | null;
  lastDeliveryAt: string | null;
}

export function defaultFilter(): SubscriptionFilter {
  return { scope: "sea", countries: [], topics: [], outlets: [], minUrgency: "background", keywords: [] };
}
