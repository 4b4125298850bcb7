// Consistency of a document's parties, commitments and occurrences with its text and the reference data.
import type { SentenceLocation } from "./source-checks";
import { SourceDataError, entryName } from "./source-error";
import type { ReferenceData, SourceCommitment, SourceDocument, SourceOccurrence } from "./source-schema";

function snippet(text: string): string {
  return text.length > 24 ? `${text.slice(0, 24)}…` : text;
}

export function checkParties(file: string, doc: SourceDocument, reference: ReferenceData): void {
  const known = new Set(reference.countries.map((c) => c.code));
  const seen = new Set<string>();
  for (const code of doc.parties) {
    if (!known.has(code)) throw new SourceDataError(file, "document", "parties", `"${code}" is not a country of the reference data`);
    if (seen.has(code)) throw new SourceDataError(file, "document", "parties", `"${code}" is listed twice`);
    seen.add(code);
  }
}

/** Every cue part ("愿…帮助" has two) occurs in the sentence, in that order. */
function cueOccursIn(cue: string, sentence: string): boolean {
  let from = 0;
  for (const part of cue.split("…").filter(Boolean)) {
    const at = sentence.indexOf(part, from);
    if (at < 0) return false;
    from = at + part.length;
  }
  return true;
}

function checkCountries(file: string, entry: string, field: string, codes: string[], parties: Set<string>): void {
  const seen = new Set<string>();
  for (const code of codes) {
    if (!parties.has(code)) throw new SourceDataError(file, entry, field, `"${code}" is not a party of this document`);
    if (seen.has(code)) throw new SourceDataError(file, entry, field, `"${code}" is listed twice`);
    seen.add(code);
  }
}

function periodStart(period: string): number {
  return Number(period.slice(0, 4)) * 2 + (period.endsWith("-H2") ? 1 : 0);
}

function checkPeriodFormat(file: string, entry: string, field: string, period: string, frequency: string): void {
  const halfYear = /-H[12]$/.test(period);
  if ((frequency === "semiannual") !== halfYear) {
    throw new SourceDataError(file, entry, field, `"${period}" does not fit a ${frequency} recurrence (${frequency === "semiannual" ? '"2021-H1"' : '"2021"'})`);
  }
}

function checkCommitment(
  file: string,
  doc: SourceDocument,
  commitment: SourceCommitment,
  entry: string,
  sentences: Map<string, SentenceLocation>,
  areas: Set<string>,
): void {
  const fail = (field: string, detail: string) => new SourceDataError(file, entry, field, detail);
  const prefix = `${doc.codePrefix}-`;
  if (!commitment.code.startsWith(prefix)) throw fail("code", `must start with the document's code prefix "${prefix}"`);
  const paragraphRef = commitment.code.slice(prefix.length).replace(/[a-z]$/, "");

  const sentence = sentences.get(commitment.sentence);
  if (!sentence) throw fail("sentence", `"${commitment.sentence}" is not the key of a sentence of this document`);
  if (sentence.kind !== "commitment") throw fail("sentence", `"${commitment.sentence}" is classified as ${sentence.kind}, not commitment`);
  if (sentence.paragraphKey !== paragraphRef) {
    throw fail("code", `names paragraph ${paragraphRef} but its sentence ${commitment.sentence} is in paragraph ${sentence.paragraphKey}`);
  }

  const actual = doc.text.slice(commitment.start, commitment.end);
  if (commitment.end <= commitment.start || actual !== commitment.quote) {
    throw fail("quote", `does not match the text at ${commitment.start}-${commitment.end} ("${snippet(actual)}")`);
  }
  if (commitment.start < sentence.start || commitment.end > sentence.end) {
    throw fail("quote", `${commitment.start}-${commitment.end} lies outside its sentence ${commitment.sentence} (${sentence.start}-${sentence.end})`);
  }
  const sentenceText = doc.text.slice(sentence.start, sentence.end);
  if (!cueOccursIn(commitment.cue, sentenceText)) throw fail("cue", `"${commitment.cue}" does not occur in sentence ${commitment.sentence}`);
  if (!areas.has(commitment.area)) throw fail("area", `"${commitment.area}" is not an area of the reference data`);

  const parties = new Set(doc.parties);
  checkCountries(file, entry, "committing", commitment.committing, parties);
  checkCountries(file, entry, "beneficiaries", commitment.beneficiaries, parties);

  if (commitment.recurrence) {
    checkPeriodFormat(file, entry, "recurrence.firstPeriod", commitment.recurrence.firstPeriod, commitment.recurrence.frequency);
    if (Number(commitment.recurrence.firstPeriod.slice(0, 4)) < Number(doc.date.slice(0, 4))) {
      throw fail("recurrence.firstPeriod", `"${commitment.recurrence.firstPeriod}" is before the document's date ${doc.date}`);
    }
  }
  if (commitment.dueDate && commitment.dueDate < doc.date) throw fail("dueDate", `${commitment.dueDate} is before the document's date ${doc.date}`);

  const links = new Set<string>();
  commitment.links.forEach((link, li) => {
    if (link.target === commitment.code) throw fail(`links[${li}].target`, "a commitment cannot link to itself");
    const id = `${link.type} ${link.target}`;
    if (links.has(id)) throw fail(`links[${li}]`, `"${id}" is listed twice`);
    links.add(id);
  });
}

function checkOccurrence(
  file: string,
  occurrence: SourceOccurrence,
  entry: string,
  commitments: Map<string, SourceCommitment>,
): void {
  const fail = (field: string, detail: string) => new SourceDataError(file, entry, field, detail);
  const commitment = commitments.get(occurrence.commitment);
  if (!commitment) throw fail("commitment", `"${occurrence.commitment}" is not a commitment of this document`);
  const recurrence = commitment.recurrence;
  if (!recurrence) throw fail("commitment", `"${occurrence.commitment}" is not a recurring commitment`);
  checkPeriodFormat(file, entry, "period", occurrence.period, recurrence.frequency);
  if (periodStart(occurrence.period) < periodStart(recurrence.firstPeriod)) {
    throw fail("period", `"${occurrence.period}" is before the first expected period "${recurrence.firstPeriod}"`);
  }
  if (occurrence.status === "held") {
    if (!occurrence.heldOn) throw fail("heldOn", "is required when status is held");
    if (!occurrence.heldOn.startsWith(occurrence.period.slice(0, 4))) {
      throw fail("heldOn", `${occurrence.heldOn} is not in period "${occurrence.period}"`);
    }
  } else if (occurrence.heldOn) {
    throw fail("heldOn", "must be empty when status is missed");
  }
}

/** Commitments point at commitment sentences and quote them exactly; every commitment sentence yields at least one. */
export function checkCommitments(
  file: string,
  doc: SourceDocument,
  reference: ReferenceData,
  sentences: Map<string, SentenceLocation>,
): void {
  const areas = new Set(reference.areas.map((a) => a.slug));
  const byCode = new Map<string, SourceCommitment>();
  const perParagraph = new Map<string, number>();

  doc.commitments.forEach((commitment, ci) => {
    const entry = entryName("commitments", ci, commitment.code);
    if (byCode.has(commitment.code)) throw new SourceDataError(file, entry, "code", `"${commitment.code}" is used twice`);
    checkCommitment(file, doc, commitment, entry, sentences, areas);
    byCode.set(commitment.code, commitment);
    const paragraph = commitment.code.replace(/[a-z]$/, "");
    perParagraph.set(paragraph, (perParagraph.get(paragraph) ?? 0) + 1);
  });

  doc.commitments.forEach((commitment, ci) => {
    const lettered = /[a-z]$/.test(commitment.code);
    const several = (perParagraph.get(commitment.code.replace(/[a-z]$/, "")) ?? 0) > 1;
    if (lettered !== several) {
      throw new SourceDataError(
        file,
        entryName("commitments", ci, commitment.code),
        "code",
        several ? "needs a letter (a, b, …): its paragraph yields several commitments" : "takes no letter: it is its paragraph's only commitment",
      );
    }
  });

  const quoted = new Set(doc.commitments.map((c) => c.sentence));
  for (const [key, sentence] of sentences) {
    if (sentence.kind === "commitment" && !quoted.has(key)) {
      throw new SourceDataError(file, sentence.entry, "kind", "is commitment but no commitment points at this sentence");
    }
  }

  const periods = new Set<string>();
  doc.occurrences.forEach((occurrence, oi) => {
    const entry = entryName("occurrences", oi, `${occurrence.commitment} ${occurrence.period}`);
    const id = `${occurrence.commitment} ${occurrence.period}`;
    if (periods.has(id)) throw new SourceDataError(file, entry, "period", "is recorded twice for this commitment");
    periods.add(id);
    checkOccurrence(file, occurrence, entry, byCode);
  });
}
