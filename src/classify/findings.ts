import type { Topic, Urgency } from "../model/classification.js";
import type { Cue, RelevanceResult } from "./relevance.js";
import type { TokenizedText } from "./tokenize-text.js";

/** What a reader (English or a language pack) found in an item, before it is explained as a Classification. */
export interface Findings {
  relevance: RelevanceResult;
  /** ISO 3166-1 alpha-2 codes, most prominent first. */
  countries: string[];
  sea: boolean;
  /** First Southeast Asian place named, as written. */
  seaPlace: string | null;
  /** The place named nearest the strongest cue, as written, for "near 'Campuchia'". */
  nearPlace: string | null;
  topics: Topic[];
  topicCues: Map<Topic, Cue>;
  urgency: Urgency;
  urgencyCue: Cue | null;
  /** The English reader's word tokens of title and summary, which entity tagging reuses for plain text. */
  words?: TokenizedText;
}

/**
 * The place named nearest the strongest cue (positions in tokens or characters, as the reader counts them),
 * for "near 'Campuchia'"; the fallback (the first Southeast Asian place) when no cue or place has a position.
 */
export function nearestPlace(
  cueAt: number,
  places: ReadonlyArray<{ start: number; phrase: string }>,
  fallback: string | null,
): string | null {
  if (cueAt < 0 || places.length === 0) return fallback;
  let closest = places[0] as { start: number; phrase: string };
  for (const p of places) {
    if (Math.abs(p.start - cueAt) < Math.abs(closest.start - cueAt)) closest = p;
  }
  return closest.phrase;
}
