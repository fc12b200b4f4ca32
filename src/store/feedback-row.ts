/** How a feedback row becomes a Feedback, for both stores (SQLite text, Postgres Date and bigint-as-string). */
import {
  FEEDBACK_KINDS,
  type Feedback,
  type FeedbackKind,
  type FeedbackPlatform,
} from "../model/feedback.js";
import { type Row, toIso } from "./schema.js";

/** The columns of the feedback table, in the order the stores select them. */
export const FEEDBACK_COLUMNS =
  "id, story_id, item_id, subscription_id, channel, platform, user_id, kind, class_version, created_at";

/** A feedback row as a Feedback. */
export function feedbackFromRow(row: Row): Feedback {
  return {
    id: Number(row["id"]),
    storyId: String(row["story_id"]),
    itemId: String(row["item_id"]),
    subscriptionId: String(row["subscription_id"]),
    channel: String(row["channel"]),
    platform: String(row["platform"]) as FeedbackPlatform,
    userId: String(row["user_id"]),
    kind: String(row["kind"]) as FeedbackKind,
    classifierVersion: row["class_version"] === null ? null : String(row["class_version"]),
    createdAt: toIso(row["created_at"]) ?? "",
  };
}

/** Counts per kind, every kind present. */
export function countsByKind(rows: Row[]): Record<FeedbackKind, number> {
  const counts = Object.fromEntries(FEEDBACK_KINDS.map((kind) => [kind, 0])) as Record<FeedbackKind, number>;
  for (const row of rows) {
    const kind = String(row["kind"]) as FeedbackKind;
    if (kind in counts) counts[kind] = Number(row["n"]);
  }
  return counts;
}
