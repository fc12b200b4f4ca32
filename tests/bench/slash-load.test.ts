/**
 * The request builder of bench/slash-load.ts against a real worker: its requests are signed as Slack signs them
 * and distinct (a replay guard keyed on the signature would let every one through). (The load itself is measured
 * by `npm run bench`, never asserted here.)
 */
import { afterEach, describe, expect, it } from "vitest";
import { buildSlashRequest, LOAD_COMMANDS } from "../../bench/slash-load.js";
import { runWorker, type Worker } from "../../src/worker/run-worker.js";
import { createWorkerContext, type WorkerContext } from "../worker/worker-context.js";

const SECRET = "slash-load-test-signing-secret";

let w: WorkerContext | undefined;
let worker: Worker | undefined;

afterEach(async () => {
  await worker?.stop();
  await w?.cleanup().catch(() => {});
  w = undefined;
  worker = undefined;
});

describe("buildSlashRequest", () => {
  it("builds 20 distinct signed slash commands that the worker answers with 200, all in the same second", async () => {
    w = await createWorkerContext([], { SLACK_SIGNING_SECRET: SECRET });
    worker = await runWorker(w.ctx, { port: 0, host: "127.0.0.1" });
    const now = new Date();
    const requests = Array.from({ length: 20 }, (_, i) =>
      buildSlashRequest(SECRET, "http://127.0.0.1:9/commands", "test", i, now),
    );
    expect(new Set(requests.map((r) => r.body)).size).toBe(20);
    expect(new Set(requests.map((r) => r.headers["x-slack-signature"])).size).toBe(20);
    expect(new Set(requests.map((r) => r.text))).toEqual(new Set(LOAD_COMMANDS));

    const answers = await Promise.all(
      requests.map(async (r) => {
        const res = await fetch(`${worker!.url}/slack/events`, {
          method: "POST",
          headers: r.headers,
          body: r.body,
        });
        return { status: res.status, text: await res.text() };
      }),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
    expect(answers.every((a) => !a.text.includes("usage"))).toBe(true);
  });
});
