/** A node of a word trie: children by next word, and the payloads of phrases that end here. */
export interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  payloads: T[] | null;
  /** The phrase that ends here, as first spelled in the lexicon. */
  phrase: string;
}

/** One phrase found in a token list. */
export interface TermMatch<T> {
  payloads: readonly T[];
  /** Index of the first token. */
  start: number;
  /** Index after the last token. */
  end: number;
  /** The phrase as written in the lexicon (first spelling). */
  phrase: string;
}

function newNode<T>(): TrieNode<T> {
  return { next: new Map(), payloads: null, phrase: "" };
}

/**
 * Expands brace alternatives: "scam cent{re,er}{,s}" -> scam centre, scam centres, scam center, scam centers.
 * Alternatives are separated by "|" at the top level.
 */
export function expandPhrases(pattern: string): string[] {
  const out: string[] = [];
  for (const alt of pattern.split("|")) expandOne(alt.trim(), out);
  return out;
}

function expandOne(phrase: string, out: string[]): void {
  const open = phrase.indexOf("{");
  if (open < 0) {
    if (phrase.length > 0) out.push(phrase.replace(/\s+/g, " ").trim());
    return;
  }
  const close = phrase.indexOf("}", open);
  if (close < 0) throw new Error(`lexicon phrase "${phrase}": unclosed "{"`);
  const head = phrase.slice(0, open);
  const tail = phrase.slice(close + 1);
  for (const choice of phrase.slice(open + 1, close).split(",")) expandOne(head + choice + tail, out);
}

/** Builds a word trie from (pattern, payload) pairs; spellings are split like tokenizeText splits text. */
export function buildTermTrie<T>(entries: ReadonlyArray<readonly [string, T]>): TrieNode<T> {
  const root = newNode<T>();
  for (const [pattern, payload] of entries) {
    for (const phrase of expandPhrases(pattern)) {
      const words = phrase
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length > 0);
      if (words.length === 0) continue;
      let node = root;
      for (const word of words) {
        let child = node.next.get(word);
        if (!child) {
          child = newNode<T>();
          node.next.set(word, child);
        }
        node = child;
      }
      if (!node.payloads) {
        node.payloads = [];
        node.phrase = words.join(" ");
      }
      node.payloads.push(payload);
    }
  }
  return root;
}

/** Finds phrases in tokens, longest match first, without overlaps, left to right. */
export function matchTerms<T>(root: TrieNode<T>, tokens: readonly string[]): TermMatch<T>[] {
  const found: TermMatch<T>[] = [];
  let i = 0;
  while (i < tokens.length) {
    let node = root.next.get(tokens[i] as string);
    if (!node) {
      i++;
      continue;
    }
    let best: TrieNode<T> | null = null;
    let bestEnd = i;
    let j = i + 1;
    for (;;) {
      if (node.payloads) {
        best = node;
        bestEnd = j;
      }
      if (j >= tokens.length) break;
      const child: TrieNode<T> | undefined = node.next.get(tokens[j] as string);
      if (!child) break;
      node = child;
      j++;
    }
    if (best?.payloads) {
      found.push({
        payloads: best.payloads,
        start: i,
        end: bestEnd,
        phrase: best.phrase,
      });
      i = bestEnd;
    } else {
      i++;
    }
  }
  return found;
}
