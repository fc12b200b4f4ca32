/** The web archive's page for a story (issue 18), linked from chat messages when TRACEWIRE_PUBLIC_URL is set. */

/** `https://archive.example.org/stories/ID`, or null without a public URL. */
export function storyPageUrl(publicUrl: string | undefined, storyId: string): string | null {
  if (!publicUrl) return null;
  return `${publicUrl.replace(/\/+$/, "")}/stories/${encodeURIComponent(storyId)}`;
}
