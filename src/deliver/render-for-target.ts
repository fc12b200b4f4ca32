/** Picks the renderer for a target's platform: Slack Block Kit, Discord embeds or terminal text. */
import type { Digest, Story } from "../model/story.js";
import type { Target } from "../model/subscription.js";
import { renderDiscordAlert, renderDiscordDigest } from "../render/discord-embeds.js";
import { renderSlackAlert, renderSlackDigest } from "../render/slack-blocks.js";
import { renderTerminalAlert, renderTerminalDigest } from "../render/terminal.js";
import type { PlatformMessage } from "./platform.js";

export interface RenderContext {
  now: Date;
  /** The subscription's IANA zone (or the process's when it has none): the reader's clock. */
  timeZone: string;
  color: boolean;
}

/** One alert message for a story. */
export function renderAlertFor(target: Target, story: Story, context: RenderContext): PlatformMessage {
  switch (target.kind) {
    case "slack":
    case "slack-webhook":
      return { slack: renderSlackAlert(story, { now: context.now, timeZone: context.timeZone }) };
    case "discord":
    case "discord-webhook":
      return { discord: renderDiscordAlert(story, { now: context.now, timeZone: context.timeZone }) };
    case "console":
      return {
        terminal: renderTerminalAlert(story, {
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
      return renderSlackDigest(digest, { now: context.now, timeZone: context.timeZone }).map((slack) => ({
        slack,
      }));
    case "discord":
    case "discord-webhook":
      return renderDiscordDigest(digest, { now: context.now, timeZone: context.timeZone }).map((discord) => ({
        discord,
      }));
    case "console":
      return [
        {
          terminal: renderTerminalDigest(digest, {
            now: context.now,
            timeZone: context.timeZone,
            color: context.color,
          }),
        },
      ];
  }
}
