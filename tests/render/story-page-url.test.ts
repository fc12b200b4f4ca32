import { describe, expect, it } from "vitest";
import type { Story } from "../../src/model/story.js";
import { renderDiscordAlert } from "../../src/render/discord-embeds.js";
import { renderSlackAlert } from "../../src/render/slack-blocks.js";
import { renderTerminalAlert } from "../../src/render/terminal.js";
import { buildClassification, buildItem } from "../support/build-item.js";

const lead = {
  ...buildItem(3),
  classification: buildClassification(),
  storyId: null,
  feedIds: ["test-feed"],
};
const story: Story = { id: lead.id, lead, also: [] };
const now = new Date("2025-06-01T12:00:00Z");
const page = `https://archive.example.org/stories/${lead.id}`;

describe("chat messages link each story to its page in the web archive", () => {
  it.each([
    [
      "Slack",
      (publicUrl?: string) =>
        JSON.stringify(
          renderSlackAlert(story, { now, timeZone: "UTC", ...(publicUrl ? { publicUrl } : {}) }),
        ),
    ],
    [
      "Discord",
      (publicUrl?: string) =>
        JSON.stringify(
          renderDiscordAlert(story, { now, timeZone: "UTC", ...(publicUrl ? { publicUrl } : {}) }),
        ),
    ],
    [
      "the terminal",
      (publicUrl?: string) =>
        renderTerminalAlert(story, {
          now,
          timeZone: "UTC",
          color: false,
          ...(publicUrl ? { publicUrl } : {}),
        }),
    ],
  ])("%s: with TRACEWIRE_PUBLIC_URL set, and not without it", (_name, render) => {
    expect(render("https://archive.example.org/")).toContain(page);
    expect(render()).not.toContain("/stories/");
    expect(render()).not.toContain("archive");
  });
});
