import { describe, expect, it } from "vitest";
import { renderSlackAlert, renderSlackDigest, renderSlackItemList } from "../../src/render/slack-blocks.js";
import type { SlackBlock, SlackMessage } from "../../src/render/slack-types.js";
import { assertWithinSlackLimits, slackPings } from "../support/platform-limits.js";
import { buildDigest, itemFromHeadline, publishedBefore, readHeadlines, storyOf } from "./build-digest.js";

const now = new Date("2026-11-25T08:00:00Z");
// Digests are written in the reader's zone; these pin UTC text, so the reader is in UTC.
const timeZone = "UTC";
const HOSTILE = "@everyone <!channel> <@U024BE7LH> <@&123> [click](https://evil.example)";

/** Every text string in a message: the fallback and each text object. */
function allText(msg: SlackMessage): string[] {
  const out = [msg.text];
  for (const b of msg.blocks) {
    if (b.type === "header" || b.type === "section") out.push(b.text.text);
    if (b.type === "context") out.push(...b.elements.map((e) => e.text));
  }
  return out;
}

function storySections(msg: SlackMessage): Extract<SlackBlock, { type: "section" }>[] {
  return msg.blocks.filter((b): b is Extract<SlackBlock, { type: "section" }> => b.type === "section");
}

describe("renderSlackDigest", () => {
  it("splits an 80-story digest into several messages, each within every Slack limit", () => {
    const messages = renderSlackDigest(buildDigest(80), { now, timeZone });
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      assertWithinSlackLimits(m);
      expect(m.blocks.length).toBeLessThanOrEqual(50);
    }
  });

  it("shows each of the 80 stories exactly once across the split", () => {
    const digest = buildDigest(80);
    const messages = renderSlackDigest(digest, { now, timeZone });
    const text = messages.flatMap((m) => storySections(m).map((b) => b.text.text)).join("\n");
    for (const story of digest.stories) {
      const link = `<${story.lead.url.replace(/&/g, "&amp;")}|`;
      expect(text.split(link).length - 1, story.lead.title).toBe(1);
    }
  });

  it("numbers the parts in the header and keeps a fallback text naming the stories", () => {
    const messages = renderSlackDigest(buildDigest(80), { now, timeZone, title: "Morning brief" });
    const first = messages[0]!;
    expect(first.blocks[0]).toEqual({
      type: "header",
      text: { type: "plain_text", text: `Morning brief (1/${messages.length})`, emoji: true },
    });
    expect(first.text).toContain("Morning brief (1/");
    expect(first.text.length).toBeGreaterThan(100);
  });

  it("repeats a section's name when it continues into the next message", () => {
    const messages = renderSlackDigest(buildDigest(80), { now, timeZone });
    const continued = messages
      .slice(1)
      .some((m) => storySections(m).some((b) => b.text.text.includes("(continued)")));
    const starts = messages.slice(1).map((m) => storySections(m)[0]?.text.text ?? "");
    expect(starts.every((t) => /^\*.+\* /.test(t))).toBe(true);
    expect(continued).toBe(true);
  });

  it("shows the linked title, outlet, time, countries, topics and reason of a story", () => {
    const h = readHeadlines()[1]!;
    const digest = { ...buildDigest(0), stories: [storyOf("s1", itemFromHeadline(h, 0))] };
    const [msg] = renderSlackDigest(digest, { now, timeZone });
    const story = storySections(msg!).find((b) => b.text.text.includes(h.outlet))!.text;
    expect(story.verbatim).toBe(true);
    expect(story.text).toContain(
      "<https://vodenglish.news/amid-ongoing-scam-raids-sihanoukville-residents-recall-insecurity/|Amid Ongoing Scam Raids, Sihanoukville Residents Recall Insecurity>",
    );
    expect(story.text).toContain("VOD English");
    expect(story.text).toMatch(/<!date\^\d+\^\{date_short_pretty\} \{time\}\|\d+ \w+ 2022 \d\d:\d\d UTC>/);
    expect(story.text).toContain("KH, VN");
    expect(story.text).toContain("Law enforcement, Scam compounds");
    expect(story.text).toContain("_topic law_enforcement; label sea_trafficking_");
  });

  it("lists the other outlets as linked 'also' context elements", () => {
    const [a, b, c] = readHeadlines();
    const story = storyOf("s1", itemFromHeadline(a!, 0), [itemFromHeadline(b!, 1), itemFromHeadline(c!, 2)]);
    const [msg] = renderSlackDigest({ ...buildDigest(0), stories: [story] }, { now, timeZone });
    const ctx = msg!.blocks.find((x) => x.type === "context" && x.elements[0]?.text === "also:");
    expect(ctx).toEqual({
      type: "context",
      elements: [
        { type: "mrkdwn", text: "also:", verbatim: true },
        { type: "mrkdwn", text: `<${b!.url}|VOD English>`, verbatim: true },
        { type: "mrkdwn", text: `<${c!.url}|VOD English>`, verbatim: true },
      ],
    });
  });

  it("renders a hostile title harmlessly: no <! or <@ anywhere, every mrkdwn verbatim", () => {
    const h = readHeadlines()[0]!;
    const item = { ...itemFromHeadline(h, 0), title: HOSTILE, summary: HOSTILE, outlet: "@here <!here>" };
    const messages = renderSlackDigest(
      { ...buildDigest(0), stories: [storyOf("s1", item)] },
      { now, timeZone, title: HOSTILE },
    );
    for (const m of messages) {
      assertWithinSlackLimits(m);
      for (const t of allText(m)) {
        expect(t).not.toMatch(/<!(?!date\^)|<@|<#/);
      }
    }
    expect(storySections(messages[0]!).some((b) => b.text.text.includes("&lt;!channel&gt;"))).toBe(true);
  });

  it("truncates an extremely long title and summary to fit one section", () => {
    const h = readHeadlines()[0]!;
    const item = { ...itemFromHeadline(h, 0), title: h.title.repeat(400), summary: "&<>".repeat(5000) };
    const messages = renderSlackDigest(
      { ...buildDigest(0), stories: [storyOf("s1", item)] },
      { now, timeZone },
    );
    for (const m of messages) assertWithinSlackLimits(m);
    expect(storySections(messages[0]!).some((b) => b.text.text.includes("…"))).toBe(true);
  });

  it("sends a short digest as one message that says how many stories it holds", () => {
    const messages = renderSlackDigest(buildDigest(5), { now, timeZone });
    expect(messages).toHaveLength(1);
    expect(messages[0]?.blocks[1]).toEqual({
      type: "context",
      elements: [{ type: "mrkdwn", text: "5 stories · generated 25 Nov 2026 08:00 UTC", verbatim: true }],
    });
  });

  it("keeps the part number visible when the digest title is too long for a header", () => {
    const messages = renderSlackDigest(buildDigest(80), {
      now,
      timeZone,
      title: "Trafficking watch ".repeat(20),
    });
    const head = messages[1]?.blocks[0];
    expect(head?.type === "header" && head.text.text).toMatch(/… \(2\/\d\)$/);
    for (const m of messages) assertWithinSlackLimits(m);
  });

  it("says there is nothing new when the digest is empty", () => {
    const [msg] = renderSlackDigest(buildDigest(0), { now, timeZone });
    assertWithinSlackLimits(msg);
    expect(storySections(msg!)[0]?.text.text).toBe("No new stories since the last digest.");
  });
});

describe("renderSlackAlert", () => {
  it.each([
    ["breaking", "🔴 Breaking"],
    ["normal", "🟠 New"],
    ["background", "⚪ Background"],
  ] as const)("shows %s urgency in the header as %j", (urgency, badge) => {
    const h = readHeadlines()[4]!;
    const item = publishedBefore(itemFromHeadline(h, 0, urgency), 1, now);
    const msg = renderSlackAlert(storyOf("s1", item), { now, timeZone });
    assertWithinSlackLimits(msg);
    const head = msg.blocks[0];
    expect(head?.type === "header" && head.text.text.startsWith(badge)).toBe(true);
    expect(msg.text).toContain(badge);
    expect(msg.text).toContain(h.title.slice(0, 30));
  });

  it("includes the summary and the also links", () => {
    const [a, b] = readHeadlines();
    const msg = renderSlackAlert(storyOf("s1", itemFromHeadline(a!, 0), [itemFromHeadline(b!, 1)]), {
      now,
      timeZone,
    });
    expect(storySections(msg)[0]?.text.text).toContain("Freed from scam gangs in Cambodia");
    expect(JSON.stringify(msg.blocks)).toContain(b!.url);
  });

  it("keeps a hostile alert free of pings", () => {
    const h = readHeadlines()[0]!;
    const item = { ...itemFromHeadline(h, 0, "breaking"), title: HOSTILE, summary: HOSTILE };
    expect(slackPings(renderSlackAlert(storyOf("s1", item), { now, timeZone, title: HOSTILE }))).toEqual([]);
  });
});

describe("renderSlackItemList", () => {
  it("numbers linked hits with outlet and date", () => {
    const items = readHeadlines()
      .slice(0, 3)
      .map((h, i) => itemFromHeadline(h, i));
    const msg = renderSlackItemList('Search: "scam compound"', items, { now, timeZone });
    assertWithinSlackLimits(msg);
    const sections = storySections(msg);
    expect(sections).toHaveLength(3);
    expect(sections[0]?.text.text).toMatch(/^1\. <https:\/\/www\.vice\.com\/[^|]+\|They Thought/);
    expect(sections[2]?.text.text).toMatch(/^3\. /);
    expect(sections[1]?.text.text).toContain("VOD English");
    expect(sections[1]?.text.text).toContain("d ago)");
  });

  it("answers No matches when nothing was found", () => {
    const msg = renderSlackItemList("Search: nothing", [], { now, timeZone });
    assertWithinSlackLimits(msg);
    expect(storySections(msg)[0]?.text.text).toBe("No matches.");
  });

  it("stays within limits for all 103 headlines and says how many were left out", () => {
    const items = readHeadlines().map((h, i) => itemFromHeadline(h, i));
    const msg = renderSlackItemList("Latest", items, { now, timeZone });
    assertWithinSlackLimits(msg);
    const last = msg.blocks.at(-1);
    expect(last?.type === "context" && last.elements[0]?.text).toMatch(/^…and \d+ more$/);
  });
});
