/**
 * Every environment variable tracewire reads, with its default, in one table. Secrets are marked so that
 * messages about them never print their value.
 */
import { z } from "zod";

const flag = z
  .enum(["0", "1", "true", "false", "yes", "no", ""], { message: "expected 1 or 0" })
  .transform((v) => v === "1" || v === "true" || v === "yes");

const positiveInt = (max: number) =>
  z
    .string()
    .regex(/^\d+$/, { message: "expected a whole number" })
    .transform(Number)
    .refine((n) => n >= 1 && n <= max, { message: `expected a number from 1 to ${max}` });

const baseUrl = z.string().refine(
  (v) => {
    try {
      return ["http:", "https:"].includes(new URL(v).protocol);
    } catch {
      return false;
    }
  },
  { message: "expected an http(s) URL" },
);

/**
 * The defaults the code below the config also needs (fetch caps, the item cap): written here once, read by the
 * schema and by `fetch/fetch-options.ts`, so an operator's value and the built-in one can never disagree.
 */
export const ENV_DEFAULTS = {
  TRACEWIRE_FETCH_TIMEOUT_MS: 30_000, // 30 s
  TRACEWIRE_MAX_FEED_BYTES: 10 * 1024 * 1024, // 10 MB on the wire
  TRACEWIRE_MAX_DECODED_BYTES: 20 * 1024 * 1024, // 20 MB after decompression
  TRACEWIRE_MAX_REDIRECTS: 5,
  TRACEWIRE_MAX_ITEMS_PER_FEED: 500, // up to 10 000
  TRACEWIRE_FETCH_CONCURRENCY: 8,
} as const;

export const SECRET_ENV = new Set([
  "SLACK_BOT_TOKEN",
  "SLACK_SIGNING_SECRET",
  "SLACK_APP_TOKEN",
  "DISCORD_TOKEN",
  "TRACEWIRE_WEB_TOKEN",
]);

export const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^(sqlite:|postgres:\/\/|postgresql:\/\/)/, {
      message: "expected sqlite:PATH, postgres://… or postgresql://…",
    })
    .default("sqlite:./data/tracewire.db"),
  DATABASE_POOL_SIZE: positiveInt(200).default(10),
  FEEDS_FILE: z.string().min(1).default("./feeds.json"),
  WATCHLIST_FILE: z.string().min(1).default("./watchlist.json"),
  PORT: positiveInt(65_535).default(3000),
  TZ: z
    .string()
    .optional()
    .refine(
      (tz) => {
        if (tz === undefined || tz === "" || tz.startsWith(":")) return true;
        try {
          new Intl.DateTimeFormat("en", { timeZone: tz });
          return true;
        } catch {
          return false;
        }
      },
      { message: "expected an IANA time zone such as Asia/Bangkok" },
    ),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  NO_COLOR: z.string().optional(),
  TRACEWIRE_ALLOW_PRIVATE_HOSTS: flag.default(false),
  SLACK_BOT_TOKEN: z
    .string()
    .regex(/^xox[bp]-/, { message: "expected a bot token starting with xoxb-" })
    .optional(),
  SLACK_SIGNING_SECRET: z.string().min(8, { message: "expected the app's signing secret" }).optional(),
  SLACK_APP_TOKEN: z
    .string()
    .regex(/^xapp-/, { message: "expected an app-level token starting with xapp-" })
    .optional(),
  SLACK_API_URL: baseUrl.default("https://slack.com/api/"),
  DISCORD_TOKEN: z.string().min(20, { message: "expected the bot token" }).optional(),
  DISCORD_APPLICATION_ID: z
    .string()
    .regex(/^\d{17,20}$/, { message: "expected a numeric application id" })
    .optional(),
  DISCORD_PUBLIC_KEY: z
    .string()
    .regex(/^[0-9a-f]{64}$/i, { message: "expected 64 hex characters" })
    .optional(),
  DISCORD_API_URL: baseUrl.default("https://discord.com/api"),
  TRACEWIRE_FETCH_TIMEOUT_MS: positiveInt(600_000).default(ENV_DEFAULTS.TRACEWIRE_FETCH_TIMEOUT_MS),
  TRACEWIRE_MAX_FEED_BYTES: positiveInt(1_000_000_000).default(ENV_DEFAULTS.TRACEWIRE_MAX_FEED_BYTES),
  TRACEWIRE_MAX_DECODED_BYTES: positiveInt(2_000_000_000).default(ENV_DEFAULTS.TRACEWIRE_MAX_DECODED_BYTES),
  TRACEWIRE_MAX_REDIRECTS: positiveInt(20).default(ENV_DEFAULTS.TRACEWIRE_MAX_REDIRECTS),
  TRACEWIRE_MAX_ITEMS_PER_FEED: positiveInt(10_000).default(ENV_DEFAULTS.TRACEWIRE_MAX_ITEMS_PER_FEED),
  TRACEWIRE_FETCH_CONCURRENCY: positiveInt(256).default(ENV_DEFAULTS.TRACEWIRE_FETCH_CONCURRENCY),
  TRACEWIRE_BACKFILL_HOURS: positiveInt(24 * 365).default(24),
  /** A feed with no new item for this many days is silent (feed health, the weekly briefing). */
  TRACEWIRE_SILENT_DAYS: positiveInt(365).default(14),
  /** A feed with no new item for this many times its usual gap is silent, sooner than TRACEWIRE_SILENT_DAYS. */
  TRACEWIRE_SILENT_GAP_FACTOR: positiveInt(100).default(3),
  /** The web archive on PORT (issue 18): on by default, for this machine only unless TRACEWIRE_WEB_TOKEN is set. */
  TRACEWIRE_WEB: z.enum(["on", "off"], { message: "expected on or off" }).default("on"),
  TRACEWIRE_WEB_TOKEN: z
    .string()
    .min(16, { message: "expected a token of at least 16 characters (e.g. from openssl rand -hex 24)" })
    .optional(),
  /** Where readers reach the web archive (https://archive.example.org): chat messages link stories there, a
   * webhook's weekly briefing links its trends page. */
  TRACEWIRE_PUBLIC_URL: baseUrl.optional(),
  /**
   * Keep non-relevant items this many days (published and first seen), then prune them (issue 21); unset keeps
   * everything. Relevant items and every item of a delivered or relevant story are always kept.
   */
  TRACEWIRE_RETENTION_DAYS: positiveInt(36_500).optional(),
  /** Overrides every feed's interval (seconds) — for demos, tests and benchmarks. */
  TRACEWIRE_POLL_INTERVAL_SECONDS: positiveInt(86_400).optional(),
});

export type Env = z.output<typeof envSchema>;
