/**
 * The feedback part of the Postgres store: clicks on the buttons of alerts and digests (see store.ts for the
 * contract). A click and its take-back are one transaction; the unique key settles two clicks at once.
 */
import type { Feedback, FeedbackKind, NewFeedback } from "../../model/feedback.js";
import { countsByKind, FEEDBACK_COLUMNS, feedbackFromRow } from "../feedback-row.js";
import { clampLimit, queryTime } from "../schema.js";
import type { FeedbackQuery, FeedbackStore } from "../store.js";
import type { PgRunner } from "./pg-runner.js";

/** Feedback clicks, through one PgRunner. */
export class PgFeedback implements FeedbackStore {
  constructor(private readonly db: PgRunner) {}

  toggleFeedback(entry: NewFeedback): Promise<{ added: boolean; feedback: Feedback }> {
    return this.db.write(async (query) => {
      const take = () =>
        query(
          `DELETE FROM feedback WHERE platform = $1 AND user_id = $2 AND story_id = $3 AND kind = $4
           RETURNING ${FEEDBACK_COLUMNS}`,
          [entry.platform, entry.userId, entry.storyId, entry.kind],
        );
      const taken = await take();
      if (taken[0]) return { added: false, feedback: feedbackFromRow(taken[0]) };
      const added = await query(
        `INSERT INTO feedback (story_id, item_id, subscription_id, channel, platform, user_id, kind,
           class_version, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (platform, user_id, story_id, kind) DO NOTHING RETURNING ${FEEDBACK_COLUMNS}`,
        [
          entry.storyId,
          entry.itemId,
          entry.subscriptionId,
          entry.channel,
          entry.platform,
          entry.userId,
          entry.kind,
          entry.classifierVersion,
          new Date(entry.createdAt),
        ],
      );
      if (added[0]) return { added: true, feedback: feedbackFromRow(added[0]) };
      // A concurrent identical click committed first: this one takes it back, as a second click does.
      const late = await take();
      return { added: false, feedback: feedbackFromRow(late[0]!) };
    });
  }

  async listFeedback(query: FeedbackQuery = {}): Promise<Feedback[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace("?", `$${params.length}`));
    };
    if (query.since !== undefined) add("created_at >= ?", new Date(queryTime("since", query.since)));
    if (query.subscriptionId !== undefined) add("subscription_id = ?", query.subscriptionId);
    if (query.channel !== undefined) add("channel = ?", query.channel);
    params.push(clampLimit(query.limit, 10_000));
    const rows = await this.db.read((q) =>
      q(
        `SELECT ${FEEDBACK_COLUMNS} FROM feedback ${where.length ? `WHERE ${where.join(" AND ")}` : ""}
         ORDER BY created_at, id LIMIT $${params.length}`,
        params,
      ),
    );
    return rows.map(feedbackFromRow);
  }

  async removeFeedback(id: number): Promise<Feedback | null> {
    const rows = await this.db.write((q) =>
      q(`DELETE FROM feedback WHERE id = $1 RETURNING ${FEEDBACK_COLUMNS}`, [id]),
    );
    return rows[0] ? feedbackFromRow(rows[0]) : null;
  }

  async forgetFeedbackUser(userId: string): Promise<number> {
    const rows = await this.db.write((q) =>
      q("DELETE FROM feedback WHERE user_id = $1 RETURNING id", [userId]),
    );
    return rows.length;
  }

  async isMarkedNotRelevant(subscriptionId: string, storyId: string): Promise<boolean> {
    const rows = await this.db.read((q) =>
      q(
        "SELECT 1 FROM feedback WHERE subscription_id = $1 AND story_id = $2 AND kind = 'not_relevant' LIMIT 1",
        [subscriptionId, storyId],
      ),
    );
    return rows.length > 0;
  }

  async countFeedbackByKind(): Promise<Record<FeedbackKind, number>> {
    return countsByKind(
      await this.db.read((q) => q("SELECT kind, count(*) AS n FROM feedback GROUP BY kind")),
    );
  }
}
