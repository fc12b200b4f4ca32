import type { LanguagePack } from "./language-pack.js";

/** Placeholder until the ko lexicon lands: reads nothing, so every ko item is "not relevant". */
export const KO: LanguagePack = { language: "ko", relevance: [], places: [], topics: [], urgency: [] };
