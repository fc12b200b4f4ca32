/**
 * Tokenising for story grouping: headlines from different outlets about one event share their distinctive
 * words once case, punctuation, stop-words, outlet suffixes and inflection are taken away. Numbers are kept
 * ("31,000" becomes "31000") because they often tell one event from the next. Pure; no I/O.
 */

// Function words and newsroom filler that say nothing about which event a headline reports.
const STOP_WORDS = new Set(
  (
    "a an and are as at be been being but by can could did do does for from had has have he her his how " +
    "i if in into is it its may might more most new news no not of off on or our out over says said say " +
    "she so than that the their them then there these they this those to up us was we were what when " +
    "where which while who whom why will with would you after amid against about via also just now " +
    "report reports reported latest update live video photos watch exclusive analysis opinion q&a"
  ).split(" "),
);

// British and American spellings of words that recur in this beat, folded to one form.
const SPELLINGS: Record<string, string> = {
  centre: "center",
  labour: "labor",
  organised: "organized",
  organise: "organize",
  favour: "favor",
  defence: "defense",
  offence: "offense",
  programme: "program",
};

/** Lower-case word stems of a title (or any text), without stop-words, with numbers kept. */
export function titleTokens(text: string, outlet?: string | null): string[] {
  const stripped = stripOutletSuffix(text, outlet ?? null);
  const words = stripped
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/(\d),(?=\d{3}\b)/g, "$1")
    .replace(/['’‘`]s\b/g, "")
    .split(/[^\p{L}\p{N}]+/u);
  const tokens: string[] = [];
  for (const word of words) {
    if (word.length === 0 || STOP_WORDS.has(word)) continue;
    if (/^\p{N}+$/u.test(word)) {
      tokens.push(word);
      continue;
    }
    if (word.length < 2) continue;
    tokens.push(stemWord(word));
  }
  return tokens;
}

/** An item's tokens as story grouping compares them: the title alone, and title plus summary. */
export interface ItemTokenSets {
  title: Set<string>;
  full: Set<string>;
}

/** The token sets of an item's title and of its title with its summary. */
export function itemTokenSets(item: { title: string; summary: string; outlet: string }): ItemTokenSets {
  const title = new Set(titleTokens(item.title, item.outlet));
  const full = new Set(title);
  for (const token of titleTokens(item.summary, item.outlet)) full.add(token);
  return { title, full };
}

/** A crude suffix-stripping stemmer: enough to make "hands", "handed" and "handing" meet. */
export function stemWord(word: string): string {
  let w = SPELLINGS[word] ?? word;
  if (w.length > 4 && w.endsWith("ies")) w = `${w.slice(0, -3)}y`;
  else if (w.length > 4 && w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !/(ss|us|is)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 5 && w.endsWith("ing")) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith("ed")) w = w.slice(0, -2);
  w = SPELLINGS[w] ?? w;
  // "centres" -> "centre" -> "center"; doubled consonants left by -ing/-ed ("cutting" -> "cutt").
  if (w.length > 3 && /([b-df-hj-np-tv-z])\1$/.test(w) && !/(ll|ss|ff|zz)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith("e")) w = w.slice(0, -1);
  return w;
}

// Google News and many aggregators end titles with " - Reuters" or " | Japan Today".
function stripOutletSuffix(title: string, outlet: string | null): string {
  const match = /^(.*\S)\s+[-–—|]\s+([^-–—|]{2,60})$/.exec(title);
  if (!match) return title;
  const head = match[1] ?? title;
  const tail = (match[2] ?? "").trim().toLowerCase();
  if (outlet) {
    const name = outlet.toLowerCase();
    if (name.includes(tail) || tail.includes(name.split(" (")[0] ?? name)) return head;
  }
  return title;
}
