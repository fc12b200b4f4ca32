import type { LanguagePack } from "./language-pack.js";

/** Placeholder until the zh lexicon lands: reads nothing, so every zh item is "not relevant". */
export const ZH: LanguagePack = { language: "zh", relevance: [], places: [], topics: [], urgency: [] };
