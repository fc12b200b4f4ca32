import type { LanguagePack } from "./language-pack.js";

/** Placeholder until the km lexicon lands: reads nothing, so every km item is "not relevant". */
export const KM: LanguagePack = { language: "km", relevance: [], places: [], topics: [], urgency: [] };
