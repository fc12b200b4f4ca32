import type { LanguagePack } from "./language-pack.js";

/** Placeholder until the th lexicon lands: reads nothing, so every th item is "not relevant". */
export const TH: LanguagePack = { language: "th", relevance: [], places: [], topics: [], urgency: [] };
