import { db } from "@/lib/db";

/** Rows for integration tests: every call makes uniquely named rows, so tests never collide. */

export const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`.toUpperCase();

export const testCountries = [
  { code: "CN", nameZh: "中国", nameEn: "China", nameRu: "Китай", sortOrder: 0 },
  { code: "KZ", nameZh: "哈萨克斯坦", nameEn: "Kazakhstan", nameRu: "Казахстан", sortOrder: 1 },
  { code: "KG", nameZh: "吉尔吉斯斯坦", nameEn: "Kyrgyzstan", nameRu: "Кыргызстан", sortOrder: 2 },
  { code: "TJ", nameZh: "塔吉克斯坦", nameEn: "Tajikistan", nameRu: "Таджикистан", sortOrder: 3 },
  { code: "TM", nameZh: "土库曼斯坦", nameEn: "Turkmenistan", nameRu: "Туркменистан", sortOrder: 4 },
  { code: "UZ", nameZh: "乌兹别克斯坦", nameEn: "Uzbekistan", nameRu: "Узбекистан", sortOrder: 5 },
] as const;
export type TestCountry = (typeof testCountries)[number]["code"];

/** Countries are shared reference data: created when missing, never changed. */
export async function ensureCountries(): Promise<void> {
  for (const { code, ...names } of testCountries) {
    await db().country.upsert({ where: { code }, create: { code, ...names }, update: {} });
  }
}

export async function createTestUser(role: "VIEWER" | "ANALYST" | "ADMIN" = "ANALYST", name = `Test ${role.toLowerCase()}`) {
  const email = `fixture-${unique().toLowerCase()}@example.test`;
  // Fixture users never sign in: the hash is a placeholder no password verifies against.
  return db().user.create({ data: { email, name, role, passwordHash: "!" }, select: { id: true, email: true, name: true, role: true } });
}

export type TrackedCommitment = { id: string; code: string; tracking: Record<string, { id: string; version: number }> };

/**
 * A document with `count` commitments, each tracked in `countries` (one tracking row per country,
 * NOT_ASSESSED at version 1). `occurrences` adds expected periods to every commitment.
 */
export async function createTrackedCommitments({
  count = 1,
  countries = testCountries.map((c) => c.code),
  occurrences = [],
}: {
  count?: number;
  countries?: readonly string[];
  occurrences?: { period: string; expectedBy: Date }[];
} = {}): Promise<{ documentId: string; areaSlug: string; commitments: TrackedCommitment[] }> {
  await ensureCountries();
  const key = unique();
  const area = await db().area.create({ data: { slug: `area-${key.toLowerCase()}`, nameZh: "测试", nameEn: "Test area", nameRu: "Тест" } });
  const quote = "各方同意加强合作。";
  const document = await db().document.create({
    data: {
      slug: `doc-${key.toLowerCase()}`, codePrefix: `T${key}`, titleZh: "测试声明", titleEn: "Test statement", date: new Date("2020-07-16T00:00:00Z"),
      type: "JOINT_STATEMENT", language: "zh", fullText: quote,
      parties: { create: countries.map((countryCode) => ({ countryCode })) },
    },
  });
  const commitments: TrackedCommitment[] = [];
  for (let i = 0; i < count; i++) {
    const commitment = await db().commitment.create({
      data: {
        code: `T${key}-${i + 1}`, documentId: document.id, sectionRef: "1", paragraphRef: "1.1", quote, startOffset: 0, endOffset: quote.length,
        translationEn: "The parties agree to strengthen cooperation.", titleZh: `测试承诺 ${i + 1}`, titleEn: `Test commitment ${i + 1}`,
        areaSlug: area.slug, type: "COOPERATION", strength: "AGREED", position: i,
        parties: { create: countries.map((countryCode) => ({ countryCode, role: "COMMITTING" as const })) },
        trackings: { create: countries.map((countryCode) => ({ countryCode })) },
        occurrences: { create: occurrences },
      },
      select: { id: true, code: true, trackings: { select: { id: true, countryCode: true, version: true } } },
    });
    const tracking = Object.fromEntries(commitment.trackings.map((t) => [t.countryCode, { id: t.id, version: t.version }]));
    commitments.push({ id: commitment.id, code: commitment.code, tracking });
  }
  return { documentId: document.id, areaSlug: area.slug, commitments };
}
