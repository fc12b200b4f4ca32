/**
 * Filipino/Tagalog, as the Philippine press writes it: Taglish, with English loan phrases kept in English
 * ("biktima ng human trafficking", "scam hub", "ni-recruit"), Tagalog verb forms for rescue and return
 * ("nasagip", "napauwi", "nakauwi na"), and POGO for the offshore-gaming hubs. The Philippines is home: naming it
 * (or Pinoy, NAIA, Manila) gives a scam word no Southeast-Asia bonus, because domestic fraud news names it.
 */
import type { LanguagePack } from "./language-pack.js";

export const TL: LanguagePack = {
  language: "tl",
  homeCountries: ["PH"],
  relevance: [
    // Explicit human trafficking (the press keeps the English phrase) and the agencies that only handle it.
    [
      "human trafficking|human trafficker{,s}|trafficking in persons|trafficking of persons|anti trafficking|anti human trafficking|qualified trafficking|qualified human trafficking|sex trafficking|labor trafficking|labour trafficking|child trafficking|trafficking victim{,s}|trafficking survivor{,s}|biktima ng trafficking|iacat|inter agency council against trafficking|task force against trafficking|pagbebenta ng tao|pangangalakal ng tao|kalakalan ng tao|modern slavery|modern day slavery|cybersex den{,s}|online sexual exploitation|osaec|osec|sex slave{,s}",
      "human",
      "human trafficking",
    ],
    [
      "trafficking|trafficked|trafficker{,s}|traffick|na traffick|na trafficked",
      "trafficking",
      "trafficking",
    ],
    // Forced work: "ginawang scammer" (made into a scammer) is the scam hubs' own signature.
    [
      "sapilitang pagtatrabaho|sapilitang paggawa|sapilitang pinagtrabaho|sapilitang pinagtatrabaho|pwersahang pinagtrabaho|pwersahang pinagtatrabaho|pinilit magtrabaho|pinilit na magtrabaho|pinuwersa na magtrabaho|napilitang magtrabaho|forced labor|forced labour|forced to work|ginawang scammer{,s}|ginawang online scammer{,s}|ginawang crypto scammer{,s}|ginawang love scammer{,s}|pang aalipin|alipin|debt bondage",
      "forced",
      "forced labour",
    ],
    [
      "scam hub{,s}|scamming hub{,s}|scam compound{,s}|scam hub compound{,s}|scam center{,s}|scam centre{,s}|scamming facility|scamming facilities|scam facility|scam farm{,s}|crypto farm{,s}|scam city|scam factory|pogo hub{,s}|pogo compound{,s}|illegal pogo|ilegal na pogo|iligal na pogo|pogo like|pogo like companies|mala pogo|mala pogong|kk park|shwe kokko",
      "compound",
      "scam compound",
    ],
    [
      "pogo{,s}|offshore gaming|offshore gaming operator{,s}|crypto scam{,s}|crypto scammer{,s}|crypto scam syndicate{,s}|cryptocurrency scammer{,s}|love scam{,s}|love scammer{,s}|romance scam{,s}|online scam{,s}|online scammer{,s}|online scamming|scam syndicate{,s}|scam operation{,s}|scamming operation{,s}|scamming activities|scamming business|sindikato ng scam|scam network{,s}|online fraud|cyber fraud",
      "scam",
      "scam operation",
    ],
    [
      "scam{,s}|scammer{,s}|scamming|na scam|ma scam|iscam|mang iscam|manloloko|panloloko",
      "weakScam",
      "scam",
    ],
    // Deceptive recruitment: "ni-recruit", fake job offers, the customer-service lure.
    [
      "illegal recruitment|illegal recruiter{,s}|iligal na recruitment|ilegal na recruitment|ni recruit|na recruit|nirecruit|narecruit|pekeng job offer{,s}|pekeng trabaho|pekeng recruitment agency|pekeng recruitment agencies|bogus na trabaho|too good to be true|pinangakuan ng trabaho|pinangakuan ng mataas na sahod|alok na trabaho abroad|job offer{,s} abroad|recruitment agency",
      "recruit",
      "deceptive recruitment",
    ],
    [
      "recruiter{,s}|naloko|nalinlang|naengganyo|naakit|customer service representative{,s}|customer sales representative{,s}|chat support",
      "recruit",
      "lured",
      1,
    ],
    [
      "ikinulong|kinulong|nakakulong|ibinenta|ibenta|ipinagbili|binili at ibinenta|kinumpiska ang pasaporte|kinuha ang pasaporte|binubugbog|kinukuryente|held captive|hostage",
      "captive",
      "held captive",
    ],
    ["pig butchering|pig butchering scam{,s}", "pig", "pig butchering"],
    [
      "nasagip|sinagip|nailigtas|iniligtas|na rescue|narescue|nare rescue|nasaklolohan|nakauwi|nakabalik|naiuwi|napauwi|pinauwi|balik bansa|repatriate{,d}|na repatriate|repatriation|repatriates|nakatakas|tumakas|naharang|hinarang|maharang|na intercept|stranded|na stranded",
      "plight",
      "rescued or repatriated",
    ],
    [
      "myawaddy|kk park|shwe kokko|golden triangle|golden triangle special economic zone|golden triangle sez|bokeo|sihanoukville|preah sihanouk|bavet|poipet|tachileik|laukkaing|kokang|o smach",
      "hotspot",
      "compound hotspot",
    ],
    [
      "human smuggling|people smuggling|backdoor exit|back door exit|illegal exit point{,s}",
      "smuggling",
      "smuggling",
    ],
    [
      "inabuso|inaabuso|pang aabuso|minaltrato|minamaltrato|pagmamaltrato|pinagmalupitan|pinagsamantalahan|pagsasamantala|exploitation|abuse",
      "exploit",
      "abused",
    ],
    [
      "ofw{,s}|overseas filipino worker{,s}|domestic helper{,s}|household worker{,s}|kasambahay|migrant worker{,s}|mga manggagawa|manggagawang pilipino|mangingisda",
      "workers",
      "workers",
    ],
    // Look-alikes in the press's own words.
    [
      "drug trafficking|drug trafficker{,s}|drug syndicate{,s}|droga|iligal na droga|ipinagbabawal na gamot|shabu|marijuana|kush|cocaine|ecstasy|pdea|dangerous drugs|buy bust|drug|drugs|tulak|high value target",
      "negDrug",
      "drugs",
    ],
    [
      "wildlife trafficking|wildlife smuggling|wildlife|pangolin{,s}|mga hayop|hayop|endangered species|endengered species|seahorse{,s}|pawikan|kaliskis|buwaya|tarsier|ivory|poaching",
      "negWildlife",
      "wildlife",
    ],
    ["baril|armas|loose firearms|firearms|bala|pampasabog|gun running", "negArms", "arms"],
    [
      "rice smuggling|agricultural smuggling|puslit na bigas|sigarilyo|fuel smuggling|counterfeit|pekeng produkto",
      "negAntiquities",
      "goods smuggling",
    ],
    [
      "trapiko|traffic|aksidente|aksidente sa kalsada|banggaan|nabangga|bumangga|sumalpok|nasagasaan|road crash|motorsiklo|mmda|lto",
      "negTraffic",
      "road traffic",
    ],
    [
      "world war ii|ikalawang digmaang pandaigdig|comfort women|panahon ng hapones|martial law",
      "negHistorical",
      "historical",
    ],
    [
      "text scam{,s}|text message scam|investment scam{,s}|investment scheme|ponzi|pyramiding|estafa|budol|budol budol|phishing|online selling scam|online shopping scam|gcash scam|raffle|sim registration",
      "negLocalScam",
      "domestic scam",
    ],
    ["hindi|walang|itinanggi|pinabulaanan|hindi totoo", "negation", "not"],
  ],
  places: [
    [
      "pilipinas|philippines|pinoy{,s}|pinay{,s}|pilipino{,s}|pilipina{,s}|filipino{,s}|filipina{,s}|ofw{,s}|maynila|manila|metro manila|naia|clark|pampanga|tarlac|bamban|porac|parañaque|paranaque|pasay|zamboanga|tawi tawi|davao|cebu",
      "PH",
    ],
    [
      "myanmar|burma|yangon|rangoon|naypyidaw|nay pyi taw|mandalay|myawaddy|shwe kokko|kk park|karen state|kayin|tachileik|laukkaing|kokang|shan state",
      "MM",
    ],
    [
      "cambodia|kambodya|cambodian{,s}|phnom penh|phnom panh|sihanoukville|preah sihanouk|bavet|poipet|oddar meanchey|o smach|siem reap",
      "KH",
    ],
    [
      "laos|lao|laotian{,s}|vientiane|bokeo|golden triangle|golden triangle special economic zone|golden triangle sez|ton pheung",
      "LA",
    ],
    ["thailand|thai|taylandiya|bangkok|mae sot|chiang rai", "TH"],
    ["vietnam|vietnamese|biyetnam|ho chi minh|hanoi", "VN"],
    ["malaysia|malaysian{,s}|sabah|kuala lumpur", "MY"],
    ["indonesia|indonesian{,s}|jakarta", "ID"],
    ["singapore|singaporean{,s}|singapur", "SG"],
    ["brunei", "BN"],
    ["timor leste|east timor", "TL"],
    ["southeast asia|timog silangang asya|asean", "region"],
    ["china|tsina|chinese|chinese national{,s}|beijing", "CN"],
    ["hong kong", "HK"],
    ["taiwan|taiwanese", "TW"],
    ["india|indian{,s}", "IN"],
    ["sri lanka|sri lankan{,s}", "LK"],
    ["bangladesh|bangladeshi{,s}", "BD"],
    ["nepal", "NP"],
    ["pakistan", "PK"],
    ["kenya|kenyan{,s}", "KE"],
    ["ethiopia|ethiopian{,s}", "ET"],
    ["nigeria|nigerian{,s}", "NG"],
    ["uganda|ugandan{,s}", "UG"],
    ["korea|south korea|korean{,s}", "KR"],
    ["japan|japanese", "JP"],
    ["united states|estados unidos|amerika|america", "US"],
    ["dubai|uae|united arab emirates", "AE"],
    ["syria|damascus", "SY"],
    ["saudi|saudi arabia", "SA"],
    ["iraq|basra", "IQ"],
    ["kuwait", "KW"],
  ],
  topics: [
    [
      "scam hub{,s}|pogo|pogo hub{,s}|scam compound{,s}|scamming facility|crypto farm|offshore gaming|kk park|scam center{,s}|ginawang scammer",
      "scam_compounds",
    ],
    [
      "sapilitang pagtatrabaho|pinilit magtrabaho|pwersahang pinagtatrabaho|pwersahang pinagtrabaho|forced labor|forced labour|ginawang scammer|walang sahod|hindi pinapasweldo",
      "forced_labour",
    ],
    [
      "sex trafficking|prostitusyon|prostitution|bugaw|cybersex|osaec|online sexual exploitation",
      "sex_trafficking",
    ],
    [
      "illegal recruitment|illegal recruiter{,s}|ni recruit|na recruit|recruiter{,s}|pekeng trabaho|job offer{,s}|customer service representative{,s}|customer sales representative{,s}|too good to be true",
      "recruitment_fake_jobs",
    ],
    [
      "nasagip|sinagip|nailigtas|na rescue|nakauwi|naiuwi|nakabalik|napauwi|repatriate{,d}|na repatriate|repatriation|balik bansa",
      "rescue_repatriation",
    ],
    [
      "inaresto|arestado|naaresto|sinalakay|ni raid|raid|kinasuhan|sinampahan|paocc|nbi|cidg|iacat|hinatulan|guilty|inquest|naharang|hinarang",
      "law_enforcement",
    ],
    [
      "dfa|embahada|embassy|senado|pagdinig|pogo ban|dmw|department of migrant workers|bureau of immigration",
      "policy_diplomacy",
    ],
    ["kuwento|kwento|salaysay|ikinuwento|testimonya", "victims_testimony"],
    ["natangay|nawalan ng|cryptocurrency|pig butchering", "online_fraud_losses"],
    ["suhol|katiwalian|korapsyon|pastillas|protektor", "corruption"],
    ["money laundering|amlc|sanctions", "sanctions_finance"],
    ["shabu|droga|iligal na droga|drug trafficking|pdea", "drug_trafficking"],
  ],
  urgency: [
    [
      "nasagip|sinagip|nailigtas|inaresto|arestado|naaresto|sinalakay|ni raid|nakauwi|naiuwi|nasawi|patay|hinatulan|kinasuhan|naharang|nakatakas|ngayong araw|kagabi",
      "breaking",
    ],
    [
      "opinyon|kolum|column|editoryal|panayam|explainer|bakit|paano|alamin|dokumentaryo|pag aaral|kasaysayan|talakayan",
      "background",
    ],
  ],
};
