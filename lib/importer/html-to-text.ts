// Turns an uploaded HTML page into plain text without running or loading anything: the markup is
// only read as characters. Script, style and other non-text elements are dropped with their
// content; block elements become line breaks; entities are decoded. The result is shown as text
// (React escapes it), never as HTML.
const droppedElements = ["script", "style", "noscript", "template", "iframe", "object", "svg", "head", "select", "textarea", "button"];
const blockElements =
  "address|article|aside|blockquote|br|dd|div|dl|dt|figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|table|tbody|td|tfoot|th|thead|tr|ul";

const namedEntities: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", ldquo: "“", rdquo: "”", lsquo: "‘", rsquo: "’",
  mdash: "—", ndash: "–", hellip: "…", middot: "·", copy: "©", reg: "®", laquo: "«", raquo: "»", emsp: "\u2003", ensp: "\u2002",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      // Control characters and invalid code points stay as written, so nothing invisible slips in.
      return code > 31 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return namedEntities[body.toLowerCase()] ?? whole;
  });
}

export function htmlToText(html: string): string {
  let text = html.replace(/<!--[\s\S]*?-->/g, "").replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, "");
  for (const name of droppedElements) {
    text = text.replace(new RegExp(`<${name}\\b[\\s\\S]*?</${name}\\s*>`, "gi"), "\n");
    text = text.replace(new RegExp(`<${name}\\b[^>]*>`, "gi"), "\n");
  }
  text = text
    .replace(new RegExp(`</?(?:${blockElements})\\b[^>]*>`, "gi"), "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/[ \t]*\n[ \t]*/g, "\n");
  return decodeEntities(text).replace(/\n{3,}/g, "\n\n").trim();
}

/** Line ends unified; the text is otherwise kept exactly as received. */
export function normaliseInput(text: string): string {
  return text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

export function looksLikeHtml(name: string, text: string): boolean {
  return /\.html?$/i.test(name) || /^\s*(<!doctype html|<html\b)/i.test(text);
}
