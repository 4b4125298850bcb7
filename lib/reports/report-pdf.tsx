import { statuses } from "@/lib/tracking/status";
import { dateFormatter } from "@/lib/i18n/localized";
import { registerFonts, statusHex, styles } from "./pdf-theme";
import { Changes, Commitments, Matrix, type PdfContext } from "./report-pdf-sections";
import { nameOf, type StatusCounts, type StatusReport } from "./report-model";
import { reportTranslator } from "./translator";

/** Beyond this many commitments the PDF lists the first ones and points to the XLSX. */
export const pdfCommitmentCap = 300;

/**
 * The status report as a PDF in the given language. @react-pdf/renderer is ESM-only and needs the
 * full React build, so it is loaded here, at run time, rather than bundled into a server module.
 */
export async function renderReportPdf(report: StatusReport, locale: string): Promise<Buffer> {
  const pdf = await import("@react-pdf/renderer");
  registerFonts(pdf);
  const { t, locale: lang } = await reportTranslator(locale);
  const context: PdfContext = { pdf, t, locale: lang, report };
  return pdf.renderToBuffer(<ReportDocument context={context} />);
}

function ReportDocument({ context }: { context: PdfContext }) {
  const { pdf, t, report, locale } = context;
  const { Document, Page, Text } = pdf;
  const title = t("reports.pdf.title");
  return (
    <Document title={`${title} ${report.params.asOf}`} author="Followthrough" creator="Followthrough" language={locale === "zh" ? "zh-CN" : "en"}>
      <Page size="A4" style={styles.page} wrap>
        <Text fixed style={styles.running}>{t("reports.pdf.running", { asOf: report.params.asOf })}</Text>
        <Text fixed style={styles.pageNumber} render={({ pageNumber, totalPages }) => t("reports.pdf.page", { page: pageNumber, pages: totalPages })} />
        <Header context={context} />
        <Summary context={context} />
        <Bars context={context} heading={t("reports.byCountry")} groups={report.byCountry} name={(key) => nameOf(report.countries, key, locale)} />
        <Bars context={context} heading={t("reports.byArea")} groups={report.byArea} name={(key) => nameOf(report.areas, key, locale)} />
        <Matrix context={context} cap={pdfCommitmentCap} />
        <Commitments context={context} cap={pdfCommitmentCap} />
        <Changes context={context} />
      </Page>
    </Document>
  );
}

function Header({ context: { pdf, t, report, locale } }: { context: PdfContext }) {
  const { View, Text } = pdf;
  const { params } = report;
  const when = dateFormatter(locale, { dateStyle: "long" });
  const list = (keys: string[], names: Parameters<typeof nameOf>[0]) => (keys.length ? keys.map((key) => nameOf(names, key, locale)).join(", ") : t("reports.all"));
  const meta: [string, string][] = [
    [t("reports.asOf"), `${when.format(new Date(`${params.asOf}T00:00:00Z`))} (${t("reports.endOfDayUtc")})`],
    [t("reports.documents"), list(params.documents, report.documents)],
    [t("reports.countries"), list(params.countries, report.countries)],
    [t("reports.areas"), list(params.areas, report.areas)],
    [t("reports.since"), params.since ?? "—"],
    [t("reports.pdf.generatedAt"), `${report.generatedAt.slice(0, 16).replace("T", " ")} UTC`],
  ];
  return (
    <View>
      <Text style={styles.title}>{t("reports.pdf.title")}</Text>
      <Text style={styles.subtitle}>{t("reports.pdf.subtitle", { date: when.format(new Date(`${params.asOf}T00:00:00Z`)) })}</Text>
      {meta.map(([label, value]) => (
        <View key={label} style={styles.meta}>
          <Text style={styles.metaLabel}>{label}</Text>
          <Text style={{ flex: 1 }}>{value}</Text>
        </View>
      ))}
      {params.internal && <Text style={[styles.h3, styles.internal]}>{t("reports.pdf.internalWarning")}</Text>}
    </View>
  );
}

function Summary({ context: { pdf, t, report } }: { context: PdfContext }) {
  const { View, Text } = pdf;
  const { summary } = report;
  const figures: [string, string][] = [
    [t("reports.figures.commitments"), String(summary.commitments)],
    [t("reports.figures.rows"), String(summary.rows)],
    [t("reports.figures.completed"), summary.rows ? `${summary.completed} (${Math.round((summary.completed / summary.rows) * 100)}%)` : "0"],
    [t("reports.figures.averageProgress"), summary.averageProgress === null ? "—" : `${summary.averageProgress}%`],
    ...(report.changes ? [[t("reports.figures.changes"), String(report.changesTotal)] as [string, string]] : []),
  ];
  return (
    <View wrap={false}>
      <Text style={styles.h2}>{t("reports.summary")}</Text>
      <View style={styles.figures}>
        {figures.map(([label, value]) => (
          <View key={label} style={styles.figure}>
            <Text style={[styles.muted, styles.small]}>{label}</Text>
            <Text style={styles.figureValue}>{value}</Text>
          </View>
        ))}
      </View>
      <View style={[styles.row, { flexWrap: "wrap", marginTop: 6 }]}>
        {statuses.map((status) => (
          <View key={status} style={[styles.row, { alignItems: "center", marginRight: 8, marginBottom: 2 }]}>
            <View style={{ width: 7, height: 7, backgroundColor: statusHex[status], marginRight: 3 }} />
            <Text style={styles.small}>{`${t(`status.${status}`)} ${summary.byStatus[status]}`}</Text>
          </View>
        ))}
      </View>
    </View>
  );
}

function Bars({ context: { pdf, t }, heading, groups, name }: { context: PdfContext; heading: string; groups: StatusCounts[]; name: (key: string) => string }) {
  const { View, Text } = pdf;
  if (groups.length === 0) return null;
  return (
    <View wrap={false}>
      <Text style={styles.h2}>{heading}</Text>
      {groups.map((group) => {
        const present = statuses.filter((status) => group.counts[status]);
        return (
          <View key={group.key} style={{ marginBottom: 4 }}>
            <View style={[styles.row, { alignItems: "center" }]}>
              <Text style={{ width: 130 }}>{name(group.key)}</Text>
              <View style={styles.bar}>
                {present.map((status) => (
                  <View key={status} style={{ width: `${((group.counts[status] ?? 0) / group.total) * 100}%`, backgroundColor: statusHex[status] }} />
                ))}
              </View>
              <Text style={{ width: 40, textAlign: "right" }}>{group.total}</Text>
            </View>
            <Text style={[styles.small, styles.muted, { marginLeft: 130 }]}>
              {present.map((status) => `${t(`status.${status}`)} ${group.counts[status]}`).join(" · ")}
            </Text>
          </View>
        );
      })}
    </View>
  );
}
