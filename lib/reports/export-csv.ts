import { Readable } from "node:stream";
import { stringify, type Options } from "csv-stringify/sync";
import { toRecord, type Column } from "./columns";

/**
 * RFC 4180 with a BOM (so that spreadsheet apps read UTF-8). csv-stringify neutralises a cell that
 * starts with = + - @ tab or CR (or their full-width forms) by prefixing an apostrophe; we also
 * prefix one to a cell that already starts with an apostrophe, so that removing one leading
 * apostrophe always gives the original text back (see `restoreCsvCell`). The updates CSV is written
 * by PostgreSQL by the same rules (`updateCsvSelect` in query.ts).
 */
export const csvOptions: Options = {
  bom: true,
  escape_formulas: true,
  record_delimiter: "windows",
  // A cell with a line break of any kind is quoted (with CRLF records, csv-stringify would quote
  // only a CRLF; a spreadsheet would start a new row at a lone LF).
  quote_record_delimiter: true,
  cast: {
    date: (value) => value.toISOString(),
    string: (value) => (value.startsWith("'") ? `'${value}` : value),
  },
};

const recordOptions: Options = { ...csvOptions, bom: false };

/** The inverse of the export's neutralisation, for text read back from our CSV. */
export function restoreCsvCell(value: string): string {
  return value.startsWith("'") ? value.slice(1) : value;
}

/** The BOM, `notice` as a first line starting with "#", and the column names. */
function csvHeader(names: string[], notice?: string): string {
  return stringify([...(notice ? [[`# ${notice}`]] : []), names], csvOptions);
}

// Bytes, not strings: a web response's body is made of bytes. A failed read destroys the stream
// with the error, which is how the reader learns of it.
const byteStream = (chunks: AsyncIterable<string | Buffer>) => Readable.from(chunks, { objectMode: false });

/**
 * A CSV file streamed from batches of rows: the header leaves at once, and a batch is read only
 * when the reader has taken the previous one, so memory stays bounded however slowly the file is
 * downloaded.
 */
export function csvExport<Row>(columns: Column<Row>[], batches: AsyncIterable<Row[]>, notice?: string): Readable {
  async function* chunks(): AsyncGenerator<string> {
    yield csvHeader(columns.map((column) => column.name), notice);
    for await (const batch of batches) yield stringify(batch.map((row) => toRecord(columns, row)), recordOptions);
  }
  return byteStream(chunks());
}

/**
 * A CSV file whose records PostgreSQL wrote (COPY, lib/db/copy.ts), byte for byte what `csvExport`
 * writes for the same rows: our header, then the records with CRLF line ends.
 */
export function csvExportOfRecords(names: string[], records: AsyncIterable<Buffer>, notice?: string): Readable {
  async function* chunks(): AsyncGenerator<string | Buffer> {
    yield csvHeader(names, notice);
    yield* crlfLineEnds(records);
  }
  return byteStream(chunks());
}

const quote = 0x22;
const lineFeed = 0x0a;
const carriageReturn = 0x0d;

/**
 * CSV with LF line ends to CRLF ones. Only the line ends between records change: a line break
 * inside a quoted cell stays as it was. Quotes inside a quoted cell come in pairs, so counting
 * them tells whether a byte is inside a cell, across chunk boundaries too (no byte of a multi-byte
 * UTF-8 character can be a quote or a line feed).
 */
export async function* crlfLineEnds(chunks: AsyncIterable<Buffer>): AsyncGenerator<Buffer> {
  let quoted = false;
  for await (const chunk of chunks) {
    const ends: number[] = [];
    for (let i = 0; i < chunk.length; i++) {
      if (chunk[i] === quote) quoted = !quoted;
      else if (chunk[i] === lineFeed && !quoted) ends.push(i);
    }
    const out = Buffer.allocUnsafe(chunk.length + ends.length);
    let from = 0;
    let at = 0;
    for (const end of ends) {
      at += chunk.copy(out, at, from, end);
      out[at++] = carriageReturn;
      from = end;
    }
    chunk.copy(out, at, from);
    yield out;
  }
}
