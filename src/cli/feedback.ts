/**
 * `tracewire feedback`: what the channels said about the stories tracewire posted (issue 20) — precision by
 * subscription, outlet, topic, language and classifier version; `undo ID` removes one click (an admin's
 * correction); `forget USER_ID` removes a person's clicks; `export` writes them as labelled JSON lines.
 */
import {
  describeFigure,
  FIGURE_DIMENSIONS,
  feedbackFigures,
  feedbackLabelledLines,
} from "../commands/feedback-figures.js";
import { UsageError } from "../errors.js";
import { say, withContext } from "./with-context.js";

const HEADINGS: Record<(typeof FIGURE_DIMENSIONS)[number], string> = {
  subscription: "By subscription",
  outlet: "By outlet",
  topic: "By topic",
  language: "By language",
  classifier: "By classifier version",
};

/** Prints the figures (or JSON with --json). */
export async function feedbackVerb(options: { since?: string; json?: boolean }): Promise<void> {
  await withContext(
    async (ctx) => {
      const result = await feedbackFigures(
        { store: ctx.store },
        options.since === undefined ? {} : { since: options.since },
      );
      if (options.json) {
        say(JSON.stringify({ ...result, feedback: await ctx.store.listFeedback(sinceOf(options)) }, null, 2));
        return;
      }
      if (result.clicks === 0) {
        say("No feedback yet: nobody has clicked Not relevant, Wrong country or Useful on a message.");
        return;
      }
      say(`${result.clicks} feedback clicks${options.since ? ` since ${options.since}` : ""}`);
      for (const dimension of FIGURE_DIMENSIONS) {
        say(`\n${HEADINGS[dimension]}:`);
        for (const figure of result.figures.filter((f) => f.dimension === dimension)) {
          say(`  ${describeFigure(figure)}`);
        }
      }
    },
    { loadFeeds: false },
  );
}

/** Removes one click by id. */
export async function feedbackUndoVerb(id: string): Promise<void> {
  if (!/^\d{1,15}$/.test(id)) {
    throw new UsageError(
      `feedback undo: expected a click id (a number from tracewire feedback --json), got ${JSON.stringify(id.slice(0, 40))}`,
      {
        where: "feedback undo",
      },
    );
  }
  await withContext(
    async (ctx) => {
      const removed = await ctx.store.removeFeedback(Number(id));
      if (!removed) {
        throw new UsageError(`feedback undo: there is no click ${id}`, {
          where: "feedback undo",
          hint: "tracewire feedback --json lists the clicks with their ids",
        });
      }
      say(
        `Removed click ${id}: ${removed.kind.replace("_", " ")} on story ${removed.storyId} in ${removed.channel}`,
      );
    },
    { loadFeeds: false },
  );
}

/** Removes every click by one platform user id. */
export async function feedbackForgetVerb(userId: string): Promise<void> {
  if (!/^[A-Za-z0-9]{1,40}$/.test(userId)) {
    throw new UsageError(
      `feedback forget: expected a Slack or Discord user id, got ${JSON.stringify(userId.slice(0, 40))}`,
      {
        where: "feedback forget",
      },
    );
  }
  await withContext(
    async (ctx) => {
      const removed = await ctx.store.forgetFeedbackUser(userId);
      say(`Removed ${removed} feedback ${removed === 1 ? "click" : "clicks"} by ${userId}`);
    },
    { loadFeeds: false },
  );
}

/** Writes the clicks as labelled JSON lines. */
export async function feedbackExportVerb(options: { since?: string }): Promise<void> {
  await withContext(
    async (ctx) => {
      const lines = await feedbackLabelledLines({ store: ctx.store }, sinceOf(options));
      process.stdout.write(lines.map((line) => `${line}\n`).join(""));
    },
    { loadFeeds: false },
  );
}

function sinceOf(options: { since?: string }): { since?: string } {
  return options.since === undefined ? {} : { since: options.since };
}
