/** The languages tracewire classifies: English plus the region's own and its victims' home languages. */
export const LANGUAGES = ["en", "vi", "th", "zh", "km", "my", "id", "ms", "tl", "lo", "ko", "ja"] as const;
export type Language = (typeof LANGUAGES)[number];

/** English names, for help texts and eval tables. */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: "English",
  vi: "Vietnamese",
  th: "Thai",
  zh: "Chinese",
  km: "Khmer",
  my: "Burmese",
  id: "Indonesian",
  ms: "Malay",
  tl: "Filipino",
  lo: "Lao",
  ko: "Korean",
  ja: "Japanese",
};

/** Whether a string is one of the supported language codes. */
export function isLanguage(code: string): code is Language {
  return (LANGUAGES as readonly string[]).includes(code);
}
