/** Cue phrases for urgency: events happening now ("breaking") or reflective pieces ("background"). */
export const URGENCY_TERMS: ReadonlyArray<readonly [string, "breaking" | "background"]> = [
  [
    "raid{,s,ed}|raiding|rescue{,d}|rescues|freed|frees|repatriated|repatriates|arrested|arrests|arrest|detained|detains|killed|kills|dies|died|dead|death|deaths|tortured to death|sanctions|sanctioned|imposes sanctions|seize{,s,d}|seizure|escape{,s,d}|flee{,s}|fled|handed over|hands over|deported|deports|charged|indicted|convicted|sentenced|held captive|trapped|stranded|stuck|crackdown|cracks down|clamps down|shut down|shuts down|busts|busted|bust|storm{,s,ed}|cuts power|cut power|emergency|urgent|sos|mass arrest{,s}|breaking|just in|freed from|released from",
    "breaking",
  ],
  [
    "analysis|opinion|op ed|editorial|explainer|explained|how|why|what|inside|q a|podcast|report|reports|study|research|survey|review|investigation|feature|long read|essay|interview|documentary|film|video|in depth|history|years after|lessons|the rise of|the making of|commentary|column|perspective|background note|academic|paper|index|ranking|rankings|trends|what we know|a look at",
    "background",
  ],
];
