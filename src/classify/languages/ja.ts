import type { LanguagePack } from "./language-pack.js";

/** Placeholder until the ja lexicon lands: reads nothing, so every ja item is "not relevant". */
export const JA: LanguagePack = { language: "ja", relevance: [], places: [], topics: [], urgency: [] };
