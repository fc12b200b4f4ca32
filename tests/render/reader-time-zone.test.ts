/**
 * Every renderer writes times in the reader's zone (issue 14.6): a Bangkok subscription's digest generated at
 * 20:25 UTC on 4 Dec is dated 5 Dec, 03:25 ICT, on Slack, Discord and the console alike.
 */
import { describe, expect, it } from "vitest";
import { renderDiscordDigest, renderDiscordItemList } from "../../src/render/discord-embeds.js";
import { renderSlackAlert, renderSlackDigest } from "../../src/render/slack-blocks.js";
import { renderTerminalDigest, renderTerminalItemList } from "../../src/render/terminal.js";
import { buildDigest, itemFromHeadline, readHeadlines, storyOf } from "./build-digest.js";

const now = new Date("2026-12-04T20:25:00Z");
const timeZone = "Asia/Bangkok";

describe("a digest for a reader in Asia/Bangkok", () => {
  it("on Slack is titled and stamped with the Bangkok date and time", () => {
    const [message] = renderSlackDigest(buildDigest(5), { now, timeZone });
    expect(message?.blocks[0]).toMatchObject({
      type: "header",
      text: { text: "Tracewire digest · 5 Dec 2026" },
    });
    expect(message?.blocks[1]).toMatchObject({
      elements: [{ text: "5 stories · generated 5 Dec 2026 03:25 ICT" }],
    });
  });

  it("on Slack gives each story's time a Bangkok fallback", () => {
    const h = readHeadlines()[0]!;
    // The first headline is dated 2022-01: 1 Jan 2022 00:00 UTC is 07:00 in Bangkok.
    const alert = renderSlackAlert(storyOf("s1", itemFromHeadline(h, 0)), { now, timeZone });
    expect(JSON.stringify(alert.blocks)).toContain("|1 Jan 2022 07:00 ICT>");
  });

  it("on Discord says when it was generated in Bangkok time", () => {
    const [message] = renderDiscordDigest(buildDigest(5), { now, timeZone });
    expect(message?.content).toContain("**Tracewire digest · 5 Dec 2026**");
    expect(message?.content).toContain("generated 5 Dec 2026 03:25 ICT");
  });

  it("on the console dates the title and each story in Bangkok", () => {
    const h = readHeadlines()[0]!;
    const digest = { ...buildDigest(0), stories: [storyOf("s1", itemFromHeadline(h, 0))] };
    const lines = renderTerminalDigest(digest, { now, timeZone, color: false }).split("\n");
    expect(lines.slice(0, 2)).toEqual([
      "Tracewire digest · 5 Dec 2026",
      "1 story · generated 5 Dec 2026 03:25 ICT",
    ]);
    expect(lines[6]).toMatch(new RegExp(`^  ${h.outlet} · 1 Jan 2022 07:00 ICT \\(\\d+ d ago\\)$`));
  });
});

describe("item lists", () => {
  const items = readHeadlines()
    .slice(0, 2)
    .map((h, i) => itemFromHeadline(h, i));

  it("on the console show each item's time in the zone, not raw ISO", () => {
    const out = renderTerminalItemList(items, { now, timeZone, color: false });
    expect(out.split("\n")[0]).toBe(`1 Jan 2022 07:00 ICT  ${items[0]!.outlet}  ${items[0]!.title}`);
    expect(out).not.toMatch(/\d{4}-\d\d-\d\dT/);
  });

  it("on Discord date each hit in the zone when one is given", () => {
    const embed = renderDiscordItemList("Search", items, { now, timeZone: "America/New_York" }).embeds[0];
    // 1 Jan 2022 00:00 UTC is still 31 Dec 2021 in New York.
    expect(embed?.description).toContain("31 Dec 2021");
  });
});
