/**
 * Japanese: the Japanese press on Japanese nationals in Cambodian, Myanmar and Philippine scam bases
 * (特殊詐欺の拠点, かけ子, ルフィ), on 人身売買 and 強制労働, and its look-alikes: drug and wildlife 密輸,
 * domestic オレオレ詐欺 warnings, road accidents, typhoon rescues, wartime 強制労働 (徴用工).
 *
 * Japanese is written without spaces: spellings match on Intl.Segmenter word boundaries, so a spelling may span
 * several dictionary words ("詐欺拠点" = 詐欺|拠点) but never starts or ends inside one. "特殊詐欺" alone is the
 * everyday name of domestic phone fraud: it counts as a scam phrase (at most 2) and needs a Southeast Asian place
 * or another cue to make an item relevant.
 */
import type { LanguagePack } from "./language-pack.js";

export const JA: LanguagePack = {
  language: "ja",
  homeCountries: ["JP"],
  relevance: [
    // Explicit human trafficking.
    [
      "人身売買|人身取引|人身売買組織|人身売買業者|人身取引被害|人身売買被害|人身売買の被害|人身取引の被害|人身売買ブローカー|人身取引ブローカー|人身売買され",
      "human",
      "human trafficking",
    ],
    [
      "性的搾取|売春を強要|売春を強要され|売春を強いられ|売春させられ|性的サービスを強要|性的サービスを強要され|強制売春|性産業に従事させ|児童買春",
      "human",
      "sexual exploitation",
    ],
    ["臓器売買|臓器摘出|臓器を摘出", "forced", "organ trafficking"],
    // Forced labour and forced criminality.
    [
      "強制労働|強制的に働かされ|働かされて|働かされた|働かされていた|無理やり働かされ|労働を強いられ|労働を強要|意思に反して労働|奴隷|奴隷労働|奴隷状態|債務奴隷|現代奴隷|借金で縛られ",
      "forced",
      "forced labour",
    ],
    [
      "加担させられ|加担を強要|加担を強要され|詐欺を強要|詐欺を強要され|犯罪を強要|犯罪を強要され|犯罪に加担させられ|かけ子をさせられ|強制的に従事|不法行為に従事させ|不法行為を強制|詐欺をさせられ|詐欺に従事させられ",
      "forced",
      "forced into crime",
    ],
    // The scam-base industry by name.
    [
      "詐欺拠点|特殊詐欺拠点|特殊詐欺の拠点|詐欺の拠点|犯罪拠点|犯罪の拠点|詐欺グループの拠点|詐欺組織の拠点|犯罪組織の拠点|特殊詐欺グループの拠点|詐欺施設|詐欺工場|詐欺団地|犯罪団地|詐欺センター|スキャムセンター|詐欺拠点群|詐欺の巣窟|KKパーク|シュエコッコ",
      "compound",
      "scam base",
    ],
    // Organised scam operations (count fully beside a Southeast Asian place).
    [
      "特殊詐欺|特殊詐欺グループ|特殊詐欺事件|かけ子|掛け子|架け子|詐欺グループ|詐欺組織|詐欺集団|国際詐欺|国際的な詐欺|オンライン詐欺|ネット詐欺|ロマンス詐欺|投資詐欺|暗号資産詐欺|電話詐欺|ニセ電話詐欺|なりすまし詐欺|振り込め詐欺|詐欺団|犯罪組織|犯罪集団|中国系犯罪組織|中国系マフィア|マフィア|海外拠点|海外の拠点|ルフィ|ルフィグループ|JPドラゴン|詐欺電話",
      "scam",
      "organised scam",
    ],
    ["詐欺|詐欺事件|詐欺罪|だまし取|騙し取", "weakScam", "fraud"],
    // Deceptive recruitment.
    [
      "偽の求人|嘘の求人|うその求人|ウソの求人|偽求人|求人詐欺|就職詐欺|就労詐欺|オンライン就職詐欺|高収入の仕事|好条件の仕事|高額報酬|高収入をうたう|高収入をうた|高額バイト|海外で仕事|海外の仕事|海外でやれる仕事|海外出稼ぎ|海外で高収入|仕事があると誘われ|仕事を紹介され|だまされて渡航|騙されて渡航|連れて行かれ|連れてこられ|連れ去られ|誘い出され|誘い出し",
      "recruit",
      "deceptive recruitment",
    ],
    ["闇バイト", "recruit", "illicit part-time job", 1.5],
    ["誘われ|だまされ|騙され|勧誘され|リクルーター", "recruit", "lured", 1],
    // Captivity.
    [
      "監禁|監禁され|拉致|拉致監禁|誘拐|軟禁|閉じ込められ|パスポートを取り上げ|旅券を取り上げ|旅券や連絡手段を取り上げ|パスポートや携帯電話を取り上げ|パスポートを奪われ|身代金|売られ|売り飛ばされ|拷問",
      "captive",
      "held captive",
    ],
    // Rescue and return (count only beside a scam word).
    [
      "救出|救出要請|保護|保護され|帰国|帰国させ|送還|強制送還|移送|解放|脱出|逃げ出し|引き渡し|引き渡され|身柄の引き渡し|救助",
      "plight",
      "rescued / sent home",
    ],
    // Hotspots (count only beside another cue).
    [
      "シアヌークビル|シハヌークビル|バベット|ポイペト|ミャワディ|ミャワディー|ミャワディ地区|ゴールデントライアングル|黄金の三角地帯|コーカン|ラウカイ|タチレク|メソト|メーソート|メソット|ボコール|ボコール山",
      "hotspot",
      "scam hotspot",
    ],
    ["豚の屠殺|ピッグ・ブッチャリング|ピッグブッチャリング|豚殺し詐欺", "pig", "pig butchering"],
    ["密入国させ|密入国させられ|不法入国させ|人の密輸|密航させ", "smuggling", "people smuggling"],
    ["搾取|虐待|酷使|不当な扱い", "exploit", "exploited"],
    [
      "技能実習生|外国人労働者|外国人技能実習生|出稼ぎ労働者|移民労働者|移住労働者|家事労働者|漁船員|船員",
      "workers",
      "migrant workers",
    ],
    // Look-alikes.
    [
      "麻薬|麻薬密輸|覚醒剤|覚せい剤|覚醒剤取締法|覚せい剤取締法|大麻|ヘロイン|コカイン|ケタミン|薬物|違法薬物|薬物密輸|ヤーバー|メタンフェタミン|mdma|運び屋|密売",
      "negDrug",
      "drugs",
    ],
    [
      "野生動物|カワウソ|コツメカワウソ|センザンコウ|象牙|サイの角|希少動物|絶滅危惧種|ワシントン条約|密猟|爬虫類|カメ|スローロリス",
      "negWildlife",
      "wildlife",
    ],
    ["銃器|拳銃|武器密輸|銃の密輸|弾薬", "negArms", "weapons"],
    ["文化財|仏像|遺物|盗掘|偽ブランド|偽造品", "negAntiquities", "antiquities or counterfeits"],
    ["交通事故|追突|衝突事故|渋滞|交通渋滞|交通規制|事故", "negTraffic", "road traffic"],
    [
      "徴用工|元徴用工|戦時中|戦時|旧日本軍|慰安婦|強制連行|第二次世界大戦|太平洋戦争|戦前|植民地支配|軍艦島|佐渡金山",
      "negHistorical",
      "wartime",
    ],
    [
      "オレオレ詐欺|前兆電話|予兆電話|還付金詐欺|架空請求|受け子|出し子|防犯|被害防止|合言葉|留守番電話|キャッシュカード詐欺盗|フィッシング|ワンクリック詐欺",
      "negLocalScam",
      "domestic consumer scam",
    ],
  ],
  places: [
    [
      "カンボジア|プノンペン|シアヌークビル|シハヌークビル|シェムリアップ|バベット|ポイペト|スバイリエン|カンポット|ボコール",
      "KH",
    ],
    [
      "ミャンマー|ビルマ|ヤンゴン|ネピドー|ミャワディ|ミャワディー|タチレク|シャン州|カイン州|カレン州|コーカン|ラウカイ|シュエコッコ|KKパーク",
      "MM",
    ],
    [
      "ラオス|ビエンチャン|ヴィエンチャン|ボケオ|ボケオ県|ルアンパバーン|ゴールデントライアングル経済特区",
      "LA",
    ],
    [
      "タイ|バンコク|パタヤ|チェンマイ|チェンライ|プーケット|メソト|メーソート|メソット|ターク県|アユタヤ",
      "TH",
    ],
    ["ベトナム|ハノイ|ホーチミン|ダナン", "VN"],
    ["フィリピン|マニラ|セブ|ルソン島|パンパンガ|ミンダナオ", "PH"],
    ["マレーシア|クアラルンプール", "MY"],
    ["インドネシア|ジャカルタ|バリ島", "ID"],
    ["シンガポール", "SG"],
    ["ブルネイ", "BN"],
    ["東ティモール", "TL"],
    ["東南アジア|アセアン|ASEAN|インドシナ", "region"],
    ["日本|日本人|邦人|在留邦人", "JP"],
    ["韓国|韓国人", "KR"],
    ["中国|中国人|中国系", "CN"],
    ["台湾|台湾人", "TW"],
    ["香港", "HK"],
    ["インド|インド人", "IN"],
    ["スリランカ", "LK"],
    ["バングラデシュ", "BD"],
    ["ネパール", "NP"],
    ["パキスタン", "PK"],
    ["エチオピア", "ET"],
    ["ケニア", "KE"],
    ["ナイジェリア", "NG"],
    ["ウガンダ", "UG"],
    ["米国|アメリカ", "US"],
  ],
  topics: [
    [
      "詐欺拠点|特殊詐欺拠点|犯罪拠点|拠点|詐欺組織|詐欺グループ|特殊詐欺|かけ子|掛け子|オンライン詐欺|ロマンス詐欺|投資詐欺|犯罪組織|詐欺集団|ルフィ|マフィア|KKパーク|シュエコッコ",
      "scam_compounds",
    ],
    ["強制労働|働かされ|加担させられ|強要|強制|奴隷|従事させ", "forced_labour"],
    ["人身売買|売春|性的搾取|性産業|性的サービス|買春|風俗", "sex_trafficking"],
    [
      "闇バイト|求人|高収入|高額報酬|好条件|誘われ|勧誘|応募|だまされ|騙され|リクルーター|就職詐欺|仕事がある",
      "recruitment_fake_jobs",
    ],
    ["救出|保護|帰国|送還|強制送還|移送|解放|脱出|引き渡し|救助", "rescue_repatriation"],
    [
      "逮捕|拘束|摘発|捜査|捜索|警察|警視庁|県警|府警|道警|起訴|容疑|検挙|逮捕状|当局|入管|移送|身柄",
      "law_enforcement",
    ],
    [
      "大使館|外務省|政府|首相|大臣|官房長官|注意喚起|渡航禁止|危険情報|協議|会談|国連|アセアン|ASEAN|調査団",
      "policy_diplomacy",
    ],
    ["証言|語る|明かす|被害者|体験|告白|電気ショック|命からがら", "victims_testimony"],
    ["だまし取|騙し取|被害額|被害金|億円|暗号資産|送金|ロマンス詐欺|投資詐欺", "online_fraud_losses"],
    ["汚職|賄賂|癒着|腐敗", "corruption"],
    ["制裁|資金洗浄|マネーロンダリング|暗号資産|仮想通貨|凍結|没収", "sanctions_finance"],
    ["麻薬|覚醒剤|覚せい剤|薬物|大麻|ヘロイン|コカイン|ケタミン", "drug_trafficking"],
  ],
  urgency: [
    ["逮捕|拘束|救出|保護|送還|強制送還|移送|摘発|死亡|殺害|速報|緊急|解放|脱出|拉致|捜索|起訴", "breaking"],
    [
      "実態|解説|なぜ|背景|特集|分析|インタビュー|ルポ|現地レポート|まとめ|とは|理由|真相|報告書|注意点|最新情報",
      "background",
    ],
  ],
};
