/**
 * Reads an item in a language other than English with its compiled pack: the same evidence, places, topics
 * and urgency the English reader finds, with each cue quoted as written and glossed in English.
 */
import { TOPICS, type Topic } from "../../model/classification.js";
import { matchingText } from "../../text/matching-text.js";
import { type Findings, nearestPlace } from "../findings.js";
import { SEA_CODES } from "../lexicon/gazetteer.js";
import { type Cue, EvidenceCollector, isPositiveKind, weighEvidence } from "../relevance.js";
import { urgencyFromCues } from "../urgency.js";
import type { CompiledPack } from "./compile-pack.js";
import { findPhrases, MatchableText } from "./phrase-matcher.js";

const REGION = "region";

/** Finds what the pack's lexicons say about a title and summary. */
export function readWithPack(pack: CompiledPack, title: string, summary: string): Findings {
  const { display, match } = matchingText(summary.length > 0 ? `${title}\n${summary}` : title, pack.language);
  const summaryStart = title.length + 1;
  const text = new MatchableText(match, pack.language);
  // One scan for the four lexicons, answered in the order of LEXICONS.
  const [relevanceHits = [], placeHits = [], topicHits = [], urgencyHits = []] = findPhrases(
    pack.matcher,
    text,
  );
  const quote = (start: number, end: number, gloss: string | null = null): Cue => ({
    text: display.slice(start, end),
    gloss,
  });

  const countries: string[] = [];
  const placeAt: Array<{ start: number; phrase: string }> = [];
  let sea = false;
  let seaBonus = false;
  let seaPlace: string | null = null;
  for (const m of placeHits) {
    const hit = m.payloads[0];
    if (hit?.lexicon !== "places") continue;
    const code = hit.code;
    const phrase = display.slice(m.start, m.end);
    if (code === REGION) {
      sea = seaBonus = true;
      seaPlace ??= phrase;
      continue;
    }
    placeAt.push({ start: m.start, phrase });
    if (SEA_CODES.has(code)) {
      sea = true;
      seaPlace ??= phrase;
      if (pack.bonusCodes.has(code)) seaBonus = true;
    }
    if (!countries.includes(code)) countries.push(code);
  }

  const collector = new EvidenceCollector();
  let lastNegationEnd = -10;
  for (const m of relevanceHits) {
    const hit = m.payloads[0];
    if (hit?.lexicon !== "relevance") continue;
    const term = hit.term;
    if (term.kind === "negation") {
      lastNegationEnd = m.end;
      continue;
    }
    if (isPositiveKind(term.kind)) {
      // A negation right before the cue ("không phải buôn người") cancels it.
      if (m.start - lastNegationEnd <= 1) continue;
      collector.add(term.kind, term.weight, quote(m.start, m.end, term.gloss), m.start);
    } else {
      collector.addContext(term.kind, quote(m.start, m.end, term.gloss));
    }
  }
  const relevance = weighEvidence(collector.evidence, seaBonus);

  const nearPlace = nearestPlace(relevance.cueAt, placeAt, seaPlace);

  const topicCues = new Map<Topic, Cue>();
  for (const m of topicHits) {
    for (const hit of m.payloads) {
      if (hit.lexicon === "topics" && !topicCues.has(hit.topic))
        topicCues.set(hit.topic, quote(m.start, m.end));
    }
  }
  const topics = TOPICS.filter(
    (topic) => topicCues.has(topic) && (relevance.relevant || topic === "drug_trafficking"),
  );

  const urgencyMarks = urgencyHits.flatMap((m) => {
    const hit = m.payloads[0];
    if (hit?.lexicon !== "urgency") return [];
    return [
      {
        kind: hit.urgency,
        opening: m.start === 0,
        inTitle: m.start < summaryStart,
        cue: quote(m.start, m.end),
      },
    ];
  });
  const rated = urgencyFromCues(urgencyMarks, title);
  const urgency = rated.urgency;
  const urgencyCue: Cue | null = rated.question ? { text: "?", gloss: null } : rated.cue;

  return {
    relevance,
    countries,
    sea,
    seaPlace,
    nearPlace,
    topics,
    topicCues,
    urgency,
    urgencyCue,
  };
}
