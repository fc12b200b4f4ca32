/**
 * Real published headlines in the region's own scripts for store tests (search in every script), as the
 * language helpers collected them (tests/fixtures/headlines/lang/*-dev.jsonl on their branches, never the
 * held-out files); each `url` is the page it was read from. Never invented, never translated.
 */
import type { Item } from "../../src/model/item.js";
import { itemIdFor } from "./build-item.js";

const LOCAL = {
  // Traditional Chinese (Hong Kong): 妙瓦底 and 電詐園區 in the summary.
  zhTraditional: {
    title: "緬甸詐騙營21歲男一個月業績 僅 157萬 慘遭電棍打穿耳膜全身傷",
    summary: "21歲中國青年阿立被騙至緬甸妙瓦底電詐園區近1年事件，迎來最新進展。",
    outlet: "香港01",
    url: "https://www.hk01.com/%E5%A4%A7%E5%9C%8B%E5%B0%8F%E4%BA%8B/60264481/%E7%B7%AC%E7%94%B8%E8%A9%90%E9%A8%99%E7%87%9F21%E6%AD%B2%E7%94%B7%E4%B8%80%E5%80%8B%E6%9C%88%E6%A5%AD%E7%B8%BE-%E5%83%85-157%E8%90%AC-%E6%85%98%E9%81%AD%E9%9B%BB%E6%A3%8D%E6%89%93%E7%A9%BF%E8%80%B3%E8%86%9C%E5%85%A8%E8%BA%AB%E5%82%B7",
    publishedAt: "2025-08-07T00:00:00.000Z",
    language: "zh",
  },
  // Simplified Chinese: 妙瓦底 in the summary.
  zhSimplified: {
    title: "200名被拐中国人将移交中方",
    summary: "近日,缅甸当局在2月14日晚于克伦邦妙瓦底-水沟谷地区开展了一场解救行动。",
    outlet: "中华网",
    url: "https://3g.china.com/act/news/10000169/20250217/47980446.html",
    publishedAt: "2025-02-17T00:00:00.000Z",
    language: "zh",
  },
  // Simplified Chinese: 电诈园区 in the summary.
  zhScamPark: {
    title: "电诈团伙转移阵地至泰国,马来西亚组织呼吁加速拯救受害者",
    summary:
      "马来西亚国际人道主义组织与电诈受害者家属近日在泰国驻马大使馆外举行和平集会,呼吁泰国政府协助拯救被诱骗至电诈园区的马来西亚公民。",
    outlet: "fjcqjt.top (联合早报 report)",
    url: "https://fjcqjt.top/?p=2442",
    publishedAt: "2025-02-01T00:00:00.000Z",
    language: "zh",
  },
  // Thai: การค้ามนุษย์ (human trafficking) inside running text with no spaces.
  thTrafficking: {
    title:
      "“ธรรมนัส” สั่งทุกหน่วยงานเร่งปราบปรามการค้ามนุษย์-สแกมเมอร์ อย่างจริงจัง ป้องกันไม่ให้ประชาชนถูกหลอกไปทำงานเป็นสแกมเมอร์",
    summary: "",
    outlet: "Real News Thailand",
    url: "https://www.realnewsthailand.net/article/45038/4",
    publishedAt: "2025-01-01T00:00:00.000Z",
    language: "th",
  },
  // Thai: แม่สอด (Mae Sot) holds the letters of แม่ (mother), a different word.
  thMaeSot: {
    title: "ข่าวแม่สอด : รถตู้โดยสารแรงงานต่างด้าว เสียหลักพลิกชนต้นไม้ เจ็บระนาว 11 ราย",
    summary: "",
    outlet: "maesod.info",
    url: "https://maesod.info/%e0%b8%a3%e0%b8%96%e0%b8%95%e0%b8%b9%e0%b9%89%e0%b8%82%e0%b8%99%e0%b8%95%e0%b9%88%e0%b8%b2%e0%b8%87%e0%b8%94%e0%b9%89%e0%b8%b2%e0%b8%a7.html",
    publishedAt: "2016-03-13T00:00:00.000Z",
    language: "th",
  },
  // Vietnamese: lừa đảo (scam).
  viScam: {
    title: "Campuchia giải cứu các nạn nhân Malaysia khỏi trung tâm lừa đảo trực tuyến",
    summary:
      "Chính phủ Campuchia đang tăng cường chiến dịch triệt phá các băng đảng tội phạm chuyên lừa gạt các nạn nhân tham gia vào những hoạt động lừa đảo trực tuyến.",
    outlet: "Báo Mới",
    url: "https://baomoi.net.vn/campuchia-giai-cuu-cac-nan-nhan-malaysia-khoi-trung-tam-lua-dao-truc-tuyen-c50629773.epi",
    publishedAt: "2024-11-01T00:00:00.000Z",
    language: "vi",
  },
  // Khmer: ការជួញដូរមនុស្ស (human trafficking) inside running text.
  kmTrafficking: {
    title: "ជនរងគ្រោះខ្មែរពីការជួញដូរមនុស្សនៅចិន មានតួលេខខ្ពស់ជាងគេក្នុងរយៈពេល៧ខែឆ្នាំ២០២៤",
    summary:
      "ក្រុមអង្គការក្រៅរដ្ឋាភិបាល ដែលធ្វើការពាក់ព័ន្ធនឹងសិទ្ធិមនុស្ស នៅតែបង្ហាញការព្រួយបារម្ភ ទៅលើប្រជាពលរដ្ឋខ្មែរ ជាច្រើន ដែលរងគ្រោះដោយការជួញដូរមនុស្សទៅក្រៅប្រទេស។",
    outlet: "RFA Khmer",
    url: "https://www.rfa.org/khmer/news/human-rights/ngos-report-the-highest-number-of-victims-of-human-trafficking-in-china-in-the-first-7-months-in-2024-are-cambodian-people-08302024033133.html",
    publishedAt: "2024-08-30T00:00:00.000Z",
    language: "km",
  },
} as const;

export type LocalName = keyof typeof LOCAL;

/** The stored form of a local-language headline. */
export function localItem(name: LocalName): Item {
  const h = LOCAL[name];
  return {
    id: itemIdFor(h.url),
    feedId: "test-feed",
    outlet: h.outlet,
    url: h.url,
    link: h.url,
    guid: null,
    title: h.title,
    summary: h.summary,
    publishedAt: h.publishedAt,
    publishedEstimated: false,
    firstSeenAt: "2025-06-01T12:00:00.000Z",
    language: h.language,
  };
}

export const LOCAL_NAMES = Object.keys(LOCAL) as LocalName[];
