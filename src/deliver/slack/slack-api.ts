/**
 * Delivery to `slack:CHANNEL` targets through @slack/web-api's WebClient (the one Bolt uses): chat.postMessage
 * with unfurling off and never `link_names`. The client neither retries nor waits: a 429 surfaces at once as
 * RateLimitedError and the outbox does the waiting, so one slow channel never blocks the process.
 */
import { type types, webApi } from "@slack/bolt";
import { PlatformError } from "../../errors.js";
import type { Logger } from "../../log.js";
import type { Target } from "../../model/subscription.js";
import type { Platform, PlatformFile, PlatformMessage, ReplyTo, SendResult } from "../platform.js";
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
const GET_UPLOAD_URL = "files.getUploadURLExternal";
const COMPLETE_UPLOAD = "files.completeUploadExternal";

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
    async sendFile(target: Target, message: PlatformMessage, file: PlatformFile): Promise<SendResult> {
      const where = describeTarget(target);
      if (target.kind !== "slack" || !message.slack) {
        throw new PlatformError("PLATFORM_ERROR", `slack file upload cannot send to ${where}`, {
          platform: "slack",
          permanent: true,
        });
      }
      // The external upload flow (files.upload is deprecated): ask for an upload URL, POST the bytes there,
      // then complete the upload, sharing the file to the channel with the message's blocks. The message
      // appears only on the last step, so a crash before it leaves an unshared file and no message.
      // https://api.slack.com/messaging/files#uploading_files
      let uploadUrl: string;
      let fileId: string;
      try {
        const started = await client.files.getUploadURLExternal({
          filename: file.filename,
          length: file.bytes.byteLength,
        });
        if (typeof started.upload_url !== "string" || typeof started.file_id !== "string") {
          throw slackTransientError(GET_UPLOAD_URL, where, "no upload_url in the answer", 200);
        }
        uploadUrl = started.upload_url;
        fileId = started.file_id;
      } catch (error) {
        throw error instanceof PlatformError ? error : toPlatformError(error, where, GET_UPLOAD_URL);
      }
      await uploadBytes(uploadUrl, file, where, options.timeoutMs ?? 15_000);
      try {
        const done = await client.files.completeUploadExternal({
          files: [{ id: fileId, title: file.title }],
          channel_id: target.channel,
          blocks: message.slack.blocks as types.KnownBlock[],
        });
        const first = (done.files as { id?: unknown }[] | undefined)?.[0];
        return { messageId: typeof first?.id === "string" ? first.id : fileId, channelId: target.channel };
      } catch (error) {
        throw toPlatformError(error, where, COMPLETE_UPLOAD);
      }
    },
    async close() {},
  };
}

/** POSTs the file's bytes to the upload URL files.getUploadURLExternal gave; 200 means received. */
async function uploadBytes(url: string, file: PlatformFile, where: string, timeoutMs: number): Promise<void> {
  const action = "file upload";
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/octet-stream" },
      body: file.bytes,
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const detail = error instanceof Error ? error.name : String(error);
    throw slackTransientError(action, where, `request failed (${detail})`, null);
  }
  await response.arrayBuffer().catch(() => null);
  if (response.status === 429) {
    const seconds = Number(response.headers.get("retry-after"));
    throw slackRateLimited(action, where, (Number.isFinite(seconds) && seconds > 0 ? seconds : 1) * 1000);
  }
  if (!response.ok) throw slackTransientError(action, where, `HTTP ${response.status}`, response.status);
}

function toPlatformError(error: unknown, where: string, method = METHOD): PlatformError {
  if (error instanceof webApi.WebAPIRateLimitedError) {
    return slackRateLimited(method, where, Math.max(0, error.retryAfter) * 1000);
  }
  if (error instanceof webApi.WebAPIPlatformError) {
    const code = String(error.data.error);
    if (code === "ratelimited" || code === "rate_limited") return slackRateLimited(method, where, 1000);
    return slackCodeError(code, method, where, 200);
  }
  if (error instanceof webApi.WebAPIHTTPError) {
    return slackTransientError(method, where, `HTTP ${error.statusCode}`, error.statusCode);
  }
  if (error instanceof webApi.WebAPIRequestError) {
    const original = error.original as Error & { code?: string; cause?: { code?: string } };
    const detail = original.cause?.code ?? original.code ?? original.name;
    return slackTransientError(method, where, `request failed (${detail})`, null, original);
  }
  return slackTransientError(method, where, error instanceof Error ? error.message : String(error), null);
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
