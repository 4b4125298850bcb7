import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parseDocument, type Document } from "yaml";
import { SourceDataError, loadAllSourceDocuments, loadReferenceData, loadSourceDocument } from "./load-source";
import { sectionMarker } from "./source-checks";

const root = fileURLToPath(new URL("../../", import.meta.url));
const documentFile = path.join(root, "prisma/data/documents/c5-2020-07-16.yaml");
const rawName = "2020-07-16-china-central-asia-fm-joint-statement.zh.txt";
const reference = loadReferenceData(path.join(root, "prisma/data/reference.yaml"));
const { document: doc, rawText } = loadSourceDocument(documentFile, reference);
const sentences = doc.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences));

describe("the 2020 C+C5 statement", () => {
  it("keeps the raw page byte for byte and stores the statement without the site's debris", () => {
    const raw = fs.readFileSync(path.join(root, "prisma/data/sources", rawName));
    expect(createHash("sha256").update(raw).digest("hex")).toBe("0fedc3f2bdb049606d479a071fee1e5ea2bca9a44741e355290bc2b4f490646c");
    for (const debris of ["免责声明", "发布时间", "摘编", "来源", "评论", "QQ", "2024年10月", "\u00a0"]) {
      expect(rawText).toContain(debris);
      expect(doc.text).not.toContain(debris);
    }
    expect(doc.text.split(doc.title.zh)).toHaveLength(2);
    expect(doc.text.startsWith(`${doc.title.zh}\n\n2020年7月16日`)).toBe(true);
    expect(doc.text.endsWith("亦可视形势需要各方协商采取灵活方式办会。")).toBe(true);
  });

  it("quotes every commitment verbatim at its offsets, inside its sentence", () => {
    const byKey = new Map(sentences.map((s) => [s.key, s]));
    for (const c of doc.commitments) {
      expect(doc.text.slice(c.start, c.end), c.code).toBe(c.quote);
      const sentence = byKey.get(c.sentence)!;
      expect(c.start >= sentence.start && c.end <= sentence.end, c.code).toBe(true);
      expect(doc.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  });

  it("classifies every sentence exactly once and covers the whole statement", () => {
    expect(new Set(sentences.map((s) => s.key)).size).toBe(sentences.length);
    const count = new Uint8Array(doc.text.length);
    for (const s of sentences) {
      expect(["commitment", "position", "context"]).toContain(s.kind);
      for (let i = s.start; i < s.end; i++) count[i]++;
    }
    const markers = new Set<number>();
    for (const section of doc.sections) {
      for (let i = 0; i < sectionMarker(section).length; i++) markers.add(section.start + i);
    }
    for (let i = 0; i < doc.text.length; i++) {
      if (/\s/.test(doc.text[i]) || markers.has(i)) expect(count[i], `offset ${i}`).toBe(0);
      else expect(count[i], `offset ${i} (${doc.text[i]})`).toBe(1);
    }
  });

  it("gives every commitment sentence at least one commitment, and only those", () => {
    const kindOf = new Map(sentences.map((s) => [s.key, s.kind]));
    for (const c of doc.commitments) expect(kindOf.get(c.sentence), c.code).toBe("commitment");
    for (const s of sentences.filter((s) => s.kind === "commitment")) {
      expect(doc.commitments.some((c) => c.sentence === s.key), s.key).toBe(true);
    }
  });

  it("has the reviewed counts and the annual meeting with sourced occurrences", () => {
    const kinds = sentences.reduce<Record<string, number>>((acc, s) => ({ ...acc, [s.kind]: (acc[s.kind] ?? 0) + 1 }), {});
    expect(kinds).toEqual({ context: 3, position: 9, commitment: 15 });
    expect(doc.commitments).toHaveLength(30);
    const annual = doc.commitments.filter((c) => c.recurrence);
    expect(annual.map((c) => [c.code, c.recurrence?.frequency, c.recurrence?.firstPeriod])).toEqual([["C5-2020-6.1b", "annual", "2021"]]);
    expect(doc.occurrences.map((o) => o.period)).toEqual(["2021", "2022", "2023", "2024", "2025"]);
    for (const o of doc.occurrences) expect(o.evidence.length).toBeGreaterThan(0);
  });

  it("loads as part of the documents directory", () => {
    const all = loadAllSourceDocuments(path.join(root, "prisma/data/documents"), reference);
    expect(all.map((d) => d.document.codePrefix)).toContain("C5-2020");
  });
});

describe("broken files are refused with file, entry and field", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "followthrough-source-"));
  fs.mkdirSync(path.join(tmp, "sources"));
  fs.copyFileSync(path.join(root, "prisma/data/sources", rawName), path.join(tmp, "sources", rawName));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
  let counter = 0;

  /** Writes a copy of the real document with one change, in its own documents/ folder. */
  function brokenCopy(change: (yaml: Document) => void): string {
    const dir = path.join(tmp, `case-${++counter}`, "documents");
    fs.mkdirSync(dir, { recursive: true });
    const yaml = parseDocument(fs.readFileSync(documentFile, "utf8"));
    yaml.setIn(["source", "rawFile"], path.join(tmp, "sources", rawName));
    change(yaml);
    const file = path.join(dir, "broken.yaml");
    fs.writeFileSync(file, yaml.toString());
    return file;
  }

  function messageOf(load: () => unknown): string {
    try {
      load();
    } catch (error) {
      expect(error).toBeInstanceOf(SourceDataError);
      return (error as Error).message;
    }
    throw new Error("expected the file to be refused");
  }

  const refused = (file: string) => messageOf(() => loadSourceDocument(file, reference));

  it("a quote that is not the text at its offsets", () => {
    const file = brokenCopy((y) => y.setIn(["commitments", 3, "quote"], "各方愿进一步加强在疫情防控"));
    expect(refused(file)).toMatch(/broken\.yaml: commitments\[3\] \(C5-2020-2\.1b\)\.quote: does not match the text at \d+-\d+ \("各方愿/);
  });

  it("an area that the reference data does not know", () => {
    const file = brokenCopy((y) => y.setIn(["commitments", 0, "area"], "space"));
    expect(refused(file)).toContain('broken.yaml: commitments[0] (C5-2020-1.1a).area: "space" is not an area');
  });

  it("a missing field", () => {
    const file = brokenCopy((y) => y.deleteIn(["commitments", 5, "strength"]));
    expect(refused(file)).toContain("broken.yaml: commitments[5] (C5-2020-2.1d).strength: is missing");
  });

  it("a duplicate code", () => {
    const file = brokenCopy((y) => y.setIn(["commitments", 4, "code"], "C5-2020-2.1b"));
    expect(refused(file)).toContain('broken.yaml: commitments[4] (C5-2020-2.1b).code: "C5-2020-2.1b" is used twice');
  });

  it("an unknown field", () => {
    const file = brokenCopy((y) => y.setIn(["commitments", 2, "strenght"], "will"));
    expect(refused(file)).toContain("broken.yaml: commitments[2] (C5-2020-2.1a).strenght: is not a known field");
  });

  it("a sentence whose offsets drifted", () => {
    const at = ["sections", 2, "paragraphs", 0, "sentences", 1, "start"];
    const file = brokenCopy((y) => y.setIn(at, Number(y.getIn(at)) + 1));
    expect(refused(file)).toMatch(/broken\.yaml: sections\[2\]\.paragraphs\[0\]\.sentences\[1\] \(1\.1\.2\)\.text: does not match the text at \d+-\d+ \("交28年来/);
  });

  it("text left unclassified", () => {
    const file = brokenCopy((y) => {
      const at = ["sections", 4, "paragraphs", 1, "sentences", 0];
      const text = String(y.getIn([...at, "text"]));
      y.setIn([...at, "text"], text.slice(0, -1));
      y.setIn([...at, "end"], Number(y.getIn([...at, "end"])) - 1);
    });
    expect(refused(file)).toMatch(/broken\.yaml: document\.sections: text at \d+ \("。/);
  });

  it("a commitment on a sentence not classified as commitment", () => {
    const file = brokenCopy((y) => y.setIn(["sections", 2, "paragraphs", 0, "sentences", 2, "kind"], "position"));
    expect(refused(file)).toContain('commitments[0] (C5-2020-1.1a).sentence: "1.1.3" is classified as position');
  });

  it("a stored text that differs from the raw page", () => {
    const file = brokenCopy((y) => y.set("text", String(y.get("text")).replace("建交28年来", "建交30年来")));
    expect(refused(file)).toMatch(/broken\.yaml: document\.text: paragraph 4 \("一、各方一致认为.*does not occur verbatim in the raw file/);
  });

  it("an occurrence of a commitment that does not recur", () => {
    const file = brokenCopy((y) => y.setIn(["occurrences", 0, "commitment"], "C5-2020-6.1a"));
    expect(refused(file)).toContain('occurrences[0] (C5-2020-6.1a 2021).commitment: "C5-2020-6.1a" is not a recurring commitment');
  });

  it("a link to a code that no loaded document has (checked across documents only)", () => {
    const file = brokenCopy((y) => y.setIn(["commitments", 0, "links"], [{ type: "reaffirms", target: "C5-2099-1.1" }]));
    expect(() => loadSourceDocument(file, reference)).not.toThrow();
    expect(messageOf(() => loadAllSourceDocuments(path.dirname(file), reference))).toContain(
      'broken.yaml: commitments[0] (C5-2020-1.1a).links[0].target: "C5-2099-1.1" is not a commitment of any loaded document',
    );
  });

  it("reference data with a duplicate area", () => {
    const file = path.join(tmp, "reference.yaml");
    const yaml = parseDocument(fs.readFileSync(path.join(root, "prisma/data/reference.yaml"), "utf8"));
    yaml.setIn(["areas", 3, "slug"], "health");
    fs.writeFileSync(file, yaml.toString());
    expect(messageOf(() => loadReferenceData(file))).toContain('reference.yaml: areas[3] (health).slug: "health" is used twice');
  });
});
