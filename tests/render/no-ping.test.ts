import { describe, expect, it } from "vitest";
import {
  discordLink,
  escapeSlackText,
  neutraliseDiscordText,
  neutraliseSlackText,
  plainSlackText,
  safeHttpUrl,
  slackLink,
} from "../../src/render/no-ping.js";

const ZW = "\u200B";

describe("escapeSlackText", () => {
  it.each([
    ["<!channel>", "&lt;!channel&gt;"],
    ["<!here>", "&lt;!here&gt;"],
    ["<@U024BE7LH>", "&lt;@U024BE7LH&gt;"],
    ["<#C123ABC456>", "&lt;#C123ABC456&gt;"],
    ["<!subteam^S123>", "&lt;!subteam^S123&gt;"],
    ["Tom & Jerry", "Tom &amp; Jerry"],
    ["already &lt; escaped", "already &amp;lt; escaped"],
    ["plain words", "plain words"],
  ])("escapes %j as %j so no mention can form", (input, expected) => {
    expect(escapeSlackText(input)).toBe(expected);
  });
});

describe("neutraliseSlackText", () => {
  it.each([
    ["@here look", `@${ZW}here look`],
    ["@channel", `@${ZW}channel`],
    ["@EVERYONE", `@${ZW}EVERYONE`],
    ["<!channel> & @here", `&lt;!channel&gt; &amp; @${ZW}here`],
    ["email me@example.org", "email me@example.org"],
  ])("breaks broadcast words and escapes %j", (input, expected) => {
    expect(neutraliseSlackText(input)).toBe(expected);
  });
});

describe("plainSlackText", () => {
  it.each([
    ["<!channel> alert", "‹!channel› alert"],
    ["Search: @here", `Search: @${ZW}here`],
    ["Cambodia & Laos", "Cambodia & Laos"],
  ])("shows %j without mention syntax", (input, expected) => {
    expect(plainSlackText(input)).toBe(expected);
  });
});

describe("safeHttpUrl", () => {
  it.each([
    ["https://www.reuters.com/world/asia/x", "https://www.reuters.com/world/asia/x"],
    ["http://example.org/a b", "http://example.org/a%20b"],
    ["https://example.org/a|b", "https://example.org/a%7Cb"],
    ["https://example.org/a_(b)", "https://example.org/a_%28b%29"],
    ["https://medium.com/@here/post", "https://medium.com/%40here/post"],
    ["https://user:pw@example.org/x", "https://example.org/x"],
    ["https://example.org/<!channel>", "https://example.org/%3C!channel%3E"],
    ["javascript:alert(1)", null],
    ["ftp://example.org/file", null],
    ["/relative/path", null],
    ["", null],
    [null, null],
  ])("turns %j into %j", (input, expected) => {
    expect(safeHttpUrl(input)).toBe(expected);
  });
});

describe("slackLink", () => {
  it.each([
    [
      "https://vodenglish.news/a?x=1&y=2",
      "Sihanoukville raids",
      "<https://vodenglish.news/a?x=1&amp;y=2|Sihanoukville raids>",
    ],
    ["https://example.org/", "a|b <!here>", "<https://example.org/|a¦b &lt;!here&gt;>"],
    ["javascript:alert(1)", "Click <me>", "Click &lt;me&gt;"],
    [null, "No link", "No link"],
  ])("links %j labelled %j as %j", (url, label, expected) => {
    expect(slackLink(url, label)).toBe(expected);
  });
});

describe("neutraliseDiscordText", () => {
  it.each([
    ["@everyone wake up", `@${ZW}everyone wake up`],
    ["@here", `@${ZW}here`],
    ["<@123456789012345678>", `<${ZW}@123456789012345678>`],
    ["<@!123>", `<${ZW}@!123>`],
    ["<@&123>", `<${ZW}@&123>`],
    ["<#123>", `<${ZW}#123>`],
    ["</tracewire:1>", `<${ZW}/tracewire:1>`],
    ["[click](https://evil.example)", "\\[click\\](https://evil.example)"],
    [
      "**bold** _it_ ~~s~~ `c` ||spoiler||",
      "\\*\\*bold\\*\\* \\_it\\_ \\~\\~s\\~\\~ \\`c\\` \\|\\|spoiler\\|\\|",
    ],
    ["# heading", "\\# heading"],
    ["> quote", "\\> quote"],
    ["Cambodia's scam compounds", "Cambodia's scam compounds"],
  ])("neutralises %j as %j", (input, expected) => {
    expect(neutraliseDiscordText(input)).toBe(expected);
  });
});

describe("discordLink", () => {
  it.each([
    ["https://www.nbcnews.com/x", "NBC", "[NBC](https://www.nbcnews.com/x)"],
    ["https://en.wikipedia.org/wiki/A_(b)", "Wiki", "[Wiki](https://en.wikipedia.org/wiki/A_%28b%29)"],
    ["data:text/html,x", "[evil](x)", "\\[evil\\](x)"],
  ])("links %j labelled %j as %j", (url, label, expected) => {
    expect(discordLink(url, label)).toBe(expected);
  });
});
