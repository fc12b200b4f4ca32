import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { StoredItem } from "../../src/model/item.js";
import { renderDiscordAlert } from "../../src/render/discord-embeds.js";
import { renderSlackAlert } from "../../src/render/slack-blocks.js";
import { renderTerminalAlert } from "../../src/render/terminal.js";
import { itemFromHeadline, publishedBefore, readHeadlines, storyOf } from "./build-digest.js";

const now = new Date("2026-12-05T03:00:00Z");
const timeZone = "Asia/Bangkok";

/** The first headline of a development set, as published, on an item in that language. */
function itemIn(language: string): StoredItem {
  const line = readFileSync(
    join(import.meta.dirname, `../fixtures/headlines/lang/${language}-dev.jsonl`),
    "utf8",
  )
    .split("\n")
    .find((l) => l.trim() !== "");
  const row = JSON.parse(line ?? "{}") as { title: string; summary?: string };
  const base = publishedBefore(itemFromHeadline(readHeadlines()[4]!, 0), 1, now);
  return { ...base, title: row.title, summary: row.summary ?? "", language };
}

function slackText(item: StoredItem): string {
  return JSON.stringify(renderSlackAlert(storyOf("s1", item), { now, timeZone }).blocks);
}

describe("a headline in another language than English carries its language code (issue 16)", () => {
  it.each(["th", "zh", "km"])(
    "shows [%s] before the headline as published in Slack, Discord and the terminal",
    (language) => {
      const item = itemIn(language);
      expect(slackText(item)).toContain(`[${language}] *`);
      expect(slackText(item)).toContain(item.title.slice(0, 10));
      const embed = renderDiscordAlert(storyOf("s1", item), { now, timeZone }).embeds?.[0];
      expect(embed?.title).toMatch(new RegExp(`^(🔴 )?\\[${language}\\] `));
      expect(embed?.title).toContain(item.title.slice(0, 10));
      expect(renderTerminalAlert(storyOf("s1", item), { now, timeZone, color: false })).toContain(
        `[${language}] ${item.title.slice(0, 10)}`,
      );
    },
  );

  it("shows no code before an English headline", () => {
    const item = publishedBefore(itemFromHeadline(readHeadlines()[4]!, 0), 1, now);
    expect(slackText(item)).not.toMatch(/\[[a-z]{2,3}\] \*/);
    expect(renderDiscordAlert(storyOf("s1", item), { now, timeZone }).embeds?.[0]?.title).not.toMatch(
      /\[[a-z]{2}\]/,
    );
  });
});
