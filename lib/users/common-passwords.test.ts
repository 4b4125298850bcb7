import { describe, expect, it } from "vitest";
import { isCommonPassword } from "./common-passwords";
import { passwordSchema } from "./schema";

describe("common passwords", () => {
  it("refuses passwords of 12+ characters from the published list, whatever their case", () => {
    for (const password of ["qwertyuiop123", "QwertyUIOP123", "1qaz2wsx3edc", "123456789012", "password1234", "sonyericsson"]) {
      expect(isCommonPassword(password), password).toBe(true);
    }
  });

  it("refuses a common password with only digits or symbols added, and this application's own words", () => {
    for (const password of ["Sunshine2024!", "monkey123456", "iloveyou1234", "Followthrough-demo", "followthrough2026"]) {
      expect(isCommonPassword(password), password).toBe(true);
    }
  });

  it("accepts passphrases and unusual words", () => {
    for (const password of ["amber lanterns over the Syr Darya", "Tashkent-Almaty-night-train", "zq7!vMw2#pLr9", "2024-sunshine-cabbage"]) {
      expect(isCommonPassword(password), password).toBe(false);
    }
  });

  it("is in the password rule, with its message", () => {
    expect(passwordSchema.safeParse("qwertyuiop123").error?.issues[0]?.message).toBe("validation.passwordCommon");
    expect(passwordSchema.safeParse("amber lanterns over the Syr Darya").success).toBe(true);
  });

  it("stays a set lookup: 100,000 checks well under a second", () => {
    isCommonPassword("warm-up");
    const start = performance.now();
    for (let i = 0; i < 100_000; i++) isCommonPassword(`candidate passphrase ${i}`);
    expect(performance.now() - start).toBeLessThan(1_000);
  });
});
