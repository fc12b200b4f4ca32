/**
 * What both stores share: the column names of each table, how a row becomes a model value, and how search
 * text becomes terms. SQLite hands back text and 0/1; Postgres hands back Date, boolean, bigint-as-string and
 * parsed JSON; the readers here accept both, so the two stores return identical values.
 */
import { UsageError } from "../errors.js";
import type { Classification, Topic, Urgency } from "../model/classification.js";
import type { EntityMention } from "../model/entity.js";
import type { FeedState } from "../model/feed.js";
import type { StoredItem } from "../model/item.js";
import type { OutboxRow, OutboxState } from "../model/outbox.js";
import type { Story } from "../model/story.js";
import {
  type DeliveryMode,
  defaultFilter,
  type Subscription,
  type SubscriptionFilter,
} from "../model/subscription.js";

export type Row = Record<string, unknown>;

/**
 * One schema step: applied once, in version order, inside a transaction. `fill` runs after `sql` in the same
 * transaction, for what SQL cannot compute (the search text of existing items, text/search-text.ts); each
 * store says what it is given (the better-sqlite3 database; a Postgres query function on one connection).
 */
export interface Migration<Fill = never> {
  version: number;
  sql: string;
  fill?: Fill;
}

/** listItems / searchItems limit when the query gives none. */
export const DEFAULT_ITEM_LIMIT = 50;

/** A query limit as a safe non-negative integer (default 50, at most 10,000). */
export function clampLimit(limit: number | undefined, fallback = DEFAULT_ITEM_LIMIT): number {
  if (limit === undefined || !Number.isFinite(limit)) return fallback;
  return Math.max(0, Math.min(10_000, Math.floor(limit)));
}

/** An ISO 8601 UTC string for a Date, an ISO string or a date-only string; null stays null. */
export function toIso(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  const text = String(value);
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? text : date.toISOString();
}

/** A query's date bound as ISO 8601 UTC; UsageError naming the field when it is not a date. */
export function queryTime(field: "since" | "seenSince" | "before", value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new UsageError(
      `${field}: expected a date such as 2025-06-01 or 2025-06-01T08:00:00Z, got ${JSON.stringify(value)}`,
      {
        where: field,
      },
    );
  }
  return date.toISOString();
}

function isoOrThrow(value: unknown): string {
  return toIso(value) ?? "";
}

function json<T>(value: unknown, fallback: T): T {
  if (value === null || value === undefined) return fallback;
  if (typeof value === "string") return JSON.parse(value) as T;
  return value as T;
}

function bool(value: unknown): boolean {
  return value === true || value === 1 || value === "1" || value === "t";
}

function numOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : Number(value);
}

function strOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

/** A feed_states row as a FeedState. */
export function feedStateFromRow(row: Row): FeedState {
  return {
    feedId: String(row["feed_id"]),
    url: String(row["url"]),
    etag: strOrNull(row["etag"]),
    lastModified: strOrNull(row["last_modified"]),
    lastStatus: numOrNull(row["last_status"]),
    lastError: strOrNull(row["last_error"]),
    lastErrorCode: strOrNull(row["last_error_code"]),
    consecutiveFailures: Number(row["consecutive_failures"] ?? 0),
    lastPolledAt: toIso(row["last_polled_at"]),
    lastSuccessAt: toIso(row["last_success_at"]),
    nextAttemptAt: toIso(row["next_attempt_at"]),
    itemsSeen: Number(row["items_seen"] ?? 0),
    lastNewItemAt: toIso(row["last_new_item_at"]),
  };
}

/** The classification columns of an items row, or null when the item was never classified. */
export function classificationFromRow(row: Row): Classification | null {
  if (row["class_version"] === null || row["class_version"] === undefined) return null;
  return {
    relevant: bool(row["relevant"]),
    sea: bool(row["sea"]),
    topics: json<Topic[]>(row["topics"], []),
    countries: json<string[]>(row["countries"], []),
    urgency: String(row["urgency"]) as Urgency,
    score: Number(row["score"] ?? 0),
    reasons: json<string[]>(row["reasons"], []),
    entities: json<EntityMention[]>(row["entities"], []),
    version: String(row["class_version"]),
  };
}

/** An items row (plus the feeds that carried it) as a StoredItem. */
export function storedItemFromRow(row: Row, feedIds: string[]): StoredItem {
  return {
    id: String(row["id"]),
    feedId: String(row["feed_id"]),
    outlet: String(row["outlet"]),
    url: String(row["url"]),
    link: String(row["link"]),
    guid: strOrNull(row["guid"]),
    title: String(row["title"]),
    summary: String(row["summary"]),
    publishedAt: isoOrThrow(row["published_at"]),
    publishedEstimated: bool(row["published_estimated"]),
    firstSeenAt: isoOrThrow(row["first_seen_at"]),
    language: String(row["language"]),
    classification: classificationFromRow(row),
    storyId: strOrNull(row["story_id"]),
    // The feed that first carried the item leads; the others follow in the order they saw it.
    feedIds: [String(row["feed_id"]), ...feedIds.filter((feedId) => feedId !== String(row["feed_id"]))],
  };
}

/** A subscriptions row as a Subscription. */
export function subscriptionFromRow(row: Row): Subscription {
  return {
    id: String(row["id"]),
    target: String(row["target"]),
    mode: String(row["mode"]) as DeliveryMode,
    // Filters stored before an option existed read as that option's default (issue 16 added languages).
    filter: { ...defaultFilter(), ...json<Partial<SubscriptionFilter>>(row["filter"], {}) },
    schedule: String(row["schedule"]),
    tz: strOrNull(row["tz"]),
    quiet: strOrNull(row["quiet"]),
    createdAt: isoOrThrow(row["created_at"]),
    backfillHours: Number(row["backfill_hours"] ?? 0),
    state: String(row["state"]) as Subscription["state"],
    lastError: strOrNull(row["last_error"]),
    lastDeliveryAt: toIso(row["last_delivery_at"]),
    // Follow-ups are on unless turned off (absent means on), so a subscription reads as it always did.
    ...(row["follow_ups"] === 0 || row["follow_ups"] === false ? { followUps: false } : {}),
  };
}

/** An outbox row as an OutboxRow. */
export function outboxRowFromRow(row: Row): OutboxRow {
  return {
    id: Number(row["id"]),
    subscriptionId: String(row["subscription_id"]),
    storyId: String(row["story_id"]),
    mode: String(row["mode"]) as DeliveryMode,
    state: String(row["state"]) as OutboxState,
    attempts: Number(row["attempts"] ?? 0),
    notBefore: isoOrThrow(row["not_before"]),
    createdAt: isoOrThrow(row["created_at"]),
    sentAt: toIso(row["sent_at"]),
    messageId: strOrNull(row["message_id"]),
    lastError: strOrNull(row["last_error"]),
    // Only when set, so a row of the story's own delivery reads as it always did.
    ...(strOrNull(row["item_id"]) ? { itemId: String(row["item_id"]) } : {}),
    ...(strOrNull(row["channel_id"]) ? { channelId: String(row["channel_id"]) } : {}),
    ...(strOrNull(row["thread_id"]) ? { threadId: String(row["thread_id"]) } : {}),
  };
}

/**
 * Groups items into stories in the order of the ids given: the item whose id is the story id leads (else the
 * earliest), the rest follow oldest first. Items must arrive oldest first. Ids with no items are left out.
 */
export function assembleStories(storyIds: string[], items: StoredItem[]): Story[] {
  const stories: Story[] = [];
  for (const storyId of storyIds) {
    const members = items.filter(
      (item) => item.storyId === storyId || (item.id === storyId && item.storyId === null),
    );
    const lead = members.find((item) => item.id === storyId) ?? members[0];
    if (!lead) continue;
    stories.push({ id: storyId, lead, also: members.filter((item) => item !== lead) });
  }
  return stories;
}

/** Reads a pageItems cursor (the published time and seq of the last item of a page, as the store wrote it). */
export function pageCursor(cursor: string): [string, number] {
  let value: unknown;
  try {
    value = JSON.parse(cursor);
  } catch {
    value = null;
  }
  if (!Array.isArray(value) || typeof value[0] !== "string" || typeof value[1] !== "number") {
    throw new UsageError(
      `page cursor: expected one returned as next by pageItems, got ${JSON.stringify(cursor)}`,
      {
        where: "pageItems",
      },
    );
  }
  return [value[0], value[1]];
}
