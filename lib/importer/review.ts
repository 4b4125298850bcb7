// The admin's review laid over the importer's proposals: each proposal (and each piece the admin
// split off one) with its decision and edits, and the operations that change them. Pure.
import type { CommitmentType, Frequency, Strength } from "@/lib/documents/source-schema";
import type { Analysis, AnalysedSentence } from "./analyse";
import type { ProposedCommitment } from "./classify";
import { itemReviewSchema, type DraftState, type ItemOp, type ItemReview } from "./schema";

export type ReviewItem = {
  id: string;
  proposal: ProposedCommitment;
  sentence: AnalysedSentence;
  review: ItemReview;
  quoteStart: number;
  quoteEnd: number;
  quote: string;
  titleZh: string;
  titleEn: string;
  translation: string;
  area: string;
  strength: Strength;
  type: CommitmentType;
  committing: string[];
  beneficiaries: string[];
  recurrence: Frequency | null;
};

const cut = (text: string, max: number) => ([...text].length <= max ? text : `${[...text].slice(0, max - 1).join("")}…`);

function defaults(p: ProposedCommitment, quote: string, language: string) {
  const zh = language.startsWith("zh");
  const subjectless = quote.replace(/^(各方|中方|双方|雙方|六国|六國)/, "");
  return {
    titleZh: zh ? cut(p.field ? `${p.field}合作` : subjectless, 40) : "",
    titleEn: zh ? "" : cut(quote, 80),
    translation: zh ? "" : quote,
  };
}

function makeItem(id: string, p: ProposedCommitment, sentence: AnalysedSentence, review: ItemReview, from: number, to: number, language: string): ReviewItem {
  const quote = sentence.text.slice(from, to);
  const fallback = defaults(p, quote, language);
  return {
    id, proposal: p, sentence, review,
    quoteStart: sentence.start + from,
    quoteEnd: sentence.start + to,
    quote,
    titleZh: review.titleZh || fallback.titleZh,
    titleEn: review.titleEn || fallback.titleEn,
    translation: review.translation || fallback.translation,
    area: review.area ?? p.area,
    strength: review.strength ?? p.strength,
    type: review.type ?? p.type,
    committing: review.committing ?? p.committing,
    beneficiaries: review.beneficiaries ?? p.beneficiaries,
    recurrence: review.recurrence === undefined ? (p.recurrence?.frequency ?? null) : review.recurrence,
  };
}

export function reviewItems(analysis: Analysis, state: DraftState): ReviewItem[] {
  const items: ReviewItem[] = [];
  const language = state.meta.language;
  for (const sentence of analysis.sentences) {
    for (const p of sentence.proposal.commitments) {
      const review = state.reviews[p.id] ?? itemReviewSchema.parse({});
      items.push(makeItem(p.id, p, sentence, review, review.from ?? p.quoteStart - sentence.start, review.to ?? p.quoteEnd - sentence.start, language));
    }
    for (const extra of state.extras.filter((e) => e.sentenceText === sentence.text)) {
      const base = sentence.proposal.commitments.find((p) => p.id === extra.baseId);
      if (!base || extra.to > sentence.text.length) continue;
      const review = state.reviews[extra.id] ?? itemReviewSchema.parse({});
      items.push(makeItem(extra.id, base, sentence, review, review.from ?? extra.from, review.to ?? extra.to, language));
    }
  }
  return items.sort((a, b) => a.quoteStart - b.quoteStart || a.id.localeCompare(b.id));
}

export type OpResult = { ok: true; state: DraftState } | { ok: false; reason: string };

/** Applies one review operation; "accept" needs both titles and the translation. */
export function applyItemOp(state: DraftState, items: ReviewItem[], op: ItemOp): OpResult {
  const item = items.find((i) => i.id === op.itemId);
  if (!item) return { ok: false, reason: "itemGone" };
  const reviews = { ...state.reviews };
  const from = item.quoteStart - item.sentence.start;
  const to = item.quoteEnd - item.sentence.start;
  const edited: ItemReview = {
    ...item.review,
    from, to,
    ...(op.titleZh !== undefined && { titleZh: op.titleZh }),
    ...(op.titleEn !== undefined && { titleEn: op.titleEn }),
    ...(op.translation !== undefined && { translation: op.translation }),
    ...(op.area && { area: op.area }),
    ...(op.strength && { strength: op.strength }),
    ...(op.type && { type: op.type }),
    ...(op.committing && { committing: op.committing }),
    ...(op.beneficiaries && { beneficiaries: op.beneficiaries }),
    ...(op.recurrence !== undefined && { recurrence: op.recurrence || null }),
    ...(op.links && { links: op.links.map((l) => ({ target: l.split(":")[0], type: l.split(":")[1] as ItemReview["links"][number]["type"] })).filter((l) => l.target && l.type) }),
  };
  const parties = new Set(state.meta.parties);
  if ([...edited.committing ?? [], ...edited.beneficiaries ?? []].some((c) => !parties.has(c))) return { ok: false, reason: "notAParty" };
  if (edited.committing?.length === 0 || edited.beneficiaries?.length === 0) return { ok: false, reason: "noParties" };

  if (op.op === "merge") {
    const next = items.find((i) => i.sentence.start === item.sentence.start && i.quoteStart > item.quoteStart && i.review.status !== "merged" && i.id !== item.id);
    if (!next) return { ok: false, reason: "nothingToMerge" };
    reviews[item.id] = { ...edited, to: Math.max(to, next.quoteEnd - item.sentence.start) };
    reviews[next.id] = { ...next.review, status: "merged" };
    return { ok: true, state: { ...state, reviews } };
  }
  if (op.op === "split") {
    const at = op.splitAt ?? 0;
    let start = from + at;
    while (start < to && /[\s,，、;；]/.test(item.sentence.text[start])) start++;
    let end = from + at;
    while (end > from && /[\s,，、;；]/.test(item.sentence.text[end - 1])) end--;
    if (at <= 0 || end <= from || start >= to) return { ok: false, reason: "badSplit" };
    const id = `${item.id}+${start}`;
    reviews[item.id] = { ...edited, to: end };
    const extras = [...state.extras.filter((e) => e.id !== id), { id, baseId: item.proposal.id, sentenceText: item.sentence.text, from: start, to }];
    return { ok: true, state: { ...state, reviews, extras } };
  }
  const status = op.op === "accept" ? "accepted" : op.op === "reject" ? "rejected" : op.op === "reopen" ? "pending" : edited.status;
  if (status === "accepted") {
    const merged = makeItem(item.id, item.proposal, item.sentence, edited, from, to, state.meta.language);
    if (!merged.titleZh.trim() || !merged.titleEn.trim() || !merged.translation.trim()) return { ok: false, reason: "incomplete" };
  }
  reviews[item.id] = { ...edited, status };
  return { ok: true, state: { ...state, reviews } };
}
