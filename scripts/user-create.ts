// npm run user:create -- --email someone@example.org --role admin [--name "Full Name"]
// The password is read from standard input (piped) or asked for at the terminal without echo.
import { parseArgs } from "node:util";
import { createInterface } from "node:readline";
import { createUser } from "@/lib/users/mutations";
import { createUserSchema } from "@/lib/users/schema";
import en from "@/lib/i18n/messages/en/common.json";
import { disconnect } from "./lib/script-db";

const validationText = en.validation as Record<string, string>;

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const muted = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream };
  process.stdout.write("Password (12-128 characters): ");
  muted._writeToOutput = () => {};
  const answer = await new Promise<string>((resolve) => rl.question("", resolve));
  rl.close();
  process.stdout.write("\n");
  return answer;
}

async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, role: { type: "string", default: "viewer" }, name: { type: "string" } },
  });
  if (!values.email) throw new Error("usage: npm run user:create -- --email ADDRESS --role viewer|analyst|admin [--name NAME]");
  const password = await readPassword();
  const parsed = createUserSchema.safeParse({
    email: values.email,
    name: values.name ?? values.email.split("@")[0],
    role: values.role?.toUpperCase(),
    password,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`${issue.path.join(".")}: ${validationText[issue.message.replace("validation.", "")] ?? issue.message}`);
    process.exitCode = 1;
    return;
  }
  const result = await createUser(parsed.data, null, null);
  if (!result.ok) {
    console.error(`Not created: ${result.reason === "emailTaken" ? "a user with this e-mail already exists" : result.reason}`);
    process.exitCode = 1;
    return;
  }
  console.log(`Created ${parsed.data.role.toLowerCase()} ${parsed.data.email}`);
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(disconnect);
