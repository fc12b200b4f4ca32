import { RELEVANCE_TERMS, type RelevanceKind, type RelevanceTerm } from "./lexicon/relevance-terms.js";
import { findScene, type Scene } from "./scene.js";
import { buildTermTrie, matchTerms } from "./term-trie.js";

/** A phrase that counted, as found in the text, with its English meaning when the text is not English. */
export interface Cue {
  text: string;
  gloss: string | null;
}

/** Relevance verdict with the cues that decided it. */
export interface RelevanceResult {
  relevant: boolean;
  /** 0-1: raw / (raw + threshold), so the threshold sits at 0.5. */
  score: number;
  raw: number;
  /** Positive phrases that counted, strongest first, as written ("scam compound"). */
  cues: Cue[];
  /** Look-alike phrases seen ("drug trafficking"). */
  lookalikes: Cue[];
  /** Position (token index or character offset) of the strongest cue, for the "near <place>" reason. */
  cueAt: number;
  /** Why a cue was discounted, if one was. */
  discount: string | null;
  /** The discounted phrase ("trafficking" in a wildlife story), when nothing else counted. */
  discounted: Cue | null;
}

/** Raw evidence at or above this is relevant. */
export const RELEVANCE_THRESHOLD = 3;

const TRIE = buildTermTrie<RelevanceTerm>(RELEVANCE_TERMS);
const PEOPLE = new Set(
  "people women woman girls children child men boys workers migrants victims persons teens youths foreigners nationals citizens them".split(
    " ",
  ),
);
const FAKE = new Set(["fake", "bogus", "fraudulent", "false", "lucrative", "nonexistent", "sham"]);
const JOB = new Set(["job", "jobs", "employment", "vacancies", "vacancy"]);
const POSITIVE: ReadonlySet<RelevanceKind> = new Set([
  "human",
  "trafficking",
  "forced",
  "compound",
  "scam",
  "weakScam",
  "recruit",
  "captive",
  "smuggling",
  "plight",
  "hotspot",
  "pig",
  "exploit",
  "workers",
]);
// "sold to Chinese men as wives": a sale word near a spouse word.
const SOLD = new Set(["sold", "sell", "selling", "sells", "bought", "buying"]);
const SPOUSE = new Set(["wife", "wives", "bride", "brides", "husband", "husbands"]);
// "Vietnamese woman sold to Chinese farmer", "girls sold into prostitution": a person, then sold to/as/into.
const SOLD_PERSON = new Set(
  "woman women girl girls child children baby babies infant infants newborn newborns boy boys teen teens teenager teenagers daughter daughters minor minors bride brides wife wives".split(
    " ",
  ),
);
const SOLD_ONWARD = new Set(["to", "as", "into"]);
// "Police rescue 30 women from brothel": a rescue word a few words before a brothel.
const RESCUE = new Set(["rescue", "rescued", "rescues", "rescuing", "freed", "frees", "saved"]);
const BROTHEL = new Set(["brothel", "brothels"]);

/** What a text says for and against relevance, before weighing: the best phrase of each kind, look-alikes. */
export interface Evidence {
  best: Map<RelevanceKind, { weight: number; cue: Cue; at: number; sum: number }>;
  lookalikes: Cue[];
  contexts: Set<RelevanceKind>;
  /** English only: a scam-compound scene told without a scam word (see scene.ts). */
  scene?: Scene | null;
}

/** Collects evidence phrase by phrase; any language's matcher feeds it the same way. */
export class EvidenceCollector {
  readonly evidence: Evidence = { best: new Map(), lookalikes: [], contexts: new Set() };

  /** A positive cue of a kind at a position; distinct phrases of one kind add up in `sum`. */
  add(kind: RelevanceKind, weight: number, cue: Cue, at: number): void {
    const prev = this.evidence.best.get(kind);
    if (!prev) this.evidence.best.set(kind, { weight, cue, at, sum: weight });
    else if (prev.cue.text !== cue.text) {
      prev.sum += weight;
      if (weight > prev.weight) Object.assign(prev, { weight, cue, at });
    }
  }

  /** A look-alike context ("drug trafficking"); explicit trafficking look-alikes explain best, so go first. */
  addContext(kind: RelevanceKind, cue: Cue): void {
    this.evidence.contexts.add(kind);
    const { lookalikes } = this.evidence;
    if (lookalikes.some((l) => l.text === cue.text)) return;
    if (/traffic|smuggl/.test(cue.gloss ?? cue.text)) lookalikes.unshift(cue);
    else lookalikes.push(cue);
  }
}

/** Whether a kind is evidence for relevance (the others are look-alike contexts or negation). */
export function isPositiveKind(kind: RelevanceKind): boolean {
  return POSITIVE.has(kind);
}

function english(text: string): Cue {
  return { text, gloss: null };
}

/** A place found in an item: token index, ISO code, phrase as written. */
export interface PlaceAt {
  start: number;
  code: string;
  phrase: string;
}

// The countries the compounds are in; Thailand, their neighbour and transit, is neither host nor foreign.
const HOST_CODES = new Set(["KH", "MM", "LA"]);
const SCAM_KINDS: ReadonlySet<RelevanceKind> = new Set(["scam", "weakScam", "pig"]);
const OTHER_TRADE: readonly RelevanceKind[] = [
  "negDrug",
  "negWildlife",
  "negArms",
  "negAntiquities",
  "negLocalScam",
];

function collectEvidence(
  tokens: readonly string[],
  placeWords: ReadonlySet<string>,
  placeAt: readonly PlaceAt[],
): Evidence {
  const hotspots: Array<{ at: number; phrase: string }> = [];
  const scams: Array<{ at: number; phrase: string }> = [];
  const collector = new EvidenceCollector();
  let lastNegationEnd = -10;
  const add = (kind: RelevanceKind, weight: number, phrase: string, at: number): void =>
    collector.add(kind, weight, english(phrase), at);
  for (const m of matchTerms(TRIE, tokens)) {
    const term = m.payloads[0] as RelevanceTerm;
    let kind = term.kind;
    let weight = term.weight;
    if (kind === "negation") {
      lastNegationEnd = m.end;
      continue;
    }
    // "Thai gangs traffic Kenyans": the verb, not road traffic.
    if (kind === "negTraffic" && m.phrase === "traffic") {
      const next = tokens[m.end];
      if (next !== undefined && (PEOPLE.has(next) || placeWords.has(next))) {
        kind = "trafficking";
        weight = 3;
      }
    }
    if (kind === "hotspot") hotspots.push({ at: m.start, phrase: m.phrase });
    if (SCAM_KINDS.has(kind)) scams.push({ at: m.start, phrase: m.phrase });
    if (POSITIVE.has(kind)) {
      if (m.start - lastNegationEnd <= 1) continue;
      add(kind, weight, m.phrase, m.start);
    } else {
      collector.addContext(kind, english(m.phrase));
    }
  }
  // Word pairs a few words apart, in one pass: "fake … jobs" (a deceptive word before "jobs"), "women … sold to",
  // "rescued … brothel", "sold … wives".
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as string;
    if (JOB.has(token)) {
      for (let k = Math.max(0, i - 4); k < i; k++) {
        if (FAKE.has(tokens[k] as string)) {
          add("recruit", 2, `${tokens[k]} … ${token}`, k);
          break;
        }
      }
    }
    if (i > 0 && i < tokens.length - 1 && SOLD.has(token) && SOLD_ONWARD.has(tokens[i + 1] as string)) {
      for (let k = Math.max(0, i - 3); k < i; k++) {
        if (SOLD_PERSON.has(tokens[k] as string)) {
          add("human", 3.5, `${tokens[k]} … ${token} ${tokens[i + 1]}`, k);
          break;
        }
      }
    }
    if (BROTHEL.has(token)) {
      for (let k = Math.max(0, i - 6); k < i; k++) {
        if (RESCUE.has(tokens[k] as string)) {
          add("human", 3.5, `${tokens[k]} … ${token}`, k);
          break;
        }
      }
    }
    if (SPOUSE.has(token)) {
      for (let k = Math.max(0, i - 5); k < i; k++) {
        if (SOLD.has(tokens[k] as string)) {
          add("human", 3.5, `${tokens[k]} … ${token}`, k);
          break;
        }
      }
    }
  }
  const { evidence } = collector;
  const mark = (p: PlaceAt) => ({ at: p.start, phrase: p.phrase });
  evidence.scene = findScene(tokens, {
    hosts: placeAt.filter((p) => HOST_CODES.has(p.code)).map(mark),
    foreign: placeAt.filter((p) => !HOST_CODES.has(p.code) && p.code !== "TH").map(mark),
    hotspots,
    scams,
    lookalike: OTHER_TRADE.some((k) => evidence.contexts.has(k)),
  });
  return evidence;
}

/** Scores how strongly an English item is about human trafficking or the scam-compound industry. */
export function scoreRelevance(
  tokens: readonly string[],
  placeWords: ReadonlySet<string>,
  seaPlace: boolean,
  placeAt: readonly PlaceAt[] = [],
): RelevanceResult {
  return weighEvidence(collectEvidence(tokens, placeWords, placeAt), seaPlace);
}

/**
 * Weighs evidence into a verdict, the same for every language: the best weight of each kind, look-alike
 * contexts cancelling the weak cues, a Southeast Asian place strengthening scam and recruitment words.
 */
export function weighEvidence(evidence: Evidence, seaPlace: boolean): RelevanceResult {
  const { best, lookalikes, contexts } = evidence;
  const scene = evidence.scene?.weight ?? 0;
  const w = (kind: RelevanceKind): number => best.get(kind)?.weight ?? 0;
  const strong = w("human") > 0 || w("compound") > 0;
  let discount: string | null = null;
  let discountedPhrase: Cue | undefined;
  let trafficking = w("trafficking");
  const otherTrade =
    contexts.has("negDrug") ||
    contexts.has("negWildlife") ||
    contexts.has("negArms") ||
    contexts.has("negAntiquities");
  if (trafficking > 0 && otherTrade && !strong && w("forced") === 0) {
    trafficking = 0;
    discount = "drugs, wildlife, arms or antiquities context";
    discountedPhrase = best.get("trafficking")?.cue;
  }
  let forced = w("forced");
  if (forced > 0 && contexts.has("negHistorical") && !strong) {
    forced = 0;
    discount = "historical context";
    discountedPhrase = best.get("forced")?.cue;
  }
  const localScam = contexts.has("negLocalScam");
  const scamSum = (best.get("scam")?.sum ?? 0) + w("pig");
  let scam = scamSum > 0 ? Math.min(2, best.get("scam")?.sum ?? 0) + w("pig") : w("weakScam");
  const anyScam = scam > 0;
  const recruit = Math.min(2, best.get("recruit")?.sum ?? 0);
  // Rescue words count only for people caught in scams ("scam victims repatriated"), not flood victims.
  const plight = anyScam ? w("plight") : 0;
  let seaBonus = 0;
  if (seaPlace) {
    if (scamSum > 0) seaBonus = 1.5;
    else if (plight > 0 || recruit >= 2) seaBonus = 1;
  }
  const others =
    w("human") + w("trafficking") + w("forced") + w("compound") + scam + recruit + w("captive") + scene;
  const hotspot = others > 0 ? w("hotspot") : 0;
  // Exploitation counts only for workers ("exploited migrant care workers"), and then as one cue.
  const labour = w("exploit") > 0 && w("workers") > 0 ? w("exploit") + w("workers") : 0;
  if (localScam && !strong) {
    scam /= 2;
    seaBonus = 0;
    discount ??= "consumer-scam context";
  }
  const raw =
    w("human") +
    trafficking +
    forced +
    w("compound") +
    scam +
    seaBonus +
    recruit +
    w("captive") +
    w("smuggling") +
    plight +
    hotspot +
    labour +
    scene;
  const counted: Array<{ weight: number; cue: Cue; at: number }> = [];
  for (const [kind, ev] of best) {
    if (kind === "trafficking" && trafficking === 0) continue;
    if (kind === "forced" && forced === 0) continue;
    if (kind === "weakScam" && scamSum > 0) continue;
    if (kind === "plight" && plight === 0) continue;
    if (kind === "hotspot" && hotspot === 0) continue;
    if ((kind === "exploit" || kind === "workers") && labour === 0) continue;
    counted.push(ev);
  }
  if (evidence.scene) counted.push(evidence.scene);
  counted.sort((a, b) => b.weight - a.weight || a.at - b.at);
  const rounded = Math.round(raw * 100) / 100;
  return {
    relevant: raw >= RELEVANCE_THRESHOLD,
    score: raw > 0 ? Math.round((raw / (raw + RELEVANCE_THRESHOLD)) * 1000) / 1000 : 0,
    raw: rounded,
    cues: counted.map((c) => c.cue),
    lookalikes,
    cueAt: counted[0]?.at ?? -1,
    discount,
    discounted: raw < RELEVANCE_THRESHOLD && discount ? (discountedPhrase ?? null) : null,
  };
}
