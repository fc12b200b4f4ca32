import iconv from "iconv-lite";

/** The text of a feed body and how its encoding was chosen. */
export interface DecodedBody {
  text: string;
  /** The encoding the bytes were read with, as iconv-lite names it. */
  encoding: string;
  warnings: string[];
}

const CHARSET_IN_CONTENT_TYPE = /charset\s*=\s*["']?([\w.:-]+)/i;
const XML_DECLARATION = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)["'][^>]*\?>/i;

/**
 * Turns the bytes of a feed into text: the charset named by the HTTP Content-Type wins, then a byte-order
 * mark, then the XML declaration's encoding, then UTF-8 (RFC 7303 §3; the BOM beats the declaration
 * because a UTF-16 declaration cannot be read without it). Never throws: unknown charsets fall back to UTF-8
 * with a warning.
 */
export function decodeBody(body: Buffer, contentType: string | null): DecodedBody {
  const warnings: string[] = [];
  const fromHeader = contentType?.match(CHARSET_IN_CONTENT_TYPE)?.[1] ?? null;
  const fromBom = sniffBom(body);
  const declared = body.subarray(0, 256).toString("latin1").match(XML_DECLARATION)?.[1] ?? null;

  const known = (name: string | null) => name !== null && iconv.encodingExists(name);
  for (const name of [fromHeader, declared]) {
    if (name !== null && !known(name)) warnings.push(`unknown character encoding "${name}": ignored it`);
  }
  let encoding = "utf8";
  if (fromHeader !== null && known(fromHeader)) encoding = fromHeader;
  else if (fromBom) encoding = fromBom;
  else if (declared !== null && known(declared)) encoding = declared;
  encoding = canonicalEncoding(encoding);

  // iconv-lite strips a BOM of the encoding it decodes; a stray UTF-8 BOM is removed in repairXml.
  let text = iconv.decode(body, encoding);
  if (encoding === "utf8" && text.includes("\uFFFD") && !fromHeader && !declared) {
    // Undeclared and not valid UTF-8: most such feeds are windows-1252 (what browsers assume for Latin-1).
    text = iconv.decode(body, "windows-1252");
    encoding = "windows1252";
    warnings.push("the feed is not valid UTF-8 and names no encoding: read it as windows-1252");
  }
  return { text: rewriteDeclaration(text), encoding, warnings };
}

function sniffBom(body: Buffer): string | null {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return "utf8";
  if (body[0] === 0xff && body[1] === 0xfe) return "utf16le";
  if (body[0] === 0xfe && body[1] === 0xff) return "utf16be";
  return null;
}

function canonicalEncoding(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** After transcoding the text is UTF-8 whatever the declaration said; say so, so no later reader re-decodes. */
function rewriteDeclaration(text: string): string {
  return text.replace(/^(\uFEFF?\s*<\?xml[^>]*?encoding\s*=\s*)(["'])[\w.:-]+\2/i, "$1$2UTF-8$2");
}
