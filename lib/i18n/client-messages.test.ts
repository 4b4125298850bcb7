import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientMessages, clientNamespaces } from "./client-messages";
import { loadMessages } from "./messages";

const root = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(file);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

function resolveImport(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith("@/") ? path.join(root, specifier.slice(2))
    : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : undefined;
  if (!base) return undefined;
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find((file) => existsSync(file) && statSync(file).isFile());
}

/** The namespaces passed to useTranslations by modules that run in the browser: "use client" modules and what they import. */
function namespacesReadInTheBrowser(): Map<string, string> {
  const files = ["app", "components", "lib"].flatMap((dir) => sourceFiles(path.join(root, dir)));
  const queue = files.filter((file) => /^\s*["']use client["']/.test(readFileSync(file, "utf8")));
  const seen = new Set<string>();
  const namespaces = new Map<string, string>();
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    if (/^\s*["']use server["']/.test(source)) continue;
    for (const [, namespace] of source.matchAll(/useTranslations\(\s*(?:["']([^"']*)["'])?\s*\)/g)) {
      namespaces.set(namespace ?? "(all messages)", path.relative(root, file));
    }
    for (const [, specifier] of source.matchAll(/^import (?!type )[^;]*?from ["']([^"']+)["']/gm)) {
      const target = resolveImport(file, specifier);
      if (target) queue.push(target);
    }
  }
  return namespaces;
}

const covers = (listed: string, used: string) => used === listed || used.startsWith(`${listed}.`);

describe("client messages", () => {
  const used = namespacesReadInTheBrowser();

  it("include every namespace a client component reads", () => {
    const missing = [...used].filter(([namespace]) => !clientNamespaces.some((listed) => covers(listed, namespace)));
    expect(missing.map(([namespace, file]) => `${namespace} (${file})`)).toEqual([]);
    expect(used.size).toBeGreaterThan(10);
  });

  it("include nothing that no client component reads", () => {
    expect(clientNamespaces.filter((listed) => ![...used.keys()].some((namespace) => covers(listed, namespace)))).toEqual([]);
  });

  it("pick those namespaces, nested as in the source, in both languages", async () => {
    for (const locale of ["en", "zh"] as const) {
      const all = await loadMessages(locale);
      const picked = clientMessages(all) as Record<string, Record<string, unknown>>;
      expect(Object.keys(picked).sort()).toEqual([...new Set(clientNamespaces.map((namespace) => namespace.split(".")[0]))].sort());
      expect(picked.updates.form).toEqual((all.updates as Record<string, unknown>).form);
      expect(picked.updates.history).toBeUndefined();
      expect(picked.dashboard).toBeUndefined();
      for (const namespace of clientNamespaces) {
        expect(namespace.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], picked), namespace).toBeDefined();
      }
    }
  });
});
