/**
 * Checks requests made to the stand-in Slack and Discord servers against the official machine-readable specs
 * vendored in tests/fixtures/specs (Slack Web API Swagger 2.0, Discord OpenAPI 3.1; see its README for the
 * source commits and sha256) plus the platform limits (Slack and Discord docs) that
 * the specs do not encode. Every check returns a list of problems; an empty list means "the platform would
 * accept this". Schemas are validated with ajv (draft-07 for Slack's Swagger definitions, 2020-12 for
 * Discord's OpenAPI 3.1), formats and unknown keywords ignored.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";

type Json = Record<string, unknown>;
type Validator = ((data: unknown) => boolean) & {
  errors?: { instancePath: string; message?: string }[] | null;
};

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const SLACK_ID = "https://specs.tracewire.test/slack.json";
const DISCORD_ID = "https://specs.tracewire.test/discord.json";

/** The folder holding the spec files: $TRACEWIRE_SPECS_DIR, else tests/fixtures/specs in the repository. */
export function specsDir(): string {
  return process.env["TRACEWIRE_SPECS_DIR"] ?? path.join(REPO_ROOT, "tests", "fixtures", "specs");
}

/** Reads one spec document, or throws a message naming the missing file and how to get it back. */
function readSpec(dir: string, file: string): Json {
  const where = path.join(dir, file);
  if (!existsSync(where)) {
    throw new Error(
      `${where}: OpenAPI document not found, so the stand-in Slack and Discord servers cannot check ` +
        "requests. Restore the vendored copy (`git checkout -- tests/fixtures/specs`), or point " +
        "TRACEWIRE_SPECS_DIR at a folder holding slack-web-openapi-v2.json and discord-openapi.json.",
    );
  }
  return JSON.parse(readFileSync(where, "utf8")) as Json;
}

export interface Specs {
  slack: Json;
  discord: Json;
  slackAjv: Ajv;
  discordAjv: Ajv2020;
  validators: Map<string, Validator>;
  discordRoutes: { template: string; pattern: RegExp; literals: number }[];
}

let loaded: Specs | null = null;

/**
 * Loads both specs once. The stand-ins call it when they start, so a missing document fails the test at once
 * with its path instead of as an HTTP 500 from inside a request handler.
 */
export function loadSpecs(): Specs {
  loaded ??= readSpecs(specsDir());
  return loaded;
}

/** Reads and compiles both specs from one folder (no caching; loadSpecs caches). */
export function readSpecs(dir: string): Specs {
  const slack = readSpec(dir, "slack-web-openapi-v2.json");
  const discord = readSpec(dir, "discord-openapi.json");
  const options = { strict: false, validateFormats: false, validateSchema: false, allErrors: true } as const;
  const slackAjv = new Ajv(options);
  slackAjv.addSchema({ ...slack, $id: SLACK_ID });
  const discordAjv = new Ajv2020(options);
  discordAjv.addSchema({ ...discord, $id: DISCORD_ID });
  const discordRoutes = Object.keys(discord["paths"] as Json).map((template) => {
    const segments = template.split("/").slice(1);
    const source = segments.map((s) => (s.startsWith("{") ? "[^/]+" : escapeRegExp(s))).join("/");
    return {
      template,
      pattern: new RegExp(`^/${source}$`),
      literals: segments.filter((s) => !s.startsWith("{")).length,
    };
  });
  discordRoutes.sort((a, b) => b.literals - a.literals);
  return { slack, discord, slackAjv, discordAjv, validators: new Map(), discordRoutes };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function pointer(tokens: string[]): string {
  return tokens.map((t) => encodeURIComponent(t.replace(/~/g, "~0").replace(/\//g, "~1"))).join("/");
}

function validatorFor(platform: "slack" | "discord", tokens: string[]): Validator {
  const specs = loadSpecs();
  const key = `${platform}#/${pointer(tokens)}`;
  let validator = specs.validators.get(key);
  if (!validator) {
    const ref = `${platform === "slack" ? SLACK_ID : DISCORD_ID}#/${pointer(tokens)}`;
    const ajv = platform === "slack" ? specs.slackAjv : specs.discordAjv;
    validator = ajv.compile({ $ref: ref }) as Validator;
    specs.validators.set(key, validator);
  }
  return validator;
}

function schemaProblems(validator: Validator, data: unknown, where: string): string[] {
  if (validator(data)) return [];
  return (validator.errors ?? []).map((e) => `${where}${e.instancePath || ""}: ${e.message ?? "invalid"}`);
}

// ---------------------------------------------------------------- Slack Web API

interface SlackParam {
  name: string;
  in: string;
  type?: string;
  required?: boolean;
}

/**
 * Checks one Slack Web API call: the method exists, required arguments are there, no unknown arguments, booleans
 * are booleans, `blocks` decodes to what the spec's `blocks` definition allows. Slack accepts GET and POST for
 * every method whatever the spec lists (WebClient always POSTs), so the HTTP verb is not checked.
 */
export function checkSlackCall(method: string, args: Record<string, unknown>, hasToken: boolean): string[] {
  const specs = loadSpecs();
  const item = (specs.slack["paths"] as Json)[`/${method}`] as Json | undefined;
  if (!item) return [`slack ${method}: not a Web API method in the spec`];
  const op = Object.values(item)[0] as { parameters?: SlackParam[] };
  const params = op.parameters ?? [];
  const problems: string[] = [];
  if (!hasToken) problems.push(`slack ${method}: no token (Authorization: Bearer or token argument)`);
  for (const p of params) {
    if (p.name === "token") continue;
    if (p.required && (args[p.name] === undefined || args[p.name] === "")) {
      problems.push(`slack ${method}: required argument "${p.name}" is missing`);
    }
  }
  for (const [name, value] of Object.entries(args)) {
    if (name === "token") continue;
    const p = params.find((x) => x.name === name);
    if (!p) {
      problems.push(`slack ${method}: unknown argument "${name}"`);
      continue;
    }
    if (p.type === "boolean" && !isBooleanish(value)) {
      problems.push(`slack ${method}: argument "${name}" must be a boolean, got ${JSON.stringify(value)}`);
    }
  }
  if (args["blocks"] !== undefined) {
    const blocks = decodeJsonArgument(args["blocks"]);
    if (blocks === undefined) problems.push(`slack ${method}: blocks is not valid JSON`);
    else problems.push(...schemaProblems(validatorFor("slack", ["definitions", "blocks"]), blocks, "blocks"));
  }
  return problems;
}

/**
 * The file-upload methods (PLATFORMS.md §4; the vendored spec predates them, so their arguments are listed here
 * from Slack's method pages): required and optional arguments. `blocks` is still checked against the spec.
 */
const SLACK_FILE_METHODS: Record<string, { required: string[]; optional: string[] }> = {
  "files.getUploadURLExternal": { required: ["filename", "length"], optional: ["alt_txt", "snippet_type"] },
  "files.completeUploadExternal": {
    required: ["files"],
    optional: ["channel_id", "channels", "thread_ts", "initial_comment", "blocks"],
  },
};

/** True for the upload methods checkSlackFileCall checks. */
export function isSlackFileMethod(method: string): boolean {
  return method in SLACK_FILE_METHODS;
}

/**
 * Checks a files.getUploadURLExternal / files.completeUploadExternal call: form-encoded (a JSON body is answered
 * invalid_arguments), a token, the required arguments, no unknown ones, `length` a positive whole number,
 * `files` a JSON array of {id, title?}, `blocks` as the spec's blocks definition allows.
 */
export function checkSlackFileCall(
  method: string,
  args: Record<string, unknown>,
  hasToken: boolean,
  contentType: string,
): string[] {
  const spec = SLACK_FILE_METHODS[method];
  if (!spec) return [`slack ${method}: not an upload method`];
  const problems: string[] = [];
  if (!contentType.includes("application/x-www-form-urlencoded")) {
    problems.push(
      `slack ${method}: body must be application/x-www-form-urlencoded, got ${contentType || "none"}`,
    );
  }
  if (!hasToken) problems.push(`slack ${method}: no token (Authorization: Bearer or token argument)`);
  for (const name of spec.required) {
    if (args[name] === undefined || args[name] === "")
      problems.push(`slack ${method}: required argument "${name}" is missing`);
  }
  for (const name of Object.keys(args)) {
    if (name !== "token" && !spec.required.includes(name) && !spec.optional.includes(name)) {
      problems.push(`slack ${method}: unknown argument "${name}"`);
    }
  }
  if (args["length"] !== undefined && !/^[1-9]\d*$/.test(String(args["length"]))) {
    problems.push(
      `slack ${method}: length must be a positive whole number of bytes, got ${JSON.stringify(args["length"])}`,
    );
  }
  if (args["files"] !== undefined) {
    const files = decodeJsonArgument(args["files"]);
    const ok =
      Array.isArray(files) &&
      files.length > 0 &&
      files.every(
        (f) =>
          isObject(f) &&
          typeof f["id"] === "string" &&
          (f["title"] === undefined || typeof f["title"] === "string"),
      );
    if (!ok) problems.push(`slack ${method}: files must be a JSON array of {id, title}`);
  }
  if (args["blocks"] !== undefined) {
    const blocks = decodeJsonArgument(args["blocks"]);
    if (blocks === undefined) problems.push(`slack ${method}: blocks is not valid JSON`);
    else problems.push(...schemaProblems(validatorFor("slack", ["definitions", "blocks"]), blocks, "blocks"));
  }
  return problems;
}

function isBooleanish(value: unknown): boolean {
  return (
    typeof value === "boolean" || value === "true" || value === "false" || value === "1" || value === "0"
  );
}

/** JSON-decodes a form field that carries an object or array; arrays/objects from a JSON body pass through. */
export function decodeJsonArgument(value: unknown): unknown {
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/** Block Kit and message-size limits from PLATFORMS.md §1.1 (not encoded in the spec). */
export function checkSlackMessageLimits(text: unknown, blocks: unknown): string[] {
  const problems: string[] = [];
  if (text !== undefined && typeof text !== "string") problems.push("text must be a string");
  if (typeof text === "string" && text.length > 4000) {
    problems.push(`text is ${text.length} chars; keep it within 4000 (Slack truncates at 40000)`);
  }
  if (blocks === undefined) {
    if (typeof text !== "string" || text.trim() === "") problems.push("no_text: neither text nor blocks");
    return problems;
  }
  if (typeof text !== "string" || text.trim() === "")
    problems.push("blocks without a top-level text fallback");
  if (!Array.isArray(blocks)) return [...problems, "blocks must be an array"];
  if (blocks.length > 50) problems.push(`${blocks.length} blocks; at most 50 per message`);
  blocks.forEach((block, i) => {
    problems.push(...checkSlackBlock(block, `blocks[${i}]`));
  });
  const total = blockTextLength(blocks);
  if (total > SLACK_TOTAL_BLOCK_TEXT) {
    problems.push(
      `msg_blocks_too_long: ${total} chars of block text; Slack refuses near ${SLACK_TOTAL_BLOCK_TEXT}`,
    );
  }
  return problems;
}

/**
 * Undocumented total of text across all blocks: users report `msg_blocks_too_long` near ~13k characters
 * (github.com/slackapi/bolt-js/issues/2509; PLATFORMS.md §1.1 marks it unverified).
 */
const SLACK_TOTAL_BLOCK_TEXT = 13_000;

function blockTextLength(node: unknown): number {
  if (Array.isArray(node)) return node.reduce((n: number, item) => n + blockTextLength(item), 0);
  if (!isObject(node)) return 0;
  let n = 0;
  for (const [key, value] of Object.entries(node)) {
    n += key === "text" && typeof value === "string" ? value.length : blockTextLength(value);
  }
  return n;
}

function checkSlackBlock(block: unknown, where: string): string[] {
  if (!isObject(block)) return [`${where}: not an object`];
  const problems: string[] = [];
  const id = block["block_id"];
  if (typeof id === "string" && id.length > 255) problems.push(`${where}.block_id: longer than 255`);
  switch (block["type"]) {
    case "header":
      problems.push(...checkTextObject(block["text"], `${where}.text`, 150, ["plain_text"]));
      break;
    case "section": {
      if (block["text"] === undefined && block["fields"] === undefined) {
        problems.push(`${where}: section needs text or fields`);
      }
      if (block["text"] !== undefined)
        problems.push(...checkTextObject(block["text"], `${where}.text`, 3000));
      const fields = block["fields"];
      if (fields !== undefined) {
        if (!Array.isArray(fields)) problems.push(`${where}.fields: not an array`);
        else {
          if (fields.length > 10) problems.push(`${where}.fields: ${fields.length} items; at most 10`);
          fields.forEach((f, j) => {
            problems.push(...checkTextObject(f, `${where}.fields[${j}]`, 2000));
          });
        }
      }
      break;
    }
    case "context": {
      const elements = block["elements"];
      if (!Array.isArray(elements) || elements.length === 0)
        problems.push(`${where}.elements: 1–10 required`);
      else {
        if (elements.length > 10) problems.push(`${where}.elements: ${elements.length} items; at most 10`);
        elements.forEach((e, j) => {
          if (isObject(e) && e["type"] !== "image") {
            problems.push(...checkTextObject(e, `${where}.elements[${j}]`, 3000));
          }
        });
      }
      break;
    }
    case "markdown": {
      const text = block["text"];
      if (typeof text !== "string" || text.length === 0 || text.length > 12000) {
        problems.push(`${where}.text: markdown text must be 1–12000 chars`);
      }
      break;
    }
    case "divider":
    case "image":
    case "actions":
    case "rich_text":
    case "input":
    case "file":
    case "video":
      break;
    default:
      problems.push(`${where}: unknown block type ${JSON.stringify(block["type"])}`);
  }
  return problems;
}

function checkTextObject(
  value: unknown,
  where: string,
  max: number,
  types: string[] = ["plain_text", "mrkdwn"],
): string[] {
  if (!isObject(value)) return [`${where}: not a text object`];
  const problems: string[] = [];
  if (!types.includes(value["type"] as string)) {
    problems.push(`${where}.type: must be ${types.join(" or ")}, got ${JSON.stringify(value["type"])}`);
  }
  const text = value["text"];
  if (typeof text !== "string" || text.length === 0) problems.push(`${where}.text: must be 1–${max} chars`);
  else if (text.length > max) problems.push(`${where}.text: ${text.length} chars; at most ${max}`);
  return problems;
}

/** Where a Slack message would notify people: `<!channel>`-style tokens, or `@here` in non-verbatim mrkdwn. */
export function findSlackPings(text: unknown, blocks: unknown): string[] {
  const found: string[] = [];
  const tokens = /<(?:!(?:channel|here|everyone|subteam\^)[^>]*|@[UW][A-Z0-9]+[^>]*)>/g;
  const scan = (value: string, where: string, parsesAtNames: boolean) => {
    for (const m of value.matchAll(tokens)) found.push(`${where}: ${m[0]}`);
    if (parsesAtNames)
      for (const m of value.matchAll(/@(?:here|channel|everyone)\b/g)) found.push(`${where}: ${m[0]}`);
  };
  if (typeof text === "string") scan(text, "text", false);
  const walk = (node: unknown, where: string) => {
    if (Array.isArray(node)) {
      for (const [i, n] of node.entries()) walk(n, `${where}[${i}]`);
    } else if (isObject(node)) {
      if (node["type"] === "mrkdwn" && typeof node["text"] === "string") {
        scan(node["text"], where, node["verbatim"] !== true);
      } else if (node["type"] === "plain_text" && typeof node["text"] === "string") {
        scan(node["text"], where, false);
      }
      for (const [k, v] of Object.entries(node))
        if (k !== "text" || typeof v !== "string") walk(v, `${where}.${k}`);
    }
  };
  walk(blocks, "blocks");
  return found;
}

// ---------------------------------------------------------------- Discord

export interface DiscordRequest {
  method: string;
  /** Path after /api/v10, e.g. /channels/123/messages */
  path: string;
  query: URLSearchParams;
  body: unknown;
  authorization: string | undefined;
  /** A multipart/form-data request: `body` is its payload_json plus a "files[n]" entry per file part. */
  multipart?: boolean;
}

/** The spec's path template matching a concrete Discord path, or null. */
export function matchDiscordRoute(pathname: string): string | null {
  const route = loadSpecs().discordRoutes.find((r) => r.pattern.test(pathname));
  return route ? route.template : null;
}

/** Checks one Discord request: route and method exist, auth where the spec needs it, query names, JSON body. */
export function checkDiscordRequest(request: DiscordRequest): string[] {
  const specs = loadSpecs();
  const where = `discord ${request.method} ${request.path.replace(/\/webhooks\/(\d+)\/[^/]+/, "/webhooks/$1/«token»")}`;
  const template = matchDiscordRoute(request.path);
  if (!template) return [`${where}: no such route in the spec`];
  const item = (specs.discord["paths"] as Json)[template] as Json;
  const verb = request.method.toLowerCase();
  const op = item[verb] as Json | undefined;
  if (!op) return [`${where}: ${request.method} not allowed on ${template}`];
  const problems: string[] = [];
  const security = op["security"] as Json[] | undefined;
  const anonymousAllowed = !security || security.some((s) => Object.keys(s).length === 0);
  if (!anonymousAllowed && !/^(Bot|Bearer) \S+$/.test(request.authorization ?? "")) {
    problems.push(`${where}: needs Authorization: Bot <token>`);
  }
  const params = (op["parameters"] as { name: string; in: string; required?: boolean }[] | undefined) ?? [];
  for (const name of request.query.keys()) {
    const p = params.find((x) => x.in === "query" && x.name === name);
    if (!p) problems.push(`${where}: unknown query parameter "${name}"`);
    else if (p.name === "wait" || p.name === "with_components" || p.name === "with_response") {
      if (!["true", "false"].includes(request.query.get(name) ?? "")) {
        problems.push(`${where}: query ${name} must be true or false`);
      }
    }
  }
  const requestBody = op["requestBody"] as { required?: boolean; content?: Json } | undefined;
  if (!requestBody) {
    if (request.body !== undefined && verb !== "get") problems.push(`${where}: this route takes no body`);
    return problems;
  }
  if (request.body === undefined) {
    if (requestBody.required) problems.push(`${where}: JSON body required`);
    return problems;
  }
  const kind = request.multipart ? "multipart/form-data" : "application/json";
  if (!requestBody.content?.[kind]) return [...problems, `${where}: ${kind} body not accepted`];
  const tokens = ["paths", template, verb, "requestBody", "content", kind, "schema"];
  problems.push(...schemaProblems(validatorFor("discord", tokens), request.body, `${where} body`));
  return problems;
}

/** Limits from PLATFORMS.md §2.1 that the spec does not encode (content ≤2000, all embeds ≤6000 chars). */
export function checkDiscordMessageLimits(body: unknown): string[] {
  if (!isObject(body)) return [];
  const problems: string[] = [];
  const content = body["content"];
  if (typeof content === "string" && content.trim().length > 2000) {
    problems.push(`content is ${content.trim().length} chars; at most 2000`);
  }
  const embeds = body["embeds"];
  if (Array.isArray(embeds)) {
    let total = 0;
    for (const embed of embeds) {
      if (!isObject(embed)) continue;
      total += len(embed["title"]) + len(embed["description"]);
      total += len(isObject(embed["footer"]) ? embed["footer"]["text"] : undefined);
      total += len(isObject(embed["author"]) ? embed["author"]["name"] : undefined);
      const fields = embed["fields"];
      if (Array.isArray(fields)) {
        for (const f of fields) if (isObject(f)) total += len(f["name"]) + len(f["value"]);
      }
    }
    if (total > 6000) problems.push(`embeds hold ${total} chars in total; at most 6000`);
  }
  const hasContent = typeof content === "string" && content.trim() !== "";
  const hasEmbeds = Array.isArray(embeds) && embeds.length > 0;
  const hasOther = body["components"] !== undefined || body["poll"] !== undefined;
  if (!hasContent && !hasEmbeds && !hasOther) problems.push("50006: cannot send an empty message");
  return problems;
}

/** Where a Discord message would notify people: mentions in content while allowed_mentions does not forbid them. */
export function findDiscordPings(body: unknown): string[] {
  if (!isObject(body)) return [];
  const allowed = body["allowed_mentions"];
  const silenced = isObject(allowed) && Array.isArray(allowed["parse"]) && allowed["parse"].length === 0;
  const explicit =
    isObject(allowed) &&
    ((Array.isArray(allowed["users"]) && allowed["users"].length > 0) ||
      (Array.isArray(allowed["roles"]) && allowed["roles"].length > 0));
  if (silenced && !explicit) return [];
  const content = body["content"];
  const problems: string[] = [];
  if (!silenced) problems.push('allowed_mentions is not {"parse": []}');
  if (typeof content === "string") {
    for (const m of content.matchAll(/@everyone|@here|<@[!&]?\d+>/g)) problems.push(`content: ${m[0]}`);
  }
  return problems;
}

function len(value: unknown): number {
  return typeof value === "string" ? value.trim().length : 0;
}

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
