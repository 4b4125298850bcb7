import path from "node:path";
import type { Status } from "@/lib/tracking/status";

type Pdf = typeof import("@react-pdf/renderer");

/** The status colours of app/globals.css (--color-status-*), for the PDF, which has no CSS. */
export const statusHex: Record<Status, string> = {
  NOT_ASSESSED: "#cbd5e1",
  NO_EVIDENCE: "#fcd34d",
  NOT_STARTED: "#f97316",
  IN_PROGRESS: "#3b82f6",
  SUBSTANTIAL: "#14b8a6",
  COMPLETED: "#15803d",
  STALLED: "#dc2626",
  SUPERSEDED: "#7c3aed",
};
export const lightStatus = (status: Status) => status === "NOT_ASSESSED" || status === "NO_EVIDENCE";

const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303f\uff00-\uffef]/u;

/**
 * Where a "word" may break. Chinese has no spaces, so a run of CJK text is one huge word that never
 * wraps: split it into characters. The empty pieces between them tell the layout engine that a
 * break there needs no hyphen. Latin words stay whole (no hyphenation, so codes and URLs survive).
 */
export function cjkHyphenation(word: string): string[] {
  if (!cjk.test(word)) return [word];
  return Array.from(word).flatMap((char) => [char, ""]);
}

const fontDir = (weight: string) => path.join(process.cwd(), `node_modules/@expo-google-fonts/noto-sans-sc/${weight}`);

let registered = false;

/** Noto Sans SC from node_modules (full GB2312 coverage; subset into each PDF), registered once per process. */
export function registerFonts(pdf: Pdf) {
  if (registered) return;
  pdf.Font.register({
    family: "Noto Sans SC",
    fonts: [
      { src: path.join(fontDir("400Regular"), "NotoSansSC_400Regular.ttf"), fontWeight: 400 },
      { src: path.join(fontDir("700Bold"), "NotoSansSC_700Bold.ttf"), fontWeight: 700 },
    ],
  });
  pdf.Font.registerHyphenationCallback(cjkHyphenation);
  registered = true;
}

export const styles = {
  page: { fontFamily: "Noto Sans SC", fontSize: 9, color: "#0f172a", paddingTop: 42, paddingBottom: 42, paddingHorizontal: 36 },
  running: { position: "absolute", top: 16, left: 36, right: 36, fontSize: 7, color: "#64748b" },
  pageNumber: { position: "absolute", bottom: 18, left: 36, right: 36, fontSize: 7, color: "#64748b", textAlign: "right" },
  title: { fontSize: 18, fontWeight: 700, color: "#12463e" },
  subtitle: { fontSize: 11, marginTop: 2, marginBottom: 8 },
  h2: { fontSize: 12, fontWeight: 700, marginTop: 14, marginBottom: 6, color: "#12463e" },
  h3: { fontSize: 9.5, fontWeight: 700, marginTop: 6 },
  muted: { color: "#64748b" },
  small: { fontSize: 7.5 },
  row: { flexDirection: "row" },
  meta: { flexDirection: "row", marginBottom: 2 },
  metaLabel: { width: 90, color: "#64748b" },
  figures: { flexDirection: "row", gap: 8, marginTop: 6 },
  figure: { flexGrow: 1, borderWidth: 1, borderColor: "#e2e8f0", borderRadius: 3, padding: 6 },
  figureValue: { fontSize: 16, fontWeight: 700 },
  bar: { flexDirection: "row", height: 10, flexGrow: 1, backgroundColor: "#f1f5f9" },
  cell: { height: 14, margin: 1, justifyContent: "center", alignItems: "center", borderRadius: 2 },
  tableHead: { flexDirection: "row", borderBottomWidth: 1, borderColor: "#cbd5e1", paddingBottom: 2, marginBottom: 2, fontWeight: 700 },
  tableRow: { flexDirection: "row", borderBottomWidth: 0.5, borderColor: "#e2e8f0", paddingVertical: 1, alignItems: "center" },
  internal: { color: "#92400e" },
} as const;
