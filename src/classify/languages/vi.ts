import type { LanguagePack } from "./language-pack.js";

/** Placeholder until the vi lexicon lands: reads nothing, so every vi item is "not relevant". */
export const VI: LanguagePack = { language: "vi", relevance: [], places: [], topics: [], urgency: [] };
