/**
 * A stand-in Slack on 127.0.0.1: the Web API methods tracewire uses (`/api/auth.test`, `chat.postMessage`,
 * `chat.postEphemeral`, `conversations.info`, the external file upload flow: `files.getUploadURLExternal`, the
 * upload URL `/upload/<file id>`, `files.completeUploadExternal`), incoming webhooks (`/services/T…/B…/X…`) and `response_url`s
 * (`/respond/<id>`). Every request is checked against the Slack spec and the limits of PLATFORMS.md; problems
 * land in `violations` and are answered as Slack answers them. Failures can be scripted.
 */
import { randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  checkSlackCall,
  checkSlackFileCall,
  checkSlackMessageLimits,
  decodeJsonArgument,
  findSlackPings,
  isSlackFileMethod,
  loadSpecs,
} from "./openapi-check.js";
import { dropConnection, FailureScript, readBody, type ScriptedFailure, sleep } from "./scripted-failures.js";

export interface FakeSlackMessage {
  channel: string;
  text: string | undefined;
  blocks: unknown[] | undefined;
  ts: string;
  via: "api" | "webhook" | "response_url";
  /** chat.postMessage / chat.postEphemeral for "api". */
  method?: string;
  /** The full decoded request body or arguments. */
  body: Record<string, unknown>;
}

/** A file started with files.getUploadURLExternal: its bytes once uploaded, where it was shared once completed. */
export interface FakeSlackFile {
  id: string;
  filename: string;
  /** The length announced to files.getUploadURLExternal. */
  length: number;
  /** The bytes POSTed to the upload URL; null until then. */
  bytes: Buffer | null;
  title: string | null;
  /** The channel files.completeUploadExternal shared it to; null while not shared. */
  channel: string | null;
}

export type SlackFailure = ScriptedFailure<{ error: string }>;

export interface FakeSlackOptions {
  /** The bot token that is accepted (default "xoxb-test-token"); others get invalid_auth. */
  token?: string;
  /** Known channel ids; others answer channel_not_found. Default: every channel is known. */
  channels?: string[];
  /** Answer 429 + Retry-After when a channel (or webhook) gets more than 1 message per second. */
  enforceRateLimit?: boolean;
  /** Listen on this port (default 0: any free one), e.g. a port a target already points at. */
  port?: number;
}

export interface FakeSlack {
  /** http://127.0.0.1:PORT */
  url: string;
  /** The Web API base for WebClient's slackApiUrl: http://127.0.0.1:PORT/api/ */
  apiUrl: string;
  messages: FakeSlackMessage[];
  /** Every way a request broke the spec or a limit. Tests assert this stays empty. */
  violations: string[];
  /** Every place a posted message would have notified people (`<!channel>`, `@here` in non-verbatim mrkdwn…). */
  pings: string[];
  /** Every request received, in order (path without secrets, HTTP method). */
  requests: { path: string; method: string }[];
  /** Files started through the external upload flow, in order. */
  files: FakeSlackFile[];
  /** An incoming-webhook URL on this server bound to `channel`. */
  webhookUrl(channel?: string): string;
  /** A response_url on this server bound to `channel` (usable 5 times). */
  responseUrl(channel?: string): string;
  /** The next n posts (to `channel` only, when given; a webhook's or response_url's bound channel counts) fail. */
  failNext(n: number, failure: SlackFailure, channel?: string): void;
  /** Every post (to `channel` only, when given) fails for `ms` milliseconds: an outage. */
  failFor(ms: number, failure: SlackFailure, channel?: string): void;
  close(): Promise<void>;
}

const WEBHOOK_ERRORS: Record<string, number> = {
  invalid_payload: 400,
  invalid_blocks: 400,
  no_text: 400,
  user_not_found: 400,
  action_prohibited: 403,
  channel_not_found: 404,
  no_service: 404,
  channel_is_archived: 410,
  rollup_error: 500,
};
const WEBHOOK_FIELDS = new Set([
  "text",
  "blocks",
  "attachments",
  "thread_ts",
  "mrkdwn",
  "unfurl_links",
  "unfurl_media",
  "username",
  "icon_emoji",
  "icon_url",
]);
const RESPOND_FIELDS = new Set([
  "text",
  "blocks",
  "attachments",
  "response_type",
  "replace_original",
  "delete_original",
  "thread_ts",
  "mrkdwn",
]);

/** Starts a stand-in Slack on 127.0.0.1 port 0. */
export async function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  loadSpecs();
  const token = options.token ?? "xoxb-test-token";
  const known = options.channels ? new Set(options.channels) : null;
  const script = new FailureScript<{ error: string }>();
  const lastPost = new Map<string, number>();
  const webhooks = new Map<string, string>();
  const responses = new Map<string, { channel: string; uses: number }>();
  let seq = 0;
  const messages: FakeSlackMessage[] = [];
  const violations: string[] = [];
  const pings: string[] = [];
  const requests: { path: string; method: string }[] = [];
  const files: FakeSlackFile[] = [];
  let base = "";

  const nextTs = () => `${Math.floor(Date.now() / 1000)}.${String(++seq).padStart(6, "0")}`;
  const rateLimited = (key: string): boolean => {
    if (!options.enforceRateLimit) return false;
    const now = Date.now();
    const last = lastPost.get(key);
    if (last !== undefined && now - last < 1000) return true;
    lastPost.set(key, now);
    return false;
  };
  const record = (message: Omit<FakeSlackMessage, "ts">): string => {
    const ts = nextTs();
    messages.push({ ...message, ts });
    pings.push(...findSlackPings(message.text, message.blocks).map((p) => `${message.channel} ${p}`));
    return ts;
  };

  /** Applies a scripted failure; returns true when the request was answered. */
  async function applyFailure(
    req: IncomingMessage,
    res: ServerResponse,
    kind: "api" | "plain",
    channel: string,
  ): Promise<boolean> {
    const failure = script.take(channel);
    if (!failure) return false;
    if ("drop" in failure) {
      dropConnection(req, res);
      return true;
    }
    if ("delayMs" in failure) {
      await sleep(failure.delayMs);
      return false;
    }
    if ("status" in failure && failure.status === 429) {
      res.writeHead(429, { "Retry-After": String(failure.retryAfter), "Content-Type": "text/plain" });
      res.end(kind === "api" ? JSON.stringify({ ok: false, error: "ratelimited" }) : "rate_limited");
      return true;
    }
    if ("status" in failure) {
      res.writeHead(failure.status, { "Content-Type": "text/plain" });
      res.end(kind === "api" ? "" : "rollup_error");
      return true;
    }
    if (kind === "api") sendJson(res, 200, { ok: false, error: failure.error });
    else sendText(res, WEBHOOK_ERRORS[failure.error] ?? 400, failure.error);
    return true;
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    const raw = await readBody(req);
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const contentType = req.headers["content-type"] ?? "";
    let args: Record<string, unknown> = Object.fromEntries(url.searchParams);
    if (contentType.includes("application/json")) {
      const parsed = decodeJsonArgument(raw);
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
        violations.push(`slack ${method}: body is not a JSON object`);
        return sendJson(res, 200, { ok: false, error: "invalid_json" });
      }
      args = { ...args, ...(parsed as Record<string, unknown>) };
    } else if (raw !== "") {
      args = { ...args, ...Object.fromEntries(new URLSearchParams(raw)) };
    }
    const bearer = /^Bearer (\S+)$/.exec(req.headers.authorization ?? "")?.[1];
    const given = bearer ?? (typeof args["token"] === "string" ? args["token"] : undefined);
    if (isSlackFileMethod(method)) return handleFileCall(req, res, method, args, given, contentType);
    const problems = checkSlackCall(method, args, given !== undefined);
    if (problems.length > 0 && problems.some((p) => p.includes("not a Web API method"))) {
      violations.push(...problems);
      return sendJson(res, 200, { ok: false, error: "unknown_method" });
    }
    if (given === undefined) {
      violations.push(...problems);
      return sendJson(res, 200, { ok: false, error: "not_authed" });
    }
    if (given !== token) return sendJson(res, 200, { ok: false, error: "invalid_auth" });
    if (method === "auth.test") {
      violations.push(...problems);
      return sendJson(res, 200, {
        ok: true,
        url: "https://tracewire-test.slack.com/",
        team: "tracewire test",
        user: "tracewire",
        team_id: "T0FAKE0001",
        user_id: "U0FAKEBOT1",
        bot_id: "B0FAKEBOT1",
        is_enterprise_install: false,
      });
    }
    const channel = typeof args["channel"] === "string" ? args["channel"] : "";
    if (method === "conversations.info") {
      violations.push(...problems);
      if (known && !known.has(channel)) return sendJson(res, 200, { ok: false, error: "channel_not_found" });
      return sendJson(res, 200, { ok: true, channel: conversation(channel) });
    }
    if (method !== "chat.postMessage" && method !== "chat.postEphemeral") {
      violations.push(`slack ${method}: the stand-in does not serve this method`);
      return sendJson(res, 200, { ok: false, error: "unknown_method" });
    }
    if (await applyFailure(req, res, "api", channel)) return;
    const blocks = args["blocks"] === undefined ? undefined : decodeJsonArgument(args["blocks"]);
    if (args["blocks"] !== undefined && blocks === undefined) {
      violations.push(...problems);
      return sendJson(res, 200, { ok: false, error: "invalid_blocks_format" });
    }
    const limits = checkSlackMessageLimits(args["text"], blocks);
    violations.push(...problems, ...limits.map((p) => `slack ${method}: ${p}`));
    if (problems.length > 0) return sendJson(res, 200, { ok: false, error: "invalid_arguments" });
    const rejecting = limits.filter((p) => !p.startsWith("text is"));
    if (rejecting.length > 0) {
      const error = slackErrorFor(rejecting);
      return sendJson(res, 200, { ok: false, error, errors: rejecting });
    }
    if (known && !known.has(channel)) return sendJson(res, 200, { ok: false, error: "channel_not_found" });
    if (rateLimited(channel)) {
      res.writeHead(429, { "Retry-After": "1", "Content-Type": "application/json" });
      res.end(JSON.stringify({ ok: false, error: "ratelimited" }));
      return;
    }
    const text = typeof args["text"] === "string" ? args["text"] : undefined;
    const posted = Array.isArray(blocks) ? blocks : undefined;
    const ts = record({ channel, text, blocks: posted, via: "api", method, body: args });
    if (method === "chat.postEphemeral") return sendJson(res, 200, { ok: true, message_ts: ts });
    return sendJson(res, 200, {
      ok: true,
      channel,
      ts,
      message: {
        type: "message",
        text: text ?? "",
        user: "U0FAKEBOT1",
        bot_id: "B0FAKEBOT1",
        ts,
        blocks: posted,
      },
    });
  }

  /** files.getUploadURLExternal and files.completeUploadExternal (PLATFORMS.md §4). */
  async function handleFileCall(
    req: IncomingMessage,
    res: ServerResponse,
    method: string,
    args: Record<string, unknown>,
    given: string | undefined,
    contentType: string,
  ): Promise<void> {
    const problems = checkSlackFileCall(method, args, given !== undefined, contentType);
    if (given === undefined) {
      violations.push(...problems);
      return sendJson(res, 200, { ok: false, error: "not_authed" });
    }
    if (given !== token) return sendJson(res, 200, { ok: false, error: "invalid_auth" });
    if (method === "files.getUploadURLExternal") {
      violations.push(...problems);
      if (problems.length > 0) return sendJson(res, 200, { ok: false, error: "invalid_arguments" });
      const id = `F${randomBytes(5).toString("hex").toUpperCase()}`;
      files.push({
        id,
        filename: String(args["filename"]),
        length: Number(args["length"]),
        bytes: null,
        title: null,
        channel: null,
      });
      return sendJson(res, 200, { ok: true, upload_url: `${base}/upload/${id}`, file_id: id });
    }
    const channel = typeof args["channel_id"] === "string" ? args["channel_id"] : "";
    if (await applyFailure(req, res, "api", channel)) return;
    const listed = (decodeJsonArgument(args["files"]) ?? []) as { id?: unknown; title?: unknown }[];
    for (const entry of Array.isArray(listed) ? listed : []) {
      const file = files.find((f) => f.id === entry.id);
      if (!file) problems.push(`slack ${method}: file ${String(entry.id)} was never started`);
      else if (file.bytes === null)
        problems.push(`slack ${method}: file ${file.id} completed before its bytes were uploaded`);
      else if (file.channel !== null) problems.push(`slack ${method}: file ${file.id} completed twice`);
    }
    const blocks = args["blocks"] === undefined ? undefined : decodeJsonArgument(args["blocks"]);
    const text = typeof args["initial_comment"] === "string" ? args["initial_comment"] : undefined;
    const limits =
      blocks === undefined && text === undefined ? [] : checkSlackMessageLimits(text ?? "x", blocks);
    violations.push(...problems, ...limits.map((p) => `slack ${method}: ${p}`));
    if (problems.length > 0) return sendJson(res, 200, { ok: false, error: "invalid_arguments" });
    if (known && channel && !known.has(channel))
      return sendJson(res, 200, { ok: false, error: "channel_not_found" });
    const completed = (Array.isArray(listed) ? listed : []).map((entry) => {
      const file = files.find((f) => f.id === entry.id)!;
      file.title = typeof entry.title === "string" ? entry.title : null;
      file.channel = channel || null;
      return { id: file.id, title: file.title ?? file.filename };
    });
    if (channel) {
      record({
        channel,
        text,
        blocks: Array.isArray(blocks) ? blocks : undefined,
        via: "api",
        method,
        body: args,
      });
    }
    return sendJson(res, 200, { ok: true, files: completed });
  }

  /** The upload URL: the raw bytes (or a multipart form) of a started file. */
  async function handleUpload(req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    const file = files.find((f) => f.id === id);
    if (req.method !== "POST") {
      violations.push(`slack upload: ${req.method} instead of POST`);
      return sendText(res, 405, "method_not_allowed");
    }
    if (!file) {
      violations.push(`slack upload: no file ${id} was started`);
      return sendText(res, 404, "not_found");
    }
    if (!(req.headers["content-type"] ?? "").startsWith("multipart/") && bytes.length !== file.length) {
      violations.push(
        `slack upload: ${bytes.length} bytes, but files.getUploadURLExternal announced ${file.length}`,
      );
    }
    file.bytes = bytes;
    sendText(res, 200, `OK - ${bytes.length}`);
  }

  async function handlePlain(
    req: IncomingMessage,
    res: ServerResponse,
    via: "webhook" | "response_url",
    channel: string,
  ): Promise<void> {
    const raw = await readBody(req);
    const label = via === "webhook" ? "slack webhook" : "slack response_url";
    if (req.method !== "POST") {
      violations.push(`${label}: ${req.method} instead of POST`);
      return sendText(res, 405, "invalid_payload");
    }
    if (await applyFailure(req, res, "plain", channel)) return;
    const body = decodeJsonArgument(raw);
    if (!(req.headers["content-type"] ?? "").includes("application/json")) {
      violations.push(`${label}: Content-Type is not application/json`);
    }
    if (typeof body !== "object" || body === null || Array.isArray(body)) {
      violations.push(`${label}: body is not a JSON object`);
      return sendText(res, 400, "invalid_payload");
    }
    const payload = body as Record<string, unknown>;
    const allowed = via === "webhook" ? WEBHOOK_FIELDS : RESPOND_FIELDS;
    for (const key of Object.keys(payload)) {
      if (!allowed.has(key)) violations.push(`${label}: unknown field "${key}"`);
    }
    const limits = checkSlackMessageLimits(payload["text"], payload["blocks"]);
    violations.push(...limits.map((p) => `${label}: ${p}`));
    const rejecting = limits.filter((p) => !p.startsWith("text is"));
    if (rejecting.length > 0) {
      return sendText(res, 400, slackErrorFor(rejecting));
    }
    if (rateLimited(`${via}:${channel}`)) {
      res.writeHead(429, { "Retry-After": "1", "Content-Type": "text/plain" });
      res.end("rate_limited");
      return;
    }
    const text = typeof payload["text"] === "string" ? payload["text"] : undefined;
    const blocks = Array.isArray(payload["blocks"]) ? payload["blocks"] : undefined;
    record({ channel, text, blocks, via, body: payload });
    sendText(res, 200, "ok");
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const safePath = url.pathname.replace(/^(\/services\/[^/]+\/[^/]+\/).+$/, "$1«secret»");
    requests.push({ path: safePath, method: req.method ?? "GET" });
    const handle = async () => {
      const api = /^\/api\/([a-zA-Z.]+)$/.exec(url.pathname);
      if (api) return handleApi(req, res, api[1]!);
      const upload = /^\/upload\/(F[A-Z0-9]+)$/.exec(url.pathname);
      if (upload) return handleUpload(req, res, upload[1]!);
      if (/^\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]+$/.test(url.pathname)) {
        return handlePlain(req, res, "webhook", webhooks.get(url.pathname) ?? "webhook");
      }
      const respond = /^\/respond\/([a-z0-9]+)$/.exec(url.pathname);
      const entry = respond ? responses.get(respond[1]!) : undefined;
      if (entry) {
        entry.uses += 1;
        if (entry.uses > 5) {
          violations.push("slack response_url: used more than 5 times");
          return sendText(res, 404, "used_url");
        }
        return handlePlain(req, res, "response_url", entry.channel);
      }
      violations.push(`slack: no such endpoint ${req.method} ${safePath}`);
      sendText(res, 404, "no_service");
    };
    handle().catch((error: unknown) => {
      violations.push(`slack stand-in crashed on ${safePath}: ${String(error)}`);
      if (!res.headersSent) sendText(res, 500, "rollup_error");
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    apiUrl: `${base}/api/`,
    messages,
    violations,
    pings,
    requests,
    files,
    webhookUrl(channel = "C0WEBHOOK01") {
      const secret = randomBytes(12).toString("hex");
      const bot = `B${randomBytes(4).toString("hex").toUpperCase()}`;
      const path = `/services/T0FAKE0001/${bot}/${secret}`;
      webhooks.set(path, channel);
      return `${base}${path}`;
    },
    responseUrl(channel = "C0RESPOND1") {
      const id = randomBytes(8).toString("hex");
      responses.set(id, { channel, uses: 0 });
      return `${base}/respond/${id}`;
    },
    failNext: (n, failure, channel) => script.failNext(n, failure, channel),
    failFor: (ms, failure, channel) => script.failFor(ms, failure, channel),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The code Slack answers for a message that breaks limits. */
function slackErrorFor(problems: string[]): string {
  if (problems.some((p) => p.startsWith("no_text"))) return "no_text";
  if (problems.every((p) => p.startsWith("msg_blocks_too_long"))) return "msg_blocks_too_long";
  return "invalid_blocks";
}

function conversation(id: string): Record<string, unknown> {
  return {
    id,
    name: `channel-${id.toLowerCase()}`,
    is_channel: true,
    is_group: false,
    is_im: false,
    is_archived: false,
    is_general: false,
    is_private: false,
    is_member: true,
    created: 1_700_000_000,
    creator: "U0FAKEUSR1",
  };
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "Content-Type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}

function sendText(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8" });
  res.end(body);
}
