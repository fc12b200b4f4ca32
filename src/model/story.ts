import type { StoredItem } from "./item.js";

/** One event reported by one or more outlets: the first report leads. */
export interface Story {
  id: string;
  lead: StoredItem;
  /** Later reports of the same event from other outlets (or feeds), oldest first. */
  also: StoredItem[];
  /** In a digest: reports that joined the story since it was last delivered there ("+2 new reports since"). */
  newReports?: number;
}

/** A digest ready to render: stories chosen for one subscription. */
export interface Digest {
  subscriptionId: string;
  generatedAt: string;
  /** How sections are formed. */
  groupBy: "country" | "topic";
  stories: Story[];
}
