import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Column } from "./columns";
import { crlfLineEnds, csvExport, csvExportOfRecords, csvOptions, restoreCsvCell } from "./export-csv";

const columns: Column<{ text: string }>[] = [{ name: "text", value: (row) => row.text }, { name: "n", value: () => -1 }];

async function readAll(stream: AsyncIterable<Buffer | string>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString("utf8");
}

async function exportCells(cells: string[]): Promise<string> {
  async function* batches() {
    yield cells.map((text) => ({ text }));
  }
  return readAll(csvExport(columns, batches()));
}

async function* inPieces(bytes: Buffer, cuts: number[]): AsyncGenerator<Buffer> {
  let from = 0;
  for (const cut of [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b)) {
    yield bytes.subarray(from, cut);
    from = cut;
  }
  yield bytes.subarray(from);
}

const triggers = ["=", "+", "-", "@", "\t", "\r", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20"];
const risky = fc.oneof(
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
  fc.tuple(fc.constantFrom(...triggers, "'", "\"", ",", "\n", "\r\n"), fc.string({ unit: "grapheme" })).map(([head, tail]) => head + tail),
  fc.constantFrom("=HYPERLINK(\"http://x\",\"y\")", "@SUM(A1)", "-2+3", "'=already quoted", "''", "测试,“引号”\n换行", "a\nb", "a\rb", "\"\n\""),
);

describe("CSV export", () => {
  it("starts with a BOM, ends records with CRLF and writes numbers as numbers", async () => {
    const text = await exportCells(["a"]);
    expect(text.startsWith("\uFEFFtext,n\r\n")).toBe(true);
    expect(text).toBe("\uFEFFtext,n\r\na,-1\r\n");
  });

  it("quotes a cell with a line break of any kind, so that spreadsheets keep it in its row", async () => {
    expect(await exportCells(["a\nb", "c\rd"])).toBe("\uFEFFtext,n\r\n\"a\nb\",-1\r\n\"c\rd\",-1\r\n");
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

describe("CSV export of records written elsewhere (PostgreSQL's COPY)", () => {
  it("puts the header first and turns the records' LF line ends into CRLF, however the bytes are cut", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(risky, { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 6 }), async (cells, cuts) => {
        // The same cells with LF line ends, as COPY writes them; quoted where they hold a line break.
        const withLf = stringify(cells.map((text) => [text, -1]), { ...csvOptions, bom: false, record_delimiter: "unix" });
        const copied = await readAll(csvExportOfRecords(["text", "n"], inPieces(Buffer.from(withLf), cuts)));
        expect(copied).toBe(await exportCells(cells));
      }),
      { numRuns: 300 },
    );
  });

  it("writes the notice line before the header", async () => {
    const text = await readAll(csvExportOfRecords(["a"], inPieces(Buffer.from("1\n"), []), "internal"));
    expect(text).toBe("\uFEFF# internal\r\na\r\n1\r\n");
  });

  it("leaves line breaks inside quoted cells alone", async () => {
    const text = await readAll(crlfLineEnds(inPieces(Buffer.from("\"a\nb\",\"c\"\"\nd\"\nx\n"), [2, 9])));
    expect(text).toBe("\"a\nb\",\"c\"\"\nd\"\r\nx\r\n");
  });
});
