// Builds Prisma's WebAssembly schema engine on top of a driver adapter. Prisma's CLI needs a
// native engine binary that cannot be downloaded offline; this wasm build ships on npm instead.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";

export type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
type Bindings = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

let bindings: Promise<Bindings> | undefined;
let liveEngines = 0;
const pendingTimers = new Set<NodeJS.Timeout>();

// The engine arms ~10 s timeouts (races against queries) and never clears them, which keeps a
// finished process alive for 10 s. Timers stay referenced while an engine is live (in case one is
// a real wait) and are unref'd once the last engine has been released.
function engineSetTimeout(callback: () => void, ms: number): NodeJS.Timeout {
  const timer = setTimeout(() => {
    pendingTimers.delete(timer);
    callback();
  }, ms >>> 0);
  if (liveEngines > 0) pendingTimers.add(timer);
  else timer.unref();
  return timer;
}

// The package's entry point does `import * as wasm from "./x.wasm"`, which Node 20 cannot load
// without a flag: instantiate the module ourselves and hand it to the generated JS glue (once).
function loadBindings(): Promise<Bindings> {
  bindings ??= (async () => {
    const glue: Bindings = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const gluePath = createRequire(import.meta.url).resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(join(dirname(gluePath), "schema_engine_bg.wasm"));
    const glueImports: WebAssembly.ModuleImports = { ...(glue as unknown as WebAssembly.ModuleImports) };
    for (const key of Object.keys(glueImports)) {
      if (key.startsWith("__wbg_setTimeout_")) glueImports[key] = engineSetTimeout;
    }
    const imports = { "./schema_engine_bg.js": glueImports };
    const { instance } = await WebAssembly.instantiate(bytes, imports);
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return bindings;
}

/** Prisma schema files (one, or several for a multi-file schema). */
export type SchemaFiles = { path: string; content: string }[];

export async function createSchemaEngine(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  schemaFiles: SchemaFiles = [],
): Promise<SchemaEngine> {
  const { SchemaEngine } = await loadBindings();
  const debug = process.env.DEBUG_SCHEMA_ENGINE ? (log: string) => console.error(log) : () => {};
  const datamodels = schemaFiles.map((f): [string, string] => [f.path, f.content]);
  liveEngines++;
  try {
    return await SchemaEngine.new(
      { datamodels: datamodels.length ? datamodels : undefined },
      debug,
      bindMigrationAwareSqlAdapterFactory(adapterFactory),
    );
  } catch (err) {
    releaseTimers();
    throw err;
  }
}

/** Frees an engine made by createSchemaEngine; no-op for undefined (its creation failed). */
export function releaseSchemaEngine(engine: SchemaEngine | undefined): void {
  if (!engine) return;
  engine.free();
  releaseTimers();
}

function releaseTimers(): void {
  if (--liveEngines > 0) return;
  for (const timer of pendingTimers) timer.unref();
  pendingTimers.clear();
}
