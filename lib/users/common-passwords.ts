import { dictionary } from "@zxcvbn-ts/language-common";

// zxcvbn-ts's list of common passwords (49,233 entries from published breach corpora, lowercase),
// plus the words of this application that an attacker would try first on it.
const ownWords = ["followthrough", "followthrough-demo", "correcthorsebatterystaple"];

let known: Set<string> | undefined;
function commonPasswords(): Set<string> {
  known ??= new Set([...dictionary["passwords-common"], ...ownWords]);
  return known;
}

/**
 * Case-insensitive. A common password followed only by digits or symbols ("monkey123456",
 * "Sunshine2024!") counts as common too: it is the first variation a cracking tool tries.
 */
export function isCommonPassword(password: string): boolean {
  const normalized = password.trim().toLowerCase();
  const stem = normalized.replace(/[^\p{L}]+$/u, "");
  return commonPasswords().has(normalized) || (stem !== "" && commonPasswords().has(stem));
}
