/**
 * The feedback marks on each story tracewire posts (issue 20): "Not relevant", "Wrong country" and "Useful"
 * buttons on `slack:` and `discord:` targets, whose value carries the story and the subscription
 * (model/feedback.ts); a link to the story's page in the web archive on webhook targets, which cannot receive
 * clicks. Also the line a message gains once someone clicked ("marked not relevant by Dara"), with the name
 * as plain text that can never ping. Pure: renderers call these through their per-story hooks.
 */
import {
  FEEDBACK_KINDS,
  FEEDBACK_LABELS,
  FEEDBACK_PHRASES,
  type FeedbackKind,
  type FeedbackRef,
  formatFeedbackRef,
} from "../model/feedback.js";
import type { Target } from "../model/subscription.js";
import type { DiscordActionRow } from "./discord-types.js";
import { fitRaw } from "./limits.js";
import { neutraliseDiscordText, neutraliseSlackText } from "./no-ping.js";
import { mrkdwn, plainText, type SlackBlock } from "./slack-types.js";

/** Slack's action_id prefix; the kind follows (`tracewire_feedback_not_relevant`). */
export const SLACK_FEEDBACK_ACTION = "tracewire_feedback_";
/** Discord's custom_id prefix: `twfb:<kind>:<ref>` (≤ 100 characters: the ref is at most 129, kept ≤ 80). */
export const DISCORD_FEEDBACK_PREFIX = "twfb:";
/** Each Slack actions block's id starts so; the ref follows, so block ids are unique within a message. */
export const SLACK_FEEDBACK_BLOCK = "tracewire_feedback:";
/** The block that shows who marked the story, right after its buttons. */
export const SLACK_FEEDBACK_NOTE_BLOCK = "tracewire_feedback_note:";

/** The three buttons under one Slack story. */
export function slackFeedbackBlock(ref: FeedbackRef): SlackBlock {
  const value = formatFeedbackRef(ref);
  return {
    type: "actions",
    block_id: `${SLACK_FEEDBACK_BLOCK}${value}`,
    elements: FEEDBACK_KINDS.map((kind) => ({
      type: "button" as const,
      action_id: `${SLACK_FEEDBACK_ACTION}${kind}`,
      text: plainText(FEEDBACK_LABELS[kind]),
      value,
      ...(kind === "useful" ? { style: "primary" as const } : {}),
    })),
  };
}

/** The three buttons for one Discord story; `number` (the story's place in a digest message) prefixes labels. */
export function discordFeedbackRow(ref: FeedbackRef, number?: number): DiscordActionRow {
  const prefix = number === undefined ? "" : `#${number} `;
  return {
    type: 1,
    components: FEEDBACK_KINDS.map((kind) => ({
      type: 2 as const,
      style: kind === "not_relevant" ? (4 as const) : kind === "useful" ? (3 as const) : (2 as const),
      label: `${prefix}${FEEDBACK_LABELS[kind]}`,
      custom_id: discordFeedbackId(kind, ref),
    })),
  };
}

/** `twfb:not_relevant:sub_1a2b3c4d.0123…`. */
export function discordFeedbackId(kind: FeedbackKind, ref: FeedbackRef): string {
  return `${DISCORD_FEEDBACK_PREFIX}${kind}:${formatFeedbackRef(ref)}`;
}

/** What each story of a Slack message carries after its own blocks (nothing on the console). */
export type SlackStoryTail = (storyId: string) => SlackBlock[];

/** What each story of a Discord message carries: a button row (bot targets). */
export interface DiscordStoryFeedback {
  row?: (storyId: string, number?: number) => DiscordActionRow;
}

/**
 * Where feedback marks go for one subscription: buttons carry its id. Webhook targets cannot receive clicks;
 * the link every story carries to its archive page (TRACEWIRE_PUBLIC_URL) is where their readers go instead.
 */
export interface FeedbackMarks {
  subscriptionId: string;
}

/** The Slack per-story tail for a target: buttons on `slack:`, nothing elsewhere. */
export function slackStoryTail(target: Target, marks: FeedbackMarks): SlackStoryTail | undefined {
  if (target.kind === "slack") {
    return (storyId) => [slackFeedbackBlock({ subscriptionId: marks.subscriptionId, storyId })];
  }
  return undefined;
}

/** The Discord per-story feedback for a target: buttons on `discord:`, nothing elsewhere. */
export function discordStoryFeedback(target: Target, marks: FeedbackMarks): DiscordStoryFeedback | undefined {
  if (target.kind === "discord") {
    return {
      row: (storyId, number) => discordFeedbackRow({ subscriptionId: marks.subscriptionId, storyId }, number),
    };
  }
  return undefined;
}

/** "Marked not relevant by Dara" / "Dara took back "not relevant"": the name cut and made harmless. */
export function feedbackNote(kind: FeedbackKind, added: boolean, userName: string): string {
  const name = fitRaw(userName.trim() || "someone", 80, (s) => s);
  return added
    ? `Marked ${FEEDBACK_PHRASES[kind]} by ${name}`
    : `${name} took back the mark "${FEEDBACK_PHRASES[kind]}"`;
}

/** The note as a Slack context block tied to the story's buttons (escaped, verbatim: no ping can form). */
export function slackFeedbackNoteBlock(ref: FeedbackRef, note: string): SlackBlock {
  return {
    type: "context",
    block_id: `${SLACK_FEEDBACK_NOTE_BLOCK}${formatFeedbackRef(ref)}`,
    elements: [mrkdwn(neutraliseSlackText(note))],
  };
}

/** The note as a Discord content line (neutralised: no mention can form). */
export function discordFeedbackNote(note: string): string {
  return neutraliseDiscordText(note);
}
