// Text fragments for synthetic yet realistic commitments: bilingual titles, Chinese quotes with their
// English translations, analysts' notes and evidence. Nothing here is real data.

export type Pair = readonly [zh: string, en: string];

export const documents = [
  { slug: "bench-cn-kz-2019", prefix: "BKZ19", zh: "中华人民共和国和哈萨克斯坦共和国联合声明", en: "Joint Statement of the People's Republic of China and the Republic of Kazakhstan", date: "2019-09-11", type: "JOINT_STATEMENT" },
  { slug: "bench-c5-fm-2020", prefix: "BFM20", zh: "中国—中亚外长视频会晤联合声明", en: "Joint Statement of the China–Central Asia Foreign Ministers' Video Meeting", date: "2020-07-16", type: "JOINT_STATEMENT" },
  { slug: "bench-c5-fm-2022", prefix: "BFM22", zh: "中国—中亚外长第三次会晤联合声明", en: "Joint Statement of the Third China–Central Asia Foreign Ministers' Meeting", date: "2022-06-08", type: "JOINT_STATEMENT" },
  { slug: "bench-cn-uz-2022", prefix: "BUZ22", zh: "中乌新时代全面战略伙伴关系联合声明", en: "Joint Statement on the China–Uzbekistan Comprehensive Strategic Partnership in the New Era", date: "2022-09-15", type: "JOINT_STATEMENT" },
  { slug: "bench-xian-2023", prefix: "BXA23", zh: "中国—中亚峰会西安宣言", en: "Xi'an Declaration of the China–Central Asia Summit", date: "2023-05-19", type: "DECLARATION" },
  { slug: "bench-plan-2024", prefix: "BAP24", zh: "中国—中亚合作行动计划（2024—2025年）", en: "China–Central Asia Cooperation Action Plan (2024–2025)", date: "2024-03-20", type: "ACTION_PLAN" },
  { slug: "bench-sco-2024", prefix: "BSC24", zh: "上海合作组织成员国元首理事会会议新闻公报", en: "Press Communiqué of the Meeting of the SCO Council of Heads of State", date: "2024-07-04", type: "COMMUNIQUE" },
  { slug: "bench-astana-2025", prefix: "BAS25", zh: "中国—中亚峰会阿斯塔纳宣言", en: "Astana Declaration of the China–Central Asia Summit", date: "2025-06-17", type: "DECLARATION" },
] as const;

/** Relative sizes of the documents (action plans are long, communiqués short). */
export const documentWeights = [8, 5, 6, 7, 14, 30, 6, 24];

export const actions: readonly Pair[] = [
  ["加强", "Strengthen"], ["深化", "Deepen"], ["建立", "Establish"], ["推动", "Advance"], ["扩大", "Expand"],
  ["支持", "Support"], ["举办", "Hold"], ["完善", "Improve"], ["探讨", "Explore"], ["落实", "Implement"],
];

export const objectsByArea: Record<string, readonly Pair[]> = {
  "political-relations": [["高层交往", "high-level exchanges"], ["政党交流", "party-to-party exchanges"], ["战略对话", "strategic dialogue"], ["议会合作", "parliamentary cooperation"]],
  health: [["疫苗研发合作", "cooperation on vaccine research"], ["传统医学交流", "exchanges in traditional medicine"], ["公共卫生应急合作", "public health emergency cooperation"], ["医疗人员培训", "training of medical staff"]],
  "trade-investment": [["双边贸易额增长", "growth of bilateral trade"], ["投资保护协定谈判", "negotiations on investment protection"], ["跨境电子商务", "cross-border e-commerce"], ["本币结算", "settlement in national currencies"]],
  "connectivity-transport": [["中吉乌铁路建设", "construction of the China–Kyrgyzstan–Uzbekistan railway"], ["国际道路运输", "international road transport"], ["口岸通关便利化", "facilitation of border crossings"], ["中欧班列运营", "China–Europe freight train services"]],
  agriculture: [["农产品准入", "market access for farm products"], ["节水灌溉技术合作", "cooperation on water-saving irrigation"], ["粮食安全合作", "food security cooperation"], ["农业示范园区", "agricultural demonstration parks"]],
  digital: [["数字经济合作", "digital economy cooperation"], ["跨境光缆建设", "cross-border fibre links"], ["卫星导航合作", "satellite navigation cooperation"], ["人工智能交流", "exchanges on artificial intelligence"]],
  "people-to-people": [["留学生交流", "student exchanges"], ["鲁班工坊建设", "Luban Workshops"], ["旅游年活动", "year of tourism activities"], ["地方友好城市", "sister-city ties"]],
  security: [["打击“三股势力”", "countering the \"three evils\""], ["边境防务合作", "border defence cooperation"], ["禁毒执法合作", "counter-narcotics law enforcement"], ["网络安全对话", "dialogue on cybersecurity"]],
  "international-coordination": [["在联合国框架内协调", "coordination within the United Nations"], ["上合组织框架内合作", "cooperation within the SCO"], ["全球发展倡议", "the Global Development Initiative"], ["多边贸易体制", "the multilateral trading system"]],
  "institutional-mechanisms": [["外长会晤机制", "the foreign ministers' meeting mechanism"], ["常设秘书处建设", "a permanent secretariat"], ["部长级会议机制", "ministerial meeting mechanisms"], ["合作委员会年度会议", "the annual meeting of the cooperation committee"]],
};

export const tails: readonly Pair[] = [
  ["造福两国人民", "for the benefit of both peoples"], ["推动区域共同发展", "to promote common regional development"],
  ["为此将制定具体实施方案", "and will draw up a plan to that end"], ["并定期评估进展", "and review progress regularly"],
  ["在平等互利基础上", "on the basis of equality and mutual benefit"], ["充分发挥现有机制作用", "making full use of existing mechanisms"],
];

export const strengthCues: Record<string, Pair> = {
  DECIDED: ["决定", "decided to"], AGREED: ["同意", "agreed to"], WILL: ["将", "will"], SHALL: ["应", "shall"],
  COMMITS: ["承诺", "commit to"], WILLING: ["愿", "are willing to"], SUPPORTS: ["支持", "support efforts to"], WELCOMES: ["欢迎", "welcome efforts to"],
};

export const surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"];
export const givenNames = ["伟", "芳", "娜", "敏", "静", "磊", "洋", "艳", "勇", "军"];
export const latinNames = ["Aigerim Nurlanova", "Timur Sadykov", "Dilnoza Karimova", "Bakyt Asanov", "Rustam Rahimov", "Gulnara Bekova", "Jonas Weber", "Claire Martin"];

export const notes: readonly string[] = [
  "两国主管部门已签署谅解备忘录，具体项目尚在筹备。",
  "据官方通报，首批项目已于本季度启动。",
  "双方工作组举行第二次会议，进展有限。",
  "项目因资金问题暂缓，待下次会晤讨论。",
  "Ministry press release confirms the agreement was signed; implementation details pending.",
  "Working group met in Almaty; minutes not yet published.",
  "Construction reported 60% complete by the state news agency.",
  "No public information found since the last review.",
  "Superseded by the follow-up statement of the next summit.",
  "根据使馆公告，相关活动已如期举行。",
];

export const internalNotes: readonly string[] = [
  "Source is a single news item; confirm with the embassy before the next report.",
  "内部：请联系对口司局核实数字。",
  "Disputed between two sources; keep at partial until verified.",
];

export const evidenceSources: readonly Pair[] = [
  ["https://www.fmprc.gov.cn/web/zyxw/", "外交部新闻"], ["https://www.gov.kz/memleket/entities/mfa/press/news/", "MFA Kazakhstan press release"],
  ["https://mfa.uz/en/press/news/", "MFA Uzbekistan news"], ["https://www.xinhuanet.com/world/", "新华社报道"], ["https://akipress.com/news/", "AKIpress news"],
];
