import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { createUser } from "@/lib/users/mutations";
import { checkCredentials, type CredentialsOutcome } from "./credentials";
import { verifyPassword } from "./password";
import { accountKey, addressKey, maxAttemptsPerAccount, maxAttemptsPerAddress, throttleWindowMs } from "./throttle";

// "Checked" means the password hash was computed: verifyPassword is counted, not only the answers.
vi.mock("./password", async (importOriginal) => {
  const actual = await importOriginal<typeof import("./password")>();
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword) };
});
const checked = vi.mocked(verifyPassword);

const password = "a-perfectly-fine-passphrase";
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
/** Addresses of this run only: counters of an earlier run in the same database stay 10 minutes. */
const run = Array.from({ length: 2 }, () => Math.floor(Math.random() * 250) + 1).join(".");
let nextAddress = 0;
const freshAddress = () => `10.${run}.${++nextAddress}`;
const from = (address: string) => new Headers({ "x-forwarded-for": `${address}, 127.0.0.1` });

async function newAccount(): Promise<string> {
  const email = `throttle-${unique()}@example.test`;
  const result = await createUser({ email, name: "Throttled User", role: "ANALYST", password }, null, null);
  if (!result.ok) throw new Error(result.reason);
  return email;
}

/** Attempts in groups of 20 at once, as a script would send them. */
async function attempt(count: number, next: (i: number) => { email: string; password: string; address: string }) {
  const outcomes: CredentialsOutcome["kind"][] = [];
  for (let start = 0; start < count; start += 20) {
    const group = Array.from({ length: Math.min(20, count - start) }, (_, k) => next(start + k));
    outcomes.push(...(await Promise.all(group.map((a) => checkCredentials({ email: a.email, password: a.password }, from(a.address))))).map((o) => o.kind));
  }
  return { refused: outcomes.filter((k) => k === "refused").length, throttled: outcomes.filter((k) => k === "throttled").length, signedIn: outcomes.filter((k) => k === "signed-in").length };
}

/** Ends the current window of these keys, as ten minutes passing would. */
async function endWindow(keys: string[]) {
  await db().signInThrottle.updateMany({ where: { key: { in: keys } }, data: { windowStart: new Date(Date.now() - throttleWindowMs - 1_000) } });
}

beforeEach(() => {
  checked.mockClear();
});
afterAll(async () => {
  await db().$disconnect();
});

describe("sign-in throttling, through checkCredentials", () => {
  it("checks at most 10 of 200 wrong passwords from one address, refuses the right one during the lock, and lets the user in after the window", async () => {
    const email = await newAccount();
    const address = freshAddress();
    const wrong = await attempt(200, (i) => ({ email, password: `wrong-guess-${i}`, address }));
    expect(wrong).toEqual({ refused: maxAttemptsPerAccount, throttled: 200 - maxAttemptsPerAccount, signedIn: 0 });
    expect(checked).toHaveBeenCalledTimes(maxAttemptsPerAccount);

    expect((await checkCredentials({ email, password }, from(address))).kind).toBe("throttled");
    expect((await checkCredentials({ email, password }, from(freshAddress()))).kind).toBe("throttled");
    expect(checked).toHaveBeenCalledTimes(maxAttemptsPerAccount);

    await endWindow([accountKey(email), addressKey(address)]);
    expect((await checkCredentials({ email, password }, from(address))).kind).toBe("signed-in");
  });

  it("checks at most 10 of 200 wrong passwords spread over 20 addresses", async () => {
    const email = await newAccount();
    const addresses = Array.from({ length: 20 }, freshAddress);
    const wrong = await attempt(200, (i) => ({ email, password: `wrong-guess-${i}`, address: addresses[i % 20] }));
    expect(wrong).toEqual({ refused: maxAttemptsPerAccount, throttled: 200 - maxAttemptsPerAccount, signedIn: 0 });
    expect(checked).toHaveBeenCalledTimes(maxAttemptsPerAccount);

    expect((await checkCredentials({ email, password }, from(freshAddress()))).kind).toBe("throttled");
    await endWindow([accountKey(email)]);
    expect((await checkCredentials({ email, password }, from(addresses[0]))).kind).toBe("signed-in");
  });

  it("checks at most 50 of 200 guesses sprayed from one address over 40 accounts", async () => {
    const emails = await Promise.all(Array.from({ length: 40 }, newAccount));
    const address = freshAddress();
    const sprayed = await attempt(200, (i) => ({ email: emails[i % 40], password: `Spring2026!-${i}`, address }));
    expect(sprayed).toEqual({ refused: maxAttemptsPerAddress, throttled: 200 - maxAttemptsPerAddress, signedIn: 0 });
    expect(checked).toHaveBeenCalledTimes(maxAttemptsPerAddress);
    // The address is locked; the accounts (5 attempts each) are not: their owners sign in from elsewhere.
    expect((await checkCredentials({ email: emails[39], password }, from(address))).kind).toBe("throttled");
    expect((await checkCredentials({ email: emails[39], password }, from(freshAddress()))).kind).toBe("signed-in");
  });

  it("refuses NUL bytes and control characters before counting or checking anything", async () => {
    const email = await newAccount();
    const address = freshAddress();
    const hostile = [
      { email: `${email}\u0000`, password },
      { email: email.replace("@", "\u0000@"), password },
      { email: email.replace("@", "\u0007@"), password },
      { email, password: `${password}\u0000` },
      { email, password: "\u0000".repeat(64) },
    ];
    for (const credentials of hostile) expect((await checkCredentials(credentials, from(address))).kind).toBe("refused");
    expect(checked).not.toHaveBeenCalled();
    expect(await db().signInThrottle.count({ where: { key: { in: [accountKey(email), addressKey(address)] } } })).toBe(0);
    // Other control characters in a password are only a wrong password: checked, refused, no error.
    expect((await checkCredentials({ email, password: `${password}\u0007\u001b\r\n` }, from(address))).kind).toBe("refused");
    expect((await checkCredentials({ email, password }, from(address))).kind).toBe("signed-in");
  });
});
