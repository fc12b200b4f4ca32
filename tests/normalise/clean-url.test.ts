import { describe, expect, it } from "vitest";
import { canonicalUrl, resolveUrl } from "../../src/normalise/clean-url.js";

describe("canonicalUrl", () => {
  it.each([
    [
      "scheme and host are lower-cased, http is https",
      "HTTP://WWW.Reuters.COM/world/",
      "https://www.reuters.com/world",
    ],
    [
      "default ports are dropped",
      "https://news.un.org:443/en/story/2022/04/1115242",
      "https://news.un.org/en/story/2022/04/1115242",
    ],
    ["port 80 is dropped with http", "http://feeds.reuters.com:80/a", "https://feeds.reuters.com/a"],
    [
      "fragments are dropped",
      "https://www.bbc.com/news/articles/c0r47ey0d1vo#0",
      "https://www.bbc.com/news/articles/c0r47ey0d1vo",
    ],
    [
      "utm_* is dropped",
      "https://example.org/a?utm_source=rss&utm_medium=feed&id=7",
      "https://example.org/a?id=7",
    ],
    [
      "DW maca is dropped",
      "https://www.dw.com/en/x/a-1?maca=en-rss-en-all-1573-rdf",
      "https://www.dw.com/en/x/a-1",
    ],
    [
      "Al Jazeera traffic_source is dropped",
      "https://www.aljazeera.com/news/2025/2/6/x?traffic_source=rss",
      "https://www.aljazeera.com/news/2025/2/6/x",
    ],
    [
      "BBC at_* is dropped",
      "https://www.bbc.com/news/articles/c1?at_medium=RSS&at_campaign=rss",
      "https://www.bbc.com/news/articles/c1",
    ],
    [
      "fbclid, gclid, cmpid, ito are dropped",
      "https://x.org/p?fbclid=1&gclid=2&cmpid=3&ito=4&q=5",
      "https://x.org/p?q=5",
    ],
    [
      "Reuters feedType/feedName are dropped",
      "http://www.reuters.com/article/x?feedType=RSS&feedName=worldNews",
      "https://www.reuters.com/article/x",
    ],
    [
      "Google News oc is dropped on news.google.com",
      "https://news.google.com/rss/articles/CBMi?oc=5",
      "https://news.google.com/rss/articles/CBMi",
    ],
    ["oc is kept elsewhere", "https://example.org/list?oc=5", "https://example.org/list?oc=5"],
    [
      "remaining parameters are sorted",
      "https://x.org/search?q=scam&page=2&lang=en",
      "https://x.org/search?lang=en&page=2&q=scam",
    ],
    [
      "trailing slash is dropped",
      "https://lenta.ru/news/2026/06/23/ronaldu/",
      "https://lenta.ru/news/2026/06/23/ronaldu",
    ],
    ["root keeps its slash", "https://www.tagesschau.de/", "https://www.tagesschau.de/"],
    [
      "non-ASCII paths are percent-encoded",
      "https://www.dw.com/bs/između/a-1",
      "https://www.dw.com/bs/izme%C4%91u/a-1",
    ],
    ["text that is not a URL is returned trimmed", "  not a url ", "not a url"],
    ["other schemes are left alone", "mailto:desk@example.org", "mailto:desk@example.org"],
  ])("%s", (_name, input, expected) => {
    expect(canonicalUrl(input)).toBe(expected);
  });

  it("is idempotent", () => {
    const once = canonicalUrl("HTTP://www.bbc.com/news/articles/c1/?at_medium=RSS&b=2&a=1#x");
    expect(canonicalUrl(once)).toBe(once);
  });
});

describe("resolveUrl", () => {
  it.each([
    ["absolute links stay", "https://a.org/x", ["https://b.org/"], "https://a.org/x"],
    [
      "root-relative links use the first base",
      "/news/1",
      ["https://www.nhk.or.jp/news/", "https://x.org/"],
      "https://www.nhk.or.jp/news/1",
    ],
    [
      "protocol-relative links get the base's scheme",
      "//cdn.example.org/x",
      ["https://site.org/"],
      "https://cdn.example.org/x",
    ],
    [
      "a missing base falls through to the next",
      "a/b",
      [null, "https://feeds.example/rss.xml"],
      "https://feeds.example/a/b",
    ],
    ["javascript: links are refused", "javascript:alert(1)", ["https://site.org/"], null],
    ["empty links are none", "   ", ["https://site.org/"], null],
  ])("%s", (_name, link, bases, expected) => {
    expect(resolveUrl(link, ...(bases as (string | null)[]))).toBe(expected);
  });
});
