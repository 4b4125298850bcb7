// English rule table: the same codes as rules-zh.ts for the wording of English joint statements.
import type { LanguageRules } from "./rule-types";

export const enRules: LanguageRules = {
  cues: [
    { id: "en.decided", words: ["decided to", "decide to", "have decided", "announced the establishment", "hereby establish"], strength: "decided", why: { en: "decision taken at the meeting (decided)", zh: "会上作出的决定(decided)" } },
    { id: "en.agreed", words: ["agreed to", "agree to", "agreed that", "agree that", "have agreed"], strength: "agreed", why: { en: "agreed arrangement (agreed)", zh: "商定的安排(agreed)" } },
    { id: "en.will", words: ["will"], strength: "will", not: /good ?will|the will|political will|will of/i, why: { en: "stated future action (will)", zh: "表述的未来行动(will)" } },
    { id: "en.shall", words: ["shall", "should"], strength: "shall", why: { en: "obligation the parties set themselves (shall/should)", zh: "各方为自己设定的义务(shall/should)" } },
    { id: "en.commits", words: ["are committed to", "is committed to", "commit to", "commits to", "are determined to", "is determined to"], strength: "commits", why: { en: "commitment wording (committed to)", zh: "承诺用语(committed to)" } },
    { id: "en.willing", words: ["are ready to", "is ready to", "are willing to", "is willing to", "stand ready to", "stands ready to", "expressed readiness to", "expressed their readiness to"], strength: "willing", why: { en: "willingness (ready/willing to)", zh: "意愿表述(ready/willing to)" } },
    { id: "en.recurring", words: ["is held every year", "is held every two years", "will be held every two years", "is held annually"], strength: "agreed", why: { en: "a recurring arrangement stated without a modal", zh: "无情态词的定期安排" } },
    { id: "en.supports", words: ["firmly support", "support", "supports", "encourage", "encourages", "welcome and support"], strength: "supports", why: { en: "backing for an action or process (support/encourage)", zh: "对行动或进程的支持(support/encourage)" } },
  ],
  position: [
    { id: "en.pos.significance", pattern: /\b(is|are) of (great|particular) (importance|significance)\b|\bimportance of\b/i, why: { en: "asserts significance only", zh: "仅表明意义" } },
    { id: "en.pos.condemn", pattern: /\bcondemn/i, why: { en: "condemnation", zh: "谴责" } },
    { id: "en.pos.welcome", pattern: /\bwelcome[sd]?\b/i, why: { en: "welcomes something others did or proposed", zh: "欢迎他方的行动或倡议" } },
    { id: "en.pos.view", pattern: /\b(note[sd]?|noting|stress(ed|es)?|emphasi[sz]e[sd]?|underline[sd]?|believe[sd]?|consider(ed|s)?|expressed|are of the view|share the view|recogni[sz]e[sd]?|reaffirm(ed|s)? that)\b/i, why: { en: "a shared view, no undertaking (note/stress/believe)", zh: "共同看法,无具体承诺(note/stress/believe)" } },
  ],
  context: [
    { id: "en.ctx.stated", pattern: /\b(state|declare)d? (as follows|the following)\b|\bhave adopted the following\b/i, why: { en: "lead-in to the statement", zh: "声明的引言" } },
    { id: "en.ctx.meeting", pattern: /^On \d{1,2}(-\d{1,2})? \w+ \d{4}|^On \w+ \d{1,2}(, \d{4})?|\b(held|convened) (the|a) .*(meeting|summit|conference)\b/i, why: { en: "who met, when and where", zh: "会议的时间、地点与与会者" } },
  ],
  parties: [
    { id: "en.party.china", pattern: /^(the )?(Chinese side|China|People's Republic of China)\b/i, who: "china", why: { en: "subject is China", zh: "主语为中方" } },
    { id: "en.party.ca", pattern: /^(the )?(Central Asian (States|states|countries|side)|five Central Asian)/i, who: "centralAsia", why: { en: "subject is the Central Asian states", zh: "主语为中亚国家" } },
    { id: "en.party.kz", pattern: /^(the )?(Kazakh side|Kazakhstan)\b/i, who: "KZ", why: { en: "subject is Kazakhstan", zh: "主语为哈方" } },
    { id: "en.party.kg", pattern: /^(the )?(Kyrgyz side|Kyrgyzstan|Kyrgyz Republic)\b/i, who: "KG", why: { en: "subject is Kyrgyzstan", zh: "主语为吉方" } },
    { id: "en.party.tj", pattern: /^(the )?(Tajik side|Tajikistan)\b/i, who: "TJ", why: { en: "subject is Tajikistan", zh: "主语为塔方" } },
    { id: "en.party.tm", pattern: /^(the )?(Turkmen side|Turkmenistan)\b/i, who: "TM", why: { en: "subject is Turkmenistan", zh: "主语为土方" } },
    { id: "en.party.uz", pattern: /^(the )?(Uzbek side|Uzbekistan)\b/i, who: "UZ", why: { en: "subject is Uzbekistan", zh: "主语为乌方" } },
    { id: "en.party.all", pattern: /^(the |all )?(Parties|parties|sides|Sides|both sides|six countries|Ministers|leaders|Heads of State)\b/i, who: "all", why: { en: "subject is all parties", zh: "主语为各方" } },
  ],
  clauseBreak: /[,;]/,
  lead: /^\s*(and\s+)?(to\s+)?(also\s+|further\s+|jointly\s+|continue to\s+|actively\s+|firmly\s+)*/i,
  undertakings: /^(establish|build|deepen|expand|develop|facilitate|combat|launch|open|create|strengthen|hold|set up|work)\b/i,
  enumeration: null,
};
