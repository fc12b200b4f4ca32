/**
 * Indonesian (Bahasa Indonesia), as the Indonesian press writes it: "TPPO" (tindak pidana perdagangan orang),
 * "WNI disekap di Myawaddy", "perusahaan online scam di Kamboja", "dipulangkan ke Tanah Air", with the English
 * loan words it keeps ("online scam", "scammer", "human trafficking"). Look-alikes in its own words: narkoba and
 * sabu smuggling, perdagangan satwa (trenggiling), kecelakaan lalu lintas, banjir evakuasi, domestic penipuan
 * (arisan online, investasi bodong, pinjol). Words match whole, so inflected forms are spelled out
 * ("disekap|menyekap|penyekapan"). Written from tests/fixtures/headlines/lang/id-dev.jsonl and knowledge of the
 * language; Indonesia is the home country, so naming it gives no Southeast-Asia bonus.
 */
import type { LanguagePack } from "./language-pack.js";

export const ID: LanguagePack = {
  language: "id",
  homeCountries: ["ID"],
  relevance: [
    // Explicit human trafficking.
    [
      "tppo|tindak pidana perdagangan orang|tindak pidana penjualan orang|perdagangan orang|perdagangan manusia|penjualan orang|penjualan manusia|korban perdagangan {orang,manusia}|sindikat perdagangan {orang,manusia}|jaringan perdagangan {orang,manusia}|kamp perdagangan manusia|kamp transit perdagangan manusia|pelaku perdagangan orang|anti perdagangan orang|human trafficking|trafficking in persons|perbudakan modern|budak modern|perbudakan siber|budak seks|perdagangan anak|perdagangan perempuan|eksploitasi seksual anak|prostitusi anak|pelacuran anak",
      "human",
      "human trafficking",
    ],
    ["diperdagangkan|memperdagangkan|trafficking|trafficker|trafficked", "trafficking", "trafficked"],
    // The Indonesian press files illegal dispatch of migrant workers under TPPO.
    [
      "pekerja migran ilegal|calon pekerja migran ilegal|pmi ilegal|cpmi ilegal|tki ilegal|pengiriman pekerja migran ilegal|pekerja migran non prosedural|pekerja migran nonprosedural|pmi non prosedural|pmi nonprosedural",
      "trafficking",
      "illegal migrant-worker dispatch",
    ],
    // Forced labour, servitude, sexual exploitation.
    [
      "kerja paksa|dipaksa {bekerja,kerja,menjadi,jadi,melakukan,menipu,melayani}|dipekerjakan secara paksa|perbudakan|diperbudak|budak|jeratan utang|jerat utang|kawin paksa|pengantin pesanan|eksploitasi seksual|dieksploitasi secara seksual|dijadikan {psk,pekerja seks,pelacur}|dipaksa menjadi pekerja seks",
      "forced",
      "forced labour",
    ],
    // The scam-compound industry by name.
    [
      "perusahaan online scam|perusahaan scam|perusahaan scam online|perusahaan penipuan {online,daring}|pusat penipuan|pusat penipuan {online,daring,siber}|pusat scam|pusat-pusat scam|pusat scammer|scam center|scam centre|markas online scam|markas scam|kompleks penipuan|kompleks penipuan {online,daring}|kompleks scam|kompleks online scam|sarang penipuan|industri penipuan|industri scam|kamp scam|kk park|shwe kokko",
      "compound",
      "scam compound",
    ],
    [
      "online scam|online scamming|scam online|penipuan {online,daring,siber}|scammer|scamming|judi online|judol|perjudian {online,daring}|admin judi|love scam|romance scam|penipuan asmara|penipuan investasi|sindikat penipuan|sindikat penipu|jaringan penipuan|kejahatan siber|penipuan berbasis daring|scam kripto",
      "scam",
      "online scam",
    ],
    ["scam|penipuan|penipu|tertipu|ditipu|menipu", "weakScam", "scam"],
    // Deceptive recruitment.
    [
      "tawaran kerja palsu|lowongan kerja palsu|lowongan kerja bodong|lowongan palsu|penipuan lowongan kerja|tawaran kerja ke luar negeri|dijanjikan {bekerja,kerja,pekerjaan,gaji}|diiming iming {gaji,pekerjaan,kerja}|iming iming gaji|tergiur {tawaran,gaji,janji}|gaji {besar,tinggi,fantastis} di luar negeri|perekrut|perekrutan ilegal|direkrut|jalur nonprosedural|jalur non prosedural|nonprosedural|non prosedural|penampungan pekerja",
      "recruit",
      "deceptive recruitment",
    ],
    // Captivity.
    [
      "disekap|menyekap|penyekapan|dikurung|terjebak|terperangkap|disandera|ditahan perusahaan|paspor {disita,ditahan,dirampas}|uang tebusan|tebusan|dijual ke",
      "captive",
      "held captive",
    ],
    // Rescue and repatriation, counted only beside a scam word.
    [
      "dipulangkan|pemulangan|memulangkan|pulangkan|diselamatkan|menyelamatkan|dibebaskan|dievakuasi|kabur|melarikan diri|repatriasi|dideportasi|deportasi|tiba di tanah air|minta pulang|korban",
      "plight",
      "rescued or repatriated",
    ],
    [
      "myawaddy|shwe kokko|kk park|sihanoukville|preah sihanouk|poipet|bavet|chrey thum|o smach|hpa lu|mae sot|segitiga emas|kawasan ekonomi khusus segitiga emas|tachileik|laukkaing|kokang|phnom penh",
      "hotspot",
      "compound hotspot",
    ],
    [
      "penyelundupan {orang,manusia,migran}|penyelundup manusia|sindikat penyelundupan migran",
      "smuggling",
      "people smuggling",
    ],
    ["eksploitasi|dieksploitasi|mengeksploitasi|eksploitasi kerja", "exploit", "exploited"],
    [
      "pekerja migran|pekerja migran indonesia|pmi|tki|tkw|buruh migran|tenaga kerja indonesia|anak buah kapal|abk|pekerja rumah tangga|asisten rumah tangga",
      "workers",
      "migrant workers",
    ],
    // Look-alikes.
    [
      "narkoba|narkotika|sabu|sabu sabu|shabu|ganja|ekstasi|pil ekstasi|heroin|kokain|metamfetamin|methamphetamine|bandar narkoba|kurir narkoba|peredaran narkoba|jaringan narkoba|sindikat narkoba|penyelundupan narkoba|penyelundupan sabu|perdagangan narkotika|ditresnarkoba|bnn",
      "negDrug",
      "drugs",
    ],
    [
      "satwa|satwa liar|satwa dilindungi|perdagangan satwa|trenggiling|sisik trenggiling|gading gajah|cula badak|kulit harimau|orangutan|penyu|burung dilindungi|bksda",
      "negWildlife",
      "wildlife",
    ],
    ["senjata api|senpi|amunisi|bahan peledak|penyelundupan senjata", "negArms", "arms"],
    ["benda cagar budaya|artefak|arca kuno|barang antik", "negAntiquities", "antiquities"],
    [
      "lalu lintas|kecelakaan|kecelakaan maut|kecelakaan lalu lintas|lakalantas|laka lantas|tabrakan|kemacetan|macet",
      "negTraffic",
      "road traffic",
    ],
    [
      "romusha|jugun ianfu|kerja rodi|zaman penjajahan|masa penjajahan|zaman jepang",
      "negHistorical",
      "wartime",
    ],
    [
      "arisan|arisan online|arisan bodong|investasi bodong|pinjol|pinjaman online|skema ponzi|penipuan jual beli|belanja online|modus undian|kode otp|phishing|penipuan berkedok",
      "negLocalScam",
      "consumer scam",
    ],
    ["bukan|tidak|tak|bantah|membantah", "negation", "not"],
  ],
  places: [
    ["kamboja|cambodia|khmer|phnom penh|banteay meanchey|chrey thum|kampot|siem reap|scambodia", "KH"],
    [
      "myanmar|burma|birma|yangon|rangoon|hpa lu|negara bagian shan|negara bagian kayin|rohingya|naypyidaw",
      "MM",
    ],
    ["thailand|thai|bangkok|chiang rai|chiang mai|provinsi tak|hatyai|sungai moei", "TH"],
    ["laos|vientiane|segitiga emas|kawasan ekonomi khusus segitiga emas", "LA"],
    ["vietnam|hanoi|ho chi minh", "VN"],
    ["filipina|manila", "PH"],
    [
      "malaysia|negeri jiran|kuala lumpur|klang|selangor|sabah|sarawak|tawau|johor|perlis|wang kelian|padang besar",
      "MY",
    ],
    ["singapura|singapore", "SG"],
    ["brunei", "BN"],
    ["timor leste", "TL"],
    ["indonesia|wni|warga negara indonesia|tanah air|jakarta|batam|nunukan|medan|surabaya", "ID"],
    ["china|tiongkok|cina|tionghoa", "CN"],
    ["taiwan", "TW"],
    ["hongkong|hong kong", "HK"],
    ["india", "IN"],
    ["korea selatan|korsel", "KR"],
    ["jepang", "JP"],
    ["pakistan", "PK"],
    ["sri lanka", "LK"],
    ["bangladesh", "BD"],
    ["nepal", "NP"],
    ["ethiopia|etiopia", "ET"],
    ["kenya", "KE"],
    ["nigeria", "NG"],
    ["uganda", "UG"],
    ["amerika serikat|amerika", "US"],
    ["arab saudi", "SA"],
    ["uni emirat arab|dubai", "AE"],
    ["rusia", "RU"],
    ["asia tenggara|asean|kawasan mekong", "region"],
  ],
  topics: [
    [
      "online scam|online scamming|scam online|penipuan online|penipuan daring|penipuan siber|pusat penipuan|pusat scam|perusahaan scam|perusahaan online scam|kompleks penipuan|scam center|scammer|scam|judi online|judol|kk park|shwe kokko|myawaddy|industri penipuan",
      "scam_compounds",
    ],
    [
      "kerja paksa|dipaksa|perbudakan|diperbudak|eksploitasi|eksploitasi kerja|jeratan utang|jam kerja|tidak digaji",
      "forced_labour",
    ],
    [
      "eksploitasi seksual|prostitusi|pelacuran|psk|pekerja seks|mucikari|panti pijat|tempat hiburan malam|pijat plus plus|budak seks",
      "sex_trafficking",
    ],
    [
      "tawaran kerja|lowongan kerja|lowongan|dijanjikan|diiming iming|iming iming|tergiur|gaji besar|gaji tinggi|direkrut|perekrut|perekrutan|nonprosedural|non prosedural|pekerja migran ilegal|calon pekerja migran",
      "recruitment_fake_jobs",
    ],
    [
      "dipulangkan|pemulangan|memulangkan|diselamatkan|menyelamatkan|dibebaskan|dievakuasi|kabur|melarikan diri|repatriasi|dideportasi|deportasi|tiba di tanah air|pulang ke tanah air|minta pulang",
      "rescue_repatriation",
    ],
    [
      "polisi|polri|bareskrim|polda|polres|satgas tppo|ditangkap|menangkap|tangkap|tersangka|penggerebekan|digerebek|menggerebek|ditahan|diringkus|dibekuk|buru|diburu|divonis|vonis|dakwaan|pengadilan|penegakan hukum|interpol|aparat|operasi",
      "law_enforcement",
    ],
    [
      "kemlu|kementerian luar negeri|menlu|kbri|dubes|duta besar|pemerintah|presiden|menteri|asean|pbb|kerja sama|kebijakan|imbauan|mengimbau|dpr|kpai|komnas|undang undang",
      "policy_diplomacy",
    ],
    ["mengaku|kisah|cerita|pengakuan|kesaksian|bercerita|curhat", "victims_testimony"],
    ["kerugian|merugikan|rugi|miliar|triliun", "online_fraud_losses"],
    ["suap|korupsi|oknum|kolusi|polisi terlibat|pejabat terlibat", "corruption"],
    ["sanksi|pencucian uang|tppu|aset dibekukan|dibekukan|kripto|bitcoin", "sanctions_finance"],
    ["narkoba|narkotika|sabu|ganja|ekstasi|bandar narkoba|kurir narkoba", "drug_trafficking"],
  ],
  urgency: [
    [
      "ditangkap|digerebek|penggerebekan|diselamatkan|dipulangkan|kabur|tewas|meninggal|disekap|terjebak|dibebaskan|dideportasi|disita|diringkus|dibekuk|dievakuasi|darurat|terkini|breaking news|hari ini",
      "breaking",
    ],
    [
      "mengapa|kenapa|bagaimana|analisis|opini|kisah|laporan|riset|penelitian|survei|wawancara|sejarah|mengenal|menguak|fakta|begini|deretan|daftar|serba serbi",
      "background",
    ],
  ],
};
