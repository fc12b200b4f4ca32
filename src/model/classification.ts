import type { EntityMention } from "./entity.js";

/** The fixed topic vocabulary. */
export const TOPICS = [
  "scam_compounds",
  "forced_labour",
  "sex_trafficking",
  "recruitment_fake_jobs",
  "rescue_repatriation",
  "law_enforcement",
  "policy_diplomacy",
  "victims_testimony",
  "online_fraud_losses",
  "corruption",
  "sanctions_finance",
  "drug_trafficking",
] as const;
export type Topic = (typeof TOPICS)[number];

export const URGENCIES = ["breaking", "normal", "background"] as const;
export type Urgency = (typeof URGENCIES)[number];

/** What the classifier reads: a normalised item or a JSON line given to `tracewire classify`. */
export interface ClassifyInput {
  title: string;
  summary?: string | null;
  outlet?: string | null;
  url?: string | null;
  language?: string | null;
}

/** The classifier's verdict on one item, with the reasons that decided it. */
export interface Classification {
  relevant: boolean;
  /** In or about Southeast Asia. */
  sea: boolean;
  topics: Topic[];
  /** ISO 3166-1 alpha-2 codes, most prominent first. */
  countries: string[];
  urgency: Urgency;
  /** 0–1 confidence that the item is relevant. */
  score: number;
  /** Short phrases saying which terms and rules decided it, fit for a chat message. */
  reasons: string[];
  /** Watched names the item mentions (issue 17); empty when none, or when classified without a watchlist. */
  entities: EntityMention[];
  /** Classifier version that produced this verdict. */
  version: string;
}
