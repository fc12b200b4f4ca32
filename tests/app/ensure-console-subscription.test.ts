/**
 * The console default of `npm start` (issue 14.7): made only when no platform is configured and nothing else is
 * subscribed, named with how to remove it, and removed once a platform is configured. A console subscription
 * an operator made stays.
 */
import { afterEach, describe, expect, it } from "vitest";
import {
  describeConsoleDefault,
  ensureConsoleSubscription,
} from "../../src/app/ensure-console-subscription.js";
import { subscribeDeps } from "../../src/app/subscribe-deps.js";
import { createSubscription } from "../../src/commands/subscribe.js";
import { loadEnv } from "../../src/config/load-env.js";
import { openStore } from "../../src/store/open-store.js";
import type { Store } from "../../src/store/store.js";
import { tempSqliteUrl } from "../support/temp-db.js";

const NOW = new Date("2026-11-25T06:00:00Z");
let cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

async function freshStore(): Promise<{ store: Store; url: string }> {
  const db = tempSqliteUrl();
  const store = await openStore(db.url);
  cleanups.push(
    () => db.cleanup(),
    () => store.close(),
  );
  return { store, url: db.url };
}

describe("ensureConsoleSubscription", () => {
  it("creates the default once, says how to remove it, and keeps it across starts", async () => {
    const { store, url } = await freshStore();
    const env = loadEnv({ DATABASE_URL: url });
    const first = await ensureConsoleSubscription({ store, env }, NOW);
    if (first.kind !== "created") throw new Error(`expected created, got ${first.kind}`);
    const id = first.subscription.id;
    expect(describeConsoleDefault(first)).toContain(`remove it with: tracewire unsubscribe ${id}`);
    const second = await ensureConsoleSubscription({ store, env }, NOW);
    expect(second).toEqual({ kind: "kept", subscriptionId: id });
    expect((await store.listSubscriptions()).map((s) => s.id)).toEqual([id]);
  });

  it("removes the default once a platform token is set", async () => {
    const { store, url } = await freshStore();
    const first = await ensureConsoleSubscription({ store, env: loadEnv({ DATABASE_URL: url }) }, NOW);
    expect(first.kind).toBe("created");
    const withSlack = loadEnv({ DATABASE_URL: url, SLACK_BOT_TOKEN: "xoxb-test-token" });
    const next = await ensureConsoleSubscription({ store, env: withSlack }, NOW);
    expect(next).toMatchObject({ kind: "removed", because: "SLACK_BOT_TOKEN is set" });
    expect(describeConsoleDefault(next)).toMatch(/removed the console default subscription sub_/);
    expect(await store.listSubscriptions()).toEqual([]);
  });

  it("removes the default once a webhook subscription exists, and never an operator's own console", async () => {
    const { store, url } = await freshStore();
    const env = loadEnv({ DATABASE_URL: url, TRACEWIRE_ALLOW_PRIVATE_HOSTS: "1" });
    const first = await ensureConsoleSubscription({ store, env }, NOW);
    expect(first.kind).toBe("created");
    const own = await createSubscription(
      subscribeDeps({ store, env }),
      { target: "console", mode: "alert" },
      NOW,
    );
    const hook = await createSubscription(
      subscribeDeps({ store, env }),
      { target: "slack-webhook:http://127.0.0.1:9/services/T0FAKE0001/B0FAKE0001/abcdef", mode: "alert" },
      NOW,
    );
    const next = await ensureConsoleSubscription({ store, env }, NOW);
    expect(next.kind).toBe("removed");
    expect((await store.listSubscriptions()).map((s) => s.id).sort()).toEqual([own.id, hook.id].sort());
  });

  it("is not made when a platform is configured or another subscription exists", async () => {
    const { store, url } = await freshStore();
    const withDiscord = loadEnv({ DATABASE_URL: url, DISCORD_TOKEN: "test-bot-token-for-discord-0000" });
    expect(await ensureConsoleSubscription({ store, env: withDiscord }, NOW)).toEqual({ kind: "none" });
    expect(await store.listSubscriptions()).toEqual([]);
  });
});
