// Reads the reviewable YAML source data (prisma/data), validates its shape with zod and its
// consistency with source-checks.ts. Plain functions (no "server-only"): the seed and scripts use them.
import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import type { z } from "zod";
import { checkCommitments, checkParties } from "./commitment-checks";
import { checkStructure, checkText } from "./source-checks";
import { SourceDataError, displayPath, entryName, issueToError } from "./source-error";
import {
  referenceDataSchema,
  sourceDocumentSchema,
  type ReferenceData,
  type SourceDocument,
} from "./source-schema";

export { SourceDataError } from "./source-error";
export type * from "./source-schema";

export const DEFAULT_REFERENCE_FILE = "prisma/data/reference.yaml";
export const DEFAULT_DOCUMENTS_DIR = "prisma/data/documents";

/** A validated document with where it came from. */
export interface LoadedSourceDocument {
  /** The YAML file, as shown in messages (relative to the working directory when inside it). */
  file: string;
  /** Absolute path of the raw page the text was cut from. */
  rawPath: string;
  /** The raw page, byte for byte. */
  rawText: string;
  document: SourceDocument;
}

function readYaml(file: string, shown: string, root: string): unknown {
  let source: string;
  try {
    source = fs.readFileSync(file, "utf8");
  } catch (error) {
    throw new SourceDataError(shown, root, "", `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  try {
    return parse(source, { prettyErrors: true, uniqueKeys: true });
  } catch (error) {
    throw new SourceDataError(shown, root, "", `is not valid YAML: ${(error as Error).message.split("\n")[0]}`);
  }
}

function validate<T>(schema: z.ZodType<T>, raw: unknown, shown: string, root: string): T {
  const result = schema.safeParse(raw);
  if (!result.success) throw issueToError(shown, root, raw, result.error.issues[0]);
  return result.data;
}

/** Countries and areas: codes and slugs unique. */
export function loadReferenceData(file: string = DEFAULT_REFERENCE_FILE): ReferenceData {
  const absolute = path.resolve(file);
  const shown = displayPath(absolute);
  const reference = validate(referenceDataSchema, readYaml(absolute, shown, "reference"), shown, "reference");
  const unique = (list: string, values: string[], field: string) => {
    values.forEach((value, i) => {
      if (values.indexOf(value) !== i) throw new SourceDataError(shown, entryName(list, i, value), field, `"${value}" is used twice`);
    });
  };
  unique("countries", reference.countries.map((c) => c.code), "code");
  unique("areas", reference.areas.map((a) => a.slug), "slug");
  return reference;
}

/**
 * One document file, fully checked against its text, its raw page and the reference data.
 * Link targets are only checked for format here; loadAllSourceDocuments checks that they exist.
 */
export function loadSourceDocument(file: string, reference: ReferenceData = loadReferenceData()): LoadedSourceDocument {
  const absolute = path.resolve(file);
  const shown = displayPath(absolute);
  const document = validate(sourceDocumentSchema, readYaml(absolute, shown, "document"), shown, "document");

  const rawPath = path.resolve(path.dirname(absolute), document.source.rawFile);
  let rawText: string;
  try {
    rawText = fs.readFileSync(rawPath, "utf8");
  } catch {
    throw new SourceDataError(shown, "document", "source.rawFile", `${displayPath(rawPath)} cannot be read`);
  }

  checkText(shown, document, rawText);
  checkParties(shown, document, reference);
  const sentences = checkStructure(shown, document);
  checkCommitments(shown, document, reference, sentences);
  return { file: shown, rawPath, rawText, document };
}

/** Every *.yaml document of a directory (sorted by name), plus checks across documents. */
export function loadAllSourceDocuments(
  dir: string = DEFAULT_DOCUMENTS_DIR,
  reference: ReferenceData = loadReferenceData(),
): LoadedSourceDocument[] {
  const absolute = path.resolve(dir);
  const files = fs
    .readdirSync(absolute)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => path.join(absolute, name));
  const loaded = files.map((file) => loadSourceDocument(file, reference));

  const owners = new Map<string, string>();
  const claim = (kind: string, value: string, item: LoadedSourceDocument, entry: string, field: string) => {
    const id = `${kind} ${value}`;
    const owner = owners.get(id);
    if (owner) throw new SourceDataError(item.file, entry, field, `"${value}" is already used by ${owner}`);
    owners.set(id, item.file);
  };
  for (const item of loaded) {
    claim("slug", item.document.slug, item, "document", "slug");
    claim("prefix", item.document.codePrefix, item, "document", "codePrefix");
    item.document.commitments.forEach((c, ci) => claim("code", c.code, item, entryName("commitments", ci, c.code), "code"));
  }

  for (const item of loaded) {
    item.document.commitments.forEach((commitment, ci) => {
      commitment.links.forEach((link, li) => {
        if (!owners.has(`code ${link.target}`)) {
          throw new SourceDataError(item.file, entryName("commitments", ci, commitment.code), `links[${li}].target`, `"${link.target}" is not a commitment of any loaded document`);
        }
      });
    });
  }
  return loaded;
}
