/**
 * Socket Mode against a stand-in: `apps.connections.open` on a loopback HTTP server hands out a ws:// URL
 * on a loopback WebSocket server, which greets with `hello` and sends a slash-command envelope as Slack does
 * (PLATFORMS.md §1.7). The app must acknowledge the envelope with the reply as its payload.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type WebSocket, WebSocketServer } from "ws";
import { createSlackBot, type SlackBot } from "../../../src/bot/slack/slack-app.js";
import { loadEnv } from "../../../src/config/load-env.js";
import { silentLogger } from "../../../src/log.js";
import { openStore } from "../../../src/store/open-store.js";
import type { Store } from "../../../src/store/store.js";
import { tempSqliteUrl } from "../../support/temp-db.js";
import { seedArchive } from "../seed-archive.js";

const APP_TOKEN = "xapp-1-A0123ABCDE-1-stand-in";

describe("Slack /tracewire over Socket Mode", () => {
  let api: Server;
  let sockets: WebSocketServer;
  let store: Store;
  let bot: SlackBot | null;
  let cleanupDb: () => void;
  const acks: Record<string, unknown>[] = [];
  const opened: string[] = [];
  let connected: Promise<WebSocket>;

  beforeEach(async () => {
    sockets = new WebSocketServer({ host: "127.0.0.1", port: 0 });
    await new Promise<void>((resolve) => sockets.once("listening", () => resolve()));
    const wsPort = (sockets.address() as AddressInfo).port;
    connected = new Promise((resolve) => {
      sockets.on("connection", (socket) => {
        socket.on("message", (data) => acks.push(JSON.parse(String(data)) as Record<string, unknown>));
        socket.send(
          JSON.stringify({ type: "hello", num_connections: 1, connection_info: { app_id: "A0123ABCDE" } }),
        );
        resolve(socket);
      });
    });
    api = createServer((req, res) => {
      opened.push(
        `${req.method} ${req.url} ${req.headers.authorization === `Bearer ${APP_TOKEN}` ? "app token" : "no token"}`,
      );
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ ok: true, url: `ws://127.0.0.1:${wsPort}/link?ticket=1` }));
    });
    await new Promise<void>((resolve) => api.listen(0, "127.0.0.1", resolve));
    const db = tempSqliteUrl();
    cleanupDb = db.cleanup;
    store = await openStore(db.url);
    await seedArchive(store, new Date());
    bot = createSlackBot(
      { store, env: loadEnv({ DATABASE_URL: db.url }), feeds: [], logger: silentLogger() },
      {
        appToken: APP_TOKEN,
        botToken: "xoxb-stand-in",
        apiUrl: `http://127.0.0.1:${(api.address() as AddressInfo).port}/api/`,
        allowPrivateHosts: true,
      },
    );
  });

  afterEach(async () => {
    await bot?.stop().catch(() => {});
    for (const client of sockets.clients) client.terminate();
    await new Promise<void>((resolve) => sockets.close(() => resolve()));
    await new Promise<void>((resolve) => api.close(() => resolve()));
    await store.close();
    cleanupDb();
  });

  it("connects with the app-level token and acknowledges a search with linked hits", async () => {
    expect(bot?.mode).toBe("socket");
    void bot!.start();
    const socket = await connected;
    expect(opened).toEqual(["POST /api/apps.connections.open app token"]);
    socket.send(
      JSON.stringify({
        envelope_id: "env-1",
        type: "slash_commands",
        accepts_response_payload: true,
        payload: {
          token: "unused",
          team_id: "T0001TEST",
          team_domain: "newsroom",
          channel_id: "C0123ABCDE",
          channel_name: "desk",
          user_id: "U0123ABCDE",
          user_name: "editor",
          command: "/tracewire",
          text: "search scam compound",
          api_app_id: "A0123ABCDE",
          is_enterprise_install: "false",
          response_url: "https://hooks.slack.com/commands/T0001TEST/1/abc",
          trigger_id: "1.2.3",
        },
      }),
    );
    await expect.poll(() => acks.find((a) => a["envelope_id"] === "env-1"), { timeout: 5000 }).toBeDefined();
    const ack = acks.find((a) => a["envelope_id"] === "env-1")!;
    const payload = ack["payload"] as { response_type: string; blocks: unknown[] };
    expect(payload.response_type).toBe("ephemeral");
    const links = [...JSON.stringify(payload.blocks).matchAll(/<(https?:\/\/[^|>]+)\|/g)];
    expect(links.length).toBeGreaterThanOrEqual(3);
  });
});
