/**
 * Delivery to `slack:CHANNEL` targets through @slack/web-api's WebClient (the one Bolt uses): chat.postMessage
 * with unfurling off and never `link_names`. The client neither retries nor waits: a 429 surfaces at once as
 * RateLimitedError and the outbox does the waiting, so one slow channel never blocks the process.
 */
import { type types, webApi } from "@slack/bolt";
import { PlatformError } from "../../errors.js";
import type { Logger } from "../../log.js";
import type { Target } from "../../model/subscription.js";
import type { Platform, PlatformMessage, ReplyTo, SendResult } from "../platform.js";
import { describeTarget } from "../target.js";
import { slackCodeError, slackRateLimited, slackTransientError } from "./slack-errors.js";

export interface SlackPlatformOptions {
  token: string;
  /** SLACK_API_URL; default https://slack.com/api/ */
  apiUrl?: string | undefined;
  allowPrivateHosts: boolean;
  logger: Logger;
  /** Per-request timeout (default 15 s). */
  timeoutMs?: number;
}

const METHOD = "chat.postMessage";

/** A Platform for `slack:` targets backed by WebClient. */
export function createSlackPlatform(options: SlackPlatformOptions): Platform {
  const client = new webApi.WebClient(options.token, {
    slackApiUrl: options.apiUrl ?? "https://slack.com/api/",
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: options.timeoutMs ?? 15_000,
    logger: slackLogger(options.logger),
  });
  return {
    async send(target: Target, message: PlatformMessage, reply?: ReplyTo): Promise<SendResult> {
      const where = describeTarget(target);
      if (target.kind !== "slack") {
        throw new PlatformError("PLATFORM_ERROR", `slack ${METHOD} cannot send to ${where}`, {
          platform: "slack",
          permanent: true,
        });
      }
      const slack = message.slack;
      if (!slack) {
        throw new PlatformError(
          "PLATFORM_ERROR",
          `slack ${METHOD} to ${where}: no Slack rendering of the message`,
          {
            platform: "slack",
            permanent: false,
          },
        );
      }
      try {
        // A follow-up is a reply in the alert's thread: thread_ts is the alert's ts, in the alert's channel.
        // https://api.slack.com/messaging/managing#threading
        const result = await client.chat.postMessage({
          channel: reply?.channelId ?? target.channel,
          text: slack.text,
          blocks: slack.blocks as types.KnownBlock[],
          unfurl_links: false,
          unfurl_media: false,
          ...(reply ? { thread_ts: reply.messageId } : {}),
        });
        return {
          messageId: typeof result.ts === "string" ? result.ts : null,
          channelId: typeof result.channel === "string" ? result.channel : null,
        };
      } catch (error) {
        throw toPlatformError(error, where);
      }
    },
    async close() {},
  };
}

function toPlatformError(error: unknown, where: string): PlatformError {
  if (error instanceof webApi.WebAPIRateLimitedError) {
    return slackRateLimited(METHOD, where, Math.max(0, error.retryAfter) * 1000);
  }
  if (error instanceof webApi.WebAPIPlatformError) {
    const code = String(error.data.error);
    if (code === "ratelimited" || code === "rate_limited") return slackRateLimited(METHOD, where, 1000);
    return slackCodeError(code, METHOD, where, 200);
  }
  if (error instanceof webApi.WebAPIHTTPError) {
    return slackTransientError(METHOD, where, `HTTP ${error.statusCode}`, error.statusCode);
  }
  if (error instanceof webApi.WebAPIRequestError) {
    const original = error.original as Error & { code?: string; cause?: { code?: string } };
    const detail = original.cause?.code ?? original.code ?? original.name;
    return slackTransientError(METHOD, where, `request failed (${detail})`, null, original);
  }
  return slackTransientError(METHOD, where, error instanceof Error ? error.message : String(error), null);
}

/** WebClient's logger interface over pino, at warn and above. */
function slackLogger(logger: Logger): webApi.Logger {
  const child = logger.child({ platform: "slack" });
  let level = webApi.LogLevel.WARN;
  const join = (msg: unknown[]) => msg.map((m) => (typeof m === "string" ? m : JSON.stringify(m))).join(" ");
  return {
    debug: () => {},
    info: () => {},
    warn: (...msg: unknown[]) => child.warn(join(msg)),
    error: (...msg: unknown[]) => child.error(join(msg)),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
