/**
 * The stand-in Slack and Discord servers must catch what the real platforms would refuse; otherwise the
 * "violations stay empty" assertions elsewhere prove nothing. Requests here are sent by hand with fetch.
 */
import { WebhookClient } from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import { type FakeDiscord, startFakeDiscord } from "../support/fake-discord.js";
import { type FakeSlack, startFakeSlack } from "../support/fake-slack.js";

let slack: FakeSlack | null = null;
let discord: FakeDiscord | null = null;

afterEach(async () => {
  await slack?.close();
  await discord?.close();
  slack = null;
  discord = null;
});

const section = (text: string) => ({ type: "section", text: { type: "mrkdwn", text, verbatim: true } });

async function postForm(url: string, fields: Record<string, string>, token = "xoxb-test-token") {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", authorization: `Bearer ${token}` },
    body: new URLSearchParams(fields).toString(),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function postJson(url: string, body: unknown, headers: Record<string, string> = {}, method = "POST") {
  const response = await fetch(url, {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, text, headers: response.headers };
}

describe("fake Slack", () => {
  it("answers auth.test as Bolt expects at start-up", async () => {
    slack = await startFakeSlack();
    const { body } = await postForm(`${slack.apiUrl}auth.test`, {});
    expect(body).toMatchObject({ ok: true, user_id: "U0FAKEBOT1", bot_id: "B0FAKEBOT1" });
    expect(slack.violations).toEqual([]);
  });

  it("refuses 51 blocks with invalid_blocks and records the violation", async () => {
    slack = await startFakeSlack();
    const blocks = Array.from({ length: 51 }, (_, i) => section(`story ${i}`));
    const { body } = await postForm(`${slack.apiUrl}chat.postMessage`, {
      channel: "C0123ABCD",
      text: "digest",
      blocks: JSON.stringify(blocks),
    });
    expect(body).toMatchObject({ ok: false, error: "invalid_blocks" });
    expect(slack.violations).toContain("slack chat.postMessage: 51 blocks; at most 50 per message");
    expect(slack.messages).toHaveLength(0);
  });

  it("flags a header over 150 characters, a mrkdwn header, a long section and too many context elements", async () => {
    slack = await startFakeSlack();
    const blocks = [
      { type: "header", text: { type: "plain_text", text: "h".repeat(151) } },
      { type: "header", text: { type: "mrkdwn", text: "header" } },
      section("s".repeat(3001)),
      { type: "context", elements: Array.from({ length: 11 }, () => ({ type: "mrkdwn", text: "c" })) },
    ];
    await postForm(`${slack.apiUrl}chat.postMessage`, {
      channel: "C0123ABCD",
      text: "t",
      blocks: JSON.stringify(blocks),
    });
    expect(slack.violations).toEqual([
      "slack chat.postMessage: blocks[0].text.text: 151 chars; at most 150",
      'slack chat.postMessage: blocks[1].text.type: must be plain_text, got "mrkdwn"',
      "slack chat.postMessage: blocks[2].text.text: 3001 chars; at most 3000",
      "slack chat.postMessage: blocks[3].elements: 11 items; at most 10",
    ]);
  });

  it("flags arguments the spec does not know and required ones that are missing", async () => {
    slack = await startFakeSlack();
    await postForm(`${slack.apiUrl}chat.postMessage`, { text: "hello", link_name: "1" });
    expect(slack.violations).toEqual([
      'slack chat.postMessage: required argument "channel" is missing',
      'slack chat.postMessage: unknown argument "link_name"',
    ]);
  });

  it("answers channel_not_found for channels it was not told about", async () => {
    slack = await startFakeSlack({ channels: ["C0123ABCD"] });
    const { body } = await postForm(`${slack.apiUrl}chat.postMessage`, { channel: "C0OTHER001", text: "x" });
    expect(body).toEqual({ ok: false, error: "channel_not_found" });
  });

  it("records pings that would reach people", async () => {
    slack = await startFakeSlack();
    const blocks = [
      { type: "section", text: { type: "mrkdwn", text: "hey @here" } },
      section("fine @everyone"),
    ];
    await postForm(`${slack.apiUrl}chat.postMessage`, {
      channel: "C0123ABCD",
      text: "<!channel> raid",
      blocks: JSON.stringify(blocks),
    });
    expect(slack.pings).toEqual(["C0123ABCD text: <!channel>", "C0123ABCD blocks[0].text: @here"]);
  });

  it("answers a second message to a channel within a second with 429 when rate limits are on", async () => {
    slack = await startFakeSlack({ enforceRateLimit: true });
    await postForm(`${slack.apiUrl}chat.postMessage`, { channel: "C0123ABCD", text: "one" });
    const response = await fetch(`${slack.apiUrl}chat.postMessage`, {
      method: "POST",
      headers: {
        authorization: "Bearer xoxb-test-token",
        "content-type": "application/x-www-form-urlencoded",
      },
      body: "channel=C0123ABCD&text=two",
    });
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("1");
    expect(slack.messages).toHaveLength(1);
  });

  it("answers a webhook body that is not JSON with 400 invalid_payload", async () => {
    slack = await startFakeSlack();
    const response = await fetch(slack.webhookUrl(), { method: "POST", body: "text=hi" });
    expect(response.status).toBe(400);
    expect(await response.text()).toBe("invalid_payload");
    expect(slack.violations).toContain("slack webhook: body is not a JSON object");
  });

  it("accepts a response_url five times and flags the sixth", async () => {
    slack = await startFakeSlack();
    const url = slack.responseUrl("C0123ABCD");
    for (let i = 0; i < 5; i++) expect((await postJson(url, { text: `reply ${i}` })).text).toBe("ok");
    expect((await postJson(url, { text: "one too many" })).status).toBe(404);
    expect(slack.violations).toEqual(["slack response_url: used more than 5 times"]);
    expect(slack.messages.map((m) => m.via)).toEqual(Array(5).fill("response_url"));
  });
});

describe("fake Discord", () => {
  const bot = { authorization: "Bot test-bot-token" };
  const quiet = { allowed_mentions: { parse: [] } };

  it("refuses content over 2000 characters although the spec says 4000", async () => {
    discord = await startFakeDiscord();
    const { status, text } = await postJson(
      `${discord.apiUrl}/v10/channels/123456789012345678/messages`,
      { content: "x".repeat(2001), ...quiet },
      bot,
    );
    expect(status).toBe(400);
    expect(JSON.parse(text)).toMatchObject({ code: 50035 });
    expect(discord.violations).toEqual([
      "discord POST /api/v10/channels/123456789012345678/messages: content is 2001 chars; at most 2000",
    ]);
  });

  it("checks embeds against the spec schema and the 6000-character total", async () => {
    discord = await startFakeDiscord();
    const embeds = [
      { title: "t".repeat(257) },
      ...Array.from({ length: 2 }, () => ({ description: "d".repeat(4000) })),
    ];
    await postJson(`${discord.apiUrl}/v10/channels/123456789012345678/messages`, { embeds, ...quiet }, bot);
    expect(
      discord.violations.some((v) => v.includes("body/embeds/0/title: must NOT have more than 256")),
    ).toBe(true);
    expect(discord.violations.some((v) => v.includes("embeds hold 8257 chars in total; at most 6000"))).toBe(
      true,
    );
  });

  it("records a message without allowed_mentions {parse: []} as a possible ping", async () => {
    discord = await startFakeDiscord();
    await postJson(`${discord.apiUrl}/v10/webhooks/123456789012345678/tok?wait=true`, {
      content: "@everyone raid",
    });
    expect(discord.pings).toEqual([
      'webhook:123456789012345678 allowed_mentions is not {"parse": []}',
      "webhook:123456789012345678 content: @everyone",
    ]);
  });

  it("answers a channel message without a bot token with 401 and counts it as invalid", async () => {
    discord = await startFakeDiscord();
    const { status } = await postJson(`${discord.apiUrl}/v10/channels/123456789012345678/messages`, {
      content: "x",
      ...quiet,
    });
    expect(status).toBe(401);
    expect(discord.invalidRequests).toBe(1);
    expect(discord.violations).toEqual([
      "discord POST /channels/123456789012345678/messages: needs Authorization: Bot <token>",
    ]);
  });

  it("flags routes outside /api/v10 and routes the spec does not have", async () => {
    discord = await startFakeDiscord();
    await postJson(
      `${discord.url}/api/channels/123456789012345678/messages`,
      { content: "x", ...quiet },
      bot,
    );
    await postJson(
      `${discord.apiUrl}/v10/channels/123456789012345678/posts`,
      { content: "x", ...quiet },
      bot,
    );
    expect(discord.violations).toEqual([
      "discord POST /api/channels/123456789012345678/messages: not under /api/v10",
      "discord POST /channels/123456789012345678/posts: no such route in the spec",
    ]);
  });

  it("answers a webhook with 204 without wait, and sends rate-limit headers", async () => {
    discord = await startFakeDiscord();
    const { status, headers } = await postJson(`${discord.apiUrl}/v10/webhooks/123456789012345678/tok`, {
      content: "hi",
      ...quiet,
    });
    expect(status).toBe(204);
    expect(headers.get("x-ratelimit-limit")).toBe("5");
    expect(headers.get("x-ratelimit-bucket")).toBe("fakebucket");
  });

  it("answers a scripted 429 with retry_after, Retry-After and X-RateLimit-Scope", async () => {
    discord = await startFakeDiscord();
    discord.failNext(1, { status: 429, retryAfter: 1.5, global: true });
    const { status, text, headers } = await postJson(
      `${discord.apiUrl}/v10/channels/123456789012345678/messages`,
      { content: "x", ...quiet },
      bot,
    );
    expect(status).toBe(429);
    expect(JSON.parse(text)).toEqual({
      message: "You are being rate limited.",
      retry_after: 1.5,
      global: true,
    });
    expect(headers.get("retry-after")).toBe("2");
    expect(headers.get("x-ratelimit-scope")).toBe("global");
    expect(headers.get("x-ratelimit-global")).toBe("true");
    expect(discord.invalidRequests).toBe(1);
  });

  it("stores registered commands, globally and per guild", async () => {
    discord = await startFakeDiscord();
    const commands = [{ name: "tracewire", description: "News on trafficking and scam compounds", type: 1 }];
    const global = await postJson(
      `${discord.apiUrl}/v10/applications/1200000000000000099/commands`,
      commands,
      bot,
      "PUT",
    );
    const guild = await postJson(
      `${discord.apiUrl}/v10/applications/1200000000000000099/guilds/1300000000000000001/commands`,
      commands,
      bot,
      "PUT",
    );
    expect([global.status, guild.status]).toEqual([200, 200]);
    expect([...discord.commands.keys()]).toEqual([
      "/applications/1200000000000000099/commands",
      "/applications/1200000000000000099/guilds/1300000000000000001/commands",
    ]);
    expect(discord.violations).toEqual([]);
  });

  it("serves interaction callbacks, @original edits and follow-ups, refusing a second acknowledgement", async () => {
    discord = await startFakeDiscord();
    const base = `${discord.apiUrl}/v10`;
    const deferred = await postJson(`${base}/interactions/1400000000000000001/itoken/callback`, {
      type: 5,
      data: { flags: 64 },
    });
    const again = await postJson(`${base}/interactions/1400000000000000001/itoken/callback`, { type: 5 });
    const edit = await postJson(
      `${base}/webhooks/1200000000000000099/itoken/messages/@original`,
      { content: "3 results", ...quiet },
      {},
      "PATCH",
    );
    const followup = await postJson(`${base}/webhooks/1200000000000000099/itoken?wait=true`, {
      content: "more",
      flags: 64,
      ...quiet,
    });
    expect([deferred.status, again.status, edit.status, followup.status]).toEqual([204, 400, 200, 200]);
    expect(JSON.parse(again.text)).toMatchObject({ code: 40060 });
    expect(discord.messages.map((m) => m.via)).toEqual(["original", "followup"]);
    expect(discord.violations).toEqual([]);
  });

  it("answers GET /gateway/bot with 401 or 503 on demand", async () => {
    discord = await startFakeDiscord();
    const get = () => fetch(`${discord!.apiUrl}/v10/gateway/bot`, { headers: bot }).then((r) => r.status);
    expect(await get()).toBe(200);
    discord.gateway = 401;
    expect(await get()).toBe(401);
    discord.gateway = 503;
    expect(await get()).toBe(503);
  });
});

describe("fake Slack: totals and scripted failures", () => {
  it("refuses a message whose blocks hold more text than Slack takes, with msg_blocks_too_long", async () => {
    slack = await startFakeSlack();
    const blocks = Array.from({ length: 5 }, () => section("x".repeat(2900)));
    const { body } = await postForm(`${slack.apiUrl}chat.postMessage`, {
      channel: "C0123ABCD",
      text: "digest",
      blocks: JSON.stringify(blocks),
    });
    expect(body).toMatchObject({ ok: false, error: "msg_blocks_too_long" });
    expect(slack.violations).toHaveLength(1);
  });

  it("fails only the channel a failure was scripted for", async () => {
    slack = await startFakeSlack();
    slack.failNext(1, { error: "channel_not_found" }, "C0BROKEN01");
    const ok = await postForm(`${slack.apiUrl}chat.postMessage`, { channel: "C0123ABCD", text: "fine" });
    const broken = await postForm(`${slack.apiUrl}chat.postMessage`, { channel: "C0BROKEN01", text: "gone" });
    expect(ok.body).toMatchObject({ ok: true });
    expect(broken.body).toEqual({ ok: false, error: "channel_not_found" });
  });

  it("keeps failing during an outage window", async () => {
    slack = await startFakeSlack();
    slack.failFor(60_000, { status: 503 });
    const first = await fetch(`${slack.apiUrl}chat.postMessage`, {
      method: "POST",
      headers: {
        authorization: "Bearer xoxb-test-token",
        "content-type": "application/x-www-form-urlencoded",
      },
      body: "channel=C0123ABCD&text=one",
    });
    const second = await fetch(`${slack.apiUrl}chat.postMessage`, {
      method: "POST",
      headers: {
        authorization: "Bearer xoxb-test-token",
        "content-type": "application/x-www-form-urlencoded",
      },
      body: "channel=C0123ABCD&text=two",
    });
    expect([first.status, second.status]).toEqual([503, 503]);
    expect(slack.messages).toHaveLength(0);
  });
});

describe("fake Discord with discord.js's own client", () => {
  it("accepts discord.js follow-ups and its percent-encoded @original edits without violations", async () => {
    discord = await startFakeDiscord();
    const client = new WebhookClient(
      { id: "1200000000000000099", token: "interaction-token" },
      { rest: { api: discord.apiUrl } },
    );
    await client.send({ content: "3 results", allowedMentions: { parse: [] }, flags: 4096 });
    await client.editMessage("@original", { content: "updated", embeds: [], allowedMentions: { parse: [] } });
    client.destroy();
    expect(discord.violations).toEqual([]);
    expect(discord.messages.map((m) => [m.via, m.content])).toEqual([
      ["followup", "3 results"],
      ["original", "updated"],
    ]);
  });
});
