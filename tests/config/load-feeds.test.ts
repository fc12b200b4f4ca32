import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { feedsJsonSchema } from "../../src/config/feeds-schema.js";
import { loadFeeds, parseFeeds } from "../../src/config/load-feeds.js";
import { ConfigError } from "../../src/errors.js";
import { isLanguage, LANGUAGES } from "../../src/model/language.js";
import { baseLanguage } from "../../src/text/item-language.js";

const file = "feeds.json";

function problems(text: string): string {
  try {
    parseFeeds(file, text);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).describe();
  }
  throw new Error("expected a ConfigError");
}

describe("loadFeeds", () => {
  it("applies defaults to a minimal feed", () => {
    const feeds = parseFeeds(
      file,
      JSON.stringify({ feeds: [{ id: "dw-all", outlet: "DW", url: "https://rss.dw.com/rdf/rss-en-all" }] }),
    );
    expect(feeds).toEqual([
      {
        id: "dw-all",
        outlet: "DW",
        url: "https://rss.dw.com/rdf/rss-en-all",
        interval: 10,
        language: null,
        enabled: true,
      },
    ]);
  });

  it("drops a NUL and other control characters from every value (issue 15)", () => {
    const text =
      '{"feeds": [{"id": "dw\\u0000-all", "outlet": "D\\u001bW\\ud800", ' +
      '"url": "https://rss.dw.com/rdf/rss-en-all\\u0007", "language": "en\\u0000"}]}';
    expect(parseFeeds(file, text)).toEqual([
      {
        id: "dw-all",
        outlet: "DW\uFFFD",
        url: "https://rss.dw.com/rdf/rss-en-all",
        interval: 10,
        language: "en",
        enabled: true,
      },
    ]);
  });

  it("names the file, the feed and the field of a bad URL", () => {
    const text = JSON.stringify({
      feeds: [
        { id: "ok", outlet: "DW", url: "https://rss.dw.com/rdf/rss-en-all" },
        { id: "voa", outlet: "VOA", url: "ftp://example.org/feed" },
      ],
    });
    expect(problems(text)).toBe(
      'feeds.json: feeds[1] (id "voa").url: expected an http(s) URL, got "ftp://example.org/feed"',
    );
  });

  it("reports every problem at once, one per line", () => {
    const text = JSON.stringify({
      feeds: [{ id: "Bad Id", url: "https://x.example/rss", interval: 0, colour: "red" }],
    });
    const lines = problems(text).split("\n");
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^feeds\.json: feeds\[0\] \(id "Bad Id"\)\.id: expected a short id/),
        'feeds.json: feeds[0] (id "Bad Id").outlet: missing (expected string)',
        expect.stringMatching(
          /^feeds\.json: feeds\[0\] \(id "Bad Id"\)\.interval: expected at least 1 minute/,
        ),
        'feeds.json: feeds[0] (id "Bad Id"): unknown field "colour"',
      ]),
    );
  });

  it("says where invalid JSON breaks", () => {
    expect(problems('{"feeds": [')).toMatch(/^feeds\.json: not valid JSON \(/);
  });

  it("refuses two feeds with the same id", () => {
    const feed = { id: "dw", outlet: "DW", url: "https://rss.dw.com/rdf/rss-en-all" };
    expect(problems(JSON.stringify({ feeds: [feed, feed] }))).toBe(
      'feeds.json: feeds[1] (id "dw").id: duplicate of feeds[0]',
    );
  });

  it("names a missing file and how to fix it", () => {
    const dir = mkdtempSync(join(tmpdir(), "tw-feeds-"));
    expect(() => loadFeeds(join(dir, "nope.json"))).toThrow(/file not found/);
  });

  it("reads a file with a byte-order mark", () => {
    const dir = mkdtempSync(join(tmpdir(), "tw-feeds-"));
    const path = join(dir, "feeds.json");
    writeFileSync(
      path,
      `\uFEFF${JSON.stringify({ feeds: [{ id: "un", outlet: "UN News", url: "https://news.un.org/feed/subscribe/en/news/all/rss.xml" }] })}`,
    );
    expect(loadFeeds(path).map((f) => f.id)).toEqual(["un"]);
  });

  it("ships a feeds.json that loads and covers the outlets", () => {
    const feeds = loadFeeds("feeds.json");
    const outlets = new Set(feeds.map((f) => f.outlet));
    for (const outlet of ["DW", "Al Jazeera", "VOA", "UN News", "UNODC", "USIP", "Reuters"])
      expect(outlets).toContain(outlet);
  });

  it("ships a feeds.json whose every declared language is one tracewire classifies", () => {
    // A typo such as "kh" for Khmer or "vn" for Vietnamese would pass the schema's pattern but leave the
    // feed's items unread by any language pack.
    const unread = loadFeeds("feeds.json")
      .filter((f) => f.language !== null && !isLanguage(baseLanguage(f.language) ?? ""))
      .map((f) => `${f.id}: ${f.language}`);
    expect(unread, `languages tracewire reads: ${LANGUAGES.join(", ")}`).toEqual([]);
  });

  it("ships a feeds.json that lists each URL once", () => {
    const urls = loadFeeds("feeds.json").map((f) => f.url);
    expect(urls.filter((url, i) => urls.indexOf(url) !== i)).toEqual([]);
  });

  it("ships a feeds.schema.json generated from the same rules", () => {
    expect(JSON.parse(readFileSync("feeds.schema.json", "utf8"))).toEqual(feedsJsonSchema());
  });
});
