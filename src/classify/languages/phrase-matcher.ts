/**
 * Finds lexicon spellings in a text of any script, on word boundaries only. Spaced scripts (Latin, Hangul)
 * end a word at a non-letter; Thai, Lao, Khmer, Burmese, Chinese and Japanese end a word where Intl.Segmenter
 * says, so "ค้ามนุษย์" never fires inside a longer word. The segmenter runs at most once per text, and only
 * when a candidate match needs it. For Korean a spelling may be followed by a particle ("캄보디아에서").
 */
import { matchingText } from "../../text/matching-text.js";
import { isUnspacedScript, scriptOf } from "../../text/scripts.js";
import { wordBoundaries } from "../../text/word-boundaries.js";
import { expandPhrases } from "../term-trie.js";

interface Node<T> {
  next: Map<number, Node<T>>;
  payloads: T[] | null;
}

/** A compiled lexicon for one language. */
export interface PhraseMatcher<T> {
  root: Node<T>;
  language: string;
}

/** One spelling found: offsets into the matching text, end exclusive. */
export interface PhraseMatch<T> {
  payloads: readonly T[];
  start: number;
  end: number;
}

/** Key of a gap in a spelling: a run of spaces or punctuation in the text (or none, between unspaced letters). */
const GAP = -1;

/** Letters, digits and combining marks of the scripts tracewire reads (fast paths before a regex). */
function isWordCode(code: number): boolean {
  if (code < 0x80)
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  if (code >= 0xc0 && code <= 0x24f) return code !== 0xd7 && code !== 0xf7;
  if (code >= 0x300 && code <= 0x36f) return true;
  if (code >= 0x1e00 && code <= 0x1eff) return true;
  if (code >= 0x0e00 && code <= 0x0eff)
    return code !== 0x0e3f && code !== 0x0e4f && code !== 0x0e5a && code !== 0x0e5b;
  if (code >= 0x1780 && code <= 0x17ff) return code < 0x17d4 || code > 0x17da;
  if (code >= 0x1000 && code <= 0x109f) return code !== 0x104a && code !== 0x104b;
  if (code >= 0x3040 && code <= 0x30ff) return code !== 0x30fb;
  if ((code >= 0x3400 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af)) return true;
  if (code >= 0xd800 && code <= 0xdfff) return true;
  return /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(code));
}

function addSpelling<T>(root: Node<T>, spelling: string, payload: T): void {
  let node = root;
  let pendingGap = false;
  for (let i = 0; i < spelling.length; i++) {
    const code = spelling.charCodeAt(i);
    if (!isWordCode(code)) {
      pendingGap = node !== root;
      continue;
    }
    if (pendingGap) {
      node = child(node, GAP);
      pendingGap = false;
    }
    node = child(node, code);
  }
  if (node === root) return;
  node.payloads ??= [];
  node.payloads.push(payload);
}

function child<T>(node: Node<T>, key: number): Node<T> {
  let next = node.next.get(key);
  if (!next) {
    next = { next: new Map(), payloads: null };
    node.next.set(key, next);
  }
  return next;
}

/** Compiles (spellings, payload) pairs; spellings use "a|b" and "{x,y}" alternatives, folded like the text. */
export function buildPhraseMatcher<T>(
  entries: ReadonlyArray<readonly [string, T]>,
  language: string,
): PhraseMatcher<T> {
  const root: Node<T> = { next: new Map(), payloads: null };
  for (const [pattern, payload] of entries) {
    for (const spelling of expandPhrases(pattern))
      addSpelling(root, matchingText(spelling, language).match, payload);
  }
  return { root, language };
}

/** A text prepared once for all of a language's matchers: boundaries are worked out on demand and kept. */
export class MatchableText {
  readonly text: string;
  private readonly locale: string;
  private readonly particles: boolean;
  private segmented: Uint8Array | null = null;

  constructor(text: string, language: string) {
    this.text = text;
    this.locale = language;
    this.particles = language === "ko";
  }

  /** Whether a word may start or end between text[at - 1] and text[at]. */
  boundaryAt(at: number): boolean {
    if (at <= 0 || at >= this.text.length) return true;
    const before = this.text.charCodeAt(at - 1);
    const after = this.text.charCodeAt(at);
    if (!isWordCode(before) || !isWordCode(after)) return true;
    const unspacedBefore = isUnspacedScript(scriptOf(before));
    const unspacedAfter = isUnspacedScript(scriptOf(after));
    if (unspacedBefore !== unspacedAfter) return true;
    if (!unspacedBefore) return scriptOf(before) !== scriptOf(after);
    this.segmented ??= wordBoundaries(this.text, this.locale);
    return this.segmented[at] === 1;
  }

  /** Where a match may end: a boundary, or for Korean a particle joined to the word. */
  endAt(at: number): boolean {
    if (this.boundaryAt(at)) return true;
    return (
      this.particles &&
      scriptOf(this.text.charCodeAt(at - 1)) === "hangul" &&
      scriptOf(this.text.charCodeAt(at)) === "hangul"
    );
  }

  /** Whether text[at] is a letter of a script written without spaces. */
  unspacedAt(at: number): boolean {
    return at >= 0 && at < this.text.length && isUnspacedScript(scriptOf(this.text.charCodeAt(at)));
  }

  isWordAt(at: number): boolean {
    return isWordCode(this.text.charCodeAt(at));
  }
}

/** Every spelling in the text, longest first at each place, left to right, without overlaps. */
export function findPhrases<T>(matcher: PhraseMatcher<T>, text: MatchableText): PhraseMatch<T>[] {
  const found: PhraseMatch<T>[] = [];
  const source = text.text;
  const length = source.length;
  let i = 0;
  while (i < length) {
    const first = matcher.root.next.get(source.charCodeAt(i));
    if (!first || !text.boundaryAt(i)) {
      i++;
      continue;
    }
    let bestEnd = -1;
    let bestNode: Node<T> | null = null;
    const walk = (node: Node<T>, at: number): void => {
      if (node.payloads && at > bestEnd && text.endAt(at)) {
        bestEnd = at;
        bestNode = node;
      }
      if (at >= length) return;
      const next = node.next.get(source.charCodeAt(at));
      if (next) walk(next, at + 1);
      const gap = node.next.get(GAP);
      if (!gap) return;
      if (!text.isWordAt(at)) {
        let k = at;
        while (k < length && !text.isWordAt(k)) k++;
        walk(gap, k);
      } else if (text.unspacedAt(at) && text.unspacedAt(at - 1)) {
        walk(gap, at);
      }
    };
    walk(first, i + 1);
    const node = bestNode as Node<T> | null;
    if (node?.payloads) {
      found.push({ payloads: node.payloads, start: i, end: bestEnd });
      i = bestEnd;
    } else {
      i++;
    }
  }
  return found;
}
