import { describe, expect, it } from "vitest";
import { parseUpload, sniffFormat } from "./parse";

const file = (name: string, text: string | Buffer) => ({ name, bytes: Buffer.isBuffer(text) ? text : Buffer.from(text) });
const header = "code,country,status,progress,compliance_score,version";

describe("sniffFormat", () => {
  it("wants the extension and the content to agree", () => {
    expect(sniffFormat(file("a.CSV", "x"))).toEqual({ format: "csv" });
    expect(sniffFormat(file("a.xlsx", Buffer.from([0x50, 0x4b, 0x03, 0x04, 0])))).toEqual({ format: "xlsx" });
    expect(sniffFormat(file("a.xls", "x"))).toMatchObject({ error: "extension" });
    expect(sniffFormat(file("a.xlsx", "code,country"))).toMatchObject({ error: "notXlsx" });
    expect(sniffFormat(file("a.csv", Buffer.from([0x50, 0x4b, 0x03, 0x04])))).toMatchObject({ error: "notCsv" });
    expect(sniffFormat(file("a.csv", Buffer.from("a\u0000\u0000b")))).toMatchObject({ error: "notCsv" });
    expect(sniffFormat(file("a.csv", Buffer.from([0x63, 0xe9, 0x0a])))).toMatchObject({ error: "encoding" });
  });
});

describe("parseUpload (CSV)", () => {
  it("reads our export back: BOM, a notice line, CRLF, quoted cells, neutralised formulas, any column order", async () => {
    const text = `\uFEFF# notice\r\nversion,Code,country,status,progress,compliance_score,note\r\n3,C5-2020-3.3c,KZ,IN_PROGRESS,40,'-1,"'=SUM(A1), 引号"\r\n\r\n`;
    const parsed = await parseUpload(file("e.csv", text));
    expect(parsed).toEqual({
      ok: true, format: "csv",
      rows: [{ line: 3, cells: { version: "3", code: "C5-2020-3.3c", country: "KZ", status: "IN_PROGRESS", progress: "40", compliance_score: "-1", note: "=SUM(A1), 引号" } }],
    });
  });

  it("names the missing columns, and a broken line", async () => {
    expect(await parseUpload(file("e.csv", "code,country,status\nX,KZ,DONE\n"))).toMatchObject({ ok: false, error: "missingColumns", values: { columns: "progress, compliance_score, version" } });
    expect(await parseUpload(file("e.csv", `${header}\nX,KZ,"DONE,1,0,1\n`))).toMatchObject({ ok: false, error: "unreadableCsv" });
    expect(await parseUpload(file("e.csv", ""))).toMatchObject({ ok: false, error: "empty" });
  });

  it("stops at the row limit", async () => {
    const rows = Array.from({ length: 5_001 }, (_, i) => `C-${i}.1,KZ,COMPLETED,100,1,1`).join("\n");
    expect(await parseUpload(file("e.csv", `${header}\n${rows}\n`))).toMatchObject({ ok: false, error: "tooManyRows", values: { max: 5_000 } });
  });
});

describe("a stray NUL byte in a CSV", () => {
  it("is left for the preview to name; a file in UTF-16 is refused as not our CSV", async () => {
    expect(sniffFormat(file("a.csv", `${header}\nC-1.1,KZ,COMPLETED,100,1,1\u0000\n`))).toEqual({ format: "csv" });
    expect(sniffFormat(file("a.csv", Buffer.from(`${header}\n`, "utf16le")))).toMatchObject({ error: "notCsv" });
    const parsed = await parseUpload(file("a.csv", `${header}\nC-1.1,KZ,COMPLETED,100,1,1\u0000\n`));
    expect(parsed).toMatchObject({ ok: true, rows: [{ line: 2, cells: { version: "1\u0000" } }] });
  });
});
