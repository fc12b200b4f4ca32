import { Client } from "discord.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  listenForCommands,
  loginRetryDelayMs,
  startDiscordBot,
} from "../../../src/bot/discord/discord-bot.js";
import { loadEnv } from "../../../src/config/load-env.js";
import { silentLogger } from "../../../src/log.js";
import { openStore } from "../../../src/store/open-store.js";
import type { Store } from "../../../src/store/store.js";
import { type FakeDiscord, startFakeDiscord } from "../../support/fake-discord.js";
import { tempSqliteUrl } from "../../support/temp-db.js";
import { seedArchive } from "../seed-archive.js";

const TOKEN = "test-bot-token-0123456789";
const APP_ID = "1200000000000000099";

/** A chat-input interaction as the gateway delivers it (INTERACTION_CREATE payload, API v10). */
function gatewayInteraction(id: string, subcommand: string, options: Record<string, string>) {
  return {
    id,
    application_id: APP_ID,
    type: 2,
    token: `interaction-token-${id}`,
    version: 1,
    channel_id: "1300000000000000042",
    locale: "en-US",
    app_permissions: "19456",
    entitlements: [],
    authorizing_integration_owners: { "1": "1100000000000000007" },
    context: 1,
    attachment_size_limit: 10_485_760,
    user: {
      id: "1100000000000000007",
      username: "editor",
      discriminator: "0",
      avatar: null,
      global_name: "Editor",
    },
    data: {
      id: "1250000000000000001",
      name: "tracewire",
      type: 1,
      options: [
        {
          name: subcommand,
          type: 1,
          options: Object.entries(options).map(([name, value]) => ({ name, type: 3, value })),
        },
      ],
    },
  };
}

describe("Discord gateway interactions through discord.js", () => {
  let discord: FakeDiscord;
  let store: Store;
  let client: Client;
  let cleanupDb: () => void;

  beforeEach(async () => {
    const db = tempSqliteUrl();
    cleanupDb = db.cleanup;
    store = await openStore(db.url);
    await seedArchive(store, new Date());
    discord = await startFakeDiscord({ token: TOKEN, applicationId: APP_ID });
    client = new Client({ intents: [], rest: { api: discord.apiUrl } });
    client.rest.setToken(TOKEN);
  });

  afterEach(async () => {
    await client.destroy();
    await discord.close();
    await store.close();
    cleanupDb();
  });

  function attach(deadlineMs?: number): void {
    const env = loadEnv({ DATABASE_URL: "sqlite::memory:" });
    listenForCommands(
      client,
      { store, env, feeds: [], logger: silentLogger() },
      deadlineMs === undefined ? {} : { deadlineMs },
    );
  }

  /** Feeds a raw gateway payload to discord.js's own INTERACTION_CREATE handling. */
  function receive(payload: unknown): void {
    (
      client as unknown as { actions: { InteractionCreate: { handle(data: unknown): void } } }
    ).actions.InteractionCreate.handle(payload);
  }

  it("replies to /tracewire latest KH with an ephemeral embed callback", async () => {
    attach();
    receive(gatewayInteraction("1400000000000000011", "latest", { country: "KH" }));
    await expect.poll(() => discord.callbacks.length, { timeout: 5000 }).toBe(1);
    const [callback] = discord.callbacks;
    expect(callback!.body["type"]).toBe(4);
    const data = callback!.body["data"] as {
      flags: number;
      embeds: { title: string }[];
      allowed_mentions: unknown;
    };
    expect(data.flags).toBe(64);
    expect(data.allowed_mentions).toEqual({ parse: [] });
    expect(data.embeds[0]!.title).toContain("Latest: KH");
    expect(discord.violations).toEqual([]);
  });

  it("defers, then edits the reply when the answer is slow", async () => {
    attach(0);
    receive(gatewayInteraction("1400000000000000012", "search", { query: "scam compound" }));
    // discord.js sends `@original` percent-encoded (%40original), which Discord accepts; the stand-in serves
    // only the literal form, so the edit is checked by the request it received.
    const edits = () =>
      discord.requests.filter(
        (r) =>
          r.method === "PATCH" &&
          /^\/api\/v10\/webhooks\/\d+\/«token»\/messages\/(@|%40)original$/.test(r.path),
      );
    await expect.poll(() => edits().length, { timeout: 5000 }).toBe(1);
    expect(discord.callbacks[0]!.body).toEqual({ type: 5, data: { flags: 64 } });
    expect(discord.pings).toEqual([]);
  });
});

describe("Discord login retries", () => {
  it.each([
    [1, 5000],
    [2, 10_000],
    [3, 20_000],
    [10, 300_000],
  ])("after %i failures waits about %i ms (±25%)", (failures, base) => {
    expect(loginRetryDelayMs(failures, 5000, 300_000, () => 0)).toBe(base * 0.75);
    expect(loginRetryDelayMs(failures, 5000, 300_000, () => 0.999999)).toBeCloseTo(base * 1.25, -1);
  });

  it("reports the refused token and keeps retrying until stopped", async () => {
    const discord = await startFakeDiscord({ token: TOKEN });
    discord.gateway = 401;
    const bot = startDiscordBot(
      { store: null as unknown as Store, env: loadEnv({}), feeds: [], logger: silentLogger() },
      { token: TOKEN, apiUrl: discord.apiUrl, initialRetryMs: 20, maxRetryMs: 50 },
    );
    try {
      await expect.poll(() => bot.attempts(), { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
      expect(bot.state()).toMatch(/^(retrying: .*token|connecting)/i);
    } finally {
      await bot.stop();
      await discord.close();
    }
    expect(bot.state()).toBe("stopped");
  });
});
