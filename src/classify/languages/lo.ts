import type { LanguagePack } from "./language-pack.js";

/** Placeholder until the lo lexicon lands: reads nothing, so every lo item is "not relevant". */
export const LO: LanguagePack = { language: "lo", relevance: [], places: [], topics: [], urgency: [] };
