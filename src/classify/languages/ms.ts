import type { LanguagePack } from "./language-pack.js";

/** Placeholder until the ms lexicon lands: reads nothing, so every ms item is "not relevant". */
export const MS: LanguagePack = { language: "ms", relevance: [], places: [], topics: [], urgency: [] };
