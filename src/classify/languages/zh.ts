/**
 * Chinese, simplified and traditional alike (the text is folded to simplified before matching, so every spelling
 * here is simplified): mainland, Hong Kong, Taiwan and the Singapore/Malaysia Chinese press.
 *
 * The Chinese press's own look-alikes: domestic telecom-fraud news (电信诈骗, the 反诈 campaign: 冒充公检法, 刷单,
 * 96110) that names no compound abroad, drug runs out of the Golden Triangle (贩毒, 冰毒), pangolin-scale and ivory
 * smuggling, tourist-bus crashes, flood and earthquake rescues (救援, 受困, 失联), Thai-Cambodian border clashes.
 * Scam words alone stay under the threshold; they pass it beside a compound, trafficking or deceptive-recruitment
 * cue, or beside a Southeast Asian place outside the home countries.
 *
 * Word boundaries come from Intl.Segmenter, which cuts Chinese finely ("电/诈/园区", "妙/瓦/底") but joins some
 * pairs ("中/国籍", "骗去"): a spelling must start and end where a word does, so forms like "中国籍" and "被骗去"
 * are listed whole.
 */
import type { LanguagePack } from "./language-pack.js";

export const ZH: LanguagePack = {
  language: "zh",
  relevance: [
    // Explicit human trafficking.
    [
      "人口贩卖|贩卖人口|人口贩运|贩运人口|人口买卖|买卖人口|人口走私集团|贩卖妇女|贩卖儿童|贩卖妇女儿童|拐卖|拐卖妇女|拐卖儿童|拐卖妇女儿童|被拐卖|被拐|打拐|反拐|防拐|人贩子|人贩|人口贩子|贩运受害者|人口贩卖受害者|人口贩运受害者|卖猪仔|被卖猪仔|买卖猪仔|强迫卖淫|逼良为娼|被迫卖淫|性剥削|性奴|性奴役|跨国人口贩卖|现代奴隶|现代奴隶制|网络奴隶|被贩卖|被贩运|被转卖|被卖到|被卖给|被卖|转卖人口",
      "human",
      "human trafficking",
    ],
    ["猪仔", "human", "'piglet' (trafficked scam worker)"],
    ["贩运|贩卖", "trafficking", "trafficking"],
    // Forced labour and slavery.
    [
      "强迫劳动|强制劳动|强迫劳役|强迫劳工|强迫工作|被迫工作|被迫从事诈骗|被迫诈骗|被迫行骗|被迫从事|强迫从事诈骗|强迫诈骗|强迫行骗|强迫犯罪|奴役|奴隶|奴工|债务奴役|劳工剥削|血汗工厂",
      "forced",
      "forced labour",
    ],
    // The scam-compound industry by name.
    [
      "诈骗园区|诈骗园|电诈园区|电诈园|电骗园区|诈园|诈骗营|电诈营|诈骗基地|电诈基地|诈骗工厂|电诈工厂|诈骗中心|电诈中心|诈骗产业|电诈产业|诈骗业|赌诈园区|赌诈|涉赌涉诈|网诈园区|kk园区|kk园|卧虎山庄|亚太新城|缅北电诈|缅北诈骗|缅甸电诈|缅北园区|缅北窝点|缅北窝点人员|妙瓦底园区|西港园区|诈骗窝点园区|黑产园区|园区诈骗",
      "compound",
      "scam compound",
    ],
    // Organised scam operations (count fully only beside a Southeast Asian place or another cue).
    [
      "电信诈骗|电信网络诈骗|电信网路诈骗|电信诈欺|电诈|电骗|网络诈骗|网路诈骗|网骗|跨境电诈|跨境诈骗|跨国诈骗|跨国电诈|跨境电信诈骗|跨境电信网络诈骗|跨国电信网络诈骗|跨国电信诈骗|境外诈骗|境外电诈|诈骗集团|诈骗犯罪集团|电诈集团|电骗集团|诈骗团伙|电诈团伙|诈骗分子|电诈分子|涉诈人员|电诈人员|涉诈|涉电骗|诈骗公司|电诈公司|诈骗窝点|电诈窝点|电骗窝点|诈骗嫌犯|电诈疑犯|涉电骗疑犯|网恋诈骗|恋爱诈骗|爱情诈骗|情感诈骗|投资诈骗|加密货币诈骗|虚拟货币诈骗|诈骗犯罪|诈欺集团|诈团|离岸博彩|境外博彩|网络赌博|网赌|pogo|缅北四大家族|果敢四大家族|四大家族",
      "scam",
      "organised scam",
    ],
    ["杀猪盘|杀猪", "pig", "pig butchering"],
    ["诈骗|诈欺|骗局|行骗|骗子|骗人|欺诈", "weakScam", "scam"],
    // Deceptive recruitment.
    [
      "高薪诱骗|高薪诱惑|高薪招聘|高薪陷阱|高薪工作|海外高薪|高薪为诱饵|以高薪为诱饵|月入过万|月薪过万|月入数万|求职陷阱|海外求职陷阱|海外工作陷阱|海外求职|求职骗局|打工骗局|招聘骗局|海外招聘|虚假招聘|假招聘|招聘陷阱|被骗到|被骗至|被骗往|被骗赴|骗至|骗往|被诱骗至|被诱骗到|被诱骗赴|诱骗至|诱骗到|诱骗赴|诱骗出国|诱骗出境|被拐骗至|被拐骗到|拐骗|被拐骗|出国打工|海外打工|境外务工",
      "recruit",
      "lured with a fake job",
    ],
    // "被骗去": cheated out of money as often as lured abroad; "诱骗" also tricks people into transfers at home.
    ["高薪|被骗去|骗去|骗到|诱骗|被诱骗|打工", "recruit", "lured", 1],
    // Held against their will.
    [
      "非法拘禁|拘禁|囚禁|软禁|关押|扣押|限制人身自由|人身自由受限|人身自由受到限制|失去人身自由|小黑屋|解救|被解救|获解救|赎金|赎回|赎身|索要赎金|勒索赎金|绑架|被绑|电击|电棍|毒打|殴打|体罚",
      "captive",
      "held captive",
    ],
    // Rescue and return: count only beside a scam word.
    [
      "获救|救出|营救|救援|拯救|援救|遣返|遣送|押解|押解回国|回国|归国|返国|返台|返港|返乡|劝返|送回|接回|移交|移交中方|逃离|逃出|出逃|逃往|逃脱|脱困|被困|受困|困在|滞留|失联|待援|求救|求援|回家",
      "plight",
      "rescued or returned",
    ],
    // Places known for compounds: count only beside another cue.
    [
      "妙瓦底|苗瓦迪|米瓦迪|妙瓦迪|妙瓦地|水沟谷|瑞科科|缅北|缅东|果敢|老街|果敢老街|佤邦|勐拉|小勐拉|大其力|孟波|西港|西哈努克|西哈努克港|西哈努克市|西哈努克省|波贝|巴域|木牌|金三角经济特区|金三角特区|金木棉|博胶|博胶经济特区|美索|湄索|美索县|湄索县",
      "hotspot",
      "compound hotspot",
    ],
    ["偷渡|偷越国境|非法越境|非法出境|蛇头|人蛇|人蛇集团|偷渡集团", "smuggling", "people smuggling"],
    ["剥削|压榨|虐待|受虐|凌虐", "exploit", "exploited"],
    [
      "外劳|外籍劳工|外国劳工|移工|移民工人|劳工|家庭佣工|家佣|女佣|菲佣|印佣|外佣|渔工|渔民|船员|农场工人|建筑工人|工厂工人",
      "workers",
      "workers",
    ],
    // Look-alikes.
    [
      "毒品|贩毒|毒贩|运毒|制毒|缉毒|禁毒|涉毒|毒枭|毒品走私|走私毒品|贩运毒品|毒品贩运|冰毒|海洛因|海洛英|甲基安非他命|安非他命|麻古|摇头丸|大麻|大麻膏|鸦片|罂粟|氯胺酮|k粉|可卡因|古柯碱|芬太尼|yaba|毒品案",
      "negDrug",
      "drugs",
    ],
    [
      "野生动物|野生动植物|濒危|濒危物种|穿山甲|鳞片|穿山甲鳞片|象牙|犀牛角|犀角|虎皮|老虎|幼虎|小老虎|鱼翅|盗猎|盗伐|红木|玳瑁|蟒蛇|走私动物|动物制品",
      "negWildlife",
      "wildlife",
    ],
    ["枪支|武器|军火|弹药|走私枪支|枪械", "negArms", "arms"],
    [
      "文物|古董|走私文物|盗墓|香烟走私|走私香烟|成品油走私|冻品走私|走私冻品|私烟|走私烟|假烟|假货|仿冒品|盗版|假药|走私案",
      "negAntiquities",
      "contraband goods",
    ],
    [
      "交通事故|交通意外|车祸|翻车|翻侧|侧翻|追尾|撞车|堵车|塞车|交通堵塞|交通拥堵|空中交通|航空管制|交警|酒驾",
      "negTraffic",
      "road accident",
    ],
    [
      "慰安妇|二战|第二次世界大战|二次大战|侵华日军|日军|抗日战争|抗战|侵华|历史上|殖民时期|强征劳工",
      "negHistorical",
      "wartime history",
    ],
    [
      "贩卖公民个人信息|贩卖个人信息|倒卖公民个人信息|倒卖个人信息|贩卖银行卡|贩卖电话卡|冒充公检法|冒充客服|冒充警察|冒充领导|冒充熟人|假警察|假客服|刷单|刷单返利|96110|反诈中心|国家反诈中心|反诈骗中心|反诈app|安全账户|电话欠费|钓鱼网站|钓鱼链接|网购诈骗|退款诈骗|友谊包裹|包裹骗局|保险诈骗|骗保|集资诈骗|非法集资|庞氏骗局|传销|勒索软件|勒索病毒|黑客",
      "negLocalScam",
      "consumer scam",
    ],
    ["不是|并非|并不是|否认|没有", "negation", "not"],
    // Xigang in Tainan is not 西港 (Sihanoukville): read whole so the hotspot does not fire inside it.
    ["台南西港|台南市西港|西港区|西港乡", "negation", "Xigang, Tainan"],
  ],
  places: [
    [
      "缅甸|缅|缅甸籍|缅北|缅东|妙瓦底|苗瓦迪|米瓦迪|妙瓦迪|妙瓦地|水沟谷|瑞科科|kk园区|亚太新城|卧虎山庄|果敢|果敢老街|佤邦|勐拉|小勐拉|大其力|孟波|缅北老街|仰光|内比都|曼德勒|瓦城|克伦邦|克伦|掸邦|木姐|腊戌|清水河|石园子|南邓",
      "MM",
    ],
    [
      "柬埔寨|柬|柬国|柬埔寨籍|西港|西哈努克|西哈努克港|西哈努克市|西哈努克省|金边|波贝|巴域|木牌|柴桢|奥斯玛|奥多棉吉|柏威夏|班迭棉吉|暹粒|茶胶|贡布|乌拜川",
      "KH",
    ],
    ["老挝|寮国|老挝籍|金三角经济特区|金三角特区|金木棉|博胶|波乔|会晒|万象|琅勃拉邦|东鹏", "LA"],
    [
      "泰国|泰|泰国籍|泰缅|美索|湄索|美索县|湄索县|曼谷|清迈|清莱|达府|夜丰颂|合艾|宋卡|宋卡府|普吉|布吉|芭提雅|芭堤雅|沙缴|沙缴府|湄赛|美赛|素林|武里南|四色菊|达叻",
      "TH",
    ],
    ["越南|越南籍|河内|胡志明市|岘港|老街省", "VN"],
    ["菲律宾|菲|菲律宾籍|马尼拉|帕赛|班班|拉斯皮纳斯|宿务|达沃", "PH"],
    ["马来西亚|大马|马国|马来西亚籍|吉隆坡|沙巴|砂拉越|柔佛|槟城|新山", "MY"],
    ["新加坡|狮城|星国", "SG"],
    ["印尼|印度尼西亚|雅加达|巴淡", "ID"],
    ["文莱|汶莱", "BN"],
    ["东帝汶", "TL"],
    ["东南亚|东盟|亚细安|湄公河|金三角", "region"],
    ["中国|中国籍|中国人|中方|中国公民|内地|大陆|中缅|中老|中柬|云南|广西|福建|四川|温州|深圳", "CN"],
    ["台湾|台湾人|台籍|台湾籍|台北|高雄|桃园|台南|台南西港|台南市西港|西港区|西港乡", "TW"],
    ["香港|港人|香港人|港府", "HK"],
    ["澳门", "MO"],
    ["韩国|南韩|韩国人|朝鲜", "KR"],
    ["日本|日本人", "JP"],
    ["印度|印度人|印度籍", "IN"],
    ["巴基斯坦", "PK"],
    ["斯里兰卡", "LK"],
    ["孟加拉|孟加拉国", "BD"],
    ["尼泊尔", "NP"],
    ["埃塞俄比亚", "ET"],
    ["肯尼亚", "KE"],
    ["尼日利亚", "NG"],
    ["乌干达", "UG"],
    ["美国", "US"],
    ["英国", "GB"],
    ["俄罗斯", "RU"],
    ["土耳其", "TR"],
    ["加拿大", "CA"],
    ["澳大利亚|澳洲", "AU"],
  ],
  topics: [
    [
      "诈骗|诈欺|电诈|猪仔|卖猪仔|缅北诈骗|缅北电诈|诈骗园区|电诈园区|电骗园区|诈骗营|诈骗基地|电诈基地|诈骗工厂|诈骗中心|诈骗产业|电诈产业|kk园区|园区|卧虎山庄|亚太新城|赌诈|电信诈骗|电信网络诈骗|电诈|电骗|网络诈骗|诈骗集团|电诈集团|诈骗团伙|诈骗窝点|电诈窝点|窝点|涉诈人员|离岸博彩|境外博彩|pogo|跨境电诈|跨境诈骗|缅北电诈",
      "scam_compounds",
    ],
    [
      "强迫劳动|强制劳动|强迫劳工|被迫|强迫|奴役|奴隶|奴工|债务奴役|血汗工厂|被迫从事诈骗|被迫诈骗",
      "forced_labour",
    ],
    ["强迫卖淫|被迫卖淫|卖淫|性剥削|性奴|性侵|强奸|轮奸|色情|陪酒", "sex_trafficking"],
    [
      "高薪|高薪诱骗|高薪招聘|招聘|求职|求职陷阱|海外求职|虚假招聘|工作陷阱|被骗到|被骗至|被骗去|诱骗|拐骗|月入过万|月薪过万|客服|打工|出国打工|中介|招募",
      "recruitment_fake_jobs",
    ],
    [
      "解救|获救|救出|营救|救援|拯救|援救|遣返|遣送|押解|押解回国|回国|归国|返国|返台|劝返|送回|接回|移交|逃离|逃出|出逃|逃往|逃脱|脱困|回家|安置",
      "rescue_repatriation",
    ],
    [
      "警方|公安|公安部|公安机关|逮捕|抓获|拘捕|被捕|拘留|突袭|突击|搜查|清剿|打击|捣毁|破获|侦破|起诉|检控|审判|宣判|判处|判刑|死刑|无期徒刑|执行死刑|通缉|悬赏通缉|引渡|查封|扣押|嫌犯|疑犯|嫌疑人|军方|军政府|行动|专项行动|联合行动|炸毁|拆除",
      "law_enforcement",
    ],
    [
      "政府|外交部|大使馆|使馆|领事|总理|首相|部长|部级会议|峰会|东盟|联合国|毒品和犯罪问题办公室|国际移民组织|合作|协议|声明|呼吁|警告|提醒|旅游警示|政策|立法|法案|国会|议员|行政院|内政部|移民局",
      "policy_diplomacy",
    ],
    [
      "讲述|自述|亲历|回忆|口述|证词|幸存者|受害者|噩梦|地狱|魔窟|炼狱|折磨|毒打|电棍|电击|逃出来|逃生",
      "victims_testimony",
    ],
    ["骗走|损失|涉案金额|涉诈资金|资金|杀猪盘|投资诈骗|网恋诈骗|转账|汇款|血本无归", "online_fraud_losses"],
    ["腐败|贪腐|贿赂|受贿|行贿|保护伞|勾结|包庇|庇护|纵容|官商勾结|武装庇护", "corruption"],
    [
      "制裁|财政部|洗钱|资产|冻结|没收|比特币|加密货币|虚拟货币|银行|太子集团|汇旺|金融|资金链",
      "sanctions_finance",
    ],
    [
      "毒品|贩毒|毒贩|运毒|冰毒|海洛因|甲基安非他命|安非他命|麻古|摇头丸|大麻|鸦片|罂粟|氯胺酮|可卡因|芬太尼|毒枭",
      "drug_trafficking",
    ],
  ],
  urgency: [
    [
      "突发|最新|刚刚|快讯|解救|获救|救出|营救|突袭|逮捕|抓获|被捕|遣返|押解|移交|炸毁|拆除|清剿|宣判|判处|执行死刑|逃往|出逃|逃离|遇溺|死亡|身亡|制裁|冻结|查封|紧急",
      "breaking",
    ],
    [
      "分析|评论|社论|观点|专栏|深度|特稿|调查|揭秘|起底|内幕|背后|探访|实地|纪实|报告|研究|如何|为何|为什么|回顾|历史|访谈|专访|纪录片|电影",
      "background",
    ],
  ],
  // Chinese-language press is domestic press in mainland China, Taiwan, Hong Kong and Macau, and in Singapore and
  // Malaysia. Only SG and MY are in Southeast Asia, so only they change anything: their papers (联合早报, 星洲日报,
  // 中国报) report their own parcel, love and investment scams, which should not earn the Southeast-Asia bonus.
  // A Malaysian or Singaporean lured to a compound is still read as such: the compound's country (缅甸, 柬埔寨)
  // earns the bonus.
  homeCountries: ["CN", "TW", "HK", "MO", "SG", "MY"],
};
