/**
 * Who may call what: every server action and route handler, and whether each kind of caller gets
 * through the server's role check. `e2e/authorization.spec.ts` fails when the build has an action
 * (or the source a route handler) without a row here, so a new endpoint cannot ship unreviewed.
 */
export const callers = ["anonymous", "viewer", "analyst", "admin", "disabled"] as const;
export type Caller = (typeof callers)[number];
export type Expectation = "allow" | "deny";
type Row = Record<Caller, Expectation>;

const everyone: Row = { anonymous: "allow", viewer: "allow", analyst: "allow", admin: "allow", disabled: "allow" };
const signedIn: Row = { anonymous: "deny", viewer: "allow", analyst: "allow", admin: "allow", disabled: "deny" };
const analysts: Row = { anonymous: "deny", viewer: "deny", analyst: "allow", admin: "allow", disabled: "deny" };
const admins: Row = { anonymous: "deny", viewer: "deny", analyst: "deny", admin: "allow", disabled: "deny" };

export type ActionRow = {
  expect: Row;
  /**
   * "fresh-user": a valid call has an effect even with an empty form (signing out ends the session
   * row), so the allowed cells use a new throwaway account of that role, not the shared sessions.
   */
  probe?: "fresh-user";
};

/** Server actions, keyed `<file>#<exportedName>` as in `.next/server/server-reference-manifest.json`. */
export const actionMatrix: Record<string, ActionRow> = {
  // Sign-in, sign-out and the language switch are open to all: they only touch the caller's own cookies.
  "lib/auth/actions.ts#signInAction": { expect: everyone },
  "lib/auth/actions.ts#signOutAction": { expect: everyone, probe: "fresh-user" },
  "lib/auth/actions.ts#setLocaleAction": { expect: everyone },
  "lib/auth/actions.ts#signOutEverywhereAction": { expect: signedIn, probe: "fresh-user" },
  "lib/updates/actions.ts#recordStatusUpdateAction": { expect: analysts },
  "lib/updates/actions.ts#recordOccurrenceAction": { expect: analysts },
  "lib/updates/actions.ts#bulkUpdateAction": { expect: analysts },
  "lib/updates/actions.ts#setOwnerAction": { expect: admins },
  "lib/imports/actions.ts#importUpdatesAction": { expect: analysts },
  "lib/commitments/actions.ts#updateCommitmentAction": { expect: admins },
  "lib/commitments/actions.ts#addLinkAction": { expect: admins },
  "lib/commitments/actions.ts#removeLinkAction": { expect: admins },
  "lib/users/actions.ts#createUserAction": { expect: admins },
  "lib/users/actions.ts#changeRoleAction": { expect: admins },
  "lib/users/actions.ts#setUserDisabledAction": { expect: admins },
  "lib/importer/actions.ts#createDraftAction": { expect: admins },
  "lib/importer/actions.ts#lineOpAction": { expect: admins },
  "lib/importer/actions.ts#sentenceOpAction": { expect: admins },
  "lib/importer/actions.ts#itemOpAction": { expect: admins },
  "lib/importer/actions.ts#saveDraftAction": { expect: admins },
  "lib/importer/actions.ts#deleteDraftAction": { expect: admins },
};

export type RouteRow = {
  /** The request sent for each cell: read-only and small. */
  probe: string;
  expect: Row;
};

/**
 * Route handlers, keyed `<METHOD> <route file>`; extra rows (`... | variant`) probe a stricter rule
 * inside the same handler. Auth.js's own endpoints are public by design (they sign people in).
 */
export const routeMatrix: Record<string, RouteRow> = {
  "GET app/api/auth/[...nextauth]/route.ts": { probe: "/api/auth/session", expect: everyone },
  "POST app/api/auth/[...nextauth]/route.ts": { probe: "/api/auth/callback/credentials", expect: everyone },
  "GET app/api/export/commitments/route.ts": { probe: "/api/export/commitments?format=csv&q=zzzz-no-match", expect: signedIn },
  "GET app/api/export/commitments/route.ts | internal notes": {
    probe: "/api/export/commitments?format=csv&set=updates&internal=1&q=zzzz-no-match",
    expect: analysts,
  },
  "GET app/api/reports/xlsx/route.ts": { probe: "/api/reports/xlsx", expect: signedIn },
  "GET app/api/reports/pdf/route.ts": { probe: "/api/reports/pdf", expect: signedIn },
};
