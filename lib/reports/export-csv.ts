import { pipeline, Readable, Transform } from "node:stream";
import { stringify, type Options } from "csv-stringify";
import { toRecord, type Cell, type Column } from "./columns";

/**
 * RFC 4180 with a BOM (so that spreadsheet apps read UTF-8). csv-stringify neutralises a cell that
 * starts with = + - @ tab or CR (or their full-width forms) by prefixing an apostrophe; we also
 * prefix one to a cell that already starts with an apostrophe, so that removing one leading
 * apostrophe always gives the original text back (see `restoreCsvCell`).
 */
export const csvOptions: Options = {
  bom: true,
  escape_formulas: true,
  record_delimiter: "windows",
  cast: {
    date: (value) => value.toISOString(),
    string: (value) => (value.startsWith("'") ? `'${value}` : value),
  },
};

/** The inverse of the export's neutralisation, for text read back from our CSV. */
export function restoreCsvCell(value: string): string {
  return value.startsWith("'") ? value.slice(1) : value;
}

/**
 * A CSV file streamed from batches of rows: the stringifier pulls one record at a time, so memory
 * stays bounded whatever the number of rows. `notice` becomes a first line starting with "#".
 */
export function csvExport<Row>(columns: Column<Row>[], batches: AsyncIterable<Row[]>, notice?: string): Readable {
  async function* records(): AsyncGenerator<Cell[]> {
    if (notice) yield [`# ${notice}`];
    yield columns.map((column) => column.name);
    for await (const batch of batches) for (const row of batch) yield toRecord(columns, row);
  }
  // A failed read destroys the returned stream with the error, which is how the reader learns of it.
  return pipeline(Readable.from(records()), stringify(csvOptions), coalesce(), () => {});
}

/**
 * csv-stringify emits one small chunk per record; a million of them crossing into the web response
 * cost more than the CSV itself, so they leave in blocks of about 64 KB.
 */
export function coalesce(size = 64 * 1024): Transform {
  let parts: Buffer[] = [];
  let length = 0;
  return new Transform({
    transform(chunk: Buffer | string, _encoding, done) {
      const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
      parts.push(buffer);
      length += buffer.length;
      if (length >= size) {
        this.push(Buffer.concat(parts, length));
        parts = [];
        length = 0;
      }
      done();
    },
    flush(done) {
      if (length > 0) this.push(Buffer.concat(parts, length));
      done();
    },
  });
}
