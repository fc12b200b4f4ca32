import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { defaultFilter, type Subscription } from "../../src/model/subscription.js";
import { type HealthServer, startHealthServer } from "../../src/worker/health-server.js";
import { createMetrics } from "../../src/worker/metrics.js";
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
});
