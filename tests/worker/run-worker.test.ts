import { createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { installSignalHandlers, runWorker, type Worker } from "../../src/worker/run-worker.js";
import { type FakeDiscord, startFakeDiscord } from "../support/fake-discord.js";
import { type FeedServer, startFeedServer } from "../support/feed-server.js";
import { loadHeadlines } from "../support/labelled-headlines.js";
import { startCli } from "../support/run-cli.js";
import { signSlackRequest, slashCommandBody } from "../support/slack-signing.js";
import { headlineRss } from "./headline-rss.js";
import { createWorkerContext, feedEntry, type WorkerContext } from "./worker-context.js";

const SECRET = "worker-test-signing-secret-1234";
const DISCORD_TOKEN = "test-bot-token-0123456789";

let feeds: FeedServer | undefined;
let discord: FakeDiscord | undefined;
let w: WorkerContext | undefined;
let worker: Worker | undefined;

afterEach(async () => {
  await worker?.stop();
  if (!worker) await w?.cleanup();
  else await w?.cleanup().catch(() => {});
  await feeds?.close();
  await discord?.close();
  feeds = undefined;
  discord = undefined;
  w = undefined;
  worker = undefined;
});

async function feedServerWithHeadlines(): Promise<FeedServer> {
  const server = await startFeedServer();
  const headlines = loadHeadlines().filter((h) => h.label === "sea_trafficking");
  server.setRoute("/vod.xml", {
    body: headlineRss(headlines.slice(0, 40), new Date()),
    contentType: "application/rss+xml",
  });
  return server;
}

describe("runWorker", () => {
  it("polls loopback feeds, then answers a signed /tracewire search with linked hits and counts it in /metrics", async () => {
    feeds = await feedServerWithHeadlines();
    w = await createWorkerContext([feedEntry("vod", feeds.url("/vod.xml"))], {
      SLACK_SIGNING_SECRET: SECRET,
    });
    worker = await runWorker(w.ctx, { port: 0, host: "127.0.0.1", random: () => 0 });
    await expect
      .poll(async () => (await w!.ctx.store.getFeedState("vod"))?.lastPolledAt ?? null, { timeout: 5000 })
      .not.toBeNull();

    const body = slashCommandBody({ text: "search scam compound" });
    const signed = signSlackRequest(SECRET, body);
    const res = await fetch(`${worker.url}/slack/events`, { method: "POST", headers: signed.headers, body });
    expect(res.status).toBe(200);
    const links = [...(await res.text()).matchAll(/<(https?:\/\/[^|>]+)\|/g)];
    expect(links.length).toBeGreaterThanOrEqual(3);

    const stale = signSlackRequest(SECRET, body, new Date(Date.now() - 5 * 60_000 - 5_000));
    expect(
      (await fetch(`${worker.url}/slack/events`, { method: "POST", headers: stale.headers, body })).status,
    ).toBe(401);

    const metrics = await (await fetch(`${worker.url}/metrics`)).text();
    expect(metrics).toContain('tracewire_polls_total{result="new"} 1');
    const health = (await (await fetch(`${worker.url}/healthz`)).json()) as {
      platforms: Record<string, string>;
    };
    expect(health.platforms["delivery"]).toBe("console (no platform credentials)");
  });

  it.each([401, 503] as const)(
    "keeps serving /healthz while the Discord gateway answers %i, retrying the login with backoff",
    async (status) => {
      discord = await startFakeDiscord({ token: DISCORD_TOKEN });
      discord.gateway = status;
      w = await createWorkerContext([], { DISCORD_TOKEN, DISCORD_API_URL: discord.apiUrl });
      worker = await runWorker(w.ctx, {
        port: 0,
        host: "127.0.0.1",
        discordRetry: { initialMs: 50, maxMs: 200 },
      });
      const gatewayCalls = () => discord!.requests.filter((r) => r.path === "/api/v10/gateway/bot").length;
      await expect.poll(gatewayCalls, { timeout: 15_000 }).toBeGreaterThanOrEqual(2);
      const res = await fetch(`${worker.url}/healthz`);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { status: string; platforms: Record<string, string> };
      expect(body.status).toBe("ok");
      expect(body.platforms["discord"]).toMatch(/^(retrying|connecting)/);
    },
  );

  it("stops in-flight work and closes the store when stopped", async () => {
    w = await createWorkerContext([]);
    worker = await runWorker(w.ctx, { port: 0, host: "127.0.0.1" });
    const url = worker.url;
    await worker.stop();
    expect(worker.scheduler.running).toBe(false);
    await expect(w.ctx.store.ping()).rejects.toThrow();
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });
});

describe("installSignalHandlers", () => {
  it("stops the worker and exits 0 on SIGTERM", async () => {
    const exits: number[] = [];
    let stopped = 0;
    const uninstall = installSignalHandlers(
      {
        stop: async () => {
          stopped++;
        },
      },
      (await import("../../src/log.js")).silentLogger(),
      { exit: (code) => exits.push(code) },
    );
    try {
      process.emit("SIGTERM", "SIGTERM");
      await expect.poll(() => exits).toEqual([0]);
      expect(stopped).toBe(1);
    } finally {
      uninstall();
    }
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

describe("tracewire run as a real process", () => {
  it("exits 0 within 10 seconds of SIGTERM", async () => {
    feeds = await feedServerWithHeadlines();
    w = await createWorkerContext([feedEntry("vod", feeds.url("/vod.xml"))]);
    await w.ctx.close();
    const port = await freePort();
    const { child, result } = startCli(["run"], {
      env: {
        PORT: String(port),
        FEEDS_FILE: `${w.dir}/feeds.json`,
        DATABASE_URL: `sqlite:${w.dir}/tracewire.db`,
        TRACEWIRE_ALLOW_PRIVATE_HOSTS: "1",
        SLACK_SIGNING_SECRET: SECRET,
      },
      timeoutMs: 60_000,
    });
    await expect
      .poll(
        async () => {
          try {
            return (await fetch(`http://127.0.0.1:${port}/healthz`)).status;
          } catch {
            return 0;
          }
        },
        { timeout: 20_000, interval: 200 },
      )
      .toBe(200);
    // Feeds never polled start within 10 s of the worker's start (spread by jitter).
    await expect
      .poll(() => feeds!.requestsTo("/vod.xml").length, { timeout: 15_000 })
      .toBeGreaterThanOrEqual(1);
    child.kill("SIGTERM");
    const bounded = await Promise.race([
      result,
      new Promise<"still running">((resolve) => setTimeout(() => resolve("still running"), 10_000)),
    ]);
    if (bounded === "still running") child.kill("SIGKILL");
    expect(bounded).toMatchObject({ code: 0 });
  }, 45_000);
});
