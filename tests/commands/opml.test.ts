import { describe, expect, it } from "vitest";
import { mergeOutlines, parseOpml, readOpml, renderOpml } from "../../src/commands/opml.js";
import type { FeedConfig } from "../../src/model/feed.js";

const existing: FeedConfig[] = [
  {
    id: "dw-all",
    outlet: "DW",
    url: "https://rss.dw.com/rdf/rss-en-all",
    interval: 10,
    language: "en",
    enabled: true,
  },
];

describe("OPML", () => {
  it("reads nested outlines with xmlUrl and skips folders", () => {
    const text = `<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body>
      <outline text="Asia"><outline type="rss" text="UN News &amp; Asia" xmlUrl="https://news.un.org/feed/subscribe/en/news/region/asia-pacific/feed/rss.xml"/>
      <outline text='VOA' xmlUrl='https://www.voanews.com/api/epiqq' htmlUrl='https://www.voanews.com'/></outline></body></opml>`;
    expect(parseOpml(text, "subs.opml")).toEqual([
      {
        title: "UN News & Asia",
        xmlUrl: "https://news.un.org/feed/subscribe/en/news/region/asia-pacific/feed/rss.xml",
        htmlUrl: null,
        language: null,
      },
      {
        title: "VOA",
        xmlUrl: "https://www.voanews.com/api/epiqq",
        htmlUrl: "https://www.voanews.com",
        language: null,
      },
    ]);
  });

  it("refuses a file that is not OPML, naming it", () => {
    expect(() => parseOpml("<rss></rss>", "subs.opml")).toThrow(/not an OPML document/);
  });

  it("adds new feeds with unique ids and keeps URLs already configured", () => {
    const { feeds, added } = mergeOutlines(existing, [
      { title: "DW", xmlUrl: "https://rss.dw.com/rdf/rss-en-all", htmlUrl: null, language: null },
      { title: "DW all", xmlUrl: "https://rss.dw.com/xml/rss-en-all", htmlUrl: null, language: null },
      { title: "DW all", xmlUrl: "https://rss.dw.com/xml/rss-en-world", htmlUrl: null, language: null },
      { title: "gopher", xmlUrl: "gopher://example.org/feed", htmlUrl: null, language: null },
    ]);
    expect(added.map((f) => f.id)).toEqual(["dw-all-2", "dw-all-3"]);
    expect(feeds).toHaveLength(3);
  });

  it("round-trips feeds through export and import", () => {
    const text = renderOpml(existing, new Date("2026-11-25T00:00:00Z"));
    const outlines = parseOpml(text, "export.opml");
    expect(outlines).toEqual([{ title: "DW", xmlUrl: existing[0]!.url, htmlUrl: null, language: "en" }]);
  });

  it("says why each outline was left out", () => {
    const { skipped } = mergeOutlines(existing, [
      { title: "DW", xmlUrl: "https://rss.dw.com/rdf/rss-en-all", htmlUrl: null, language: null },
      { title: "DW world", xmlUrl: "https://rss.dw.com/xml/rss-en-world", htmlUrl: null, language: null },
      {
        title: "DW world again",
        xmlUrl: "https://rss.dw.com/xml/rss-en-world",
        htmlUrl: null,
        language: null,
      },
      { title: "gopher", xmlUrl: "gopher://example.org/feed", htmlUrl: null, language: null },
      { title: "broken", xmlUrl: "not a url", htmlUrl: null, language: null },
    ]);
    expect(skipped).toEqual([
      { title: "DW", xmlUrl: "https://rss.dw.com/rdf/rss-en-all", reason: "already in feeds.json as dw-all" },
      {
        title: "DW world again",
        xmlUrl: "https://rss.dw.com/xml/rss-en-world",
        reason: "same URL as dw-world above",
      },
      { title: "gopher", xmlUrl: "gopher://example.org/feed", reason: "xmlUrl is gopher:, not http(s)" },
      { title: "broken", xmlUrl: "not a url", reason: "xmlUrl is not a URL" },
    ]);
  });

  it("reports a leaf outline without xmlUrl as skipped, but not a folder", () => {
    const text = `<opml version="2.0"><body><outline text="Asia">
      <outline text="UNODC press" htmlUrl="https://www.unodc.org/unodc/en/press/"/></outline></body></opml>`;
    expect(readOpml(text, "subs.opml")).toEqual({
      outlines: [],
      skipped: [{ title: "UNODC press", xmlUrl: null, reason: "no xmlUrl, so not a feed" }],
    });
  });
});
