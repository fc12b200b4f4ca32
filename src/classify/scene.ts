import { SCENE_TERMS, type SceneKind } from "./lexicon/scene-terms.js";
import { buildTermTrie, matchTerms } from "./term-trie.js";

/** Where the places and cues of an English item are, by token index, for the scene rules. */
export interface SceneMarks {
  /** Places in the countries that host the compounds: Cambodia, Myanmar, Laos. */
  hosts: ReadonlyArray<{ at: number; phrase: string }>;
  /** Places and nationals of every other country except Thailand, the hosts' neighbour and transit. */
  foreign: ReadonlyArray<{ at: number; phrase: string }>;
  /** Compound hotspots and the groups and bosses behind them ("myawaddy", "huione"). */
  hotspots: ReadonlyArray<{ at: number; phrase: string }>;
  /** Scam words of any strength ("cybercrime", "scam"). */
  scams: ReadonlyArray<{ at: number; phrase: string }>;
  /** A drugs, wildlife, arms, antiquities or consumer-scam context was seen. */
  lookalike: boolean;
}

/** A scene that stands for the scam-compound industry, with the words that set it (a relevance Cue). */
export interface Scene {
  weight: number;
  cue: { text: string; gloss: null };
  at: number;
}

const TRIE = buildTermTrie<SceneKind>(SCENE_TERMS);
// Words this close (in tokens) belong to one event: "Ugandans … repatriated … from Myanmar".
const NEAR = 12;
// A war, disaster or prisoner word this close to a rescue or raid tells that story instead; further away (a lead's
// "Myanmar, in turmoil since the 2021 coup, …") it is background.
const GUARD_NEAR = 20;

type Mark = { at: number; phrase: string };

// "Myanmar migrants", "Cambodian workers": a host named as people's nationality, not as where they are held.
const PEOPLE = new Set(
  "migrants migrant workers worker nationals national citizens citizen people men women fishermen labourers laborers refugees students prisoners troops soldiers officials".split(
    " ",
  ),
);
// "embassy compound", "military compound": other compounds.
const OTHER_COMPOUND = new Set(
  "embassy military presidential palace army school temple hospital un diplomatic residential government police prison party".split(
    " ",
  ),
);
const DEMONYM = /(?:ians?|ese|^lao|^khmer)$/;

function whereHeld(tokens: readonly string[], hosts: readonly Mark[]): Mark[] {
  return hosts.filter((h) => {
    if (DEMONYM.test(h.phrase)) return false;
    const next = tokens[h.at + h.phrase.split(" ").length];
    return next === undefined || !PEOPLE.has(next);
  });
}

function near(a: readonly Mark[], b: readonly Mark[]): [Mark, Mark] | null {
  for (const x of a) {
    for (const y of b) if (Math.abs(x.at - y.at) <= NEAR) return [x, y];
  }
  return null;
}

function cue(...parts: Mark[]): Scene["cue"] {
  const sorted = [...parts].sort((a, b) => a.at - b.at);
  return { text: sorted.map((p) => p.phrase).join(" … "), gloss: null };
}

/**
 * Finds a scam-compound scene told without a trafficking or scam-compound word, strongest first:
 * - foreign nationals freed, sent home or held in Cambodia, Myanmar or Laos ("23 Ugandans repatriated from
 *   Myanmar", "Missing Chinese actor rescued near Thai-Myanmar border"): 3;
 * - a casino enclave and crime, a raid or a rescue in those countries ("'Las Vegas in Laos': the riverside city
 *   awash with crime", "Laos police detain 300 in raid on casino zone"): 3;
 * - a compound raided or people freed from one there ("Police raid compound in Sihanoukville, rescue 200"): 3;
 * - a scam word and a raid, arrest or rescue there ("Cambodia makes 1,000 arrests in crackdown on cybercrime"): 2;
 * - a raid, sanction or rescue at a hotspot or a group behind the compounds ("Golden Triangle SEZ",
 *   "Huione Group ... laundered"): 1, so that with the hotspot's own 2 it reaches the threshold.
 * No rescue or raid counts next to war, disaster, refugees, prisoners and politics, tourists or the sea, and
 * nothing beside another trade; a foreign national in custody (jailed, a fugitive) or released is not a victim.
 */
export function findScene(tokens: readonly string[], marks: SceneMarks): Scene | null {
  if (marks.lookalike) return null;
  const plight: Mark[] = [];
  const action: Mark[] = [];
  const casino: Mark[] = [];
  const crime: Mark[] = [];
  const site: Mark[] = [];
  const foreign: Mark[] = [...marks.foreign];
  const guards: Mark[] = [];
  const custody: Mark[] = [];
  for (const m of matchTerms(TRIE, tokens)) {
    const kind = m.payloads[0] as SceneKind;
    const mark = { at: m.start, phrase: m.phrase };
    if (kind === "guardCustody") custody.push(mark);
    else if (kind.startsWith("guard")) guards.push(mark);
    else if (kind === "plight") plight.push(mark);
    else if (kind === "enforce" || kind === "release") action.push(mark);
    else if (kind === "casino") casino.push(mark);
    else if (kind === "crime") crime.push(mark);
    else if (kind === "site" && !OTHER_COMPOUND.has(tokens[m.start - 1] ?? "")) site.push(mark);
    else if (kind === "foreigners") foreign.push(mark);
  }
  const clear = (list: Mark[], against: readonly Mark[]): Mark[] =>
    list.filter((x) => !against.some((g) => Math.abs(g.at - x.at) <= GUARD_NEAR));
  const victims = clear(plight, [...guards, ...custody]);
  action.push(...plight);
  action.splice(0, action.length, ...clear(action, guards));
  const hosts = [...marks.hosts, ...marks.hotspots];
  const held = whereHeld(tokens, hosts);
  for (const p of victims) {
    const where = near([p], held);
    const who = near([p], foreign);
    if (where && who) return { weight: 3, cue: cue(who[1], p, where[1]), at: p.at };
  }
  for (const c of casino) {
    const where = near([c], hosts);
    const what = near([c], [...crime, ...action]);
    if (where && what) return { weight: 3, cue: cue(c, what[1], where[1]), at: c.at };
  }
  for (const c of site) {
    const where = near([c], hosts);
    const what = near([c], action);
    if (where && what) return { weight: 3, cue: cue(c, what[1], where[1]), at: c.at };
  }
  for (const s of marks.scams) {
    const where = near([s], hosts);
    const what = near([s], action);
    if (where && what) return { weight: 2, cue: cue(s, what[1], where[1]), at: s.at };
  }
  const hit = near(marks.hotspots, action);
  if (hit) return { weight: 1, cue: cue(hit[1]), at: hit[1].at };
  return null;
}
