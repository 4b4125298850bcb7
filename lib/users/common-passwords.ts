// Passwords that appear at the top of every published breach list (checked case-insensitively,
// only those of 12+ characters matter since shorter ones fail the length rule anyway).
export const commonPasswords = new Set([
  "123456789012", "1234567890123", "12345678901234", "123456789123", "1q2w3e4r5t6y", "1qaz2wsx3edc",
  "qwertyuiopas", "qwertyuiop123", "qwerty123456", "qwertyuiop12", "password1234", "password12345",
  "password123456", "passw0rd1234", "p@ssw0rd1234", "iloveyou1234", "abcdefghijkl", "abc123456789",
  "aaaaaaaaaaaa", "111111111111", "000000000000", "zaq12wsxcde3", "asdfghjkl123", "asdfghjkl;'",
  "letmein12345", "welcome12345", "welcome123456", "administrator", "administrator1", "changeme1234",
  "trustno112345", "football1234", "baseball1234", "sunshine1234", "princess1234", "dragon123456",
  "monkey123456", "superman1234", "starwars1234", "computer1234", "whatever1234", "qazwsxedcrfv",
  "1234qwerasdf", "qwer1234asdf", "passwordpassword", "followthrough", "followthrough1",
  "followthrough-demo", "correcthorsebatterystaple", "mypassword123", "secret123456", "adminadmin123",
]);

export function isCommonPassword(password: string): boolean {
  return commonPasswords.has(password.trim().toLowerCase());
}
