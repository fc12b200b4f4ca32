/**
 * The error catalogue. Every error tracewire reports has a permanent SCREAMING_SNAKE code, a message that
 * says what happened, a `where` (feed URL, channel, config path, file and line) and, when useful, a hint.
 * Messages never start with "Error:" and never contain secrets (tokens, webhook URLs).
 */
export const ERROR_CODES = {
  CONFIG_INVALID: "configuration is not valid",
  CONFIG_UNREADABLE: "configuration file cannot be read",
  FEED_TIMEOUT: "timed out",
  FEED_TOO_LARGE: "too large",
  FEED_TOO_MANY_REDIRECTS: "too many redirects",
  FEED_HTTP_STATUS: "HTTP error",
  FEED_RATE_LIMITED: "rate-limited",
  FEED_NETWORK: "network error",
  FEED_REFUSED_ADDRESS: "address refused",
  FEED_BAD_URL: "bad URL",
  FEED_NOT_A_FEED: "not a feed",
  FEED_MALFORMED: "malformed feed",
  FEED_EMPTY: "empty response",
  STORE_UNAVAILABLE: "store unavailable",
  STORE_CORRUPT: "store corrupt",
  STORE_LOCKED: "store locked",
  TARGET_INVALID: "target is not valid",
  PLATFORM_ERROR: "platform error",
  PLATFORM_RATE_LIMITED: "platform rate-limited",
  PLATFORM_TARGET_GONE: "target gone",
  PLATFORM_UNAUTHORISED: "not authorised",
  USAGE: "usage",
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface ErrorDetails {
  where?: string | undefined;
  hint?: string | undefined;
  cause?: unknown;
}

/** Base of every error tracewire raises on purpose. */
export class TracewireError extends Error {
  readonly code: ErrorCode;
  readonly where: string | undefined;
  readonly hint: string | undefined;

  constructor(code: ErrorCode, message: string, details: ErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = new.target.name;
    this.code = code;
    this.where = details.where;
    this.hint = details.hint;
  }

  /** The one line an operator reads: "where: message (hint)". */
  describe(): string {
    const head = this.where ? `${this.where}: ${this.message}` : this.message;
    return this.hint ? `${head}\n  hint: ${this.hint}` : head;
  }
}

/** Bad feeds.json, environment variable, CLI option or subscription filter. Exit code 2. */
export class ConfigError extends TracewireError {
  constructor(message: string, details: ErrorDetails = {}) {
    super("CONFIG_INVALID", message, details);
  }
}

/** A feed could not be fetched. Normal: recorded on the feed, never thrown past the pipeline. */
export class FeedFetchError extends TracewireError {
  readonly status: number | null;
  /** For FEED_RATE_LIMITED and 503: not before this many ms from now. */
  readonly retryAfterMs: number | null;
  constructor(
    code: ErrorCode,
    message: string,
    details: ErrorDetails & { status?: number | null; retryAfterMs?: number | null } = {},
  ) {
    super(code, message, details);
    this.status = details.status ?? null;
    this.retryAfterMs = details.retryAfterMs ?? null;
  }
}

/** A feed's body is not a feed or cannot be read as one. */
export class FeedParseError extends TracewireError {}

/** The store cannot be opened or used. Exit code 2 from the CLI. */
export class StoreError extends TracewireError {}

/** A Slack or Discord request failed. */
export class PlatformError extends TracewireError {
  readonly platform: "slack" | "discord" | "console";
  readonly status: number | null;
  readonly platformCode: string | null;
  /** Permanent: the target is gone or forbidden; stop retrying it. */
  readonly permanent: boolean;
  constructor(
    code: ErrorCode,
    message: string,
    details: ErrorDetails & {
      platform: "slack" | "discord" | "console";
      status?: number | null;
      platformCode?: string | null;
      permanent?: boolean;
    },
  ) {
    super(code, message, details);
    this.platform = details.platform;
    this.status = details.status ?? null;
    this.platformCode = details.platformCode ?? null;
    this.permanent = details.permanent ?? false;
  }
}

/** A platform asked us to wait. Waiting is not a failure and does not count as a retry. */
export class RateLimitedError extends PlatformError {
  readonly retryAfterMs: number;
  constructor(
    message: string,
    details: ErrorDetails & { platform: "slack" | "discord"; retryAfterMs: number; status?: number | null },
  ) {
    super("PLATFORM_RATE_LIMITED", message, { ...details, permanent: false });
    this.retryAfterMs = details.retryAfterMs;
  }
}

/** A CLI or slash command was used wrongly. Exit code 2. */
export class UsageError extends TracewireError {
  constructor(message: string, details: ErrorDetails = {}) {
    super("USAGE", message, details);
  }
}

/** Any thrown value as a one-line description, without stack traces. */
export function describeError(error: unknown): string {
  if (error instanceof TracewireError) return error.describe();
  if (error instanceof Error) return error.message;
  return String(error);
}
