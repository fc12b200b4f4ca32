/**
 * The worker's one HTTP server on PORT: `GET /healthz` (store reachable and scheduler alive, with per-feed and
 * per-target state), `GET /metrics` (Prometheus text), and the chat platforms' request URLs when configured:
 * `POST /slack/events` (Bolt's request listener) and `POST /discord/interactions`, then the web archive's pages
 * when it is mounted (src/web/). Anything else is 404.
 * Targets are shown through describeTarget, so webhook secrets never leave the process.
 */
import {
  createServer,
  type IncomingMessage,
  type RequestListener,
  type Server,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { feedStatus } from "../commands/feed-status.js";
import { describeTarget, parseTarget } from "../deliver/target.js";
import { ConfigError, describeError } from "../errors.js";
import { redactSecrets } from "../log.js";
import type { FeedConfig } from "../model/feed.js";
import type { Subscription } from "../model/subscription.js";
import type { Store } from "../store/store.js";

export interface HealthServerOptions {
  store: Store;
  feeds: FeedConfig[];
  /** Whether the scheduler is alive. */
  schedulerRunning: () => boolean;
  /** Prometheus text and its content type. */
  metrics: { render(): Promise<string>; contentType: string };
  /** Bolt's HTTPReceiver.requestListener, when SLACK_SIGNING_SECRET is set. */
  slackListener?: RequestListener | undefined;
  /** The Discord interactions endpoint, when DISCORD_PUBLIC_KEY is set. */
  discordListener?: RequestListener | undefined;
  /**
   * The web archive (src/web/), when TRACEWIRE_WEB is on: asked after the routes above, it answers its own paths
   * and returns false for the rest (then 404).
   */
  webListener?: ((req: IncomingMessage, res: ServerResponse) => Promise<boolean>) | undefined;
  /** Extra facts for /healthz (e.g. platform connection states). */
  platformStates?: () => Record<string, string>;
  /** How long the store ping may take before /healthz says it is down (default 2000 ms). */
  pingTimeoutMs?: number;
}

export interface HealthServer {
  server: Server;
  /** http://HOST:PORT */
  url: string;
  port: number;
  close(): Promise<void>;
}

export interface HealthReport {
  status: "ok" | "degraded";
  /** Why the status is degraded, in words (empty when ok). */
  problems: string[];
  store: "ok" | string;
  /** What the store is waiting for, e.g. another process's SQLite write lock; absent when nothing. */
  waitingFor?: string;
  scheduler: "running" | "stopped";
  platforms: Record<string, string>;
  feeds: {
    id: string;
    outlet: string;
    state: string;
    lastStatus: number | null;
    lastError: string | null;
    lastPolledAt: string | null;
    nextAttemptAt: string | null;
    /** Newest item's published time, when the feed is silent (commands/feed-status.ts). */
    silentSince?: string;
  }[];
  targets: {
    id: string;
    target: string;
    mode: string;
    state: string;
    lastError: string | null;
    lastDeliveryAt: string | null;
  }[];
}

/**
 * Starts the server on `port` (0 for any) and `host`, and resolves once it listens. A port already in use, or
 * one the process may not open, is a ConfigError naming PORT (exit 2), not an unexpected failure.
 */
export async function startHealthServer(
  options: HealthServerOptions,
  port: number,
  host = "0.0.0.0",
): Promise<HealthServer> {
  const server = createServer((req, res) => {
    route(options, req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, { status: "error", error: describeError(error) });
      else res.end();
    });
  });
  // Slow or idle clients must not keep the process from stopping for long.
  server.requestTimeout = 15_000;
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    const fail = (error: NodeJS.ErrnoException) => reject(listenError(error, port, host));
    server.once("error", fail);
    server.listen(port, host, () => {
      server.off("error", fail);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host;
  return {
    server,
    port: address.port,
    url: `http://${shownHost}:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
        setTimeout(() => server.closeAllConnections(), 2000).unref();
      }),
  };
}

function listenError(error: NodeJS.ErrnoException, port: number, host: string): Error {
  const where = "PORT";
  if (error.code === "EADDRINUSE") {
    return new ConfigError(`port ${port} on ${host} is already in use by another program`, {
      where,
      hint: `set PORT to a free port (e.g. PORT=${port === 65_535 ? 3001 : port + 1}), or stop what listens on ${port}`,
      cause: error,
    });
  }
  if (error.code === "EACCES") {
    return new ConfigError(`not allowed to listen on port ${port}`, {
      where,
      hint: "set PORT to 1024 or above (lower ports need extra privileges)",
      cause: error,
    });
  }
  return error;
}

async function route(options: HealthServerOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const path = new URL(req.url ?? "/", "http://localhost").pathname;
  const method = (req.method ?? "GET").toUpperCase();
  if (path === "/healthz" && (method === "GET" || method === "HEAD")) {
    const report = await buildHealthReport(options);
    sendJson(res, report.status === "ok" ? 200 : 503, report);
    return;
  }
  if (path === "/metrics" && method === "GET") {
    const text = await options.metrics.render();
    res.writeHead(200, { "content-type": options.metrics.contentType });
    res.end(text);
    return;
  }
  if (path === "/slack/events" && method === "POST" && options.slackListener) {
    options.slackListener(req, res);
    return;
  }
  if (path === "/discord/interactions" && method === "POST" && options.discordListener) {
    options.discordListener(req, res);
    return;
  }
  if (options.webListener && (await options.webListener(req, res))) return;
  sendJson(res, 404, { status: "not found", path });
}

/**
 * What /healthz reports: degraded (503) when the store does not answer, the scheduler has stopped, or every
 * enabled feed that has been polled is failing (nothing new can arrive). Feeds never polled and disabled feeds
 * do not count either way.
 */
export async function buildHealthReport(options: HealthServerOptions): Promise<HealthReport> {
  const store = await pingStore(options.store, options.pingTimeoutMs ?? 2000);
  const scheduler = options.schedulerRunning() ? "running" : "stopped";
  const problems: string[] = [];
  if (store !== "ok") problems.push(`store ${store}`);
  if (scheduler !== "running") problems.push("scheduler stopped");
  const report: HealthReport = {
    status: problems.length === 0 ? "ok" : "degraded",
    problems,
    store,
    scheduler,
    platforms: options.platformStates?.() ?? {},
    feeds: [],
    targets: [],
  };
  if (store !== "ok") return report;
  const waiting = options.store.waitingFor();
  if (waiting !== null) report.waitingFor = waiting;
  try {
    const rows = await feedStatus(options.store, options.feeds);
    report.feeds = rows.map((row) => ({
      id: row.id,
      outlet: row.outlet,
      state: row.state,
      lastStatus: row.lastStatus,
      lastError: row.lastError === null ? null : redactSecrets(row.lastError),
      lastPolledAt: row.lastPolledAt,
      nextAttemptAt: row.nextAttemptAt,
      ...(row.silentSince ? { silentSince: row.silentSince } : {}),
    }));
    report.targets = (await options.store.listSubscriptions()).map(describeSubscriptionState);
  } catch (error) {
    report.status = "degraded";
    report.store = `unavailable: ${redactSecrets(describeError(error))}`;
    report.problems.push(`store ${report.store}`);
    return report;
  }
  const polled = report.feeds.filter((feed) => feed.state === "ok" || feed.state === "failing");
  if (polled.length > 0 && polled.every((feed) => feed.state === "failing")) {
    report.status = "degraded";
    report.problems.push(
      `every polled feed is failing (${polled.length} of ${polled.length}); check the network or the feeds' last errors`,
    );
  }
  return report;
}

function describeSubscriptionState(subscription: Subscription): HealthReport["targets"][number] {
  let target: string;
  try {
    target = describeTarget(parseTarget(subscription.target, { allowPrivateHosts: true }));
  } catch {
    target = "«unreadable target»";
  }
  return {
    id: subscription.id,
    target,
    mode: subscription.mode,
    state: subscription.state,
    lastError: subscription.lastError === null ? null : redactSecrets(subscription.lastError),
    lastDeliveryAt: subscription.lastDeliveryAt,
  };
}

async function pingStore(store: Store, timeoutMs: number): Promise<string> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      store.ping(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return "ok";
  } catch (error) {
    return `unavailable: ${redactSecrets(describeError(error))}`;
  } finally {
    clearTimeout(timer);
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
  res.end(text);
}
