import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { SentenceKind } from "@/lib/generated/prisma/client";
import type { Status } from "@/lib/tracking/status";
import { representativeStatus } from "./segments";

export type StatusCounts = Partial<Record<Status, number>>;

const countrySelect = { code: true, nameZh: true, nameEn: true } as const;
const sentenceSelect = {
  id: true,
  key: true,
  kind: true,
  startOffset: true,
  endOffset: true,
  text: true,
  translationEn: true,
} as const;

function addCount(map: Map<string, StatusCounts>, key: string, status: Status, count: number) {
  const counts = map.get(key) ?? {};
  counts[status] = (counts[status] ?? 0) + count;
  map.set(key, counts);
}

/** Every document, newest first, with its parties, commitment count and tracking rows by status. */
export async function listDocuments() {
  const client = db();
  const [documents, statusRows] = await Promise.all([
    client.document.findMany({
      orderBy: [{ date: "desc" }, { slug: "asc" }],
      select: {
        id: true,
        slug: true,
        titleZh: true,
        titleEn: true,
        date: true,
        type: true,
        formatZh: true,
        formatEn: true,
        venueZh: true,
        venueEn: true,
        parties: { select: { country: { select: countrySelect } }, orderBy: { country: { sortOrder: "asc" } } },
        _count: { select: { commitments: true, parties: true } },
      },
    }),
    client.$queryRaw<{ documentId: string; status: Status; count: number }[]>`
      SELECT c.document_id AS "documentId", t.status::text AS status, count(*)::int AS count
      FROM tracking t JOIN commitment c ON c.id = t.commitment_id
      GROUP BY c.document_id, t.status`,
  ]);
  const byDocument = new Map<string, StatusCounts>();
  for (const row of statusRows) addCount(byDocument, row.documentId, row.status, row.count);
  return documents.map(({ parties, _count, ...document }) => {
    const statusCounts = byDocument.get(document.id) ?? {};
    return {
      ...document,
      parties: parties.map((party) => party.country),
      commitmentCount: _count.commitments,
      partyCount: _count.parties,
      statusCounts,
      trackingTotal: Object.values(statusCounts).reduce((sum, n) => sum + (n ?? 0), 0),
    };
  });
}
export type DocumentListItem = Awaited<ReturnType<typeof listDocuments>>[number];

/**
 * A document laid out for reading: sections → paragraphs → sentences in order, and its commitments
 * with their quote offsets and a status for colouring. Three Prisma calls, run in parallel, whose
 * SQL statements do not grow with the number of sentences or commitments.
 */
export const getDocumentForReading = cache(async (slug: string) => {
  const client = db();
  const [document, commitments, statusRows] = await Promise.all([
    client.document.findUnique({
      where: { slug },
      omit: { rawText: true },
      include: {
        parties: { select: { country: { select: countrySelect } }, orderBy: { country: { sortOrder: "asc" } } },
        sections: {
          orderBy: { position: "asc" },
          select: {
            key: true,
            labelZh: true,
            labelEn: true,
            paragraphs: {
              orderBy: { position: "asc" },
              select: { key: true, startOffset: true, endOffset: true, sentences: { orderBy: { position: "asc" }, select: sentenceSelect } },
            },
          },
        },
      },
    }),
    client.commitment.findMany({
      where: { document: { slug } },
      orderBy: { position: "asc" },
      select: { id: true, code: true, sentenceId: true, startOffset: true, endOffset: true, titleZh: true, titleEn: true },
    }),
    client.tracking.groupBy({
      by: ["commitmentId", "status"],
      where: { commitment: { document: { slug } } },
      _count: { _all: true },
    }),
  ]);
  if (!document) return null;
  const byCommitment = new Map<string, StatusCounts>();
  for (const row of statusRows) addCount(byCommitment, row.commitmentId, row.status, row._count._all);

  const { fullText, parties, sections, ...meta } = document;
  const sentenceCounts: Record<SentenceKind, number> = { COMMITMENT: 0, POSITION: 0, CONTEXT: 0 };
  const readingSections = sections.map((section) => ({
    ...section,
    paragraphs: section.paragraphs.map(({ sentences, ...paragraph }) => {
      for (const sentence of sentences) sentenceCounts[sentence.kind]++;
      // The text before the first sentence: the numbered part's heading ("三、"), covered by no sentence.
      const lead = fullText.slice(paragraph.startOffset, sentences[0]?.startOffset ?? paragraph.startOffset).trim();
      return { ...paragraph, lead, sentences };
    }),
  }));
  return {
    ...meta,
    parties: parties.map((party) => party.country),
    sections: readingSections,
    sentenceCounts,
    commitments: commitments.map((commitment) => {
      const statusCounts = byCommitment.get(commitment.id) ?? {};
      return { ...commitment, statusCounts, status: representativeStatus(statusCounts) };
    }),
  };
});
export type DocumentForReading = NonNullable<Awaited<ReturnType<typeof getDocumentForReading>>>;
export type ReadingCommitment = DocumentForReading["commitments"][number];
export type ReadingParagraph = DocumentForReading["sections"][number]["paragraphs"][number];
export type ReadingSentence = ReadingParagraph["sentences"][number];
export type { SentenceKind };

const linkedSelect = {
  code: true,
  titleZh: true,
  titleEn: true,
  document: { select: { slug: true, titleZh: true, titleEn: true } },
} as const;

/** A commitment's quote inside its paragraph, and its lineage links in both directions. One Prisma call. */
export async function getCommitmentContext(code: string) {
  const commitment = await db().commitment.findUnique({
    where: { code },
    select: {
      code: true,
      quote: true,
      startOffset: true,
      endOffset: true,
      translationEn: true,
      titleZh: true,
      titleEn: true,
      document: { select: { slug: true, titleZh: true, titleEn: true, fullText: true } },
      sentence: {
        select: {
          key: true,
          paragraph: {
            select: { key: true, startOffset: true, endOffset: true, sentences: { orderBy: { position: "asc" }, select: sentenceSelect } },
          },
        },
      },
      linksFrom: { orderBy: { createdAt: "asc" }, select: { id: true, type: true, note: true, to: { select: linkedSelect } } },
      linksTo: { orderBy: { createdAt: "asc" }, select: { id: true, type: true, note: true, from: { select: linkedSelect } } },
    },
  });
  if (!commitment) return null;
  const { document, sentence, linksFrom, linksTo, ...quote } = commitment;
  const paragraph = sentence?.paragraph;
  const { fullText, ...documentInfo } = document;
  return {
    ...quote,
    document: documentInfo,
    sentenceKey: sentence?.key ?? null,
    paragraph: paragraph
      ? {
          ...paragraph,
          text: fullText.slice(paragraph.startOffset, paragraph.endOffset),
          lead: fullText.slice(paragraph.startOffset, paragraph.sentences[0]?.startOffset ?? paragraph.startOffset).trim(),
        }
      : null,
    links: [
      ...linksFrom.map((link) => ({ id: link.id, direction: "outgoing" as const, type: link.type, note: link.note, commitment: link.to })),
      ...linksTo.map((link) => ({ id: link.id, direction: "incoming" as const, type: link.type, note: link.note, commitment: link.from })),
    ],
  };
}
export type CommitmentContext = NonNullable<Awaited<ReturnType<typeof getCommitmentContext>>>;
