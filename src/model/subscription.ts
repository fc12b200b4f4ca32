import type { Topic, Urgency } from "./classification.js";

/** digest: on a schedule; alert: as found; briefing: the weekly briefing with its chart (issue 19). */
export const DELIVERY_MODES = ["digest", "alert", "briefing"] as const;
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
  /** Language codes ("vi", "th"); empty means every language. */
  languages: string[];
  /**
   * Watched entity ids (issue 17); only items naming one of them. An alert subscription with entities gets
   * every mention, relevant or not (for investigators). Empty: no entity filter.
   */
  entities: string[];
}

export interface Subscription {
  id: string;
  /** The target as the operator typed it (contains secrets for webhooks: never log it raw). */
  target: string;
  mode: DeliveryMode;
  filter: SubscriptionFilter;
  /** Cron expression for digests (default "0 8 * * *") and briefings (default "0 9 * * 1"). */
  schedule: string;
  /** IANA time zone for schedule and quiet hours; null means the process's zone. */
  tz: string | null;
  /** Quiet hours "HH:MM-HH:MM" for alerts, null for none. */
  quiet: string | null;
  createdAt: string;
  /** Items published this long before creation are backfilled (hours). */
  backfillHours: number;
  /**
   * `ok`; `failing` (the last delivery failed: lastError says why, `tracewire subscription resume` clears it);
   * `waiting` (the platform's token is not set: lastError names it, stories are kept until it is).
   */
  state: SubscriptionState;
  lastError: string | null;
  lastDeliveryAt: string | null;
  /**
   * Later reports of a story already delivered go out as follow-ups (a reply in the alert's thread, an update
   * line, "+N new reports since" in a digest); false turns them off (`--follow-ups off`). Absent means on.
   */
  followUps?: boolean;
}

export const SUBSCRIPTION_STATES = ["ok", "failing", "waiting"] as const;
export type SubscriptionState = (typeof SUBSCRIPTION_STATES)[number];

/** The environment variable a bot-token target needs; webhooks and the console need none. */
export const PLATFORM_TOKENS = { slack: "SLACK_BOT_TOKEN", discord: "DISCORD_TOKEN" } as const;
export type TokenPlatform = keyof typeof PLATFORM_TOKENS;

/** Which bot-token platforms this process has a token for. */
export type ConfiguredPlatforms = Record<TokenPlatform, boolean>;

/** Which bot tokens are set, from the two token variables (SLACK_BOT_TOKEN, DISCORD_TOKEN). */
export function configuredPlatforms(tokens: {
  SLACK_BOT_TOKEN?: string | undefined;
  DISCORD_TOKEN?: string | undefined;
}): ConfiguredPlatforms {
  return { slack: !!tokens.SLACK_BOT_TOKEN?.trim(), discord: !!tokens.DISCORD_TOKEN?.trim() };
}

/** The platform whose token a target string (`slack:C…`, `discord:123…`) needs, or null for none. */
export function tokenPlatformOf(target: string): TokenPlatform | null {
  const kind = target.trim().split(":", 1)[0]?.toLowerCase();
  return kind === "slack" || kind === "discord" ? kind : null;
}

/** The lastError of a `waiting` subscription: "waiting for SLACK_BOT_TOKEN". */
export function waitingReason(platform: TokenPlatform): string {
  return `waiting for ${PLATFORM_TOKENS[platform]}`;
}

export function defaultFilter(): SubscriptionFilter {
  return {
    scope: "sea",
    countries: [],
    topics: [],
    outlets: [],
    minUrgency: "background",
    keywords: [],
    languages: [],
    entities: [],
  };
}
