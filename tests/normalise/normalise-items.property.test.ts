import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { FeedConfig } from "../../src/model/feed.js";
import type { ParsedFeed, RawItem } from "../../src/model/raw-item.js";
import { normaliseItems } from "../../src/normalise/normalise-items.js";

const FEED: FeedConfig = {
  id: "fuzz",
  outlet: "Fuzz",
  url: "https://feeds.example/rss.xml",
  interval: 15,
  language: "en",
  enabled: true,
};

const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: null });
const urlish = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constantFrom(
    "/relative/path",
    "//cdn.example.org/x",
    "javascript:alert(1)",
    "mailto:a@b.c",
    "https://news.google.com/__i/rss/rd/articles/CBMiK2h0dHBzOi8vd3d3LnlvdXR1YmUuY29tL3dhdGNoP3Y9U1hib2xNcnhXVk3SAQA?oc=5",
    "https://news.google.com/rss/articles/%%%",
    "https://www.aljazeera.com/?t=1738882009",
    "",
  ),
  fc.string({ maxLength: 60 }),
);
const text = fc.oneof(fc.string({ maxLength: 200 }), fc.stringMatching(/^[<>&;#a-z/ =".]{0,200}$/));
const dates = fc.oneof(
  fc.date({ noInvalidDate: true }).map((date) => date.toUTCString()),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
  fc.string({ maxLength: 40 }),
);

const rawItem: fc.Arbitrary<RawItem> = fc.record({
  guid: maybe(fc.oneof(urlish, fc.string({ maxLength: 40 }))),
  guidIsPermaLink: fc.boolean(),
  title: maybe(text),
  link: maybe(urlish),
  origLink: maybe(urlish),
  summary: maybe(text),
  published: maybe(dates),
  sourceName: maybe(fc.string({ maxLength: 30 })),
  sourceUrl: maybe(urlish),
  categories: fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 }),
});

const parsedFeed: fc.Arbitrary<ParsedFeed> = fc.record({
  format: fc.constantFrom("rss2", "rdf", "atom", "json"),
  title: maybe(fc.string({ maxLength: 40 })),
  link: maybe(urlish),
  language: maybe(
    fc.oneof(fc.constantFrom("en", "en-us", "zh_CN", "sh", "not a tag!"), fc.string({ maxLength: 8 })),
  ),
  items: fc.array(rawItem, { maxLength: 8 }),
  warnings: fc.constant([]),
});

describe("normaliseItems on any parsed feed", () => {
  it("never throws and always yields absolute http(s) URLs, non-empty titles and UTC times", () => {
    fc.assert(
      fc.property(
        parsedFeed,
        fc.date({ min: new Date("2000-01-01"), max: new Date("2100-01-01"), noInvalidDate: true }),
        (parsed, now) => {
          const { items } = normaliseItems(parsed, FEED, now);
          for (const item of items) {
            expect(new URL(item.url).protocol).toBe("https:");
            expect(new URL(item.link).protocol).toMatch(/^https?:$/);
            expect(item.title.trim()).not.toBe("");
            expect(item.id).toMatch(/^[0-9a-f]{24}$/);
            expect(item.summary.length).toBeLessThanOrEqual(1000);
            expect(Date.parse(item.publishedAt)).toBeLessThanOrEqual(now.getTime() + 10 * 60 * 1000);
            expect(item.publishedAt).toMatch(/Z$/);
          }
          expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("lets no C0 control, DEL or lone surrogate from any field through to an item (issue 15)", () => {
    const hostile = fc.string({
      unit: fc.oneof(
        fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code)),
        fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
        fc.constantFrom("\u007f", "a", " ", "Park"),
      ),
      minLength: 1,
      maxLength: 6,
    });
    const spoil = (value: string | null, bad: string) => (value === null ? null : `${value}${bad}${value}`);
    fc.assert(
      fc.property(parsedFeed, hostile, (parsed, bad) => {
        const spoiled: ParsedFeed = {
          ...parsed,
          link: spoil(parsed.link, bad),
          language: spoil(parsed.language, bad),
          items: parsed.items.map((raw) => ({
            ...raw,
            guid: spoil(raw.guid, bad),
            title: `${bad}${raw.title ?? "headline"}${bad}`,
            link: spoil(raw.link, bad),
            origLink: spoil(raw.origLink, bad),
            summary: spoil(raw.summary, bad),
            sourceName: spoil(raw.sourceName, bad),
            categories: raw.categories.map((c) => `${c}${bad}`),
          })),
        };
        const { items } = normaliseItems(spoiled, FEED, new Date("2026-01-01T00:00:00Z"));
        for (const item of items) {
          for (const value of Object.values(item)) {
            if (typeof value !== "string") continue;
            expect(value).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F]/);
            // A lone surrogate has no UTF-8 form: the round trip through bytes would change it.
            expect(Buffer.from(value, "utf8").toString("utf8")).toBe(value);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  it("gives the same ids on every run (stable across polls)", () => {
    fc.assert(
      fc.property(parsedFeed, (parsed) => {
        const first = normaliseItems(parsed, FEED, new Date("2026-01-01T00:00:00Z")).items.map(
          (item) => item.id,
        );
        const later = normaliseItems(parsed, FEED, new Date("2026-06-01T00:00:00Z")).items.map(
          (item) => item.id,
        );
        expect(later).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });
});
