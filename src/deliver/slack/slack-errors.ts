/**
 * Slack failures as tracewire errors: which Slack answers mean "wait", which mean "stop, the target is gone
 * or forbidden", and which are worth another try later. Messages name the method, the target (redacted)
 * and Slack's own code; never a token or webhook URL.
 */
import { type ErrorCode, PlatformError, RateLimitedError } from "../../errors.js";
import { redactSecrets } from "../../log.js";

/** Slack error codes after which retrying the same target cannot succeed (SD chat.postMessage, webhooks). */
const GONE = new Set([
  "channel_not_found",
  "not_in_channel",
  "is_archived",
  "channel_is_archived",
  "no_service",
]);
const UNAUTHORISED = new Set([
  "invalid_auth",
  "not_authed",
  "token_revoked",
  "token_expired",
  "account_inactive",
  "missing_scope",
  "no_permission",
  "restricted_action",
  "action_prohibited",
  "invalid_token",
  "team_disabled",
  "posting_to_general_channel_denied",
]);

const HINTS: Record<string, string> = {
  channel_not_found: "check the channel id, and that the bot can see the channel",
  not_in_channel: "invite the bot to the channel (/invite @tracewire) or add the chat:write.public scope",
  is_archived: "the channel is archived: unarchive it or unsubscribe",
  channel_is_archived: "the channel is archived: unarchive it or unsubscribe",
  invalid_auth: "check SLACK_BOT_TOKEN",
  not_authed: "set SLACK_BOT_TOKEN",
  token_revoked: "the token was revoked: reinstall the app and update SLACK_BOT_TOKEN",
  missing_scope: "add the missing scope (chat:write; files:write for briefings) to the app and reinstall it",
  action_prohibited: "a workspace admin restricted this webhook",
  no_service: "the webhook was removed: create a new one and subscribe again",
};

/** A Slack error code as a PlatformError: permanent for gone/forbidden targets, transient otherwise. */
export function slackCodeError(
  slackCode: string,
  action: string,
  where: string,
  status: number | null,
): PlatformError {
  const permanent = GONE.has(slackCode) || UNAUTHORISED.has(slackCode);
  const code: ErrorCode = GONE.has(slackCode)
    ? "PLATFORM_TARGET_GONE"
    : UNAUTHORISED.has(slackCode)
      ? "PLATFORM_UNAUTHORISED"
      : "PLATFORM_ERROR";
  const statusText = status !== null && status !== 200 ? `HTTP ${status} ` : "";
  return new PlatformError(code, `slack ${action} to ${where} failed: ${statusText}${safeCode(slackCode)}`, {
    where,
    hint: HINTS[slackCode],
    platform: "slack",
    status,
    platformCode: safeCode(slackCode),
    permanent,
  });
}

/** A 429 from Slack as RateLimitedError. */
export function slackRateLimited(action: string, where: string, retryAfterMs: number): RateLimitedError {
  return new RateLimitedError(
    `slack ${action} to ${where} rate-limited: retry after ${Math.ceil(retryAfterMs / 1000)} s`,
    {
      where,
      platform: "slack",
      retryAfterMs,
      status: 429,
    },
  );
}

/** A network failure, timeout or unexpected status: worth retrying later. */
export function slackTransientError(
  action: string,
  where: string,
  problem: string,
  status: number | null,
  cause?: unknown,
): PlatformError {
  return new PlatformError(
    "PLATFORM_ERROR",
    `slack ${action} to ${where} failed: ${redactSecrets(problem)}`,
    {
      where,
      hint: "Slack could not be reached or answered with a server error; tracewire will retry",
      platform: "slack",
      status,
      permanent: false,
      cause: cause === undefined ? undefined : redactSecrets(String(cause)),
    },
  );
}

/** Slack codes are short snake_case words; anything else is cut down so a reply body cannot flood a message. */
function safeCode(text: string): string {
  const trimmed = text.trim();
  return /^[a-z0-9_]{1,60}$/.test(trimmed) ? trimmed : redactSecrets(trimmed.slice(0, 60));
}
