/**
 * The Slack side of `/tracewire` and of the feedback buttons (slack-feedback.ts): a Bolt app whose command listener acknowledges within Slack's 3-second deadline,
 * parses the text, runs the shared command and answers ephemerally (directly when fast, else on response_url).
 * HTTP mode mounts Bolt's HTTPReceiver request listener on the worker's server behind guardSlackRequests
 * (signature and replay window: forged, stale or future requests get 401 and run nothing); Socket Mode is
 * used when an app-level token is given. Fields are read in one place, readSlashCommand.
 */
import type { RequestListener } from "node:http";
import { App, HTTPReceiver, LogLevel, SocketModeReceiver } from "@slack/bolt";
import type { Logger as SlackLogger } from "@slack/logger";
import { describeError } from "../../errors.js";
import type { Logger } from "../../log.js";
import { processTimeZone } from "../../render/format-time.js";
import type { RememberSignature } from "../check-request-time.js";
import { type BotContext, runBotCommand } from "../run-command.js";
import { withinDeadline } from "../within-deadline.js";
import { guardSlackRequests } from "./guard-slack-requests.js";
import { readSlashCommand } from "./read-slash-command.js";
import { listenForFeedback, type SlackFeedbackOptions } from "./slack-feedback.js";
import { renderSlackReply } from "./slack-reply.js";

export interface SlackBotOptions {
  /** SLACK_SIGNING_SECRET: HTTP mode on the shared server. */
  signingSecret?: string | undefined;
  /** SLACK_BOT_TOKEN (optional for slash commands, which answer through the request and response_url). */
  botToken?: string | undefined;
  /** SLACK_APP_TOKEN: Socket Mode, no public URL needed. Needs botToken too. */
  appToken?: string | undefined;
  /** SLACK_API_URL. */
  apiUrl: string;
  /** TRACEWIRE_ALLOW_PRIVATE_HOSTS: accept response_urls that are not on hooks.slack.com (local stand-ins). */
  allowPrivateHosts: boolean;
  /** Answer in the HTTP response when the reply is ready within this many ms (default 2000; 0 always defers). */
  replyDeadlineMs?: number;
  now?: () => Date;
  /** Refuses a signature seen before (replays); the store-backed one is given by the composition root. */
  rememberSignature?: RememberSignature | undefined;
  /** Told of each feedback mark kept or taken back (the worker's /metrics). */
  onFeedback?: SlackFeedbackOptions["onFeedback"];
}

export interface SlackBot {
  mode: "http" | "socket";
  app: App;
  /** Bolt's request listener for `POST /slack/events` (HTTP mode). */
  requestListener: RequestListener | undefined;
  /** Connects Socket Mode (HTTP mode has nothing to start: the worker's server carries it). */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Builds the Bolt app; null when neither a signing secret nor an app-level token is configured. */
export function createSlackBot(ctx: BotContext, options: SlackBotOptions): SlackBot | null {
  const logger = boltLogger(ctx.logger);
  const botToken = options.botToken;
  // A fixed authorisation: no auth.test round trip at start-up, and slash commands work without a bot token.
  const authorize = async () => (botToken ? { botToken } : {});
  const clientOptions = { slackApiUrl: options.apiUrl };
  let app: App;
  let mode: SlackBot["mode"];
  let requestListener: RequestListener | undefined;
  const arrivals = arrivalTimes();
  if (options.appToken) {
    const receiver = new SocketModeReceiver({
      appToken: options.appToken,
      logger,
      installerOptions: { clientOptions },
    });
    app = new App({ receiver, authorize, clientOptions, logger, ignoreSelf: false });
    mode = "socket";
  } else if (options.signingSecret) {
    const receiver = new HTTPReceiver({
      signingSecret: options.signingSecret,
      // guardSlackRequests verifies, with our clock and a window that also refuses the future.
      signatureVerification: false,
      endpoints: "/slack/events",
      logger,
      processBeforeResponse: false,
    });
    app = new App({ receiver, authorize, clientOptions, logger, ignoreSelf: false });
    requestListener = guardSlackRequests(receiver.requestListener, {
      signingSecret: options.signingSecret,
      now: options.now ?? (() => new Date()),
      rememberSignature: options.rememberSignature,
      logger: ctx.logger,
      arrived: (triggerId, atMs) => arrivals.record(triggerId, atMs),
    });
    mode = "http";
  } else {
    return null;
  }
  registerSlashCommand(app, ctx, options, arrivals);
  listenForFeedback(app, ctx, {
    now: options.now ?? (() => new Date()),
    isResponseUrl: (url) => isSlackResponseUrl(url, options.allowPrivateHosts),
    onFeedback: options.onFeedback,
  });
  return {
    mode,
    app,
    requestListener,
    async start() {
      if (mode === "socket") await app.start();
    },
    async stop() {
      if (mode === "socket") await app.stop();
    },
  };
}

function registerSlashCommand(
  app: App,
  ctx: BotContext,
  options: SlackBotOptions,
  arrivals: ArrivalTimes,
): void {
  const now = options.now ?? (() => new Date());
  const deadlineMs = options.replyDeadlineMs ?? 2000;
  const timeZone = processTimeZone(ctx.env.TZ);
  app.command("/tracewire", async ({ command, ack, respond }) => {
    const request = readSlashCommand(command as unknown as Record<string, unknown>);
    const parsed = request.command;
    const work = runBotCommand(ctx, parsed, `slack:${request.channelId}`, now(), request.userId).then(
      (reply) => renderSlackReply(reply, now(), timeZone),
    );
    // Slack's 3 s run from when the request arrived: time spent queued behind other work comes off the wait.
    const arrivedAt = arrivals.take(String((command as { trigger_id?: unknown }).trigger_id ?? ""));
    const waited = arrivedAt === undefined ? 0 : performance.now() - arrivedAt;
    const quick = await withinDeadline(work, Math.max(0, deadlineMs - waited));
    if (quick) {
      await ack({ response_type: "ephemeral", ...quick });
      return;
    }
    await ack({ response_type: "ephemeral", text: `Working on /tracewire ${parsed.name}…` });
    const message = await work;
    if (!isSlackResponseUrl(request.responseUrl, options.allowPrivateHosts)) {
      ctx.logger.warn(
        { command: parsed.name },
        "slash command: response_url is not on hooks.slack.com; reply dropped",
      );
      return;
    }
    try {
      await respond({ response_type: "ephemeral", ...message });
    } catch (error) {
      ctx.logger.warn(
        { command: parsed.name, err: error },
        `slash command: response_url refused the reply: ${describeError(error)}`,
      );
    }
  });
}

/**
 * Whether a response_url may be posted to: https on hooks.slack.com, or anything http(s) when private hosts
 * are allowed (a loopback stand-in in tests). Keeps a forged payload from making us POST elsewhere.
 */
export function isSlackResponseUrl(url: string | undefined, allowPrivateHosts: boolean): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (allowPrivateHosts) return parsed.protocol === "https:" || parsed.protocol === "http:";
  return parsed.protocol === "https:" && parsed.hostname === "hooks.slack.com" && parsed.port === "";
}

/** Bolt's logger interface over pino; Bolt's own chatter goes to debug. */
function boltLogger(logger: Logger): SlackLogger {
  const text = (parts: unknown[]): string =>
    parts.map((p) => (p instanceof Error ? p.message : String(p))).join(" ");
  return {
    debug: (...msg: unknown[]) => logger.debug({ platform: "slack" }, text(msg)),
    info: (...msg: unknown[]) => logger.debug({ platform: "slack" }, text(msg)),
    warn: (...msg: unknown[]) => logger.warn({ platform: "slack" }, text(msg)),
    error: (...msg: unknown[]) => logger.error({ platform: "slack" }, text(msg)),
    setLevel: () => {},
    getLevel: () => LogLevel.DEBUG,
    setName: () => {},
  };
}

/** When each slash command's request arrived, by trigger_id, until its listener runs (bounded). */
interface ArrivalTimes {
  record(triggerId: string, atMs: number): void;
  take(triggerId: string): number | undefined;
}

/** Arrival times for at most `limit` commands in flight; the oldest are forgotten first. */
function arrivalTimes(limit = 10_000): ArrivalTimes {
  const times = new Map<string, number>();
  return {
    record(triggerId, atMs) {
      times.set(triggerId, atMs);
      if (times.size > limit) times.delete(times.keys().next().value as string);
    },
    take(triggerId) {
      const at = times.get(triggerId);
      times.delete(triggerId);
      return at;
    },
  };
}
