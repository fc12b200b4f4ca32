import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Platform, PlatformMessage } from "../../../src/deliver/platform.js";
import { createSlackPlatform } from "../../../src/deliver/slack/slack-api.js";
import { PlatformError, RateLimitedError } from "../../../src/errors.js";
import { silentLogger } from "../../../src/log.js";
import { type FakeSlack, startFakeSlack } from "../../support/fake-slack.js";

const CHANNEL = "C0123ABCD";
const message: PlatformMessage = {
  slack: {
    text: "Thai police rescue 40 from scam compound",
    blocks: [
      { type: "header", text: { type: "plain_text", text: "Alert", emoji: true } },
      {
        type: "section",
        text: { type: "mrkdwn", text: "<https://example.org/a|Thai police rescue 40>", verbatim: true },
      },
    ],
  },
};

let fake: FakeSlack;
let platform: Platform;

beforeEach(async () => {
  fake = await startFakeSlack({ token: "xoxb-test-token", channels: [CHANNEL] });
  platform = createSlackPlatform({
    token: "xoxb-test-token",
    apiUrl: fake.apiUrl,
    allowPrivateHosts: true,
    logger: silentLogger(),
  });
});

afterEach(async () => {
  await platform.close();
  await fake.close();
});

describe("createSlackPlatform", () => {
  it("posts to the channel with chat.postMessage, unfurling off, and returns the message ts", async () => {
    const result = await platform.send({ kind: "slack", channel: CHANNEL }, message);
    expect(fake.violations).toEqual([]);
    expect(fake.messages).toHaveLength(1);
    const posted = fake.messages[0]!;
    expect(posted).toMatchObject({ channel: CHANNEL, via: "api", method: "chat.postMessage" });
    expect(posted.text).toBe("Thai police rescue 40 from scam compound");
    expect(posted.blocks).toEqual(message.slack!.blocks);
    expect(posted.body).toMatchObject({ unfurl_links: "false", unfurl_media: "false" });
    expect(posted.body).not.toHaveProperty("link_names");
    expect(result.messageId).toBe(posted.ts);
  });

  it("turns a 429 into RateLimitedError with Retry-After in ms, without waiting or retrying", async () => {
    fake.failNext(1, { status: 429, retryAfter: 30 });
    const error = await platform.send({ kind: "slack", channel: CHANNEL }, message).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterMs).toBe(30_000);
    expect(fake.requests.filter((r) => r.path === "/api/chat.postMessage")).toHaveLength(1);
    expect(fake.messages).toHaveLength(0);
  });

  it("treats channel_not_found as permanent, says so with the code, and asks only once", async () => {
    const error = await platform
      .send({ kind: "slack", channel: "C0GONE0001" }, message)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect(error).not.toBeInstanceOf(RateLimitedError);
    expect((error as PlatformError).permanent).toBe(true);
    expect((error as PlatformError).platformCode).toBe("channel_not_found");
    expect((error as PlatformError).message).toBe(
      "slack chat.postMessage to slack:C0GONE0001 failed: channel_not_found",
    );
    expect(fake.requests.filter((r) => r.path === "/api/chat.postMessage")).toHaveLength(1);
  });

  it.each(["not_in_channel", "is_archived", "invalid_auth", "token_revoked", "missing_scope"])(
    "treats %s as permanent",
    async (code) => {
      fake.failNext(1, { error: code });
      const error = await platform
        .send({ kind: "slack", channel: CHANNEL }, message)
        .catch((e: unknown) => e);
      expect((error as PlatformError).permanent).toBe(true);
      expect((error as PlatformError).message).toContain(code);
    },
  );

  it("treats a wrong bot token as permanent invalid_auth", async () => {
    const wrong = createSlackPlatform({
      token: "xoxb-wrong",
      apiUrl: fake.apiUrl,
      allowPrivateHosts: true,
      logger: silentLogger(),
    });
    const error = await wrong.send({ kind: "slack", channel: CHANNEL }, message).catch((e: unknown) => e);
    expect(error).toMatchObject({
      permanent: true,
      platformCode: "invalid_auth",
      code: "PLATFORM_UNAUTHORISED",
    });
  });

  it("treats a 500 as worth retrying later", async () => {
    fake.failNext(1, { status: 500 });
    const error = await platform.send({ kind: "slack", channel: CHANNEL }, message).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect(error).toMatchObject({ permanent: false, status: 500 });
    expect(fake.requests.filter((r) => r.path === "/api/chat.postMessage")).toHaveLength(1);
  });

  it("treats a dropped connection as worth retrying later", async () => {
    fake.failNext(1, { drop: true });
    const error = await platform.send({ kind: "slack", channel: CHANNEL }, message).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect(error).toMatchObject({ permanent: false, code: "PLATFORM_ERROR" });
    expect((error as Error).message).toMatch(
      /^slack chat\.postMessage to slack:C0123ABCD failed: request failed/,
    );
  });

  it("times out a Slack that does not answer, as a retryable failure", async () => {
    const slow = createSlackPlatform({
      token: "xoxb-test-token",
      apiUrl: fake.apiUrl,
      allowPrivateHosts: true,
      logger: silentLogger(),
      timeoutMs: 200,
    });
    fake.failNext(1, { delayMs: 2_000 });
    const error = await slow.send({ kind: "slack", channel: CHANNEL }, message).catch((e: unknown) => e);
    expect(error).toMatchObject({ permanent: false, code: "PLATFORM_ERROR" });
  });

  it("never sends the bot token anywhere in its error messages", async () => {
    fake.failNext(1, { error: "invalid_auth" });
    const error = await platform.send({ kind: "slack", channel: CHANNEL }, message).catch((e: unknown) => e);
    expect(String((error as Error).message)).not.toContain("xoxb-test-token");
  });
});
