/**
 * Chinese in traditional characters folded to simplified (OpenCC's dictionaries, Taiwan's and Hong Kong's
 * variants both), so one spelling matches both and a search in either finds the other. Character by character,
 * not OpenCC's phrases: a phrase can turn one character two ways (著 stays in 著名, becomes 着 alone), and a
 * spelling or a query word has no neighbours, so only a fixed mapping folds both sides alike.
 */
import { Converter } from "opencc-js/t2cn";

const HAN_CHAR = /[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/gu;
const HAN = /[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{3134f}]/u;

let converters: ((text: string) => string)[] | null = null;
const simplifiedChars = new Map<string, string>();

/** One Chinese character in simplified form; remembered (a few thousand characters cover the news). */
function simplifiedChar(char: string): string {
  let simplified = simplifiedChars.get(char);
  if (simplified === undefined) {
    converters ??= [Converter({ from: "tw", to: "cn" }), Converter({ from: "hk", to: "cn" })];
    simplified = char;
    for (const convert of converters) simplified = convert(simplified);
    simplifiedChars.set(char, simplified);
  }
  return simplified;
}

/** The text with traditional Chinese characters in simplified form; other text as it is. */
export function toSimplifiedChinese(text: string): string {
  return HAN.test(text) ? text.replace(HAN_CHAR, simplifiedChar) : text;
}
