/**
 * The "Breaking" label follows freshness, not the classifier alone (issue 14.5): a story classified breaking
 * but published 8 hours ago reads as new news on every platform; one published an hour ago reads as breaking.
 */
import { describe, expect, it } from "vitest";
import { renderDiscordAlert, renderDiscordDigest } from "../../src/render/discord-embeds.js";
import { URGENCY_COLOURS } from "../../src/render/discord-story.js";
import { renderSlackAlert, renderSlackDigest } from "../../src/render/slack-blocks.js";
import type { SlackMessage } from "../../src/render/slack-types.js";
import { renderTerminalAlert, renderTerminalDigest } from "../../src/render/terminal.js";
import { buildDigest, itemFromHeadline, publishedBefore, readHeadlines, storyOf } from "./build-digest.js";

const now = new Date("2026-11-25T08:00:00Z");
const timeZone = "Asia/Bangkok";

function breakingStory(hoursOld: number) {
  const h = readHeadlines()[0]!;
  return storyOf("s1", publishedBefore(itemFromHeadline(h, 0, "breaking"), hoursOld, now));
}

function digestOf(hoursOld: number) {
  return { ...buildDigest(0), stories: [breakingStory(hoursOld)] };
}

function slackText(msg: SlackMessage): string {
  return JSON.stringify(msg.blocks) + msg.text;
}

describe("a story classified breaking", () => {
  it("published 8 hours ago is not labelled Breaking on Slack", () => {
    const alert = renderSlackAlert(breakingStory(8), { now, timeZone });
    expect(slackText(alert)).not.toContain("Breaking");
    expect(slackText(alert)).not.toContain("🔴");
    const [digest] = renderSlackDigest(digestOf(8), { now, timeZone });
    expect(slackText(digest!)).not.toContain("🔴");
  });

  it("published 1 hour ago is labelled Breaking on Slack", () => {
    const alert = renderSlackAlert(breakingStory(1), { now, timeZone });
    const head = alert.blocks[0];
    expect(head?.type === "header" && head.text.text.startsWith("🔴 Breaking")).toBe(true);
    const [digest] = renderSlackDigest(digestOf(1), { now, timeZone });
    expect(slackText(digest!)).toContain("🔴");
  });

  it("published 8 hours ago is neither labelled Breaking nor red on Discord", () => {
    const alert = renderDiscordAlert(breakingStory(8), { now, timeZone });
    expect(alert.content).not.toContain("Breaking");
    expect(alert.embeds[0]?.color).not.toBe(URGENCY_COLOURS.breaking);
    expect(alert.embeds[0]?.title).not.toContain("🔴");
    const [digest] = renderDiscordDigest(digestOf(8), { now, timeZone });
    expect(digest!.embeds[0]?.color).not.toBe(URGENCY_COLOURS.breaking);
    expect(digest!.embeds[0]?.title).not.toContain("🔴");
  });

  it("published 1 hour ago is labelled Breaking and red on Discord", () => {
    const alert = renderDiscordAlert(breakingStory(1), { now, timeZone });
    expect(alert.content).toBe("**🔴 Breaking**");
    expect(alert.embeds[0]?.color).toBe(URGENCY_COLOURS.breaking);
    const [digest] = renderDiscordDigest(digestOf(1), { now, timeZone });
    expect(digest!.embeds[0]?.color).toBe(URGENCY_COLOURS.breaking);
    expect(digest!.embeds[0]?.title?.startsWith("🔴 ")).toBe(true);
  });

  it("published 8 hours ago is not labelled Breaking in the terminal", () => {
    const options = { now, timeZone, color: false };
    const alert = renderTerminalAlert(breakingStory(8), options);
    expect(alert).not.toMatch(/breaking/i);
    expect(renderTerminalDigest(digestOf(8), options)).not.toContain("BREAKING");
  });

  it("published 1 hour ago is labelled Breaking in the terminal", () => {
    const options = { now, timeZone, color: false };
    const alert = renderTerminalAlert(breakingStory(1), options);
    expect(alert.split("\n")[0]).toBe("🔴 Breaking");
    expect(renderTerminalDigest(digestOf(1), options)).toContain("BREAKING ");
  });
});
