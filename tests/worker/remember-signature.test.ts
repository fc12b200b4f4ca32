import { spawn } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { createAppContext } from "../../src/app/app-context.js";
import { loadEnv } from "../../src/config/load-env.js";
import { silentLogger } from "../../src/log.js";
import { runWorker, type Worker } from "../../src/worker/run-worker.js";
import { signSlackRequest, slashCommandBody } from "../support/slack-signing.js";
import { createWorkerContext, type WorkerContext } from "./worker-context.js";

const SECRET = "replay-test-signing-secret-5678";
/** Another process holding the SQLite file's write lock (plain better-sqlite3). */
const HOLDER = new URL("../store/sqlite-lock-holder.ts", import.meta.url).pathname;

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

describe("a neighbour holding SQLite's write lock", () => {
  it("does not keep a signed slash command or /healthz waiting until the lock is released", async () => {
    w = await createWorkerContext([], { SLACK_SIGNING_SECRET: SECRET });
    const worker = await runWorker(w.ctx, { port: 0, host: "127.0.0.1", random: () => 0 });
    workers.push(worker);
    const holder = spawn(
      process.execPath,
      ["--import", "tsx", HOLDER, join(w.dir, "tracewire.db"), String(4000)],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    let said = "";
    holder.stdout?.setEncoding("utf8");
    holder.stdout?.on("data", (chunk: string) => {
      said += chunk;
    });
    while (!said.includes("locked\n")) await once(holder.stdout as NodeJS.ReadableStream, "data");

    // The replay check is a write, and the store waits up to 5 s for a lock: held 4 s, the old door answered
    // only after the neighbour let go. Now it answers at once and the write finishes on its own.
    const body = slashCommandBody({ text: "search scam compound", channel_id: "C0LOCKED01" });
    const signed = signSlackRequest(SECRET, body);
    const answer = await fetch(`${worker.url}/slack/events`, {
      method: "POST",
      headers: signed.headers,
      body,
    });
    const health = await fetch(`${worker.url}/healthz`);
    const releasedBeforeAnswers = said.includes("released");
    await once(holder, "exit");

    expect(answer.status).toBe(200);
    expect(health.status).toBe(200);
    expect(releasedBeforeAnswers).toBe(false);
  });
});
