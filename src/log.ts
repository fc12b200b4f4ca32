import pino, { type Logger } from "pino";

export type { Logger };

/** Paths pino blanks out wherever they appear in a log record. */
export const REDACT_PATHS = [
  "token",
  "*.token",
  "authorization",
  "*.authorization",
  "headers.authorization",
  "*.headers.authorization",
  "signingSecret",
  "*.signingSecret",
  "webhook_url",
  "*.webhook_url",
  "target",
  "*.target",
  "response_url",
  "*.response_url",
];

const SECRET_PATTERNS: RegExp[] = [
  /xox[abposr]-[A-Za-z0-9-]+/g,
  /xapp-[A-Za-z0-9-]+/g,
  /https:\/\/hooks\.slack\.com\/[^\s"']+/g,
  /(\/api(?:\/v\d+)?\/webhooks\/\d+\/)[A-Za-z0-9_-]+/g,
  /(\/webhooks\/\d+\/)[A-Za-z0-9_-]{20,}/g,
];

/** Replaces tokens and webhook secrets inside free text with «redacted». */
export function redactSecrets(text: string): string {
  let out = text;
  for (const pattern of SECRET_PATTERNS) {
    out = out.replace(pattern, (_match, prefix: unknown) =>
      typeof prefix === "string" ? `${prefix}«redacted»` : "«redacted»",
    );
  }
  return out;
}

export interface LogOptions {
  level?: string | undefined;
  /** Pretty output for a person at a terminal; JSON otherwise. */
  pretty?: boolean | undefined;
  /** Where to write; stderr by default (stdout is for human output). */
  destination?: NodeJS.WritableStream | undefined;
}

/** Creates the process logger: pino JSON to stderr, pretty when a person is watching, secrets redacted. */
export function createLogger(options: LogOptions = {}): Logger {
  const level = options.level ?? "info";
  const pretty = options.pretty ?? (process.stderr.isTTY === true && !process.env["CI"]);
  const base = {
    level,
    redact: { paths: REDACT_PATHS, censor: "«redacted»" },
    formatters: {
      log(object: Record<string, unknown>) {
        if (typeof object["err"] === "object" && object["err"] !== null) {
          const err = object["err"] as { message?: unknown };
          if (typeof err.message === "string") err.message = redactSecrets(err.message);
        }
        return object;
      },
    },
    hooks: {
      logMethod(this: Logger, args: unknown[], method: (...a: unknown[]) => void) {
        method.apply(
          this,
          args.map((a) => (typeof a === "string" ? redactSecrets(a) : a)),
        );
      },
    },
  };
  if (pretty) {
    return pino({
      ...base,
      transport: { target: "pino-pretty", options: { destination: 2, colorize: !process.env["NO_COLOR"] } },
    });
  }
  return pino(base, (options.destination as pino.DestinationStream | undefined) ?? pino.destination(2));
}

/** A logger that drops everything (tests and library use). */
export function silentLogger(): Logger {
  return pino({ level: "silent" });
}
