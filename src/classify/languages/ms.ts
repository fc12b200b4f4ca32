/**
 * Malay (Bahasa Melayu), as the Malaysian press writes it: "pemerdagangan orang" and the ATIPSOM act, "mangsa
 * sindiket penipuan tawaran pekerjaan di Kemboja", "dipaksa jadi scammer", "dibawa pulang ke tanah air", with the
 * loan words it keeps ("scam", "scammer", "love scam"). Look-alikes in its own words: dadah and syabu seizures,
 * hidupan liar (tenggiling), kemalangan jalan raya, banjir and PPS evacuations, the domestic "Macau scam", migrant
 * boats (PATI). Malay differs from Indonesian where it matters here: "pemerdagangan" not "perdagangan", "dadah"
 * not "narkoba", "Kemboja" not "Kamboja", "dalam talian" not "daring", and "budak" is a child, not a slave.
 * Words match whole, so inflected forms are spelled out. Written from tests/fixtures/headlines/lang/ms-dev.jsonl
 * and knowledge of the language; Malaysia is the home country, so naming it gives no Southeast-Asia bonus.
 */
import type { LanguagePack } from "./language-pack.js";

export const MS: LanguagePack = {
  language: "ms",
  homeCountries: ["MY"],
  relevance: [
    // Explicit human trafficking.
    [
      "pemerdagangan orang|pemerdagangan manusia|mangsa pemerdagangan {orang,manusia}|sindiket pemerdagangan {orang,manusia}|kem pemerdagangan {orang,manusia}|antipemerdagangan orang|anti pemerdagangan orang|akta antipemerdagangan orang|atipsom|atip|perdagangan manusia|human trafficking|hamba moden|perhambaan moden|hamba seks|eksploitasi seks|eksploitasi seksual|dipaksa melacur|dijual kepada sindiket",
      "human",
      "human trafficking",
    ],
    // "Sindiket penipuan pekerjaan" is what Wisma Putra and the press call the syndicates that send Malaysians to
    // the compounds; domestic part-time job scams are "kerja sambilan" (a look-alike below, matched first).
    [
      "sindiket penipuan {kerja,pekerjaan}|sindiket tipu kerja|sindiket penipuan tawaran {kerja,pekerjaan}|sindiket jenayah penipuan tawaran {kerja,pekerjaan}|sindiket pekerjaan|sindiket penawaran pekerjaan",
      "human",
      "job-scam trafficking syndicate",
      3,
    ],
    ["pemerdagangan|diperdagangkan|memperdagangkan|trafficking|trafficked", "trafficking", "trafficked"],
    // Forced labour and servitude.
    [
      "buruh paksa|kerja paksa|dipaksa {bekerja,kerja,menjadi,jadi,menipu,melakukan}|dijadikan {scammer,hamba}|diperhambakan|perhambaan|hamba|jeratan hutang|kahwin paksa",
      "forced",
      "forced labour",
    ],
    // The scam-compound industry by name.
    [
      "pusat penipuan|pusat penipuan {siber,dalam talian}|pusat scam|pusat operasi sindiket|kem sindiket|kem penipuan|kompleks penipuan|sarang penipuan|scam center|scam centre|syarikat scam|kompleks scam|premis scam|markas scam|markas sindiket|pusat sindiket|pusat panggilan scam|kk park|shwe kokko",
      "compound",
      "scam compound",
    ],
    [
      "sindiket penipuan|sindiket scam|sindiket scammer|scammer|scammers|penipuan dalam talian|penipuan siber|jenayah siber|perjudian dalam talian|judi dalam talian|love scam|penipuan pelaburan|penipuan pelaburan kripto|sindiket wang pelaburan kripto|online scam|pusat panggilan",
      "scam",
      "online scam",
    ],
    ["scam|penipuan|penipu|ditipu|tertipu|menipu", "weakScam", "scam"],
    // A syndicate is not yet a scam operation (drug and smuggling syndicates too): a weak cue.
    ["sindiket|sindiket jenayah", "weakScam", "syndicate"],
    // Deceptive recruitment.
    [
      "penipuan tawaran {kerja,pekerjaan}|tipu kerja|penipuan kerja|penipuan pekerjaan|tawaran {kerja,pekerjaan} {palsu,di luar negara}|gaji tinggi|bergaji tinggi|tawaran kerja bergaji tinggi|pekerjaan palsu|iklan {kerja,pekerjaan}|gaji lumayan|dijanjikan {kerja,pekerjaan,gaji}|terpedaya dengan {tawaran,iklan}|diperdaya dengan {tawaran,iklan}|ejen sindiket",
      "recruit",
      "deceptive recruitment",
    ],
    // "Deceived" alone is any scam's word (charity, parcel, love scams): weak.
    ["diperdaya|terpedaya|dijanjikan", "recruit", "deceived", 1],
    // Captivity.
    [
      "ditawan|tawanan|dikurung|disekap|diseksa|didera|ditahan sindiket|wang tebusan|tebusan|pasport dirampas|dijual|diculik|penculikan|dipukul|diseksa teruk|direnjat elektrik|renjatan elektrik",
      "captive",
      "held captive",
    ],
    // Rescue and repatriation, counted only beside a scam word.
    [
      "terkandas|terperangkap|diselamatkan|menyelamatkan|misi menyelamat|dibawa pulang|dihantar pulang|penghantaran pulang|kepulangan|ketibaan|pulang ke tanah air|sudah pulang|selamat pulang|melarikan diri|dibebaskan|diusir|mangsa",
      "plight",
      "rescued or repatriated",
    ],
    [
      "myawaddy|shwe kokko|kk park|sihanoukville|preah sihanouk|poipet|bavet|chrey thum|o smach|mae sot|segi tiga emas|tachileik|laukkaing|kokang|phnom penh",
      "hotspot",
      "compound hotspot",
    ],
    // Beside another cue only, and weaker than a town: Cambodia itself, and going abroad for work, which in this
    // press is how job-scam victims are taken ("pergi luar negara ... jadi scammer"). Not a bare "luar negara"
    // (foreign investment scams, students stranded abroad); Myanmar is left out (Rohingya boats).
    [
      "kemboja|ke luar negara|pergi luar negara|dibawa ke luar negara|dihantar ke luar negara|kerja di luar negara|bekerja di luar negara|pekerjaan di luar negara",
      "hotspot",
      "Cambodia / taken abroad",
      1.5,
    ],
    [
      "penyeludupan {migran,manusia,orang}|sindiket penyeludupan migran|antipenyeludupan migran",
      "smuggling",
      "people smuggling",
    ],
    ["eksploitasi|dieksploitasi|mengeksploitasi", "exploit", "exploited"],
    ["pekerja asing|pekerja migran|pembantu rumah|amah|buruh asing|pekerja", "workers", "migrant workers"],
    // Look-alikes.
    [
      "dadah|syabu|ganja|bunga ganja|methamphetamine|heroin|ekstasi|pil ekstasi|pil kuda|ketamin|akta dadah berbahaya|pengedar dadah|seludup dadah|menyeludup dadah|penyeludupan dadah|pemerdagangan dadah|keldai dadah|yaba|pil yaba|kokain|ketum|air ketum",
      "negDrug",
      "drugs",
    ],
    [
      "hidupan liar|perhilitan|tenggiling|sisik tenggiling|gading gajah|penyu|spesies dilindungi|penyeludupan hidupan liar",
      "negWildlife",
      "wildlife",
    ],
    ["senjata api|peluru|bahan letupan|penyeludupan senjata", "negArms", "arms"],
    ["artifak|barang antik|barangan purba", "negAntiquities", "antiquities"],
    [
      "kemalangan|kemalangan maut|kemalangan jalan raya|nahas|nahas jalan raya|lalu lintas|kesesakan lalu lintas|trafik|akta pengangkutan jalan",
      "negTraffic",
      "road traffic",
    ],
    ["zaman jepun|pendudukan jepun|perang dunia", "negHistorical", "wartime"],
    [
      "macau scam|scam macau|kerja sambilan|penipuan kerja sambilan|sindiket penipuan kerja sambilan|scam kerja sambilan|kerja part time|part time|tugasan dalam talian|keldai akaun|akaun keldai|seksyen 420|pembelian dalam talian|panggilan telefon|pelaburan tidak wujud|skim cepat kaya|bungkusan|penipuan parcel|derma|kutip derma|sumbangan|kutipan derma|yuran|yuran pemprosesan|bayaran pendahuluan|wang pendahuluan|bayaran proses|komisen|tugasan|kerja dari rumah|pinjaman|pinjaman tidak wujud|e-dagang",
      "negLocalScam",
      "consumer scam",
    ],
    ["bukan|tidak|tiada|nafi|menafikan", "negation", "not"],
  ],
  places: [
    ["kemboja|cambodia|khmer|phnom penh|banteay meanchey|chrey thum|siem reap", "KH"],
    ["myanmar|burma|yangon|rangoon|negeri kayin|negeri shan|rohingya", "MM"],
    ["thailand|siam|bangkok|golok|sungai golok|hatyai|hat yai|chiang rai|chiang mai|songkhla", "TH"],
    ["laos|vientiane|segi tiga emas", "LA"],
    ["vietnam|hanoi", "VN"],
    ["filipina|manila", "PH"],
    ["indonesia|jakarta|batam|aceh", "ID"],
    ["singapura|singapore", "SG"],
    ["brunei", "BN"],
    ["timor leste", "TL"],
    [
      "malaysia|rakyat malaysia|warganegara malaysia|tanah air|kuala lumpur|klia|klang|selangor|sabah|sarawak|johor|kedah|perlis|kelantan|melaka|wang kelian|bukit kayu hitam|padang besar",
      "MY",
    ],
    ["china|negara china|tiongkok", "CN"],
    ["taiwan", "TW"],
    ["hong kong", "HK"],
    ["india", "IN"],
    ["korea selatan", "KR"],
    ["jepun", "JP"],
    ["pakistan", "PK"],
    ["sri lanka", "LK"],
    ["bangladesh", "BD"],
    ["nepal", "NP"],
    ["ethiopia", "ET"],
    ["kenya", "KE"],
    ["nigeria", "NG"],
    ["uganda", "UG"],
    ["amerika syarikat|amerika", "US"],
    ["arab saudi", "SA"],
    ["dubai|emiriah arab bersatu", "AE"],
    ["jordan", "JO"],
    ["rusia", "RU"],
    ["asia tenggara|asean|rantau mekong", "region"],
  ],
  topics: [
    [
      "pusat penipuan|pusat scam|kem sindiket|sindiket penipuan|scammer|scam|penipuan dalam talian|penipuan siber|jenayah siber|judi dalam talian|perjudian dalam talian|love scam|kk park|shwe kokko|myawaddy",
      "scam_compounds",
    ],
    [
      "buruh paksa|kerja paksa|dipaksa|hamba|diperhambakan|eksploitasi|tidak dibayar gaji|17 jam",
      "forced_labour",
    ],
    [
      "eksploitasi seks|eksploitasi seksual|melacur|pelacuran|pusat urut|gro|pelayan pelanggan|hamba seks",
      "sex_trafficking",
    ],
    [
      "tawaran kerja|tawaran pekerjaan|iklan kerja|iklan pekerjaan|gaji lumayan|dijanjikan|terpedaya|diperdaya|ejen|penipuan kerja|penipuan pekerjaan|tipu kerja",
      "recruitment_fake_jobs",
    ],
    [
      "diselamatkan|menyelamatkan|dibawa pulang|dihantar pulang|penghantaran pulang|kepulangan|ketibaan|pulang ke tanah air|selamat pulang|melarikan diri|dibebaskan|diusir|terkandas",
      "rescue_repatriation",
    ],
    [
      "polis|pdrm|bukit aman|jabatan siasatan jenayah|imigresen|ditahan|menahan|tahan|serbuan|diserbu|tumpaskan|ditumpaskan|didakwa|mahkamah|reman|suspek|interpol|aseanapol|maritim",
      "law_enforcement",
    ],
    [
      "kementerian luar negeri|wisma putra|kln|kedutaan|kedutaan besar|menteri|kerajaan|perdana menteri|dewan rakyat|parlimen|asean|suhakam|mho|memorandum|kerjasama",
      "policy_diplomacy",
    ],
    ["katanya|berkongsi pengalaman|pengalaman|kongsi pengalaman|merayu|rayu|luahan", "victims_testimony"],
    ["kerugian|rugi|juta|bilion", "online_fraud_losses"],
    ["rasuah|suapan|pegawai terlibat", "corruption"],
    ["sekatan|pengubahan wang haram|aset dibekukan|kripto|bitcoin", "sanctions_finance"],
    ["dadah|syabu|ganja|methamphetamine|heroin|pengedar dadah", "drug_trafficking"],
  ],
  urgency: [
    [
      "ditahan|diserbu|serbuan|diselamatkan|dibawa pulang|dihantar pulang|melarikan diri|maut|meninggal dunia|dibebaskan|dirampas|ditumpaskan|tumpaskan|terperangkap|terkandas|ditawan|terkini|kecemasan",
      "breaking",
    ],
    [
      "analisis|pandangan|rencana|kenapa|mengapa|bagaimana|kisah|laporan|kajian|tinjauan|wawancara|sejarah",
      "background",
    ],
  ],
};
