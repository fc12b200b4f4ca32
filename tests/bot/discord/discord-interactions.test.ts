import { generateKeyPairSync, type KeyObject, sign } from "node:crypto";
import { REST } from "discord.js";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  createInteractionsListener,
  type InteractionsListenerOptions,
  verifyDiscordSignature,
} from "../../../src/bot/discord/discord-interactions.js";
import { loadEnv } from "../../../src/config/load-env.js";
import { silentLogger } from "../../../src/log.js";
import { formatDate } from "../../../src/render/format-time.js";
import { openStore } from "../../../src/store/open-store.js";
import type { Store } from "../../../src/store/store.js";
import { type HealthServer, startHealthServer } from "../../../src/worker/health-server.js";
import { createMetrics } from "../../../src/worker/metrics.js";
import { type FakeDiscord, startFakeDiscord } from "../../support/fake-discord.js";
import { tempSqliteUrl } from "../../support/temp-db.js";
import { buildWatchedEntity } from "../../support/watched-entity.js";
import { headlineItems, seedArchive } from "../seed-archive.js";

const APP_ID = "1200000000000000099";
const CHANNEL = "1300000000000000042";

function keyPair(): { privateKey: KeyObject; publicHex: string } {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  const x = publicKey.export({ format: "jwk" }).x!;
  return { privateKey, publicHex: Buffer.from(x, "base64url").toString("hex") };
}

function signed(privateKey: KeyObject, body: string, timestamp = String(Math.floor(Date.now() / 1000))) {
  const signature = sign(null, Buffer.from(timestamp + body), privateKey).toString("hex");
  return {
    "content-type": "application/json",
    "x-signature-ed25519": signature,
    "x-signature-timestamp": timestamp,
  };
}

function commandInteraction(id: string, subcommand: string, options: Record<string, string> = {}) {
  return JSON.stringify({
    id,
    type: 2,
    token: `interaction-token-${id}`,
    application_id: APP_ID,
    channel_id: CHANNEL,
    data: {
      name: "tracewire",
      options: [
        {
          name: subcommand,
          type: 1,
          options: Object.entries(options).map(([name, value]) => ({ name, type: 3, value })),
        },
      ],
    },
  });
}

function embedLinks(body: unknown): string[] {
  return [...JSON.stringify(body).matchAll(/\]\((https?:\/\/[^)\s]+)\)/g)].map((m) => m[1]!);
}

describe("Discord interactions endpoint", () => {
  let store: Store;
  let server: HealthServer;
  let discord: FakeDiscord;
  let cleanupDb: () => void;
  const keys = keyPair();

  async function start(
    deadlineMs?: number,
    extra: Partial<InteractionsListenerOptions> = {},
    moreEnv: Record<string, string> = {},
    seededAt: Date = new Date(),
  ): Promise<void> {
    const db = tempSqliteUrl();
    cleanupDb = db.cleanup;
    store = await openStore(db.url);
    await seedArchive(store, seededAt);
    discord = await startFakeDiscord({ applicationId: APP_ID });
    const env = loadEnv({ DATABASE_URL: db.url, DISCORD_PUBLIC_KEY: keys.publicHex, ...moreEnv });
    const listener = createInteractionsListener(
      { store, env, feeds: [], logger: silentLogger() },
      {
        publicKey: keys.publicHex,
        rest: new REST({ api: discord.apiUrl, version: "10" }),
        ...(deadlineMs === undefined ? {} : { deadlineMs }),
        ...extra,
      },
    );
    server = await startHealthServer(
      { store, feeds: [], schedulerRunning: () => true, metrics: createMetrics(), discordListener: listener },
      0,
      "127.0.0.1",
    );
  }

  async function post(body: string, headers: Record<string, string>) {
    const res = await fetch(`${server.url}/discord/interactions`, { method: "POST", headers, body });
    return { status: res.status, json: (await res.json()) as Record<string, unknown> };
  }

  afterEach(async () => {
    await server.close();
    await discord.close();
    await store.close();
    cleanupDb();
  });

  describe("answering within the deadline", () => {
    beforeEach(async () => {
      await start();
    });

    it("answers a signed PING with PONG", async () => {
      const body = JSON.stringify({ id: "1", type: 1, application_id: APP_ID });
      expect(await post(body, signed(keys.privateKey, body))).toEqual({ status: 200, json: { type: 1 } });
    });

    it("answers /tracewire search inline with linked hits, ephemeral and unable to ping", async () => {
      const body = commandInteraction("1400000000000000001", "search", { query: "scam compound" });
      const res = await post(body, signed(keys.privateKey, body));
      expect(res.status).toBe(200);
      expect(res.json["type"]).toBe(4);
      const data = res.json["data"] as { flags: number; allowed_mentions: unknown; embeds: unknown[] };
      expect(data.flags).toBe(64);
      expect(data.allowed_mentions).toEqual({ parse: [] });
      expect(embedLinks(data.embeds).length).toBeGreaterThanOrEqual(3);
    });

    it("answers latest with both a country and a topic with a usage line", async () => {
      const body = commandInteraction("1400000000000000002", "latest", {
        country: "KH",
        topic: "scam_compounds",
      });
      const res = await post(body, signed(keys.privateKey, body));
      expect(JSON.stringify(res.json)).toContain("latest takes a country or a topic, not both");
    });

    it("subscribes the Discord channel the command came from", async () => {
      const body = commandInteraction("1400000000000000003", "subscribe", {
        mode: "alert",
        countries: "KH,MM",
      });
      const res = await post(body, signed(keys.privateKey, body));
      expect(res.status).toBe(200);
      const [subscription] = await store.listSubscriptions();
      expect(subscription).toMatchObject({ target: `discord:${CHANNEL}`, mode: "alert" });
      // Markdown-escaped in the embed ("sub\\_…"), shown as typed.
      const description = (res.json["data"] as { embeds: { description: string }[] }).embeds[0]!.description;
      expect(description.replace(/\\_/g, "_")).toContain(subscription!.id);
    });

    it.each([
      ["a signature by another key", (body: string) => signed(keyPair().privateKey, body)],
      [
        "a signature over another timestamp",
        (body: string) => ({ ...signed(keys.privateKey, body), "x-signature-timestamp": "1700000000" }),
      ],
      ["no signature", () => ({ "content-type": "application/json" })],
    ])("refuses %s with 401 and runs nothing", async (_name, headers) => {
      const body = commandInteraction("1400000000000000004", "subscribe", { mode: "alert" });
      const res = await post(body, headers(body));
      expect(res.status).toBe(401);
      expect(await store.listSubscriptions()).toEqual([]);
    });
  });

  describe("the watchlist (issue 17)", () => {
    beforeEach(async () => {
      await start();
    });

    it("adds a name with its spellings from /tracewire watch and moves the watchlist's revision", async () => {
      const before = await store.watchlistRevision();
      const body = commandInteraction("1400000000000000011", "watch", {
        action: "add",
        name: "Jin Bei",
        alias: "金贝,Jinbei",
        country: "KH",
      });
      const res = await post(body, signed(keys.privateKey, body));
      expect(res.status).toBe(200);
      const data = res.json["data"] as {
        allowed_mentions: unknown;
        embeds: { title: string; description: string }[];
      };
      expect(data.allowed_mentions).toEqual({ parse: [] });
      expect(data.embeds[0]!.title).toBe("Now watching");
      expect(data.embeds[0]!.description).toContain("Jin Bei (jin-bei): company in KH, 3 aliases");
      expect(await store.getWatchedEntity("jin-bei")).toMatchObject({
        name: "Jin Bei",
        aliases: ["Jin Bei", "金贝", "Jinbei"],
        countries: ["KH"],
      });
      expect(await store.watchlistRevision()).not.toBe(before);
    });

    it("answers /tracewire entity inline with the stories naming it, linked, and a count per week", async () => {
      await store.putWatchedEntity(buildWatchedEntity({ id: "kk-park", name: "KK Park", countries: ["MM"] }));
      const [named] = headlineItems(new Date()).filter((item) => item.summary.includes("KK Park"));
      await store.saveEntities([
        {
          itemId: named!.id,
          entities: [{ id: "kk-park", name: "KK Park", alias: "KK Park", field: "summary" }],
        },
      ]);
      const body = commandInteraction("1400000000000000012", "entity", { id: "KK-Park" });
      const res = await post(body, signed(keys.privateKey, body));
      expect(res.status).toBe(200);
      expect(res.json["type"]).toBe(4);
      const data = res.json["data"] as { embeds: { title: string; description: string }[] };
      expect(data.embeds[0]!.title).toBe("Latest stories naming KK Park");
      expect(data.embeds[0]!.description).toContain("KK Park (kk-park): company in MM, 1 alias");
      expect(data.embeds[0]!.description).toMatch(
        /Items per week since \d{4}-\d\d-\d\d \(oldest first\): (0 · ){7}1/,
      );
      expect(embedLinks(data.embeds)).toEqual([named!.url]);
    });

    it("answers an unknown entity id with the nearest ids and the usage", async () => {
      await store.putWatchedEntity(buildWatchedEntity({ id: "prince-group", name: "Prince Group" }));
      const body = commandInteraction("1400000000000000013", "entity", { id: "prince-grop" });
      const res = await post(body, signed(keys.privateKey, body));
      const text = JSON.stringify(res.json);
      expect(text).toContain('no watched entity has id \\"prince-grop\\"');
      expect(text).toContain("did you mean prince-group? /tracewire watch list shows every id");
      expect(text).toContain("Usage: /tracewire entity ID");
    });
  });

  describe("replays and malformed interactions (issue 15)", () => {
    /** The worker's clock here; requests are signed relative to it. */
    const NOW = new Date("2026-11-25T06:00:00Z");
    const at = (offsetMs: number) => String(Math.floor((NOW.getTime() + offsetMs) / 1000));
    const seen = new Set<string>();
    beforeEach(async () => {
      seen.clear();
      await start(undefined, {
        now: () => NOW,
        // An in-memory stand-in for the store-backed memory the composition root will give.
        rememberSignature: async (signature) => {
          if (seen.has(signature)) return false;
          seen.add(signature);
          return true;
        },
      });
    });

    it("refuses a PING signed with timestamp 1000000000 (2001) with 401", async () => {
      const body = JSON.stringify({ id: "1", type: 1, application_id: APP_ID });
      const res = await post(body, signed(keys.privateKey, body, "1000000000"));
      expect(res.status).toBe(401);
      expect(res.json["error"]).toMatch(/^X-Signature-Timestamp is \d+ s old; requests older than 5 minutes/);
    });

    it.each([
      ["4 minutes 59 seconds old", 200, -299_000],
      ["5 minutes 10 seconds old", 401, -310_000],
      ["59 seconds in the future", 200, 59_000],
      ["2 minutes in the future", 401, 120_000],
    ])("a command signed %s gets %i", async (_name, status, offsetMs) => {
      const body = commandInteraction("1400000000000000011", "subscribe", { countries: "KH" });
      const res = await post(body, signed(keys.privateKey, body, at(offsetMs)));
      expect(res.status).toBe(status);
      expect(await store.listSubscriptions()).toHaveLength(status === 200 ? 1 : 0);
    });

    it("the same signed interaction sent three times runs once: the replays get 401", async () => {
      const body = commandInteraction("1400000000000000012", "subscribe", { countries: "KH" });
      const headers = signed(keys.privateKey, body, at(0));
      const statuses = [];
      for (let i = 0; i < 3; i += 1) statuses.push((await post(body, headers)).status);
      expect(statuses).toEqual([200, 401, 401]);
      expect(await store.listSubscriptions()).toHaveLength(1);
    });

    it.each([
      [
        "a number where text is expected",
        { name: "search", type: 1, options: [{ name: "query", type: 3, value: 42 }] },
        "option query must be text, got number",
      ],
      [
        "options that are not a list",
        { name: "search", type: 1, options: { query: "scam" } },
        "options: Invalid input: expected array, received object",
      ],
      [
        "a subcommand without a name",
        { type: 1, options: [] },
        "name: Invalid input: expected string, received undefined",
      ],
    ])("answers %s with a usage line, not a 500", async (_name, subcommand, problem) => {
      const body = JSON.stringify({
        id: "1400000000000000013",
        type: 2,
        token: "t",
        application_id: APP_ID,
        channel_id: CHANNEL,
        data: { name: "tracewire", options: [subcommand] },
      });
      const res = await post(body, signed(keys.privateKey, body, at(0)));
      expect(res.status).toBe(200);
      expect(res.json["type"]).toBe(4);
      expect(JSON.stringify(res.json)).toContain(problem);
      expect(JSON.stringify(res.json)).toContain("Usage: /tracewire help");
    });

    it("reads a keyword option without its NUL", async () => {
      const body = commandInteraction("1400000000000000014", "subscribe", { keywords: "KK\u0000Park" });
      const res = await post(body, signed(keys.privateKey, body, at(0)));
      expect(res.status).toBe(200);
      const [subscription] = await store.listSubscriptions();
      expect(subscription?.filter.keywords).toEqual(["KKPark"]);
    });

    it("no signed body, however malformed, gets a 500 (property, through the real HTTP handler)", async () => {
      const option = fc.record(
        {
          name: fc.oneof(fc.constantFrom("query", "country", "topic", "keywords", "id", "mode"), fc.string()),
          type: fc.oneof(fc.constant(3), fc.integer()),
          value: fc.oneof(fc.string({ unit: "binary", maxLength: 30 }), fc.jsonValue()),
        },
        { requiredKeys: [] },
      );
      const subcommand = fc.record(
        {
          name: fc.oneof(
            fc.constantFrom("search", "latest", "status", "subscribe", "unsubscribe", "help"),
            fc.string(),
          ),
          type: fc.constant(1),
          options: fc.oneof(fc.array(option, { maxLength: 4 }), fc.jsonValue()),
        },
        { requiredKeys: [] },
      );
      const interaction = fc.record(
        {
          type: fc.oneof(fc.constantFrom(1, 2, 3), fc.jsonValue()),
          channel_id: fc.oneof(fc.constant(CHANNEL), fc.jsonValue()),
          data: fc.oneof(
            fc.record({ name: fc.constant("tracewire"), options: fc.array(subcommand, { maxLength: 2 }) }),
            fc.jsonValue(),
          ),
        },
        { requiredKeys: [] },
      );
      const body = fc.oneof(
        interaction.map((value) => JSON.stringify(value)),
        fc.jsonValue().map((value) => JSON.stringify(value) ?? "null"),
        fc.string({ maxLength: 60 }),
      );
      await fc.assert(
        fc.asyncProperty(body, async (text) => {
          seen.clear(); // two runs may draw the same body; a replay's 401 is not what this property is about
          const res = await fetch(`${server.url}/discord/interactions`, {
            method: "POST",
            headers: signed(keys.privateKey, text, at(0)),
            body: text,
          });
          await res.arrayBuffer();
          expect([200, 400]).toContain(res.status);
        }),
        { numRuns: 500 },
      );
    }, 120_000);
  });

  it("dates search hits in the operator's zone (TZ), not UTC", async () => {
    // Hours before 20:30 UTC on 25 Nov: from 10:00 UTC on, it is already 26 Nov at UTC+14.
    const seededAt = new Date("2026-11-25T20:30:00Z");
    const zone = "Pacific/Kiritimati";
    await start(undefined, {}, { TZ: zone }, seededAt);
    const body = commandInteraction("1400000000000000009", "search", { query: "scam compound" });
    const res = await post(body, signed(keys.privateKey, body));
    const data = res.json["data"] as { embeds: { description?: string }[] };
    const published = new Map(headlineItems(seededAt).map((item) => [item.url, new Date(item.publishedAt)]));
    const lines = (data.embeds[0]?.description ?? "").split("\n").filter((line) => /^\d+\. /.test(line));
    expect(lines.length).toBeGreaterThanOrEqual(3);
    let differsFromUtc = 0;
    for (const line of lines) {
      const url = embedLinks(line)[0]!;
      const at = published.get(url)!;
      expect(line).toContain(` · ${formatDate(at, zone)} (`);
      if (formatDate(at, zone) !== formatDate(at, "UTC")) differsFromUtc++;
    }
    expect(differsFromUtc).toBeGreaterThan(0);
  });

  describe("answering after the deadline", () => {
    beforeEach(async () => {
      await start(0);
    });

    it("defers ephemerally, then puts the hits on @original through the REST API", async () => {
      const body = commandInteraction("1400000000000000005", "search", { query: "scam compound" });
      const res = await post(body, signed(keys.privateKey, body));
      expect(res.json).toEqual({ type: 5, data: { flags: 64 } });
      await expect.poll(() => discord.messages.length, { timeout: 5000 }).toBe(1);
      const [message] = discord.messages;
      expect(message!.via).toBe("original");
      expect(embedLinks(message!.embeds).length).toBeGreaterThanOrEqual(3);
      expect(discord.violations).toEqual([]);
      expect(discord.pings).toEqual([]);
    });
  });
});

describe("verifyDiscordSignature", () => {
  const keys = keyPair();
  const body = Buffer.from('{"type":1}');

  it("accepts Discord's signature over timestamp + body", () => {
    const headers = signed(keys.privateKey, body.toString(), "1764000000");
    expect(verifyDiscordSignature(keys.publicHex, headers["x-signature-ed25519"], "1764000000", body)).toBe(
      true,
    );
  });

  it.each([
    ["a changed body", Buffer.from('{"type":2}')],
    ["an empty body", Buffer.alloc(0)],
  ])("refuses %s", (_name, other) => {
    const headers = signed(keys.privateKey, body.toString(), "1764000000");
    expect(verifyDiscordSignature(keys.publicHex, headers["x-signature-ed25519"], "1764000000", other)).toBe(
      false,
    );
  });

  it("refuses a signature that is not hex of the right length", () => {
    expect(verifyDiscordSignature(keys.publicHex, "abc", "1764000000", body)).toBe(false);
  });
});
