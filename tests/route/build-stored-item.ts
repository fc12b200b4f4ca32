/**
 * Builds StoredItem values for route and stories tests. The default text is a real headline from
 * /work/shared/data/headlines-dev.jsonl (Reuters, 21 Nov 2023,
 * https://www.reuters.com/world/asia-pacific/myanmar-hands-over-china-thousands-telecom-fraud-suspects-2023-11-21);
 * callers pass other real headlines from the same file for their cases.
 */
import type { Classification } from "../../src/model/classification.js";
import type { StoredItem } from "../../src/model/item.js";

export type ItemOverrides = Partial<Omit<StoredItem, "classification">> & {
  classification?: Partial<Classification> | null;
};

let counter = 0;

/** A classified, relevant Southeast Asia item with the given fields replaced. */
export function buildStoredItem(overrides: ItemOverrides = {}): StoredItem {
  counter += 1;
  const { classification, ...fields } = overrides;
  const item: StoredItem = {
    id: `item-${counter}`,
    feedId: "reuters-google-news",
    outlet: "Reuters",
    url: `https://www.reuters.com/world/asia-pacific/myanmar-hands-over-china-thousands-telecom-fraud-suspects-2023-11-21?n=${counter}`,
    link: "https://www.reuters.com/world/asia-pacific/myanmar-hands-over-china-thousands-telecom-fraud-suspects-2023-11-21",
    guid: null,
    title: "Myanmar hands over to China thousands of telecom fraud suspects",
    summary: "Myanmar hands over to China thousands of telecom fraud suspects",
    publishedAt: "2023-11-21T06:00:00.000Z",
    publishedEstimated: false,
    firstSeenAt: "2023-11-21T06:05:00.000Z",
    language: "en",
    storyId: null,
    feedIds: ["reuters-google-news"],
    ...fields,
    classification:
      classification === null
        ? null
        : {
            relevant: true,
            sea: true,
            topics: ["law_enforcement"],
            countries: ["MM", "CN"],
            urgency: "normal",
            score: 0.91,
            reasons: ["scam-compound term: telecom fraud"],
            entities: [],
            version: "test",
            ...classification,
          },
  };
  return item;
}

/** Real headlines from headlines-dev.jsonl, with their labels' countries and topics, for table tests. */
export const HEADLINES = {
  // https://vodenglish.news/scam-raids-hit-10-provinces-interior-minister/
  cambodiaRaids: {
    outlet: "VOD English",
    title: "Scam Raids Hit 10 Provinces: Interior Minister",
    summary:
      "Interior Minister Sar Kheng acknowledged discovering the buying, selling and transport of foreign workers, violence and punishment, and confinement and forced labor at Cambodian compounds after police responded to 600 calls for help across at least 10 provinces.",
  },
  // https://www.theguardian.com/business/2022/dec/29/thai-police-screen-ex-workers-at-former-tesco-supplier-sweatshop-claims
  thaiTesco: {
    outlet: "The Guardian",
    title: "Thai police screen ex-workers at former Tesco supplier over sweatshop claims",
    summary:
      "Interviews follow raid on VK Garment factory, the subject of a UK lawsuit against the supermarket from 130 ex-workers",
  },
  // https://japantoday.com/category/world/myanmar-hands-over-to-china-thousands-of-telecom-fraud-suspects
  myanmarHandover: {
    outlet: "Japan Today",
    title: "Myanmar hands over to China 31,000 telecom fraud suspects",
    summary:
      "Myanmar authorities have handed over 31,000 telecom fraud suspects to China since law enforcement officers from both countries launched a crackdown on online scams in September, Chinese authorities…",
  },
  // https://www.theguardian.com/us-news/2022/dec/29/us-virgin-islands-suing-jpmorgan-chase-over-jeffrey-epstein-sex-trafficking
  epstein: {
    outlet: "The Guardian",
    title: "US Virgin Islands suing JPMorgan Chase over Jeffrey Epstein’s sex trafficking",
    summary: "Documents accuse bank of ‘turning a blind eye’ to illegal activities committed by their client",
  },
  // https://www.bbc.co.uk/news/world-asia-65422591 (hard negative: drug smuggling)
  vietnamDrugs: {
    outlet: "BBC News",
    title: "Vietnam arrests 65 for drug smuggling in toothpaste tubes",
    summary:
      "Vietnam is a major drug-trafficking hub despite having some of the harshest drug laws in the world.",
  },
  // https://scroll.in/latest/1072701/47-indians-rescued-from-cyber-scam-centres-in-laos
  laosRescue: {
    outlet: "Scroll.in",
    title: "47 Indians rescued from cyber scam centres in Laos",
    summary:
      "Forty-seven Indians trapped in cyber scam centres in Laos have been rescued, the Indian embassy in the country said on Saturday. Delhi has been cautioning Indian citizens about fake job offers in the Southeast Asian nation.",
  },
} as const;
