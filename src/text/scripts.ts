/**
 * Which writing system a character belongs to, for the scripts tracewire reads. Thai, Lao, Khmer, Burmese,
 * Chinese and Japanese write words without spaces between them; everything else here separates words.
 */
export type Script = "latin" | "thai" | "lao" | "khmer" | "myanmar" | "han" | "kana" | "hangul" | "other";

/** The script of one UTF-16 code unit (a high surrogate counts as Han: the CJK extensions live there). */
export function scriptOf(code: number): Script {
  if (code < 0x0250)
    return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code >= 0xc0
      ? "latin"
      : "other";
  if (code >= 0x1e00 && code <= 0x1eff) return "latin";
  if (code >= 0x0e00 && code <= 0x0e7f) return "thai";
  if (code >= 0x0e80 && code <= 0x0eff) return "lao";
  if ((code >= 0x1780 && code <= 0x17ff) || (code >= 0x19e0 && code <= 0x19ff)) return "khmer";
  if (
    (code >= 0x1000 && code <= 0x109f) ||
    (code >= 0xa9e0 && code <= 0xa9ff) ||
    (code >= 0xaa60 && code <= 0xaa7f)
  )
    return "myanmar";
  if (
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x31f0 && code <= 0x31ff) ||
    (code >= 0xff66 && code <= 0xff9f)
  )
    return "kana";
  if (
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xd840 && code <= 0xd87f) ||
    code === 0x3005 ||
    code === 0x3007
  )
    return "han";
  if (
    (code >= 0xac00 && code <= 0xd7af) ||
    (code >= 0x1100 && code <= 0x11ff) ||
    (code >= 0x3130 && code <= 0x318f)
  )
    return "hangul";
  return "other";
}

/** Any Burmese character. */
export const MYANMAR_SCRIPT = /[\u1000-\u109f\ua9e0-\ua9ff\uaa60-\uaa7f]/;
