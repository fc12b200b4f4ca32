import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConfigError } from "../../src/errors.js";
import { emptyFeedState } from "../../src/model/feed.js";
import { defaultFilter, type Subscription } from "../../src/model/subscription.js";
import { type HealthServer, startHealthServer } from "../../src/worker/health-server.js";
import { createMetrics } from "../../src/worker/metrics.js";
import { runCli } from "../support/run-cli.js";
import { createWorkerContext, feedEntry, type WorkerContext } from "./worker-context.js";

const WEBHOOK_TOKEN = "k3Jd9sLq0ZxT4vWmN8pR2yB6uC1eG5hA7iO0tY3wQ9zX2cV4bN6mL8kJ1hG3fD5s";

function subscription(id: string, target: string): Subscription {
  return {
    id,
    target,
    mode: "alert",
    filter: defaultFilter(),
    schedule: "0 8 * * *",
    tz: "Asia/Bangkok",
    quiet: null,
    createdAt: "2026-11-25T00:00:00.000Z",
    backfillHours: 24,
    state: "failing",
    lastError: `discord webhook ${target.slice("discord-webhook:".length)} answered 404 Unknown Webhook`,
    lastDeliveryAt: null,
  };
}

describe("health server", () => {
  let w: WorkerContext;
  let server: HealthServer;
  let schedulerRunning: boolean;

  beforeEach(async () => {
    w = await createWorkerContext([
      feedEntry("vod-english", "http://127.0.0.1:9/feed.xml"),
      { ...feedEntry("retired", "http://127.0.0.1:9/old.xml"), enabled: false },
    ]);
    schedulerRunning = true;
    await w.ctx.store.addSubscription(
      subscription(
        "sub_hook",
        `discord-webhook:https://discord.com/api/webhooks/123456789012345678/${WEBHOOK_TOKEN}`,
      ),
    );
    server = await startHealthServer(
      {
        store: w.ctx.store,
        feeds: w.ctx.feeds,
        schedulerRunning: () => schedulerRunning,
        metrics: createMetrics(),
        platformStates: () => ({ discord: "retrying: gateway unreachable" }),
      },
      0,
      "127.0.0.1",
    );
  });

  afterEach(async () => {
    await server.close();
    await w.cleanup();
  });

  it("answers /healthz with 200 and every feed's and target's state", async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown> & {
      feeds: { id: string; state: string }[];
      targets: { id: string; target: string; state: string }[];
    };
    expect(body).toMatchObject({ status: "ok", store: "ok", scheduler: "running" });
    expect(body["platforms"]).toEqual({ discord: "retrying: gateway unreachable" });
    expect(body.feeds.map((f) => [f.id, f.state])).toEqual([
      ["vod-english", "new"],
      ["retired", "disabled"],
    ]);
    expect(body.targets).toEqual([
      expect.objectContaining({
        id: "sub_hook",
        target: "discord-webhook:123456789012345678/«redacted»",
        state: "failing",
      }),
    ]);
  });

  it("never shows a webhook token in /healthz, even inside a stored error", async () => {
    const text = await (await fetch(`${server.url}/healthz`)).text();
    expect(text).not.toContain(WEBHOOK_TOKEN);
  });

  it("answers 503 once the store is closed", async () => {
    await w.ctx.store.close();
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(503);
    const body = (await res.json()) as { status: string; store: string };
    expect(body.status).toBe("degraded");
    expect(body.store).toMatch(/^unavailable/);
  });

  it("answers 503 when the scheduler has stopped", async () => {
    schedulerRunning = false;
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(503);
    expect(((await res.json()) as { scheduler: string }).scheduler).toBe("stopped");
  });

  it("serves Prometheus text on /metrics", async () => {
    const res = await fetch(`${server.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/plain");
    const text = await res.text();
    expect(text).toContain("# TYPE tracewire_polls_total counter");
    expect(text).toContain("# TYPE tracewire_poll_duration_seconds histogram");
  });

  it.each([
    ["POST", "/slack/events"],
    ["POST", "/discord/interactions"],
    ["GET", "/"],
    ["POST", "/healthz"],
  ])("answers %s %s with 404 when nothing serves it", async (method, path) => {
    const res = await fetch(`${server.url}${path}`, { method, ...(method === "POST" ? { body: "x" } : {}) });
    expect(res.status).toBe(404);
  });

  /** Stores what a poll records for a feed that answered `status` (or failed `error`). */
  async function recordPoll(id: string, outcome: { ok: true } | { ok: false; error: string }): Promise<void> {
    const feed = w.ctx.feeds.find((f) => f.id === id)!;
    await w.ctx.store.saveFeedState({
      ...emptyFeedState(feed.id, feed.url),
      lastPolledAt: "2026-11-25T07:55:00.000Z",
      lastStatus: outcome.ok ? 200 : null,
      lastError: outcome.ok ? null : outcome.error,
      lastErrorCode: outcome.ok ? null : "FEED_UNREACHABLE",
      consecutiveFailures: outcome.ok ? 0 : 4,
      lastSuccessAt: outcome.ok ? "2026-11-25T07:55:00.000Z" : null,
      nextAttemptAt: outcome.ok ? null : "2026-11-25T08:05:00.000Z",
    });
  }

  it("answers 503 degraded when every enabled feed that was polled is failing, and says why", async () => {
    await recordPoll("vod-english", { ok: false, error: "connection refused by 127.0.0.1:9" });
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(503);
    const body = (await res.json()) as { status: string; problems: string[]; store: string };
    expect(body).toMatchObject({ status: "degraded", store: "ok" });
    expect(body.problems).toEqual([
      "every polled feed is failing (1 of 1); check the network or the feeds' last errors",
    ]);
  });

  it("stays ok while one polled feed still works, and while no feed has been polled yet", async () => {
    const fresh = await fetch(`${server.url}/healthz`);
    expect(((await fresh.json()) as { status: string }).status).toBe("ok");
    await recordPoll("vod-english", { ok: true });
    await recordPoll("retired", { ok: false, error: "HTTP 410 Gone" });
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "ok", problems: [] });
  });

  it("refuses a port already in use with a ConfigError that says to set PORT", async () => {
    const start = startHealthServer(
      {
        store: w.ctx.store,
        feeds: w.ctx.feeds,
        schedulerRunning: () => true,
        metrics: createMetrics(),
      },
      server.port,
      "127.0.0.1",
    );
    await expect(start).rejects.toThrow(ConfigError);
    await expect(start).rejects.toThrow(
      `port ${server.port} on 127.0.0.1 is already in use by another program`,
    );
    await expect(start).rejects.toMatchObject({
      where: "PORT",
      hint: expect.stringMatching(/^set PORT to a free port/),
    });
  });
});

describe("tracewire run on a port in use", () => {
  let blocker: Server;
  let w: WorkerContext;
  beforeEach(async () => {
    w = await createWorkerContext([feedEntry("vod-english", "http://127.0.0.1:9/feed.xml")]);
    blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, "0.0.0.0", resolve));
  });
  afterEach(async () => {
    await new Promise<void>((resolve) => blocker.close(() => resolve()));
    await w.cleanup();
  });

  it("exits 2 with one line that says to set PORT", async () => {
    const port = (blocker.address() as { port: number }).port;
    const out = await runCli(["run"], {
      env: {
        FEEDS_FILE: join(w.dir, "feeds.json"),
        DATABASE_URL: `sqlite:${join(w.dir, "tracewire.db")}`,
        PORT: String(port),
      },
      timeoutMs: 30_000,
    });
    expect(out.code).toBe(2);
    expect(out.stderr).toContain(
      `tracewire: PORT: port ${port} on 0.0.0.0 is already in use by another program\n` +
        `  hint: set PORT to a free port (e.g. PORT=${port + 1}), or stop what listens on ${port}\n`,
    );
    expect(out.stderr).not.toMatch(/unexpected|at .*\.ts:\d+/);
  });
});
