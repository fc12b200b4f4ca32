/**
 * One-shot commands never wait out a backoff (issue 14.2): with an alert target on a closed loopback port,
 * `tracewire poll` tries it once, leaves the messages in the outbox, says so in one line without the webhook's
 * secret and ends; the next run, once the target answers, sends them. A 429 during a one-shot is queued with
 * its Retry-After, not waited on. `digest --now` behaves the same.
 */

import type { AddressInfo } from "node:net";
import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open-store.js";
import { type FakeSlack, startFakeSlack } from "../support/fake-slack.js";
import { type OutletWorld, startOutletWorld } from "../support/outlet-world.js";
import { runCli } from "../support/run-cli.js";

const SECRET = "s3cr3tW3bh00kT0k3nAAAA";

let world: OutletWorld;
let slack: FakeSlack | undefined;
let port: number;

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const free = (server.address() as AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return free;
}

async function pendingRows(): Promise<number> {
  const store = await openStore(world.env["DATABASE_URL"]!);
  try {
    return (await store.listOutbox({ state: "pending" })).length;
  } finally {
    await store.close();
  }
}

beforeAll(async () => {
  world = await startOutletWorld();
  port = await closedPort();
  const target = `slack-webhook:http://127.0.0.1:${port}/services/T0FAKE0001/B0CLOSED1/${SECRET}`;
  const out = await runCli(["subscribe", target, "--mode", "alert"], { env: world.env });
  expect(out.code).toBe(0);
});

afterAll(async () => {
  await Promise.all([world?.close(), slack?.close()]);
});

describe("tracewire poll with an unreachable alert target", () => {
  let queued = 0;

  it("tries the target once, queues its messages, says so in one line and ends", async () => {
    const poll = await runCli(["poll"], { env: world.env, timeoutMs: 60_000 });
    expect(poll.code).toBe(0);
    const lines = poll.stdout.split("\n").filter((line) => line.includes("queued for"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^(\d+) messages? queued for slack-webhook:.*: connection refused — the worker retries them/,
    );
    queued = Number(/^(\d+)/.exec(lines[0]!)?.[1]);
    expect(queued).toBeGreaterThan(1);
    expect(await pendingRows()).toBe(queued);
    expect(poll.stdout + poll.stderr).not.toContain(SECRET);
    // The summary line is the only report of the failure: nothing about it on stderr.
    expect(poll.stderr).not.toMatch(/ECONNREFUSED|connection refused/);
  });

  it("sends the queued messages on the next run once the target answers", async () => {
    slack = await startFakeSlack({ port });
    const poll = await runCli(["poll"], { env: world.env, timeoutMs: 60_000 });
    expect(poll.code).toBe(0);
    expect(poll.stdout).not.toContain("queued for");
    expect(slack.messages).toHaveLength(queued);
    expect(slack.violations).toEqual([]);
    expect(await pendingRows()).toBe(0);
  });

  it("queues on a 429 instead of waiting for Retry-After", async () => {
    if (!slack) throw new Error("the previous test starts the stand-in");
    const target = `slack-webhook:${slack.webhookUrl("C0LIMITED1")}`;
    expect((await runCli(["subscribe", target, "--mode", "alert"], { env: world.env })).code).toBe(0);
    slack.failNext(1, { status: 429, retryAfter: 600 });
    const poll = await runCli(["poll"], { env: world.env, timeoutMs: 60_000 });
    expect(poll.code).toBe(0);
    expect(poll.stdout).toMatch(/\d+ messages? queued for slack-webhook:.*: rate-limited for 600 s/);
    expect(await pendingRows()).toBeGreaterThan(0);
  });
});

describe("tracewire digest --now with an unreachable target", () => {
  it("queues the digest, says so once and ends", async () => {
    const gone = await closedPort();
    const target = `slack-webhook:http://127.0.0.1:${gone}/services/T0FAKE0001/B0CLOSED2/${SECRET}`;
    expect((await runCli(["subscribe", target, "--mode", "digest"], { env: world.env })).code).toBe(0);
    const digest = await runCli(["digest", "--now"], { env: world.env, timeoutMs: 60_000 });
    expect(digest.code).toBe(0);
    const lines = digest.stdout.split("\n").filter((line) => line.includes("queued for"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/queued for slack-webhook:.*: connection refused — the worker retries them/);
    expect(digest.stdout + digest.stderr).not.toContain(SECRET);
    expect(digest.stderr).toBe("");
  });
});
