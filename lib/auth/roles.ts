export const roles = ["VIEWER", "ANALYST", "ADMIN"] as const;
export type Role = (typeof roles)[number];

const rank: Record<Role, number> = { VIEWER: 0, ANALYST: 1, ADMIN: 2 };

/** Roles are ordered: an admin may do what an analyst may, an analyst what a viewer may. */
export function hasRole(actual: Role, required: Role): boolean {
  return rank[actual] >= rank[required];
}
