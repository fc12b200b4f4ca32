/**
 * English words that, together, set the scene of a scam-compound story when no trafficking or scam word is
 * used: "23 Ugandans repatriated from Myanmar", "Golden Triangle SEZ raid: 771 detained", "'Las Vegas in
 * Laos': the riverside city awash with crime". Kinds:
 * - plight: people freed, rescued, sent home or held (not the bare "held" or "free": "talks held", "visa-free").
 * - release: released, which also tells of prisoners, so it never makes a foreign national a victim on its own.
 * - enforce: raids, arrests, sanctions, hand-overs, power cuts: what states do to the compounds.
 * - casino: the casino enclaves the compounds grew out of.
 * - site: a bare "compound", as follow-up stories call them ("police raid compound in Sihanoukville").
 * - crime: organised crime named as such.
 * - foreigners: foreign nationals without a nationality ("hundreds of foreigners").
 * - guard*: contexts in which the same words tell another story: war, disaster, refugees, prisoners and
 *   politics, tourists, the sea. Any of them near a rescue or a raid switches it off (other cues still count).
 *   guardCustody (jailed, fugitives, envoys) only stops a foreign national in custody counting as a victim.
 */
export type SceneKind =
  | "plight"
  | "release"
  | "enforce"
  | "casino"
  | "site"
  | "crime"
  | "foreigners"
  | "guardConflict"
  | "guardDisaster"
  | "guardRefugee"
  | "guardPolitics"
  | "guardTourism"
  | "guardCustody"
  | "guardSea";

export const SCENE_TERMS: ReadonlyArray<readonly [string, SceneKind]> = [
  [
    "rescue{,d,s}|rescuing|freed|frees|freeing|set free|repatriat{e,ed,es,ing,ion}|sent home|sent back|sends home|sends back|send home|brought home|brought back|brings back|bring back|bringing back|flown home|flown back|flies home|flew home|return{,ed,s} home|returning home|returnees|escape{,d,s}|escaping|escapees|trapped|stranded|held captive|held hostage|held against|kept captive|captive{,s}|missing|went missing|gone missing|handed over|hands over|hand over|tortured|torture|sold to|kidnapped|abducted|arrive{,s,d} home|arriving home|welcomed home|welcomes home|brought to safety|airlifted|airlift",
    "plight",
  ],
  ["release{,d,s}|releasing|secured release|secures release|secure release", "release"],
  [
    "raid{,s,ed,ing}|crackdown{,s}|crack down|cracks down|cracking down|clampdown|clamps down|arrest{,s,ed,ing}|detain{,ed,s,ing}|detention|rounded up|round up|rounds up|deport{,s,ed,ing,ation,ations}|sanction{,s,ed,ing}|charged|indict{,s,ed,ment}|extradit{e,ed,es,ing,ion}|sentenced|sentences|jailed|convicted|executed|executes|execution{,s}|death sentence{,s}|launder{,ed,ing,s}|money laundering|shut down|shuts down|shutting down|cut power|cuts power|cutting power|cut off|cuts off|power cut{,s}|cut electricity|cuts electricity|blacklist{,s,ed}|bust{,s,ed}|police|prosecut{e,ed,es,ion}|transfer{,s,red} to",
    "enforce",
  ],
  [
    "casino{,s}|casino town|casino city|casino enclave{,s}|las vegas|gambling den{,s}|gambling hub{,s}|gambling enclave{,s}|gambling town",
    "casino",
  ],
  ["compound{,s}", "site"],
  [
    "crime|crimes|criminal{,s}|criminality|lawless|lawlessness|mafia|mafias|triad{,s}|gangster{,s}|underworld|crime family|crime families|crime group{,s}|crime syndicate{,s}|criminal syndicate{,s}|criminal network{,s}|organised crime|organized crime|crime boss{,es}|crime lord{,s}",
    "crime",
  ],
  [
    "foreigners|foreign nationals|foreign citizens|foreign workers|foreign victims|foreign hostages|nationalities",
    "foreigners",
  ],
  [
    "fighting|clash{,es,ed}|civil war|warring|war zone|war torn|airstrike{,s}|air strike{,s}|air raid{,s}|shelling|artillery|bombing{,s}|offensive|battle{,s}|ceasefire|truce|coup|landmine{,s}|rebel{,s}|insurgent{,s}|resistance|evacuat{e,ed,es,ing,ion}|border closure|border closed|closes border|closed the border|soldier{,s}|troops|servicemen|deserter{,s}|defector{,s}|border guard police|mndaa|brotherhood alliance|operation 1027|arakan|ethnic army|ethnic armies|ethnic armed group{,s}|kokang army|arakan army|liberation army|independence army|tnla|knla|kia",
    "guardConflict",
  ],
  [
    "earthquake{,s}|quake{,s}|aftershock{,s}|flood{,s,ed,ing}|flash flood{,s}|landslide{,s}|typhoon{,s}|cyclone{,s}|tropical storm{,s}|thunderstorm{,s}|rainstorm{,s}|storm surge|tsunami|rubble|collapse{,d,s}|building collapse|fire{,s}|blaze|explosion|crash{,es}|accident{,s}|drown{,ed,ing}|cave|hiker{,s}|climber{,s}|dam|dam breach|dam collapse|mine|mudslide{,s}|avalanche|heavy rain{,s}|monsoon|disaster{,s}|wildfire{,s}|eruption|volcano",
    "guardDisaster",
  ],
  ["refugee{,s}|rohingya{,s}|uyghur{,s}|uighur{,s}|asylum|asylum seeker{,s}|displaced", "guardRefugee"],
  [
    "prisoner{,s}|prison|amnesty|pardon{,s,ed}|political prisoner{,s}|journalist{,s}|reporter{,s}|filmmaker{,s}|activist{,s}|dissident{,s}|blogger{,s}|opposition|election{,s}|state visit|official visit|summit",
    "guardPolitics",
  ],
  ["tourist{,s}|tourism|backpacker{,s}|holidaymaker{,s}", "guardTourism"],
  [
    "jailed|imprisoned|prison sentence|fugitive{,s}|wanted for|corruption|protest{,s}|protester{,s}|envoy{,s}|ambassador{,s}",
    "guardCustody",
  ],
  [
    "boat{,s}|ferry|ferries|ship{,s}|vessel{,s}|navy|coast guard|fishermen|fishing boat{,s}|capsize{,d,s}|sank|sinking|at sea",
    "guardSea",
  ],
];
