/** Reads the shared --relevant / --country / --topic / --since options into a store query. */
import { UsageError } from "../errors.js";
import { TOPICS, type Topic } from "../model/classification.js";
import type { ItemQuery } from "../store/store.js";

export interface ItemFilterOptions {
  relevant?: boolean;
  country?: string;
  topic?: string;
  since?: string;
}

/** Validates the options; a wrong value names the option and what it expects. */
export function itemFilters(options: ItemFilterOptions): ItemQuery {
  const query: ItemQuery = {};
  if (options.relevant) query.relevant = true;
  if (options.country !== undefined) {
    if (!/^[A-Za-z]{2}$/.test(options.country)) {
      throw new UsageError(
        `--country: expected an ISO 3166-1 alpha-2 code such as KH, got "${options.country}"`,
      );
    }
    query.country = options.country.toUpperCase();
  }
  if (options.topic !== undefined) {
    if (!(TOPICS as readonly string[]).includes(options.topic)) {
      throw new UsageError(`--topic: expected one of ${TOPICS.join(", ")}, got "${options.topic}"`);
    }
    query.topic = options.topic as Topic;
  }
  if (options.since !== undefined) query.since = dateOption("--since", options.since);
  return query;
}

/** The years a date flag may name: an archive of news has nothing before 1970, and nothing after 2100. */
const FIRST_YEAR = 1970;
const LAST_YEAR = 2100;

/**
 * A date flag's value as ISO 8601 UTC. Outside 1970–2100 it is refused: `+099999-01-01T…` once compared as
 * text below every stored date, so `export --since 99999-01-01` printed every item (issue 15).
 */
export function dateOption(flag: string, value: string): string {
  const time = Date.parse(value);
  if (Number.isNaN(time)) throw new UsageError(`${flag}: expected a date such as 2026-11-01, got "${value}"`);
  const year = new Date(time).getUTCFullYear();
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    throw new UsageError(
      `${flag}: expected a date between ${FIRST_YEAR} and ${LAST_YEAR}, got "${value}" (year ${year})`,
    );
  }
  return new Date(time).toISOString();
}

/** Reads a positive whole number option. */
export function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) < 1) {
    throw new UsageError(`${name}: expected a whole number of at least 1, got "${value}"`);
  }
  return Number(value);
}
