/** Chinese in traditional characters folded to simplified (OpenCC's dictionaries), so one spelling matches both. */
import { Converter } from "opencc-js/t2cn";
import { HAN_SCRIPT } from "./scripts.js";

let convert: ((text: string) => string) | null = null;

/** The text with traditional Chinese characters (Taiwan and Hong Kong usage included) in simplified form. */
export function toSimplifiedChinese(text: string): string {
  if (!HAN_SCRIPT.test(text)) return text;
  const fold = convert ?? Converter({ from: "tw", to: "cn" });
  convert = fold;
  return fold(text);
}
