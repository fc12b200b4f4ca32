import type { Topic, Urgency } from "../model/classification.js";
import type { Cue, RelevanceResult } from "./relevance.js";

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
}
