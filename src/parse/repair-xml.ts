import { decodeHTMLStrict } from "entities";

/** An XML text made acceptable to a strict parser, and what had to change. */
export interface RepairedXml {
  xml: string;
  /** Entity declarations removed with the DTD (never expanded). */
  refusedEntities: number;
  /** Declarations whose text refers to other entities: the shape of an expansion ("billion laughs") attack. */
  expandingEntities: number;
  warnings: string[];
}

const XML_ENTITIES = new Set(["amp", "lt", "gt", "quot", "apos"]);
// XML 1.0 §2.2: only tab, LF, CR and U+0020 upward (minus U+FFFE/U+FFFF and lone surrogates) may appear.
const ILLEGAL_CHARS =
  /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const DOCTYPE = /<!DOCTYPE\s[^[>]*(\[[\s\S]*?\]\s*)?>/i;
const STRAY_ENTITY_DECLARATION = /<!ENTITY\s[^>]*>/gi;
const CDATA_OR_COMMENT = /(<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<!--[\s\S]*?(?:-->|$))/;
const AMPERSAND = /&(#[0-9]{1,8};|#[xX][0-9a-fA-F]{1,8};|[A-Za-z][A-Za-z0-9]{0,31};)?/g;

/**
 * Makes a feed's text acceptable to a strict XML parser the way lenient feed readers do: drops anything
 * before the first tag, characters XML forbids, and the DTD (entity declarations are refused, never
 * expanded: "billion laughs"); turns HTML named entities XML lacks (&nbsp; &eacute; …) into characters and
 * bare "&" into "&amp;". CDATA sections are left exactly as they are.
 */
export function repairXml(text: string): RepairedXml {
  const warnings: string[] = [];
  let xml = text.replace(/^[\uFEFF\s]+/, "");
  const declarationAt = xml.indexOf("<?xml");
  if (declarationAt > 0 && declarationAt < 2048) {
    warnings.push(`ignored ${declarationAt} characters before the XML declaration`);
    xml = xml.slice(declarationAt);
  }

  let illegal = 0;
  xml = xml.replace(ILLEGAL_CHARS, () => {
    illegal += 1;
    return "";
  });
  if (illegal > 0) warnings.push(`removed ${illegal} control characters XML does not allow`);

  let refusedEntities = 0;
  let expandingEntities = 0;
  const countDeclarations = (text: string) => {
    const declarations = text.match(/<!ENTITY\s[^>]*>/gi) ?? [];
    refusedEntities += declarations.length;
    expandingEntities += declarations.filter((d) => /&[A-Za-z_][\w.-]*;/.test(d)).length;
  };
  const doctype = xml.match(DOCTYPE);
  if (doctype) {
    countDeclarations(doctype[0]);
    xml = xml.replace(DOCTYPE, "");
  }
  xml = xml.replace(STRAY_ENTITY_DECLARATION, (declaration) => {
    countDeclarations(declaration);
    return "";
  });
  if (refusedEntities > 0) {
    warnings.push(`refused ${refusedEntities} entity declarations in the DTD: they were not expanded`);
  }

  const counts = { named: 0, bare: 0, unknown: 0, badNumeric: 0 };
  xml = xml
    .split(CDATA_OR_COMMENT)
    .map((part, index) => (index % 2 === 1 ? part : fixAmpersands(part, counts)))
    .join("");
  if (counts.named > 0) warnings.push(`replaced ${counts.named} HTML entities that XML does not define`);
  if (counts.unknown > 0) warnings.push(`kept ${counts.unknown} unknown entity references as plain text`);
  if (counts.bare > 0) warnings.push(`escaped ${counts.bare} bare "&" characters`);
  if (counts.badNumeric > 0) {
    warnings.push(`removed ${counts.badNumeric} character references to characters XML does not allow`);
  }
  return { xml, refusedEntities, expandingEntities, warnings };
}

type Counts = { named: number; bare: number; unknown: number; badNumeric: number };

function fixAmpersands(part: string, counts: Counts): string {
  return part.replace(AMPERSAND, (whole, reference: string | undefined) => {
    if (reference === undefined) {
      counts.bare += 1;
      return "&amp;";
    }
    if (reference.startsWith("#")) {
      const hex = reference[1] === "x" || reference[1] === "X";
      const code = Number.parseInt(reference.slice(hex ? 2 : 1, -1), hex ? 16 : 10);
      if (isXmlChar(code)) return whole;
      counts.badNumeric += 1;
      return "";
    }
    const name = reference.slice(0, -1);
    if (XML_ENTITIES.has(name)) return whole;
    const decoded = decodeHTMLStrict(whole);
    if (decoded !== whole) {
      counts.named += 1;
      return escapeMarkup(decoded);
    }
    counts.unknown += 1;
    return `&amp;${reference}`;
  });
}

function isXmlChar(code: number): boolean {
  if (code === 0x9 || code === 0xa || code === 0xd) return true;
  if (code >= 0x20 && code <= 0xd7ff) return true;
  if (code >= 0xe000 && code <= 0xfffd) return true;
  return code >= 0x10000 && code <= 0x10ffff;
}

function escapeMarkup(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
