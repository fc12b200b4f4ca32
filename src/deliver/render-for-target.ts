/** Picks the renderer for a target's platform: Slack Block Kit, Discord embeds or terminal text. */
import type { StoredItem } from "../model/item.js";
import type { Digest, Story } from "../model/story.js";
import type { Target } from "../model/subscription.js";
import { renderDiscordAlert, renderDiscordDigest } from "../render/discord-embeds.js";
import { discordStoryFeedback, type FeedbackMarks, slackStoryTail } from "../render/feedback-buttons.js";
import { renderDiscordUpdate, renderSlackUpdate, renderTerminalUpdate } from "../render/follow-up.js";
import { renderSlackAlert, renderSlackDigest } from "../render/slack-blocks.js";
import { renderTerminalAlert, renderTerminalDigest } from "../render/terminal.js";
import type { PlatformMessage } from "./platform.js";

export interface RenderContext {
  now: Date;
  /** The subscription's IANA zone (or the process's when it has none): the reader's clock. */
  timeZone: string;
  color: boolean;
  /** A digest's title instead of the default "Tracewire digest · date" (an alert backfill summary, a test). */
  title?: string;
  /** Feedback buttons (slack:, discord:) or story-page links (webhooks) on every story; none when absent. */
  feedback?: FeedbackMarks | undefined;
  /** TRACEWIRE_PUBLIC_URL: each story links to its page in the web archive. */
  publicUrl?: string | undefined;
}

/** One alert message for a story. */
export function renderAlertFor(target: Target, story: Story, context: RenderContext): PlatformMessage {
  switch (target.kind) {
    case "slack":
    case "slack-webhook":
      return {
        slack: renderSlackAlert(story, { ...untitled(context), storyTail: slackTail(target, context) }),
      };
    case "discord":
    case "discord-webhook":
      return {
        discord: renderDiscordAlert(story, {
          ...untitled(context),
          feedback: discordFeedback(target, context),
        }),
      };
    case "console":
      return {
        terminal: renderTerminalAlert(story, {
          ...linked(context),
          now: context.now,
          timeZone: context.timeZone,
          color: context.color,
        }),
      };
  }
}

/** The messages of a digest, in order, split within the platform's limits. */
export function renderDigestFor(target: Target, digest: Digest, context: RenderContext): PlatformMessage[] {
  switch (target.kind) {
    case "slack":
    case "slack-webhook":
      return renderSlackDigest(digest, { ...titled(context), storyTail: slackTail(target, context) }).map(
        (slack) => ({ slack }),
      );
    case "discord":
    case "discord-webhook":
      return renderDiscordDigest(digest, {
        ...titled(context),
        feedback: discordFeedback(target, context),
      }).map((discord) => ({ discord }));
    case "console":
      return [{ terminal: renderTerminalDigest(digest, { ...titled(context), color: context.color }) }];
  }
}

function slackTail(target: Target, context: RenderContext) {
  return context.feedback ? slackStoryTail(target, context.feedback) : undefined;
}

function discordFeedback(target: Target, context: RenderContext) {
  return context.feedback ? discordStoryFeedback(target, context.feedback) : undefined;
}

/** What every story message needs: the reader's clock and the public URL. */
function untitled(context: RenderContext): { now: Date; timeZone: string; publicUrl?: string } {
  return { ...linked(context), now: context.now, timeZone: context.timeZone };
}

/** The public URL option, when there is one. */
function linked(context: RenderContext): { publicUrl?: string } {
  return context.publicUrl ? { publicUrl: context.publicUrl } : {};
}

function titled(context: RenderContext): { now: Date; timeZone: string; title?: string; publicUrl?: string } {
  const base = { ...linked(context), now: context.now, timeZone: context.timeZone };
  return context.title === undefined ? base : { ...base, title: context.title };
}

/** A fixed plain-text notice (no feed text in it: nothing to escape) as one message for the target's platform. */
export function renderNoticeFor(target: Target, text: string): PlatformMessage {
  switch (target.kind) {
    case "slack":
    case "slack-webhook":
      return { slack: { text, blocks: [{ type: "section", text: { type: "plain_text", text } }] } };
    case "discord":
    case "discord-webhook":
      return { discord: { content: text, embeds: [] } };
    case "console":
      return { terminal: `${text}\n` };
  }
}

/** A follow-up in an alert's thread: the new report as an alert of its own, headed "Follow-up". */
export function renderFollowUpFor(
  target: Target,
  story: Story,
  report: StoredItem,
  context: RenderContext,
): PlatformMessage {
  const reply: Story = { id: story.id, lead: report, also: [] };
  switch (target.kind) {
    case "slack":
    case "slack-webhook":
      return {
        slack: renderSlackAlert(reply, { now: context.now, timeZone: context.timeZone, title: "Follow-up" }),
      };
    case "discord":
    case "discord-webhook":
      return {
        discord: renderDiscordAlert(reply, {
          now: context.now,
          timeZone: context.timeZone,
          title: "Follow-up",
        }),
      };
    case "console":
      return { terminal: `  ↳ ${renderTerminalUpdate(story, [report])}` };
  }
}

/** The one update line for a story's new reports, for targets that cannot thread (webhooks). */
export function renderUpdateFor(
  target: Target,
  story: Story,
  reports: readonly StoredItem[],
): PlatformMessage {
  switch (target.kind) {
    case "slack":
    case "slack-webhook":
      return { slack: renderSlackUpdate(story, reports) };
    case "discord":
    case "discord-webhook":
      return { discord: renderDiscordUpdate(story, reports) };
    case "console":
      return { terminal: renderTerminalUpdate(story, reports) };
  }
}
