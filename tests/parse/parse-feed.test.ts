import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { FeedParseError } from "../../src/errors.js";
import { parseFeed } from "../../src/parse/parse-feed.js";
import { FEED_FIXTURES, readFeedFixture } from "../fixtures/feeds/feed-fixtures.js";

const URL_OF = (file: string) => `https://feeds.example/${file}`;

/** Parses a stored capture as a server would send it. */
function parseFixture(file: string, contentType: string | null = null) {
  return parseFeed(readFeedFixture(file), contentType, URL_OF(file));
}

/** Parses a capture after a change made at test time (a broken or hostile variant of a real feed). */
function parseVariant(file: string, change: (text: string) => string) {
  return parseFeed(Buffer.from(change(readFeedFixture(file).toString("utf8"))), null, URL_OF(file));
}

describe("parseFeed on the real captures", () => {
  it.each(FEED_FIXTURES.filter((fixture) => fixture.isFeed))("reads $file as $format", async (fixture) => {
    const parsed = await parseFixture(fixture.file, fixture.contentType);
    expect(parsed.format).toBe(fixture.format);
    expect(parsed.items.length).toBeGreaterThan(0);
    const cutShort = parsed.warnings.some((warning) => warning.includes("cut short"));
    expect(cutShort).toBe(fixture.truncated);
  });

  it("DW RDF item without guid is keyed by rdf:about and dated by dc:date", async () => {
    const parsed = await parseFixture("dw-rdf-bosnian.xml");
    const [item] = parsed.items;
    expect(parsed.format).toBe("rdf");
    expect(item?.guid).toBe(
      "https://www.dw.com/bs/tenzije-između-srbije-i-bih-zbog-presude-za-ratni-zločin/a-54087065?maca=bos-rss-bos-all-1475-rdf",
    );
    expect(item?.published).toBe("2020-07-08T08:58:00Z");
    expect(item?.title).toBe("Tenzije između Srbije i BiH zbog presude za ratni zločin");
  });

  it("Al Jazeera capture cut short after an item is closed and read with a warning", async () => {
    const parsed = await parseFixture("aljazeera-rss2-all-excerpt.xml");
    expect(parsed.items.map((item) => item.title)).toEqual([
      "Torres hat-trick leads Barcelona Copa del Rey rout at Valencia",
      "US judge delays Trump buyout offer meant to thin out public servants",
    ]);
    expect(parsed.warnings).toContain("the document was cut short: closed <channel>, <rss>");
  });

  it("Al Jazeera entity inside CDATA reaches normalise undecoded", async () => {
    const parsed = await parseFixture("aljazeera-rss2-all-excerpt.xml");
    expect(parsed.items[0]?.summary).toContain("Barcelona&#039;s first four goals");
    expect(parsed.items[0]?.guidIsPermaLink).toBe(false);
  });

  it("VOA podcast item without <link> keeps its article URL in guid", async () => {
    const parsed = await parseFixture("voa-learningenglish-podcast-rss2-excerpt.xml");
    expect(parsed.items[0]?.link).toBeNull();
    expect(parsed.items[0]?.guid).toBe("https://learningenglish.voanews.com/a/6657532.html");
    expect(parsed.items[0]?.guidIsPermaLink).toBe(true);
    expect(parsed.items[0]?.summary).toBeNull();
  });

  it("Google News item names its outlet in <source>", async () => {
    const parsed = await parseFixture("google-news-search-ko-2026-rss2.xml");
    expect(parsed.items[0]?.sourceName).toBe("조선일보");
    expect(parsed.items[0]?.sourceUrl).toBe("https://www.chosun.com");
    expect(parsed.language).toBe("ko");
  });

  it("Reuters FeedBurner item carries the origLink behind the ~r redirect", async () => {
    const parsed = await parseFixture("reuters-legacy-feedburner-rss2.xml");
    expect(parsed.items).toHaveLength(10);
    expect(parsed.items[0]?.link).toMatch(/^http:\/\/feeds\.reuters\.com\/~r\//);
    expect(parsed.items[0]?.origLink).toBe(
      "http://www.reuters.com/article/us-northkorea-missiles-usa/u-s-general-says-north-korea-not-demonstrated-all-components-of-icbm-idUSKBN1FJ23Z?feedType=RSS&feedName=worldNews",
    );
  });

  it("UN News empty self-closing <source> names no outlet", async () => {
    const parsed = await parseFixture("un-news-rss2-europe-2022.xml");
    expect(parsed.items[0]?.sourceName).toBeNull();
    expect(parsed.items[0]?.link).toBe("https://news.un.org/feed/view/en/story/2022/04/1115242");
  });

  it("Atom entry without <published> is dated by <updated>, language from xml:lang", async () => {
    const parsed = await parseFixture("qmacro-atom-2026.xml");
    expect(parsed.format).toBe("atom");
    expect(parsed.language).toBe("en");
    expect(parsed.link).toBe("https://qmacro.org/feed/feed.xml");
    expect(parsed.items[1]?.published).toBe("2026-01-07T00:00:00Z");
    expect(parsed.items[1]?.link).toBe(
      "https://qmacro.org/blog/posts/2026/01/07/modules-modularity-and-reuse-in-cds-models-part-2-creating-a-simple-reuse-package/",
    );
  });

  it("Atom entry with an unreadable date does not cost the other entries", async () => {
    const parsed = await parseVariant("qmacro-atom-2026.xml", (text) =>
      text.replace("<updated>2026-01-07T00:00:00Z</updated>", "<updated>last Tuesday</updated>"),
    );
    expect(parsed.items).toHaveLength(2);
    expect(parsed.items[1]?.published).toBe("last Tuesday");
  });

  it("JSON Feed is read without an XML parser", async () => {
    const parsed = await parseFixture("hnrss-best-jsonfeed-2024.json", "application/feed+json");
    expect(parsed.format).toBe("json");
    expect(parsed.link).toBe("https://news.ycombinator.com/best");
    expect(parsed.items[0]).toMatchObject({
      guid: "https://news.ycombinator.com/item?id=40103407",
      title: "Programming Is Mostly Thinking (2014)",
      link: "http://agileotter.blogspot.com/2014/09/programming-is-mostly-thinking.html",
      published: "2024-04-21T05:40:07Z",
    });
  });

  it("Mastodon items without <title> are kept with a null title", async () => {
    const parsed = await parseFixture("mastodon-rss2-no-titles-2022.xml");
    expect(parsed.items).toHaveLength(2);
    expect(parsed.items.every((item) => item.title === null)).toBe(true);
  });

  it("items beyond the cap are dropped with a warning", async () => {
    const parsed = await parseFeed(readFeedFixture("lenta-rss2-ru-2026.xml"), null, URL_OF("lenta"), {
      maxItems: 3,
    });
    expect(parsed.items).toHaveLength(3);
    expect(parsed.warnings).toContain("kept the first 3 of 8 items");
  });
});

describe("parseFeed on broken and hostile input", () => {
  it("HTML page is reported as not a feed, with its title", async () => {
    const failure = parseFixture("tagesschau-homepage-2023.html", "text/html; charset=utf-8");
    await expect(failure).rejects.toBeInstanceOf(FeedParseError);
    await expect(failure).rejects.toMatchObject({
      code: "FEED_NOT_A_FEED",
      where: URL_OF("tagesschau-homepage-2023.html"),
      message:
        "not a feed: the server sent an HTML page (<title>tagesschau.de - die erste Adresse für Nachrichten und Information | tagesschau.de</title>)",
    });
  });

  it("empty body is reported as an empty response", async () => {
    await expect(
      parseFeed(Buffer.alloc(0), "application/rss+xml", "https://feeds.example/empty"),
    ).rejects.toMatchObject({ code: "FEED_EMPTY", message: "empty response: the server sent no content" });
  });

  it("random bytes are reported as not a feed", async () => {
    const bytes = Buffer.from(Array.from({ length: 600 }, (_, index) => (index * 37 + 11) % 256));
    await expect(parseFeed(bytes, null, "https://feeds.example/noise")).rejects.toMatchObject({
      code: "FEED_NOT_A_FEED",
      message: "not a feed: the server sent binary data",
    });
  });

  it("gzip bytes that were never inflated are named as such", async () => {
    const body = gzipSync(readFeedFixture("bbc-world-rss2-2026.xml"));
    await expect(parseFeed(body, "application/rss+xml", "https://feeds.example/gz")).rejects.toMatchObject({
      code: "FEED_NOT_A_FEED",
      message: "not a feed: the server sent gzip-compressed bytes",
    });
  });

  it("JSON that is not a JSON Feed is reported as not a feed", async () => {
    const body = Buffer.from('{"status":"error","code":429}');
    await expect(parseFeed(body, "application/json", "https://feeds.example/api")).rejects.toMatchObject({
      code: "FEED_NOT_A_FEED",
      message: "not a feed: the server sent JSON that is not a JSON Feed",
    });
  });

  it("XML that is not a feed names its root element", async () => {
    const body = Buffer.from('<?xml version="1.0"?><opml version="2.0"><head/><body/></opml>');
    await expect(parseFeed(body, "text/xml", "https://feeds.example/opml")).rejects.toMatchObject({
      code: "FEED_NOT_A_FEED",
      message:
        "not a feed: the server sent an XML document whose root is <opml>, not <rss>, <rdf:RDF> or <feed>",
    });
  });

  it("billion laughs document is refused without expansion", async () => {
    const entities = Array.from(
      { length: 9 },
      (_, level) => `<!ENTITY lol${level + 1} "${`&lol${level};`.repeat(10)}">`,
    ).join("");
    const body = Buffer.from(
      `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">${entities}]><lolz>&lol9;</lolz>`,
    );
    await expect(parseFeed(body, "application/xml", "https://feeds.example/lolz")).rejects.toMatchObject({
      code: "FEED_NOT_A_FEED",
      message:
        "not a feed: the server sent an XML document whose root is <lolz>, not <rss>, <rdf:RDF> or <feed>; its 10 entity declarations were refused",
    });
  });

  it("a real feed carrying an entity-expansion DTD is refused as a whole, never expanded", async () => {
    const entities = Array.from(
      { length: 9 },
      (_, level) => `<!ENTITY lol${level + 1} "${`&lol${level};`.repeat(10)}">`,
    ).join("");
    await expect(
      parseVariant("bbc-world-rss2-2026.xml", (text) =>
        text
          .replace("<rss", `<!DOCTYPE rss [<!ENTITY lol0 "lol">${entities}]>\n<rss`)
          .replace("<ttl>15</ttl>", "<ttl>&lol9;</ttl>"),
      ),
    ).rejects.toMatchObject({
      code: "FEED_MALFORMED",
      message: expect.stringMatching(/declares 9 XML entities that expand other entities/),
    });
  });

  it("plain entity declarations inside a real feed are dropped with a warning", async () => {
    const parsed = await parseVariant("bbc-world-rss2-2026.xml", (text) =>
      text.replace("<rss", `<!DOCTYPE rss [<!ENTITY copy "(c)">]>\n<rss`),
    );
    expect(parsed.items).toHaveLength(4);
    expect(parsed.warnings).toContain("refused 1 entity declarations in the DTD: they were not expanded");
  });

  it("feed cut inside its first item keeps nothing but says so", async () => {
    const parsed = await parseVariant("bbc-world-rss2-2026.xml", (text) =>
      text.slice(0, text.indexOf("<pubDate>")),
    );
    expect(parsed.items).toHaveLength(0);
    expect(parsed.warnings).toContain(
      "the document was cut short: closed <channel>, <rss> and dropped the unfinished last item",
    );
  });

  it("feed cut in the middle of an item keeps the complete items before it", async () => {
    const parsed = await parseVariant("bbc-world-rss2-2026.xml", (text) => {
      const third = text.indexOf("<item>", text.indexOf("<item>", text.indexOf("<item>") + 1) + 1);
      return text.slice(0, third + 60);
    });
    expect(parsed.items.map((item) => item.guid)).toEqual([
      "https://www.bbc.com/news/articles/c0r47ey0d1vo#0",
      "https://www.bbc.com/news/articles/c1dk0x0v6pdo#0",
    ]);
  });

  it("feed cut inside its root tag is reported as malformed", async () => {
    const body = readFeedFixture("bbc-world-rss2-2026.xml").subarray(0, 90);
    await expect(parseFeed(body, null, "https://feeds.example/cut")).rejects.toMatchObject({
      code: "FEED_MALFORMED",
      where: "https://feeds.example/cut",
    });
  });

  it("crossed end tags are reported as malformed with the parser's reason", async () => {
    const failure = parseVariant("bbc-world-rss2-2026.xml", (text) => text.replace("</item>", "</channel>"));
    await expect(failure).rejects.toMatchObject({ code: "FEED_MALFORMED" });
    await expect(failure).rejects.toThrow(
      /^malformed feed: the XML cannot be read \(Unexpected close tag, Line: \d+/,
    );
  });

  it("HTML named entities XML does not define are read as characters", async () => {
    const parsed = await parseVariant("un-news-rss2-europe-2022.xml", (text) =>
      text.replaceAll("’", "&rsquo;"),
    );
    expect(parsed.items[2]?.title).toBe("Ukraine: UNESCO’s response to children’s education needs");
    expect(parsed.warnings.some((warning) => warning.startsWith("replaced "))).toBe(true);
  });

  it("bare ampersands in links are escaped instead of failing the feed", async () => {
    const parsed = await parseVariant("bbc-world-rss2-2026.xml", (text) =>
      text.replaceAll("&amp;at_campaign", "&at_campaign"),
    );
    expect(parsed.items[0]?.link).toBe(
      "https://www.bbc.com/news/articles/c0r47ey0d1vo?at_medium=RSS&at_campaign=rss",
    );
    expect(parsed.warnings).toContain('escaped 4 bare "&" characters');
  });

  it("control characters XML forbids are removed", async () => {
    const parsed = await parseVariant("nhk-rss2-ja-2025.xml", (text) =>
      text.replace("<title>NHKニュース</title>", "<title>NHK\u0001ニュース\u000B</title>"),
    );
    expect(parsed.title).toBe("NHKニュース");
    expect(parsed.warnings).toContain("removed 2 control characters XML does not allow");
  });
});
