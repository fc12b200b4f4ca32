/**
 * Clicks on the feedback buttons of Slack messages (block_actions, in HTTP mode and over Socket Mode alike):
 * acknowledged at once (Slack's 3 s), then stored through recordFeedback and shown on the message, replaced
 * on its response_url with the clicker's name as escaped text under the story's buttons. A click that cannot
 * count is answered ephemerally with the reason.
 */
import type { App } from "@slack/bolt";
import { type FeedbackOutcome, recordFeedback } from "../../commands/record-feedback.js";
import { describeError } from "../../errors.js";
import { formatFeedbackRef } from "../../model/feedback.js";
import {
  feedbackNote,
  SLACK_FEEDBACK_ACTION,
  SLACK_FEEDBACK_BLOCK,
  SLACK_FEEDBACK_NOTE_BLOCK,
  slackFeedbackNoteBlock,
} from "../../render/feedback-buttons.js";
import { LIMITS } from "../../render/limits.js";
import type { BotContext } from "../run-command.js";
import { readBlockAction, type SlackFeedbackAction } from "./read-block-action.js";

export interface SlackFeedbackOptions {
  now: () => Date;
  /** Whether a response_url may be posted to (hooks.slack.com, or a loopback stand-in in tests). */
  isResponseUrl: (url: string | undefined) => boolean;
  /** Told of each mark kept (the worker's /metrics). */
  onFeedback?: ((outcome: FeedbackOutcome) => void) | undefined;
}

/** Listens for tracewire's feedback buttons on `app`. */
export function listenForFeedback(app: App, ctx: BotContext, options: SlackFeedbackOptions): void {
  app.action(new RegExp(`^${SLACK_FEEDBACK_ACTION}`), async ({ ack, body, respond }) => {
    await ack();
    const click = readBlockAction(body);
    if ("problem" in click) {
      ctx.logger.warn({ platform: "slack" }, `feedback click ignored: ${click.problem}`);
      return;
    }
    const outcome = await recordFeedback(
      { store: ctx.store, now: options.now },
      {
        platform: "slack",
        channelId: click.channelId,
        userId: click.userId,
        kind: click.kind,
        ref: click.ref,
      },
    ).catch((error: unknown) => ({
      recorded: false as const,
      problem: `the feedback could not be kept: ${describeError(error)}`,
    }));
    ctx.logger.info(
      {
        platform: "slack",
        platform_user: click.userId,
        channel: `slack:${click.channelId}`,
        kind: click.kind,
      },
      outcome.recorded
        ? `feedback ${outcome.added ? "kept" : "taken back"}`
        : `feedback refused: ${outcome.problem}`,
    );
    if (outcome.recorded) options.onFeedback?.(outcome);
    if (!options.isResponseUrl(click.responseUrl ?? undefined)) {
      ctx.logger.warn(
        { platform: "slack" },
        "feedback: response_url is not on hooks.slack.com; message not updated",
      );
      return;
    }
    try {
      if (!outcome.recorded) {
        await respond({ response_type: "ephemeral", replace_original: false, text: outcome.problem });
        return;
      }
      const note = feedbackNote(outcome.kind, outcome.added, click.userName);
      const blocks = markedBlocks(click, note);
      if (blocks.length > LIMITS.slack.blocksPerMessage) {
        // A full digest message has no room for the note: the mark is kept and told to the clicker only.
        await respond({ response_type: "ephemeral", replace_original: false, text: note });
        return;
      }
      await respond({ replace_original: true, text: click.text || note, blocks: blocks as never });
    } catch (error) {
      ctx.logger.warn(
        { platform: "slack", err: error },
        `feedback: the message could not be updated: ${describeError(error)}`,
      );
    }
  });
}

/** The message's blocks with this story's note (after its buttons) replaced by the new one. */
export function markedBlocks(click: SlackFeedbackAction, note: string): unknown[] {
  const value = formatFeedbackRef(click.ref);
  const noteId = `${SLACK_FEEDBACK_NOTE_BLOCK}${value}`;
  const blocks = click.blocks.filter((block) => blockId(block) !== noteId);
  const at = blocks.findIndex((block) => blockId(block) === `${SLACK_FEEDBACK_BLOCK}${value}`);
  const noteBlock = slackFeedbackNoteBlock(click.ref, note);
  if (at === -1) return [...blocks, noteBlock];
  return [...blocks.slice(0, at + 1), noteBlock, ...blocks.slice(at + 1)];
}

function blockId(block: unknown): string | undefined {
  const id = (block as { block_id?: unknown } | null)?.block_id;
  return typeof id === "string" ? id : undefined;
}
