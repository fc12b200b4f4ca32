/**
 * Ctrl-C and SIGTERM during a command (issue 14.3): `tracewire poll` interrupted while a delivery is claimed
 * (the stand-in holds the request) hands back every claim, closes the store and exits 130 (SIGINT) or 143
 * (SIGTERM); the next run finds nothing left by a "crashed process".
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore } from "../../src/store/open-store.js";
import { type OutletWorld, startOutletWorld } from "../support/outlet-world.js";
import { runCli, startCli } from "../support/run-cli.js";

let world: OutletWorld;
let holding: Server;
let held = 0;

beforeAll(async () => {
  world = await startOutletWorld();
  // A Slack webhook stand-in that takes each request and never answers: the delivery stays claimed.
  holding = createServer((req) => {
    held += 1;
    req.resume();
  });
  await new Promise<void>((resolve) => holding.listen(0, "127.0.0.1", resolve));
  const port = (holding.address() as AddressInfo).port;
  const target = `slack-webhook:http://127.0.0.1:${port}/services/T0FAKE0001/B0HOLDING/holdholdhold`;
  expect((await runCli(["subscribe", target, "--mode", "alert"], { env: world.env })).code).toBe(0);
});

afterAll(async () => {
  holding.closeAllConnections();
  await new Promise<void>((resolve) => holding.close(() => resolve()));
  await world?.close();
});

async function claimsLeft(): Promise<{ sending: number; owners: string[] }> {
  const store = await openStore(world.env["DATABASE_URL"]!);
  try {
    return {
      sending: (await store.listOutbox({ state: "sending" })).length,
      owners: await store.listClaimOwners(),
    };
  } finally {
    await store.close();
  }
}

describe("a signal during tracewire poll", () => {
  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)("%s releases every claim and exits %i", async (signal, code) => {
    const before = held;
    const { child, result } = startCli(["poll"], { env: world.env, timeoutMs: 60_000 });
    for (let i = 0; i < 600 && held === before; i++) await sleep(50);
    expect(held).toBeGreaterThan(before);
    expect((await claimsLeft()).sending).toBeGreaterThan(0);
    child.kill(signal);
    const out = await result;
    expect(out.code).toBe(code);
    expect(out.stderr).toContain(`tracewire: ${signal}: stopping`);
    expect(await claimsLeft()).toEqual({ sending: 0, owners: [] });
  });

  it("leaves nothing for a crashed-process warning on the next run", async () => {
    const next = await runCli(["subscriptions"], { env: world.env });
    expect(next.code).toBe(0);
    expect(next.stderr).not.toMatch(/crashed process/);
  });
});
