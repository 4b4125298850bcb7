// Types for test-postgres.mjs, imported by the TypeScript e2e specs.
export type PostgresControl = { bin: string; dir: string; data: string; port: number; asRoot: boolean };
export function assertLocal(url: string): string;
export function provisionPostgres(): Promise<{ adminUrl: string; stop: () => void; control?: PostgresControl }>;
export function controlPostgres(control: PostgresControl, action: "stop" | "start"): void;
export function freshDatabase(adminUrl: string, name: string): Promise<string>;
