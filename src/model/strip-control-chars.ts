/**
 * The one cleaning every text gets at the door (feed fields, slash-command input, config), before it can reach
 * either store: NUL and the other C0 control characters except tab and newline are removed, a carriage return
 * becomes a newline (CRLF one newline), DEL is removed, and an unpaired UTF-16 surrogate becomes U+FFFD.
 * Why: Postgres refuses U+0000 in text ("invalid byte sequence for encoding UTF8: 0x00") while SQLite stores it,
 * and a lone surrogate has no UTF-8 form, so each driver would substitute its own way; after this both stores
 * hold the same thing. Renderers clean further for layout (render/clean-text.ts).
 */

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ANY = /[\u0000-\u0008\u000B-\u001F\u007F\uD800-\uDFFF]/;

/** `text` without C0 controls (tab and newline kept, CR as newline), DEL or unpaired surrogates. */
export function stripControlChars(text: string): string {
  // Fast path: almost every text is already clean.
  if (!ANY.test(text)) return text;
  // Surrogates first: removing a control between two lone halves must not pair them into a new character.
  return text.replace(LONE_SURROGATE, "\uFFFD").replace(/\r\n?/g, "\n").replace(CONTROL, "");
}

/** A JSON-like value with every string in it (not object keys) passed through stripControlChars. */
export function stripControlCharsDeep<T>(value: T): T {
  if (typeof value === "string") return stripControlChars(value) as T;
  if (Array.isArray(value)) return value.map((entry) => stripControlCharsDeep(entry)) as T;
  if (value !== null && typeof value === "object" && isPlainObject(value)) {
    const out: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value)) out[key] = stripControlCharsDeep(entry);
    return out as T;
  }
  return value;
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
