import type { LanguagePack } from "./language-pack.js";

/** Placeholder until the tl lexicon lands: reads nothing, so every tl item is "not relevant". */
export const TL: LanguagePack = { language: "tl", relevance: [], places: [], topics: [], urgency: [] };
