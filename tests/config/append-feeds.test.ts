import { describe, expect, it } from "vitest";
import { appendFeeds } from "../../src/config/append-feeds.js";

const SHORT = { id: "voa-cambodia", outlet: "VOA", url: "https://www.voanews.com/api/zyrmoe-mqm" };
const LONG = {
  id: "un-news-women",
  outlet: "UN News",
  url: "https://news.un.org/feed/subscribe/en/news/topic/women/feed/rss.xml",
  interval: 30,
};

describe("appendFeeds", () => {
  it("keeps the shipped feeds.json style: short entries on one line, long ones expanded", () => {
    const text = [
      "{",
      '  "$schema": "./feeds.schema.json",',
      '  "feeds": [',
      '    { "id": "dw-all", "outlet": "DW", "url": "https://rss.dw.com/rdf/rss-en-all" },',
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
    expect(appendFeeds(text, [SHORT, LONG], "feeds.json")).toBe(
      [
        ...text.split("\n").slice(0, 9),
        "    },",
        '    { "id": "voa-cambodia", "outlet": "VOA", "url": "https://www.voanews.com/api/zyrmoe-mqm" },',
        "    {",
        '      "id": "un-news-women",',
        '      "outlet": "UN News",',
        '      "url": "https://news.un.org/feed/subscribe/en/news/topic/women/feed/rss.xml",',
        '      "interval": 30',
        "    }",
        "  ]",
        "}",
        "",
      ].join("\n"),
    );
  });

  it.each([
    [
      "a one-line file",
      '{"feeds":[{"id":"a","outlet":"A","url":"https://a.example/rss"}]}',
      '{"feeds":[{"id":"a","outlet":"A","url":"https://a.example/rss"},{"id":"voa-cambodia","outlet":"VOA","url":"https://www.voanews.com/api/zyrmoe-mqm"}]}',
    ],
    [
      "an empty one-line array",
      '{ "feeds": [] }\n',
      '{ "feeds": [{"id":"voa-cambodia","outlet":"VOA","url":"https://www.voanews.com/api/zyrmoe-mqm"}] }\n',
    ],
    [
      "tab indentation",
      '{\n\t"feeds": [\n\t\t{\n\t\t\t"id": "a"\n\t\t}\n\t]\n}\n',
      '{\n\t"feeds": [\n\t\t{\n\t\t\t"id": "a"\n\t\t},\n\t\t{\n\t\t\t"id": "voa-cambodia",\n\t\t\t"outlet": "VOA",\n\t\t\t"url": "https://www.voanews.com/api/zyrmoe-mqm"\n\t\t}\n\t]\n}\n',
    ],
    [
      "Windows line endings",
      '{\r\n  "feeds": [\r\n  ]\r\n}\r\n',
      '{\r\n  "feeds": [\r\n    {\r\n      "id": "voa-cambodia",\r\n      "outlet": "VOA",\r\n      "url": "https://www.voanews.com/api/zyrmoe-mqm"\r\n    }\r\n  ]\r\n}\r\n',
    ],
  ])("writes in the style of %s", (_name, text, expected) => {
    expect(appendFeeds(text, [SHORT], "feeds.json")).toBe(expected);
  });

  it("skips over strings that look like the key", () => {
    const text = '{ "note": "\\"feeds\\": [", "feeds": [] }';
    expect(JSON.parse(appendFeeds(text, [SHORT], "feeds.json"))).toEqual({
      note: '"feeds": [',
      feeds: [SHORT],
    });
  });

  it("refuses a file with no feeds array, naming it", () => {
    expect(() => appendFeeds('{ "sources": [] }', [SHORT], "/srv/feeds.json")).toThrow(
      expect.objectContaining({ where: "/srv/feeds.json", message: 'has no "feeds" array to add to' }),
    );
  });
});
