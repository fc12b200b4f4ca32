/** Tokens of a text, lowercased, with the index where the summary starts. */
export interface TokenizedText {
  tokens: string[];
  /** Index of the first summary token; tokens before it come from the title. */
  summaryStart: number;
}

// Letters and digits of any script; everything else separates tokens ("scam-hub" -> "scam", "hub").
const SPLIT = /[^\p{L}\p{N}]+/u;

function splitWords(text: string, into: string[]): void {
  if (text.length === 0) return;
  const parts = text.toLowerCase().split(SPLIT);
  for (const part of parts) {
    if (part.length > 0) into.push(part);
  }
}

/** Splits a title and summary into lowercase word tokens; never throws. */
export function tokenizeText(title: string, summary: string): TokenizedText {
  const tokens: string[] = [];
  splitWords(title, tokens);
  const summaryStart = tokens.length;
  splitWords(summary, tokens);
  return { tokens, summaryStart };
}
