/** A time on a page: UTC with the zone named (the no-JavaScript reading), rewritten to the reader's zone by local-time.js. */
import { html, type SafeHtml } from "./html.js";

/** `<time datetime="…">2025-06-01 08:00 UTC</time>`, or "—" for no time. */
export function timeHtml(iso: string | null | undefined): SafeHtml {
  if (!iso) return html`<span>—</span>`;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return html`<span>—</span>`;
  const text = `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  return html`<time datetime="${date.toISOString()}">${text}</time>`;
}
