import { decodeHTML } from "entities";

const DROPPED_ELEMENTS = /<(script|style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENTS = /<!--[\s\S]*?-->/g;
const BLOCK_TAGS =
  /<\/?(?:p|br|div|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|section|article|header|footer)\b[^>]*>/gi;
const TAGS = /<\/?[A-Za-z][^>]*>/g;
const LOOKS_LIKE_MARKUP = /<\/?[A-Za-z][^>]*>|&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** Default length of an item summary, in characters. */
export const SUMMARY_MAX_CHARS = 1000;

/**
 * HTML or entity-laden feed text as plain text: tags stripped (script/style contents dropped), entities
 * decoded, including the twice-encoded ones feeds put inside CDATA (Al Jazeera's `&#039;`, Google News'
 * `&amp;nbsp;`), whitespace collapsed and trimmed.
 */
export function plainText(html: string): string {
  let text = html;
  // Two rounds: the second catches markup that was itself entity-encoded (&lt;p&gt; inside CDATA).
  for (let round = 0; round < 2; round += 1) {
    text = text
      .replace(DROPPED_ELEMENTS, " ")
      .replace(COMMENTS, " ")
      .replace(BLOCK_TAGS, " ")
      .replace(TAGS, "");
    text = decodeHTML(text);
    if (!LOOKS_LIKE_MARKUP.test(text)) break;
  }
  return text.replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
}

/** Text cut to at most `max` characters at a word boundary, with an ellipsis when something was cut. */
export function clipText(text: string, max: number = SUMMARY_MAX_CHARS): string {
  if (text.length <= max) return text;
  const head = text.slice(0, Math.max(0, max - 1));
  const boundary = head.lastIndexOf(" ");
  const endsOnWord = /\s/.test(text.charAt(head.length));
  const cut = endsOnWord ? head : boundary > max * 0.6 ? head.slice(0, boundary) : head;
  return `${cut.replace(/[\s,;:.-]+$/, "")}…`;
}
