import type { LanguagePack } from "./language-pack.js";

/** Placeholder until the id lexicon lands: reads nothing, so every id item is "not relevant". */
export const ID: LanguagePack = { language: "id", relevance: [], places: [], topics: [], urgency: [] };
