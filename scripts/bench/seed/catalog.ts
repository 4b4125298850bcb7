import type { ReferenceData } from "@/lib/documents/source-schema";
import type { Random } from "../lib/random";
import { actions, documents, documentWeights, givenNames, latinNames, objectsByArea, strengthCues, surnames, tails } from "./corpus";

// The static part of the benchmark database: documents, commitments with their parties, tracking
// rows and expected occurrences, and users. Deterministic for a given Random.

export type BenchUser = { id: string; email: string; name: string; role: "ADMIN" | "ANALYST" | "VIEWER" };
export type BenchTracking = { id: string; commitmentId: string; country: string; ownerId: string | null; documentDate: number };
export type BenchOccurrence = { id: string; period: string; expectedBy: string; status: "PENDING" | "HELD" | "MISSED"; heldOn: string | null };
export type BenchCommitment = {
  id: string; code: string; documentIndex: number; position: number; sectionRef: string; paragraphRef: string;
  quote: string; startOffset: number; endOffset: number; translationEn: string; titleZh: string; titleEn: string;
  areaSlug: string; type: string; strength: string; recurrence: "ANNUAL" | null; firstPeriod: string | null; dueDate: string | null;
  parties: { country: string; role: "COMMITTING" | "BENEFICIARY" }[]; trackings: BenchTracking[]; occurrences: BenchOccurrence[];
};
export type BenchDocument = (typeof documents)[number] & { id: string; fullText: string };
export type Catalog = { users: BenchUser[]; documents: BenchDocument[]; commitments: BenchCommitment[]; countries: string[] };

export const benchAdminEmail = "bench-admin@example.org";
/** The reference moment of the synthetic history: nothing is logged after it. */
export const referenceTime = Date.UTC(2026, 10, 1);

const strengthNames = ["DECIDED", "AGREED", "WILL", "SHALL", "COMMITS", "WILLING", "SUPPORTS", "WELCOMES"];
const strengthWeights = [4, 10, 22, 3, 5, 30, 18, 8];
const typeNames = ["MECHANISM", "COOPERATION", "ASSISTANCE", "FACILITATION", "SUPPORT", "POSITION"];
const typeWeights = [10, 45, 8, 12, 15, 10];

function users(random: Random): BenchUser[] {
  const list: BenchUser[] = [{ id: random.id(), email: benchAdminEmail, name: "Bench Admin", role: "ADMIN" }];
  const roles = [...Array(5).fill("ADMIN"), ...Array(30).fill("ANALYST"), ...Array(4).fill("VIEWER")] as BenchUser["role"][];
  roles.forEach((role, i) => {
    const name = i % 3 === 2 ? latinNames[i % latinNames.length] : `${random.pick(surnames)}${random.pick(givenNames)}${random.pick(givenNames)}`;
    list.push({ id: random.id(), email: `bench-${role.toLowerCase()}-${i + 1}@example.org`, name, role });
  });
  return list;
}

function occurrences(random: Random, firstYear: number): BenchOccurrence[] {
  const list: BenchOccurrence[] = [];
  for (let year = firstYear; year <= 2027; year++) {
    const expectedBy = `${year}-12-31`;
    const past = Date.parse(expectedBy) < referenceTime;
    const status = past ? random.weighted(["HELD", "MISSED", "PENDING"] as const, [70, 10, 20]) : "PENDING";
    const heldOn = status === "HELD" ? `${year}-${String(random.int(3, 11)).padStart(2, "0")}-${String(random.int(1, 28)).padStart(2, "0")}` : null;
    list.push({ id: random.id(), period: String(year), expectedBy, status, heldOn });
  }
  return list;
}

/** `count` commitments spread over the documents by weight, each tracked in every country. */
export function buildCatalog(random: Random, reference: ReferenceData, count: number): Catalog {
  const countries = reference.countries.map((c) => c.code);
  const areas = reference.areas.map((a) => a.slug);
  const people = users(random);
  const owners = people.filter((u) => u.role !== "VIEWER").map((u) => u.id);
  const texts = documents.map(() => [] as string[]);
  const offsets = documents.map(() => 0);
  const perDocument = documents.map(() => 0);
  const commitments: BenchCommitment[] = [];
  for (let n = 0; n < count; n++) {
    const documentIndex = random.weighted(documents.map((_, i) => i), documentWeights);
    const document = documents[documentIndex];
    const position = perDocument[documentIndex]++;
    const section = Math.floor(position / 40) + 1;
    const paragraph = (position % 40) + 1;
    const areaSlug = random.pick(areas);
    const [actionZh, actionEn] = random.pick(actions);
    const [objectZh, objectEn] = random.pick(objectsByArea[areaSlug] ?? objectsByArea.health);
    const [tailZh, tailEn] = random.pick(tails);
    const strength = random.weighted(strengthNames, strengthWeights);
    const [cueZh, cueEn] = strengthCues[strength];
    const quote = `各方${cueZh}${actionZh}${objectZh}，${tailZh}。`;
    const startOffset = offsets[documentIndex];
    texts[documentIndex].push(quote);
    offsets[documentIndex] += quote.length;
    const id = random.id();
    const documentDate = Date.parse(`${document.date}T00:00:00Z`);
    const year = Number(document.date.slice(0, 4));
    const recurring = random.chance(0.08);
    const parties = countries.map((country, i) => ({
      country,
      role: i === 0 || random.chance(0.75) ? ("COMMITTING" as const) : ("BENEFICIARY" as const),
    }));
    commitments.push({
      id, code: `${document.prefix}-${section}.${paragraph}`, documentIndex, position,
      sectionRef: String(section), paragraphRef: `${section}.${paragraph}`,
      quote, startOffset, endOffset: startOffset + quote.length,
      translationEn: `The Parties ${cueEn} ${actionEn.toLowerCase()} ${objectEn}, ${tailEn}.`,
      titleZh: `${actionZh}${objectZh}`, titleEn: `${actionEn} ${objectEn}`,
      areaSlug, type: random.weighted(typeNames, typeWeights), strength,
      recurrence: recurring ? "ANNUAL" : null, firstPeriod: recurring ? String(year + 1) : null,
      dueDate: random.chance(0.3) ? `${year + random.int(1, 4)}-12-31` : null,
      parties,
      trackings: countries.map((country) => ({ id: random.id(), commitmentId: id, country, ownerId: random.chance(0.6) ? random.pick(owners) : null, documentDate })),
      occurrences: recurring ? occurrences(random, year + 1) : [],
    });
  }
  const docs = documents.map((d, i) => ({ ...d, id: random.id(), fullText: texts[i].join("") || `${d.zh}。` }));
  return { users: people, documents: docs, commitments, countries };
}
