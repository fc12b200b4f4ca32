/**
 * Slack's request signing, as Slack does it (../shared/PLATFORMS.md §1.6): `v0=` + hex HMAC-SHA256 of
 * `v0:TIMESTAMP:RAW_BODY` with the app's signing secret, sent in X-Slack-Signature beside
 * X-Slack-Request-Timestamp. Tests use it to build real, forged and stale slash-command requests.
 */
import { createHmac } from "node:crypto";

export interface SlashCommandFields {
  text: string;
  channel_id?: string;
  response_url?: string;
  command?: string;
  user_id?: string;
  team_id?: string;
}

export interface SignedRequest {
  body: string;
  headers: Record<string, string>;
}

/** The form body Slack POSTs for a slash command (fields as in PLATFORMS.md §1.5). */
export function slashCommandBody(fields: SlashCommandFields): string {
  const form = new URLSearchParams({
    token: "legacy-verification-token-unused",
    team_id: fields.team_id ?? "T0001TEST",
    team_domain: "newsroom",
    channel_id: fields.channel_id ?? "C0123ABCDE",
    channel_name: "trafficking-desk",
    user_id: fields.user_id ?? "U0123ABCDE",
    user_name: "editor",
    command: fields.command ?? "/tracewire",
    text: fields.text,
    response_url: fields.response_url ?? "https://hooks.slack.com/commands/T0001TEST/1/abc",
    trigger_id: "1.2.3",
    api_app_id: "A0123ABCDE",
    is_enterprise_install: "false",
  });
  return form.toString();
}

/** The X-Slack-Signature value for a body signed at `timestampSeconds`. */
export function slackSignature(secret: string, timestampSeconds: number, body: string): string {
  const hmac = createHmac("sha256", secret).update(`v0:${timestampSeconds}:${body}`).digest("hex");
  return `v0=${hmac}`;
}

/** Headers and body of a request signed as Slack signs it, at `now` (default: the real clock). */
export function signSlackRequest(secret: string, body: string, now: Date = new Date()): SignedRequest {
  const timestamp = Math.floor(now.getTime() / 1000);
  return {
    body,
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "x-slack-request-timestamp": String(timestamp),
      "x-slack-signature": slackSignature(secret, timestamp, body),
    },
  };
}
