/**
 * Chinese in traditional characters folded to simplified (OpenCC's dictionaries, Taiwan's and Hong Kong's
 * variants both), so one spelling matches both and a search in either finds the other. Character by character,
 * not OpenCC's phrases: a phrase can turn one character two ways (著 stays in 著名, becomes 着 alone), and a
 * spelling or a query word has no neighbours, so only a fixed mapping folds both sides alike.
 *
 * One character through OpenCC's Converter meets only the one-character entries of its dictionaries, so those
 * are read into maps on the first Chinese character (a fifth of the CPU of building OpenCC's phrase tries, which
 * every start-up with a Chinese watchlist spelling paid); a step that yields more than one character (none does
 * in OpenCC's dictionaries today) goes through OpenCC's own Converter. Tests hold both equal on every character.
 */
import { Converter, Locale } from "opencc-js/t2cn";

const HAN_CHAR = /[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/gu;
const HAN = /[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/u;

/** One variant's chain (Taiwan's, Hong Kong's): normalisation, then each conversion group in turn. */
interface CharChain {
  steps: ReadonlyMap<string, string>[];
  /** OpenCC's own converter for the same variant, built only if a character needs it. */
  full(): (text: string) => string;
}

// "key value" entries separated by "|"; a key of one code point (a surrogate pair for the rarer characters).
const ONE_CHAR_ENTRY = /(?:^|\|)([^|\s\ud800-\udbff]|[\ud800-\udbff][\udc00-\udfff]) ([^|]*)/g;

/** The one-character entries of a dictionary group; the group's first dictionary wins, as in OpenCC. */
function oneCharMap(
  group: readonly (string | readonly (readonly [string, string])[])[],
): Map<string, string> {
  const map = new Map<string, string>();
  for (const dict of group) {
    if (typeof dict === "string") {
      for (const [, key, value] of dict.matchAll(ONE_CHAR_ENTRY))
        if (key !== undefined && !map.has(key)) map.set(key, value ?? "");
    } else {
      for (const [key, value] of dict) if ([...key].length === 1 && !map.has(key)) map.set(key, value);
    }
  }
  return map;
}

const sharedMaps = new Map<unknown, Map<string, string>>();

function chainFor(configName: string, from: "tw" | "hk"): CharChain {
  const config = (Locale.configs as Record<string, unknown>)[configName] as {
    normalizationChain?: readonly Parameters<typeof oneCharMap>[0][];
    conversionChain: readonly Parameters<typeof oneCharMap>[0][];
  };
  const groups = [...(config.normalizationChain ?? []), ...config.conversionChain];
  const steps = groups.map((group) => {
    // Taiwan's and Hong Kong's chains end in the same group: read it once.
    let map = sharedMaps.get(group);
    if (!map) {
      map = oneCharMap(group);
      sharedMaps.set(group, map);
    }
    return map;
  });
  let full: ((text: string) => string) | null = null;
  return { steps, full: () => (full ??= Converter({ from, to: "cn" })) };
}

let chains: CharChain[] | null = null;
const simplifiedChars = new Map<string, string>();

/** One character through one chain, as OpenCC's Converter turns it. */
function throughChain(char: string, chain: CharChain): string {
  let text = char;
  for (const step of chain.steps) {
    if (text.length > 2 || (text.length === 2 && !/^[\ud800-\udbff]/.test(text))) return chain.full()(char);
    text = step.get(text) ?? text;
  }
  return text;
}

/** One Chinese character in simplified form; remembered (a few thousand characters cover the news). */
function simplifiedChar(char: string): string {
  let simplified = simplifiedChars.get(char);
  if (simplified === undefined) {
    chains ??= [chainFor("tw2s", "tw"), chainFor("hk2s", "hk")];
    simplified = char;
    for (const chain of chains) simplified = throughChain(simplified, chain);
    simplifiedChars.set(char, simplified);
  }
  return simplified;
}

/** The text with traditional Chinese characters in simplified form; other text as it is. */
export function toSimplifiedChinese(text: string): string {
  return HAN.test(text) ? text.replace(HAN_CHAR, simplifiedChar) : text;
}
