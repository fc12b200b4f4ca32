/** The languages tracewire classifies: English plus the region's own and its victims' home languages. */
export const LANGUAGES = ["en", "vi", "th", "zh", "km", "my", "id", "ms", "tl", "lo", "ko", "ja"] as const;
export type Language = (typeof LANGUAGES)[number];

/** Whether a string is one of the supported language codes. */
export function isLanguage(code: string): code is Language {
  return (LANGUAGES as readonly string[]).includes(code);
}
