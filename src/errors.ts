/**
 * The error catalogue. Every error tracewire reports has a permanent SCREAMING_SNAKE code, a message that
 * says what happened, a `where` (feed URL, channel, config path, file and line) and, when useful, a hint.
 * Each code's entry names the exit code the CLI returns and a default hint.
 * Messages never start with "Error:" and never contain secrets (tokens, webhook URLs).
 */
/** One entry of the catalogue (after Astro's errors-data): a permanent name, a title, an exit code, a hint. */
export interface ErrorData {
  /** A few words naming the failure, as permanent as its code. */
  readonly title: string;
  /**
   * What the CLI exits with when this error stops a command: 2 when the operator can fix it where they stand
   * (configuration, usage, the store), 1 for everything else.
   */
  readonly exitCode: 1 | 2;
  /** What to do, said when the place that raised the error has no more specific hint. */
  readonly hint?: string;
}

const CATALOGUE = {
  CONFIG_INVALID: { title: "configuration is not valid", exitCode: 2 },
  FEED_TIMEOUT: {
    title: "timed out",
    exitCode: 1,
    hint: "the server is slow or not answering; tracewire tries again later",
  },
  FEED_TOO_LARGE: {
    title: "too large",
    exitCode: 1,
    hint: "raise the fetch size cap if this feed is really that big",
  },
  FEED_TOO_MANY_REDIRECTS: {
    title: "too many redirects",
    exitCode: 1,
    hint: "the server redirects in a loop; use the feed's final URL in feeds.json",
  },
  FEED_HTTP_STATUS: {
    title: "HTTP error",
    exitCode: 1,
    hint: "the server answered with an error; tracewire tries again later",
  },
  FEED_RATE_LIMITED: {
    title: "rate-limited",
    exitCode: 1,
    hint: "tracewire will not ask this feed again before the time the server asked for",
  },
  FEED_NETWORK: {
    title: "network error",
    exitCode: 1,
    hint: "the server could not be reached or its answer could not be read; tracewire tries again later",
  },
  FEED_REFUSED_ADDRESS: {
    title: "address refused",
    exitCode: 1,
    hint: "tracewire only fetches public addresses unless told otherwise",
  },
  FEED_BAD_URL: {
    title: "bad URL",
    exitCode: 1,
    hint: "use an absolute http:// or https:// URL in feeds.json",
  },
  FEED_NOT_A_FEED: {
    title: "not a feed",
    exitCode: 1,
    hint: "check the feed's URL in a browser: it should show RSS, RDF or Atom XML",
  },
  FEED_MALFORMED: {
    title: "malformed feed",
    exitCode: 1,
    hint: "the publisher's feed is broken; it is retried on the next poll",
  },
  FEED_EMPTY: {
    title: "empty response",
    exitCode: 1,
    hint: "the server sent nothing; it is retried on the next poll",
  },
  STORE_UNAVAILABLE: {
    title: "store unavailable",
    exitCode: 2,
    hint: "check DATABASE_URL and that the database can be reached and written",
  },
  STORE_CORRUPT: {
    title: "store corrupt",
    exitCode: 2,
    hint: "check that DATABASE_URL names the right database; otherwise restore a backup",
  },
  STORE_LOCKED: {
    title: "store locked",
    exitCode: 2,
    hint: "another process holds the database's write lock: wait or stop it and try again",
  },
  PLATFORM_ERROR: { title: "platform error", exitCode: 1 },
  PLATFORM_RATE_LIMITED: { title: "platform rate-limited", exitCode: 1 },
  PLATFORM_TARGET_GONE: { title: "target gone", exitCode: 1 },
  PLATFORM_UNAUTHORISED: { title: "not authorised", exitCode: 1 },
  USAGE: { title: "usage", exitCode: 2 },
} satisfies Record<string, ErrorData>;

export type ErrorCode = keyof typeof CATALOGUE;

/** Every error code tracewire raises, with its title, exit code and default hint. */
export const ERROR_CODES: Readonly<Record<ErrorCode, ErrorData>> = CATALOGUE;

/** What a command that failed with anything else (a bug, a crash in a library) exits with. */
export const UNEXPECTED_EXIT_CODE = 1;

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
    this.hint = details.hint ?? ERROR_CODES[code].hint;
  }

  /** The one line an operator reads: "where: message (hint)". */
  describe(): string {
    const head = this.where ? `${this.where}: ${this.message}` : this.message;
    return this.hint ? `${head}\n  hint: ${this.hint}` : head;
  }
}

/** Bad feeds.json, environment variable, CLI option or subscription filter. */
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

/** The store cannot be opened or used. */
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

/** A CLI or slash command was used wrongly. */
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

/** The exit code of a command stopped by `error`: its catalogue entry's, or UNEXPECTED_EXIT_CODE. */
export function exitCodeOf(error: unknown): number {
  return error instanceof TracewireError ? ERROR_CODES[error.code].exitCode : UNEXPECTED_EXIT_CODE;
}
