import { describe, expect, it } from "vitest";
import {
  assertWithinDiscordLimits,
  assertWithinSlackLimits,
  containsPing,
  discordLimitViolations,
  discordPings,
  slackLimitViolations,
  slackPings,
} from "./platform-limits.js";

const md = (text: string) => ({ type: "mrkdwn", text, verbatim: true });
const section = (text: string) => ({ type: "section", text: md(text) });
const okSlack = { text: "fallback", blocks: [section("hello")] };
const okDiscord = { embeds: [{ title: "t", description: "d" }], allowed_mentions: { parse: [] } };

describe("slackLimitViolations", () => {
  it.each([
    ["51 blocks", { text: "x", blocks: Array.from({ length: 51 }, () => section("a")) }, "blocks: 51 > 50"],
    [
      "a 3001-char section",
      { text: "x", blocks: [section("a".repeat(3001))] },
      "blocks[0].text: 3001 > 3000",
    ],
    [
      "a 151-char header",
      { text: "x", blocks: [{ type: "header", text: { type: "plain_text", text: "h".repeat(151) } }] },
      "blocks[0].text: 151 > 150",
    ],
    [
      "11 context elements",
      { text: "x", blocks: [{ type: "context", elements: Array.from({ length: 11 }, () => md("a")) }] },
      "blocks[0].elements: 11 > 10",
    ],
    ["no fallback text", { blocks: [section("a")] }, "text: missing fallback text"],
    ["a 4001-char fallback", { text: "a".repeat(4001), blocks: [] }, "text: 4001 > 4000"],
    ["an empty section", { text: "x", blocks: [section(" ")] }, "blocks[0].text: empty text"],
    [
      "12,000 chars of block text",
      { text: "x", blocks: Array.from({ length: 4 }, () => section("a".repeat(3000))) },
      "blocks: 12000 characters of text > 11000",
    ],
  ])("reports %s", (_name, msg, problem) => {
    expect(slackLimitViolations(msg)).toContain(problem);
    expect(() => assertWithinSlackLimits(msg)).toThrow(problem);
  });

  it("passes a message within the limits", () => {
    expect(slackLimitViolations(okSlack)).toEqual([]);
    expect(() => assertWithinSlackLimits(okSlack)).not.toThrow();
  });
});

describe("slackPings", () => {
  it.each([
    [
      "<!channel> in a section",
      { text: "x", blocks: [section("<!channel>")] },
      "blocks[0].text: mention syntax",
    ],
    ["<@U024BE7LH> in the fallback", { text: "hi <@U024BE7LH>", blocks: [] }, "text: mention syntax"],
    ["@here in the fallback", { text: "@here", blocks: [] }, "text: bare broadcast word"],
    [
      "mrkdwn without verbatim",
      { text: "x", blocks: [{ type: "section", text: { type: "mrkdwn", text: "hi" } }] },
      "blocks[0].text: mrkdwn without verbatim: true",
    ],
    [
      "<!subteam^S1> in a context element",
      { text: "x", blocks: [{ type: "context", elements: [md("<!subteam^S1>")] }] },
      "blocks[0].elements[0]: mention syntax",
    ],
  ])("finds %s", (_name, msg, problem) => {
    expect(slackPings(msg)).toContain(problem);
    expect(containsPing(msg)).toBe(true);
  });

  it("allows links and <!date^…> formatting", () => {
    const msg = {
      text: "x",
      blocks: [section("<https://x.example|x> <!date^1700000000^{date_short}|15 Nov>")],
    };
    expect(slackPings(msg)).toEqual([]);
  });
});

describe("discordLimitViolations", () => {
  const embed = (e: object) => ({ embeds: [e], allowed_mentions: { parse: [] } });
  it.each([
    [
      "11 embeds",
      { embeds: Array.from({ length: 11 }, () => ({ title: "t" })), allowed_mentions: { parse: [] } },
      "embeds: 11 > 10",
    ],
    ["a 257-char title", embed({ title: "t".repeat(257) }), "embeds[0].title: 257 > 256"],
    [
      "a 4097-char description",
      embed({ description: "d".repeat(4097) }),
      "embeds[0].description: 4097 > 4096",
    ],
    [
      "a 1025-char field value",
      embed({ fields: [{ name: "n", value: "v".repeat(1025) }] }),
      "embeds[0].fields[0].value: 1025 > 1024",
    ],
    [
      "an empty field name",
      embed({ fields: [{ name: "", value: "v" }] }),
      "embeds[0].fields[0].name: empty or not a string",
    ],
    [
      "6001 characters over two embeds",
      {
        embeds: [{ description: "d".repeat(4000) }, { description: "d".repeat(2001) }],
        allowed_mentions: { parse: [] },
      },
      "embeds: 6001 characters > 6000",
    ],
    [
      "2001 chars of content",
      { content: "c".repeat(2001), embeds: [], allowed_mentions: { parse: [] } },
      "content: longer than 2000 or not a string",
    ],
    [
      "a javascript: url",
      embed({ title: "t", url: "javascript:alert(1)" }),
      "embeds[0].url: not an http(s) URL",
    ],
    [
      "an empty message",
      { embeds: [], allowed_mentions: { parse: [] } },
      "message: neither content nor embeds",
    ],
  ])("reports %s", (_name, msg, problem) => {
    expect(discordLimitViolations(msg)).toContain(problem);
    expect(() => assertWithinDiscordLimits(msg)).toThrow(problem);
  });

  it("passes a message within the limits", () => {
    expect(discordLimitViolations(okDiscord)).toEqual([]);
    expect(() => assertWithinDiscordLimits(okDiscord)).not.toThrow();
  });
});

describe("discordPings", () => {
  it.each([
    ["no allowed_mentions", { content: "hi", embeds: [] }, "allowed_mentions: not { parse: [] }"],
    [
      "parse users",
      { content: "hi", embeds: [], allowed_mentions: { parse: ["users"] } },
      "allowed_mentions: not { parse: [] }",
    ],
    [
      "@everyone in content",
      { content: "@everyone", embeds: [], allowed_mentions: { parse: [] } },
      "content: mention syntax",
    ],
    [
      "a role mention in a field",
      { embeds: [{ fields: [{ name: "n", value: "<@&123>" }] }], allowed_mentions: { parse: [] } },
      "embeds[0].fields[0].value: mention syntax",
    ],
  ])("finds %s", (_name, msg, problem) => {
    expect(discordPings(msg)).toContain(problem);
    expect(containsPing(msg)).toBe(true);
  });

  it("accepts @\u200Beveryone, broken by a zero-width space", () => {
    expect(discordPings({ content: "@\u200Beveryone", embeds: [], allowed_mentions: { parse: [] } })).toEqual(
      [],
    );
  });
});
