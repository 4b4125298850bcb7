import { createElement as h, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { createTranslator, NextIntlClientProvider } from "next-intl";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { ImportPreview } from "@/components/imports/import-preview";
import { loadMessages } from "@/lib/i18n/messages";
import type { PreviewView } from "@/lib/imports/schema";
import { buildStatusReport } from "@/lib/reports/report-model";
import { ExportMenu } from "./export-menu";
import { HeatMatrix } from "./heat-matrix";
import { ReportChanges } from "./report-changes";
import { ReportCommitments } from "./report-commitments";
import { StatusChart } from "./status-chart";

let messages: Record<string, unknown>;
const missing: string[] = [];
vi.mock("next-intl/server", () => ({
  getLocale: async () => "zh",
  getTranslations: async (namespace?: string) => createTranslator({ locale: "zh", messages, namespace, onError: (e) => missing.push(e.message) }),
}));
vi.mock("@/lib/imports/actions", () => ({ importUpdatesAction: vi.fn() }));
beforeAll(async () => {
  messages = await loadMessages("zh");
});

const text = (node: ReactNode) =>
  renderToStaticMarkup(h(NextIntlClientProvider, { locale: "zh", messages, timeZone: "UTC", onError: (e) => missing.push(e.message), children: node }))
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ");

const kz = { key: "KZ", nameZh: "哈萨克斯坦", nameEn: "Kazakhstan" };
const report = buildStatusReport({
  params: { documents: [], areas: [], countries: [], asOf: "2024-06-30", since: "2024-01-01", internal: true },
  now: new Date("2026-11-24T10:00:00Z"),
  rows: [{
    code: "C5-2020-3.3c", titleZh: "建立人员往来“快捷通道”", titleEn: "Fast lanes", area: "trade", document: "c5", country: "KZ", status: "IN_PROGRESS", progress: 40,
    complianceScore: 0, lastUpdate: new Date("2024-02-01T08:00:00Z"), evidence: { url: "https://example.org/r", title: "新闻稿", grade: "B", eventDate: "2024-01-30" },
  }],
  changes: [{
    id: "u1", at: "2024-02-01T08:00:00.000Z", author: "Aigerim", code: "C5-2020-3.3c", titleZh: "建立人员往来“快捷通道”", titleEn: "Fast lanes", country: "KZ",
    statusBefore: "NOT_ASSESSED", status: "IN_PROGRESS", progressBefore: 0, progress: 40, note: "已开通", internalNote: "仅限内部", evidence: [],
  }],
  changesTotal: 1,
  countries: [kz],
  areas: [{ key: "trade", nameZh: "贸易与投资", nameEn: "Trade" }],
  documents: [{ key: "c5", nameZh: "联合声明", nameEn: "Joint statement", date: "2020-07-16" }],
});

describe("report widgets", () => {
  it("render the report in Chinese with every message present", async () => {
    const chart = text(await StatusChart({ id: "c", title: "各国状态", groups: report.byCountry.map((g) => ({ ...g, label: "哈萨克斯坦" })) }));
    expect(chart).toContain("1 条");
    const matrix = renderToStaticMarkup(await HeatMatrix({ caption: "矩阵", countries: [{ code: "KZ", name: "哈萨克斯坦" }], rows: [{ code: "C5-2020-3.3c", title: "快捷通道", cells: report.commitments[0].cells }] }));
    expect(matrix).toContain('aria-label="C5-2020-3.3c · 哈萨克斯坦:推进中,40%"');
    const commitments = text(await ReportCommitments({ report, commitments: report.commitments }));
    expect(commitments).toContain("[B] 新闻稿 (2024-01-30)");
    const changes = text(await ReportChanges({ report }));
    for (const part of ["Aigerim", "已开通", "内部备注 仅限内部", "改为"]) expect(changes).toContain(part);
    expect(missing).toEqual([]);
  });

  it("the export menu links the whole view, and internal notes only where they exist", () => {
    const html = renderToStaticMarkup(h(NextIntlClientProvider, { locale: "zh", messages, timeZone: "UTC", children: h(ExportMenu, { query: "country=KZ&page=3&size=50", canIncludeInternal: true }) }));
    expect(html).toContain('href="/api/export/commitments?country=KZ&amp;format=csv&amp;set=commitments"');
    expect(html).toContain('href="/api/export/commitments?country=KZ&amp;format=xlsx"');
    expect(html).toContain("包含内部备注");
    expect(missing).toEqual([]);
  });

  it("the import preview shows each outcome with its reason", () => {
    const preview: PreviewView = {
      fileName: "kz.csv", format: "csv", counts: { update: 1, unchanged: 0, error: 1 }, shown: 2,
      rows: [
        { line: 3, code: "X", country: "KZ", outcome: "error", issues: [{ key: "progress", values: { value: "140", column: "progress" } }] },
        { line: 2, code: "C5-2020-3.3c", country: "KZ", outcome: "update", issues: [], before: { status: "NOT_ASSESSED", progress: 0, complianceScore: null }, after: { status: "COMPLETED", progress: 100, complianceScore: 1 } },
      ],
    };
    const html = text(h(ImportPreview, { preview }));
    for (const part of ["kz.csv 的预览", "进度“140”须为 0 到 100 的整数", "未评估", "改为", "已完成", "(+1)"]) expect(html).toContain(part);
    expect(missing).toEqual([]);
  });
});
