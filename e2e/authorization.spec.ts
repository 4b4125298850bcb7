import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIResponse, type Browser, type BrowserContext } from "@playwright/test";
import { actionMatrix, callers, routeMatrix, type Caller, type Expectation } from "./authorization-matrix";
import { createAccount, signedInContext, sql, type Role } from "./accounts";
import { pageFor, serverActions } from "./server-actions";

// Every server action and route handler, called by every kind of caller with a harmless request:
// an empty form (every protected action refuses it at validation) or a read-only GET. An allowed
// caller reaches validation; a refused one gets the role or session message. Nothing is written.

const root = process.cwd();
const actions = serverActions(root);

const denials = [
  "Your session has ended. Sign in again.", "Your role does not allow this.",
  "会话已结束，请重新登录。", "您的角色无权执行此操作。",
];
const validation = ["Some fields need attention.", "部分字段需要修改。"];
/** Files under `dir` (relative to the project, with forward slashes) whose name passes `keep`. */
function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const file = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === "generated" || entry.name === "node_modules" ? [] : filesUnder(file, keep);
    return keep(entry.name) ? [file] : [];
  });
}

/** The `METHOD route-file` pairs the source defines. */
function routeHandlers(): string[] {
  return filesUnder("app", (name) => name === "route.ts").flatMap((file) => {
    const source = readFileSync(path.join(root, file), "utf8");
    const methods = new Set<string>();
    for (const m of source.matchAll(/export\s+(?:async\s+)?function\s+(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\b/g)) methods.add(m[1]);
    for (const m of source.matchAll(/export\s+const\s+\{([^}]*)\}/g)) {
      for (const name of m[1].split(",").map((part) => part.trim().split(/\s*:\s*/).pop()!)) {
        if (/^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/.test(name)) methods.add(name);
      }
    }
    for (const m of source.matchAll(/export\s+const\s+(GET|POST|PUT|PATCH|DELETE)\b/g)) methods.add(m[1]);
    return [...methods].map((method) => `${method} ${file}`);
  });
}

/** The exports of every "use server" file: an action that no page imports is still listed. */
function sourceActions(): string[] {
  return ["lib", "app"].flatMap((dir) => filesUnder(dir, (name) => /\.tsx?$/.test(name) && !name.endsWith(".test.ts"))).flatMap((file) => {
    const source = readFileSync(path.join(root, file), "utf8");
    if (!/^\s*["']use server["']/.test(source)) return [];
    return [...source.matchAll(/export\s+(?:async\s+function|const)\s+(\w+)/g)].map((m) => `${file}#${m[1]}`);
  });
}

test("every server action and route handler has a row in the authorisation matrix", () => {
  expect(actions.length).toBeGreaterThan(0);
  const missing = [...new Set([...actions.map((a) => a.key), ...sourceActions()])].filter((key) => !actionMatrix[key]);
  expect(missing, "server actions without a row in e2e/authorization-matrix.ts").toEqual([]);
  const routes = routeHandlers();
  expect(routes.length).toBeGreaterThan(0);
  expect(routes.filter((key) => !routeMatrix[key]), "route handlers without a row in e2e/authorization-matrix.ts").toEqual([]);
  const stale = Object.keys(routeMatrix).map((key) => key.split(" | ")[0]).filter((key) => !routes.includes(key));
  expect(stale, "matrix rows for route handlers that no longer exist").toEqual([]);
});

// ---- Sessions --------------------------------------------------------------------------------

type State = Awaited<ReturnType<BrowserContext["storageState"]>>;
const shared: Partial<Record<Caller, string>> = { viewer: "e2e/.auth/viewer.json", analyst: "e2e/.auth/analyst.json", admin: "e2e/.auth/admin.json" };
let disabled: State;
// Sign-ins of this file come from their own address, so the other specs' address counter is untouched.
const address = { "x-forwarded-for": "198.51.100.42" };

/** A new account of that role, signed in through the real form; returns its session. */
async function signedInUser(browser: Browser, role: Role): Promise<{ id: string; state: State }> {
  const account = await createAccount(role, "authz");
  const context = await signedInContext(browser, account, address);
  const state = await context.storageState();
  await context.close();
  return { id: account.id, state };
}

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  const user = await signedInUser(browser, "ADMIN");
  disabled = user.state;
  await sql("UPDATE app_user SET disabled_at = now(), version = version + 1 WHERE id = $1", [user.id]);
});

// Without a session cookie the proxy sends a visitor to /login before the server is asked, so the
// anonymous caller carries a forged cookie: it is the server's own check that must refuse it.
const forgedCookie = { name: "authjs.session-token", value: "forged-not-a-jwt", domain: "127.0.0.1", path: "/", expires: -1, httpOnly: true, secure: false, sameSite: "Lax" as const };

async function contextFor(browser: Browser, caller: Caller, useFresh: boolean): Promise<BrowserContext> {
  const options = { extraHTTPHeaders: { "accept-language": "en-GB,en;q=0.9" } };
  if (caller === "anonymous") {
    const context = await browser.newContext(options);
    await context.addCookies([forgedCookie]);
    return context;
  }
  if (caller === "disabled") return browser.newContext({ ...options, storageState: disabled });
  if (useFresh) {
    const role = caller.toUpperCase() as Role;
    return browser.newContext({ ...options, storageState: (await signedInUser(browser, role)).state });
  }
  return browser.newContext({ ...options, storageState: shared[caller] });
}

async function verdict(response: APIResponse): Promise<{ outcome: Expectation; body: string }> {
  expect(response.status(), "no server error").toBeLessThan(500);
  if (response.status() === 401 || response.status() === 403) return { outcome: "deny", body: await response.text() };
  const body = await response.text();
  // An action's answer is the RSC row after the header row; a redirect (sign-out) renders a page
  // instead, whose payload carries every UI message, so only the answer itself is searched.
  const answer = body.match(/^1:(\{.*\})$/m)?.[1] ?? "";
  return { outcome: denials.some((text) => answer.includes(text)) ? "deny" : "allow", body: answer || body };
}

// ---- The matrix ------------------------------------------------------------------------------

for (const action of actions) {
  const row = actionMatrix[action.key];
  test(`server action ${action.key}`, async ({ browser, baseURL }) => {
    test.skip(!row, "no row: the coverage test above fails");
    test.setTimeout(90_000);
    const url = new URL(pageFor(Object.keys(action.workers)), baseURL).toString();
    // React's encoding of the arguments: (previousState, formData), or (formData) alone for the
    // plain form actions; an empty form is invalid for every protected action.
    const args = action.exportedName === "setLocaleAction" ? '["$K1"]' : action.exportedName === "signOutAction" ? "[]" : '[{},"$K1"]';
    const unexpected: string[] = [];
    for (const caller of callers) {
      const context = await contextFor(browser, caller, row.probe === "fresh-user" && row.expect[caller] === "allow");
      try {
        const response = await context.request.post(url, {
          headers: { origin: new URL(url).origin, "next-action": action.id, accept: "text/x-component" },
          multipart: { "0": args },
          maxRedirects: 0,
        });
        const { outcome, body } = await verdict(response);
        if (outcome !== row.expect[caller]) unexpected.push(`${caller}: expected ${row.expect[caller]}, got ${outcome}`);
        const guarded = Object.values(row.expect).includes("deny") && row.probe !== "fresh-user";
        if (outcome === "allow" && guarded && !validation.some((text) => body.includes(text))) {
          unexpected.push(`${caller}: allowed, but the empty form did not stop at validation`);
        }
      } finally {
        await context.close();
      }
    }
    expect(unexpected).toEqual([]);
  });
}

for (const [key, row] of Object.entries(routeMatrix)) {
  test(`route ${key}`, async ({ browser, baseURL }) => {
    test.setTimeout(90_000);
    const method = key.split(" ")[0];
    const url = new URL(row.probe, baseURL).toString();
    const unexpected: string[] = [];
    for (const caller of callers) {
      const context = await contextFor(browser, caller, false);
      try {
        const response = await context.request.fetch(url, {
          method,
          headers: { origin: new URL(url).origin },
          ...(method === "POST" ? { form: { unexpected: "1" } } : {}),
          maxRedirects: 0,
        });
        const { outcome } = await verdict(response);
        if (outcome !== row.expect[caller]) unexpected.push(`${caller}: expected ${row.expect[caller]}, got ${outcome}`);
      } finally {
        await context.close();
      }
    }
    expect(unexpected).toEqual([]);
  });
}
