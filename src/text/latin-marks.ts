/**
 * Folds the marks of Latin letters away (é → e, ư → u, đ → d), one character for one, so offsets into the
 * folded text still point into the text a reader sees. Names are matched this way: "Lý Yong Phát" in a
 * Vietnamese paper is "Ly Yong Phat" in a sanctions notice. Words are not (Vietnamese "lừa" is not "lúa").
 */

const folded = new Map<number, string>();

function baseLetter(ch: string): string {
  const code = ch.charCodeAt(0);
  let base = folded.get(code);
  if (base === undefined) {
    if (ch === "đ") base = "d";
    else if (ch === "Đ") base = "D";
    else {
      const first = ch.normalize("NFD").charAt(0);
      base = first.length === 1 && first.charCodeAt(0) < 0x250 ? first : ch;
    }
    folded.set(code, base);
  }
  return base;
}

/** The text with each marked Latin letter replaced by its base letter; same length as the input. */
export function foldLatinMarks(text: string): string {
  let out: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const marked = (code >= 0xc0 && code <= 0x24f) || (code >= 0x1e00 && code <= 0x1eff);
    if (!marked) {
      if (out !== null) out += text[i];
      continue;
    }
    out ??= text.slice(0, i);
    out += baseLetter(text[i] as string);
  }
  return out ?? text;
}
