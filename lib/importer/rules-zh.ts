// Chinese rule table (docs/coding-manual.md §3, §5, §6). Order matters: the first cue found in a
// sentence governs it; among cues on one object the strongest is kept by classify.ts.
import type { LanguageRules } from "./rule-types";

export const zhRules: LanguageRules = {
  cues: [
    { id: "zh.decided", words: ["决定", "宣布", "決定"], strength: "decided", not: /决定性|決定性/, why: { en: "decision taken at the meeting (决定/宣布)", zh: "会上作出的决定(决定/宣布)" } },
    { id: "zh.agreed", words: ["商定", "一致同意", "同意", "达成一致"], strength: "agreed", why: { en: "agreed arrangement (商定/同意)", zh: "商定的安排(商定/同意)" } },
    { id: "zh.commits", words: ["致力于", "决心", "決心", "致力於"], strength: "commits", why: { en: "commitment wording (致力于/决心)", zh: "承诺用语(致力于/决心)" } },
    { id: "zh.shall", words: ["认为应", "應", "应"], strength: "shall", not: /不应|不應|应对|應對|供应|供應|相应|相應|适应|適應|响应|響應|反应|反應|应用|應用|应急|應急|应邀|應邀|应有|呼应|回应|效应|对应/, why: { en: "obligation the parties set themselves (应)", zh: "各方为自己设定的义务(应)" } },
    { id: "zh.will", words: ["将", "將"], strength: "will", not: /将来|將來|即将|即將|将军|將軍|将近|將近|必将|必將/, why: { en: "stated future action (将)", zh: "表述的未来行动(将)" } },
    { id: "zh.willing", words: ["愿", "願"], strength: "willing", not: /意愿|意願|愿景|願景|心愿|心願|自愿|自願|志愿|志願/, why: { en: "willingness (愿)", zh: "意愿表述(愿)" } },
    { id: "zh.supports", words: ["欢迎并支持", "坚定支持", "堅定支持", "支持", "鼓励", "鼓勵"], strength: "supports", why: { en: "backing for an action or process (支持/鼓励)", zh: "对行动或进程的支持(支持/鼓励)" } },
    { id: "zh.recurring", words: ["每两年举办", "每兩年舉辦", "每两年举行", "每兩年舉行", "每年举办", "每年舉辦", "每年举行", "每年舉行"], strength: "agreed", why: { en: "a recurring arrangement stated without a modal (每年/每两年举行)", zh: "无情态词的定期安排(每年/每两年举行)" } },
  ],
  position: [
    { id: "zh.pos.significance", pattern: /具有重要意义|具有重要意義|意义重大/, why: { en: "asserts significance only (具有重要意义)", zh: "仅表明意义(具有重要意义)" } },
    { id: "zh.pos.condemn", pattern: /谴责|譴責/, why: { en: "condemnation (谴责)", zh: "谴责" } },
    { id: "zh.pos.welcome", pattern: /欢迎|歡迎/, why: { en: "welcomes something others did or proposed (欢迎)", zh: "欢迎他方的行动或倡议(欢迎)" } },
    { id: "zh.pos.view", pattern: /一致认为|一致認為|一致强调|一致強調|指出|强调|強調|表示|高度评价|高度評價|认为|認為/, why: { en: "a shared view, no undertaking (认为/指出/强调/表示)", zh: "共同看法,无具体承诺(认为/指出/强调/表示)" } },
  ],
  context: [
    { id: "zh.ctx.stated", pattern: /声明如下|聲明如下|宣言如下/, why: { en: "lead-in to the statement (声明如下)", zh: "声明的引言(声明如下)" } },
    { id: "zh.ctx.meeting", pattern: /^\d{4}年\d{1,2}月\d{1,2}日.*(举行|舉行|会晤|會晤|出席)/, why: { en: "who met, when and where", zh: "会议的时间、地点与与会者" } },
  ],
  parties: [
    { id: "zh.party.china", pattern: /^(中方|中国|中國)/, who: "china", why: { en: "subject is China (中方)", zh: "主语为中方" } },
    { id: "zh.party.ca", pattern: /^(中亚国家|中亞國家|中亚五国|中亞五國|中亚各国)/, who: "centralAsia", why: { en: "subject is the Central Asian states", zh: "主语为中亚国家" } },
    { id: "zh.party.kz", pattern: /^(哈方|哈萨克斯坦|哈薩克斯坦)/, who: "KZ", why: { en: "subject is Kazakhstan", zh: "主语为哈方" } },
    { id: "zh.party.kg", pattern: /^(吉方|吉尔吉斯|吉爾吉斯)/, who: "KG", why: { en: "subject is Kyrgyzstan", zh: "主语为吉方" } },
    { id: "zh.party.tj", pattern: /^(塔方|塔吉克斯坦)/, who: "TJ", why: { en: "subject is Tajikistan", zh: "主语为塔方" } },
    { id: "zh.party.tm", pattern: /^(土方|土库曼斯坦|土庫曼斯坦)/, who: "TM", why: { en: "subject is Turkmenistan", zh: "主语为土方" } },
    { id: "zh.party.uz", pattern: /^(乌方|乌兹别克斯坦|烏茲別克斯坦)/, who: "UZ", why: { en: "subject is Uzbekistan", zh: "主语为乌方" } },
    { id: "zh.party.all", pattern: /^(各方|双方|雙方|六国|六國|我们|我們)/, who: "all", why: { en: "subject is all parties (各方)", zh: "主语为各方" } },
  ],
  clauseBreak: /[,，;；]/,
  lead: /^(并|並|还|還|同时|同時|继续|繼續|进一步|進一步|共同|积极|積極|坚定|堅定|相互|携手|攜手)*/,
  undertakings: /^(构建|構建|打造|开展|開展|深化|建立|畅通|暢通|保障|打击|打擊|拓展|捍卫|捍衛|在[^,，]{1,12}(打造|构建|开展)|同[^,，]{1,20}开展)/,
  enumeration: /([^,，、]{2,12}(?:、[^,，、]{2,10}){2,})等领域/,
};
