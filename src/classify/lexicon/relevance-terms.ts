/**
 * Weighted phrases for the relevance decision. Kinds:
 * - human: explicit human trafficking, always counts.
 * - trafficking: the bare word; cancelled when the item is about drugs, wildlife, arms or antiquities.
 * - forced: forced labour, slavery, debt bondage; cancelled by a historical (wartime) context.
 * - compound: the scam-compound industry by name.
 * - scam: organised scam operations; count fully only next to a Southeast Asian place or another cue.
 * - weakScam: a bare "scam" word.
 * - recruit: deceptive recruitment.
 * - captive: people held against their will.
 * - plight: rescue or repatriation words; count only beside a scam word ("scam victims repatriated").
 * - hotspot: places known for compounds, and the groups and bosses behind them ("huione", "she zhijiang");
 *   count only beside another cue (a raid or a rescue there counts, see scene.ts).
 * - pig: "pig butchering", the compounds' signature fraud.
 * - exploit / workers: "exploited" counts only with a workers word ("migrant care workers ... exploitation").
 * - smuggling: people smuggling (weak on its own).
 * - neg*: contexts that make a look-alike ("drug trafficking", "traffic jam", "wartime sex slaves").
 * - negation: a word that negates the next cue ("no", "not", "denies").
 */
export type RelevanceKind =
  | "human"
  | "trafficking"
  | "forced"
  | "compound"
  | "scam"
  | "weakScam"
  | "recruit"
  | "captive"
  | "plight"
  | "hotspot"
  | "pig"
  | "exploit"
  | "workers"
  | "smuggling"
  | "negDrug"
  | "negWildlife"
  | "negArms"
  | "negAntiquities"
  | "negTraffic"
  | "negHistorical"
  | "negLocalScam"
  | "negation";

export interface RelevanceTerm {
  kind: RelevanceKind;
  weight: number;
}

const t = (kind: RelevanceKind, weight: number): RelevanceTerm => ({ kind, weight });

export const RELEVANCE_TERMS: ReadonlyArray<readonly [string, RelevanceTerm]> = [
  // Explicit human trafficking.
  [
    "human trafficking|human trafficker{,s}|trafficking in persons|trafficking of persons|people trafficking|people trafficker{,s}|person trafficking|sex trafficking|sex trafficker{,s}|labo{u,}r trafficking|child trafficking|trafficking of {women,children,girls,people,workers,migrants}|trafficking victim{,s}|trafficking survivor{,s}|victim{,s} of trafficking|victim{,s} of human trafficking|anti trafficking|counter trafficking|trafficking camp{,s}|qualified trafficking|trafficking in humans|prostitution ring{,s}|sex ring{,s}|forced to work as prostitutes|sex slavery|bride trafficking|sold as {brides,wives,a bride,a wife}|sold {brides,wives}|online sexual exploitation|online sexual abuse|online sexual exploitation of children|online child sexual abuse|online child sex abuse|online child sexual exploitation|child sexual exploitation|child sex abuse|child sexual abuse material|livestreamed abuse|livestream child abuse|live stream child abuse|livestreamed child abuse|cybersex den{,s}|cybersex trafficking|osec|osaec|modern slavery|modern day slavery|cyber slavery|cyber slave{,s}|cyber slave camp{,s}|cyber trafficking|baby selling|selling babies|sale of babies|baby sale{,s}|baby trafficking|child prostitution|underage prostitution|child sex tourism|child sex tourist{,s}",
    t("human", 3.5),
  ],
  [
    "trafficked {women,woman,girls,girl,children,child,boys,men,workers,people,persons,victims,migrants,teens,teenagers,youths,labourers,laborers,foreigners,nationals,citizens}|{were,was,been,being,get,got} trafficked|trafficked {to,into,from,across}",
    t("human", 3.5),
  ],
  [
    "trafficking|trafficked|trafficker{,s}|traffick|traffics|tier 2 watch list|tier 2 watchlist|tip report",
    t("trafficking", 3),
  ],
  // Forced labour, slavery, bondage.
  [
    "forced labo{u,}r|forced labo{u,}rers|forced work|forced to work|forced to scam|forced into scam{,s,ming}|forced into {prostitution,labour,labor,slavery,crime,criminality,fraud,cybercrime,online scams,online fraud}|forced to commit|forced to defraud|forced to swindle|forced criminality|forced prostitution|forced to carry out|debt bondage|bonded labo{u,}r|slave labo{u,}r|slavery|enslaved|enslavement|slave{,s}|sex slave{,s}|sexual slavery|sweatshop{,s}|indentured|servitude|coerced into|forced marriage{,s}|sexual exploitation|sexually exploited|labo{u,}r exploitation|organ harvesting",
    t("forced", 3),
  ],
  // The scam-compound industry by name.
  [
    "scam compound{,s}|scamming compound{,s}|scam cent{re,er}{,s}|scamming cent{re,er}{,s}|scam hub{,s}|scamming hub{,s}|scam factory|scam factories|scam farm{,s}|scam den{,s}|scam park{,s}|scam camp{,s}|scam town|scam city|scam hothouse{,s}|scam mill{,s}|scam industry|scam industries|scamming industry|scam raid{,s}|cyber scam camp{,s}|cybercrime camp{,s}|cyber crime camp{,s}|cybercrime compound{,s}|cyber scam compound{,s}|cyber scam cent{re,er}{,s}|fraud compound{,s}|fraud hub{,s}|fraud factory|fraud factories|fraud cent{re,er}{,s}|fraud camp{,s}|online scam compound{,s}|online scam cent{re,er}{,s}|kk park|shwe kokko|pogo hub{,s}|scam syndicate compound{,s}|forced labo{u,}r compound{,s}|forced labo{u,}r camp{,s}|cyber criminal area|scam complex{,es}|scamming complex{,es}|scam enclave{,s}|scam base{,s}|scam zone{,s}|scam outfit{,s}|fraud den{,s}|fraud park{,s}|fraud base{,s}|online scam hub{,s}|online scam factory|online scam factories|online scam camp{,s}|online scam den{,s}|online fraud cent{re,er}{,s}|online fraud hub{,s}|online fraud compound{,s}|online fraud factory|online fraud factories|cyber fraud cent{re,er}{,s}|cyber fraud compound{,s}|cyberfraud cent{re,er}{,s}|cybercrime cent{re,er}{,s}|cybercrime hub{,s}|cybercrime den{,s}|cyber crime cent{re,er}{,s}|cyber crime hub{,s}|cyberscam cent{re,er}{,s}|cyberscam compound{,s}|cyberscam hub{,s}|cyberscam camp{,s}|telecom fraud cent{re,er}{,s}|telecom fraud den{,s}",
    t("compound", 3.5),
  ],
  [
    "scam syndicate{,s}|scam gang{,s}|scam ring{,s}|scam network{,s}|scam operation{,s}|scam operator{,s}|scam boss{,es}|scam kingpin{,s}|scamming operation{,s}|scamming ring{,s}|scam group{,s}|online scam{,s}|online scamming|online scammer{,s}|online fraud{,s}|online fraudster{,s}|cyber scam{,s}|cyberscam{,s}|cyber scamming|cyber fraud|cyberfraud|cyber fraudster{,s}|cybercrime syndicate{,s}|cybercrime operation{,s}|cybercrime kingpin{,s}|cybercrime gang{,s}|cybercrime network{,s}|telecom{,s} fraud|telecommunications fraud|telecom scam{,s}|phone scam operation{,s}|phone scam syndicate{,s}|call cent{re,er}{,s}|call cent{re,er} scam{,s}|romance scam{,s}|romance scammer{,s}|crypto scam{,s}|crypto fraud|cryptocurrency scam{,s}|cryptocurrency fraud|investment scam{,s}|investment fraud|love scam{,s}|scam {kingpin,lord,lords,bosses}|fraud suspect{,s}|scam suspect{,s}|scam worker{,s}|scam victims trafficked|scammer{,s} trafficked|fraud syndicate{,s}|fraud ring{,s}|fraud network{,s}|scam empire|fraud empire|scam economy|scamdemic|scam operations|cyber scamming operation{,s}|illegal online gambling|pogo{,s}|offshore gaming|offshore gambling|online gambling syndicate{,s}|online casino enterprise{,s}|scam racket{,s}|fraud racket{,s}|cyber fraud racket{,s}|cybercrime racket{,s}|internet fraud|internet scam{,s}|telecom network fraud|telecommunications network fraud|telecom and online fraud|telecom and internet fraud",
    t("scam", 1.5),
  ],
  [
    "scam{,s}|scammer{,s}|scamming|scammed|cybercrime{,s}|cyber crime{,s}|online gambling|online gaming|gambling syndicate{,s}",
    t("weakScam", 1),
  ],
  // Deceptive recruitment and captivity.
  [
    "fake job{,s}|fake job offer{,s}|job scam{,s}|fraudulent job{,s}|fraudulent job offer{,s}|bogus job{,s}|false job{,s}|lucrative job{,s}|high paying job{,s}|well paid job{,s}|promise{,s,d} of {jobs,work,employment,high pay,high salaries,a job}|lured {with,by} {promises,jobs,job offers,fake}|job offer{,s} abroad|illegal recruit{er,ers,ment}|recruitment agent{,s}|duped into|tricked into|deceived into|lured into|lured to|lured abroad|lured overseas|promised {jobs,work,employment,a job,high,well,good,lucrative}|promises of {well,good,lucrative,high}|job fraud{,s}|job racket{,s}|recruitment racket{,s}|visa racket{,s}",
    t("recruit", 2),
  ],
  ["lured|duped|tricked", t("recruit", 1)],
  [
    "held captive|held against {their,his,her} will|held hostage|illegal confinement|illegally confined|illegal detention|confined in|trapped in|kept captive|sold to|sold as slaves|bought and sold|buying and selling of|locked up|kidnapped|kidnapping{,s}|abducted|abduction{,s}",
    t("captive", 1.5),
  ],
  ["pig butchering|pig butcher{,ing} scam{,s}|pig butchering scam{,s}|pig slaughtering", t("pig", 2)],
  [
    "rescue{,d}|rescues|repatriat{e,ed,es,ing,ion}|freed|free|trapped|stranded|escape{,d,es}|fled|return{,ed} home|stuck|held",
    t("plight", 1),
  ],
  [
    "myawaddy|golden triangle special economic zone|golden triangle sez|gtsez|kings romans|sihanoukville|preah sihanouk|bavet|laukkaing|laukkai|kokang|tachileik|mong la|yatai|yatai new city|dongmei|kk park|shwe kokko|huione|huione group|huione pay|huione guarantee|haowang guarantee|prince group|prince holding group|chen zhi|she zhijiang|saw chit thu|ming xuechang|bai suocheng|wei huairen|xu laofa|liu zhengxiang|ming family|bai family|kokang crime famil{y,ies}|alice guo|guo hua ping|bamban|lucky south 99|zun yuan",
    t("hotspot", 2),
  ],
  [
    "people smuggling|human smuggling|migrant smuggling|smuggling of migrants|people smuggler{,s}|human smuggler{,s}",
    t("smuggling", 1.5),
  ],
  ["exploited|exploitation|exploiting|exploitative|abused|abuse|mistreated", t("exploit", 1.5)],
  [
    "migrant worker{,s}|care worker{,s}|domestic worker{,s}|domestic helper{,s}|maid{,s}|fishermen|fishers|migrant labo{u,}rer{,s}|factory workers|garment workers|plantation workers|construction workers|care sector",
    t("workers", 1.5),
  ],
  // Look-alikes.
  [
    "drug trafficking|drug trafficker{,s}|drugs trafficking|drug traffic|narcotics trafficking|narcotic trafficking|trafficking of drugs|trafficking in drugs|trafficking drugs|drug smuggling|drug smuggler{,s}|drug lord{,s}|drug kingpin{,s}|drug cartel{,s}|drug war|drugs|drug|narcotic{,s}|methamphetamine|meth|crystal meth|yaba|heroin|cocaine|opium|cannabis|marijuana|ketamine|fentanyl|kratom|ecstasy|ice pills|meth pills|pills",
    t("negDrug", 0),
  ],
  [
    "wildlife trafficking|wildlife trade|wildlife smuggling|wildlife|pangolin{,s}|ivory|rhino|rhino horn|tiger{,s}|elephant{,s}|macaque{,s}|monkey{,s}|turtle{,s}|tortoise{,s}|bird{,s}|orangutan{,s}|animal{,s}|mammal{,s}|species|timber|rosewood|poaching|poacher{,s}|shark fin{,s}|most trafficked mammal",
    t("negWildlife", 0),
  ],
  [
    "arms trafficking|arms trafficker{,s}|weapons trafficking|gun trafficking|firearms trafficking|arms smuggling|weapons smuggling|gun running|arms dealer{,s}|weapons|firearms|guns|ammunition",
    t("negArms", 0),
  ],
  [
    "antiquities trafficking|art trafficking|antiquities|antiquity|artefact{,s}|artifact{,s}|relic{,s}|sarcophagus|looted|looting|statue{,s}|sculpture{,s}|fuel smuggling|oil smuggling|cigarette smuggling|counterfeit{,s}",
    t("negAntiquities", 0),
  ],
  [
    "traffic|traffic jam{,s}|traffic congestion|air traffic|air traffic control|road traffic|traffic accident{,s}|traffic safety|traffic light{,s}|traffic police|holiday traffic|heavy traffic|traffic fine{,s}|traffic laws",
    t("negTraffic", 0),
  ],
  [
    "japanese sex slave{,s}|wartime sex slave{,s}|wartime|world war|world war ii|world war two|wwii|ww2|second world war|comfort women|japanese army|imperial japan|japanese military|colonial era|historical",
    t("negHistorical", 0),
  ],
  [
    "phishing|shopping scam{,s}|online shopping scam{,s}|charity scam{,s}|election fraud|vote fraud|voter fraud|tax fraud|insurance fraud|ponzi|fake goods|don t fall for|beware of|parcel scam{,s}|scam call{,s} warning|scam alert{,s}|embezzle{,d,ment}|misappropriat{ed,ing,ion}|ransomware|macau scam{,s}|money mule{,s}|impersonation scam{,s}|e commerce scam{,s}|ecommerce scam{,s}",
    t("negLocalScam", 0),
  ],
  [
    "no|not|denies|denied|deny|without|no evidence of|no sign of|no signs of|free of|rules out|ruled out",
    t("negation", 0),
  ],
];
