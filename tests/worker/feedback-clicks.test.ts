/**
 * Issue 20 end to end with the real worker: a poll posts alerts with feedback buttons to a Slack channel and a
 * Discord channel (the stand-ins check every request); a signed click on "Not relevant" is answered 200, kept,
 * shown on the message and in `tracewire feedback --json`; forged and replayed clicks are refused; a second
 * click takes the first back; `tracewire feedback forget` removes a person's clicks.
 */
import { generateKeyPairSync, type KeyObject, sign } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { runWorker, type Worker } from "../../src/worker/run-worker.js";
import { buildSubscription } from "../support/build-item.js";
import { type FakeDiscord, startFakeDiscord } from "../support/fake-discord.js";
import { type FakeSlack, startFakeSlack } from "../support/fake-slack.js";
import { type FeedServer, startFeedServer } from "../support/feed-server.js";
import { loadHeadlines } from "../support/labelled-headlines.js";
import { runCli } from "../support/run-cli.js";
import { signSlackRequest } from "../support/slack-signing.js";
import { headlineRss } from "./headline-rss.js";
import { createWorkerContext, feedEntry, type WorkerContext } from "./worker-context.js";

const SECRET = "feedback-test-signing-secret-1234";
const SLACK_CHANNEL = "C0123ABCDE";
const DISCORD_CHANNEL = "1200000000000000001";
const APPLICATION_ID = "1200000000000000099";
const DISCORD_USER = "1200000000000000777";

let feeds: FeedServer | undefined;
let slack: FakeSlack | undefined;
let discord: FakeDiscord | undefined;
let w: WorkerContext | undefined;
let worker: Worker | undefined;

afterEach(async () => {
  await worker?.stop();
  await w?.cleanup().catch(() => {});
  await feeds?.close();
  await slack?.close();
  await discord?.close();
  feeds = slack = discord = w = worker = undefined;
});

interface Posted {
  blocks?: {
    type: string;
    block_id?: string;
    elements?: { action_id?: string; value?: string; text?: unknown }[];
  }[];
}

function keyPair(): { privateKey: KeyObject; publicHex: string } {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  return {
    privateKey,
    publicHex: Buffer.from(publicKey.export({ format: "jwk" }).x!, "base64url").toString("hex"),
  };
}

async function startWorld() {
  feeds = await startFeedServer();
  const headlines = loadHeadlines().filter((h) => h.label === "sea_trafficking");
  feeds.setRoute("/vod.xml", {
    body: headlineRss(headlines.slice(0, 3), new Date()),
    contentType: "application/rss+xml",
  });
  slack = await startFakeSlack();
  discord = await startFakeDiscord({ token: "test-bot-token-0123456789", applicationId: APPLICATION_ID });
  // The gateway stays unreachable: the worker posts through REST and answers clicks on its HTTP endpoint.
  discord.gateway = 503;
  const keys = keyPair();
  w = await createWorkerContext([feedEntry("vod", feeds.url("/vod.xml"))], {
    SLACK_SIGNING_SECRET: SECRET,
    SLACK_BOT_TOKEN: "xoxb-test-token",
    SLACK_API_URL: slack.apiUrl,
    DISCORD_TOKEN: "test-bot-token-0123456789",
    DISCORD_API_URL: discord.apiUrl,
    DISCORD_PUBLIC_KEY: keys.publicHex,
  });
  const createdAt = new Date(Date.now() - 3600_000).toISOString();
  const alert = {
    mode: "alert" as const,
    createdAt,
    tz: "UTC",
    filter: { ...buildSubscription().filter, scope: "all" as const },
  };
  await w.ctx.store.addSubscription(
    buildSubscription({ ...alert, id: "sub_slack001", target: `slack:${SLACK_CHANNEL}` }),
  );
  await w.ctx.store.addSubscription(
    buildSubscription({ ...alert, id: "sub_disc0001", target: `discord:${DISCORD_CHANNEL}` }),
  );
  worker = await runWorker(w.ctx, {
    port: 0,
    host: "127.0.0.1",
    random: () => 0,
    discordRetry: { initialMs: 60_000, maxMs: 60_000 },
  });
  return keys;
}

function clickBody(
  message: { ts: string; text: string | undefined; blocks: unknown[] | undefined },
  kind: string,
  responseUrl: string,
) {
  const actions = (message.blocks as Posted["blocks"])!.find((b) => b.type === "actions")!;
  const button = actions.elements!.find((e) => e.action_id === `tracewire_feedback_${kind}`)!;
  const payload = {
    type: "block_actions",
    user: { id: "U0EDITOR01", username: "dara", name: "Dara <!channel>", team_id: "T0FAKE0001" },
    api_app_id: "A0123ABCDE",
    token: "legacy-verification-token-unused",
    container: { type: "message", message_ts: message.ts, channel_id: SLACK_CHANNEL, is_ephemeral: false },
    trigger_id: `1.2.${Math.random()}`,
    team: { id: "T0FAKE0001", domain: "newsroom" },
    channel: { id: SLACK_CHANNEL, name: "trafficking-desk" },
    message: { type: "message", ts: message.ts, text: message.text, blocks: message.blocks },
    response_url: responseUrl,
    actions: [
      {
        type: "button",
        action_id: button.action_id,
        block_id: actions.block_id,
        value: button.value,
        action_ts: "1",
      },
    ],
  };
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

describe("feedback buttons through the real worker", () => {
  it("a signed Slack click is answered 200, kept, shown on the alert and in tracewire feedback --json", async () => {
    await startWorld();
    await expect
      .poll(() => slack!.messages.filter((m) => m.via === "api").length, { timeout: 15_000 })
      .toBeGreaterThan(0);
    const alert = slack!.messages.find((m) => m.via === "api")!;
    expect(JSON.stringify(alert.blocks)).toContain("tracewire_feedback_not_relevant");

    const body = clickBody(alert, "not_relevant", slack!.responseUrl(SLACK_CHANNEL));
    const signed = signSlackRequest(SECRET, body);
    const post = (headers: Record<string, string>) =>
      fetch(`${worker!.url}/slack/events`, { method: "POST", headers, body }).then((r) => r.status);
    expect(await post(signed.headers)).toBe(200);
    await expect.poll(async () => (await w!.ctx.store.listFeedback()).length).toBe(1);
    await expect.poll(() => slack!.messages.filter((m) => m.via === "response_url").length).toBe(1);
    const updated = JSON.stringify(slack!.messages.find((m) => m.via === "response_url")!.blocks);
    expect(updated).toContain("Marked not relevant by Dara &lt;!channel&gt;");
    expect(slack!.pings).toEqual([]);

    // A replay of the same signed click, and a click with a forged signature, run nothing.
    expect(await post(signed.headers)).toBe(401);
    expect(await post({ ...signed.headers, "x-slack-signature": `v0=${"0".repeat(64)}` })).toBe(401);

    const cli = await runCli(["feedback", "--json"], { env: { DATABASE_URL: w!.ctx.env.DATABASE_URL } });
    expect(cli.code).toBe(0);
    const printed = JSON.parse(cli.stdout) as {
      clicks: number;
      feedback: { kind: string; userId: string; channel: string }[];
    };
    expect(printed.feedback).toEqual([
      expect.objectContaining({
        kind: "not_relevant",
        userId: "U0EDITOR01",
        channel: `slack:${SLACK_CHANNEL}`,
      }),
    ]);
    expect(cli.stdout).not.toContain("Dara");

    // The same person clicking again takes the mark back.
    const again = signSlackRequest(SECRET, body, new Date(Date.now() + 1000));
    expect(await post(again.headers)).toBe(200);
    await expect.poll(async () => (await w!.ctx.store.listFeedback()).length).toBe(0);

    const metrics = await (await fetch(`${worker!.url}/metrics`)).text();
    expect(metrics).toContain('tracewire_feedback_total{kind="not_relevant",action="added"} 1');
    expect(metrics).toContain('tracewire_feedback_total{kind="not_relevant",action="taken_back"} 1');
    expect(slack!.violations).toEqual([]);
  });

  it("a signed Discord component click is answered with UPDATE_MESSAGE and kept; a forged one gets 401", async () => {
    const keys = await startWorld();
    await expect
      .poll(() => discord!.messages.filter((m) => m.via === "bot").length, { timeout: 15_000 })
      .toBeGreaterThan(0);
    const alert = discord!.messages.find((m) => m.via === "bot")!;
    const rows = alert.body["components"] as { components: { custom_id: string; label: string }[] }[];
    const button = rows[0]!.components.find((b) => b.label === "Not relevant")!;
    const body = JSON.stringify({
      id: "1300000000000000555",
      type: 3,
      token: "interaction-token",
      application_id: APPLICATION_ID,
      channel_id: DISCORD_CHANNEL,
      member: { user: { id: DISCORD_USER, username: "dara", global_name: "Dara @everyone" } },
      data: { custom_id: button.custom_id, component_type: 2 },
      message: { id: alert.id, content: alert.content, embeds: alert.embeds, components: rows },
    });
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = sign(null, Buffer.from(timestamp + body), keys.privateKey).toString("hex");
    const post = (sig: string) =>
      fetch(`${worker!.url}/discord/interactions`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-signature-ed25519": sig,
          "x-signature-timestamp": timestamp,
        },
        body,
      });
    const forged = await post(sig0(signature));
    expect(forged.status).toBe(401);
    const res = await post(signature);
    expect(res.status).toBe(200);
    const answer = (await res.json()) as {
      type: number;
      data: { content: string; allowed_mentions: unknown };
    };
    expect(answer.type).toBe(7);
    expect(answer.data.content).toContain("Marked not relevant by Dara");
    expect(answer.data.content).not.toContain("@everyone");
    expect(answer.data.allowed_mentions).toEqual({ parse: [] });
    const kept = await w!.ctx.store.listFeedback();
    expect(kept).toEqual([
      expect.objectContaining({ platform: "discord", userId: DISCORD_USER, subscriptionId: "sub_disc0001" }),
    ]);
    expect(await w!.ctx.store.isMarkedNotRelevant("sub_disc0001", kept[0]!.storyId)).toBe(true);
    expect((await post(signature)).status).toBe(401);

    const forget = await runCli(["feedback", "forget", DISCORD_USER], {
      env: { DATABASE_URL: w!.ctx.env.DATABASE_URL },
    });
    expect(forget.stdout).toContain("Removed 1 feedback click");
    expect(await w!.ctx.store.listFeedback()).toEqual([]);
    expect(discord!.violations).toEqual([]);
  });
});

/** The signature with its first byte changed: a forgery. */
function sig0(signature: string): string {
  return (signature.startsWith("00") ? "11" : "00") + signature.slice(2);
}
