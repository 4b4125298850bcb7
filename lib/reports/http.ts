import { Readable } from "node:stream";
import { getLocale } from "next-intl/server";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";
import { reportTranslator } from "./translator";

/** A download: never cached (it holds data behind a sign-in), never sniffed into another type. */
export function fileResponse(body: Readable | Buffer, file: { filename: string; contentType: string }): Response {
  const stream = body instanceof Readable ? (Readable.toWeb(body) as ReadableStream<Uint8Array>) : new Uint8Array(body);
  return new Response(stream, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}

export function textResponse(status: number, message: string): Response {
  return new Response(`${message}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}

/**
 * Wraps a download route: when PostgreSQL cannot be reached the caller gets 503 and a sentence in
 * their language, not an empty 500.
 */
export function answeringUnavailable<A extends unknown[]>(handler: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      const { t } = await reportTranslator(await getLocale());
      return textResponse(503, t("errors.databaseUnavailable"));
    }
  };
}
