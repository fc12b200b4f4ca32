/**
 * A stand-in Discord REST API (v10) on 127.0.0.1: channel messages, webhook execution, interaction callbacks,
 * `@original` edits and follow-ups, command registration, `GET /gateway/bot` and threads started on a message
 * (`POST /channels/{id}/messages/{id}/threads`: the thread's id is the message's, as on Discord), and messages with
 * files as multipart/form-data (`payload_json` plus `files[n]`, PLATFORMS.md §4). Every request is checked
 * against Discord's OpenAPI document and the limits of PLATFORMS.md; problems land in `violations` and are
 * answered with 400 / 50035 as Discord does. Sends X-RateLimit-* headers; failures can be scripted.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import {
  checkDiscordMessageLimits,
  checkDiscordRequest,
  findDiscordPings,
  loadSpecs,
} from "./openapi-check.js";
import { dropConnection, FailureScript, readBody, type ScriptedFailure, sleep } from "./scripted-failures.js";

export interface FakeDiscordMessage {
  id: string;
  /** Channel id, `webhook:<id>`, `interaction:<id>` or `followup:<app id>`. */
  channel: string;
  via: "bot" | "webhook" | "interaction" | "followup" | "original";
  content: string | undefined;
  embeds: unknown[];
  body: Record<string, unknown>;
  /** The files of a multipart message (`files[n]` parts), in part order. */
  files: FakeDiscordFile[];
}

/** One file part of a multipart message. */
export interface FakeDiscordFile {
  /** The part's name, `files[0]`. */
  field: string;
  filename: string;
  contentType: string;
  bytes: Buffer;
}

/** Discord's upload limit per message without boosts (PLATFORMS.md §4: 10 MiB; older docs 8 MiB). */
const UPLOAD_LIMIT = 10 * 1024 * 1024;

/** 404 unknown channel (10003) / webhook (10015), 403 missing permissions (50013) / access (50001), 401. */
export type DiscordFailure = ScriptedFailure<{ status: 401 | 403 | 404; code: number }>;

export interface FakeDiscordOptions {
  /** The bot token accepted after "Bot " (default "test-bot-token"). */
  token?: string;
  /** Known channel ids; others answer 404 Unknown Channel (10003). Default: every channel is known. */
  channels?: string[];
  /** Known webhooks as id → token; others answer 404 Unknown Webhook (10015). Default: every webhook is known. */
  webhooks?: Record<string, string>;
  /** The application id: POST /webhooks/{this}/{interaction token} is a follow-up (default 1200000000000000099). */
  applicationId?: string;
  /** Channels where threads cannot be started (answered 400 / 50024, as in a DM or a thread). */
  noThreads?: string[];
}

/** A thread started on a message. */
export interface FakeDiscordThread {
  /** The thread's channel id: the id of the message it was started on. */
  id: string;
  parentChannel: string;
  name: string;
}

export interface FakeDiscord {
  url: string;
  /** For @discordjs/rest's `api` option and DISCORD_API_URL: http://127.0.0.1:PORT/api */
  apiUrl: string;
  messages: FakeDiscordMessage[];
  /** Threads started on messages, by thread id. */
  threads: Map<string, FakeDiscordThread>;
  violations: string[];
  /** Messages that could notify people (allowed_mentions missing or not `{parse: []}`). */
  pings: string[];
  requests: { method: string; path: string }[];
  /** Responses with 401, 403 or 429 (Discord's invalid-request counter). */
  invalidRequests: number;
  /** Bodies of the last PUT to each commands route, keyed by path (global or guild). */
  commands: Map<string, unknown>;
  /** Interaction callbacks received, in order. */
  callbacks: { interactionId: string; body: Record<string, unknown> }[];
  /** What GET /gateway/bot answers: "ok" (default), 401 or 503. */
  gateway: "ok" | 401 | 503;
  /** The next n message posts (to channel or webhook id `only`, when given) fail this way. */
  failNext(n: number, failure: DiscordFailure, only?: string): void;
  /** Every message post (to `only`, when given) fails this way for `ms` milliseconds: an outage. */
  failFor(ms: number, failure: DiscordFailure, only?: string): void;
  close(): Promise<void>;
}

const MESSAGE_ROUTES: { pattern: RegExp; via: FakeDiscordMessage["via"] }[] = [
  { pattern: /^\/channels\/(\d+)\/messages$/, via: "bot" },
  { pattern: /^\/webhooks\/(\d+)\/([^/]+)\/messages\/@original$/, via: "original" },
  { pattern: /^\/webhooks\/(\d+)\/([^/]+)$/, via: "webhook" },
];

/** Starts a stand-in Discord REST API on 127.0.0.1 port 0. */
export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  loadSpecs();
  const token = options.token ?? "test-bot-token";
  const applicationId = options.applicationId ?? "1200000000000000099";
  const knownChannels = options.channels ? new Set(options.channels) : null;
  const script = new FailureScript<{ status: 401 | 403 | 404; code: number }>();
  let snowflake = 1_300_000_000_000_000_000n;
  const nextId = () => String(++snowflake);
  const interactions = new Set<string>();

  const fake: FakeDiscord = {
    url: "",
    apiUrl: "",
    messages: [],
    threads: new Map(),
    violations: [],
    pings: [],
    requests: [],
    invalidRequests: 0,
    commands: new Map(),
    callbacks: [],
    gateway: "ok",
    failNext: (n, failure, only) => script.failNext(n, failure, only),
    failFor: (ms, failure, only) => script.failFor(ms, failure, only),
    close: async () => {},
  };

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
    if (status === 401 || status === 403 || status === 429) fake.invalidRequests += 1;
    res.writeHead(status, {
      "X-RateLimit-Limit": "5",
      "X-RateLimit-Remaining": "4",
      "X-RateLimit-Reset": String(Date.now() / 1000 + 1),
      "X-RateLimit-Reset-After": "1",
      "X-RateLimit-Bucket": "fakebucket",
      ...(body === undefined ? {} : { "Content-Type": "application/json" }),
      ...headers,
    });
    res.end(body === undefined ? undefined : JSON.stringify(body));
  };
  const error = (res: ServerResponse, status: number, code: number, message: string) =>
    send(res, status, { code, message });

  async function applyFailure(req: IncomingMessage, res: ServerResponse, key: string): Promise<boolean> {
    const failure = script.take(key);
    if (!failure) return false;
    if ("drop" in failure) {
      dropConnection(req, res);
      return true;
    }
    if ("delayMs" in failure) {
      await sleep(failure.delayMs);
      return false;
    }
    if (failure.status === 429) {
      const global = failure.global === true;
      send(
        res,
        429,
        { message: "You are being rate limited.", retry_after: failure.retryAfter, global },
        {
          "Retry-After": String(Math.ceil(failure.retryAfter)),
          "X-RateLimit-Remaining": "0",
          "X-RateLimit-Reset-After": String(failure.retryAfter),
          "X-RateLimit-Scope": global ? "global" : "user",
          ...(global ? { "X-RateLimit-Global": "true" } : {}),
        },
      );
      return true;
    }
    if ("code" in failure) {
      error(res, failure.status, failure.code, failureMessage(failure.code));
      return true;
    }
    send(res, failure.status, { message: "Server error", code: 0 });
    return true;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const method = req.method ?? "GET";
    // Clients percent-encode path segments (discord.js sends `%40original`); route on the decoded path.
    const pathname = url.pathname.split("/").map(decodeSegment).join("/");
    const safe = pathname.replace(/(\/webhooks\/\d+\/)[^/]+/, "$1«token»");
    fake.requests.push({ method, path: safe });
    const versioned = /^\/api\/v10(\/.*)$/.exec(pathname);
    if (!versioned) {
      fake.violations.push(`discord ${method} ${safe}: not under /api/v10`);
      return error(res, 404, 0, "404: Not Found");
    }
    const path = versioned[1]!;
    const contentType = req.headers["content-type"] ?? "";
    const multipart = contentType.startsWith("multipart/form-data");
    const raw = multipart ? "" : await readBody(req);
    let body: unknown;
    let files: FakeDiscordFile[] = [];
    if (multipart) {
      const parsed = await readMultipart(req, contentType);
      if (typeof parsed === "string") {
        fake.violations.push(`discord ${method} ${safe}: ${parsed}`);
        return error(res, 400, 50035, "Invalid Form Body");
      }
      body = parsed.payload;
      files = parsed.files;
      fake.violations.push(...checkFiles(body, files).map((p) => `discord ${method} ${safe}: ${p}`));
    } else if (raw !== "") {
      if (!(req.headers["content-type"] ?? "").includes("application/json")) {
        fake.violations.push(`discord ${method} ${safe}: body is not application/json`);
        return error(res, 400, 50035, "Invalid Form Body");
      }
      try {
        body = JSON.parse(raw);
      } catch {
        fake.violations.push(`discord ${method} ${safe}: body is not valid JSON`);
        return error(res, 400, 50109, "The request body contains invalid JSON.");
      }
    }
    const authorization = req.headers.authorization;
    const problems = checkDiscordRequest({
      method,
      path,
      query: url.searchParams,
      body: multipart
        ? { ...(body as object), ...Object.fromEntries(files.map((f) => [f.field, "binary"])) }
        : body,
      authorization,
      multipart,
    });
    const unknownRoute = problems.some((p) => p.includes("no such route") || p.includes("not allowed on"));
    if (unknownRoute) {
      fake.violations.push(...problems);
      return error(
        res,
        unknownRoute && problems[0]!.includes("not allowed") ? 405 : 404,
        0,
        "404: Not Found",
      );
    }
    if (problems.some((p) => p.includes("needs Authorization"))) {
      fake.violations.push(...problems);
      return error(res, 401, 0, "401: Unauthorized");
    }
    if (authorization !== undefined && authorization !== `Bot ${token}`) {
      return error(res, 401, 0, "401: Unauthorized");
    }

    if (path === "/gateway/bot" && method === "GET") {
      fake.violations.push(...problems);
      if (fake.gateway === 401) return error(res, 401, 0, "401: Unauthorized");
      if (fake.gateway === 503) return send(res, 503, { message: "Service Unavailable", code: 0 });
      return send(res, 200, {
        url: "wss://gateway.discord.gg",
        shards: 1,
        session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
      });
    }
    const commands = /^\/applications\/\d+(?:\/guilds\/\d+)?\/commands$/.exec(path);
    if (commands && method === "PUT") {
      fake.violations.push(...problems);
      if (problems.length > 0) return error(res, 400, 50035, "Invalid Form Body");
      fake.commands.set(path, body);
      const list = Array.isArray(body) ? body : [];
      return send(
        res,
        200,
        list.map((c) => ({
          ...(c as object),
          id: nextId(),
          application_id: path.split("/")[2],
          version: nextId(),
        })),
      );
    }
    const callback = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path);
    if (callback && method === "POST") {
      const interactionId = callback[1]!;
      const callbackType = (body as { type?: unknown } | undefined)?.type;
      const data = (body as { data?: unknown } | undefined)?.data;
      // Types 4 (message) and 7 (update) carry a message; deferrals (5, 6) carry at most flags.
      const carriesMessage = callbackType === 4 || callbackType === 7;
      const limits = carriesMessage ? checkMessageBody(data) : [];
      fake.violations.push(...problems, ...limits.map((p) => `discord callback: ${p}`));
      if (interactions.has(interactionId))
        return error(res, 400, 40060, "Interaction has already been acknowledged.");
      if (problems.length + limits.length > 0) return error(res, 400, 50035, "Invalid Form Body");
      interactions.add(interactionId);
      fake.callbacks.push({ interactionId, body: body as Record<string, unknown> });
      if (carriesMessage) {
        recordMessage(`interaction:${interactionId}`, "interaction", data);
      }
      return send(res, 204, undefined);
    }

    const thread = /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/.exec(path);
    if (thread && method === "POST") {
      fake.violations.push(...problems);
      const [, channel, messageId] = thread as unknown as [string, string, string];
      const name = (body as { name?: unknown } | undefined)?.name;
      if (typeof name !== "string" || name.length < 1 || name.length > 100) {
        fake.violations.push(`discord POST ${safe}: name must be 1-100 characters`);
        return error(res, 400, 50035, "Invalid Form Body");
      }
      if (options.noThreads?.includes(channel))
        return error(res, 400, 50024, "Cannot execute action on this channel type");
      const parent = fake.messages.find((m) => m.id === messageId && m.channel === channel);
      if (!parent) return error(res, 404, 10008, "Unknown Message");
      if (fake.threads.has(messageId))
        return error(res, 400, 160004, "A thread has already been created for this message");
      fake.threads.set(messageId, { id: messageId, parentChannel: channel, name });
      return send(res, 201, {
        id: messageId,
        type: 11,
        guild_id: "1100000000000000001",
        parent_id: channel,
        name,
      });
    }

    const route = MESSAGE_ROUTES.map((r) => ({ ...r, match: r.pattern.exec(path) })).find((r) => r.match);
    const expected = route?.via === "original" ? "PATCH" : "POST";
    if (!route?.match || method !== expected) {
      fake.violations.push(...problems, `discord ${method} ${safe}: the stand-in does not serve this route`);
      return error(res, 404, 0, "404: Not Found");
    }
    if (await applyFailure(req, res, route.match[1]!)) return;
    const limits = checkMessageBody(body);
    fake.violations.push(...problems, ...limits.map((p) => `discord ${method} ${safe}: ${p}`));
    if (problems.length + limits.length > 0) {
      return error(res, 400, limits.some((p) => p.startsWith("50006")) ? 50006 : 50035, "Invalid Form Body");
    }
    const id = route.match[1]!;
    if (route.via === "bot") {
      if (knownChannels && !knownChannels.has(id) && !fake.threads.has(id))
        return error(res, 404, 10003, "Unknown Channel");
      const message = recordMessage(id, "bot", body, files);
      return send(res, 200, messageObject(message, id));
    }
    const webhookToken = route.match[2]!;
    const knownToken = id === applicationId ? undefined : options.webhooks?.[id];
    if (options.webhooks && id !== applicationId && knownToken === undefined)
      return error(res, 404, 10015, "Unknown Webhook");
    if (knownToken !== undefined && knownToken !== webhookToken)
      return error(res, 401, 50027, "Invalid Webhook Token");
    if (route.via === "original") {
      const message = recordMessage(`original:${id}`, "original", body);
      return send(res, 200, messageObject(message, id));
    }
    const followup = id === applicationId;
    const message = recordMessage(`webhook:${id}`, followup ? "followup" : "webhook", body, files);
    if (url.searchParams.get("wait") === "true") return send(res, 200, messageObject(message, id));
    return send(res, 204, undefined);
  }

  function checkMessageBody(body: unknown): string[] {
    return checkDiscordMessageLimits(body);
  }

  function recordMessage(
    channel: string,
    via: FakeDiscordMessage["via"],
    body: unknown,
    files: FakeDiscordFile[] = [],
  ): FakeDiscordMessage {
    const b = (body ?? {}) as Record<string, unknown>;
    const message: FakeDiscordMessage = {
      id: nextId(),
      channel,
      via,
      content: typeof b["content"] === "string" ? b["content"] : undefined,
      embeds: Array.isArray(b["embeds"]) ? b["embeds"] : [],
      body: b,
      files,
    };
    fake.messages.push(message);
    fake.pings.push(...findDiscordPings(b).map((p) => `${channel} ${p}`));
    return message;
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      fake.violations.push(`discord stand-in crashed on ${req.method} ${req.url}: ${String(err)}`);
      if (!res.headersSent) send(res, 500, { message: "Internal Server Error", code: 0 });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.apiUrl = `${fake.url}/api`;
  fake.close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return fake;
}

function messageObject(message: FakeDiscordMessage, channelOrWebhook: string): Record<string, unknown> {
  return {
    id: message.id,
    channel_id: /^\d+$/.test(message.channel) ? message.channel : "1200000000000000001",
    webhook_id: message.via === "bot" ? undefined : channelOrWebhook,
    type: 0,
    content: message.content ?? "",
    embeds: message.embeds,
    author: { id: "1200000000000000002", username: "tracewire", discriminator: "0000", bot: true },
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    pinned: false,
    flags: 0,
  };
}

/** A multipart/form-data body: its payload_json and its files[n] parts, or what is wrong with it. */
async function readMultipart(
  req: IncomingMessage,
  contentType: string,
): Promise<{ payload: Record<string, unknown>; files: FakeDiscordFile[] } | string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  let form: FormData;
  try {
    form = await new Response(Buffer.concat(chunks), { headers: { "content-type": contentType } }).formData();
  } catch (err) {
    return `multipart body does not parse (${String(err)})`;
  }
  const files: FakeDiscordFile[] = [];
  let payload: Record<string, unknown> | null = null;
  for (const [field, value] of form.entries()) {
    if (field === "payload_json" && typeof value === "string") {
      try {
        payload = JSON.parse(value) as Record<string, unknown>;
      } catch {
        return "payload_json is not valid JSON";
      }
    } else if (/^files\[\d+\]$/.test(field) && typeof value !== "string") {
      files.push({
        field,
        filename: value.name,
        contentType: value.type,
        bytes: Buffer.from(await value.arrayBuffer()),
      });
    } else {
      return `unexpected multipart part "${field}"`;
    }
  }
  if (payload === null) return "multipart body has no payload_json part";
  return { payload, files };
}

/** Every files[n] part is listed in attachments with its id n and filename, and within the upload limit. */
function checkFiles(payload: unknown, files: FakeDiscordFile[]): string[] {
  const problems: string[] = [];
  const attachments = (payload as { attachments?: unknown }).attachments;
  const listed = Array.isArray(attachments) ? (attachments as { id?: unknown; filename?: unknown }[]) : [];
  let total = 0;
  for (const file of files) {
    total += file.bytes.length;
    const n = Number(/\d+/.exec(file.field)?.[0]);
    const entry = listed.find((a) => Number(a.id) === n);
    if (!entry) problems.push(`${file.field} is not listed in attachments`);
    else if (entry.filename !== file.filename) {
      problems.push(
        `${file.field} is named ${file.filename} but attachments[${n}] says ${String(entry.filename)}`,
      );
    }
  }
  if (total > UPLOAD_LIMIT) problems.push(`files hold ${total} bytes; at most ${UPLOAD_LIMIT}`);
  const embeds = (payload as { embeds?: unknown }).embeds;
  for (const embed of Array.isArray(embeds) ? embeds : []) {
    const image = (embed as { image?: { url?: unknown } }).image?.url;
    if (typeof image === "string" && image.startsWith("attachment://")) {
      const name = image.slice("attachment://".length);
      if (!files.some((f) => f.filename === name)) problems.push(`embed image ${image} names no file sent`);
    }
  }
  return problems;
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function failureMessage(code: number): string {
  const known: Record<number, string> = {
    0: "401: Unauthorized",
    10003: "Unknown Channel",
    10015: "Unknown Webhook",
    50001: "Missing Access",
    50013: "Missing Permissions",
    50027: "Invalid Webhook Token",
  };
  return known[code] ?? "Error";
}
