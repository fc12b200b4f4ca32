/**
 * Word boundaries for scripts written without spaces, from Intl.Segmenter (ICU's dictionaries for Thai, Lao,
 * Khmer, Burmese, Chinese and Japanese ship with Node). Segmenting costs 15–30 µs a headline, so callers ask for
 * it only when a candidate match needs checking.
 */
const segmenters = new Map<string, Intl.Segmenter>();

/** One word segmenter per locale for the process (creating one loads ICU data). */
export function segmenterFor(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: "word" });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

/** For each offset 0..text.length, 1 where a word starts or ends. */
export function wordBoundaries(text: string, locale: string): Uint8Array {
  const marks = new Uint8Array(text.length + 1);
  for (const part of segmenterFor(locale).segment(text)) {
    marks[part.index] = 1;
    marks[part.index + part.segment.length] = 1;
  }
  return marks;
}
