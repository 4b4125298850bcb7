import { localized } from "@/lib/i18n/localized";
import type { Status } from "@/lib/tracking/status";
import { lightStatus, statusHex, styles } from "./pdf-theme";
import { nameOf, type ReportCell, type StatusReport } from "./report-model";
import type { Translate } from "./translator";

export type PdfContext = { pdf: typeof import("@react-pdf/renderer"); t: Translate; locale: string; report: StatusReport };

const scoreText = (score: number | null) => (score === null ? "" : score > 0 ? `+${score}` : String(score));
const time = (iso: string) => `${iso.slice(0, 16).replace("T", " ")} UTC`;

function CapNote({ context: { pdf, t, report }, cap }: { context: PdfContext; cap: number }) {
  if (report.commitments.length <= cap) return null;
  return <pdf.Text style={[styles.small, styles.muted, { marginTop: 4 }]}>{t("reports.pdf.capped", { shown: cap, total: report.commitments.length })}</pdf.Text>;
}

/** Commitments × countries as of the date: one coloured cell per row, with its progress. */
export function Matrix({ context, cap }: { context: PdfContext; cap: number }) {
  const { pdf, t, report, locale } = context;
  const { View, Text } = pdf;
  if (report.commitments.length === 0) return <Text style={[styles.h2, styles.muted]}>{t("reports.empty")}</Text>;
  const cellWidth = 36;
  return (
    <View break>
      <Text style={styles.h2}>{t("reports.matrix")}</Text>
      <View style={styles.tableHead} fixed>
        <Text style={{ width: 82 }}>{t("reports.columns.code")}</Text>
        <Text style={{ flex: 1 }}>{t("reports.columns.commitment")}</Text>
        {report.columns.map((code) => <Text key={code} style={{ width: cellWidth, textAlign: "center" }}>{code}</Text>)}
      </View>
      {report.commitments.slice(0, cap).map((commitment) => (
        <View key={commitment.code} style={styles.tableRow} wrap={false}>
          <Text style={[styles.small, { width: 82 }]}>{commitment.code}</Text>
          <Text style={[styles.small, { flex: 1, paddingRight: 4 }]}>{localized(locale, commitment.titleZh, commitment.titleEn)}</Text>
          {report.columns.map((code) => <MatrixCell key={code} context={context} cell={commitment.cells[code]} width={cellWidth} />)}
        </View>
      ))}
      <CapNote context={context} cap={cap} />
    </View>
  );
}

function MatrixCell({ context: { pdf }, cell, width }: { context: PdfContext; cell: ReportCell | undefined; width: number }) {
  if (!cell) return <pdf.View style={{ width }} />;
  return (
    <pdf.View style={[styles.cell, { width: width - 2, backgroundColor: statusHex[cell.status] }]}>
      <pdf.Text style={{ fontSize: 7, color: lightStatus(cell.status) ? "#334155" : "#ffffff" }}>
        {cell.status === "NOT_ASSESSED" ? "" : `${cell.progress}%`}
      </pdf.Text>
    </pdf.View>
  );
}

/** Per commitment: each country's status, progress, score and latest evidence as of the date. */
export function Commitments({ context, cap }: { context: PdfContext; cap: number }) {
  const { pdf, t, report, locale } = context;
  const { View, Text } = pdf;
  if (report.commitments.length === 0) return null;
  return (
    <View break>
      <Text style={styles.h2}>{t("reports.commitments")}</Text>
      {report.commitments.slice(0, cap).map((commitment) => (
        <View key={commitment.code} style={{ marginBottom: 6 }} wrap={false}>
          <Text style={styles.h3}>{`${commitment.code}  ${localized(locale, commitment.titleZh, commitment.titleEn)}`}</Text>
          <Text style={[styles.small, styles.muted]}>{`${nameOf(report.documents, commitment.document, locale)} · ${nameOf(report.areas, commitment.area, locale)}`}</Text>
          {report.columns.filter((code) => commitment.cells[code]).map((code) => {
            const cell = commitment.cells[code];
            const evidence = cell.evidence ? `[${cell.evidence.grade}] ${cell.evidence.title}${cell.evidence.eventDate ? ` (${cell.evidence.eventDate})` : ""} ${cell.evidence.url}` : t("reports.noEvidence");
            return (
              <View key={code} style={[styles.row, { marginTop: 1 }]}>
                <Text style={{ width: 70 }}>{nameOf(report.countries, code, locale)}</Text>
                <Text style={{ width: 110 }}>{`${statusText(t, cell.status)} · ${cell.progress}%${cell.complianceScore === null ? "" : ` · ${scoreText(cell.complianceScore)}`}`}</Text>
                <Text style={[styles.small, { flex: 1 }]}>{evidence}</Text>
              </View>
            );
          })}
        </View>
      ))}
      <CapNote context={context} cap={cap} />
    </View>
  );
}

const statusText = (t: Translate, status: Status) => t(`status.${status}`);

/** What changed between the two dates: who, when, what, newest first. */
export function Changes({ context: { pdf, t, report, locale } }: { context: PdfContext }) {
  const { View, Text } = pdf;
  if (!report.changes || !report.params.since) return null;
  return (
    <View break>
      <Text style={styles.h2}>{t("reports.changesTitle", { since: report.params.since, asOf: report.params.asOf })}</Text>
      {report.changes.length === 0 && <Text style={styles.muted}>{t("reports.noChanges")}</Text>}
      {report.changes.map((change) => (
        <View key={change.id} style={{ marginBottom: 4 }} wrap={false}>
          <Text style={[styles.small, styles.muted]}>{`${time(change.at)} · ${change.author ?? t("reports.unknownAuthor")}`}</Text>
          <Text>
            {`${change.code} ${localized(locale, change.titleZh, change.titleEn)} · ${nameOf(report.countries, change.country, locale)}: `}
            {`${statusText(t, change.statusBefore)} → ${statusText(t, change.status)} (${change.progressBefore}% → ${change.progress}%)`}
          </Text>
          {change.note && <Text style={styles.small}>{change.note}</Text>}
          {change.internalNote && <Text style={[styles.small, styles.internal]}>{`${t("reports.internalNote")}: ${change.internalNote}`}</Text>}
          {change.evidence.map((e) => <Text key={e.url} style={[styles.small, styles.muted]}>{`[${e.grade}] ${e.title} ${e.url}`}</Text>)}
        </View>
      ))}
      {report.changesTotal > report.changes.length && (
        <Text style={[styles.small, styles.muted]}>{t("reports.changesCapped", { shown: report.changes.length, total: report.changesTotal })}</Text>
      )}
    </View>
  );
}
