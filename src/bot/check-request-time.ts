/**
 * The replay window both chat platforms' signed requests must fall in: Slack's X-Slack-Request-Timestamp and
 * Discord's X-Signature-Timestamp are Unix seconds, signed with the body. A request signed more than five
 * minutes ago, or more than one minute ahead of our clock, is refused: Slack's rule
 * (api.slack.com/authentication/verifying-requests-from-slack, "more than five minutes"), applied to Discord
 * too, whose docs leave the window to the app. The clock is a parameter, so tests need no fake timers.
 */

/** How old a signed request may be. */
export const MAX_REQUEST_AGE_MS = 5 * 60_000;
/** How far ahead of our clock a signed request may be (clock skew). */
export const MAX_REQUEST_AHEAD_MS = 60_000;

/**
 * Remembers a signature seen at the door; resolves true the first time, false when it was seen before (a
 * replay). Optional: the store-backed one, shared by replicas, is slotted in by the composition root.
 */
export type RememberSignature = (signature: string, platform: "slack" | "discord") => Promise<boolean>;

/** Null when `timestamp` (Unix seconds, as the header carries it) is within the window at `now`, else why not. */
export function checkRequestTime(header: string, timestamp: string | undefined, now: Date): string | null {
  if (timestamp === undefined || !/^\d{1,12}$/.test(timestamp)) {
    return `${header} must be Unix seconds, got ${timestamp === undefined ? "nothing" : JSON.stringify(timestamp.slice(0, 40))}`;
  }
  const skewMs = now.getTime() - Number(timestamp) * 1000;
  if (skewMs > MAX_REQUEST_AGE_MS) {
    return `${header} is ${Math.round(skewMs / 1000)} s old; requests older than 5 minutes are refused as replays (check this server's clock)`;
  }
  if (-skewMs > MAX_REQUEST_AHEAD_MS) {
    return `${header} is ${Math.round(-skewMs / 1000)} s in the future; more than 1 minute ahead is refused (check this server's clock)`;
  }
  return null;
}
