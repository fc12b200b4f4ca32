/**
 * `tracewire run`: the long-lived process. Starts the HTTP server (health, metrics, Slack and Discord request
 * URLs), the scheduler, the Slack app (HTTP mode on the shared server, or Socket Mode with SLACK_APP_TOKEN)
 * and the Discord gateway client (with DISCORD_TOKEN). Missing accounts are normal: without credentials the
 * worker delivers to the console. A platform that cannot be reached is retried in the background and never
 * stops the rest. stop() stops taking work, lets in-flight work finish (bounded; the outbox keeps the rest)
 * and closes sockets and the store.
 */

import PQueue from "p-queue";
import type { AppContext } from "../app/app-context.js";
import type { DiscordBot } from "../bot/discord/discord-bot.js";
import type { SlackBot } from "../bot/slack/slack-app.js";
import type { FeedbackOutcome } from "../commands/record-feedback.js";
import { describeError } from "../errors.js";
import type { Logger } from "../log.js";
import type { FeedConfig } from "../model/feed.js";
import { createWebHandler } from "../web/web-handler.js";
import { type HealthServer, startHealthServer } from "./health-server.js";
import { createMetrics, type MetricsRegistry } from "./metrics.js";
import { rememberSignatureIn } from "./remember-signature.js";
import { type Scheduler, startScheduler } from "./scheduler.js";

export interface RunWorkerOptions {
  /** Port to listen on (default env.PORT; 0 picks a free one). */
  port?: number;
  /** Interface to listen on (default 0.0.0.0). */
  host?: string;
  now?: () => Date;
  random?: () => number;
  /** A feed's poll interval in ms (default its `interval` minutes). */
  feedIntervalMs?: (feed: FeedConfig) => number;
  /** Metrics registry (default: a fresh one). */
  metrics?: MetricsRegistry;
  /** Discord login retry delays (default 5 s doubling to 5 min). */
  discordRetry?: { initialMs: number; maxMs: number };
}

export interface Worker {
  /** http://HOST:PORT of the health server. */
  url: string;
  port: number;
  scheduler: Scheduler;
  /** Connection state per platform, as /healthz shows it. */
  platformStates(): Record<string, string>;
  stop(): Promise<void>;
}

/** Starts everything `tracewire run` runs and resolves once the server listens. */
export async function runWorker(ctx: AppContext, options: RunWorkerOptions = {}): Promise<Worker> {
  const { env, logger } = ctx;
  const metrics = options.metrics ?? createMetrics();
  const now = options.now ?? (() => new Date());
  // Slash commands use at most all but two of the store's connections: the door's replay check and /healthz
  // always find one free, however many searches arrive at once (bench/slash-load.ts).
  const commands = new PQueue({ concurrency: Math.max(1, env.DATABASE_POOL_SIZE - 2) });
  const botContext = {
    store: ctx.store,
    env,
    feeds: ctx.feeds,
    logger,
    limit: <T>(work: () => Promise<T>): Promise<T> => commands.add(work, { throwOnTimeout: true }),
  };
  const rememberSignature = rememberSignatureIn(ctx.store, now, logger);
  const onFeedback = (outcome: FeedbackOutcome) => {
    if (outcome.recorded) metrics.feedbackClicked(outcome.kind, outcome.added);
  };

  // Bolt and discord.js are loaded only when their credentials are set: they cost memory and start-up time.
  let slack: SlackBot | null = null;
  try {
    const wantsSlack = Boolean(env.SLACK_SIGNING_SECRET || (env.SLACK_APP_TOKEN && env.SLACK_BOT_TOKEN));
    const { createSlackBot } = wantsSlack
      ? await import("../bot/slack/slack-app.js")
      : { createSlackBot: () => null };
    slack = createSlackBot(botContext, {
      signingSecret: env.SLACK_SIGNING_SECRET,
      botToken: env.SLACK_BOT_TOKEN,
      appToken: env.SLACK_APP_TOKEN && env.SLACK_BOT_TOKEN ? env.SLACK_APP_TOKEN : undefined,
      apiUrl: env.SLACK_API_URL,
      allowPrivateHosts: env.TRACEWIRE_ALLOW_PRIVATE_HOSTS,
      now,
      rememberSignature,
      onFeedback,
    });
  } catch (error) {
    logger.error({ platform: "slack", err: error }, `slack: app not started: ${describeError(error)}`);
  }
  if (env.SLACK_APP_TOKEN && !env.SLACK_BOT_TOKEN) {
    logger.warn(
      { platform: "slack" },
      "SLACK_APP_TOKEN is set without SLACK_BOT_TOKEN: Socket Mode needs both",
    );
  }
  let slackState = slack
    ? slack.mode === "http"
      ? "http: /slack/events"
      : "socket mode: connecting"
    : "off";
  if (slack?.mode === "socket") {
    const socket = slack;
    void socket.start().then(
      () => {
        slackState = "socket mode: connected";
      },
      (error: unknown) => {
        slackState = `socket mode failed: ${describeError(error)}`;
        logger.error({ platform: "slack", err: error }, `slack socket mode: ${describeError(error)}`);
      },
    );
  }

  let discordListener:
    | ReturnType<typeof import("../bot/discord/discord-interactions.js").createInteractionsListener>
    | undefined;
  if (env.DISCORD_PUBLIC_KEY) {
    const { REST } = await import("discord.js");
    const { createInteractionsListener } = await import("../bot/discord/discord-interactions.js");
    const rest = new REST({ api: env.DISCORD_API_URL, version: "10" });
    discordListener = createInteractionsListener(botContext, {
      publicKey: env.DISCORD_PUBLIC_KEY,
      rest,
      now,
      rememberSignature,
      onFeedback,
    });
  }
  let discord: DiscordBot | null = null;
  if (env.DISCORD_TOKEN) {
    const { startDiscordBot } = await import("../bot/discord/discord-bot.js");
    discord = startDiscordBot(botContext, {
      token: env.DISCORD_TOKEN,
      apiUrl: env.DISCORD_API_URL,
      now,
      onFeedback,
      ...(options.discordRetry
        ? { initialRetryMs: options.discordRetry.initialMs, maxRetryMs: options.discordRetry.maxMs }
        : {}),
      ...(options.random ? { random: options.random } : {}),
    });
  }

  const scheduler = startScheduler(ctx, {
    now,
    metrics: metrics.metrics,
    ...(options.random ? { random: options.random } : {}),
    ...(options.feedIntervalMs ? { feedIntervalMs: options.feedIntervalMs } : {}),
  });

  const platformStates = (): Record<string, string> => ({
    slack: slackState,
    discord: discord ? discord.state() : env.DISCORD_PUBLIC_KEY ? "http: /discord/interactions" : "off",
    delivery: env.SLACK_BOT_TOKEN || env.DISCORD_TOKEN ? "platforms" : "console (no platform credentials)",
  });

  let server: HealthServer;
  try {
    server = await startHealthServer(
      {
        store: ctx.store,
        feeds: ctx.feeds,
        schedulerRunning: () => scheduler.running,
        metrics,
        slackListener: slack?.mode === "http" ? slack.requestListener : undefined,
        discordListener,
        webListener: webListener(ctx, now),
        platformStates,
      },
      options.port ?? env.PORT,
      options.host,
    );
  } catch (error) {
    await scheduler.stop();
    await discord?.stop();
    await slack?.stop().catch(() => {});
    throw error;
  }
  logger.info(
    { port: server.port, feeds: ctx.feeds.filter((f) => f.enabled).length, ...platformStates() },
    `tracewire running: ${server.url}/healthz`,
  );

  let stopping: Promise<void> | null = null;
  return {
    url: server.url,
    port: server.port,
    scheduler,
    platformStates,
    stop() {
      stopping ??= (async () => {
        logger.info("tracewire stopping: finishing in-flight work");
        await scheduler.stop();
        await Promise.allSettled([server.close(), discord?.stop(), slack?.stop()]);
        await ctx.close();
        logger.info("tracewire stopped");
      })();
      return stopping;
    },
  };
}

/**
 * The web archive over this worker's store and feeds, unless TRACEWIRE_WEB=off; the watched names are the
 * store's watchlist, as the classifier and the slash commands see it.
 */
function webListener(ctx: AppContext, now: () => Date) {
  if (ctx.env.TRACEWIRE_WEB === "off") return undefined;
  return createWebHandler({
    store: ctx.store,
    feeds: ctx.feeds,
    entities: () => ctx.store.listWatchlist(),
    now,
    token: ctx.env.TRACEWIRE_WEB_TOKEN ?? null,
    publicUrl: ctx.env.TRACEWIRE_PUBLIC_URL ?? null,
  });
}

export interface SignalHandlerOptions {
  /** Exit with this function (default process.exit). */
  exit?: (code: number) => void;
  /** Force the exit after this many ms even if stopping hangs (default 9000, inside Docker's 10 s). */
  timeoutMs?: number;
}

/** On SIGTERM / SIGINT: stop the worker and exit 0 (1 if stopping failed); a second signal exits at once. */
export function installSignalHandlers(
  worker: Pick<Worker, "stop">,
  logger: Logger,
  options: SignalHandlerOptions = {},
): () => void {
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let received = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (received) {
      logger.warn({ signal }, `${signal} again: exiting now`);
      exit(1);
      return;
    }
    received = true;
    logger.info({ signal }, `${signal}: shutting down`);
    const force = setTimeout(() => {
      logger.warn("shutdown took too long; exiting (the outbox keeps undelivered messages)");
      exit(0);
    }, options.timeoutMs ?? 9000);
    force.unref();
    worker.stop().then(
      () => {
        clearTimeout(force);
        exit(0);
      },
      (error: unknown) => {
        clearTimeout(force);
        logger.error({ err: error }, `shutdown failed: ${describeError(error)}`);
        exit(1);
      },
    );
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);
  return () => {
    process.off("SIGTERM", onSignal);
    process.off("SIGINT", onSignal);
  };
}
