import { afterEach, describe, expect, it } from "vitest";
import { createAppContext } from "../../src/app/app-context.js";
import { loadEnv } from "../../src/config/load-env.js";
import { silentLogger } from "../../src/log.js";
import { runWorker, type Worker } from "../../src/worker/run-worker.js";
import { signSlackRequest, slashCommandBody } from "../support/slack-signing.js";
import { createWorkerContext, type WorkerContext } from "./worker-context.js";

const SECRET = "replay-test-signing-secret-5678";

let w: WorkerContext | undefined;
const workers: Worker[] = [];
const contexts: { close(): Promise<void> }[] = [];

afterEach(async () => {
  for (const worker of workers.splice(0)) await worker.stop().catch(() => {});
  for (const ctx of contexts.splice(0)) await ctx.close().catch(() => {});
  await w?.cleanup().catch(() => {});
  w = undefined;
});

describe("replay memory shared by replicas", () => {
  it("runs a signed /tracewire subscribe once when it is replayed to another replica on the same store", async () => {
    w = await createWorkerContext([], { SLACK_SIGNING_SECRET: SECRET });
    const first = await runWorker(w.ctx, { port: 0, host: "127.0.0.1", random: () => 0 });
    workers.push(first);
    // A second replica: its own process-level context, the same database.
    const replicaCtx = await createAppContext(
      loadEnv({
        FEEDS_FILE: `${w.dir}/feeds.json`,
        DATABASE_URL: `sqlite:${w.dir}/tracewire.db`,
        TRACEWIRE_ALLOW_PRIVATE_HOSTS: "1",
        TZ: "UTC",
        SLACK_SIGNING_SECRET: SECRET,
      }),
      { logger: silentLogger() },
    );
    contexts.push(replicaCtx);
    const second = await runWorker(replicaCtx, { port: 0, host: "127.0.0.1", random: () => 0 });
    workers.push(second);

    const body = slashCommandBody({ text: "subscribe alert --countries KH", channel_id: "C0REPLAY01" });
    const signed = signSlackRequest(SECRET, body);
    const post = (url: string) =>
      fetch(`${url}/slack/events`, { method: "POST", headers: signed.headers, body }).then((r) => r.status);

    expect(await post(first.url)).toBe(200);
    expect(await post(second.url)).toBe(401);
    expect(await post(first.url)).toBe(401);
    const subscriptions = await w.ctx.store.listSubscriptions();
    expect(subscriptions.filter((s) => s.target === "slack:C0REPLAY01")).toHaveLength(1);
  });
});
