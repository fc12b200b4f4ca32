/** The country codes the classifier can put on an item: what --country and the web archive's filter accept. */
import { ACRONYM_COUNTRIES, GAZETTEER } from "../classify/lexicon/gazetteer.js";

/** Every country code the classifier can put on an item, sorted. */
export const CLASSIFIED_COUNTRY_CODES: readonly string[] = [
  ...new Set([...GAZETTEER, ...ACRONYM_COUNTRIES].map(([, code]) => code).filter((code) => code !== "")),
].sort();
