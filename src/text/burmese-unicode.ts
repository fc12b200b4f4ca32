/**
 * Burmese text in the legacy Zawgyi encoding looks like Burmese but uses the Unicode code points for other
 * letters, so nothing matches it and it renders as noise in Unicode fonts. Google's detector (a trained
 * Markov model) says whether a string is Zawgyi; its converter turns it into Unicode Burmese.
 */
import { createRequire } from "node:module";
import type myanmarTools from "myanmar-tools";
import { MYANMAR_SCRIPT } from "./scripts.js";

type MyanmarTools = typeof myanmarTools;
let tools: MyanmarTools | null = null;

/** Google's library, loaded on the first Burmese text (most processes never see one). */
function myanmar(): MyanmarTools {
  tools ??= createRequire(import.meta.url)("myanmar-tools") as MyanmarTools;
  return tools;
}

// Google's own guidance: above 0.95 treat as Zawgyi, below 0.05 as Unicode; in between leave it alone.
const ZAWGYI_LIKELY = 0.95;

let detector: InstanceType<typeof myanmarTools.ZawgyiDetector> | null = null;
let converter: InstanceType<typeof myanmarTools.ZawgyiConverter> | null = null;

// The detector reads every character it is given; Google's own examples decide on three characters, and the
// first few words of a headline decide as well as a whole article.
const SAMPLE = 60;

/** Whether a string is Burmese in the Zawgyi encoding. */
export function isZawgyi(text: string): boolean {
  const at = text.search(MYANMAR_SCRIPT);
  if (at < 0) return false;
  detector ??= new (myanmar().ZawgyiDetector)();
  return detector.getZawgyiProbability(text.slice(at, at + SAMPLE)) > ZAWGYI_LIKELY;
}

/** The text with Zawgyi-encoded Burmese converted to Unicode; any other text is returned as it is. */
export function toUnicodeBurmese(text: string): string {
  if (!isZawgyi(text)) return text;
  converter ??= new (myanmar().ZawgyiConverter)();
  return converter.zawgyiToUnicode(text);
}
