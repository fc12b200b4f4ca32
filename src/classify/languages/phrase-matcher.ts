/**
 * Finds lexicon spellings in a text of any script, on word boundaries only. Spaced scripts (Latin, Hangul)
 * end a word at a non-letter; Thai, Lao, Khmer, Burmese, Chinese and Japanese end a word where Intl.Segmenter
 * says, so "ค้ามนุษย์" never fires inside a longer word. The segmenter runs at most once per text, and only
 * when a candidate match needs it. For Korean a spelling may be followed by a particle ("캄보디아에서").
 */
import { matchingText } from "../../text/matching-text.js";
import { scriptOf } from "../../text/scripts.js";
import { wordBoundaries } from "../../text/word-boundaries.js";
import { expandPhrases } from "../term-trie.js";

interface Node<T> {
  next: Map<number, Node<T>>;
  /** After building: the children of a node with few of them as parallel arrays (a scan beats a Map there). */
  keys: number[] | null;
  kids: Node<T>[] | null;
  /** Where a gap (spaces or punctuation in the text) leads, kept apart from `next` to save a lookup a step. */
  gap: Node<T> | null;
  /** What the spellings ending here stand for, by lexicon (index = group), or null when none ends here. */
  payloads: Array<T[] | undefined> | null;
}

/** The lexicons of one language compiled into one trie, so a text is scanned once for all of them. */
export interface PhraseMatcher<T> {
  root: Node<T>;
  language: string;
  groups: number;
}

/** One spelling found: offsets into the matching text, end exclusive. */
export interface PhraseMatch<T> {
  payloads: readonly T[];
  start: number;
  end: number;
}

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

function addSpelling<T>(root: Node<T>, spelling: string, group: number, value: T): void {
  let node = root;
  let pendingGap = false;
  for (let i = 0; i < spelling.length; i++) {
    const code = spelling.charCodeAt(i);
    if (!isWordCode(code)) {
      pendingGap = node !== root;
      continue;
    }
    if (pendingGap) {
      node.gap ??= newNode();
      node = node.gap;
      pendingGap = false;
    }
    let next = node.next.get(code);
    if (!next) {
      next = newNode();
      node.next.set(code, next);
    }
    node = next;
  }
  if (node === root) return;
  node.payloads ??= [];
  const values = node.payloads[group] ?? [];
  values.push(value);
  node.payloads[group] = values;
}

// Nodes with at most this many children are scanned rather than looked up.
const FEW = 6;

function freeze<T>(node: Node<T>): void {
  if (node.next.size <= FEW) {
    node.keys = [...node.next.keys()];
    node.kids = [...node.next.values()];
  }
  for (const kid of node.next.values()) freeze(kid);
  if (node.gap) freeze(node.gap);
}

/** The child of a node for a character code. */
function step<T>(node: Node<T>, code: number): Node<T> | undefined {
  const keys = node.keys;
  if (keys === null) return node.next.get(code);
  for (let k = 0; k < keys.length; k++) if (keys[k] === code) return (node.kids as Node<T>[])[k];
  return undefined;
}

function newNode<T>(): Node<T> {
  return { next: new Map(), keys: null, kids: null, gap: null, payloads: null };
}

/**
 * Compiles lexicons (each a list of (spellings, payload) pairs) into one matcher; spellings use "a|b" and
 * "{x,y}" alternatives and are folded like the text. findPhrases answers per lexicon, in the same order.
 */
export function buildPhraseMatcher<T>(
  lexicons: ReadonlyArray<ReadonlyArray<readonly [string, T]>>,
  language: string,
): PhraseMatcher<T> {
  const root = newNode<T>();
  lexicons.forEach((entries, group) => {
    for (const [pattern, value] of entries) {
      for (const spelling of expandPhrases(pattern))
        addSpelling(root, matchingText(spelling, language).match, group, value);
    }
  });
  freeze(root);
  return { root, language, groups: lexicons.length };
}

// Character classes, worked out once per text: not part of a word, a spaced script (Latin and others,
// Hangul), or one of the scripts written without spaces (each its own class, so a change of script is a
// boundary only between spaced ones).
const NOT_WORD = 0;
const SPACED = 1;
const HANGUL = 2;
const FIRST_UNSPACED = 3;
const UNSPACED_CLASS: Readonly<Record<string, number>> = {
  thai: 3,
  lao: 4,
  khmer: 5,
  myanmar: 6,
  han: 7,
  kana: 8,
};

function classOf(code: number): number {
  if (code < 0x80)
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
      ? SPACED
      : NOT_WORD;
  if (code >= 0x0e00 && code <= 0x0e7f) return isWordCode(code) ? 3 : NOT_WORD;
  if (code >= 0x0e80 && code <= 0x0eff) return 4;
  if (code >= 0x1780 && code <= 0x17ff) return isWordCode(code) ? 5 : NOT_WORD;
  if (code >= 0x1000 && code <= 0x109f) return isWordCode(code) ? 6 : NOT_WORD;
  if (code >= 0x4e00 && code <= 0x9fff) return 7;
  if (code >= 0xac00 && code <= 0xd7af) return HANGUL;
  if (!isWordCode(code)) return NOT_WORD;
  const script = scriptOf(code);
  if (script === "hangul") return HANGUL;
  return UNSPACED_CLASS[script] ?? SPACED;
}

/** A text prepared once for all of a language's matchers: boundaries are worked out on demand and kept. */
export class MatchableText {
  readonly text: string;
  /** The class of each character (NOT_WORD, SPACED, HANGUL or an unspaced script). */
  readonly classes: Uint8Array;
  private readonly locale: string;
  private readonly particles: boolean;
  /** Word boundaries of each run of letters that needed the segmenter, by the run's first offset. */
  private readonly segmentedRuns = new Map<number, Uint8Array>();

  constructor(text: string, language: string) {
    this.text = text;
    this.locale = language;
    this.particles = language === "ko";
    this.classes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) this.classes[i] = classOf(text.charCodeAt(i));
  }

  /** Whether a word may start or end between text[at - 1] and text[at]. */
  boundaryAt(at: number): boolean {
    if (at <= 0 || at >= this.text.length) return true;
    const before = this.classes[at - 1] as number;
    const after = this.classes[at] as number;
    if (before === NOT_WORD || after === NOT_WORD) return true;
    const unspacedBefore = before >= FIRST_UNSPACED;
    if (unspacedBefore !== after >= FIRST_UNSPACED) return true;
    if (!unspacedBefore) return before !== after;
    return this.segmentedBoundary(at);
  }

  /**
   * Intl.Segmenter's answer for an offset inside a run of letters. ICU always breaks at spaces and punctuation,
   * so segmenting just the run the offset sits in gives the same boundaries as the whole text, for less.
   */
  private segmentedBoundary(at: number): boolean {
    let start = at;
    while (start > 0 && this.classes[start - 1] !== NOT_WORD) start--;
    let marks = this.segmentedRuns.get(start);
    if (!marks) {
      let end = at;
      while (end < this.text.length && this.classes[end] !== NOT_WORD) end++;
      marks = wordBoundaries(this.text.slice(start, end), this.locale);
      this.segmentedRuns.set(start, marks);
    }
    return marks[at - start] === 1;
  }

  /** Where a match may end: a boundary, or for Korean a particle joined to the word. */
  endAt(at: number): boolean {
    if (this.boundaryAt(at)) return true;
    return this.particles && this.classes[at - 1] === HANGUL && this.classes[at] === HANGUL;
  }
}

/**
 * Every spelling of each lexicon in the text: per lexicon, the longest spelling at each place, left to right,
 * without overlaps (lexicons may overlap each other). Word boundaries are checked only where a spelling ends,
 * so the segmenter runs only on stretches of text that hold a candidate.
 */
export function findPhrases<T>(matcher: PhraseMatcher<T>, text: MatchableText): PhraseMatch<T>[][] {
  const groups = matcher.groups;
  const found: PhraseMatch<T>[][] = Array.from({ length: groups }, () => []);
  const freeFrom = new Array<number>(groups).fill(0);
  const source = text.text;
  const classes = text.classes;
  const length = source.length;
  const nodes: Node<T>[] = [];
  const offsets: number[] = [];
  const endNodes: Node<T>[] = [];
  const endAts: number[] = [];
  for (let i = 0; i < length; i++) {
    const cls = classes[i] as number;
    // Spellings start with a letter, and in a spaced script only at the start of a word.
    if (cls === NOT_WORD || (cls < FIRST_UNSPACED && i > 0 && classes[i - 1] === cls)) continue;
    const first = matcher.root.next.get(source.charCodeAt(i));
    if (!first) continue;
    // Stacks as arrays with their own counters: resetting an array's length for every start costs more.
    let ends = 0;
    let pending = 0;
    // Follow the spelling letter by letter; only a gap (spaces or punctuation, or none between unspaced
    // letters) can branch, and its branches wait on a small stack.
    let node: Node<T> | undefined = first;
    let at = i + 1;
    for (;;) {
      if (node.payloads) {
        endNodes[ends] = node;
        endAts[ends] = at;
        ends++;
      }
      if (at < length) {
        const gap: Node<T> | null = node.gap;
        if (gap) {
          let k = -1;
          if (classes[at] === NOT_WORD) {
            k = at;
            while (k < length && classes[k] === NOT_WORD) k++;
          } else if (
            (classes[at] as number) >= FIRST_UNSPACED &&
            (classes[at - 1] as number) >= FIRST_UNSPACED
          ) {
            k = at;
          }
          if (k >= 0) {
            nodes[pending] = gap;
            offsets[pending] = k;
            pending++;
          }
        }
        node = step(node, source.charCodeAt(at));
        if (node) {
          at++;
          continue;
        }
      }
      if (pending === 0) break;
      pending--;
      node = nodes[pending] as Node<T>;
      at = offsets[pending] as number;
    }
    if (ends === 0 || !text.boundaryAt(i)) continue;
    for (let group = 0; group < groups; group++) {
      if (i < (freeFrom[group] as number)) continue;
      let bestEnd = -1;
      let bestValues: T[] | undefined;
      for (let e = 0; e < ends; e++) {
        const at = endAts[e] as number;
        const values = (endNodes[e] as Node<T>).payloads?.[group];
        if (values && at > bestEnd && text.endAt(at)) {
          bestEnd = at;
          bestValues = values;
        }
      }
      if (bestValues) {
        (found[group] as PhraseMatch<T>[]).push({ payloads: bestValues, start: i, end: bestEnd });
        freeFrom[group] = bestEnd;
      }
    }
  }
  return found;
}
