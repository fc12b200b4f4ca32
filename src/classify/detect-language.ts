/** Whether a text reads as English, judged cheaply by script and common words. */
export type LanguageGuess = "en" | "other" | "unknown";

const ENGLISH = new Set(
  "the a an of in on to for with at by from and or is are was were be been as after over into its their his her it that this says say said new how why what who not more than up out about amid against after before under near has have had will can could may after says into off back two three four five six seven eight nine ten".split(
    " ",
  ),
);
const FOREIGN = new Set(
  "de la el los las en para con que del por una un le les des et dans du au aux est sur pour pas une yang dan di ke dari untuk dengan ini itu tidak ada der und das nicht mit dem ist im zu auf och att det som är na ng sa mga ang ao em os da dos das é não com il della nel che al una pela pelo và của các những một cho không".split(
    " ",
  ),
);

/** Guesses whether tokens and raw text are English; "unknown" when too short to tell. */
export function detectLanguage(text: string, tokens: readonly string[]): LanguageGuess {
  let latin = 0;
  let other = 0;
  const limit = Math.min(text.length, 400);
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    else if (c >= 0x370 && !(c >= 0x2000 && c <= 0x206f) && !(c >= 0xd800 && c <= 0xdfff) && c !== 0xfeff)
      other++;
  }
  if (other > 8 && other > latin) return "other";
  let en = 0;
  let foreign = 0;
  const n = Math.min(tokens.length, 80);
  for (let i = 0; i < n; i++) {
    const w = tokens[i] as string;
    if (ENGLISH.has(w)) en++;
    else if (FOREIGN.has(w)) foreign++;
  }
  if (foreign >= 2 && foreign > en * 2) return "other";
  if (n < 4) return "unknown";
  return "en";
}
