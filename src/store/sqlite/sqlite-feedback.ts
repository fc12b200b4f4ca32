/**
 * The feedback part of the SQLite store: clicks on the buttons of alerts and digests (see store.ts for the
 * contract). A click and its take-back are one immediate transaction, so two processes never both add one.
 */
import type { Feedback, FeedbackKind, NewFeedback } from "../../model/feedback.js";
import { countsByKind, FEEDBACK_COLUMNS, feedbackFromRow } from "../feedback-row.js";
import { clampLimit, queryTime, type Row } from "../schema.js";
import type { FeedbackQuery, FeedbackStore } from "../store.js";
import type { SqliteConnection } from "./sqlite-connection.js";

/** Feedback clicks, on one SQLite connection. */
export class SqliteFeedback implements FeedbackStore {
  constructor(private readonly c: SqliteConnection) {}

  toggleFeedback(entry: NewFeedback): Promise<{ added: boolean; feedback: Feedback }> {
    return this.c.run(() =>
      this.c.db
        .transaction(() => {
          const taken = this.c
            .stmt(
              `DELETE FROM feedback WHERE platform = ? AND user_id = ? AND story_id = ? AND kind = ?
               RETURNING ${FEEDBACK_COLUMNS}`,
            )
            .get(entry.platform, entry.userId, entry.storyId, entry.kind) as Row | undefined;
          if (taken) return { added: false, feedback: feedbackFromRow(taken) };
          const added = this.c
            .stmt(
              `INSERT INTO feedback (story_id, item_id, subscription_id, channel, platform, user_id, kind,
                 class_version, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING ${FEEDBACK_COLUMNS}`,
            )
            .get(
              entry.storyId,
              entry.itemId,
              entry.subscriptionId,
              entry.channel,
              entry.platform,
              entry.userId,
              entry.kind,
              entry.classifierVersion,
              entry.createdAt,
            ) as Row;
          return { added: true, feedback: feedbackFromRow(added) };
        })
        .immediate(),
    );
  }

  listFeedback(query: FeedbackQuery = {}): Promise<Feedback[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.since !== undefined) {
      where.push("created_at >= ?");
      params.push(queryTime("since", query.since));
    }
    if (query.subscriptionId !== undefined) {
      where.push("subscription_id = ?");
      params.push(query.subscriptionId);
    }
    if (query.channel !== undefined) {
      where.push("channel = ?");
      params.push(query.channel);
    }
    const sql = `SELECT ${FEEDBACK_COLUMNS} FROM feedback ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
      ORDER BY created_at, id LIMIT ?`;
    return this.c.run(() =>
      (this.c.stmt(sql).all(...params, clampLimit(query.limit, 10_000)) as Row[]).map(feedbackFromRow),
    );
  }

  removeFeedback(id: number): Promise<Feedback | null> {
    return this.c.run(() => {
      const row = this.c.stmt(`DELETE FROM feedback WHERE id = ? RETURNING ${FEEDBACK_COLUMNS}`).get(id) as
        | Row
        | undefined;
      return row ? feedbackFromRow(row) : null;
    });
  }

  forgetFeedbackUser(userId: string): Promise<number> {
    return this.c.run(() => this.c.stmt("DELETE FROM feedback WHERE user_id = ?").run(userId).changes);
  }

  isMarkedNotRelevant(subscriptionId: string, storyId: string): Promise<boolean> {
    return this.c.run(
      () =>
        this.c
          .stmt(
            "SELECT 1 FROM feedback WHERE subscription_id = ? AND story_id = ? AND kind = 'not_relevant' LIMIT 1",
          )
          .get(subscriptionId, storyId) !== undefined,
    );
  }

  countFeedbackByKind(): Promise<Record<FeedbackKind, number>> {
    return this.c.run(() =>
      countsByKind(this.c.stmt("SELECT kind, count(*) AS n FROM feedback GROUP BY kind").all() as Row[]),
    );
  }
}
