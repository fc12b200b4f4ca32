/**
 * The text typed after `/tracewire` to a command value. Pure: takes the text, returns what to run, or a usage
 * value naming the problem. Never throws, so a bad command is answered with a usage line, never a trace.
 * Slack and Discord both end up here (Discord's typed options are joined back into the same shape).
 */

import type { AddWatchedInput } from "../commands/edit-watchlist.js";
import type { SubscribeOptions } from "../commands/subscribe.js";
import { botOptions, subscriptionOption } from "../route/subscription-options.js";

export type { SubscribeOptions };

export type BotCommand =
  | { name: "search"; query: string }
  | { name: "latest"; argument: string | undefined }
  | { name: "status" }
  | { name: "subscribe"; options: SubscribeOptions }
  | { name: "unsubscribe"; id: string }
  | { name: "subscription-set"; id: string; options: SubscribeOptions }
  | { name: "subscription-resume"; id: string }
  | { name: "watch-add"; input: AddWatchedInput }
  | { name: "watch-list" }
  | { name: "watch-remove"; id: string }
  | { name: "entity"; id: string }
  | { name: "help" }
  | { name: "usage"; problem: string; usage: string };

/** Subscribe flags (and their aliases) and the option each one sets, from the subscription options table. */
const SUBSCRIBE_FLAGS: Record<string, keyof SubscribeOptions> = Object.fromEntries(
  botOptions().flatMap((option) =>
    [option.flag, ...(option.aliases ?? [])].map((flag) => [flag, option.key]),
  ),
);

/** The delivery modes, which Slack text takes as a bare word before the flags. */
const MODES: readonly string[] = subscriptionOption("mode").choices ?? [];

/** `/tracewire subscribe [digest|alert] [--scope sea|all] [--countries KH,MM] …`: the mode first, then flags. */
function subscribeUsage(): string {
  const flags = botOptions()
    .filter((option) => option.key !== "mode")
    .map(
      (option) => `[${option.flag} ${option.choices ? option.choices.join("|") : (option.example ?? "…")}]`,
    );
  return `/tracewire subscribe [${MODES.join("|")}] ${flags.join(" ")}`;
}

/** `/tracewire subscription set ID [--countries KH,MM] …`: the options subscribe takes, but the mode. */
function subscriptionUsage(): string {
  const flags = botOptions()
    .filter((option) => option.key !== "mode")
    .map((option) => `[${option.flag} …]`);
  return `/tracewire subscription set ID ${flags.join(" ")} | /tracewire subscription resume ID`;
}

export const SUBCOMMANDS = [
  "search",
  "latest",
  "status",
  "subscribe",
  "unsubscribe",
  "subscription",
  "watch",
  "entity",
  "help",
] as const;

/** One usage line per subcommand, shown with problems and in help. */
export const USAGE: Record<(typeof SUBCOMMANDS)[number], string> = {
  search: "/tracewire search QUERY",
  latest: "/tracewire latest [COUNTRY|TOPIC]",
  status: "/tracewire status",
  subscribe: subscribeUsage(),
  unsubscribe: "/tracewire unsubscribe ID",
  subscription: subscriptionUsage(),
  watch:
    '/tracewire watch add "NAME" [--alias SPELLING]… [--id ID] [--kind company|person|compound|armed_group|place] ' +
    "[--country KH] [--context WORD]… | /tracewire watch list | /tracewire watch remove ID",
  entity: "/tracewire entity ID",
  help: "/tracewire help",
};

const GENERAL_USAGE = `/tracewire ${SUBCOMMANDS.join("|")} …`;

/** Reads `/tracewire` text ("search scam compound", "subscribe alert --countries KH") into a command. */
export function parseCommandText(text: string): BotCommand {
  const trimmed = text.trim();
  const split = /^(\S+)\s*([\s\S]*)$/.exec(trimmed);
  if (!split) return { name: "help" };
  const word = split[1]!.toLowerCase();
  const rest = split[2]!.trim();
  switch (word) {
    case "help":
    case "-h":
    case "--help":
      return { name: "help" };
    case "search":
      return parseSearch(rest);
    case "latest":
      return parseLatest(rest);
    case "status":
      return rest === ""
        ? { name: "status" }
        : usage("status", `status takes no arguments, got "${clip(rest)}"`);
    case "subscribe":
      return parseSubscribe(rest);
    case "unsubscribe":
      return parseUnsubscribe(rest);
    case "subscription":
      return parseSubscription(rest);
    case "watch":
      return parseWatch(rest);
    case "entity":
      return parseEntity(rest);
    default:
      return {
        name: "usage",
        problem: `unknown subcommand "${clip(word)}"; expected one of ${SUBCOMMANDS.join(", ")}`,
        usage: GENERAL_USAGE,
      };
  }
}

function parseSearch(rest: string): BotCommand {
  const query = stripQuotes(rest).trim();
  if (query === "")
    return usage("search", "search needs words to look for, e.g. /tracewire search scam compound");
  return { name: "search", query: query.slice(0, 200) };
}

function parseLatest(rest: string): BotCommand {
  const words = tokenise(rest);
  if (!words.ok) return usage("latest", words.problem);
  if (words.tokens.length > 1) {
    return usage("latest", `latest takes one country code or topic, got "${clip(rest)}"`);
  }
  return { name: "latest", argument: words.tokens[0] };
}

function parseUnsubscribe(rest: string): BotCommand {
  const words = tokenise(rest);
  if (!words.ok) return usage("unsubscribe", words.problem);
  if (words.tokens.length !== 1) {
    return usage("unsubscribe", "unsubscribe needs the subscription id that /tracewire status shows");
  }
  return { name: "unsubscribe", id: words.tokens[0]! };
}

function parseSubscribe(rest: string): BotCommand {
  const words = tokenise(rest);
  if (!words.ok) return usage("subscribe", words.problem);
  const parsed = parseFlags(words.tokens, "subscribe", true);
  return "problem" in parsed ? parsed.problem : { name: "subscribe", options: parsed.options };
}

/** `subscription set ID --flags…` or `subscription resume ID`. */
function parseSubscription(rest: string): BotCommand {
  const words = tokenise(rest);
  if (!words.ok) return usage("subscription", words.problem);
  const [action, id, ...flags] = words.tokens;
  const verb = action?.toLowerCase();
  if (verb !== "set" && verb !== "resume") {
    return usage("subscription", `subscription takes set or resume, got "${clip(action ?? "")}"`);
  }
  if (id === undefined || id.startsWith("--")) {
    return usage(
      "subscription",
      `subscription ${verb} needs the subscription id that /tracewire status shows`,
    );
  }
  if (verb === "resume") {
    return flags.length === 0
      ? { name: "subscription-resume", id }
      : usage("subscription", `subscription resume takes only the id, got "${clip(flags.join(" "))}"`);
  }
  const parsed = parseFlags(flags, "subscription", false);
  if ("problem" in parsed) return parsed.problem;
  if (Object.keys(parsed.options).length === 0) {
    return usage("subscription", "subscription set needs at least one option to change, e.g. --countries KH");
  }
  return { name: "subscription-set", id, options: parsed.options };
}

/** The flags of `watch add` and the input field each fills (lists may repeat the flag). */
const WATCH_ADD_FLAGS: Record<string, "id" | "kind" | "countries" | "aliases" | "context"> = {
  "--id": "id",
  "--kind": "kind",
  "--country": "countries",
  "--countries": "countries",
  "--alias": "aliases",
  "--aliases": "aliases",
  "--context": "context",
};

/** `watch add "NAME" --alias …`, `watch list` or `watch remove ID`. */
function parseWatch(rest: string): BotCommand {
  const words = tokenise(rest);
  if (!words.ok) return usage("watch", words.problem);
  const [action, ...args] = words.tokens;
  switch (action?.toLowerCase()) {
    case "list":
      return args.length === 0 ? { name: "watch-list" } : usage("watch", "watch list takes no arguments");
    case "remove":
      return args.length === 1 && !args[0]!.startsWith("--")
        ? { name: "watch-remove", id: args[0]! }
        : usage("watch", "watch remove needs the entity id that /tracewire watch list shows");
    case "add":
      return parseWatchAdd(args);
    default:
      return usage("watch", `watch takes add, list or remove, got "${clip(action ?? "")}"`);
  }
}

function parseWatchAdd(args: string[]): BotCommand {
  const input: AddWatchedInput = { name: "" };
  const lists: Record<"countries" | "aliases" | "context", string[]> = {
    countries: [],
    aliases: [],
    context: [],
  };
  for (let i = 0; i < args.length; i++) {
    const token = args[i]!;
    if (!token.startsWith("--")) {
      if (input.name !== "")
        return usage("watch", `unexpected "${clip(token)}"; quote a name of several words`);
      input.name = token;
      continue;
    }
    const equals = token.indexOf("=");
    const flag = (equals > 0 ? token.slice(0, equals) : token).toLowerCase();
    const field = WATCH_ADD_FLAGS[flag];
    if (!field) return usage("watch", `unknown option "${clip(flag)}"`);
    const value = equals > 0 ? token.slice(equals + 1) : args[++i];
    if (value === undefined || value.trim() === "" || (equals < 0 && value.startsWith("--")))
      return usage("watch", `${flag} needs a value`);
    if (field === "id" || field === "kind") input[field] = value;
    else if (field === "countries") lists.countries.push(...value.split(","));
    else lists[field].push(value);
  }
  if (input.name.trim() === "")
    return usage("watch", 'watch add needs the name to watch, e.g. watch add "Jin Bei"');
  return { name: "watch-add", input: { ...input, ...lists } };
}

function parseEntity(rest: string): BotCommand {
  const words = tokenise(rest);
  if (!words.ok) return usage("entity", words.problem);
  if (words.tokens.length !== 1)
    return usage(
      "entity",
      "entity needs one watched entity id, e.g. prince-group (/tracewire watch list shows them)",
    );
  return { name: "entity", id: words.tokens[0]! };
}

/** `--flag value` / `--flag=value` pairs from the subscription options table; a bare mode word when allowed. */
function parseFlags(
  tokens: string[],
  sub: keyof typeof USAGE,
  modeWord: boolean,
): { options: SubscribeOptions } | { problem: BotCommand } {
  const options: SubscribeOptions = {};
  const fail = (problem: string) => ({ problem: usage(sub, problem) });
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (!token.startsWith("--")) {
      const mode = token.toLowerCase();
      if (modeWord && MODES.includes(mode) && options.mode === undefined) {
        options.mode = mode;
        continue;
      }
      return fail(
        modeWord
          ? `unexpected "${clip(token)}"; the mode (${MODES.join(", ")}) comes first, then --options`
          : `unexpected "${clip(token)}"; give --options after the id`,
      );
    }
    const equals = token.indexOf("=");
    const flag = (equals > 0 ? token.slice(0, equals) : token).toLowerCase();
    const key = SUBSCRIBE_FLAGS[flag];
    if (!key || (!modeWord && key === "mode")) return fail(`unknown option "${clip(flag)}"`);
    let value: string | undefined;
    if (equals > 0) {
      value = token.slice(equals + 1);
    } else {
      value = tokens[i + 1];
      if (value === undefined || value.startsWith("--")) return fail(`${flag} needs a value`);
      i++;
    }
    if (value.trim() === "") return fail(`${flag} needs a value`);
    options[key] = value;
  }
  return { options };
}

type Tokens = { ok: true; tokens: string[] } | { ok: false; problem: string };

/**
 * Splits like a shell: whitespace separates, "double" and 'single' quotes group, a backslash escapes inside
 * double quotes and outside quotes. Slack clients often turn quotes into “curly” ones, so those count too.
 */
export function tokenise(text: string): Tokens {
  const tokens: string[] = [];
  let current = "";
  let inToken = false;
  let quote: '"' | "'" | null = null;
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const raw = chars[i]!;
    const c = normaliseQuote(raw);
    if (quote) {
      if (c === quote) {
        quote = null;
      } else if (c === "\\" && quote === '"' && i + 1 < chars.length) {
        current += chars[++i]!;
      } else {
        current += raw;
      }
      continue;
    }
    if (/\s/.test(c)) {
      if (inToken) tokens.push(current);
      current = "";
      inToken = false;
    } else if (c === '"' || c === "'") {
      quote = c;
      inToken = true;
    } else if (c === "\\" && i + 1 < chars.length) {
      current += chars[++i]!;
      inToken = true;
    } else {
      current += raw;
      inToken = true;
    }
  }
  if (quote) return { ok: false, problem: `a ${quote} quote is not closed` };
  if (inToken) tokens.push(current);
  return { ok: true, tokens };
}

function normaliseQuote(c: string): string {
  if (c === "\u201C" || c === "\u201D" || c === "\u201E") return '"';
  if (c === "\u2018" || c === "\u2019") return "'";
  return c;
}

function stripQuotes(text: string): string {
  const m = /^["'\u201C\u2018]([\s\S]*)["'\u201D\u2019]$/.exec(text.trim());
  return m ? m[1]! : text;
}

function usage(sub: keyof typeof USAGE, problem: string): BotCommand {
  return { name: "usage", problem, usage: USAGE[sub] };
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
