import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FeedParseError } from "../../src/errors.js";
import { parseFeed } from "../../src/parse/parse-feed.js";
import { FEED_FIXTURES, readFeedFixture } from "../fixtures/feeds/feed-fixtures.js";

const CAPTURES = FEED_FIXTURES.map((fixture) => readFeedFixture(fixture.file).toString("utf8"));

/** Resolves to "ok" or the error's class name: the only allowed failure is FeedParseError. */
async function outcome(body: Buffer, contentType: string | null): Promise<string> {
  try {
    await parseFeed(body, contentType, "https://feeds.example/fuzz");
    return "ok";
  } catch (error) {
    return error instanceof FeedParseError ? "FeedParseError" : `unexpected ${String(error)}`;
  }
}

const contentTypes = fc.constantFrom(
  null,
  "application/rss+xml",
  "text/xml; charset=iso-8859-1",
  "text/html; charset=utf-8",
  "application/json",
  "text/xml; charset=nonsense",
);

describe("parseFeed never throws anything but FeedParseError", () => {
  it("on random bytes", async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), contentTypes, async (bytes, contentType) => {
        expect(await outcome(Buffer.from(bytes), contentType)).toMatch(/^(ok|FeedParseError)$/);
      }),
      { numRuns: 300 },
    );
  });

  it("on random strings, markup-like ones included", async () => {
    const markup = fc.stringMatching(/^[<>&;#a-z:/"'=?![\] \n-]{0,400}$/);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ maxLength: 400 }), markup),
        contentTypes,
        async (text, contentType) => {
          expect(await outcome(Buffer.from(text), contentType)).toMatch(/^(ok|FeedParseError)$/);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("on real captures cut, spliced and sprinkled with junk", async () => {
    const mutated = fc
      .tuple(fc.constantFrom(...CAPTURES), fc.nat(), fc.nat(), fc.string({ maxLength: 40, unit: "binary" }))
      .map(([text, from, to, junk]) => {
        const a = from % (text.length + 1);
        const b = to % (text.length + 1);
        return text.slice(0, Math.min(a, b)) + junk + text.slice(Math.max(a, b));
      });
    await fc.assert(
      fc.asyncProperty(mutated, contentTypes, async (text, contentType) => {
        expect(await outcome(Buffer.from(text), contentType)).toMatch(/^(ok|FeedParseError)$/);
      }),
      { numRuns: 300 },
    );
  });
});
