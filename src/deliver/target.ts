/**
 * Target strings as operators type them (`slack:C0123ABCD`, `discord-webhook:https://…`) to `Target` values,
 * and back to a form that is safe to log. Takes text, returns values; never touches the network.
 */
import { ConfigError } from "../errors.js";
import type { Target } from "../model/subscription.js";

export interface ParseTargetOptions {
  /** TRACEWIRE_ALLOW_PRIVATE_HOSTS: accept webhook URLs on any http(s) host (loopback test servers). */
  allowPrivateHosts: boolean;
}

const ACCEPTED_FORMS =
  "accepted forms: slack:CHANNEL_ID (e.g. slack:C0123ABCD), slack-webhook:https://hooks.slack.com/services/T…/B…/…, " +
  "discord:CHANNEL_ID (17–20 digits), discord-webhook:https://discord.com/api/webhooks/ID/TOKEN, console";

const SLACK_CHANNEL = /^[CGD][A-Z0-9]{8,}$/;
const SNOWFLAKE = /^\d{17,20}$/;
const SLACK_WEBHOOK_PATH = /^\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]+$/;
const DISCORD_WEBHOOK_PATH = /^\/api(?:\/v\d+)?\/webhooks\/(\d{17,20})\/([A-Za-z0-9_-]{1,200})\/?$/;
const DISCORD_HOSTS = new Set([
  "discord.com",
  "ptb.discord.com",
  "canary.discord.com",
  "discordapp.com",
  "ptb.discordapp.com",
  "canary.discordapp.com",
]);
const REDACTED = "«redacted»";

/** Parses an operator's target string; throws ConfigError naming the problem and the accepted forms. */
export function parseTarget(text: string, options: ParseTargetOptions): Target {
  const trimmed = text.trim();
  if (trimmed === "console") return { kind: "console" };
  const colon = trimmed.indexOf(":");
  if (colon < 0) throw invalid(`"${redactText(trimmed)}" has no kind prefix`);
  const kind = trimmed.slice(0, colon);
  const rest = trimmed.slice(colon + 1);
  switch (kind) {
    case "slack":
      if (!SLACK_CHANNEL.test(rest)) {
        throw invalid(
          `slack channel id "${redactText(rest)}" is not a channel id (C, G or D then 8+ capitals/digits)`,
        );
      }
      return { kind: "slack", channel: rest };
    case "discord":
      if (!SNOWFLAKE.test(rest))
        throw invalid(`discord channel id "${redactText(rest)}" is not a 17–20 digit id`);
      return { kind: "discord", channel: rest };
    case "slack-webhook":
      return { kind: "slack-webhook", url: parseSlackWebhook(rest, options) };
    case "discord-webhook":
      return parseDiscordWebhook(rest, options);
    default:
      throw invalid(`unknown target kind "${redactText(kind)}"`);
  }
}

/** A target as text that is safe for logs and CLI output: webhook tokens replaced by «redacted». */
export function describeTarget(target: Target): string {
  switch (target.kind) {
    case "slack":
    case "discord":
      return `${target.kind}:${target.channel}`;
    case "slack-webhook":
      return `slack-webhook:${describeSlackWebhookUrl(target.url)}`;
    case "discord-webhook":
      return `discord-webhook:${target.id}/${REDACTED}`;
    case "console":
      return "console";
  }
}

/** host + path of a Slack webhook URL with its secret (last path segment) redacted. */
export function describeSlackWebhookUrl(url: string): string {
  const parsed = safeUrl(url);
  if (!parsed) return REDACTED;
  const segments = parsed.pathname.split("/");
  if (segments.length > 1) segments[segments.length - 1] = REDACTED;
  return `${parsed.host}${segments.join("/")}`;
}

function parseSlackWebhook(text: string, options: ParseTargetOptions): string {
  const url = safeUrl(text);
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:")) {
    throw invalid("slack-webhook needs an https URL");
  }
  if (!SLACK_WEBHOOK_PATH.test(url.pathname)) {
    throw invalid(
      `slack-webhook URL path must be /services/T…/B…/SECRET, got ${describeSlackWebhookUrl(text)}`,
    );
  }
  const official = url.protocol === "https:" && url.hostname === "hooks.slack.com" && url.port === "";
  if (!official && !options.allowPrivateHosts) {
    throw invalid(
      `slack-webhook URL must be on https://hooks.slack.com, got host "${url.host}" ` +
        "(set TRACEWIRE_ALLOW_PRIVATE_HOSTS=1 only for local test servers)",
    );
  }
  return `${url.protocol}//${url.host}${url.pathname}`;
}

function parseDiscordWebhook(text: string, options: ParseTargetOptions): Target {
  const url = safeUrl(text);
  if (!url || (url.protocol !== "https:" && url.protocol !== "http:")) {
    throw invalid("discord-webhook needs an https URL");
  }
  const match = DISCORD_WEBHOOK_PATH.exec(url.pathname);
  if (!match) {
    throw invalid("discord-webhook URL path must be /api/webhooks/ID/TOKEN (ID is 17–20 digits)");
  }
  const official = url.protocol === "https:" && DISCORD_HOSTS.has(url.hostname) && url.port === "";
  if (!official && !options.allowPrivateHosts) {
    throw invalid(
      `discord-webhook URL must be on https://discord.com, got host "${url.host}" ` +
        "(set TRACEWIRE_ALLOW_PRIVATE_HOSTS=1 only for local test servers)",
    );
  }
  return { kind: "discord-webhook", id: match[1]!, token: match[2]! };
}

function safeUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

/** Keeps free text that might hold a webhook URL out of messages. */
function redactText(text: string): string {
  return /^https?:/i.test(text) || text.length > 40 ? REDACTED : text;
}

function invalid(problem: string): ConfigError {
  return new ConfigError(`target is not valid: ${problem}; ${ACCEPTED_FORMS}`);
}
