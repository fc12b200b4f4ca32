import type { Topic, Urgency } from "../model/classification.js";

/** Short English names where Intl's differ from what a newsroom writes ("Myanmar (Burma)"). */
const COUNTRY_NAMES: Readonly<Record<string, string>> = {
  MM: "Myanmar",
  LA: "Laos",
  VN: "Vietnam",
  KR: "South Korea",
  KP: "North Korea",
  TW: "Taiwan",
  HK: "Hong Kong",
  MO: "Macau",
  US: "United States",
  GB: "United Kingdom",
};

const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });

/** "Cambodia" for "KH"; the code itself when it is not a known region. */
export function countryName(code: string): string {
  const upper = code.toUpperCase();
  if (COUNTRY_NAMES[upper]) return COUNTRY_NAMES[upper];
  if (!/^[A-Z]{2}$/.test(upper)) return upper;
  try {
    return regionNames.of(upper) ?? upper;
  } catch {
    return upper;
  }
}

/** "Cambodia (KH)": the section label for a country code. */
export function countryLabel(code: string): string {
  const upper = code.toUpperCase();
  const name = countryName(upper);
  return name === upper ? upper : `${name} (${upper})`;
}

const TOPIC_LABELS: Readonly<Record<Topic, string>> = {
  scam_compounds: "Scam compounds",
  forced_labour: "Forced labour",
  sex_trafficking: "Sex trafficking",
  recruitment_fake_jobs: "Recruitment and fake jobs",
  rescue_repatriation: "Rescue and repatriation",
  law_enforcement: "Law enforcement",
  policy_diplomacy: "Policy and diplomacy",
  victims_testimony: "Victims' testimony",
  online_fraud_losses: "Online fraud losses",
  corruption: "Corruption",
  sanctions_finance: "Sanctions and finance",
  drug_trafficking: "Drug trafficking",
};

/** "Scam compounds" for `scam_compounds`; unknown topics are shown with spaces for underscores. */
export function topicLabel(topic: string): string {
  return (TOPIC_LABELS as Record<string, string>)[topic] ?? topic.replace(/_/g, " ");
}

/** The badge and word shown for an urgency: "🔴 Breaking". */
export function urgencyBadge(urgency: Urgency): string {
  switch (urgency) {
    case "breaking":
      return "🔴 Breaking";
    case "normal":
      return "🟠 New";
    case "background":
      return "⚪ Background";
  }
}
