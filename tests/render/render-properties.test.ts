import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TOPICS, URGENCIES } from "../../src/model/classification.js";
import type { StoredItem } from "../../src/model/item.js";
import type { Digest, Story } from "../../src/model/story.js";
import {
  renderDiscordAlert,
  renderDiscordDigest,
  renderDiscordItemList,
} from "../../src/render/discord-embeds.js";
import { truncate } from "../../src/render/limits.js";
import { renderSlackAlert, renderSlackDigest, renderSlackItemList } from "../../src/render/slack-blocks.js";
import { renderTerminalAlert, renderTerminalDigest } from "../../src/render/terminal.js";
import { assertWithinDiscordLimits, assertWithinSlackLimits } from "../support/platform-limits.js";
import { itemFromHeadline, readHeadlines } from "./build-digest.js";

const base = itemFromHeadline(readHeadlines()[0]!, 0);
const now = new Date("2026-11-25T08:00:00Z");
// Digests are written in the reader's zone; these pin UTC text, so the reader is in UTC.
const timeZone = "UTC";

/** Pieces an attacker or a broken feed would send. */
const hostile = fc.constantFrom(
  "@everyone",
  "@here",
  "@channel",
  "<!channel>",
  "<!here>",
  "<!subteam^S1>",
  "<@U024BE7LH>",
  "<@&123>",
  "<#C1>",
  "[click](https://evil.example)",
  "&amp;",
  "&",
  "<",
  ">",
  "|",
  "\\",
  "*",
  "`",
  "\u200B",
  "\u0000",
  "\u001b[31m",
  "\uD83D",
  "🔴",
  "ការជួញដូរ",
  "\n\n",
);
const text = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.array(fc.oneof(hostile, fc.string({ maxLength: 20 })), { maxLength: 40 }).map((a) => a.join("")),
  fc
    .tuple(fc.oneof(hostile, fc.string({ maxLength: 5 })), fc.integer({ min: 100, max: 8000 }))
    .map(([s, n]) => s.repeat(n)),
);
const url = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  text,
  fc.constant("javascript:alert(1)"),
);

const item: fc.Arbitrary<StoredItem> = fc
  .record({
    title: text,
    summary: text,
    outlet: text,
    url,
    publishedAt: fc.oneof(
      fc.date({ noInvalidDate: false }).map((d) => (Number.isNaN(d.getTime()) ? "junk" : d.toISOString())),
      text,
    ),
    countries: fc.array(fc.oneof(fc.constantFrom("KH", "MM", "TH", "LA"), text), { maxLength: 6 }),
    topics: fc.array(fc.constantFrom(...TOPICS), { maxLength: 5 }),
    urgency: fc.constantFrom(...URGENCIES),
    reasons: fc.array(text, { maxLength: 3 }),
    classified: fc.boolean(),
  })
  .map((r) => ({
    ...base,
    title: r.title,
    summary: r.summary,
    outlet: r.outlet,
    url: r.url,
    link: r.url,
    publishedAt: r.publishedAt,
    classification: r.classified
      ? {
          ...base.classification!,
          countries: r.countries,
          topics: r.topics,
          urgency: r.urgency,
          reasons: r.reasons,
        }
      : null,
  }));

const story: fc.Arbitrary<Story> = fc
  .record({
    id: fc.string({ minLength: 1, maxLength: 12 }),
    lead: item,
    also: fc.array(item, { maxLength: 12 }),
  })
  .map((s) => s);

const digest: fc.Arbitrary<Digest> = fc.record({
  subscriptionId: fc.constant("sub"),
  generatedAt: fc.constant(now.toISOString()),
  groupBy: fc.constantFrom("country" as const, "topic" as const),
  stories: fc.array(story, { maxLength: 40 }),
});

const title = fc.option(text, { nil: undefined });
const RUNS = { numRuns: 150 };

describe("render properties", () => {
  it("Slack digests never throw, stay within every limit and never ping, for any feed text", () => {
    fc.assert(
      fc.property(digest, title, (d, t) => {
        const messages = renderSlackDigest(d, { now, timeZone, title: t });
        expect(messages.length).toBeGreaterThan(0);
        for (const m of messages) assertWithinSlackLimits(m);
      }),
      RUNS,
    );
  });

  it("Discord digests never throw, stay within every limit, never ping and lose no story", () => {
    fc.assert(
      fc.property(digest, title, (d, t) => {
        const messages = renderDiscordDigest(d, { now, timeZone, title: t });
        for (const m of messages) assertWithinDiscordLimits(m);
        const distinct = new Set(d.stories.map((s) => s.id)).size;
        expect(messages.reduce((n, m) => n + m.embeds.length, 0)).toBe(distinct);
      }),
      RUNS,
    );
  });

  it("alerts on both platforms stay within limits and never ping", () => {
    fc.assert(
      fc.property(story, title, (s, t) => {
        assertWithinSlackLimits(renderSlackAlert(s, { now, timeZone, title: t }));
        assertWithinDiscordLimits(renderDiscordAlert(s, { now, timeZone, title: t }));
      }),
      RUNS,
    );
  });

  it("item lists on both platforms stay within limits and never ping", () => {
    fc.assert(
      fc.property(text, fc.array(item, { maxLength: 60 }), (t, items) => {
        assertWithinSlackLimits(renderSlackItemList(t, items, { now, timeZone }));
        assertWithinDiscordLimits(renderDiscordItemList(t, items, { now, timeZone }));
      }),
      RUNS,
    );
  });

  it("terminal text never throws and never carries a control character from a feed", () => {
    fc.assert(
      fc.property(digest, story, (d, s) => {
        const out =
          renderTerminalDigest(d, { now, timeZone, color: false }) +
          renderTerminalAlert(s, { now, timeZone, color: false });
        expect(out).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F]/);
      }),
      RUNS,
    );
  });

  it("truncate never exceeds its limit and never leaves a lone surrogate it did not get", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), fc.nat(250), (s, n) => {
        const out = truncate(s, n);
        expect(out.length).toBeLessThanOrEqual(n);
        expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
      }),
      { numRuns: 500 },
    );
  });
});
