/**
 * Delivery to `slack-webhook:URL` targets: one HTTPS POST of JSON per message through the SSRF-guarded undici
 * agent (the URL came from an operator, and only hooks.slack.com is allowed unless private hosts are). Slack
 * answers 200 `ok` in plain text, or a plain-text code with a 4xx/5xx status (PLATFORMS.md §1.4). Redirects
 * are not followed, nothing is retried here; the outbox waits and retries.
 */
import type { Dispatcher } from "undici";
import { request } from "undici";
import { PlatformError } from "../../errors.js";
import { AddressRefusedError, createGuardedAgent } from "../../fetch/address-guard.js";
import { parseRetryAfter } from "../../fetch/retry-after.js";
import type { Logger } from "../../log.js";
import type { Target } from "../../model/subscription.js";
import type { Platform, PlatformMessage, SendResult } from "../platform.js";
import { describeTarget } from "../target.js";
import { slackCodeError, slackRateLimited, slackTransientError } from "./slack-errors.js";

export interface SlackWebhookPlatformOptions {
  allowPrivateHosts: boolean;
  logger: Logger;
  /** Total time for one POST (default 15 s). */
  timeoutMs?: number;
}

const ACTION = "incoming webhook";
/** Status codes Slack uses for a webhook that will never work again (changelog 2016-05-17). */
const GONE_STATUSES = new Set([403, 404, 410]);
const MAX_REPLY_BYTES = 4096;

/** A Platform for `slack-webhook:` targets. */
export function createSlackWebhookPlatform(options: SlackWebhookPlatformOptions): Platform {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const agent = createGuardedAgent({
    allowPrivateHosts: options.allowPrivateHosts,
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
    connectTimeout: Math.min(timeoutMs, 10_000),
  });
  return {
    async send(target: Target, message: PlatformMessage): Promise<SendResult> {
      const where = describeTarget(target);
      if (target.kind !== "slack-webhook") {
        throw new PlatformError("PLATFORM_ERROR", `slack ${ACTION} cannot send to ${where}`, {
          platform: "slack",
          permanent: true,
        });
      }
      if (!message.slack) {
        throw new PlatformError(
          "PLATFORM_ERROR",
          `slack ${ACTION} to ${where}: no Slack rendering of the message`,
          {
            platform: "slack",
            permanent: false,
          },
        );
      }
      const body = {
        text: message.slack.text,
        blocks: message.slack.blocks,
        unfurl_links: false,
        unfurl_media: false,
      };
      await postSlackJson(target.url, body, { dispatcher: agent, timeoutMs, action: ACTION, where });
      return { messageId: null };
    },
    async close() {
      await agent.close();
    },
  };
}

export interface PostSlackJsonOptions {
  /** An SSRF-guarded dispatcher (createGuardedAgent). */
  dispatcher: Dispatcher;
  timeoutMs: number;
  /** For messages: "incoming webhook", "response_url". */
  action: string;
  /** The redacted target for messages. */
  where: string;
}

/** POSTs JSON to a Slack webhook or response_url; resolves on 200, throws a PlatformError otherwise. */
export async function postSlackJson(
  url: string,
  body: unknown,
  options: PostSlackJsonOptions,
): Promise<void> {
  const { action, where } = options;
  let response: Dispatcher.ResponseData;
  try {
    response = await request(url, {
      method: "POST",
      headers: { "content-type": "application/json; charset=utf-8" },
      body: JSON.stringify(body),
      dispatcher: options.dispatcher,
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (error) {
    const refused = findRefusal(error);
    if (refused) {
      return Promise.reject(
        new PlatformError("PLATFORM_TARGET_GONE", `slack ${action} to ${where} refused: ${refused.message}`, {
          where,
          hint: "webhooks must be on hooks.slack.com; set TRACEWIRE_ALLOW_PRIVATE_HOSTS=1 only for local test servers",
          platform: "slack",
          permanent: true,
        }),
      );
    }
    throw slackTransientError(action, where, `request failed (${networkCode(error)})`, null, error);
  }
  const reply = await readReply(response.body);
  const status = response.statusCode;
  if (status === 200) return;
  if (status === 429) {
    const header = response.headers["retry-after"];
    const retryAfterMs = parseRetryAfter(typeof header === "string" ? header : null, new Date()) ?? 1000;
    throw slackRateLimited(action, where, retryAfterMs);
  }
  const code = reply.trim() === "" ? `http_${status}` : reply.trim();
  if (GONE_STATUSES.has(status)) {
    const error = slackCodeError(code, action, where, status);
    if (error.permanent) throw error;
    throw new PlatformError(
      status === 403 ? "PLATFORM_UNAUTHORISED" : "PLATFORM_TARGET_GONE",
      error.message,
      {
        where,
        platform: "slack",
        status,
        platformCode: error.platformCode,
        permanent: true,
      },
    );
  }
  if (status >= 500 || (status >= 300 && status < 400)) {
    throw slackTransientError(action, where, `HTTP ${status} ${code.slice(0, 60)}`, status);
  }
  throw slackCodeError(code, action, where, status);
}

async function readReply(body: Dispatcher.ResponseData["body"]): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const buffer = chunk as Buffer;
    if (size < MAX_REPLY_BYTES) chunks.push(buffer.subarray(0, MAX_REPLY_BYTES - size));
    size += buffer.length;
  }
  return Buffer.concat(chunks).toString("utf8");
}

function findRefusal(error: unknown): AddressRefusedError | null {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    if (current instanceof AddressRefusedError) return current;
    current = current.cause;
  }
  return null;
}

function networkCode(error: unknown): string {
  if (error instanceof Error) {
    if (error.name === "TimeoutError" || error.name === "AbortError") return "timed out";
    const code = (error as { code?: unknown }).code;
    if (typeof code === "string") return code;
    return error.name;
  }
  return "unknown error";
}
