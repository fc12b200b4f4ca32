/**
 * Korean: the Korean press on Koreans lured by high-paying job offers, confined and forced into scams in
 * Cambodian and Myanmar crime compounds (범죄단지, 스캠 단지, 웬치; the 2025 abduction wave), on 인신매매 and
 * 강제노동, and its look-alikes: drug smuggling from Cambodia, domestic 보이스피싱 (cash collectors, impersonation
 * warnings), road accidents and rescues abroad, wildlife smuggling, wartime forced mobilisation (강제징용).
 *
 * Korean is spaced but agglutinative: a spelling matches at the start of a word and may be followed by a particle
 * or ending, so "감금" also reads "감금돼", "캄보디아" also reads "캄보디아에서". Short spellings that start other
 * words ("인도" in "인도네시아", "세부" in "세부 사항", "타이" in "타이어") are left out of the places.
 */
import type { LanguagePack } from "./language-pack.js";

export const KO: LanguagePack = {
  language: "ko",
  homeCountries: ["KR"],
  relevance: [
    // Explicit human trafficking.
    [
      "인신매매|인신 매매|인신매매범|인신매매 조직|인신매매단|인신거래|성착취|성 착취|성매매 강요|성매매를 강요|성매매를 강요당|강제 성매매|강제로 성매매",
      "human",
      "human trafficking",
    ],
    ["장기 적출|장기적출|장기 밀매|장기밀매|장기 매매|장기매매", "forced", "organ harvesting"],
    // Forced labour and forced criminality.
    [
      "강제 노동|강제노동|강제 노역|강제노역|강제로 일|강제 근로|노예 노동|현대판 노예|노예처럼|노예|채무 노예|강제 동원|강제로 동원|강제로 가담|범죄를 강요|범죄 가담을 강요|사기를 강요|사기 범죄를 강요|보이스피싱을 강요|보이스피싱 강요|사기 강요|범죄 강요|범죄 가담 강요|강제로 범죄|강제로 사기|강제로 보이스피싱|불법 행위를 강요|불법 업무를 강요|불법적인 일을 강요|강요당|강요받",
      "forced",
      "forced labour / forced into crime",
    ],
    // The compound industry by name.
    [
      "범죄단지|범죄 단지|스캠 단지|스캠단지|스캠 센터|스캠센터|스캠 콤파운드|사기 단지|사기단지|사기 공장|사기공장|온라인 사기 단지|온라인스캠범죄단지|온라인 스캠 범죄단지|보이스피싱 단지|웬치|범죄 소굴|사기 캠프|범죄 캠프|사기 작업장|KK파크|KK 파크|슈웨코코|쉐코코|태자단지|태자 단지|캄보디아 사태|캄보디아사태|스캠 조직|스캠조직",
      "compound",
      "scam compound",
    ],
    // Organised scam operations (count fully beside a Southeast Asian place).
    [
      "보이스피싱|보이스 피싱|전화금융사기|전기통신금융사기|로맨스 스캠|로맨스스캠|스캠|투자 사기|투자사기|코인 사기|코인사기|리딩방|온라인 사기|온라인사기|피싱 조직|피싱조직|피싱범죄|피싱 범죄|보이스피싱 조직|사기 조직|사기조직|사기단|콜센터|프린스그룹|프린스 그룹|후이원|해외 거점|동남아 거점|코리안 데스크|코리아 전담반|코리아데스크",
      "scam",
      "organised scam",
    ],
    ["사기|사기범|사기꾼|피싱|편취", "weakScam", "fraud"],
    // A criminal organisation is not yet a scam operation (drug rings are "범죄 조직" too): a weak cue.
    [
      "범죄조직|범죄 조직|범죄단체|범죄 단체|중국계 조직|중국계 범죄조직",
      "weakScam",
      "criminal organisation",
    ],
    // Deceptive recruitment.
    [
      "취업 사기|취업사기|해외 취업 사기|해외취업 사기|구직 사기|고수익 일자리|고수익 해외 취업|고수익 보장|고수익 미끼|고수익을 미끼|일자리 미끼|취업 미끼|취업을 미끼|허위 구인|허위 구인 광고|가짜 구인|가짜 채용|허위 채용|고수익을 보장|고소득 미끼|고소득을 미끼|고수익을 약속|고수익 약속|고수익 제안|해외 고수익 알바|고수익 해외 알바|해외 고액 알바|고액 해외 알바|해외 알바|해외 아르바이트|해외 고수익 일자리",
      "recruit",
      "deceptive recruitment",
    ],
    // A high-paying part-time job is also the lure of domestic cash-collector and drug-courier rings: weak
    // alone; the overseas ones above count fully.
    [
      "고수익 알바|고액 알바|고액 아르바이트|고수익 아르바이트|꿀알바|고액 일자리",
      "recruit",
      "high-paying part-time job",
      1,
    ],
    ["유인|유인책|유인돼|꾐|속아|속은|미끼", "recruit", "lured", 0.5],
    // The recruiter who sends people to the compounds (also of mule bank accounts): alone below the threshold.
    ["모집책|송출책", "recruit", "recruiter", 1.5],
    // "went abroad for a job, then …": the opening of most abduction stories.
    [
      "취업 갔다가|취업하러 갔다가|일하러 갔다가|돈 벌러 갔다가|취업하러 간",
      "recruit",
      "went abroad for a job",
      1.5,
    ],
    // Captivity.
    [
      "감금|납치|억류|감금돼|납치돼|여권을 빼앗|여권 빼앗|여권 뺏|여권을 뺏|여권과 휴대폰을 빼앗|여권과 휴대전화를 빼앗|여권 압수|몸값|팔려|팔려가|인질|고문|고문당|구출|구출돼|구출된|구금된 한국인|구금 한국인|구금됐던 한국인|한국인 구금|구금된 우리 국민|우리 국민 구금",
      "captive",
      "held captive",
    ],
    // The Korean student tortured to death in a Cambodian compound (2025): the press names the case by him.
    [
      "대학생 사망|사망 대학생|사망한 대학생|숨진 대학생|대학생 시신|대학생 피살|피살된 대학생",
      "captive",
      "student killed (the 2025 Cambodia case)",
    ],
    // Koreans confined abroad: in this press the compound story itself (flood or cave stories say 고립, 갇힌).
    [
      "감금된 한국인|감금 한국인|감금됐던 한국인|감금당한 한국인|한국인 감금|한국인 억류|억류된 한국인|감금된 우리 국민|우리 국민 감금",
      "captive",
      "Koreans held captive",
      3,
    ],
    // Rescue and return (count only beside a scam word).
    [
      "갇혀|갇힌|구조돼|구조됐|구조된|구조되|구조했|구조해|구조 요청|구조를 요청|구조 작전|송환|귀국|탈출|풀려나|풀려난|석방|전세기|귀환|생환|추방|인계",
      "plight",
      "rescued / sent home",
    ],
    // Hotspots (count only beside another cue).
    [
      "시아누크빌|시하누크빌|프레아시아누크|바벳|포이펫|보코산|보꼬산|캄폿|깜폿|미야와디|먀와디|골든 트라이앵글|골든트라이앵글|황금 삼각지대|황금삼각지대|타칠레익|코캉|라우카잉|메솟|매솟|목바이|쯔러이톰",
      "hotspot",
      "scam hotspot",
    ],
    // Cambodia itself stands for the compounds in the 2025 Korean press ("캄보디아 사태"); beside another cue
    // only, and weaker than a town. Myanmar is left out: its coup news is full of detention and torture words.
    ["캄보디아|프놈펜", "hotspot", "Cambodia", 1.5],
    ["돼지 도살|돼지도살|돼지 도살 사기", "pig", "pig butchering"],
    ["밀입국 알선|불법 입국 알선|밀항 알선|밀입국시켜", "smuggling", "people smuggling"],
    ["착취|학대|혹사", "exploit", "exploited"],
    [
      "이주노동자|이주 노동자|외국인 노동자|외국인노동자|이주민 노동자|선원|어선원|가사노동자|가사 노동자|계절근로자|계절 근로자",
      "workers",
      "migrant workers",
    ],
    // Look-alikes.
    [
      "마약|마약류|마약 밀수|마약밀수|마약 밀매|마약밀매|마약사범|필로폰|메스암페타민|케타민|대마|대마초|코카인|헤로인|야바|엑스터시|마약 조직|마약 조직원|마약 총책",
      "negDrug",
      "drugs",
    ],
    [
      "야생동물|밀렵|천산갑|상아|코뿔소|비단뱀|뱀|멸종위기|수달|거북|희귀 동물|희귀동물|보호종",
      "negWildlife",
      "wildlife",
    ],
    ["총기|무기 밀매|무기밀매|탄약", "negArms", "weapons"],
    ["문화재|유물|도굴|짝퉁|위조품", "negAntiquities", "antiquities or counterfeits"],
    ["교통사고|교통 사고|추돌|전복|교통체증|정체|사고", "negTraffic", "road traffic"],
    [
      "일제|일제강점기|강제징용|징용|징용공|위안부|강제동원 피해자|전범 기업|전범기업|사도광산|군함도|태평양전쟁",
      "negHistorical",
      "wartime",
    ],
    [
      "수거책|현금수거책|운반책|현금 운반책|마약 운반책|마약 운반|마약 배달|마약 밀반입|던지기 수법|밀반입|밀수입|밀수|밀수조직|밀수 조직|국내 유통|국내로 들여|현금 수거책|전달책|인출책|대포통장|대포통장 명의|스미싱|택배 사칭|카드 배송 사칭|카드배송 사칭|대환 대출|대환대출|예방 수칙|피해 예방|주의 당부|노쇼 사기|메신저 피싱|파밍|통장 넘긴|통장을 넘긴|통장 넘겨|통장을 넘겨|통장 빌려준|통장을 빌려준|통장 대여|통장 양도|계좌 대여|명의 대여|악성 앱|원격제어 앱|링크를 누르|문자 주의|부고 문자|청첩장 문자",
      "negLocalScam",
      "domestic consumer scam, couriers, smuggling-in",
    ],
  ],
  places: [
    [
      "캄보디아|프놈펜|시아누크빌|시하누크빌|바벳|포이펫|보코산|보꼬산|캄폿|깜폿|씨엠립|시엠립|시엠레아프|스바이리엥|반테아이민체이|목바이",
      "KH",
    ],
    [
      "미얀마|버마|양곤|네피도|미야와디|먀와디|타칠레익|카렌주|카인주|샨주|코캉|라우카잉|슈웨코코|쉐코코|KK파크|KK 파크",
      "MM",
    ],
    ["라오스|비엔티안|보케오|루앙프라방|골든트라이앵글 경제특구", "LA"],
    ["태국|방콕|파타야|치앙마이|치앙라이|푸껫|푸켓|메솟|매솟|딱주|람팡", "TH"],
    ["베트남|하노이|호찌민|호치민|다낭|나트랑|냐짱", "VN"],
    ["필리핀|마닐라|클락|보라카이|팜팡가", "PH"],
    ["말레이시아|쿠알라룸푸르", "MY"],
    ["인도네시아|자카르타|발리", "ID"],
    ["싱가포르", "SG"],
    ["브루나이", "BN"],
    ["동티모르", "TL"],
    ["동남아|동남아시아|아세안|인도차이나", "region"],
    ["한국|대한민국|한국인|우리 국민|국민", "KR"],
    ["중국|중국인|중국계|조선족", "CN"],
    ["대만|대만인", "TW"],
    ["홍콩", "HK"],
    ["일본|일본인", "JP"],
    ["인도인|인도 국적", "IN"],
    ["스리랑카", "LK"],
    ["방글라데시", "BD"],
    ["네팔", "NP"],
    ["파키스탄", "PK"],
    ["에티오피아", "ET"],
    ["케냐", "KE"],
    ["나이지리아", "NG"],
    ["우간다", "UG"],
    ["미국", "US"],
  ],
  topics: [
    [
      "범죄단지|범죄 단지|스캠|웬치|사기 조직|사기조직|사기단|범죄조직|범죄 조직|범죄단체|보이스피싱|콜센터|거점|피싱 조직|피싱범죄|사기|KK파크|슈웨코코",
      "scam_compounds",
    ],
    ["강제 노동|강제노동|강요|강제로|노예|착취|동원", "forced_labour"],
    ["인신매매|성매매|성착취|성 착취|매춘|유흥업소", "sex_trafficking"],
    [
      "취업 사기|취업사기|고수익|고소득|구인|일자리|알바|아르바이트|유인|미끼|속아|채용|해외 취업",
      "recruitment_fake_jobs",
    ],
    [
      "구출|구조돼|구조됐|구조된|구조되|구조했|구조 요청|송환|귀국|탈출|풀려|석방|전세기|귀환|추방|생환",
      "rescue_repatriation",
    ],
    [
      "경찰|검거|체포|구속|기소|수사|검찰|송치|단속|인터폴|적색수배|압수수색|구금|재판|부검|일망타진",
      "law_enforcement",
    ],
    [
      "외교부|대사관|정부|대통령|장관|차관|여행금지|여행경보|특별여행주의보|협약|합동대응|코리안 데스크|국회|의원|유엔|아세안|영사",
      "policy_diplomacy",
    ],
    ["증언|피해자|호소|털어놓|진술|고문|악몽|생존자|폭행", "victims_testimony"],
    [
      "편취|가로챈|가로채|피해액|피해금|억 원|억원|로맨스 스캠|로맨스스캠|투자 사기|코인|리딩방",
      "online_fraud_losses",
    ],
    ["부패|뇌물|유착|비호", "corruption"],
    ["제재|자금세탁|돈세탁|범죄수익|동결|가상자산|암호화폐|환수|추징", "sanctions_finance"],
    ["마약|마약류|필로폰|메스암페타민|케타민|대마|코카인|헤로인", "drug_trafficking"],
  ],
  urgency: [
    [
      "속보|긴급|체포|검거|구출|구조|송환|사망|숨진|피살|납치|급습|단속|탈출|석방|추방|압수수색|일망타진",
      "breaking",
    ],
    [
      "분석|해설|왜|실태|총정리|정리|인터뷰|기획|르포|배경|전말|전모|진단|심층|리포트|보고서|주의",
      "background",
    ],
  ],
};
