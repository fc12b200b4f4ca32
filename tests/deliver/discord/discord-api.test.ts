import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDiscordPlatform } from "../../../src/deliver/discord/discord-api.js";
import type { Platform, PlatformMessage } from "../../../src/deliver/platform.js";
import { PlatformError, RateLimitedError } from "../../../src/errors.js";
import { silentLogger } from "../../../src/log.js";
import type { Target } from "../../../src/model/subscription.js";
import { type FakeDiscord, startFakeDiscord } from "../../support/fake-discord.js";

const CHANNEL = "123456789012345678";
const WEBHOOK_ID = "223456789012345678";
const WEBHOOK_TOKEN = "wh-Token_0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123";
const channel: Target = { kind: "discord", channel: CHANNEL };
const webhook: Target = { kind: "discord-webhook", id: WEBHOOK_ID, token: WEBHOOK_TOKEN };

const message: PlatformMessage = {
  discord: {
    content: "Myanmar: raid on KK Park @everyone",
    embeds: [
      {
        title: "Raid on KK Park",
        url: "https://example.org/kk",
        description: "Hundreds freed",
        color: 15158332,
      },
    ],
  },
};

let fake: FakeDiscord;
let platform: Platform;

beforeEach(async () => {
  fake = await startFakeDiscord({ token: "bot-token", webhooks: { [WEBHOOK_ID]: WEBHOOK_TOKEN } });
  platform = createDiscordPlatform({
    token: "bot-token",
    apiUrl: fake.apiUrl,
    allowPrivateHosts: true,
    logger: silentLogger(),
  });
});

afterEach(async () => {
  await platform.close();
  await fake.close();
});

const errorOf = (target: Target) => platform.send(target, message).catch((e: unknown) => e);

describe("createDiscordPlatform", () => {
  it("posts to a channel with the bot token and returns Discord's message id", async () => {
    const result = await platform.send(channel, message);
    expect(fake.violations).toEqual([]);
    expect(fake.requests).toEqual([{ method: "POST", path: `/api/v10/channels/${CHANNEL}/messages` }]);
    expect(fake.messages).toHaveLength(1);
    expect(fake.messages[0]).toMatchObject({
      channel: CHANNEL,
      via: "bot",
      content: message.discord!.content,
    });
    expect(fake.messages[0]!.embeds).toEqual(message.discord!.embeds);
    expect(result.messageId).toBe(fake.messages[0]!.id);
  });

  it("executes a webhook at $DISCORD_API_URL/v10/webhooks/ID/TOKEN with wait=true and no bot token", async () => {
    const result = await platform.send(webhook, message);
    expect(fake.violations).toEqual([]);
    expect(fake.requests).toEqual([{ method: "POST", path: `/api/v10/webhooks/${WEBHOOK_ID}/«token»` }]);
    expect(fake.messages[0]).toMatchObject({ channel: `webhook:${WEBHOOK_ID}`, via: "webhook" });
    expect(result.messageId).toBe(fake.messages[0]!.id);
  });

  it("executes webhooks even when no bot token is configured", async () => {
    const tokenless = createDiscordPlatform({
      token: null,
      apiUrl: fake.apiUrl,
      allowPrivateHosts: true,
      logger: silentLogger(),
    });
    await tokenless.send(webhook, message);
    await tokenless.close();
    expect(fake.violations).toEqual([]);
    expect(fake.messages).toHaveLength(1);
  });

  it("sends allowed_mentions {parse: []} on every message so @everyone in a feed never pings", async () => {
    const sneaky: PlatformMessage = {
      discord: {
        content: "@here <@123456789012345678>",
        embeds: [],
        allowed_mentions: { parse: ["everyone"] },
      },
    };
    await platform.send(channel, sneaky);
    await platform.send(webhook, sneaky);
    expect(fake.messages.map((m) => m.body["allowed_mentions"])).toEqual([{ parse: [] }, { parse: [] }]);
    expect(fake.pings).toEqual([]);
    expect(fake.violations).toEqual([]);
  });

  it("turns a 429 into RateLimitedError with retry_after in ms, without sleeping or retrying", async () => {
    fake.failNext(1, { status: 429, retryAfter: 3600 });
    const error = await errorOf(channel);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterMs).toBe(3_600_000);
    expect(fake.requests).toHaveLength(1);
    expect(fake.messages).toHaveLength(0);
  });

  it.each([
    [{ status: 404 as const, code: 10003 }, channel, "PLATFORM_TARGET_GONE", "Unknown Channel"],
    [{ status: 404 as const, code: 10015 }, webhook, "PLATFORM_TARGET_GONE", "Unknown Webhook"],
    [{ status: 403 as const, code: 50013 }, channel, "PLATFORM_UNAUTHORISED", "Missing Permissions"],
    [{ status: 403 as const, code: 50001 }, channel, "PLATFORM_UNAUTHORISED", "Missing Access"],
    [{ status: 401 as const, code: 50027 }, webhook, "PLATFORM_UNAUTHORISED", "Invalid Webhook Token"],
  ])(
    "treats %j as permanent, with the code in the message, after exactly one request",
    async (failure, target, code, words) => {
      fake.failNext(1, failure);
      const error = await errorOf(target);
      expect(error).toBeInstanceOf(PlatformError);
      expect(error).toMatchObject({
        permanent: true,
        code,
        status: failure.status,
        platformCode: String(failure.code),
      });
      expect((error as Error).message).toContain(`(${failure.code})`);
      expect((error as Error).message).toContain(words);
      expect((error as Error).message).not.toContain(WEBHOOK_TOKEN);
      expect(fake.requests).toHaveLength(1);
    },
  );

  it("answers an unknown webhook with 10015 from the stand-in itself, permanently", async () => {
    const error = await errorOf({ kind: "discord-webhook", id: "323456789012345678", token: "nope" });
    expect(error).toMatchObject({ permanent: true, platformCode: "10015" });
    expect(fake.requests).toHaveLength(1);
  });

  it("keeps working for other channels after a 401 on one", async () => {
    fake.failNext(1, { status: 401, code: 0 });
    expect(await errorOf(channel)).toMatchObject({ permanent: true, code: "PLATFORM_UNAUTHORISED" });
    await platform.send({ kind: "discord", channel: "323456789012345678" }, message);
    expect(fake.messages).toHaveLength(1);
    expect(fake.violations).toEqual([]);
  });

  it("treats a 500 as worth retrying later, and does not retry it itself", async () => {
    fake.failNext(1, { status: 500 });
    const error = await errorOf(channel);
    expect(error).toBeInstanceOf(PlatformError);
    expect(error).toMatchObject({ permanent: false, status: 500 });
    expect(fake.requests).toHaveLength(1);
  });

  it("treats a dropped connection as worth retrying later, without the webhook token in the message", async () => {
    fake.failNext(1, { drop: true });
    const error = await errorOf(webhook);
    expect(error).toBeInstanceOf(PlatformError);
    expect(error).toMatchObject({ permanent: false, code: "PLATFORM_ERROR" });
    expect((error as Error).message).not.toContain(WEBHOOK_TOKEN);
    expect((error as Error).message).toContain(`discord-webhook:${WEBHOOK_ID}/«redacted»`);
  });

  it("refuses a channel target when no bot token is configured, without asking Discord", async () => {
    const tokenless = createDiscordPlatform({
      token: null,
      apiUrl: fake.apiUrl,
      allowPrivateHosts: true,
      logger: silentLogger(),
    });
    const error = await tokenless.send(channel, message).catch((e: unknown) => e);
    await tokenless.close();
    expect(error).toMatchObject({ permanent: true });
    expect((error as Error).message).toMatch(/needs DISCORD_TOKEN/);
    expect(fake.requests).toHaveLength(0);
  });
});
