import type { Topic } from "../../model/classification.js";

/** Cue phrases for each topic of the fixed vocabulary (src/model/classification.ts). */
export const TOPIC_TERMS: ReadonlyArray<readonly [string, Topic]> = [
  [
    "scam compound{,s}|scamming compound{,s}|scam cent{re,er}{,s}|scamming cent{re,er}{,s}|scam hub{,s}|scamming hub{,s}|scam factory|scam factories|scam farm{,s}|scam den{,s}|scam park{,s}|scam camp{,s}|scam town|scam hothouse{,s}|scam industry|scamming industry|scam raid{,s}|scam operation{,s}|scam syndicate{,s}|scam network{,s}|scam gang{,s}|scam ring{,s}|scam boss{,es}|scam kingpin{,s}|scamming operation{,s}|cyber scam camp{,s}|cybercrime camp{,s}|cyber crime camp{,s}|cyber slave camp{,s}|cyber slave{,s}|cyber slavery|fraud compound{,s}|fraud factory|fraud factories|kk park|shwe kokko|pogo{,s}|pogo hub{,s}|special economic zone|gtsez|telecom{,s} fraud|telecommunications fraud|cyberfraud|cyber fraud|forced to scam|forced into scamming|online scam cent{re,er}{,s}|online scam operation{,s}|cyber scam{,s}|cyberscam{,s}|scam operations|crime family|compound{,s}|cyber criminal area|online scams|online scamming|illegal online gambling|scam kingpin|cybercrime kingpin|criminal syndicate{,s}|crime syndicate{,s}|scammers|scam{,s}|scammer|scamming|scam victim{,s}|crypto scam{,s}",
    "scam_compounds",
  ],
  [
    "forced|forcing|trafficked to work|forced labo{u,}r|forced labo{u,}rers|forced to work|forced work|slave labo{u,}r|slavery|slave{,s}|enslaved|debt bondage|bonded labo{u,}r|sweatshop{,s}|forced to scam|forced into|coerced|coerce|servitude|indentured|labo{u,}r exploitation|forced criminality|forced to carry out|forced to commit",
    "forced_labour",
  ],
  [
    "sex trafficking|sex trafficker{,s}|sexual exploitation|sexually exploited|sexual violence|prostitution|prostitute{,s}|forced prostitution|brothel{,s}|sex slave{,s}|sexual slavery|sex work|sex workers|pimp{,s}|commercial sex|child sexual abuse|rape|raped",
    "sex_trafficking",
  ],
  [
    "fake job{,s}|fake job offer{,s}|job scam{,s}|job offer{,s}|fraudulent job{,s}|bogus job{,s}|lucrative job{,s}|high paying job{,s}|well paid job{,s}|lured|luring|lure|duped|tricked|deceived|recruit{,ed,ing,er,ers,ment}|recruitment agent{,s}|job placement|promise{,s,d} of|customer service|customer care|data entry|call cent{re,er} job{,s}|jobs abroad|work abroad|employment abroad|job ad{,s}|job advert{,s,isement,isements}|tourist visa{,s}",
    "recruitment_fake_jobs",
  ],
  [
    "rescue{,s,d}|rescuing|free{d}|freeing|release{,d}|repatriat{e,ed,es,ing,ion}|return{,ed} home|returning home|back home|brought home|escape{,s,d}|fled|flee{,s}|fleeing|deport{ed,ing,ation,ations}|evacuat{e,ed,ion}|stranded|stuck in camps|sent home|reunited|safe house|shelter{,s}",
    "rescue_repatriation",
  ],
  [
    "police|criminal charges|culprit{,s}|sweep|kingpin{,s}|raid{,s,ed}|arrest{,s,ed}|crackdown{,s}|crack down|cracks down|clamps down|charged|charges|indict{ed,ment}|convict{ed,ion}|sentenced|prosecut{e,ed,or,ors,ion}|investigat{e,ed,ion,ors}|warrant{,s}|detain{ed,s}|court|trial|extradit{e,ed,ion}|seize{,s,d}|seizure|bust{,s,ed}|busts|law enforcement|interpol|fbi|justice department|department of justice|doj|operation|suspect{,s}|jailed|jail|life imprisonment|strike force|security operations|military|army|junta",
    "law_enforcement",
  ],
  [
    "un|united nations|unodc|ohchr|iom|ilo|government|minister|ministry|prime minister|president|summit|embassy|embassies|foreign ministry|foreign affairs|diplomat{,s,ic}|asean|policy|policies|law|laws|bill|ban{,s,ned}|agreement|cooperation|cut power|cuts power|cut electricity|travel warning|travel advisory|advisory|warns|warned|warning|vows|pledge{,s,d}|calls for|urges|parliament|senate|congress|lawmaker{,s}|report|eu|european union",
    "policy_diplomacy",
  ],
  [
    "victim{,s} say|victims recall|recall{,s}|tell of|tells of|testimony|testimonies|recount{,s,ed}|survivor{,s}|ordeal|nightmare|in their own words|speaks|interview|trafficked teens|escapee{,s}|beaten|electric shocks|handcuffed|former scam worker{,s}|former romance scammer|life inside|just want to go home",
    "victims_testimony",
  ],
  [
    "lost|losses|stolen|stole|swindl{e,ed,ing}|duped victims|romance scam{,s}|pig butchering|investment scam{,s}|investment fraud|crypto scam{,s}|cryptocurrency scam{,s}|crypto fraud|online fraud{,s}|fraud losses|victims lost|life savings|preyed on|call scammers|wire fraud",
    "online_fraud_losses",
  ],
  [
    "corrupt|corruption|bribe{,s,ry}|extort{,ed,ion,ing}|collusion|colluding|complicit|complicity|protected by|shield{,s,ed,ing}|impunity|officials protect|powerful officials|ties to the government|politically connected|mayor|kickback{,s}|sham",
    "corruption",
  ],
  [
    "sanction{,s,ed,ing}|treasury|ofac|money laundering|launder{,ed,ing}|assets|asset freeze|frozen|forfeiture|forfeit|bitcoin|crypto|cryptocurrency|seizes crypto|bank{,s}|financial|finance|huione|prince group|fincen|revenue|proceeds|designat{ed,es,ion}",
    "sanctions_finance",
  ],
  [
    "drug trafficking|drug trafficker{,s}|drug{,s}|narcotic{,s}|methamphetamine|meth|heroin|opium|cocaine|cannabis|yaba|ketamine|drug smuggling|drug lord{,s}",
    "drug_trafficking",
  ],
];
