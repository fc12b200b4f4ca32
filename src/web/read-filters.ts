/**
 * Reads the archive's filters from a URL's query (`?q=scam&country=KH&topic=…&from=2025-01-01`), so every view
 * can be shared as a link. A wrong value is reported in words and left out, never guessed.
 */
import type { ArchiveFilters } from "../commands/archive-stories.js";
import { CLASSIFIED_COUNTRY_CODES } from "../commands/classified-country-codes.js";
import { TOPICS, type Topic } from "../model/classification.js";

export interface ReadFilters {
  filters: ArchiveFilters;
  /** One sentence per refused value. */
  problems: string[];
}

const DAY_MS = 86_400_000;

/** The filters in `params`; empty values mean "any". */
export function readFilters(params: URLSearchParams): ReadFilters {
  const filters: ArchiveFilters = {};
  const problems: string[] = [];
  const value = (name: string) => params.get(name)?.trim() ?? "";
  const q = value("q");
  if (q !== "") filters.q = q.slice(0, 200);
  const country = value("country").toUpperCase();
  if (country !== "") {
    if (CLASSIFIED_COUNTRY_CODES.includes(country)) filters.country = country;
    else problems.push(`country: "${country.slice(0, 20)}" is not a country code tracewire assigns`);
  }
  const topic = value("topic");
  if (topic !== "") {
    if ((TOPICS as readonly string[]).includes(topic)) filters.topic = topic as Topic;
    else problems.push(`topic: "${topic.slice(0, 40)}" is not one of ${TOPICS.join(", ")}`);
  }
  const language = value("language").toLowerCase();
  if (language !== "") {
    if (/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(language)) filters.language = language;
    else problems.push(`language: expected a language tag such as km or th, got "${language.slice(0, 20)}"`);
  }
  const entity = value("entity");
  if (entity !== "") filters.entity = entity.slice(0, 80);
  const outlet = value("outlet");
  if (outlet !== "") filters.outlet = outlet.slice(0, 80);
  const from = date("from", value("from"), problems);
  if (from) filters.from = from;
  // `to` names the last day wanted: the range ends before the next day.
  const to = date("to", value("to"), problems);
  if (to) filters.to = /^\d{4}-\d{2}-\d{2}$/.test(value("to")) ? plusDay(to) : to;
  const before = date("before", value("before"), problems);
  if (before) filters.before = before;
  return { filters, problems };
}

/** The query string of `filters` (without the cursor unless given), for links and the Atom feed. */
export function filterQuery(filters: ArchiveFilters, params: URLSearchParams): string {
  const out = new URLSearchParams();
  for (const name of ["q", "country", "topic", "language", "entity", "outlet", "from", "to"]) {
    const given = params.get(name)?.trim();
    if (given) out.set(name, given);
  }
  if (filters.before) out.set("before", filters.before);
  const text = out.toString();
  return text === "" ? "" : `?${text}`;
}

function date(name: string, text: string, problems: string[]): string | null {
  if (text === "") return null;
  const time = Date.parse(text);
  if (
    Number.isNaN(time) ||
    new Date(time).getUTCFullYear() < 1970 ||
    new Date(time).getUTCFullYear() > 2100
  ) {
    problems.push(`${name}: expected a date such as 2025-06-01, got "${text.slice(0, 30)}"`);
    return null;
  }
  return new Date(time).toISOString();
}

function plusDay(iso: string): string {
  return new Date(Date.parse(iso) + DAY_MS).toISOString();
}
