import type { LanguagePack } from "./language-pack.js";

/** Placeholder until the my lexicon lands: reads nothing, so every my item is "not relevant". */
export const MY: LanguagePack = { language: "my", relevance: [], places: [], topics: [], urgency: [] };
