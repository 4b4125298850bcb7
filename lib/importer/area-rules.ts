// Keyword rules per area slug of prisma/data/reference.yaml (docs/coding-manual.md §8). The area
// with the most keyword hits wins; ties go to the area listed first, so specific fields come first.
export type AreaRule = { slug: string; zh: string[]; en: string[] };

export const areaRules: AreaRule[] = [
  { slug: "health", zh: ["疫情", "疫苗", "卫生", "衛生", "医学", "醫學", "医疗", "醫療", "抗疫", "世界卫生组织", "健康"], en: ["health", "pandemic", "epidemic", "vaccine", "medic", "WHO", "COVID"] },
  { slug: "agriculture", zh: ["农业", "農業", "农产品", "農產品", "粮食", "糧食", "种植", "畜牧"], en: ["agricultur", "farm", "food security", "crop", "livestock"] },
  { slug: "digital", zh: ["电子商务", "電子商務", "智慧城市", "人工智能", "大数据", "大數據", "数字", "數字", "高新技术", "信息技术", "5G"], en: ["digital", "e-commerce", "artificial intelligence", "big data", "smart cit", "high-tech", "ICT"] },
  { slug: "security", zh: ["恐怖", "极端主义", "極端主義", "分裂主义", "三股势力", "三股勢力", "毒品", "犯罪", "阿富汗", "安全合作", "新安全观", "执法", "執法", "反恐"], en: ["terror", "extremis", "separatis", "drug", "crime", "Afghan", "security cooperation", "law enforcement", "security concept"] },
  { slug: "connectivity-transport", zh: ["交通", "通道", "互联互通", "互聯互通", "公路", "铁路", "鐵路", "多式联运", "跨境", "物流", "口岸", "过境", "過境", "运输", "運輸", "往来"], en: ["transport", "corridor", "connectivity", "railway", "road", "lane", "border crossing", "logistics", "transit", "freight"] },
  { slug: "trade-investment", zh: ["贸易", "貿易", "投资", "投資", "投融资", "经贸", "經貿", "一带一路", "一帶一路", "合作项目", "产业", "產業", "务实合作", "發展戰略對接", "发展战略对接"], en: ["trade", "invest", "Belt and Road", "industrial", "economic cooperation", "project"] },
  { slug: "people-to-people", zh: ["人文", "地方合作", "友好城市", "友城", "旅游", "旅遊", "文化", "教育", "留学", "青年", "媒体"], en: ["people-to-people", "culture", "education", "tourism", "sister cit", "student", "youth", "media"] },
  { slug: "institutional-mechanisms", zh: ["会晤机制", "會晤機制", "外长会晤", "外長會晤", "秘书处", "秘書處", "机制建设", "機制建設", "峰会", "峰會"], en: ["mechanism", "secretariat", "ministerial meeting", "summit", "foreign ministers' meeting"] },
  { slug: "international-coordination", zh: ["联合国", "聯合國", "国际组织", "國際組織", "多边主义", "多邊主義", "全球治理", "国际事务", "國際事務", "地区合作", "地區合作", "干涉", "国际秩序"], en: ["United Nations", "UN ", "multilateral", "global governance", "international affairs", "regional cooperation", "interference", "international order"] },
  { slug: "political-relations", zh: ["战略伙伴", "戰略夥伴", "核心利益", "发展道路", "發展道路", "主权", "主權", "领土完整", "領土完整", "命运共同体", "命運共同體", "政治互信", "元首外交"], en: ["strategic partnership", "core interests", "sovereignty", "territorial integrity", "development path", "shared future", "political trust"] },
];

export type AreaMatch = { slug: string; words: string[] };

/** The best area for `text`, with the words that decided it; null when no keyword occurs. */
export function matchArea(text: string, language: string): AreaMatch | null {
  let best: AreaMatch | null = null;
  for (const rule of areaRules) {
    const words = (language.startsWith("zh") ? rule.zh : rule.en).filter((word) =>
      language.startsWith("zh") ? text.includes(word) : text.toLowerCase().includes(word.toLowerCase()),
    );
    if (words.length > 0 && (!best || words.length > best.words.length)) best = { slug: rule.slug, words };
  }
  return best;
}
