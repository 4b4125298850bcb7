import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Column } from "./columns";
import { csvExport, restoreCsvCell } from "./export-csv";

async function exportCells(cells: string[]): Promise<string> {
  const columns: Column<{ text: string }>[] = [{ name: "text", value: (row) => row.text }, { name: "n", value: () => -1 }];
  async function* batches() {
    yield cells.map((text) => ({ text }));
  }
  const chunks: Buffer[] = [];
  for await (const chunk of csvExport(columns, batches())) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString("utf8");
}

const triggers = ["=", "+", "-", "@", "\t", "\r", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20"];
const risky = fc.oneof(
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
  fc.tuple(fc.constantFrom(...triggers, "'", "\"", ",", "\n", "\r\n"), fc.string({ unit: "grapheme" })).map(([head, tail]) => head + tail),
  fc.constantFrom("=HYPERLINK(\"http://x\",\"y\")", "@SUM(A1)", "-2+3", "'=already quoted", "''", "测试,“引号”\n换行"),
);

describe("CSV export", () => {
  it("starts with a BOM, ends records with CRLF and writes numbers as numbers", async () => {
    const text = await exportCells(["a"]);
    expect(text.startsWith("\uFEFFtext,n\r\n")).toBe(true);
    expect(text).toBe("\uFEFFtext,n\r\na,-1\r\n");
  });

  it("neutralises formula cells, and any string comes back by parsing and removing one leading apostrophe", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(risky, { minLength: 1, maxLength: 8 }), async (cells) => {
        const records = parse(await exportCells(cells), { bom: true, relax_quotes: false }) as string[][];
        expect(records).toHaveLength(cells.length + 1);
        records.slice(1).forEach(([written, number], index) => {
          const original = cells[index];
          // What a spreadsheet sees never starts with a formula trigger.
          if (triggers.includes(original[0]) || original.startsWith("'")) expect(written).toBe(`'${original}`);
          else expect(written).toBe(original);
          expect(triggers).not.toContain(written[0]);
          expect(restoreCsvCell(written)).toBe(original);
          expect(number).toBe("-1");
        });
      }),
      { numRuns: 300 },
    );
  });
});
