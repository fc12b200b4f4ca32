/**
 * Checks the codes given to --country and --topic against what the classifier can assign (its gazetteer and
 * its topic list), so `search scam --country xx` is a usage error listing the valid codes instead of an
 * empty answer that blames the query.
 */
import { CLASSIFIED_COUNTRY_CODES } from "../commands/classified-country-codes.js";
import { UsageError } from "../errors.js";
import { TOPICS } from "../model/classification.js";

export { CLASSIFIED_COUNTRY_CODES };

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
