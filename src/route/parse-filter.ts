/**
 * Checks what an operator typed for a subscription (`tracewire subscribe`, `/tracewire subscribe`): the filter
 * options, the digest schedule, the quiet hours and the time zone. Each function returns the clean value or
 * throws a ConfigError whose message names the option, repeats the bad value and shows a good one.
 */
import { validateDetailed } from "node-cron";
import { ConfigError } from "../errors.js";
import { TOPICS, type Topic, URGENCIES, type Urgency } from "../model/classification.js";
import { isLanguage, LANGUAGES } from "../model/language.js";
import { type DeliveryMode, defaultFilter, type SubscriptionFilter } from "../model/subscription.js";
import { baseLanguage } from "../text/item-language.js";
import {
  optionFlag,
  SCOPES,
  type SubscriptionOptionKey,
  subscriptionOption,
} from "./subscription-options.js";

// ISO 3166-1 alpha-2, the 249 officially assigned codes (ISO 3166 Maintenance Agency, online browsing platform).
const COUNTRY_CODES = new Set(
  (
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW " +
    "BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI " +
    "FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN " +
    "IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME " +
    "MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF " +
    "PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV " +
    "SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE " +
    "YT ZA ZM ZW"
  ).split(" "),
);

// Codes people type that ISO reserves for something else or retired.
const COUNTRY_HINTS: Record<string, string> = {
  UK: "GB",
  BU: "MM",
  EL: "GR",
  TP: "TL",
  XK: "no ISO code yet",
};

// node-cron's field names, as a cron man page spells them.
const FIELD_NAMES: Record<string, string> = { dayOfMonth: "day-of-month", dayOfWeek: "day-of-week" };

/** The filter's options as typed: the filter rows of the subscription options table. */
export type FilterOptions = {
  [K in Extract<
    SubscriptionOptionKey,
    "scope" | "countries" | "topics" | "outlets" | "languages" | "minUrgency" | "keywords" | "entities"
  >]?: string | undefined;
};

/** The subscription filter for the given command-line style options (comma lists), defaults for the rest. */
export function parseFilter(options: FilterOptions): SubscriptionFilter {
  const filter = defaultFilter();
  const scope = options.scope?.trim().toLowerCase();
  if (scope) {
    if (!(SCOPES as readonly string[]).includes(scope)) {
      throw new ConfigError(
        `${optionFlag("scope")}: "${options.scope}" is not a scope; use sea (relevant and Southeast Asia) or all (every relevant item)`,
      );
    }
    filter.scope = scope as SubscriptionFilter["scope"];
  }
  filter.countries = [...new Set(splitList(options.countries).map((code) => parseCountry(code)))];
  filter.topics = [...new Set(splitList(options.topics).map((topic) => parseTopic(topic)))];
  filter.outlets = splitList(options.outlets);
  const urgency = options.minUrgency?.trim().toLowerCase();
  if (urgency) filter.minUrgency = parseUrgency(urgency, options.minUrgency ?? "");
  filter.keywords = splitList(options.keywords);
  filter.languages = [...new Set(splitList(options.languages).map((code) => parseLanguage(code)))];
  filter.entities = [...new Set(splitList(options.entities).map((id) => parseEntityId(id)))];
  return filter;
}

/** The delivery mode (digest when absent), case-insensitive. */
export function parseMode(text: string | undefined): DeliveryMode {
  const mode = (text ?? subscriptionOption("mode").cliDefault ?? "digest").toLowerCase();
  const modes = subscriptionOption("mode").choices ?? [];
  if (modes.includes(mode)) return mode as DeliveryMode;
  throw new ConfigError(`${optionFlag("mode")}: expected ${modes.join(" or ")}, got ${JSON.stringify(text)}`);
}

/** A digest schedule: five cron fields (minute hour day-of-month month day-of-week), checked by node-cron. */
export function parseSchedule(cron: string): string {
  const fields = cron
    .trim()
    .split(/\s+/)
    .filter((field) => field.length > 0);
  const example = 'e.g. "0 8 * * 1-5" is 08:00 on weekdays';
  if (fields.length !== 5) {
    throw new ConfigError(
      `${optionFlag("schedule")}: "${cron}" has ${fields.length} field${fields.length === 1 ? "" : "s"}; a schedule has 5: minute hour day-of-month month day-of-week (${example})`,
    );
  }
  const expression = fields.join(" ");
  const result = validateDetailed(expression);
  if (!result.valid) {
    const first = result.errors[0];
    const field = first ? (FIELD_NAMES[first.field] ?? first.field) : "";
    const what = first && first.field !== "expression" ? `the ${field} field "${first.value ?? ""}"` : "it";
    throw new ConfigError(`${optionFlag("schedule")}: "${cron}": ${what} is not valid cron (${example})`);
  }
  return expression;
}

/** Quiet hours "HH:MM-HH:MM" (may wrap midnight) as minutes after local midnight. */
export function parseQuietHours(text: string): { startMinute: number; endMinute: number } {
  const match = /^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$/.exec(text);
  const bad = (why: string): ConfigError =>
    new ConfigError(
      `${optionFlag("quiet")}: "${text}" ${why}; write HH:MM-HH:MM in 24-hour time, e.g. 22:00-07:00`,
    );
  if (!match) throw bad("is not a time range");
  const [startHour, startMin, endHour, endMin] = match.slice(1, 5).map(Number) as [
    number,
    number,
    number,
    number,
  ];
  if (startHour > 23 || endHour > 23 || startMin > 59 || endMin > 59) throw bad("is not a time of day");
  const startMinute = startHour * 60 + startMin;
  const endMinute = endHour * 60 + endMin;
  if (startMinute === endMinute) throw bad("starts and ends at the same minute");
  return { startMinute, endMinute };
}

/** An IANA time zone name, as Intl spells it (e.g. "asia/bangkok" becomes "Asia/Bangkok"). */
export function parseTimeZone(tz: string): string {
  const name = tz.trim();
  try {
    if (name.length === 0) throw new RangeError("empty");
    return new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    throw new ConfigError(
      `${optionFlag("tz")}: "${tz}" is not an IANA time zone (e.g. Asia/Bangkok, Europe/Berlin, UTC)`,
    );
  }
}

function parseCountry(text: string): string {
  const code = text.toUpperCase();
  if (COUNTRY_CODES.has(code)) return code;
  const hint = COUNTRY_HINTS[code];
  throw new ConfigError(
    `${optionFlag("countries")}: "${text}" is not an ISO 3166-1 alpha-2 country code (e.g. KH, MM, LA)`,
    hint ? { hint: hint.length === 2 ? `did you mean ${hint}?` : hint } : {},
  );
}

function parseTopic(text: string): Topic {
  const topic = text.toLowerCase().replace(/[\s-]+/g, "_");
  if ((TOPICS as readonly string[]).includes(topic)) return topic as Topic;
  throw new ConfigError(`${optionFlag("topics")}: "${text}" is not a topic; use one of ${TOPICS.join(", ")}`);
}

function parseUrgency(text: string, typed: string): Urgency {
  if ((URGENCIES as readonly string[]).includes(text)) return text as Urgency;
  throw new ConfigError(
    `${optionFlag("minUrgency")}: "${typed}" is not an urgency; use one of ${URGENCIES.join(", ")}`,
  );
}

// Comma-separated, trimmed, empties dropped; a double-quoted part may itself contain commas.
function splitList(text: string | undefined): string[] {
  if (!text) return [];
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (char === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += char;
  }
  parts.push(current);
  return [
    ...new Set(parts.map((part) => part.trim().replace(/\s+/g, " ")).filter((part) => part.length > 0)),
  ];
}

/**
 * A watched entity id as typed ("Prince-Group" → "prince-group"). Only its form is checked here; whether the
 * watchlist has it is the subscribe command's check (commands/check-entity-ids.ts), which knows the store.
 */
function parseEntityId(text: string): string {
  const id = text.trim().toLowerCase();
  if (/^[a-z0-9][a-z0-9-]{0,63}$/.test(id)) return id;
  throw new ConfigError(
    `${optionFlag("entities")}: "${text}" is not a watched entity id; ids look like prince-group (tracewire watchlist list shows them)`,
  );
}

/** A language code tracewire reads ("th", "zh-Hant" → "zh"), or a ConfigError naming the ones it knows. */
function parseLanguage(text: string): string {
  const code = baseLanguage(text);
  if (code !== null && isLanguage(code)) return code;
  throw new ConfigError(
    `${optionFlag("languages")}: "${text}" is not a language tracewire reads; use codes from ${LANGUAGES.join(", ")}`,
  );
}
