import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSlackBot } from "../../../src/bot/slack/slack-app.js";
import { loadEnv } from "../../../src/config/load-env.js";
import { silentLogger } from "../../../src/log.js";
import { openStore } from "../../../src/store/open-store.js";
import type { Store } from "../../../src/store/store.js";
import { type HealthServer, startHealthServer } from "../../../src/worker/health-server.js";
import { createMetrics } from "../../../src/worker/metrics.js";
import { type FakeSlack, startFakeSlack } from "../../support/fake-slack.js";
import { signSlackRequest, slackSignature, slashCommandBody } from "../../support/slack-signing.js";
import { tempSqliteUrl } from "../../support/temp-db.js";
import { seedArchive } from "../seed-archive.js";

const SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
const CHANNEL = "C0123ABCDE";

interface Harness {
  store: Store;
  server: HealthServer;
  slack: FakeSlack;
  cleanup(): Promise<void>;
}

async function startHarness(replyDeadlineMs?: number): Promise<Harness> {
  const db = tempSqliteUrl();
  const store = await openStore(db.url);
  const env = loadEnv({
    SLACK_SIGNING_SECRET: SECRET,
    TRACEWIRE_ALLOW_PRIVATE_HOSTS: "1",
    DATABASE_URL: db.url,
  });
  const slack = await startFakeSlack();
  const bot = createSlackBot(
    { store, env, feeds: [], logger: silentLogger() },
    {
      signingSecret: SECRET,
      apiUrl: slack.apiUrl,
      allowPrivateHosts: true,
      ...(replyDeadlineMs === undefined ? {} : { replyDeadlineMs }),
    },
  );
  const server = await startHealthServer(
    {
      store,
      feeds: [],
      schedulerRunning: () => true,
      metrics: createMetrics(),
      slackListener: bot?.requestListener,
    },
    0,
    "127.0.0.1",
  );
  return {
    store,
    server,
    slack,
    async cleanup() {
      await server.close();
      await slack.close();
      await store.close();
      db.cleanup();
    },
  };
}

async function postSlash(
  h: Harness,
  text: string,
  sign: (body: string) => Record<string, string> = (body) => signSlackRequest(SECRET, body).headers,
): Promise<{ status: number; body: string }> {
  const body = slashCommandBody({ text, channel_id: CHANNEL, response_url: h.slack.responseUrl(CHANNEL) });
  const res = await fetch(`${h.server.url}/slack/events`, { method: "POST", headers: sign(body), body });
  return { status: res.status, body: await res.text() };
}

function linkedHits(message: { blocks?: unknown[] }): string[] {
  const text = JSON.stringify(message.blocks ?? []);
  return [...text.matchAll(/<(https?:\/\/[^|>]+)\|/g)].map((m) => m[1]!);
}

describe("Slack /tracewire over HTTP", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
    await seedArchive(h.store, new Date());
  });
  afterEach(async () => {
    await h.cleanup();
  });

  it("answers a signed search with linked archive hits in the reply, ephemeral", async () => {
    const res = await postSlash(h, "search scam compound");
    expect(res.status).toBe(200);
    const reply = JSON.parse(res.body) as { response_type: string; blocks: unknown[]; text: string };
    expect(reply.response_type).toBe("ephemeral");
    expect(linkedHits(reply).length).toBeGreaterThanOrEqual(3);
    expect(reply.text.toLowerCase()).toContain("scam");
  });

  it("answers an unknown subcommand with a usage line, not an error", async () => {
    const res = await postSlash(h, "frobnicate now");
    expect(res.status).toBe(200);
    expect(res.body).toContain('unknown subcommand \\"frobnicate\\"');
    expect(res.body).toContain("Usage: /tracewire search|latest");
  });

  it("answers a subscribe with an unknown country with the filter's message and usage", async () => {
    const res = await postSlash(h, "subscribe digest --countries XX");
    expect(res.status).toBe(200);
    expect(res.body).toContain("--countries");
    expect(res.body).toContain("XX");
    expect(res.body).toContain("Usage: /tracewire subscribe");
    expect(await h.store.listSubscriptions()).toEqual([]);
  });

  it("subscribes the channel the command came from, lists it in status, and unsubscribes it", async () => {
    const res = await postSlash(
      h,
      'subscribe alert --countries KH --keywords "KK Park" --quiet 22:00-07:00 --tz Asia/Bangkok',
    );
    expect(res.status).toBe(200);
    const [subscription] = await h.store.listSubscriptions();
    expect(subscription).toMatchObject({
      target: `slack:${CHANNEL}`,
      mode: "alert",
      tz: "Asia/Bangkok",
      quiet: "22:00-07:00",
    });
    expect(subscription!.filter.countries).toEqual(["KH"]);
    expect(res.body).toContain(subscription!.id);

    const status = await postSlash(h, "status");
    expect(status.body).toContain(subscription!.id);

    const removed = await postSlash(h, `unsubscribe ${subscription!.id}`);
    expect(removed.body).toContain("Removed");
    expect(await h.store.listSubscriptions()).toEqual([]);
  });

  it.each([
    [
      "a forged signature",
      (body: string) => ({ ...signSlackRequest("not-the-secret-at-all", body).headers }),
    ],
    [
      "a signature five minutes and ten seconds old",
      (body: string) => signSlackRequest(SECRET, body, new Date(Date.now() - 310_000)).headers,
    ],
    ["no signature headers", () => ({ "content-type": "application/x-www-form-urlencoded" })],
    [
      "a malformed signature",
      (body: string) => ({ ...signSlackRequest(SECRET, body).headers, "x-slack-signature": "v0=zz" }),
    ],
    [
      "a timestamp that is not a number",
      (body: string) => ({
        "content-type": "application/x-www-form-urlencoded",
        "x-slack-request-timestamp": "yesterday",
        "x-slack-signature": slackSignature(SECRET, 0, body),
      }),
    ],
  ])("refuses %s with 401 and runs nothing", async (_name, sign) => {
    const res = await postSlash(h, "subscribe alert --countries KH", sign);
    expect(res.status).toBe(401);
    expect(await h.store.listSubscriptions()).toEqual([]);
    expect(h.slack.messages).toEqual([]);
  });
});

describe("Slack /tracewire when the answer takes longer than the deadline", () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness(0);
    await seedArchive(h.store, new Date());
  });
  afterEach(async () => {
    await h.cleanup();
  });

  it("acknowledges at once and posts the hits to response_url", async () => {
    const res = await postSlash(h, "search scam compound");
    expect(res.status).toBe(200);
    expect(res.body).toContain("Working on /tracewire search");
    await expect.poll(() => h.slack.messages.length, { timeout: 5000 }).toBe(1);
    const [message] = h.slack.messages;
    expect(message!.via).toBe("response_url");
    expect(message!.body["response_type"]).toBe("ephemeral");
    expect(linkedHits({ blocks: message!.blocks ?? [] }).length).toBeGreaterThanOrEqual(3);
    expect(h.slack.violations).toEqual([]);
    expect(h.slack.pings).toEqual([]);
  });
});
