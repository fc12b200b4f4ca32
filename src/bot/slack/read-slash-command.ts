/**
 * A slash command's form fields (as Bolt parsed them: a field sent twice arrives as an array) to the command to
 * run, the channel and the response_url. The one place Slack input enters: the text is decoded and cleaned of
 * control characters here; a field that is missing, repeated or of the wrong shape becomes a usage answer,
 * never an exception (a repeated `text` once gave a 500, "text.replace is not a function").
 */
import { stripControlChars } from "../../model/strip-control-chars.js";
import { type BotCommand, parseCommandText, USAGE } from "../command-text.js";

export interface SlashCommandRequest {
  command: BotCommand;
  /** The Slack channel id, or "unknown" when the form carried none that looks like one. */
  channelId: string;
  responseUrl: string | undefined;
  /** The Slack user id who typed the command, for the log line (never a mention in replies). */
  userId: string | null;
}

/** Slack ids are upper-case letters and digits (C0123ABCDE, D…, G…). */
const SLACK_ID = /^[A-Z0-9]{1,40}$/;

/** Reads Bolt's slash-command payload; never throws. */
export function readSlashCommand(fields: Readonly<Record<string, unknown>>): SlashCommandRequest {
  const channel = fields["channel_id"];
  const channelId = typeof channel === "string" && SLACK_ID.test(channel) ? channel : "unknown";
  const url = fields["response_url"];
  const responseUrl = typeof url === "string" ? url : undefined;
  const user = fields["user_id"];
  const userId = typeof user === "string" && SLACK_ID.test(user) ? user : null;
  const problem = malformed(fields, channelId);
  if (problem !== null) {
    return { command: { name: "usage", problem, usage: USAGE.help }, channelId, responseUrl, userId };
  }
  const text = fields["text"];
  const clean = stripControlChars(decodeSlackText(typeof text === "string" ? text : ""));
  return { command: parseCommandText(clean), channelId, responseUrl, userId };
}

/** Slack sends `&`, `<`, `>` in slash-command text as HTML entities (api.slack.com/slash-commands). */
export function decodeSlackText(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

function malformed(fields: Readonly<Record<string, unknown>>, channelId: string): string | null {
  for (const name of ["text", "channel_id", "response_url", "user_id", "team_id"]) {
    const value = fields[name];
    if (Array.isArray(value)) return `the request carried ${name} ${value.length} times; send it once`;
    if (value !== undefined && typeof value !== "string") return `the request's ${name} is not text`;
  }
  if (channelId === "unknown") return "the request carried no Slack channel id (channel_id)";
  return null;
}
