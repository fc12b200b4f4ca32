import { describe, expect, it } from "vitest";
import type { FeedConfig } from "../../src/model/feed.js";
import type { ParsedFeed, RawItem } from "../../src/model/raw-item.js";
import { canonicalPostUrl } from "../../src/normalise/clean-url.js";
import { identityKey, itemId } from "../../src/normalise/item-key.js";
import { normaliseItems } from "../../src/normalise/normalise-items.js";
import { loadHeadlines } from "../support/labelled-headlines.js";

const NOW = new Date("2026-11-25T06:00:00Z");
const FEED: FeedConfig = {
  id: "day-blog",
  outlet: "Blog",
  url: "https://blog.example/feed.xml",
  interval: 15,
  language: "en",
  enabled: true,
};
const headlines = loadHeadlines();

function rawItem(index: number, link: string, guid: string | null): RawItem {
  const headline = headlines[index]!;
  return {
    title: headline.title,
    link,
    origLink: null,
    guid,
    guidIsPermaLink: false,
    summary: headline.summary ?? null,
    published: "Mon, 26 Jun 2017 08:06:05 GMT",
    sourceName: null,
    sourceUrl: null,
    categories: [],
  };
}

function parsedFeed(items: RawItem[]): ParsedFeed {
  return {
    format: "rss2",
    title: "Blog",
    link: "https://blog.example/",
    language: "en",
    items,
    warnings: [],
  };
}

const PAGE = "https://blog.example/2017/06/26.html";

describe("item identity of posts that share one page", () => {
  it("30 items whose links differ only by #fragment, each with its own guid, are 30 items", () => {
    const raws = Array.from({ length: 30 }, (_, n) =>
      rawItem(n, `${PAGE}#a0806${String(n).padStart(2, "0")}`, `tag:blog.example,2017:post-${n}`),
    );
    const { items } = normaliseItems(parsedFeed(raws), FEED, NOW);
    expect(items).toHaveLength(30);
    expect(new Set(items.map((item) => item.id)).size).toBe(30);
    expect(new Set(items.map((item) => item.url)).size).toBe(30);
    expect(items[5]?.url).toBe(`${PAGE}#a080605`);
  });

  it("items without guids that differ only by #fragment stay one article", () => {
    const keys = ["#a080605", "#a030658"].map((fragment) =>
      identityKey({ feedId: FEED.id, articleUrl: `${PAGE}${fragment}`, guid: null, title: "x" }),
    );
    expect(keys[0]).toBe(keys[1]);
    expect(keys[0]).toBe(`url:${PAGE}`);
  });

  it("the same anchored post linked from two feeds is one item", () => {
    const parts = { articleUrl: `http://blog.example/2017/06/26.html?utm_source=rss#a080605`, title: "x" };
    const a = identityKey({ ...parts, feedId: "feed-a", guid: "a-1" });
    const b = identityKey({ ...parts, feedId: "feed-b", guid: "b-9" });
    expect(itemId(a)).toBe(itemId(b));
    expect(a).toBe(`url:${PAGE}#a080605`);
  });
});

describe("canonicalPostUrl", () => {
  it.each([
    ["keeps an in-page anchor", `${PAGE}#a080605`, `${PAGE}#a080605`],
    ["drops a tracking fragment", `${PAGE}#xtor=RSS-3208`, PAGE],
    ["drops an empty fragment", `${PAGE}#`, PAGE],
    [
      "still drops tracking parameters",
      `http://blog.example/2017/06/26.html?utm_medium=rss#a1`,
      `${PAGE}#a1`,
    ],
    ["leaves text that is not a URL alone", "urn:uuid:1234#a", "urn:uuid:1234#a"],
  ])("%s", (_, url, expected) => {
    expect(canonicalPostUrl(url)).toBe(expected);
  });
});
