import { describe, expect, it } from "vitest";
import {
  renderDiscordAlert,
  renderDiscordDigest,
  renderDiscordItemList,
} from "../../src/render/discord-embeds.js";
import { URGENCY_COLOURS } from "../../src/render/discord-story.js";
import { discordEmbedLength } from "../../src/render/discord-types.js";
import { assertWithinDiscordLimits } from "../support/platform-limits.js";
import { buildDigest, itemFromHeadline, publishedBefore, readHeadlines, storyOf } from "./build-digest.js";

const now = new Date("2026-11-25T08:00:00Z");
// Digests are written in the reader's zone; these pin UTC text, so the reader is in UTC.
const timeZone = "UTC";
const HOSTILE = "@everyone <!channel> <@U024BE7LH> <@&123> [click](https://evil.example)";

describe("renderDiscordDigest", () => {
  it("splits an 80-story digest into several messages of at most 10 embeds and 6000 characters", () => {
    const messages = renderDiscordDigest(buildDigest(80), { now, timeZone });
    expect(messages.length).toBeGreaterThanOrEqual(8);
    for (const m of messages) {
      assertWithinDiscordLimits(m);
      expect(m.embeds.length).toBeLessThanOrEqual(10);
      expect(m.embeds.reduce((n, e) => n + discordEmbedLength(e), 0)).toBeLessThanOrEqual(6000);
      expect(m.allowed_mentions).toEqual({ parse: [] });
    }
  });

  it("carries each of the 80 stories exactly once across the split", () => {
    const digest = buildDigest(80);
    const urls = renderDiscordDigest(digest, { now, timeZone }).flatMap((m) => m.embeds.map((e) => e.url));
    expect(urls).toHaveLength(80);
    expect(new Set(urls)).toEqual(new Set(digest.stories.map((s) => s.lead.url)));
  });

  it("gives each story its title, link, summary, countries, topics, outlet, time and colour", () => {
    const h = readHeadlines()[1]!;
    const [msg] = renderDiscordDigest(
      { ...buildDigest(0), stories: [storyOf("s1", itemFromHeadline(h, 0))] },
      { now, timeZone },
    );
    const [embed] = msg!.embeds;
    expect(embed).toMatchObject({
      title: h.title,
      url: h.url,
      footer: { text: "VOD English · Cambodia (KH)" },
      timestamp: "2022-09-01T00:00:00.000Z",
      color: URGENCY_COLOURS.normal,
      fields: [
        { name: "Countries", value: "Cambodia (KH), Vietnam (VN)", inline: true },
        { name: "Topics", value: "Law enforcement, Scam compounds, Policy and diplomacy", inline: true },
      ],
    });
    expect(embed?.description).toContain("Prime Minister Hun Sen on Thursday acknowledged");
    expect(embed?.description).toContain("*topic law\\_enforcement; label sea\\_trafficking*");
  });

  it.each([
    ["breaking", 0xd0021b],
    ["normal", 0xf5a623],
    ["background", 0x9b9b9b],
  ] as const)("colours a %s story %i", (urgency, colour) => {
    const h = readHeadlines()[2]!;
    const item = publishedBefore(itemFromHeadline(h, 0, urgency), 1, now);
    const msg = renderDiscordAlert(storyOf("s1", item), { now, timeZone });
    expect(msg.embeds[0]?.color).toBe(colour);
  });

  it("lists the other outlets as masked links in an Also field", () => {
    const [a, b, c] = readHeadlines();
    const story = storyOf("s1", itemFromHeadline(a!, 0), [itemFromHeadline(b!, 1), itemFromHeadline(c!, 2)]);
    const [msg] = renderDiscordDigest({ ...buildDigest(0), stories: [story] }, { now, timeZone });
    const also = msg!.embeds[0]?.fields?.find((f) => f.name === "Also");
    expect(also?.value).toBe(`[VOD English](${b!.url}) · [VOD English](${c!.url})`);
  });

  it("renders a hostile title harmlessly: no raw @everyone or @here, no mention, parse []", () => {
    const h = readHeadlines()[0]!;
    const item = { ...itemFromHeadline(h, 0), title: HOSTILE, summary: HOSTILE, outlet: "@here" };
    const digest = {
      ...buildDigest(0),
      stories: [storyOf("s1", item, [{ ...item, url: "https://example.org/b" }])],
    };
    for (const m of renderDiscordDigest(digest, { now, timeZone, title: HOSTILE })) {
      assertWithinDiscordLimits(m);
      const json = JSON.stringify(m);
      expect(json).not.toMatch(/@everyone|@here|<@|<#/);
      expect(json).not.toContain("[click](https://evil.example)");
      expect(m.allowed_mentions).toEqual({ parse: [] });
    }
  });

  it("links a second story with the same URL from its text, since Discord would merge the embeds", () => {
    const [a, b] = readHeadlines();
    const second = { ...itemFromHeadline(b!, 1), url: a!.url, link: a!.url };
    const digest = {
      ...buildDigest(0),
      stories: [storyOf("s1", itemFromHeadline(a!, 0)), storyOf("s2", second)],
    };
    const [msg] = renderDiscordDigest(digest, { now, timeZone });
    expect(msg!.embeds.filter((e) => e.url === a!.url)).toHaveLength(1);
    expect(msg!.embeds.some((e) => e.description?.includes(`[Read the report](${a!.url})`))).toBe(true);
  });

  it("truncates extremely long titles and summaries within the embed limits", () => {
    const h = readHeadlines()[0]!;
    const item = { ...itemFromHeadline(h, 0), title: "[x]".repeat(3000), summary: h.summary!.repeat(200) };
    const msg = renderDiscordAlert(storyOf("s1", item), { now, timeZone });
    assertWithinDiscordLimits(msg);
    expect(msg.embeds[0]?.title?.endsWith("…")).toBe(true);
    expect(msg.embeds[0]?.description?.length).toBeLessThanOrEqual(4096);
  });

  it("says there is nothing new when the digest is empty", () => {
    const [msg] = renderDiscordDigest(buildDigest(0), { now, timeZone });
    assertWithinDiscordLimits(msg);
    expect(msg?.content).toContain("no new stories");
  });
});

describe("renderDiscordAlert", () => {
  it("puts the urgency in the content and the summary in the embed", () => {
    const h = readHeadlines()[0]!;
    const item = publishedBefore(itemFromHeadline(h, 0, "breaking"), 1, now);
    const msg = renderDiscordAlert(storyOf("s1", item), { now, timeZone });
    assertWithinDiscordLimits(msg);
    expect(msg.content).toBe("**🔴 Breaking**");
    expect(msg.embeds[0]?.description).toContain("Freed from scam gangs in Cambodia");
  });
});

describe("renderDiscordItemList", () => {
  it("numbers linked hits with outlet and date in one embed", () => {
    const items = readHeadlines()
      .slice(0, 3)
      .map((h, i) => itemFromHeadline(h, i));
    const msg = renderDiscordItemList('Search: "scam compound"', items, { now, timeZone });
    assertWithinDiscordLimits(msg);
    const lines = msg.embeds[0]?.description?.split("\n") ?? [];
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^1\. \[They Thought Their Human Trafficking Nightmare Was Over\. Then Came the Police\.\]\(https:\/\/www\.vice\.com\//,
    );
    expect(lines[1]).toContain("— VOD English · 1 Sep 2022");
  });

  it("answers No matches when nothing was found", () => {
    const msg = renderDiscordItemList("Search: nothing", [], { now, timeZone });
    assertWithinDiscordLimits(msg);
    expect(msg.embeds[0]?.description).toBe("No matches.");
  });

  it("stays within limits for all 103 headlines and counts what was left out", () => {
    const msg = renderDiscordItemList(
      "Latest",
      readHeadlines().map((h, i) => itemFromHeadline(h, i)),
      { now, timeZone },
    );
    assertWithinDiscordLimits(msg);
    expect(msg.embeds[0]?.description).toMatch(/\n…and \d+ more$/);
  });
});
