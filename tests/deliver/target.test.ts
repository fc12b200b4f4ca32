import { describe, expect, it } from "vitest";
import { describeTarget, parseTarget } from "../../src/deliver/target.js";
import { ConfigError } from "../../src/errors.js";

const strict = { allowPrivateHosts: false };
const loose = { allowPrivateHosts: true };
const DISCORD_TOKEN = "aB3_dEf-GhIjKlMnOpQrStUvWxYz0123456789aB3_dEf-GhIjKlMnOpQrStUvWxYz01";
const SLACK_SECRET = "XXXXXXXXXXXXXXXXXXXXXXXX";

describe("parseTarget", () => {
  it.each([
    ["slack:C0123ABCD", { kind: "slack", channel: "C0123ABCD" }],
    ["slack:G01234ABCDE", { kind: "slack", channel: "G01234ABCDE" }],
    ["  slack:D0123ABCD  ", { kind: "slack", channel: "D0123ABCD" }],
    ["discord:123456789012345678", { kind: "discord", channel: "123456789012345678" }],
    ["discord:12345678901234567890", { kind: "discord", channel: "12345678901234567890" }],
    ["console", { kind: "console" }],
    [
      `slack-webhook:https://hooks.slack.com/services/T00000000/B00000000/${SLACK_SECRET}`,
      { kind: "slack-webhook", url: `https://hooks.slack.com/services/T00000000/B00000000/${SLACK_SECRET}` },
    ],
  ])("accepts %s", (text, expected) => {
    expect(parseTarget(text, strict)).toEqual(expected);
  });

  it.each([
    "https://discord.com/api/webhooks/123456789012345678/",
    "https://discord.com/api/v10/webhooks/123456789012345678/",
    "https://ptb.discord.com/api/webhooks/123456789012345678/",
    "https://canary.discord.com/api/webhooks/123456789012345678/",
    "https://discordapp.com/api/webhooks/123456789012345678/",
  ])("reads the id and token out of every Discord webhook URL form: %s", (prefix) => {
    expect(parseTarget(`discord-webhook:${prefix}${DISCORD_TOKEN}`, strict)).toEqual({
      kind: "discord-webhook",
      id: "123456789012345678",
      token: DISCORD_TOKEN,
    });
  });

  it.each([
    ["slack:#general", /slack channel id/],
    ["slack:c0123abcd", /slack channel id/],
    ["slack:C012", /slack channel id/],
    ["discord:1234", /17–20 digit/],
    ["discord:abc123456789012345678", /17–20 digit/],
    ["teams:C0123ABCD", /unknown target kind "teams"/],
    ["C0123ABCD", /no kind prefix/],
    ["slack-webhook:ftp://hooks.slack.com/services/T0/B0/x", /https URL/],
    ["slack-webhook:https://hooks.slack.com/workflows/T0/B0/x", /\/services\/T…\/B…\/SECRET/],
    ["discord-webhook:https://discord.com/api/channels/1", /\/api\/webhooks\/ID\/TOKEN/],
  ])("refuses %s with a message naming the problem and the accepted forms", (text, problem) => {
    expect(() => parseTarget(text, strict)).toThrow(problem);
    expect(() => parseTarget(text, strict)).toThrow(/accepted forms: slack:CHANNEL_ID/);
    expect(() => parseTarget(text, strict)).toThrow(ConfigError);
  });

  it("refuses a webhook on someone else's host without the private-hosts switch, and never echoes its token", () => {
    const slack = `slack-webhook:https://evil.example/services/T00000000/B00000000/${SLACK_SECRET}`;
    const discord = `discord-webhook:https://evil.example/api/webhooks/123456789012345678/${DISCORD_TOKEN}`;
    expect(() => parseTarget(slack, strict)).toThrow(/must be on https:\/\/hooks\.slack\.com.*evil\.example/);
    expect(() => parseTarget(discord, strict)).toThrow(/must be on https:\/\/discord\.com.*evil\.example/);
    for (const text of [slack, discord]) {
      const error = captureError(() => parseTarget(text, strict));
      expect(error.message).not.toContain(SLACK_SECRET);
      expect(error.message).not.toContain(DISCORD_TOKEN);
    }
  });

  it("refuses plain http and odd ports on the official hosts without the switch", () => {
    expect(() =>
      parseTarget(
        `slack-webhook:http://hooks.slack.com/services/T00000000/B00000000/${SLACK_SECRET}`,
        strict,
      ),
    ).toThrow(/hooks\.slack\.com/);
    expect(() =>
      parseTarget(
        `discord-webhook:https://discord.com:8443/api/webhooks/123456789012345678/${DISCORD_TOKEN}`,
        strict,
      ),
    ).toThrow(/discord\.com/);
  });

  it("accepts loopback webhook URLs of the same shape when private hosts are allowed", () => {
    expect(
      parseTarget(`slack-webhook:http://127.0.0.1:4123/services/T0FAKE0001/B0ABC/${SLACK_SECRET}`, loose),
    ).toEqual({
      kind: "slack-webhook",
      url: `http://127.0.0.1:4123/services/T0FAKE0001/B0ABC/${SLACK_SECRET}`,
    });
    expect(
      parseTarget(`discord-webhook:http://127.0.0.1:4124/api/webhooks/123456789012345678/abc`, loose),
    ).toEqual({
      kind: "discord-webhook",
      id: "123456789012345678",
      token: "abc",
    });
  });

  it("does not echo a URL typed after the wrong prefix", () => {
    const error = captureError(() =>
      parseTarget(`discord:https://discord.com/api/webhooks/123456789012345678/${DISCORD_TOKEN}`, strict),
    );
    expect(error.message).not.toContain(DISCORD_TOKEN);
  });
});

describe("describeTarget", () => {
  it.each([
    [{ kind: "slack", channel: "C0123ABCD" } as const, "slack:C0123ABCD"],
    [{ kind: "discord", channel: "123456789012345678" } as const, "discord:123456789012345678"],
    [{ kind: "console" } as const, "console"],
    [
      {
        kind: "slack-webhook",
        url: `https://hooks.slack.com/services/T00000000/B00000000/${SLACK_SECRET}`,
      } as const,
      "slack-webhook:hooks.slack.com/services/T00000000/B00000000/«redacted»",
    ],
    [
      { kind: "discord-webhook", id: "123456789012345678", token: DISCORD_TOKEN } as const,
      "discord-webhook:123456789012345678/«redacted»",
    ],
  ])("shows %j as %s, without secrets", (target, text) => {
    expect(describeTarget(target)).toBe(text);
  });
});

function captureError(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a throw");
}
