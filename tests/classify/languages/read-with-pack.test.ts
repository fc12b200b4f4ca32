/**
 * Each language pack on real headlines of its development set (tests/fixtures/headlines/lang/<code>-dev*.jsonl,
 * never the held-out sets): relevant ones found with the term quoted as written and glossed in English, hard
 * negatives left out. Every example is one the classifier gets right on main; the URL is the page it was read on.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { classifyItem } from "../../../src/classify/classify-item.js";
import { isRelevantLabel, type LabelledExample } from "../../../src/classify/evaluate.js";
import { packFor } from "../../../src/classify/languages/packs.js";
import { readWithPack } from "../../../src/classify/languages/read-with-pack.js";

/** A real headline of a development set, found by its exact title. */
function dev(set: string, title: string): LabelledExample {
  if (/holdout/.test(set)) throw new Error(`${set}: held-out sets stay unread`);
  const row = readFileSync(join(import.meta.dirname, `../../fixtures/headlines/lang/${set}.jsonl`), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as LabelledExample)
    .find((r) => r.title === title);
  if (!row) throw new Error(`no headline ${JSON.stringify(title)} in ${set}.jsonl: update the test`);
  return row;
}

interface Relevant {
  set: string;
  title: string;
  /** The cue as the headline or lead writes it, and the pack's English gloss. */
  term: string;
  gloss: string;
  /** A country both labelled on the item and found by the pack. */
  country: string;
}

const RELEVANT: Record<string, Relevant[]> = {
  vi: [
    // https://baolongan.vn/viec-nhe-luong-cao-tai-campuchia-thuc-chat-la-gi-a141237.html
    {
      set: "vi-dev",
      title: "'Việc nhẹ, lương cao' tại Campuchia: Thực chất là gì?",
      term: "Việc nhẹ, lương cao",
      gloss: "deceptive recruitment",
      country: "KH",
    },
    // https://baohatinh.vn/print/dfd6d0acbe7dace9cab52efdba383/236678.htm
    {
      set: "vi-dev",
      title: "Campuchia giải cứu 865 người nước ngoài khỏi nạn buôn bán người",
      term: "buôn bán người",
      gloss: "human trafficking",
      country: "KH",
    },
    // https://plo.vn/giai-cuu-mot-phu-nu-sau-28-nam-bi-lua-ban-sang-trung-quoc-post804165.html
    {
      set: "vi-dev",
      title: "Giải cứu một phụ nữ sau 28 năm bị lừa bán sang Trung Quốc",
      term: "bị lừa bán",
      gloss: "sold (trafficked)",
      country: "CN",
    },
  ],
  th: [
    // https://org-today.line-apps.com/th/v3/article/wJywy9a
    {
      set: "th-dev",
      title: "แอมเนสตี้แฉ!กัมพูชามีศูนย์โกง53แห่ง หลอกคนใช้แรงงาน รัฐรู้เห็นแต่ทำเฉย",
      term: "ศูนย์โกง",
      gloss: "scam compound",
      country: "KH",
    },
    // https://www.bangkokbiznews.com/news/994125
    {
      set: "th-dev",
      title: "สถานทูตไทย ณ เวียงจันทน์ เตือนคนไทยถูกหลอกไปทำงานสามเหลี่ยมทองคำ",
      term: "ถูกหลอกไปทำงาน",
      gloss: "lured with a job",
      country: "LA",
    },
    // https://www.matichon.co.th/foreign/news_5398706
    {
      set: "th-dev",
      title: "ปลอดภัยแล้ว! กต.ประสานช่วย 16 คนไทย ถูกแก๊งสแกมเมอร์หลอกไปทำงานที่เมียวดี",
      term: "เมียวดี",
      gloss: "scam-compound hotspot",
      country: "MM",
    },
  ],
  zh: [
    // https://www.hk01.com/大國小事/60264481/緬甸詐騙營21歲男一個月業績-僅-157萬-慘遭電棍打穿耳膜全身傷 (traditional, quoted so)
    {
      set: "zh-dev",
      title: "緬甸詐騙營21歲男一個月業績 僅 157萬 慘遭電棍打穿耳膜全身傷",
      term: "詐騙營",
      gloss: "scam compound",
      country: "MM",
    },
    // https://business-humanrights.org/zh-hans/最新消息/老挝逮捕并驱逐462名中国公民罪名包括与金三角经济特区运营有关的人口贩卖
    {
      set: "zh-dev",
      title: "老挝逮捕并驱逐462名中国公民,罪名包括与金三角经济特区运营有关的人口贩卖",
      term: "人口贩卖",
      gloss: "human trafficking",
      country: "LA",
    },
    // https://cn.bg3.co/a/da-ma-chou-pai-fan-zha-pian-dian-ying-shen-fang-hai-wai-qiu-zhi-gao-xin-meng-lun-zhu-zi.html
    {
      set: "zh-dev",
      title: "大马筹拍反诈骗电影 慎防海外求职高薪梦沦「猪仔」",
      term: "猪仔",
      gloss: "'piglet' (trafficked scam worker)",
      country: "MY",
    },
  ],
  km: [
    // https://www.rfa.org/khmer/news/human-rights/ngos-report-the-highest-number-of-victims-of-human-trafficking-in-china-in-the-first-7-months-in-2024-are-cambodian-people-08302024033133.html
    {
      set: "km-dev",
      title: "ជនរងគ្រោះខ្មែរពីការជួញដូរមនុស្សនៅចិន មានតួលេខខ្ពស់ជាងគេក្នុងរយៈពេល៧ខែឆ្នាំ២០២៤",
      term: "ការជួញដូរមនុស្ស",
      gloss: "human trafficking",
      country: "CN",
    },
    // http://www.khtoem.com/241376.html
    {
      set: "km-dev",
      title: "ឆ្នាំ២០១៥បង្ក្រាប ជួញដូរមនុស្ស និងជួញដូរ ផ្លូវភេទ១០៥ករណី ឃាត់ខ្លួន១៤៤នាក់",
      term: "ជួញដូរមនុស្ស",
      gloss: "human trafficking",
      country: "KH",
    },
    // https://mekong-post.com/4983
    {
      set: "km-dev",
      title: "ពលករខ្មែរ២៣០នាក់បន្ថែមទៀតត្រូវបានសង្គ្រោះពីទូកនេសាទថៃ",
      term: "ចាញ់បោកមេខ្យល់",
      gloss: "broker or deceptive job offer",
      country: "TH",
    },
  ],
  my: [
    // https://www.moi.gov.mm/article/30018
    {
      set: "my-dev",
      title: "လူကုန်ကူးမှု သတိပြုပါ",
      term: "လူကုန်ကူးမှု",
      gloss: "human trafficking",
      country: "MM",
    },
    // http://thevoicemyanmar.com/feature/14734-nsk — published in Zawgyi, so quoted in its Unicode form.
    {
      set: "my-dev",
      title: "နယ္စပ္က တ႐ုတ္မယား",
      term: "တရုတ်မယား",
      gloss: "bride sold to China",
      country: "CN",
    },
    // https://www.sbs.com.au/language/burmese/my/podcast-episode/anti-scam-operations-on-thai-burma-border/mzy46glez
    {
      set: "my-dev",
      title: "ထိုင်းမြန်မာနယ်စပ်တွင် လိမ်လည်မှု လူဆိုးဂိုဏ်း တိုက်ဖျက်ရေး စစ်ဆင်ရေး။",
      term: "လိမ်လည်မှု လူဆိုးဂိုဏ်း",
      gloss: "online scam",
      country: "TH",
    },
  ],
  id: [
    // https://infoindokamboja.com/2025/07/04/polisi-kamboja-berhasil-mencegat-118-terduga-korban-perdagangan-manusia/
    {
      set: "id-dev",
      title: "Polisi Kamboja Berhasil Mencegat 118 Terduga Korban Perdagangan Manusia",
      term: "Korban Perdagangan Manusia",
      gloss: "human trafficking",
      country: "KH",
    },
    // https://bisnisupdate.com/?p=296755
    {
      set: "id-dev",
      title: "Dua Puluh WNI Kabur dari Pusat Penipuan Daring di Myawaddy, Myanmar",
      term: "Pusat Penipuan Daring",
      gloss: "scam compound",
      country: "MM",
    },
    // https://www.kabarin.com/read/10265/polisi-malaysia-gagalkan-sindikat-perdagangan-manusia-49-wni-berhasil-diselamatkan
    {
      set: "id-dev",
      title: "Polisi Malaysia gagalkan sindikat perdagangan manusia, 49 WNI berhasil diselamatkan",
      term: "sindikat perdagangan manusia",
      gloss: "human trafficking",
      country: "MY",
    },
  ],
  ms: [
    // https://www.trtmelayu.com/article/fcb2838b222d
    {
      set: "ms-dev",
      title: "Lebih 30 rakyat Malaysia diselamatkan dari pusat scam di Kemboja",
      term: "pusat scam",
      gloss: "scam compound",
      country: "KH",
    },
    // https://www.sinarharian.com.my/article/714668/berita/semasa/15-rakyat-malaysia-dipaksa-jadi-scammer
    {
      set: "ms-dev",
      title: "15 rakyat Malaysia dipaksa jadi ‘scammer'",
      term: "dipaksa jadi",
      gloss: "forced labour",
      country: "MM",
    },
    // https://www.astroawani.com/berita-malaysia/73-mangsa-diselamatkan-113-ahli-sindiket-pemerdagangan-manusia-ditahan-475580
    {
      set: "ms-dev-2",
      title: "73 mangsa diselamatkan, 113 ahli sindiket pemerdagangan manusia ditahan",
      term: "sindiket pemerdagangan manusia",
      gloss: "human trafficking",
      country: "MY",
    },
  ],
  tl: [
    // https://unangsigaw.com/biktima-ng-human-trafficking-ligtas-na-nakauwi-sa-pilipinas
    {
      set: "tl-dev",
      title: "Dalawang Biktima ng Human Trafficking mula Cambodia, Ligtas na Nakauwi sa Pilipinas",
      term: "Human Trafficking",
      gloss: "human trafficking",
      country: "KH",
    },
    // https://journalnews.com.ph/?p=288031
    {
      set: "tl-dev",
      title: "30 biktima ng illegal recruitment sa Myanmar nakauwi na sa PH",
      term: "illegal recruitment",
      gloss: "deceptive recruitment",
      country: "MM",
    },
    // https://remate.ph/4-pinoy-na-ginawang-crypto-scammer-sa-myanmar-sinagip/
    {
      set: "tl-dev",
      title: "4 Pinoy na ginawang crypto scammer sa Myanmar, sinagip",
      term: "ginawang crypto scammer",
      gloss: "forced labour",
      country: "MM",
    },
  ],
  lo: [
    // http://www.lao-info.net/news/html/150729042219.html
    {
      set: "lo-dev",
      title: "ການຄ້າມະນຸດຢູ່ລາວຍັງ ຮ້າຍແຮງ !!",
      term: "ການຄ້າມະນຸດ",
      gloss: "human trafficking",
      country: "LA",
    },
    // https://138054.activeboard.com/t49259007/topic-49259007/?page=1
    {
      set: "lo-dev",
      title: "ຍິງລາວເຫຍື່ອຄ້າມະນຸສ ໃນມາເລເຊັຽ",
      term: "ເຫຍື່ອຄ້າມະນຸສ",
      gloss: "human trafficking",
      country: "MY",
    },
    // https://icopier.blogspot.com/2016/09/blog-post_13.html
    {
      set: "lo-dev-2",
      title: "ລະວັງຜູ້ທີ່ຕັວະຕົ້ມ ພວກຄ້າມະນຸດ ຄົນລາວໄປຂາຍຈີນ",
      term: "ຄ້າມະນຸດ",
      gloss: "human trafficking",
      country: "CN",
    },
  ],
  ko: [
    // https://www.gwellup.com/2025/09/blog-post_19.html
    {
      set: "ko-dev",
      title: "캄보디아 취업사기 주의! 한국인 감금 피해 급증 🚨",
      term: "취업사기",
      gloss: "deceptive recruitment",
      country: "KH",
    },
    // https://tv.news1.kr/video/?22208&pid=
    {
      set: "ko-dev",
      title: '"들어가면 못 나와"…지옥같은 캄보디아 범죄단지에 최대 10만명 감금',
      term: "범죄단지",
      gloss: "scam compound",
      country: "KH",
    },
    // https://vietnamkorea-vcjg.com/ko/co-nguoi-han-quoc-trong-vu-bo-tron-khoi-thanh-dia-lua-dao-o-myanmar-ko
    {
      set: "ko-dev-2",
      title: "미얀마 ‘사기단지’ 탈출 사태… 한국인도 포함",
      term: "사기단지",
      gloss: "scam compound",
      country: "MM",
    },
  ],
  ja: [
    // https://news365.jp/articles/cambodia-japanese-arrest-scam
    {
      set: "ja-dev",
      title: "カンボジアで日本人20人以上が拘束、特殊詐欺拠点の疑い",
      term: "特殊詐欺拠点",
      gloss: "scam base",
      country: "KH",
    },
    // https://x-bomberth.com/20220304abductytojapan/
    {
      set: "ja-dev",
      title: "タイで発生する人身売買の最大の送り先は「日本」! 毎年1万~1万5千人とも。",
      term: "人身売買",
      gloss: "human trafficking",
      country: "TH",
    },
    // https://hanzaikiji--ichiran.com/?p=35102
    {
      set: "ja-dev",
      title: "詐欺拠点の日本人、18日移送へ ミャンマーからタイに",
      term: "詐欺拠点",
      gloss: "scam base",
      country: "MM",
    },
  ],
};

/** Hard negatives: look-alikes (drugs, wildlife, consumer scams, road traffic, smuggling) the pack must not flag. */
const HARD_NEGATIVE: Record<string, Array<{ set: string; title: string }>> = {
  vi: [
    // https://baobinhdinh.vn/viewer.aspx?mabb=49605&macm=15&macmp=16 (impersonation scam at home)
    { set: "vi-dev", title: "Cảnh giác với thủ đoạn giả danh cán bộ, công an để lừa đảo" },
    // https://sggp.org.vn/bat-6-doi-tuong-quoc-tich-lao-van-chuyen-hon-120kg-ma-tuy-vao-viet-nam-post738719.html
    { set: "vi-dev", title: "Bắt 6 đối tượng quốc tịch Lào vận chuyển hơn 120kg ma túy vào Việt Nam" },
  ],
  th: [
    // https://thaipost.net/criminality-news/13519 (advice against call-centre scams)
    { set: "th-dev", title: "'ตำรวจ' แนะ 5 ข้อรับมือแก๊งคอลเซ็นเตอร์" },
    // https://www.naewna.com/local/926668 (pickup carrying migrant workers crashes)
    {
      set: "th-dev",
      title: "เจ็บยกคัน 21 ราย! กระบะขนแรงงานต่างด้าวซิ่งหนี ตร. พุ่งชนเสาไฟข้างทางพังยับ",
    },
  ],
  zh: [
    // https://www.ahdxs.com/news/2022-05-16/165331.html (fake-police scam on one woman)
    { set: "zh-dev", title: "女子遭遇假警察诈骗 真警察紧急劝停避免受骗" },
    // http://thedullerimage.com/news/detail/193/161567.html (pangolin scales)
    { set: "zh-dev", title: "深圳海關連續查獲穿山甲鱗片共計10.2千克(圖)" },
  ],
  km: [
    // https://mekong-post.com/?p=18371 (undocumented workers sent back)
    { set: "km-dev", title: "ថៃបញ្ជូនពលករខ្មែរខុសច្បាប់២១នាក់មកកម្ពុជាវិញ" },
    // http://www.pmc-news.com/?p=33361 (Thais stopped crossing the border to work)
    {
      set: "km-dev",
      title: "សមត្ថកិច្ចឃាត់ ខ្លួនជនជាតិថៃ៣០នាក់ ដែលបម្រុងលបឆ្លងដែន មកធ្វើការនៅក្នុង ទឹកដីកម្ពុជា",
    },
  ],
  my: [
    // https://www.popularmyanmar.com/… (released migrant workers return from Thailand)
    {
      set: "my-dev",
      title: "ထိုင်းနိုင်ငံတွင် ပြစ်ဒဏ်ကျခံပြီး လွတ်ရက်စေ့ပြီဖြစ်သည့် မြန်မာရွှေ့ပြောင်းအလုပ်သမား ၁၄၀ ကျော် ပြည်တော်ပြန်",
    },
    // http://www.mcntv.biz/news/local-news/42341/ (Zawgyi; migrant workers return from Kawthaung)
    { set: "my-dev", title: "ေကာ့ေသာင္းၿမိဳ႕ကေန ျပန္လာတဲ့ ျမန္မာေရြ႕ေျပာင္း အလုပ္သမား ၁၆၀၀ ေက်ာ္ရွိ" },
  ],
  id: [
    // https://berita.fokus.co.id/2025/03/kasus-penipuan-arisan-online-serang.html (online savings-club fraud)
    { set: "id-dev", title: "Pelaku Arisan Online Bodong di Ciruas Ditangkap" },
    // https://www.viva.co.id/arsip/242508-penyelundup-sabu-senilai-rp20-miliar-dibekuk (meth smuggling)
    { set: "id-dev", title: "Jaringan Penyelundup Sabu Malaysia Dibekuk" },
  ],
  ms: [
    // https://www.sinarharian.com.my/article/112295/BERITA?page=0 (Macau scam)
    { set: "ms-dev", title: "Macau Scam kaut RM750,000 sehari" },
    // https://moodmalam.com/iklan-seludup-migran-di-media-sosial-terbongkar-43-warga-asing-ditahan-19123.html
    { set: "ms-dev-2", title: "Iklan seludup migran di media sosial terbongkar, 43 warga asing ditahan" },
  ],
  tl: [
    // https://www.diskurso.ph/news/2025/10/03/babae-inaresto-sa-quezon-city-dahil-sa-iligal-na-investment-scam-sa-mga-military-pensioners
    {
      set: "tl-dev",
      title: "Babae inaresto sa Quezon City dahil sa iligal na investment scam sa mga military pensioners",
    },
    // https://radyo.inquirer.net/55687/kahon-kahong-pangolin-seahorse-nakumpiska-ng-pcg-sa-manila-north-harbor
    { set: "tl-dev", title: "Kahon-kahong pangolin at seahorse, nakumpiska ng PCG sa Manila North Harbor" },
  ],
  lo: [
    // https://d1sbru4wvgku93.cloudfront.net/lao/daily/human-trafficking/drugs/thai-police-seized-million-meth-pills-smuggled-from-laos-04042018115532.html
    { set: "lo-dev-2", title: "ຢາເສພຕິດຈາກລາວ ຖືກຍຶດ ຢູ່ໄທ" },
    // https://laos.opendevelopmentmekong.net/lo/news/lao-migrant-youth-increasingly-looking-for-work-in-china/
    { set: "lo-dev-2", title: "ຊາວໜຸ່ມລາວເລີ່ມໄປອອກແຮງງານຢູ່ປະເທດຈີນຫຼາຍຂຶ້ນ" },
  ],
  ko: [
    // https://newsjinju.kr/news/articleView.html?idxno=47665 (voice-phishing courier caught)
    { set: "ko-dev", title: "검찰 사칭 보이스피싱 수거책 검거…피해금 5억 회수" },
    // https://news.sbs.co.kr/news/endPage.do?news_id=N1008278648 (family trapped by rain in a forest)
    { set: "ko-dev", title: "태국 숲에 갇힌 한국인 가족…폭우 속 무슨 일이?" },
  ],
  ja: [
    // https://www.joetsutj.com/articles/8163654 (ore-ore phone scam)
    { set: "ja-dev", title: "女でも「オレオレ詐欺」? 上越市内の高齢者宅に前兆電話" },
    // https://pattayaja.com/2019/04/12/3927 (drug smuggling)
    { set: "ja-dev", title: "タイ人女性、関空に覚せい剤1.1キロ密輸で逮捕" },
  ],
};

const LANGUAGES = ["vi", "th", "zh", "km", "my", "id", "ms", "tl", "lo", "ko", "ja"] as const;

describe.each(LANGUAGES)("readWithPack (%s)", (language) => {
  const pack = packFor(language);

  it("has a pack", () => {
    expect(pack?.language).toBe(language);
  });

  it.each(RELEVANT[language] ?? [])("finds '$term' ($gloss) in $set: $title", (example) => {
    const row = dev(example.set, example.title);
    expect(isRelevantLabel(row.label)).toBe(true);
    if (!pack) throw new Error(`no pack for ${language}`);
    const found = readWithPack(pack, row.title, row.summary ?? "");
    expect(found.relevance.relevant).toBe(true);
    expect(found.relevance.cues).toContainEqual({ text: example.term, gloss: example.gloss });
    expect(row.country_codes).toContain(example.country);
    expect(found.countries).toContain(example.country);

    const verdict = classifyItem({ title: row.title, summary: row.summary, language });
    expect(verdict.relevant).toBe(true);
    expect(verdict.countries).toContain(example.country);
    expect(verdict.reasons[0]).toContain(`'${example.term}' (${example.gloss})`);
    expect(verdict.reasons[0]).toContain("→ relevant");
  });

  it.each(HARD_NEGATIVE[language] ?? [])("leaves out the hard negative in $set: $title", (example) => {
    const row = dev(example.set, example.title);
    expect(row.label).toBe("hard_negative");
    if (!pack) throw new Error(`no pack for ${language}`);
    expect(readWithPack(pack, row.title, row.summary ?? "").relevance.relevant).toBe(false);
    const verdict = classifyItem({ title: row.title, summary: row.summary, language });
    expect(verdict.relevant).toBe(false);
    expect(verdict.reasons[0]).toMatch(/→ not relevant$/);
  });

  it("has examples for this language", () => {
    expect((RELEVANT[language] ?? []).length).toBeGreaterThanOrEqual(2);
    expect((HARD_NEGATIVE[language] ?? []).length).toBeGreaterThanOrEqual(1);
  });
});
