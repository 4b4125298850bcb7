import { Readable } from "node:stream";
import { toJsonObject, type Column } from "./columns";

/**
 * A JSON object streamed from batches: the metadata first, then "rows", an array written one
 * batch at a time, so memory stays bounded whatever the number of rows.
 */
export function jsonExport<Row>(
  meta: Record<string, unknown>,
  columns: Column<Row>[],
  batches: AsyncIterable<Row[]>,
): Readable {
  async function* chunks(): AsyncGenerator<string> {
    yield `${JSON.stringify(meta).slice(0, -1)},"rows":[`;
    let separator = "\n";
    for await (const batch of batches) {
      yield separator + batch.map((row) => JSON.stringify(toJsonObject(columns, row))).join(",\n");
      separator = ",\n";
    }
    yield "\n]}\n";
  }
  // Bytes, not strings: a web response's body is made of bytes.
  return Readable.from(chunks(), { objectMode: false });
}
