/**
 * The text of a value as xml2js (inside rss-parser) hands it over: a string, an element with attributes
 * ({ _: text, $: attributes }), or an array of those (first wins). Trimmed; null when empty or absent.
 */
export function xmlText(value: unknown): string | null {
  if (Array.isArray(value)) return value.length > 0 ? xmlText(value[0]) : null;
  if (typeof value === "string") return value.trim() === "" ? null : value.trim();
  if (typeof value === "number") return String(value);
  if (value !== null && typeof value === "object" && "_" in value) return xmlText(value._);
  return null;
}

/** An attribute of an element as xml2js hands it over ({ $: { name: value } }), or null. */
export function xmlAttribute(value: unknown, name: string): string | null {
  const element = Array.isArray(value) ? value[0] : value;
  if (element === null || typeof element !== "object" || !("$" in element)) return null;
  const attributes = element.$;
  if (attributes === null || typeof attributes !== "object") return null;
  const attribute = (attributes as Record<string, unknown>)[name];
  return typeof attribute === "string" && attribute.trim() !== "" ? attribute.trim() : null;
}
