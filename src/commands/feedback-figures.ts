/**
 * Precision as the channels see it (issue 20): the feedback clicks counted by subscription, outlet, topic,
 * language and classifier version ("VOA Khmer: 14 of 15 useful"), and the clicks as labelled lines in the
 * format of tests/fixtures/headlines (provenance `feedback`). Takes the store parts it reads; returns values.
 */
import type { Feedback, FeedbackKind } from "../model/feedback.js";
import type { StoredItem } from "../model/item.js";
import type { FeedbackQuery, FeedbackStore, ItemStore } from "../store/store.js";

export const FIGURE_DIMENSIONS = ["subscription", "outlet", "topic", "language", "classifier"] as const;
export type FigureDimension = (typeof FIGURE_DIMENSIONS)[number];

/** One group's counts: clicks of each kind, and the share marked useful. */
export interface FeedbackFigure {
  dimension: FigureDimension;
  key: string;
  useful: number;
  notRelevant: number;
  wrongCountry: number;
  total: number;
  /** useful / total, rounded to 3 places. */
  precision: number;
}

export interface FeedbackFigures {
  clicks: number;
  figures: FeedbackFigure[];
}

type Deps = { store: Pick<FeedbackStore, "listFeedback"> & Pick<ItemStore, "getItems"> };

/** Counts every click kept (since a date, for one channel, when asked) by each dimension. */
export async function feedbackFigures(deps: Deps, query: FeedbackQuery = {}): Promise<FeedbackFigures> {
  const clicks = await deps.store.listFeedback(query);
  const items = await itemsOf(deps, clicks);
  const groups = new Map<string, FeedbackFigure>();
  const count = (dimension: FigureDimension, key: string, kind: FeedbackKind) => {
    const id = `${dimension}\u0000${key}`;
    const figure = groups.get(id) ?? {
      dimension,
      key,
      useful: 0,
      notRelevant: 0,
      wrongCountry: 0,
      total: 0,
      precision: 0,
    };
    if (kind === "useful") figure.useful++;
    else if (kind === "not_relevant") figure.notRelevant++;
    else figure.wrongCountry++;
    figure.total++;
    figure.precision = Math.round((figure.useful / figure.total) * 1000) / 1000;
    groups.set(id, figure);
  };
  for (const click of clicks) {
    const item = items.get(click.itemId);
    count("subscription", click.subscriptionId, click.kind);
    count("outlet", item?.outlet ?? "unknown", click.kind);
    for (const topic of item?.classification?.topics.length ? item.classification.topics : ["none"]) {
      count("topic", topic, click.kind);
    }
    count("language", item?.language ?? "unknown", click.kind);
    count("classifier", click.classifierVersion ?? "unclassified", click.kind);
  }
  const order = (f: FeedbackFigure) => FIGURE_DIMENSIONS.indexOf(f.dimension);
  const figures = [...groups.values()].sort(
    (a, b) => order(a) - order(b) || b.total - a.total || a.key.localeCompare(b.key),
  );
  return { clicks: clicks.length, figures };
}

/** "VOA Khmer: 14 of 15 useful (1 not relevant, 0 wrong country)". */
export function describeFigure(figure: FeedbackFigure): string {
  return `${figure.key}: ${figure.useful} of ${figure.total} useful (${figure.notRelevant} not relevant, ${figure.wrongCountry} wrong country)`;
}

/** The label a click gives its item in the labelled sets' vocabulary (tests/fixtures/headlines). */
export const FEEDBACK_LABEL: Readonly<Record<FeedbackKind, string>> = {
  useful: "sea_trafficking",
  wrong_country: "trafficking_other_region",
  // The classifier let it through and a reader said no: a hard negative by definition.
  not_relevant: "hard_negative",
};

/** One labelled line per item and label clicked: title, summary, outlet, url, date, label, provenance. */
export async function feedbackLabelledLines(deps: Deps, query: FeedbackQuery = {}): Promise<string[]> {
  const clicks = await deps.store.listFeedback(query);
  const items = await itemsOf(deps, clicks);
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const click of clicks) {
    const item = items.get(click.itemId);
    const label = FEEDBACK_LABEL[click.kind];
    if (!item || seen.has(`${item.id} ${label}`)) continue;
    seen.add(`${item.id} ${label}`);
    lines.push(
      JSON.stringify({
        title: item.title,
        summary: item.summary,
        outlet: item.outlet,
        url: item.url,
        date: item.publishedAt.slice(0, 10),
        label,
        provenance: "feedback",
        ...(item.language !== "en" ? { language: item.language } : {}),
      }),
    );
  }
  return lines;
}

async function itemsOf(deps: Deps, clicks: Feedback[]): Promise<Map<string, StoredItem>> {
  const ids = [...new Set(clicks.map((click) => click.itemId))];
  return new Map((await deps.store.getItems(ids)).map((item) => [item.id, item]));
}
