import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext, APIResponse } from "@playwright/test";

// The build's own list of server actions (id, source file, export, pages that serve it), and a way
// to call one over HTTP the way React's form submission does, without a browser.

type ManifestEntry = { filename: string; exportedName: string; workers: Record<string, unknown> };
export type ServerAction = ManifestEntry & { id: string; key: string };

export function serverActions(root = process.cwd()): ServerAction[] {
  const file = path.join(root, ".next/server/server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { node: Record<string, ManifestEntry> };
  return Object.entries(manifest.node).map(([id, entry]) => ({ id, key: `${entry.filename}#${entry.exportedName}`, ...entry }));
}

// A known commitment of the demo data, for the one page whose URL needs a code.
const pathParams: Record<string, string> = { code: "C5-2020-2.1d", id: "none", slug: "none" };

/** A page URL that serves the action: the static one if there is one, else a dynamic one filled in. */
export function pageFor(workers: string[]): string {
  const urls = workers.map((worker) =>
    worker
      .replace(/^app/, "")
      .replace(/\/page$/, "")
      .split("/")
      .filter((segment) => !/^\(.*\)$/.test(segment))
      .map((segment) => segment.replace(/^\[(\w+)\]$/, (_, name: string) => pathParams[name] ?? "none"))
      .join("/") || "/",
  );
  const fixed = workers.findIndex((worker) => !worker.includes("["));
  return urls[fixed >= 0 ? fixed : 0];
}

export function serverAction(key: string): ServerAction {
  const action = serverActions().find((candidate) => candidate.key === key);
  if (!action) throw new Error(`no server action ${key} in the build`);
  return action;
}

/**
 * POSTs (previousState, formData) to a `useActionState` action, as React encodes it: the form's
 * fields prefixed "_1_" (the part holding the FormData argument), then the argument list in field
 * "0". The order matters: the server decodes the stream as it arrives, and "$K1" takes the "_1_"
 * fields received before it.
 */
export function postFormAction(
  request: APIRequestContext,
  pageUrl: string,
  actionId: string,
  fields: Record<string, string>,
): Promise<APIResponse> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(`_1_${name}`, value);
  form.append("0", '[{},"$K1"]');
  return request.post(pageUrl, {
    // A new connection per call: a kept-alive socket that the server closes after its idle timeout
    // can be reused at that very moment and reset, failing a call the server never saw.
    headers: { origin: new URL(pageUrl).origin, "next-action": actionId, accept: "text/x-component", connection: "close" },
    multipart: form,
    maxRedirects: 0,
  });
}
