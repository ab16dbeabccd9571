import { DEMO_ACCOUNTS } from "../../../prisma/seed/users";

export { DEMO_ACCOUNTS };
export function account(role: (typeof DEMO_ACCOUNTS)[number]["role"], email?: string) {
  const found = DEMO_ACCOUNTS.find((a) => a.role === role && (!email || a.email === email));
  if (!found) throw new Error(`No demo account for ${role}`);
  return found;
}
