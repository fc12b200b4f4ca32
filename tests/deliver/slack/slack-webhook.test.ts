import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Platform, PlatformMessage } from "../../../src/deliver/platform.js";
import { createSlackWebhookPlatform } from "../../../src/deliver/slack/slack-webhook.js";
import { PlatformError, RateLimitedError } from "../../../src/errors.js";
import { silentLogger } from "../../../src/log.js";
import { type FakeSlack, startFakeSlack } from "../../support/fake-slack.js";

const message: PlatformMessage = {
  slack: {
    text: "Cambodia: 200 workers freed from Sihanoukville compound",
    blocks: [{ type: "section", text: { type: "mrkdwn", text: "Cambodia digest", verbatim: true } }],
  },
};

let fake: FakeSlack;
let platform: Platform;
let url: string;

beforeEach(async () => {
  fake = await startFakeSlack();
  url = fake.webhookUrl("C0CAMBODIA");
  platform = createSlackWebhookPlatform({ allowPrivateHosts: true, logger: silentLogger() });
});

afterEach(async () => {
  await platform.close();
  await fake.close();
});

const secretOf = (webhook: string) => webhook.split("/").at(-1)!;

describe("createSlackWebhookPlatform", () => {
  it("posts the message as JSON to the webhook and is done when Slack answers ok", async () => {
    const result = await platform.send({ kind: "slack-webhook", url }, message);
    expect(fake.violations).toEqual([]);
    expect(fake.messages).toHaveLength(1);
    expect(fake.messages[0]).toMatchObject({
      channel: "C0CAMBODIA",
      via: "webhook",
      text: message.slack!.text,
      blocks: message.slack!.blocks,
    });
    expect(fake.messages[0]!.body).toMatchObject({ unfurl_links: false, unfurl_media: false });
    expect(result.messageId).toBeNull();
  });

  it("turns a 429 into RateLimitedError with the Retry-After, without waiting", async () => {
    fake.failNext(1, { status: 429, retryAfter: 120 });
    const error = await platform.send({ kind: "slack-webhook", url }, message).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterMs).toBe(120_000);
    expect(fake.requests).toHaveLength(1);
  });

  it.each([
    ["channel_not_found", 404],
    ["channel_is_archived", 410],
    ["action_prohibited", 403],
  ])("treats %s (HTTP %i) as permanent, naming the code but not the webhook URL", async (code, status) => {
    fake.failNext(1, { error: code });
    const error = await platform.send({ kind: "slack-webhook", url }, message).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect(error).toMatchObject({ permanent: true, status, platformCode: code });
    expect((error as Error).message).toContain(code);
    expect((error as Error).message).not.toContain(secretOf(url));
    expect((error as Error).message).toContain("«redacted»");
    expect(fake.requests).toHaveLength(1);
  });

  it("treats a 500 as worth retrying later", async () => {
    fake.failNext(1, { status: 500 });
    const error = await platform.send({ kind: "slack-webhook", url }, message).catch((e: unknown) => e);
    expect(error).toMatchObject({ permanent: false, status: 500 });
    expect((error as Error).message).not.toContain(secretOf(url));
  });

  it("treats a dropped connection as worth retrying later, without the URL in the message", async () => {
    fake.failNext(1, { drop: true });
    const error = await platform.send({ kind: "slack-webhook", url }, message).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect(error).toMatchObject({ permanent: false });
    expect((error as Error).message).not.toContain(secretOf(url));
    expect(String((error as PlatformError).cause ?? "")).not.toContain(secretOf(url));
  });

  it("refuses to post to a loopback webhook without the private-hosts switch, and never connects", async () => {
    const guarded = createSlackWebhookPlatform({ allowPrivateHosts: false, logger: silentLogger() });
    const error = await guarded.send({ kind: "slack-webhook", url }, message).catch((e: unknown) => e);
    await guarded.close();
    expect(error).toMatchObject({ permanent: true, code: "PLATFORM_TARGET_GONE" });
    expect((error as Error).message).toMatch(/refused/);
    expect((error as Error).message).not.toContain(secretOf(url));
    expect(fake.requests).toHaveLength(0);
  });
});
