import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { countFacets, listCommitments } from "./data";
import { parseCommitmentFilter } from "./schema";

// A fixture document of its own (unique slug), so that other test files' rows never interfere:
// every query below is scoped to it.
const run = Math.random().toString(36).slice(2, 8);
const slug = `fixture-${run}`;
const countries = [
  ["CN", "中国", "China", "Китай", 1],
  ["KZ", "哈萨克斯坦", "Kazakhstan", "Казахстан", 2],
  ["UZ", "乌兹别克斯坦", "Uzbekistan", "Узбекистан", 6],
] as const;

type Spec = { key: string; area: string; strength: "WILLING" | "DECIDED" | "SUPPORTS"; type: "COOPERATION" | "MECHANISM";
  parties: string[]; status: Record<string, string>; evidence?: string[]; overdue?: boolean; title: string; progress?: number };
const specs: Spec[] = [
  { key: "a", area: "health", strength: "WILLING", type: "COOPERATION", parties: ["CN", "KZ", "UZ"], status: { KZ: "IN_PROGRESS", UZ: "COMPLETED" }, evidence: ["KZ"], title: "疫苗研发合作", progress: 50 },
  { key: "b", area: "health", strength: "DECIDED", type: "MECHANISM", parties: ["CN", "KZ"], status: { KZ: "STALLED" }, overdue: true, title: "Annual meeting", progress: 10 },
  { key: "c", area: "security", strength: "SUPPORTS", type: "COOPERATION", parties: ["CN", "UZ"], status: { UZ: "IN_PROGRESS" }, title: "快捷通道 for people", progress: 90 },
  { key: "d", area: "security", strength: "WILLING", type: "MECHANISM", parties: ["CN"], status: {}, title: "Green lanes" },
];
const code = (key: string) => `FX${run.toUpperCase()}-1.${specs.findIndex((s) => s.key === key) + 1}`;

beforeAll(async () => {
  const client = db();
  for (const [c, zh, en, ru, order] of countries) {
    await client.country.upsert({ where: { code: c }, create: { code: c, nameZh: zh, nameEn: en, nameRu: ru, sortOrder: order }, update: {} });
  }
  for (const area of ["health", "security"]) {
    await client.area.upsert({ where: { slug: area }, create: { slug: area, nameZh: area, nameEn: area, nameRu: area }, update: {} });
  }
  const doc = await client.document.create({
    data: { slug, codePrefix: `FX${run.toUpperCase()}`, titleZh: "测试", titleEn: "Fixture", date: new Date("2021-01-01"), type: "JOINT_STATEMENT", language: "zh", fullText: "x" },
  });
  for (const [position, s] of specs.entries()) {
    const created = await client.commitment.create({
      data: {
        code: code(s.key), documentId: doc.id, sectionRef: "1", paragraphRef: "1.1", quote: `quote ${s.key}`, startOffset: 0, endOffset: 1,
        translationEn: `translation ${s.key}`, titleZh: s.title, titleEn: s.title, areaSlug: s.area, type: s.type, strength: s.strength, position,
        parties: { create: s.parties.map((countryCode) => ({ countryCode, role: "COMMITTING" as const })) },
        trackings: { create: s.parties.map((countryCode) => ({
          countryCode, status: (s.status[countryCode] ?? "NOT_ASSESSED") as "NOT_ASSESSED",
          progress: s.status[countryCode] ? s.progress ?? 0 : 0, hasEvidence: s.evidence?.includes(countryCode) ?? false,
          lastUpdateAt: s.status[countryCode] ? new Date(`2024-0${position + 1}-01`) : null,
        })) },
        occurrences: s.overdue ? { create: { period: "2022", expectedBy: new Date("2022-12-31") } } : undefined,
      },
    });
    expect(created.id).toBeTruthy();
  }
});

afterAll(async () => {
  await db().document.delete({ where: { slug } });
  await db().$disconnect();
});

async function codes(params: Record<string, string>) {
  const { rows, total } = await listCommitments(parseCommitmentFilter({ document: slug, size: "100", ...params }), "en");
  expect(total).toBe(rows.length);
  return rows.map((row) => row.code);
}

describe("listCommitments filters (real PostgreSQL)", () => {
  it.each([
    [{}, ["a", "b", "c", "d"]],
    [{ country: "KZ" }, ["a", "b"]],
    [{ area: "security" }, ["c", "d"]],
    [{ strength: "WILLING" }, ["a", "d"]],
    [{ type: "MECHANISM" }, ["b", "d"]],
    [{ status: "IN_PROGRESS" }, ["a", "c"]],
    [{ status: "IN_PROGRESS", country: "UZ" }, ["c"]],
    [{ status: "COMPLETED,STALLED" }, ["a", "b"]],
    [{ overdue: "1" }, ["b"]],
    [{ noEvidence: "1" }, ["b", "c", "d"]],
    [{ noEvidence: "1", country: "UZ" }, ["a", "c"]],
    [{ q: "通道" }, ["c"]],
    [{ q: "%" }, []],
    [{ q: "translation d" }, ["d"]],
    [{ area: "health", country: "UZ", status: "COMPLETED" }, ["a"]],
    [{ area: "health", strength: "SUPPORTS" }, []],
  ])("%j", async (params, expected) => {
    expect(await codes(params as Record<string, string>)).toEqual(expected.map(code));
  });

  it("sorts on progress and last update both ways, nulls last", async () => {
    expect(await codes({ sort: "progress", dir: "desc" })).toEqual(["c", "a", "b", "d"].map(code));
    expect(await codes({ sort: "progress" })).toEqual(["b", "a", "c", "d"].map(code));
    expect(await codes({ sort: "lastUpdate", dir: "desc" })).toEqual(["c", "b", "a", "d"].map(code));
  });

  it("paginates with a stable order and an exact total", async () => {
    const page2 = await listCommitments(parseCommitmentFilter({ document: slug, size: "10", page: "1" }), "en");
    expect(page2.total).toBe(4);
    const beyond = await listCommitments(parseCommitmentFilter({ document: slug, page: "9" }), "en");
    expect(beyond).toEqual({ rows: [], total: 4 });
  });

  it("returns per-country statuses and committing parties in country order", async () => {
    const { rows } = await listCommitments(parseCommitmentFilter({ document: slug, q: "疫苗" }), "en");
    expect(rows[0].committing).toEqual(["CN", "KZ", "UZ"]);
    expect(rows[0].countries.map((c) => `${c.country}:${c.status}`)).toEqual(["CN:NOT_ASSESSED", "KZ:IN_PROGRESS", "UZ:COMPLETED"]);
  });

  it("gives each row's texts in the reader's language only", async () => {
    const filter = parseCommitmentFilter({ document: slug, q: "疫苗" });
    const [en, zh] = await Promise.all([listCommitments(filter, "en"), listCommitments(filter, "zh")]);
    expect(en.rows[0]).toMatchObject({ title: "疫苗研发合作", document: "Fixture" });
    expect(zh.rows[0].document).toBe("测试");
    expect(Object.keys(en.rows[0])).not.toContain("titleZh");
  });

  it("counts facets with the other filters applied and the facet's own left out", async () => {
    const facets = await countFacets(parseCommitmentFilter({ document: slug, area: "health" }));
    expect(facets.area).toEqual({ health: 2, security: 2 });
    expect(facets.strength).toEqual({ WILLING: 1, DECIDED: 1 });
    expect(facets.country).toEqual({ CN: 2, KZ: 2, UZ: 1 });
    expect(facets.status).toMatchObject({ IN_PROGRESS: 1, COMPLETED: 1, STALLED: 1, NOT_ASSESSED: 2 });
  });
});
