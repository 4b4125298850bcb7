// A draft's analysis: its stored input and edits through the pure pipeline (analyse.ts).
import { analyse } from "./analyse";
import type { DraftState, ImportMeta } from "./schema";

export const analysisOf = (raw: string, state: DraftState) =>
  analyse({
    raw, language: state.meta.language, titles: [state.meta.titleZh, state.meta.titleEn], parties: state.meta.parties, date: state.meta.date,
    restored: state.restored, joins: state.joins, breaks: state.breaks,
  });

/** The new document's address, from its code prefix and type (C5-2023 declaration → c5-2023-declaration). */
export const slugFor = (meta: ImportMeta) => `${meta.codePrefix.toLowerCase()}-${meta.type.replace(/_/g, "-")}`;
