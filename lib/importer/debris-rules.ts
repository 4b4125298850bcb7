// Lines of a web page that are not part of the statement. Each rule names its reason, shown to the
// admin beside the line (nothing is dropped silently; every line can be restored).
import type { Why } from "./rule-types";

export type DebrisRule = { id: string; test: (line: string) => boolean; why: Why };

const short = (line: string, max: number) => [...line].length <= max;
const endsLikeSentence = (line: string) => /[。！？!?.;；:：”"）)]$/.test(line);

export const debrisRules: DebrisRule[] = [
  {
    id: "meta",
    test: (l) => /^(发布时间|發布時間|发布日期|时间[:：]|来源[:：]|來源[:：]|作者[:：]|责任编辑|責任編輯|编辑[:：]|浏览|阅读[:：]|点击[:：])/.test(l)
      || /字体大小|字體大小|字号[:：]|【字体|\[\s*[大中小]\s*\]/.test(l)
      || /^(Published|Updated|Posted|Source|Author|Editor|By)\s*[:：]/i.test(l)
      || /^\d{4}-\d{2}-\d{2}(\s+\d{2}:\d{2}(:\d{2})?)?(\s+(来源|來源|Source)[:：].*)?$/.test(l),
    why: { en: "page information (date, source, author, font size)", zh: "页面信息(发布时间、来源、作者、字体大小)" },
  },
  { id: "disclaimer", test: (l) => /免责声明|免責聲明|disclaimer/i.test(l), why: { en: "site disclaimer", zh: "网站免责声明" } },
  {
    id: "comments",
    test: (l) => /评论|評論|发表感言|留言|验证码|驗證碼|看不清|leave a (reply|comment)|comments?\s*\(?\d*\)?$|captcha/i.test(l),
    why: { en: "comment form", zh: "评论表单" },
  },
  {
    id: "contact",
    test: (l) => /QQ|微信号|微信[:：]|电话[:：]|電話[:：]|邮箱|郵箱|通讯地址|通訊地址|传真|tel[.:：]|phone[:：]|fax[:：]|e-?mail[:：]/i.test(l)
      || /[\w.+-]+@[\w-]+\.[\w.]+/.test(l)
      || /(?<!\d)(\d{3,4}-\d{7,8}|\+\d{1,3}[\s-]?\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4})(?!\d)/.test(l),
    why: { en: "contact details (phone, e-mail, QQ, address)", zh: "联系方式(电话、邮箱、QQ、地址)" },
  },
  {
    id: "copyright",
    test: (l) => /©|版权所有|版權所有|copyright|all rights reserved|ICP备|ICP證|公网安备/i.test(l),
    why: { en: "copyright line", zh: "版权声明" },
  },
  {
    id: "share",
    test: (l) => short(l, 40) && /^(\s*[【\[]?(分享到?|打印|收藏|关闭|關閉|返回顶部|返回|推荐|share|print|tweet|facebook|twitter|weibo|微博|wechat|email this|back to top)[】\]]?[\s|:：/·]*)+$/i.test(l),
    why: { en: "share / print buttons", zh: "分享、打印按钮" },
  },
  {
    id: "dateline",
    test: (l) => short(l, 30) && /^(新华社|新華社|中新社|人民网|人民網|央视网|Xinhua|XINHUA|BEIJING|XI'AN).{0,20}(电|電|\))$/.test(l),
    why: { en: "news agency dateline", zh: "通讯社电头" },
  },
  {
    id: "related",
    test: (l) => /^(tags|related|keywords|read more|see also|关键词|關鍵詞|相关新闻|相關新聞|相关阅读|延伸阅读|上一篇|下一篇)\s*[:：>]/i.test(l),
    why: { en: "tags and links to other articles", zh: "标签及其他文章链接" },
  },
  {
    id: "credit",
    test: (l) => short(l, 24) && !endsLikeSentence(l) && /(摘编|编辑|編輯|供稿|转载|轉載|整理|报道)$/.test(l),
    why: { en: "site credit line", zh: "网站署名" },
  },
  {
    id: "navigation",
    test: (l) => short(l, 60) && !endsLikeSentence(l) && (/(\s>\s|»|\s\|\s)/.test(l) || /^(首页|首頁|home|menu|navigation|导航|当前位置|當前位置)/i.test(l)),
    why: { en: "site navigation", zh: "网站导航" },
  },
];

export const headlineWhy = { en: "headline of another article (before the statement's title)", zh: "其他文章的标题(位于声明标题之前)" };
export const duplicateTitleWhy = { en: "earlier copy of the title", zh: "重复的标题" };
export const afterEndWhy = { en: "after the end of the statement (site footer)", zh: "位于声明结束之后(网站页脚)" };
