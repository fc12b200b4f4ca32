import { describe, expect, it } from "vitest";
import { setFeedEnabled } from "../../src/config/set-feed-enabled.js";

const SHIPPED_STYLE = [
  "{",
  '  "$schema": "./feeds.schema.json",',
  '  "feeds": [',
  '    { "id": "dw-all", "outlet": "DW", "url": "https://rss.dw.com/rdf/rss-en-all" },',
  '    { "id": "dw-asia", "outlet": "DW", "url": "https://rss.dw.com/rdf/rss-en-asia", "enabled": false },',
  '    { "id": "usip", "outlet": "USIP", "url": "https://www.usip.org/rss.xml", "interval": 30 },',
  "    {",
  '      "id": "un-news-all",',
  '      "outlet": "UN News",',
  '      "url": "https://news.un.org/feed/subscribe/en/news/all/rss.xml",',
  '      "interval": 15',
  "    }",
  "  ]",
  "}",
  "",
].join("\n");

const lines = (text: string | null) => text?.split("\n") ?? [];

describe("setFeedEnabled", () => {
  it("adds enabled: false at the end of a one-line entry that still fits the line", () => {
    expect(lines(setFeedEnabled(SHIPPED_STYLE, "dw-all", false, "feeds.json"))[3]).toBe(
      '    { "id": "dw-all", "outlet": "DW", "url": "https://rss.dw.com/rdf/rss-en-all", "enabled": false },',
    );
  });

  it("lays a one-line entry out one field a line when enabled: false would pass 110 columns, as biome does", () => {
    const after = setFeedEnabled(SHIPPED_STYLE, "usip", false, "feeds.json");
    expect(lines(after).slice(5, 12)).toEqual([
      "    {",
      '      "id": "usip",',
      '      "outlet": "USIP",',
      '      "url": "https://www.usip.org/rss.xml",',
      '      "interval": 30,',
      '      "enabled": false',
      "    },",
    ]);
  });

  it("adds enabled: false on its own line to an entry laid out one field a line", () => {
    const after = setFeedEnabled(SHIPPED_STYLE, "un-news-all", false, "feeds.json");
    expect(after).toBe(
      SHIPPED_STYLE.replace('"interval": 15\n', '"interval": 15,\n      "enabled": false\n'),
    );
  });

  it("flips an enabled already written in place, touching nothing else", () => {
    expect(setFeedEnabled(SHIPPED_STYLE, "dw-asia", true, "feeds.json")).toBe(
      SHIPPED_STYLE.replace('rss-en-asia", "enabled": false', 'rss-en-asia", "enabled": true'),
    );
  });

  it("leaves an entry without enabled as it is when enabling it (absent means enabled)", () => {
    expect(setFeedEnabled(SHIPPED_STYLE, "dw-all", true, "feeds.json")).toBe(SHIPPED_STYLE);
  });

  it("keeps CRLF line endings", () => {
    const crlf = SHIPPED_STYLE.replaceAll("\n", "\r\n");
    expect(setFeedEnabled(crlf, "un-news-all", false, "feeds.json")).toBe(
      crlf.replace('"interval": 15\r\n', '"interval": 15,\r\n      "enabled": false\r\n'),
    );
  });

  it("is not fooled by an id written inside another feed's URL", () => {
    const text =
      '{"feeds": [{"id": "a", "outlet": "A", "url": "https://x.org/?id=%22b%22&{}"}, {"id": "b", "outlet": "B", "url": "https://y.org/"}]}';
    expect(setFeedEnabled(text, "b", false, "feeds.json")).toBe(
      text.replace('"https://y.org/"}', '"https://y.org/", "enabled": false}'),
    );
  });

  it("returns null for an id no entry has", () => {
    expect(setFeedEnabled(SHIPPED_STYLE, "nope", false, "feeds.json")).toBeNull();
  });
});
