/**
 * Every option of a subscription, once: its name, its flag, its help, its choices and the kind of value it
 * takes. The CLI flags of `tracewire subscribe` (cli/register-verbs.ts), the Slack usage line and flag parser
 * (bot/command-text.ts), the Discord option specs (bot/discord/commands.ts) and the messages of the filter
 * parser (route/parse-filter.ts) are all generated from this table, so a new option is one new row.
 */
import { URGENCIES } from "../model/classification.js";
import { DELIVERY_MODES } from "../model/subscription.js";

/** The subscription scopes: `sea` is relevant and Southeast Asia, `all` every relevant item. */
export const SCOPES = ["sea", "all"] as const;

/** Whether later reports of a delivered story are sent as follow-ups (issue 19). */
export const FOLLOW_UPS = ["on", "off"] as const;

/** The digest schedule when none is given: 08:00 every day. */
export const DEFAULT_DIGEST_SCHEDULE = "0 8 * * *";

/** The briefing schedule when none is given: Mondays 09:00 in the subscription's zone. */
export const DEFAULT_BRIEFING_SCHEDULE = "0 9 * * 1";

/** What an option's value is, which decides how it is parsed and how the usage line shows it. */
export type OptionValueKind = "choice" | "list" | "cron" | "zone" | "time-range" | "hours";

export interface SubscriptionOption {
  /** The property it sets on the subscribe input (`minUrgency`). */
  key: string;
  /** The flag on the CLI and in Slack text (`--min-urgency`). */
  flag: `--${string}`;
  /** Other flags Slack text accepts for it (`--country` for `--countries`). */
  aliases?: readonly `--${string}`[];
  /** The value's placeholder in CLI help (`--min-urgency <urgency>`). */
  placeholder: string;
  kind: OptionValueKind;
  /** What it does, with an example or the default: CLI help and Discord description (at most 100 characters). */
  help: string;
  /** The accepted values, when they are a fixed set. */
  choices?: readonly string[];
  /** An example value for the Slack usage line, when there are no choices. */
  example?: string;
  /** The CLI default, shown in `--help`. */
  cliDefault?: string;
  /** The most characters Discord lets a user type. */
  maxLength?: number;
  /** Only on the CLI (the bots have no way to set it). */
  cliOnly?: boolean;
}

/** The table: in the order the CLI help, the Slack usage line and the Discord form show the options. */
export const SUBSCRIPTION_OPTIONS = [
  {
    key: "mode",
    flag: "--mode",
    placeholder: "mode",
    kind: "choice",
    help: "digest (on a schedule), alert (immediate, as found) or briefing (weekly, with a chart)",
    choices: DELIVERY_MODES,
    cliDefault: "digest",
  },
  {
    key: "scope",
    flag: "--scope",
    placeholder: "scope",
    kind: "choice",
    help: "sea: relevant and Southeast Asia (default); all: every relevant item",
    choices: SCOPES,
  },
  {
    key: "countries",
    flag: "--countries",
    aliases: ["--country"],
    placeholder: "codes",
    kind: "list",
    help: "comma list of ISO 3166-1 alpha-2 codes, e.g. KH,MM",
    example: "KH,MM",
    maxLength: 100,
  },
  {
    key: "topics",
    flag: "--topics",
    aliases: ["--topic"],
    placeholder: "topics",
    kind: "list",
    help: "comma list of topics, e.g. scam_compounds,rescue_repatriation",
    example: "scam_compounds,…",
    maxLength: 300,
  },
  {
    key: "outlets",
    flag: "--outlets",
    aliases: ["--outlet"],
    placeholder: "outlets",
    kind: "list",
    help: "comma list of outlets, e.g. Reuters,VOA",
    example: "Reuters,VOA",
    maxLength: 300,
  },
  {
    key: "languages",
    flag: "--languages",
    aliases: ["--language"],
    placeholder: "codes",
    kind: "list",
    help: "comma list of language codes, e.g. vi,th (default: every language; en for English only)",
    example: "vi,th",
    maxLength: 100,
  },
  {
    key: "minUrgency",
    flag: "--min-urgency",
    placeholder: "urgency",
    kind: "choice",
    help: "lowest urgency to send: breaking, normal or background",
    choices: URGENCIES,
  },
  {
    key: "keywords",
    flag: "--keywords",
    placeholder: "phrases",
    kind: "list",
    help: 'comma list of phrases, e.g. "KK Park,Shwe Kokko"',
    example: '"KK Park,Shwe Kokko"',
    maxLength: 300,
  },
  {
    key: "entities",
    flag: "--entities",
    aliases: ["--entity"],
    placeholder: "ids",
    kind: "list",
    help: "comma list of watched entity ids, e.g. prince-group,kk-park (alerts: every mention)",
    example: "prince-group,kk-park",
    maxLength: 300,
  },
  {
    key: "schedule",
    flag: "--schedule",
    placeholder: "cron",
    kind: "cron",
    help: `digest or briefing schedule, cron, e.g. "0 8 * * 1-5" (default "${DEFAULT_DIGEST_SCHEDULE}"; briefing "${DEFAULT_BRIEFING_SCHEDULE}")`,
    example: '"0 8 * * 1-5"',
    maxLength: 100,
  },
  {
    key: "tz",
    flag: "--tz",
    placeholder: "zone",
    kind: "zone",
    help: "time zone of the schedule and quiet hours, e.g. Asia/Bangkok",
    example: "Asia/Bangkok",
    maxLength: 64,
  },
  {
    key: "quiet",
    flag: "--quiet",
    placeholder: "hours",
    kind: "time-range",
    help: "quiet hours for alerts, e.g. 22:00-07:00 (breaking news still goes out)",
    example: "22:00-07:00",
    maxLength: 20,
  },
  {
    key: "followUps",
    flag: "--follow-ups",
    placeholder: "on|off",
    kind: "choice",
    help: "later reports of a story already sent: in its thread or an update line (on, default), or off",
    choices: FOLLOW_UPS,
  },
  {
    key: "backfillHours",
    flag: "--backfill-hours",
    placeholder: "n",
    kind: "hours",
    help: "also send matching stories published this many hours back (default 24)",
    cliOnly: true,
  },
] as const satisfies readonly SubscriptionOption[];

export type SubscriptionOptionKey = (typeof SUBSCRIPTION_OPTIONS)[number]["key"];

/** The options the bots take (every one but the CLI-only ones). */
export type BotOptionKey = Exclude<SubscriptionOptionKey, "backfillHours">;

/** The option with this key. */
export function subscriptionOption(key: SubscriptionOptionKey): SubscriptionOption {
  return SUBSCRIPTION_OPTIONS.find((option) => option.key === key) as SubscriptionOption;
}

/** The flag of the option with this key, as error messages name it (`--min-urgency`). */
export function optionFlag(key: SubscriptionOptionKey): string {
  return subscriptionOption(key).flag;
}

/** The options the bots take, in table order. */
export function botOptions(): (SubscriptionOption & { key: BotOptionKey })[] {
  return SUBSCRIPTION_OPTIONS.filter(
    (option) => !("cliOnly" in option && option.cliOnly),
  ) as (SubscriptionOption & {
    key: BotOptionKey;
  })[];
}

/** An option's name in Discord's form: the flag without dashes, words joined by `_` (`min_urgency`). */
export function discordOptionName(option: SubscriptionOption): string {
  return option.flag.slice(2).replace(/-/g, "_");
}
