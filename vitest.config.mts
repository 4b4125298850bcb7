import path from "node:path";
import { defineConfig } from "vitest/config";

// Vitest 5 reports failures with Map.groupBy / Object.groupBy, which Node 20 lacks.
function groupBy<K, V>(items: Iterable<V>, key: (item: V, index: number) => K) {
  const groups = new Map<K, V[]>();
  let index = 0;
  for (const item of items) {
    const k = key(item, index++);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
const shim = (target: object, value: unknown) => {
  if (typeof (target as { groupBy?: unknown }).groupBy !== "function") {
    Object.defineProperty(target, "groupBy", { configurable: true, writable: true, value });
  }
};
shim(Map, groupBy);
shim(Object, <K extends PropertyKey, V>(items: Iterable<V>, key: (item: V, index: number) => K) =>
  Object.fromEntries(groupBy(items, key)));

const root = import.meta.dirname;
const resolve = {
  alias: {
    "@": root,
    // lib/*/data.ts and mutations.ts are server-only; tests run them directly in Node.
    "server-only": path.join(root, "node_modules/server-only/empty.js"),
  },
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve,
        test: {
          name: "unit",
          environment: "node",
          include: ["lib/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["**/*.int.test.ts", "node_modules/**"],
        },
      },
      {
        resolve,
        test: {
          name: "integration",
          environment: "node",
          include: ["lib/**/*.int.test.ts", "scripts/**/*.int.test.ts"],
          globalSetup: ["./lib/test/integration-global-setup.ts"],
          setupFiles: ["./lib/test/integration-setup.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
