/**
 * Checks the codes given to --country and --topic against what the classifier can assign (its gazetteer and
 * its topic list), so `search scam --country xx` is a usage error listing the valid codes instead of an
 * empty answer that blames the query.
 */
import { ACRONYM_COUNTRIES, GAZETTEER } from "../classify/lexicon/gazetteer.js";
import { UsageError } from "../errors.js";
import { TOPICS } from "../model/classification.js";

/** Every country code the classifier can put on an item, sorted. */
export const CLASSIFIED_COUNTRY_CODES: readonly string[] = [
  ...new Set([...GAZETTEER, ...ACRONYM_COUNTRIES].map(([, code]) => code).filter((code) => code !== "")),
].sort();

/** Throws a UsageError naming the option and the valid codes when a country or topic code is unknown. */
export function checkItemFilterCodes(options: { country?: string; topic?: string }): void {
  const { country, topic } = options;
  if (country !== undefined && !CLASSIFIED_COUNTRY_CODES.includes(country.toUpperCase())) {
    throw new UsageError(
      `--country: "${country}" is not a country code tracewire assigns; use one of ${CLASSIFIED_COUNTRY_CODES.join(", ")}`,
    );
  }
  if (topic !== undefined && !(TOPICS as readonly string[]).includes(topic)) {
    throw new UsageError(
      `--topic: "${topic}" is not a topic tracewire assigns; use one of ${TOPICS.join(", ")}`,
    );
  }
}
